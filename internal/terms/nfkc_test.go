package terms

import (
	"bytes"
	"slices"
	"testing"

	"golang.org/x/text/unicode/norm"
)

func TestNFKC(t *testing.T) {
	runStreamTests(t, withCharFilters(nfkc{}), []streamTest{
		{"plain text is untouched", "بوتين يزور دوشنبه", same("بوتين", "يزور", "دوشنبه")},
		{"lam-alef ligature", "ﻻ بد", []span{{"لا", "ﻻ"}, {"بد", "بد"}}},
		{"presentation forms", "ﺑﻮﺗﻴﻦ", []span{{"بوتين", "ﺑﻮﺗﻴﻦ"}}},
		{"full-width Latin and digits", "ＡＢＣ １２", []span{{"ABC", "ＡＢＣ"}, {"12", "１２"}}},
		{"Latin ligature", "ﬁnance", []span{{"finance", "ﬁnance"}}},
		{"circled digit", "المادة ① منه", []span{{"المادة", "المادة"}, {"1", "①"}, {"منه", "منه"}}},
		{"decomposed letters are composed", "cafe\u0301 ا\u0654", []span{{"café", "cafe\u0301"}, {"أ", "ا\u0654"}}},
		{"a ligature of several words is kept", "محمد ﷺ قال", same("محمد", "ﷺ", "قال")},
		{"a fraction is kept and is not a word", "½ كيلو", same("كيلو")},
		{"superscript digit", "m²", []span{{"m2", "m²"}}},
	})
}

func TestSplitsWords(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"لا", false},
		{"(1)", false},
		{"1⁄2", true},
		{"صلى الله عليه وسلم", true},
		{" \u064c", false},
		{"...", false},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			if got := splitsWords([]byte(tc.in)); got != tc.want {
				t.Errorf("splitsWords(%q): got %v, want %v", tc.in, got, tc.want)
			}
		})
	}
}

// TestInertRunes checks the promise of inertClass: skipping NFKC over
// inert runes gives the tokens NFKC would. Every pair of inert runes, with
// letters around them, is analysed both ways.
func TestInertRunes(t *testing.T) {
	var inert []rune
	for r := rune(0); r < 0x10000; r++ {
		if r < 0x80 || inertClass(r) != notInert {
			inert = append(inert, r)
		}
	}
	slow := pipeline{chars: []charFilter{fullNFKC{}, arabicMarks{}, formatChars{}}, tok: wordTokenizer{}}
	fast := pipeline{chars: []charFilter{nfkc{}, arabicMarks{}, formatChars{}}, tok: wordTokenizer{}}
	for _, a := range inert {
		for _, b := range []rune{'ا', 'ب', 'e', '1', '٢', ' ', '.', 0x064E, 0x0651, 0x0670, 0x0654, 0x0301} {
			for _, text := range []string{string([]rune{'ب', a, b, 'ك'}), string([]rune{'x', b, a, '1'})} {
				got, want := runPipeline(fast, text), runPipeline(slow, text)
				if !slices.Equal(got, want) {
					t.Fatalf("%q: with the fast path:%s\nwith NFKC everywhere:%s", text, format(text, got), format(text, want))
				}
			}
		}
	}
}

// fullNFKC is nfkc without its fast path, for TestInertRunes.
type fullNFKC struct{}

func (fullNFKC) filterChars(dst, src []byte, m *offsetMap) ([]byte, bool) {
	var it norm.Iter
	changed := false
	for i := 0; i < len(src); {
		j := i + norm.NFKC.NextBoundary(src[i:], true)
		var seg []byte
		for it.Init(norm.NFKC, src[i:j]); !it.Done(); {
			seg = append(seg, it.Next()...)
		}
		if bytes.Equal(seg, src[i:j]) || splitsWords(seg) {
			dst = append(dst, src[i:j]...)
		} else {
			changed = true
			o := len(dst)
			dst = append(dst, seg...)
			m.replace(o, len(dst), i, j)
		}
		i = j
	}
	return dst, changed
}
