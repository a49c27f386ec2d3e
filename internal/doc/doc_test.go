package doc

import (
	"testing"
	"unicode/utf8"
)

func TestRunes(t *testing.T) {
	texts := []string{"", "ascii only", "قال بوتين «نعم» 😀 e\u0301", "\xff\xe2\x82\xac\xe2\x82 x", readSample(t)}
	for _, text := range texts {
		d := New(text, "")
		for off := -1; off <= len(text)+1; off++ {
			want := utf8.RuneCountInString(text[:min(max(off, 0), len(text))])
			if got := d.Runes(off); got != want {
				t.Fatalf("Runes(%d) of %.20q = %d, want %d", off, text, got, want)
			}
		}
	}
	// A Doc made without New builds its index on first use.
	d := &Doc{Text: "بوتين Putin"}
	if s, e := d.SpanRunes(11, 16); s != 6 || e != 11 {
		t.Errorf("SpanRunes(11, 16) = %d, %d; want 6, 11", s, e)
	}
}

func TestSpans(t *testing.T) {
	d := New("قال بوتين إن علييف وصل", "ar")
	d.AddSpans("entities", Span{Start: 24, End: 34, Label: "PER", ID: "Q-aliyev"})
	d.AddSpans("entities", Span{Start: 7, End: 17, Label: "PER", ID: "Q-putin", Attrs: map[string]string{"role": "speaker"}})
	got := d.Spans("entities")
	if len(got) != 2 || got[0].ID != "Q-putin" || got[1].ID != "Q-aliyev" {
		t.Fatalf("Spans = %+v, want putin then aliyev", got)
	}
	if d.Text[got[0].Start:got[0].End] != "بوتين" {
		t.Errorf("span text %q, want بوتين", d.Text[got[0].Start:got[0].End])
	}
	if d.Spans("quotes") != nil {
		t.Errorf("an empty layer should have no spans")
	}
	if l := d.Layers(); len(l) != 1 || l[0] != "entities" {
		t.Errorf("Layers() = %v, want [entities]", l)
	}
	defer func() {
		if recover() == nil {
			t.Errorf("AddSpans with a span past the text did not panic")
		}
	}()
	d.AddSpans("entities", Span{Start: 0, End: 1000})
}
