package lexicon

import (
	"strings"
	"unicode/utf8"
)

// Gazetteer bits returned by Gazetteer.Lookup. The first three follow the
// tagger's label set.
const (
	GazPER     uint8 = 1 << iota // word of a person's name
	GazLOC                       // word of a GPE or LOC name
	GazORG                       // word of an organisation's name
	GazWhole                     // the word alone is a complete alias
	GazDemonym                   // nationality adjective (الروسي)
	GazTitle                     // word of a title (الرئيس, وزير, الخارجية)
)

// Gazetteer maps single normalised words to the kinds of lexicon names they
// occur in, for the named-entity tagger's features. Words of multi-word
// names are included by their tokens.
type Gazetteer struct {
	m map[string]uint8
}

// Lookup returns the bits of a normalised word (see Normalize). The word is
// tried as given and without its article.
func (g *Gazetteer) Lookup(word string) uint8 {
	b := g.m[word]
	if s := StripArticle(word); s != word {
		b |= g.m[s]
	}
	return b
}

// Len returns the number of words in the gazetteer.
func (g *Gazetteer) Len() int { return len(g.m) }

func (g *Gazetteer) add(w string, bits uint8) {
	g.m[w] |= bits
	if s := StripArticle(w); s != w {
		g.m[s] |= bits
	}
}

func (g *Gazetteer) addAlias(key, typ string) {
	var bit uint8
	switch typ {
	case "PER":
		bit = GazPER
	case "ORG":
		bit = GazORG
	default:
		bit = GazLOC
	}
	words := strings.Fields(key)
	if len(words) == 1 {
		g.add(words[0], bit|GazWhole)
		return
	}
	for _, w := range words {
		if utf8.RuneCountInString(w) >= 2 {
			g.add(w, bit)
		}
	}
}
