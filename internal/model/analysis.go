package model

// Analysis is what marsad knows about an article's text: the JSON contract
// of `marsad analyze --json`. Offsets are Unicode code points of the
// analysed text, start inclusive and end exclusive. Layers that are not
// computed yet are empty lists, never null.
type Analysis struct {
	Lang     string   `json:"lang"`
	Entities []Entity `json:"entities"`
	Quotes   []Quote  `json:"quotes"`
	Amounts  []Amount `json:"amounts"`
	Dates    []Date   `json:"dates"`
	Events   []Event  `json:"events"`
}

// Ref names an entity an event involves; Text is the mention of the
// sentence that names it, as written ("Israeli" for Israel), when known.
type Ref struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	Text string `json:"text,omitempty"`
}

// Event is one coded event: who did what to whom, when and where, from one
// sentence of the text.
type Event struct {
	// Type is the PLOVER category; Cameo the closest CAMEO code, or "".
	Type  string `json:"type"`
	Cameo string `json:"cameo"`
	Actor *Ref   `json:"actor"`
	// Recipient and Place are null when the sentence names none.
	Recipient *Ref `json:"recipient"`
	// Date is the event's own date (ISO 8601 with its precision), or "".
	Date  string `json:"date"`
	Place *Ref   `json:"place"`
	// Text is the sentence, Start and End its span.
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	// Trigger is the word that expresses the event.
	Trigger string `json:"trigger"`
	// Negated events are denied by their sentence and are not counted.
	Negated bool `json:"negated"`
}

// QuadClass returns the PLOVER quad class of an event type: "verbal
// cooperation", "material cooperation", "verbal conflict" or "material
// conflict"; "" for an unknown type.
func QuadClass(typ string) string {
	switch typ {
	case "AGREE", "CONSULT", "SUPPORT":
		return "verbal cooperation"
	case "CONCEDE", "COOPERATE", "AID", "RETREAT":
		return "material cooperation"
	case "REQUEST", "ACCUSE", "REJECT", "THREATEN":
		return "verbal conflict"
	case "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT":
		return "material conflict"
	}
	return ""
}

// Speaker names who said a quotation: an entity of the analysis.
type Speaker struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

// Quote is one quotation: who said it, what, where in the text, with which
// cue, and whether the words are the speaker's own (direct) or reported
// (indirect).
type Quote struct {
	// Speaker is nil when the speaker is not an identifiable source.
	Speaker *Speaker `json:"speaker"`
	Text    string   `json:"text"`
	Start   int      `json:"start"`
	End     int      `json:"end"`
	Cue     string   `json:"cue"`
	// Kind is "direct" or "indirect".
	Kind string `json:"kind"`
}

// Amount is a number that measures something, with its meaning.
type Amount struct {
	// Value is the number after scale words: 2.52 مليار → 2520000000. A
	// change keeps it positive; Direction says which way.
	Value float64 `json:"value"`
	// Unit is an ISO 4217 code, "%", or the counted or measured noun.
	Unit string `json:"unit"`
	// Kind is level, change, share, count, duration or distance.
	Kind      string `json:"kind"`
	Direction string `json:"direction,omitempty"`
	Approx    bool   `json:"approx"`
	// Object is what is measured and Period when, as the sentence says them.
	Object string `json:"object"`
	Period string `json:"period"`
	Text   string `json:"text"`
	Start  int    `json:"start"`
	End    int    `json:"end"`
}

// Date is a date expression of the text, resolved against the article's
// publication date.
type Date struct {
	// Value is ISO 8601 with its precision: "2024-12-05", "2024-12",
	// "2024", or a range "2026/2030".
	Value     string `json:"value"`
	Precision string `json:"precision"`
	Text      string `json:"text"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
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
	return &Analysis{Lang: lang, Entities: []Entity{}, Quotes: []Quote{}, Amounts: []Amount{}, Dates: []Date{}, Events: []Event{}}
}
