package model

// Analysis is what marsad knows about an article's text: the JSON contract
// of `marsad analyze --json`. Offsets are Unicode code points of the
// analysed text, start inclusive and end exclusive. Layers that are not
// computed yet are empty lists, never null.
type Analysis struct {
	Lang     string   `json:"lang"`
	Entities []Entity `json:"entities"`
	Quotes   []any    `json:"quotes"`
	Amounts  []any    `json:"amounts"`
	Dates    []any    `json:"dates"`
	Events   []any    `json:"events"`
}

// Entity is one real-world referent named in a text, linked to a stable
// identity: the same person, organisation or place has the same ID in every
// article and language.
type Entity struct {
	// ID is stable across articles: a lexicon id ("per:vladimir-putin",
	// "gpe:RU") or, for names the lexicon lacks, one derived from the name.
	ID string `json:"id"`
	// Name is the canonical name, in English when known.
	Name string `json:"name"`
	// NameAr is the canonical Arabic name, when known.
	NameAr string `json:"name_ar"`
	// Type is PER, ORG, GPE or LOC.
	Type     string    `json:"type"`
	Mentions []Mention `json:"mentions"`
}

// Mention is one place in the text that refers to an entity.
type Mention struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// NewAnalysis returns an Analysis with every layer an empty list.
func NewAnalysis(lang string) *Analysis {
	return &Analysis{Lang: lang, Entities: []Entity{}, Quotes: []any{}, Amounts: []any{}, Dates: []any{}, Events: []any{}}
}
