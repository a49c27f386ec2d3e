package terms

import (
	_ "embed"
	"strings"
	"sync"
)

// Language data lives in lang/ as plain word lists, one word a line, and is
// read once, on first use.

//go:embed lang/arabic_waw.txt
var arabicWawList string

//go:embed lang/english_keep.txt
var englishKeepList string

// arabicWawStems holds the stems of the words of lang/arabic_waw.txt, after
// the same normalisation and suffix stripping that the Arabic filters apply.
var arabicWawStems = sync.OnceValue(func() map[string]struct{} {
	set := make(map[string]struct{})
	for _, w := range listWords(arabicWawList) {
		t := token{term: []byte(w), kind: kindArabic}
		arabicNormalizer{}.filter(&t)
		set[string(stripArabicSuffixes(t.term))] = struct{}{}
	}
	return set
})

// englishKeep holds the words of lang/english_keep.txt.
var englishKeep = sync.OnceValue(func() map[string]struct{} {
	set := make(map[string]struct{})
	for _, w := range listWords(englishKeepList) {
		set[w] = struct{}{}
	}
	return set
})

// listWords returns the words of a list: its lines without surrounding
// space, skipping blank lines and comments.
func listWords(list string) []string {
	var words []string
	for line := range strings.Lines(list) {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		words = append(words, line)
	}
	return words
}
