package eval

import (
	"math"
	"reflect"
	"testing"
)

func TestTokens(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Hello, world!", []string{"Hello", "world"}},
		{"snake_case 2.52", []string{"snake_case", "2", "52"}},
		{"قال بوتين، «نعم».", []string{"قال", "بوتين", "نعم"}},
		// Python's \w does not match combining marks: harakat split words.
		{"يُشعل", []string{"ي", "شعل"}},
		{"", nil},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := Tokens(tt.in); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Tokens(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestCompare(t *testing.T) {
	gold := "one two three four five six"
	tests := []struct {
		name       string
		pred       string
		tp, fp, fn float64
	}{
		{"exact", gold, 1, 0, 0},
		{"empty", "", 0, 0, 1},
		{"extra", gold + " seven", 3.0 / 4, 1.0 / 4, 0},
		{"missing", "one two three four", 1.0 / 3, 0, 2.0 / 3},
		{"short text is one shingle", "one two", 0, 1.0 / 4, 3.0 / 4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := Compare(tt.pred, gold)
			if !near(c.TP, tt.tp) || !near(c.FP, tt.fp) || !near(c.FN, tt.fn) {
				t.Errorf("Compare(%q) = %+v, want tp=%.3f fp=%.3f fn=%.3f", tt.pred, c, tt.tp, tt.fp, tt.fn)
			}
		})
	}
}

func TestPRF(t *testing.T) {
	pages := []Counts{{TP: 1}, {TP: 0.5, FP: 0.5}, {FN: 1}, {}}
	p, r, f := PRF(pages)
	// Precision over pages with tp+fp>0: (1 + 0.5)/2; recall over pages
	// with tp+fn>0: (1 + 1 + 0)/3.
	if !near(p, 0.75) || !near(r, 2.0/3) || !near(f, 2*0.75*(2.0/3)/(0.75+2.0/3)) {
		t.Errorf("PRF = %.4f %.4f %.4f, want 0.75 0.6667 0.7059", p, r, f)
	}
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }
