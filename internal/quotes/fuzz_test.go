package quotes

import (
	"testing"
	"unicode/utf8"
)

// FuzzFind checks that Find never panics and that every offset it gives
// is inside the text and agrees with the text it reports.
func FuzzFind(f *testing.F) {
	f.Add("وقال بوتين «نحن مستعدون».", 0, 4)
	f.Add("\"قالها\" قال \" \"\"«»“”„ : إن", 2, 9)
	f.Add("وأكد علييف أن \"جميع الخرائط\"، قائلاً: «نعم» \"", 5, 10)
	f.Add("\"We will,\" Trump said. According to CNN, he said that \"x", 11, 16)
	f.Add("«\n»\"\n\"", 0, 1)
	f.Fuzz(func(t *testing.T, text string, ms, me int) {
		if !utf8.ValidString(text) {
			return
		}
		d := analyse(t, text, "ar")
		ents := []Entity{{ID: "x", Name: "X", Type: "PER", Mentions: [][2]int{{ms, me}, {0, len(text)}}}}
		for _, q := range Find(d, ents) {
			if q.Start < 0 || q.End > len(text) || q.Start > q.End || text[q.Start:q.End] != q.Text {
				t.Fatalf("bad quotation offsets [%d,%d) for %q", q.Start, q.End, q.Text)
			}
			if q.Cue != "" && (q.CueStart < 0 || q.CueEnd > len(text) || text[q.CueStart:q.CueEnd] != q.Cue) {
				t.Fatalf("bad cue offsets [%d,%d) for %q", q.CueStart, q.CueEnd, q.Cue)
			}
			if q.Kind != Direct && q.Kind != Indirect {
				t.Fatalf("kind %q", q.Kind)
			}
		}
	})
}
