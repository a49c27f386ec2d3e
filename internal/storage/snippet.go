package storage

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

const (
	// snippetWords is how many words a snippet holds.
	snippetWords = 30
	// maxWordBytes is the longest a single word may be in a snippet; longer
	// runs without spaces (URLs, scripts written without spaces) are cut.
	maxWordBytes = 120
	ellipsis     = "…"
)

// span is a half-open byte range of the article text.
type span struct{ start, end int }

// match is an occurrence of a query term in the article text.
type match struct {
	word int    // index of the word it starts in
	term string // FTS form of the term
	span span
}

// snippet cuts from text the window of about snippetWords words that holds
// the most distinct terms of want (then the most matches, then the earliest),
// and returns it as plain text with the byte ranges of the matched words in
// it. Words are runs of non-space characters of the original text; the
// matches come from running the analyzer over the same text, so they are
// exactly the words that the search matched, in their surface form.
func (s *Store) snippet(text string, want map[string]bool) (string, []Range) {
	words := splitWords(text)
	if len(words) == 0 {
		return "", nil
	}
	var ms []match
	for _, tok := range s.an.Analyze(text) {
		if !want[ftsTerm(tok.Term)] || tok.Start < 0 || tok.End > len(text) || tok.Start >= tok.End {
			continue
		}
		w := sort.Search(len(words), func(i int) bool { return words[i].end > tok.Start })
		if w == len(words) {
			continue
		}
		ms = append(ms, match{word: w, term: ftsTerm(tok.Term), span: span{tok.Start, tok.End}})
	}
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].span.start < ms[j].span.start })

	first, last := bestWindow(ms, len(words))
	return renderSnippet(text, words, first, last, ms)
}

// splitWords returns the runs of non-space characters of text.
func splitWords(text string) []span {
	var words []span
	start := -1
	for i, r := range text {
		if unicode.IsSpace(r) {
			if start >= 0 {
				words = append(words, span{start, i})
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		words = append(words, span{start, len(text)})
	}
	return words
}

// bestWindow returns the first and last word (inclusive) of the snippet
// window among n words, given the matches sorted by position.
func bestWindow(ms []match, n int) (first, last int) {
	if len(ms) == 0 {
		return 0, min(n, snippetWords) - 1
	}
	// Try a window starting at each match; two pointers keep the count of
	// each term inside [ms[i].word, ms[i].word+snippetWords).
	count := map[string]int{}
	bestI, bestJ, bestDistinct, bestTotal := 0, 0, -1, -1
	j := 0 // ms[i:j] are in the window
	for i := range ms {
		if i > 0 {
			prev := ms[i-1].term
			if count[prev]--; count[prev] == 0 {
				delete(count, prev)
			}
		}
		j = max(j, i)
		for j < len(ms) && ms[j].word < ms[i].word+snippetWords {
			count[ms[j].term]++
			j++
		}
		if d, t := len(count), j-i; d > bestDistinct || d == bestDistinct && t > bestTotal {
			bestI, bestJ, bestDistinct, bestTotal = i, j, d, t
		}
	}
	// Centre the matches of the best window in it.
	lo, hi := ms[bestI].word, ms[bestJ-1].word
	first = max(lo-(snippetWords-(hi-lo+1))/2, 0)
	last = min(first+snippetWords, n) - 1
	first = max(last-snippetWords+1, 0)
	return first, last
}

// renderSnippet writes words[first..last] of text separated by single spaces,
// with ellipses where the text goes on, and returns it with the ranges of the
// matches inside it, merged where they overlap.
func renderSnippet(text string, words []span, first, last int, ms []match) (string, []Range) {
	var b strings.Builder
	if first > 0 {
		b.WriteString(ellipsis + " ")
	}
	// at[k] maps word first+k: its (possibly cut) extent in text and where
	// that extent begins in the snippet.
	type placed struct {
		span
		at int
	}
	at := make([]placed, 0, last-first+1)
	for w := first; w <= last; w++ {
		if w > first {
			b.WriteByte(' ')
		}
		ext := cutWord(text, words[w], ms)
		if ext.start > words[w].start {
			b.WriteString(ellipsis)
		}
		at = append(at, placed{ext, b.Len()})
		b.WriteString(text[ext.start:ext.end])
		if ext.end < words[w].end {
			b.WriteString(ellipsis)
		}
	}
	if last < len(words)-1 {
		b.WriteString(" " + ellipsis)
	}
	snip := b.String()

	// toSnippet maps a text offset inside word w to the snippet, clamped to
	// the part of the word that was kept.
	toSnippet := func(w, off int) int {
		p := at[w-first]
		off = min(max(off, p.start), p.end)
		return p.at + off - p.start
	}
	wordOf := func(off int) int {
		return sort.Search(len(words), func(i int) bool { return words[i].end > off })
	}
	var hs []Range
	for _, m := range ms {
		if m.word < first || m.word > last {
			continue
		}
		endWord := min(wordOf(m.span.end-1), last)
		r := Range{toSnippet(m.word, m.span.start), toSnippet(endWord, m.span.end)}
		if r.Start >= r.End {
			continue // the match lies in a cut-off part of a long word
		}
		if n := len(hs); n > 0 && r.Start <= hs[n-1].End {
			hs[n-1].End = max(hs[n-1].End, r.End)
			continue
		}
		hs = append(hs, r)
	}
	return snip, hs
}

// cutWord returns the part of word w to show: all of it, or for a word longer
// than maxWordBytes a piece of that length around the first match in it (or
// its start), on character boundaries.
func cutWord(text string, w span, ms []match) span {
	if w.end-w.start <= maxWordBytes {
		return w
	}
	start := w.start
	for _, m := range ms {
		if m.span.start >= w.start && m.span.start < w.end {
			start = max(m.span.start-maxWordBytes/4, w.start)
			break
		}
	}
	end := min(start+maxWordBytes, w.end)
	start = max(end-maxWordBytes, w.start)
	for start > w.start && !utf8.RuneStart(text[start]) {
		start--
	}
	for end < w.end && !utf8.RuneStart(text[end]) {
		end--
	}
	return span{start, end}
}
