package link

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/marsad/marsad/internal/lexicon"
)

// token is one word of the text with its byte offsets.
type token struct {
	start, end int
	raw        string
	key        string // lexicon.Normalize(raw)
	clitics    []lexicon.Clitic
}

// readings returns the clitic readings of the token, computing them once.
func (t *token) readings() []lexicon.Clitic {
	if t.clitics == nil {
		t.clitics = lexicon.Clitics(t.raw)
	}
	return t.clitics
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsDigit(r)
}

// tokenize splits text into words: runs of letters, marks and digits.
func tokenize(text string) []token {
	var toks []token
	start := -1
	for i, r := range text {
		if isWordRune(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			toks = append(toks, newToken(text, start, i))
			start = -1
		}
	}
	if start >= 0 {
		toks = append(toks, newToken(text, start, len(text)))
	}
	return toks
}

func newToken(text string, s, e int) token {
	return token{start: s, end: e, raw: text[s:e], key: lexicon.Normalize(text[s:e])}
}

// joined reports whether tokens a and b (a before b) are separated only by
// white space, or by a dot or hyphen inside an abbreviation or compound.
func joined(text string, a, b token) bool {
	gap := text[a.end:b.start]
	if gap == "" {
		return false
	}
	for _, r := range gap {
		if !unicode.IsSpace(r) && r != '.' && r != '-' {
			return false
		}
	}
	return true
}

// fuzzyEq reports whether two normalised words are equal or, when both have
// at least four letters, differ by one inserted, deleted or replaced letter
// (علييف/عليف).
func fuzzyEq(a, b string) bool {
	if a == b {
		return true
	}
	ra, rb := []rune(a), []rune(b)
	if len(ra) < 4 || len(rb) < 4 {
		return false
	}
	if d := len(ra) - len(rb); d > 1 || d < -1 {
		return false
	}
	return editDistance(ra, rb) <= 1
}

func editDistance(a, b []rune) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			c := prev[j-1]
			if a[i-1] != b[j-1] {
				c++
			}
			c = min(c, prev[j]+1, cur[j-1]+1)
			cur[j] = c
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// patronymic reports whether w, a normalised word, is a Russian-style
// patronymic (فلاديميروفيتش, حيدروفيتش, ايفانوفنا).
func patronymic(w string) bool {
	if utf8.RuneCountInString(w) < 6 {
		return false
	}
	for _, suf := range []string{"وفيتش", "يفيتش", "وفيچ", "وفيش", "وفنا", "يفنا", "ovich", "evich", "ovna", "evna"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}
