// Package lang tells which language a text is written in.
package lang

import (
	"unicode"

	"github.com/RadhiFadlillah/whatlanggo"
)

// Detect returns the ISO 639-1 code of text's language, or "" when it
// cannot tell. Arabic script is decided by counting letters (Persian and
// Urdu share the script but not these letters' frequencies, which whatlanggo
// weighs); other scripts go to whatlanggo's trigram profiles, on at most the
// first 4 KB.
func Detect(text string) string {
	sample := text[:cutAt(text, 4096)]
	var arabic, letters int
	for _, r := range sample {
		if unicode.IsLetter(r) {
			letters++
			if unicode.Is(unicode.Arabic, r) {
				arabic++
			}
		}
	}
	if letters == 0 {
		return ""
	}
	info := whatlanggo.Detect(sample)
	code := info.Lang.Iso6391()
	if arabic*2 > letters && code != "fa" && code != "ur" {
		return "ar"
	}
	return code
}

// cutAt returns the largest index ≤ n that falls on a rune boundary of s.
func cutAt(s string, n int) int {
	if n >= len(s) {
		return len(s)
	}
	for n > 0 && !isRuneStart(s[n]) {
		n--
	}
	return n
}

func isRuneStart(b byte) bool { return b&0xC0 != 0x80 }
