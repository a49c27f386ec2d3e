package terms

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// span is one expected token: its term and the surface text it spans.
type span struct{ term, surface string }

// spans builds the expected token stream for input: each surface is looked
// for in input after the end of the one before, so that tables can name
// words instead of byte offsets.
func spans(t *testing.T, input string, want []span) []Token {
	t.Helper()
	toks := make([]Token, 0, len(want))
	at := 0
	for _, w := range want {
		i := strings.Index(input[at:], w.surface)
		if i < 0 {
			t.Fatalf("bad test: %q is not in %q after byte %d", w.surface, input, at)
		}
		start := at + i
		at = start + len(w.surface)
		toks = append(toks, Token{Term: w.term, Start: start, End: at})
	}
	return toks
}

// same builds spans whose terms are their surfaces.
func same(words ...string) []span {
	s := make([]span, len(words))
	for i, w := range words {
		s[i] = span{w, w}
	}
	return s
}

// runPipeline analyses text with p and returns its tokens as Tokens.
func runPipeline(p pipeline, text string) []Token {
	var s scratch
	toks := p.run(&s, text)
	out := make([]Token, len(toks))
	for i, t := range toks {
		out[i] = Token{Term: string(t.term), Start: t.start, End: t.end}
	}
	return out
}

// withTokenFilters is a pipeline of the tokenizer and the given token
// filters, without char filters.
func withTokenFilters(f ...tokenFilter) pipeline {
	return pipeline{tok: wordTokenizer{}, filters: f}
}

// withCharFilters is a pipeline of the given char filters and the
// tokenizer, without token filters.
func withCharFilters(f ...charFilter) pipeline {
	return pipeline{chars: f, tok: wordTokenizer{}}
}

// format prints a token stream one token a line, with the surface text of
// each span, for got/want messages.
func format(input string, toks []Token) string {
	var b strings.Builder
	for _, t := range toks {
		surface := "<out of range>"
		if 0 <= t.Start && t.Start <= t.End && t.End <= len(input) {
			surface = input[t.Start:t.End]
		}
		fmt.Fprintf(&b, "\n\t%q [%d,%d) %q", t.Term, t.Start, t.End, surface)
	}
	if len(toks) == 0 {
		b.WriteString("\n\t(no tokens)")
	}
	return b.String()
}

// streamTest is one case of a table test that compares token streams.
type streamTest struct {
	name  string
	input string
	want  []span
}

// runStreamTests runs each case through p and compares whole streams.
func runStreamTests(t *testing.T, p pipeline, tests []streamTest) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			want := spans(t, tc.input, tc.want)
			got := runPipeline(p, tc.input)
			if !slices.Equal(got, want) {
				t.Errorf("analysing %q\ngot:%s\nwant:%s", tc.input, format(tc.input, got), format(tc.input, want))
			}
		})
	}
}
