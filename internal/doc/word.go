package doc

import (
	"unicode/utf8"
)

// Word is a syntactic word: a whole token, or one piece of an Arabic token
// after its proclitics are split off (و+ب+ال+رئيس). Its offsets are a
// sub-span of its token in the surface text, so splitting never moves an
// offset.
type Word struct {
	// Token is the index in Doc.Tokens of the token the word is part of.
	Token int
	// Start and End are byte offsets into Doc.Text, End exclusive, within
	// the token's span.
	Start, End int
	// Form is Doc.Text[Start:End], as written.
	Form string
	// Norm is the normalised form (see Normalize): Arabic diacritics and
	// tatweel removed, alef forms unified, ى → ي, digits made ASCII, other
	// letters lower-cased. A proclitic's Norm is its dictionary form, so the
	// article of للرئيس, written ل, has Norm "ال".
	Norm string
	// Clitic is true for a proclitic split off a token (و ف ب ك ل ال).
	Clitic bool
}

// letter is one base letter of an Arabic token, with the marks and tatweel
// that follow it.
type letter struct {
	raw, norm  rune
	start, end int
}

// wordSplitter turns tokens into words, reusing its buffers.
type wordSplitter struct {
	letters []letter
	key     []byte
	norms   []byte
	pending []pendingNorm
}

// pendingNorm is a word whose Norm lives in wordSplitter.norms at [a, b),
// until all norms are made into one string.
type pendingNorm struct{ word, a, b int }

// splitWords appends the words of toks to words and returns it.
//
// Only Arabic words are split; any other token is one word. The proclitics
// are, in this order: the conjunctions و and ف; one of the prepositions ب ك
// ل; the article ال (لل is ل + ال with the article's alef dropped). The
// rules are conservative: a piece comes off only when enough stem remains —
// three letters after و ف ب ك ل (or one of a few function words after و ف:
// وقد، فإن), two after the article, three after لل — and never from a word
// that begins with those letters naturally (naturalWords, naturalStems:
// وزير، بوتين، كان، التي). The article must be written with bare alef, so
// إليه is never ال+يه.
func (s *wordSplitter) splitWords(text string, toks []Token, words []Word) []Word {
	s.norms = s.norms[:0]
	s.pending = s.pending[:0]
	for ti, t := range toks {
		if t.Kind == KindWord {
			if r, _ := utf8.DecodeRuneInString(t.Text); classify(r) == cArabic || classify(r) == cMark {
				words = s.splitArabic(ti, t, words)
				continue
			}
		}
		words = s.appendWord(words, ti, t.Start, t.End, text[t.Start:t.End], "", false)
	}
	if len(s.pending) > 0 {
		all := string(s.norms)
		for _, p := range s.pending {
			words[p.word].Norm = all[p.a:p.b]
		}
	}
	return words
}

// appendWord appends a word; an empty norm means the form's normalisation.
func (s *wordSplitter) appendWord(words []Word, ti, start, end int, form, norm string, clitic bool) []Word {
	w := Word{Token: ti, Start: start, End: end, Form: form, Norm: norm, Clitic: clitic}
	if norm == "" {
		a := len(s.norms)
		var changed bool
		s.norms, changed = appendNorm(s.norms, form)
		if changed {
			s.pending = append(s.pending, pendingNorm{len(words), a, len(s.norms)})
		} else {
			s.norms = s.norms[:a]
			w.Norm = form
		}
	}
	return append(words, w)
}

var procliticNorm = map[rune]string{'و': "و", 'ف': "ف", 'ب': "ب", 'ك': "ك", 'ل': "ل"}

