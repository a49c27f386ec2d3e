package amounts

import (
	"context"
	"testing"
	"unicode/utf8"

	"github.com/marsad/marsad/internal/doc"
)

// FuzzFind checks that Find never panics and that every amount's offsets
// lie in the text, on rune boundaries, and give its Text.
func FuzzFind(f *testing.F) {
	for _, c := range arabicCases {
		f.Add(c.in)
	}
	for _, c := range negativeCases {
		f.Add(c)
	}
	for _, c := range englishCases {
		f.Add(c.in)
	}
	f.Add("$5bn و 935ر6 مليون، مليار ونصف المليار، عشرات الآلاف، 1.2.3,4 ٫٫ ١٬٢٣٤٫٥ %%")
	f.Add("و و و 3 و")
	finder := NewFinder()
	f.Fuzz(func(t *testing.T, text string) {
		p, err := doc.NewPipeline(&doc.Tokenizer{}, doc.SentenceSplitter{})
		if err != nil {
			t.Fatal(err)
		}
		d := doc.New(text, "")
		if err := p.Run(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		for _, a := range finder.Find(d) {
			if a.Start < 0 || a.End > len(text) || a.Start >= a.End {
				t.Fatalf("amount %+v outside the text of %d bytes", a, len(text))
			}
			if text[a.Start:a.End] != a.Text {
				t.Fatalf("amount %+v: text at its offsets is %q", a, text[a.Start:a.End])
			}
			if utf8.ValidString(text) && !utf8.ValidString(a.Text) {
				t.Fatalf("amount %+v cuts a rune", a)
			}
			if a.Value < 0 || a.Value != a.Value {
				t.Fatalf("amount %+v has a bad value", a)
			}
		}
	})
}
