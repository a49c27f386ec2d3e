package events

import (
	"os"
	"testing"
)

// FuzzCode checks that no text or mention offsets make the coder panic and
// that every offset it returns is inside the text and on rune boundaries.
func FuzzCode(f *testing.F) {
	f.Add("التقى بوتين علييف في دوشنبه.", 0, 5, 3)
	f.Add("Putin met Aliyev.", 0, 5, 10)
	f.Add("«أشكركم» قال علييف لبوتين \"", 2, 9, 100)
	if b, err := os.ReadFile(samplePath); err == nil {
		f.Add(string(b[:4000]), 10, 200, 7)
	}
	c := NewCoder()
	f.Fuzz(func(t *testing.T, text string, a, b, k int) {
		lang := "ar"
		if k%2 == 0 {
			lang = "en"
		}
		d := newDoc(t, text, lang)
		ents := findEntities(text, testEntities)
		// and arbitrary, possibly broken, mentions
		ents = append(ents, Entity{ID: "x", Name: "X", Type: "PER", Mentions: [][2]int{{a, b}, {b, a}, {a, a + k%50}}})
		dates := []DateSpan{{Start: a, End: b, Value: "2025"}}
		for _, e := range c.Code(d, ents, dates) {
			for _, sp := range [][2]int{{e.Start, e.End}, {e.TriggerStart, e.TriggerEnd}} {
				if !validUTF8Span(text, sp[0], sp[1]) {
					t.Fatalf("span %v is not valid in %d bytes", sp, len(text))
				}
			}
			if e.Text != text[e.Start:e.End] || e.Trigger != text[e.TriggerStart:e.TriggerEnd] {
				t.Fatalf("text does not match offsets")
			}
			for _, g := range []*Arg{e.Actor, e.Recipient, e.Place} {
				if g != nil && (g.Start < 0 || g.End > len(text) || g.Start > g.End) {
					t.Fatalf("argument %v outside the text", g)
				}
			}
			if e.Actor == nil {
				t.Fatalf("event without an actor")
			}
		}
	})
}
