package events

import (
	"context"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/marsad/marsad/internal/doc"
)

// ent is an entity of a test, with the surface forms to find in the text.
type ent struct {
	id, name, typ string
	aliases       []string
}

// entKinds are the lexicon's kinds (city, capital …) of the test entities
// that have one, by id.
var entKinds = map[string]string{"aleppo": "city", "riyadh": "capital", "russia": "country", "turkey": "country", "okaz": "media"}

// newDoc tokenizes and splits text.
func newDoc(t testing.TB, text, lang string) *doc.Doc {
	t.Helper()
	d := doc.New(text, lang)
	p, err := doc.NewPipeline(&doc.Tokenizer{}, doc.SentenceSplitter{})
	if err != nil {
		t.Fatal(err)
	}
	if err := p.Run(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	return d
}

// findEntities turns alias lists into entities with byte-offset mentions:
// every occurrence of an alias that ends a word and starts one (after the
// proclitics و ف ب ل ك), longest alias first, no overlaps.
func findEntities(text string, es []ent) []Entity {
	taken := make([]bool, len(text)+1)
	out := make([]Entity, len(es))
	type al struct {
		i int
		s string
	}
	var all []al
	for i, e := range es {
		out[i] = Entity{ID: e.id, Name: e.name, Type: e.typ, Kind: entKinds[e.id]}
		for _, a := range e.aliases {
			all = append(all, al{i, a})
		}
	}
	// longest first
	for i := 1; i < len(all); i++ {
		for j := i; j > 0 && len(all[j].s) > len(all[j-1].s); j-- {
			all[j], all[j-1] = all[j-1], all[j]
		}
	}
	for _, a := range all {
		for off := 0; ; {
			k := strings.Index(text[off:], a.s)
			if k < 0 {
				break
			}
			s, e := off+k, off+k+len(a.s)
			off = e
			if !wordEnd(text, e) || !wordStart(text, s) {
				continue
			}
			clash := false
			for x := s; x < e; x++ {
				if taken[x] {
					clash = true
					break
				}
			}
			if clash {
				continue
			}
			for x := s; x < e; x++ {
				taken[x] = true
			}
			out[a.i].Mentions = append(out[a.i].Mentions, [2]int{s, e})
		}
	}
	return out
}

func isLetter(r rune) bool { return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) }

func wordEnd(t string, e int) bool {
	if e >= len(t) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(t[e:])
	return !isLetter(r)
}

func wordStart(t string, s int) bool {
	// allow up to three proclitic letters before
	i := s
	for n := 0; n <= 3; n++ {
		if i == 0 {
			return true
		}
		r, size := utf8.DecodeLastRuneInString(t[:i])
		if !isLetter(r) {
			return true
		}
		if !strings.ContainsRune("وفبلك", r) {
			return false
		}
		i -= size
	}
	return false
}

// triple is an event as the tests compare it.
func triple(e Event) string {
	s := e.Type + " " + argName(e.Actor) + " > " + argName(e.Recipient)
	if e.Negated {
		s = "NOT " + s
	}
	return s
}

func argName(a *Arg) string {
	if a == nil {
		return "-"
	}
	return a.Name
}
