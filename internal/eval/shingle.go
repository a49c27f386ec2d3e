// Package eval measures marsad against gold data: the scrapinghub
// article-extraction metric, title and date accuracy, and throughput.
package eval

import (
	"strings"
	"unicode"
)

// Counts are the per-page shingle counts of the scrapinghub metric, each
// normalised so that TP+FP+FN = 1.
type Counts struct {
	TP, FP, FN float64
}

// Shingles returns the multiset of 4-gram token shingles of s, with tokens
// as Python 3's \w+ defines them: runs of Unicode letters, digits and '_'.
// A text shorter than four tokens yields its one short shingle, as the
// reference implementation does.
func Shingles(s string) map[string]int {
	toks := Tokens(s)
	out := make(map[string]int, len(toks))
	const n = 4
	if len(toks) == 0 {
		return out
	}
	if len(toks) < n {
		out[strings.Join(toks, " ")]++
		return out
	}
	for i := 0; i+n <= len(toks); i++ {
		out[strings.Join(toks[i:i+n], " ")]++
	}
	return out
}

// Tokens splits s into \w+ tokens (Unicode letters, numbers and '_').
func Tokens(s string) []string {
	var toks []string
	start := -1
	for i, r := range s {
		if isWord(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			toks = append(toks, s[start:i])
			start = -1
		}
	}
	if start >= 0 {
		toks = append(toks, s[start:])
	}
	return toks
}

func isWord(r rune) bool {
	// Python's \w is str.isalnum() or '_': letters and numbers, not marks.
	return r == '_' || unicode.IsLetter(r) || unicode.IsNumber(r)
}

// Compare counts the shingles of pred against gold and normalises the counts.
func Compare(pred, gold string) Counts {
	p, g := Shingles(pred), Shingles(gold)
	var c Counts
	for k, n := range p {
		m := g[k]
		c.TP += float64(min(n, m))
		c.FP += float64(max(n-m, 0))
	}
	for k, m := range g {
		c.FN += float64(max(m-p[k], 0))
	}
	if sum := c.TP + c.FP + c.FN; sum > 0 {
		c.TP, c.FP, c.FN = c.TP/sum, c.FP/sum, c.FN/sum
	}
	return c
}

// PRF aggregates per-page counts as the scrapinghub evaluate.py does:
// precision is the mean over pages with TP+FP > 0, recall the mean over pages
// with TP+FN > 0, and F1 their harmonic mean.
func PRF(pages []Counts) (p, r, f1 float64) {
	var np, nr int
	for _, c := range pages {
		if c.TP+c.FP > 0 {
			p += c.TP / (c.TP + c.FP)
			np++
		}
		if c.TP+c.FN > 0 {
			r += c.TP / (c.TP + c.FN)
			nr++
		}
	}
	if np > 0 {
		p /= float64(np)
	}
	if nr > 0 {
		r /= float64(nr)
	}
	if p+r > 0 {
		f1 = 2 * p * r / (p + r)
	}
	return p, r, f1
}
