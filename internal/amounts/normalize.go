package amounts

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// key normalises a word as the lexicons and the matcher compare words:
// Arabic diacritics and tatweel removed, أ إ آ ٱ → ا, ى → ي, ة → ه,
// Arabic-Indic digits made ASCII, Latin lower-cased.
func key(s string) string {
	clean := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case 0x064B <= r && r <= 0x065F, r == 0x0670, r == 0x0640:
			continue
		case r == 'أ' || r == 'إ' || r == 'آ' || r == 'ٱ':
			r = 'ا'
		case r == 'ى':
			r = 'ي'
		case r == 'ة':
			r = 'ه'
		case 0x0660 <= r && r <= 0x0669:
			r = '0' + r - 0x0660
		case 0x06F0 <= r && r <= 0x06F9:
			r = '0' + r - 0x06F0
		case r == '٫':
			r = '.'
		case r == '٬':
			r = ','
		default:
			r = unicode.ToLower(r)
		}
		b.WriteRune(r)
	}
	return b.String()
}

// keepTa is key without the folding of ة, for showing a noun as a unit.
func keepTa(s string) string {
	k := key(strings.ReplaceAll(s, "ة", "\x00"))
	return strings.ReplaceAll(k, "\x00", "ة")
}

// foldKey finishes a doc.Word Norm into a key: the doc package already
// removed marks, unified alef and ى; the finder also folds ة → ه.
func foldKey(norm string) string {
	if !strings.Contains(norm, "ة") {
		return norm
	}
	return strings.ReplaceAll(norm, "ة", "ه")
}

func keySet(words []string) set {
	s := make(set, len(words))
	for _, w := range words {
		s[key(w)] = true
	}
	return s
}

func keyMap(m map[string]float64) map[string]float64 {
	out := make(map[string]float64, len(m))
	for k, v := range m {
		out[key(k)] = v
	}
	return out
}

// fieldsOf splits each phrase into the keys of its words.
func fieldsOf(ps []string) [][]string {
	out := make([][]string, len(ps))
	for i, p := range ps {
		out[i] = strings.Fields(key(p))
	}
	return out
}

// parseDigits reads a number token (its raw text) as a value. The decimal
// mark is ٫ always; of . and , the last is the decimal mark when both are
// present; one of them alone groups thousands when it is repeated or has
// exactly three digits after it (1,800, 1.800), unless scaled says that a
// scale word follows (1.500 مليار is 1.5 billion), and is a decimal mark
// otherwise (2.52, 2,5).
func parseDigits(raw string, scaled bool) (float64, bool) {
	var digits []byte
	var seps []byte
	var sepPos []int
	arabicDecimal := false
	for _, r := range raw {
		switch {
		case r == '٫':
			arabicDecimal = true
			seps = append(seps, '.')
			sepPos = append(sepPos, len(digits))
		case r == '٬' || r == ',':
			seps = append(seps, ',')
			sepPos = append(sepPos, len(digits))
		case r == '.':
			seps = append(seps, '.')
			sepPos = append(sepPos, len(digits))
		case unicode.IsDigit(r):
			digits = append(digits, byte('0'+digitValue(r)))
		default:
			return 0, false
		}
	}
	if len(digits) == 0 {
		return 0, false
	}
	dec := -1 // number of digits before the decimal mark, or -1
	switch {
	case len(seps) == 0:
	case arabicDecimal:
		for i := len(seps) - 1; i >= 0; i-- {
			if seps[i] == '.' {
				dec = sepPos[i]
				break
			}
		}
	default:
		last := seps[len(seps)-1]
		mixed := false
		for _, s := range seps {
			if s != last {
				mixed = true
			}
		}
		after := len(digits) - sepPos[len(seps)-1]
		switch {
		case mixed:
			dec = sepPos[len(seps)-1]
		case len(seps) > 1:
			// repeated: grouping
		case after == 3 && !(scaled && last == '.'):
			// 1,800 or 1.800: grouping
		default:
			dec = sepPos[0]
		}
	}
	s := string(digits)
	if dec >= 0 {
		s = s[:dec] + "." + s[dec:]
	}
	v, err := strconv.ParseFloat(s, 64)
	return v, err == nil
}

// digitValue returns the value of a decimal digit of any script.
func digitValue(r rune) int {
	z := r
	for unicode.IsDigit(z - 1) {
		z--
	}
	return int(r-z) % 10
}
