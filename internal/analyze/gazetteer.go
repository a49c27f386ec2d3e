package analyze

import (
	"github.com/marsad/marsad/internal/lexicon"
	"github.com/marsad/marsad/internal/ner"
)

// TaggerGazetteer returns the entity lexicon's names (canonical names and
// aliases, Arabic and English) as a gazetteer for the statistical tagger:
// people as PERS, organisations and media as ORG, countries, cities and
// other places as LOC. The embedded model is trained with it (go generate
// ./internal/ner), so the analyzer tags with the same gazetteer; changing
// the lexicon's names calls for retraining.
func TaggerGazetteer(lx *lexicon.Lexicon) *ner.MapGazetteer {
	var g ner.MapGazetteer
	for _, e := range lx.Entities() {
		var b uint8
		switch e.Type {
		case "PER":
			b = ner.GazPERS
		case "ORG":
			b = ner.GazORG
		default:
			b = ner.GazLOC
		}
		g.Add(e.Name, b)
		g.Add(e.NameAr, b)
		for _, a := range e.Aliases {
			g.Add(a, b)
		}
	}
	return &g
}
