package lexicon

//go:generate go run ./gen -o countries_gen.go

// cldrTerritory is one generated CLDR region.
type cldrTerritory struct {
	Code, Name, NameAr string
	AltAr              []string
}
