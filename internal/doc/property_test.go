package doc

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// checkProperties checks every invariant of an analysed Doc: offsets within
// the text and equal to the text they name, tokens ordered and apart, words
// covering their tokens, sentences covering the tokens, spans within bounds,
// and Runes agreeing with utf8.RuneCountInString at every offset.
func checkProperties(t *testing.T, d *Doc) {
	t.Helper()
	if err := d.Validate(); err != nil {
		t.Fatalf("%v\ntext %q", err, d.Text)
	}
	// Nothing but space is left out of the tokens.
	pos := 0
	for _, tok := range d.Tokens {
		checkGap(t, d.Text, pos, tok.Start)
		pos = tok.End
	}
	checkGap(t, d.Text, pos, len(d.Text))
	// Every offset of a short text; the token and word offsets of a long
	// one, which keeps the check linear enough for the fuzzer.
	checkRunes := func(off int) {
		if got, want := d.Runes(off), utf8.RuneCountInString(d.Text[:off]); got != want {
			t.Fatalf("Runes(%d) = %d, want %d\ntext %q", off, got, want, d.Text)
		}
	}
	if len(d.Text) <= 4096 {
		for off := 0; off <= len(d.Text); off++ {
			checkRunes(off)
		}
	} else {
		for _, w := range d.Words {
			checkRunes(w.Start)
			checkRunes(w.End)
		}
	}
}

// checkGap fails when text[a:b] holds anything the tokenizer should have
// made a token of.
func checkGap(t *testing.T, text string, a, b int) {
	t.Helper()
	for i := a; i < b; {
		r, size, c := decode(text, i)
		if c != cSpace && c != cJoin && c != cMark {
			t.Fatalf("%q at %d is in no token\ntext %q", r, i, text)
		}
		i += size
	}
}

var propertyTexts = []string{
	"",
	"والرئيس بوتين قال «نحن ندعم.» 2.52 ٢٫٥٢ 1,800",
	"Mr. A. B. Smith, Ph.D., met the U.S. envoy at 10 a.m.... Then?!",
	"\xff\xfe\xc3(\xe2\x82 الـ\u200c80 \u0640\u064b و",
	"وَالرَّئِيسُ\r\n\r\nلل ول فال بال\u2029x\u2028y",
	"ـــ ًٌ 'a' \"b\" ‘c’ „d“ ‹e›",
}

func TestProperties(t *testing.T) {
	texts := append(propertyTexts, readSample(t))
	for i, text := range texts {
		d := analyse(t, text)
		d.AddSpans("test", Span{Start: 0, End: len(text), Label: "ALL"}, Span{Start: 0, End: 0})
		for _, s := range d.Sentences {
			d.AddSpans("sentence", Span{Start: s.Start, End: s.End})
		}
		t.Run(string(rune('a'+i)), func(t *testing.T) { checkProperties(t, d) })
	}
}

func FuzzAnalyse(f *testing.F) {
	for _, s := range propertyTexts {
		f.Add(s)
	}
	f.Add("قال \"أولاً، شكراً. ثانياً\". ثم غادر… (وهذا مهم.) Dr.\n\nNext")
	f.Fuzz(func(t *testing.T, text string) {
		d := analyse(t, text)
		checkProperties(t, d)
		// Every byte that is not space belongs to a token, and the words of
		// the tokens spell the tokens.
		var b strings.Builder
		for _, w := range d.Words {
			b.WriteString(w.Form)
		}
		var want strings.Builder
		for _, tok := range d.Tokens {
			want.WriteString(tok.Text)
		}
		if b.String() != want.String() {
			t.Fatalf("words spell %q, tokens %q", b.String(), want.String())
		}
	})
}
