package lexicon

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func FuzzNormalize(f *testing.F) {
	for _, s := range []string{"أذربيجان", "وَبِالْمَدينةِ", "ﻻ", "Putin's", "  ", "لل", "و\u064eب"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		n := Normalize(s)
		if Normalize(n) != n {
			t.Errorf("Normalize not idempotent on %q: %q then %q", s, n, Normalize(n))
		}
		if strings.Contains(n, "  ") || strings.HasPrefix(n, " ") || strings.HasSuffix(n, " ") {
			t.Errorf("Normalize(%q) = %q has stray spaces", s, n)
		}
		for _, c := range Clitics(s) {
			if c.Prefix < 0 || c.Prefix > len(s) {
				t.Errorf("Clitics(%q): prefix %d out of range", s, c.Prefix)
			}
		}
	})
}
