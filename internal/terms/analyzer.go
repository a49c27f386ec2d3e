package terms

import (
	"slices"
	"sync"
)

// charFilter rewrites the whole text before it is cut into tokens.
type charFilter interface {
	// filterChars appends the filtered form of src to dst and records in m
	// every place where the result is not a copy of src. It reports false,
	// and leaves dst and m alone, when src needs no change.
	filterChars(dst, src []byte, m *offsetMap) ([]byte, bool)
}

// tokenizer cuts filtered text into tokens.
type tokenizer interface {
	// tokenize appends the tokens of text to dst. Their terms alias text and
	// their offsets are offsets into text.
	tokenize(dst []token, text []byte) []token
}

// tokenFilter rewrites the term of one token.
type tokenFilter interface {
	// filter rewrites t.term. It may rewrite the bytes of t.term in place
	// (they belong to this token alone) or point t.term elsewhere; an empty
	// term drops the token.
	filter(t *token)
}

// kind says what a token is made of, so that each token filter touches only
// the tokens it understands.
type kind uint8

const (
	// kindWord is a run of letters of any script but Arabic, possibly with
	// digits ("putin", "g20", "москва").
	kindWord kind = iota
	// kindArabic is a run of Arabic-script letters.
	kindArabic
	// kindNumber is a run of digits with the separators between them
	// ("2.52", "٢٫٥٢", "1,800").
	kindNumber
)

func (k kind) String() string {
	switch k {
	case kindArabic:
		return "arabic"
	case kindNumber:
		return "number"
	}
	return "word"
}

// token is a Token while it is being analysed.
type token struct {
	term       []byte
	start, end int
	kind       kind
	owned      bool // term has its own storage, not the filtered text's
}

// pipeline is one chain of char filters, a tokenizer and token filters.
type pipeline struct {
	chars   []charFilter
	tok     tokenizer
	filters []tokenFilter
}

// standard is the pipeline of every Analyzer, and is never modified. It is
// fixed on purpose: the index and the queries must be analysed by exactly
// the same rules, so there is nothing to configure that could tell them
// apart. Changing it means changing Version.
var standard = pipeline{
	chars: []charFilter{
		nfkc{},
		arabicMarks{},
		formatChars{},
	},
	tok: wordTokenizer{},
	filters: []tokenFilter{
		lowerCase{},
		latinFold{},
		numbers{},
		arabicNormalizer{},
		arabicStemmer{},
		englishStemmer{},
	},
}

// scratch is the working memory of one analysis, reused between calls.
type scratch struct {
	buf, spare []byte
	maps       []offsetMap
	toks       []token
	arena      []byte
}

// Analyzer turns text into Tokens. The zero value is ready to use, and one
// Analyzer is safe for concurrent use; it only keeps scratch buffers between
// calls. An Analyzer must not be copied after first use.
type Analyzer struct {
	pool sync.Pool // of *scratch
}

// New returns an Analyzer.
func New() *Analyzer { return &Analyzer{} }

// Analyze returns the tokens of text in order.
func (a *Analyzer) Analyze(text string) []Token {
	return a.AppendTokens(nil, text)
}

// AppendTokens appends the tokens of text to dst and returns the extended
// slice. It is the hot path of indexing: the terms of one call share a
// single allocation, so a caller that reuses dst pays one allocation per
// call. (Keeping any one of those terms keeps them all in memory.)
func (a *Analyzer) AppendTokens(dst []Token, text string) []Token {
	s := a.scratch()
	defer a.release(s)
	toks := standard.run(s, text)
	all := s.joinTerms(toks)
	dst = slices.Grow(dst, len(toks))
	off := 0
	for _, t := range toks {
		n := len(t.term)
		dst = append(dst, Token{Term: all[off : off+n], Start: t.start, End: t.end})
		off += n
	}
	return dst
}

// Terms returns the terms of text in order, without their spans.
func (a *Analyzer) Terms(text string) []string {
	s := a.scratch()
	defer a.release(s)
	toks := standard.run(s, text)
	if len(toks) == 0 {
		return nil
	}
	all := s.joinTerms(toks)
	terms := make([]string, len(toks))
	off := 0
	for i, t := range toks {
		n := len(t.term)
		terms[i] = all[off : off+n]
		off += n
	}
	return terms
}

// joinTerms returns the terms of toks end to end in one string, the single
// allocation that all the terms of a call share.
func (s *scratch) joinTerms(toks []token) string {
	arena := s.arena[:0]
	for _, t := range toks {
		arena = append(arena, t.term...)
	}
	s.arena = arena
	return string(arena)
}

func (a *Analyzer) scratch() *scratch {
	if s, ok := a.pool.Get().(*scratch); ok {
		return s
	}
	return new(scratch)
}

// maxScratch is the largest text, in bytes, whose buffers are kept for
// reuse; one huge document must not pin its buffers for the next thousand
// small ones.
const maxScratch = 1 << 20

func (a *Analyzer) release(s *scratch) {
	if cap(s.buf) <= maxScratch && cap(s.spare) <= maxScratch {
		a.pool.Put(s)
	}
}

// run analyses text and returns its tokens, with offsets into text. The
// tokens and their terms live in s and are valid until s is reused.
func (p *pipeline) run(s *scratch, text string) []token {
	cur := append(s.buf[:0], text...)
	spare := s.spare[:0]
	if cap(s.maps) < len(p.chars) {
		s.maps = make([]offsetMap, len(p.chars))
	}
	maps := s.maps[:len(p.chars)]
	for i, f := range p.chars {
		maps[i].reset()
		if out, changed := f.filterChars(spare[:0], cur, &maps[i]); changed {
			cur, spare = out, cur
		}
	}
	s.buf, s.spare = cur, spare

	toks := p.tok.tokenize(s.toks[:0], cur)
	// Map offsets back to the input, last char filter first. Where a
	// char filter made one input character into more than one token
	// (which NFKC avoids but cannot rule out), the pieces become one token,
	// so that spans never overlap.
	n := 0
	for _, t := range toks {
		start, end := t.start, t.end
		for i := len(maps) - 1; i >= 0; i-- {
			start, end = maps[i].start(start), maps[i].end(end)
		}
		t.start, t.end = start, end
		if n > 0 && t.start < toks[n-1].end {
			prev := &toks[n-1]
			if !prev.owned {
				prev.term, prev.owned = append([]byte(nil), prev.term...), true
			}
			prev.term = append(prev.term, t.term...)
			prev.end = max(prev.end, t.end)
			continue
		}
		toks[n] = t
		n++
	}
	toks = toks[:n]

	n = 0
	for i := range toks {
		t := &toks[i]
		for _, f := range p.filters {
			f.filter(t)
			if len(t.term) == 0 {
				break
			}
		}
		if len(t.term) > 0 {
			toks[n] = *t
			n++
		}
	}
	s.toks = toks
	return toks[:n]
}
