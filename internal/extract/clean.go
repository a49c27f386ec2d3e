package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/marsad/marsad/internal/debris"
)

// clean turns the extracted paragraphs into the article text:
//   - debris paragraphs (package debris), photo captions, paragraphs with no
//     letters (a bare date or counter) are dropped;
//   - a paragraph that repeats the title is dropped;
//   - before the first paragraph of prose, short labels (kickers, section
//     names, "مشاهدات عالية") are dropped;
//   - a run of three or more one- or two-word paragraphs is a tag cloud or a
//     menu and is dropped;
//   - after the last paragraph of prose, everything from the first
//     navigation label on (التالي/السابق, "Related", "اشترك") is navigation.
//
// The rest is joined with blank lines.
func (e *Extractor) clean(paras []string, title string) string {
	e.once.Do(func() { e.filter = debris.New() })
	lastProse := -1
	for i, p := range paras {
		if isProse(p) {
			lastProse = i
		}
	}
	out := make([]string, 0, len(paras))
	normTitle := squash(title)
	started := false
	for i := 0; i < len(paras); i++ {
		p := paras[i]
		if e.filter.IsDebris(p) {
			if lastProse >= 0 && i > lastProse && e.filter.IsNavigation(p) {
				break
			}
			continue
		}
		if debris.IsCaption(p) || !debris.HasLetter(p) || (normTitle != "" && squash(p) == normTitle) {
			continue
		}
		if n := e.shortRun(paras[i:]); n >= 3 {
			i += n - 1
			continue
		}
		if !started {
			if !isProse(p) && words(p) <= 3 {
				continue
			}
			started = true
		}
		out = append(out, p)
	}
	return strings.Join(out, "\n\n")
}

// shortRun counts the paragraphs at the start of ps that have one or two
// words, no sentence punctuation and are not debris (which the caller must
// see: a debris paragraph can end the article).
func (e *Extractor) shortRun(ps []string) int {
	n := 0
	for _, p := range ps {
		if words(p) > 2 || endsSentence(p) || e.filter.IsDebris(p) {
			break
		}
		n++
	}
	return n
}

// isProse reports whether p reads as running text: at least eight words
// and a sentence mark at its end, or at least sixteen words (many Arabic
// sites leave the last full stop out).
func isProse(p string) bool {
	n := words(p)
	return n >= 16 || n >= 8 && endsSentence(p)
}

func endsSentence(p string) bool {
	p = strings.TrimRightFunc(p, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune("\"'”’»)]", r)
	})
	r, _ := utf8.DecodeLastRuneInString(p)
	return strings.ContainsRune(".!?؟。！？:", r)
}

// squash keeps only the letters and digits of s, lower-cased, to compare
// a paragraph with the title whatever its quotes and spacing.
func squash(s string) string {
	var b strings.Builder
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// words estimates the words of p: its space-separated fields or, for
// scripts written without spaces (Chinese, Japanese), one word per twelve
// runes — a bound that spaced text never reaches.
func words(p string) int {
	return max(len(strings.Fields(p)), utf8.RuneCountInString(p)/12)
}
