package doc

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// isArabicMark reports whether r is an Arabic diacritic or tatweel, which a
// normalised word leaves out: the harakat and tanween (U+064B–U+065F), the
// superscript alef (U+0670), the Quranic annotation marks (U+06D6–U+06ED)
// and tatweel (U+0640), which only stretches a word.
func isArabicMark(r rune) bool {
	return 0x064B <= r && r <= 0x065F || r == 0x0670 || r == 0x0640 ||
		0x06D6 <= r && r <= 0x06ED && r != 0x06E5 && r != 0x06E6
}

// normalLetter returns the letter a normalised Arabic word writes for r:
// the alef forms (أ إ آ ٱ) become bare alef and alef maqsura ى becomes yeh.
// Teh marbuta, hamza seats and everything else are kept; folding those is
// the search analyzer's business (internal/terms), not the word's.
func normalLetter(r rune) rune {
	switch r {
	case 'أ', 'إ', 'آ', 'ٱ':
		return 'ا'
	case 'ى':
		return 'ي'
	}
	return r
}

// normalDigit returns the ASCII digit or separator that a normalised number
// writes for r.
func normalDigit(r rune) rune {
	switch {
	case 0x0660 <= r && r <= 0x0669:
		return '0' + r - 0x0660
	case 0x06F0 <= r && r <= 0x06F9:
		return '0' + r - 0x06F0
	case r == '٫':
		return '.'
	case r == '٬':
		return ','
	case unicode.IsDigit(r):
		return '0' + rune(digitValue(r))
	}
	return r
}

// digitValue returns the value of a decimal digit of any script: Unicode
// lays decimal digits out in runs of ten starting at zero, some runs next to
// each other (the mathematical digits).
func digitValue(r rune) int {
	z := r
	for unicode.IsDigit(z - 1) {
		z--
	}
	return int(r-z) % 10
}

// appendNorm appends the normalised form of s to buf: Arabic diacritics and
// tatweel dropped, alef forms unified, ى → ي, digits of any script made
// ASCII with ٫ → . and ٬ → , and letters of other scripts lower-cased. It
// reports whether the form differs from s.
func appendNorm(buf []byte, s string) ([]byte, bool) {
	changed := false
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
				changed = true
			}
			buf = append(buf, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if r == utf8.RuneError && size == 1 {
			buf = append(buf, s[i-1])
			continue
		}
		if isArabicMark(r) {
			changed = true
			continue
		}
		n := normalLetter(r)
		if n == r {
			n = normalDigit(r)
		}
		if n == r {
			n = unicode.ToLower(r)
		}
		if n != r {
			changed = true
		}
		buf = utf8.AppendRune(buf, n)
	}
	return buf, changed
}

// Normalize returns the normalised form of s that Word.Norm holds (see
// appendNorm): Normalize("الرَّئِيسُ") is "الرئيس", "إلـى" is "الي".
func Normalize(s string) string {
	buf, changed := appendNorm(make([]byte, 0, len(s)), s)
	if !changed {
		return s
	}
	return string(buf)
}

// normSet builds a set of normalised forms from a list of words.
func normSet(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[Normalize(strings.TrimSpace(w))] = true
	}
	return m
}
