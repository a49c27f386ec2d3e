package terms

import (
	"testing"
	"unicode"
)

func TestNumbers(t *testing.T) {
	runStreamTests(t, withTokenFilters(numbers{}), []streamTest{
		{"ASCII integer", "2024", same("2024")},
		{"Arabic-Indic digits", "٢٠٢٤", []span{{"2024", "٢٠٢٤"}}},
		{"Persian digits", "۱۴۰۳", []span{{"1403", "۱۴۰۳"}}},
		{"Devanagari digits", "१२३", []span{{"123", "१२३"}}},
		{"Arabic decimal separator", "٢٫٥٢", []span{{"2.52", "٢٫٥٢"}}},
		{"decimal point", "2.52", same("2.52")},
		{"Arabic thousands separator", "١٬٨٠٠", []span{{"1800", "١٬٨٠٠"}}},
		{"comma groups thousands", "1,800 12,500,000.5", []span{{"1800", "1,800"}, {"12500000.5", "12,500,000.5"}}},
		{"full stops group thousands when there are two", "1.800.000", []span{{"1800000", "1.800.000"}}},
		{"one full stop is a decimal point", "1.800", same("1.800")},
		{"decimal comma", "2,5", []span{{"2.5", "2,5"}}},
		{"commas that do not group and are not one", "1,2,3", same("1,2,3")},
		{"European grouping with a decimal comma is kept", "1.800,50", same("1.800,50")},
		{"digits in words", "F١٦ G20", []span{{"F16", "F١٦"}, {"G20", "G20"}}},
		{"Arabic words are untouched", "المئة", same("المئة")},
	})
}

// TestDigitValue checks every decimal digit Unicode knows against the rule
// that digitValue relies on: digits come in runs of ten, from 0 to 9.
func TestDigitValue(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if !unicode.IsDigit(r) {
			continue
		}
		d, ok := digitValue(r)
		if !ok {
			t.Fatalf("digitValue(%U): not a digit", r)
		}
		// The digit zero of r's run: the previous digits are its run too.
		zero := r - rune(d)
		for i := rune(0); i < 10; i++ {
			if got, ok := digitValue(zero + i); !ok || got != int(i) {
				t.Fatalf("digitValue(%U) = %d, %v; want %d (run of %U)", zero+i, got, ok, i, r)
			}
		}
	}
	if _, ok := digitValue('x'); ok {
		t.Error("digitValue('x'): got a digit")
	}
}