func (s *wordSplitter) splitArabic(ti int, t Token, words []Word) []Word {
	// The letters of the token, each with the marks after it.
	L := s.letters[:0]
	for i := 0; i < len(t.Text); {
		r, size := utf8.DecodeRuneInString(t.Text[i:])
		if !isArabicMark(r) && classify(r) == cArabic {
			if len(L) > 0 {
				L[len(L)-1].end = t.Start + i
			}
			L = append(L, letter{raw: r, norm: normalLetter(r), start: t.Start + i})
		}
		i += size
	}
	s.letters = L
	if len(L) < 3 {
		return s.appendWord(words, ti, t.Start, t.End, t.Text, "", false)
	}
	L[0].start = t.Start
	L[len(L)-1].end = t.End
	n := len(L)

	// natural reports whether the word from letter p on begins naturally.
	natural := func(p int) bool {
		s.key = s.key[:0]
		for k := p; k < n; k++ {
			s.key = utf8.AppendRune(s.key, L[k].norm)
			if k-p >= 2 && k-p < n-p-1 && naturalStems[string(s.key)] {
				return true
			}
		}
		return naturalWords[string(s.key)] || naturalStems[string(s.key)]
	}
	// natLen returns the letters of the longest natural beginning of the
	// word from letter p on, 0 when none.
	natLen := func(p int) int {
		s.key = s.key[:0]
		best := 0
		for k := p; k < n; k++ {
			s.key = utf8.AppendRune(s.key, L[k].norm)
			if k-p >= 2 && k-p < n-p-1 && naturalStems[string(s.key)] || k == n-1 && (naturalWords[string(s.key)] || naturalStems[string(s.key)]) {
				best = k - p + 1
			}
		}
		return best
	}
	// rest reports whether the word from letter p on is in set.
	rest := func(p int, set map[string]bool) bool {
		s.key = s.key[:0]
		for k := p; k < n; k++ {
			s.key = utf8.AppendRune(s.key, L[k].norm)
		}
		return set[string(s.key)]
	}
	isArticle := func(p int) bool { return p+1 < n && L[p].raw == 'ا' && L[p+1].norm == 'ل' }

	type cut struct {
		a, b int // letters [a, b)
		norm string
	}
	var cuts [4]cut
	nc, p := 0, 0
	article := false
	// وفرنسا begins like وفر (provided) but is و + فرنسا: the longer
	// natural beginning after the conjunction wins
	if c := L[0].norm; (c == 'و' || c == 'ف') && (!natural(0) || natLen(1) > natLen(0)) && (n-1 >= 3 || rest(1, funcWords)) {
		cuts[nc] = cut{0, 1, procliticNorm[c]}
		nc, p = nc+1, 1
	}
	if c := L[p].norm; (c == 'ب' || c == 'ك' || c == 'ل') && !natural(p) {
		switch {
		case c == 'ل' && p+1 < n && L[p+1].norm == 'ل' && n-(p+2) >= 3 && !natural(p+1):
			cuts[nc] = cut{p, p + 1, "ل"}
			cuts[nc+1] = cut{p + 1, p + 2, "ال"}
			nc, p, article = nc+2, p+2, true
		case isArticle(p+1) && n-(p+3) >= 2 && !natural(p+1):
			cuts[nc] = cut{p, p + 1, procliticNorm[c]}
			cuts[nc+1] = cut{p + 1, p + 3, "ال"}
			nc, p, article = nc+2, p+3, true
		case n-(p+1) >= 3:
			cuts[nc] = cut{p, p + 1, procliticNorm[c]}
			nc, p = nc+1, p+1
		}
	}
	if !article && isArticle(p) && n-(p+2) >= 2 && !natural(p) {
		cuts[nc] = cut{p, p + 2, "ال"}
		nc, p = nc+1, p+2
	}
	if nc == 0 {
		return s.appendWord(words, ti, t.Start, t.End, t.Text, "", false)
	}
	for _, c := range cuts[:nc] {
		start, end := L[c.a].start, L[c.b-1].end
		words = s.appendWord(words, ti, start, end, t.Text[start-t.Start:end-t.Start], c.norm, true)
	}
	start := L[p].start
	return s.appendWord(words, ti, start, t.End, t.Text[start-t.Start:], "", false)
}
