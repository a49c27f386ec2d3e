package terms

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// latinFold is the token filter that takes the diacritics off Latin
// letters: é → e, ğ → g, ç → c, ø → o, ł → l, ı → i.
//
// Folding is worth its small loss of precision here. The Latin words in
// Arabic news are mostly names, and names are spelt both ways: Erdoğan and
// Erdogan, Pétain and Petain, São Paulo and Sao Paulo. A reader typing a
// query on an Arabic or English keyboard rarely has the accents at hand.
// The few English and French pairs that folding merges (résumé and resume)
// cost less than the names it would otherwise miss.
//
// Only Latin letters are folded, and combining marks U+0300–U+036F left
// without a letter to compose with. Greek and Cyrillic keep their marks: in
// Russian й and и are different letters, not one letter with an accent.
// Letters that are one letter in their own right (æ, œ, ß, þ) are kept.
type latinFold struct{}

// latinBase returns the plain letter for the Latin letters with a stroke
// or a bar, which Unicode does not decompose, and r for any other rune.
func latinBase(r rune) rune {
	switch r {
	case 'ł', 'ŀ':
		return 'l'
	case 'ø':
		return 'o'
	case 'đ':
		return 'd'
	case 'ħ':
		return 'h'
	case 'ı', 'ɨ':
		return 'i'
	case 'ŧ':
		return 't'
	case 'ƀ':
		return 'b'
	case 'ƶ', 'ȥ':
		return 'z'
	case 'ɍ':
		return 'r'
	case 'ɇ':
		return 'e'
	case 'ʉ':
		return 'u'
	}
	return r
}

func (latinFold) filter(t *token) {
	if t.kind != kindWord {
		return
	}
	b := t.term
	i := 0
	for i < len(b) && b[i] < utf8.RuneSelf {
		i++
	}
	if i == len(b) {
		return
	}
	w := i // b[:w] is the folded term so far; w <= i always
	for i < len(b) {
		if b[i] < utf8.RuneSelf {
			b[w] = b[i]
			w++
			i++
			continue
		}
		r, size := decodeRune(b[i:])
		i += size
		if 0x0300 <= r && r <= 0x036F {
			continue
		}
		f := foldLatin(r)
		if utf8.RuneLen(f) > size { // never the case, but keep w <= i
			f = r
		}
		w += utf8.EncodeRune(b[w:], f)
	}
	t.term = b[:w]
}

// foldLatin returns the base letter of r if r is a Latin letter with a
// diacritic, and r otherwise.
func foldLatin(r rune) rune {
	if r < 0xC0 || !unicode.Is(unicode.Latin, r) {
		return r
	}
	var buf [utf8.UTFMax]byte
	n := utf8.EncodeRune(buf[:], r)
	if d := norm.NFD.Properties(buf[:n]).Decomposition(); len(d) > 0 {
		r, _ = utf8.DecodeRune(d)
	}
	return latinBase(r)
}
