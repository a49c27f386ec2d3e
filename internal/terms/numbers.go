package terms

import (
	"unicode"
	"unicode/utf8"
)

// numbers is the token filter that gives every number one spelling, so that
// a query in Western digits finds a number written in Arabic-Indic ones and
// back:
//
//   - every decimal digit becomes an ASCII digit: Arabic-Indic ٠–٩, Extended
//     Arabic-Indic (Persian and Urdu) ۰–۹, and the decimal digits of any other
//     script; this is done in words too (F١٦ → f16);
//   - in a number, the Arabic decimal separator ٫ becomes "." (٢٫٥٢ → 2.52)
//     and the Arabic thousands separator ٬ is removed (١٬٨٠٠ → 1800);
//   - commas that group thousands are removed: when the first group has one
//     to three digits and every comma is followed by exactly three
//     (1,800 → 1800, 12,500,000.5 → 12500000.5). Full stops are read the
//     same way when there are two or more of them (1.800.000 → 1800000); a
//     single full stop is a decimal point (1.800 stays 1.800);
//   - a lone comma that does not group thousands is a decimal comma
//     (2,5 → 2.5), as Arabic text in Western digits often writes it.
type numbers struct{}

// thousandsMark stands for ٬ between folding and canonicalNumber.
const thousandsMark = '_'

func (numbers) filter(t *token) {
	if t.kind == kindArabic {
		return
	}
	b := t.term
	w := 0 // b[:w] is the folded term so far; w <= i always
	for i := 0; i < len(b); {
		if c := b[i]; c < utf8.RuneSelf {
			b[w] = c
			w++
			i++
			continue
		}
		r, size := decodeRune(b[i:])
		switch d, isDigit := digitValue(r); {
		case isDigit:
			b[w] = byte('0' + d)
			w++
		case r == '٫':
			b[w] = '.'
			w++
		case r == '٬':
			b[w] = thousandsMark
			w++
		default:
			w += copy(b[w:], b[i:i+size])
		}
		i += size
	}
	t.term = b[:w]
	if t.kind == kindNumber {
		t.term = canonicalNumber(t.term)
	}
}

// digitValue returns the value of a decimal digit (Unicode category Nd).
// Unicode assigns decimal digits only in runs of ten, from 0 to 9, so the
// value is the distance from the start of the run, modulo ten.
func digitValue(r rune) (int, bool) {
	switch {
	case '0' <= r && r <= '9':
		return int(r - '0'), true
	case '٠' <= r && r <= '٩':
		return int(r - '٠'), true
	case '۰' <= r && r <= '۹':
		return int(r - '۰'), true
	case r < 0x0660 || !unicode.IsDigit(r):
		return 0, false
	}
	for _, rg := range unicode.Nd.R16 {
		if rune(rg.Lo) <= r && r <= rune(rg.Hi) {
			return int(r-rune(rg.Lo)) % 10, true
		}
	}
	for _, rg := range unicode.Nd.R32 {
		if rune(rg.Lo) <= r && r <= rune(rg.Hi) {
			return int(r-rune(rg.Lo)) % 10, true
		}
	}
	return 0, false
}

// canonicalNumber rewrites, in place, a number made of ASCII digits, ".",
// "," and thousandsMark, as the numbers filter describes.
func canonicalNumber(b []byte) []byte {
	b = removeByte(b, thousandsMark)
	commas, dots := 0, 0
	for _, c := range b {
		switch c {
		case ',':
			commas++
		case '.':
			dots++
		}
	}
	switch {
	case commas > 0 && groupsThousands(b, ','):
		return removeByte(b, ',')
	case commas == 1 && dots == 0:
		for i, c := range b {
			if c == ',' {
				b[i] = '.'
			}
		}
	case commas == 0 && dots > 1 && groupsThousands(b, '.'):
		return removeByte(b, '.')
	}
	return b
}

// groupsThousands reports whether every sep in b groups thousands: the
// digits before the first one are one to three, every one is followed by
// exactly three digits, and no other separator comes before the last one.
func groupsThousands(b []byte, sep byte) bool {
	group, seen := 0, false // digits in the current group; whether sep was seen
	for _, c := range b {
		switch {
		case '0' <= c && c <= '9':
			group++
		case c == sep:
			if (!seen && (group < 1 || group > 3)) || (seen && group != 3) {
				return false
			}
			seen, group = true, 0
		default: // another separator: the grouping must end here
			if seen && group != 3 {
				return false
			}
			return seen && !containsByte(b, sep, c)
		}
	}
	return seen && group == 3
}

// containsByte reports whether sep occurs in b after the first other.
func containsByte(b []byte, sep, other byte) bool {
	after := false
	for _, c := range b {
		if c == other {
			after = true
		} else if after && c == sep {
			return true
		}
	}
	return false
}

// removeByte removes every c from b in place.
func removeByte(b []byte, c byte) []byte {
	w := 0
	for _, x := range b {
		if x != c {
			b[w] = x
			w++
		}
	}
	return b[:w]
}
