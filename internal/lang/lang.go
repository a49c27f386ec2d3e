// Package lang tells which language a text is written in.
package lang

import (
	"unicode"

	"github.com/RadhiFadlillah/whatlanggo"
)

// sampleBytes is how much of a text is looked at.
const sampleBytes = 4096

// Detect returns the ISO 639-1 code of text's language, or "" when it
// cannot tell. Text mostly in Arabic script is Arabic unless it has the
// letters that Persian and Urdu add to the script (پ چ ژ گ ک ی ے ٹ ڈ ڑ ں),
// in which case whatlanggo's trigram profiles decide; other scripts go to
// whatlanggo directly. Only the first 4 KB are read.
func Detect(text string) string {
	sample := text[:cutAt(text, sampleBytes)]
	var arabic, extended, letters int
	for _, r := range sample {
		if !unicode.IsLetter(r) {
			continue
		}
		letters++
		if r >= 0x0600 && r <= 0x06FF || r >= 0x0750 && r <= 0x077F || r >= 0xFB50 && r <= 0xFEFF {
			arabic++
			switch r {
			case 'پ', 'چ', 'ژ', 'گ', 'ک', 'ی', 'ے', 'ٹ', 'ڈ', 'ڑ', 'ں':
				extended++
			}
		}
	}
	if letters == 0 {
		return ""
	}
	if arabic*2 > letters && extended*50 < arabic {
		return "ar"
	}
	return whatlanggo.Detect(sample).Lang.Iso6391()
}

// cutAt returns the largest index ≤ n that falls on a rune boundary of s.
func cutAt(s string, n int) int {
	if n >= len(s) {
		return len(s)
	}
	for n > 0 && s[n]&0xC0 == 0x80 {
		n--
	}
	return n
}
