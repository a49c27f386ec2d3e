package doc

import "fmt"

// Validate checks the invariants that every layer of d must keep, and
// returns the first one broken: offsets within Text and in order; each
// token's and word's text equal to the text between its offsets; tokens in
// order and apart; each word inside its token, and a token's words covering
// it in order without gaps; sentences covering the tokens in order; spans
// within Text. Tests and the fuzz test use it; so can a new annotator's.
func (d *Doc) Validate() error {
	n := len(d.Text)
	prevEnd := 0
	for i, t := range d.Tokens {
		if t.Start < prevEnd || t.End <= t.Start || t.End > n {
			return fmt.Errorf("token %d [%d,%d) is out of order or outside the text (previous ends at %d, text has %d bytes)", i, t.Start, t.End, prevEnd, n)
		}
		if d.Text[t.Start:t.End] != t.Text {
			return fmt.Errorf("token %d [%d,%d): text %q, but the span holds %q", i, t.Start, t.End, t.Text, d.Text[t.Start:t.End])
		}
		if t.Kind < KindWord || t.Kind > KindSymbol {
			return fmt.Errorf("token %d %q has no kind", i, t.Text)
		}
		prevEnd = t.End
	}
	if len(d.Words) > 0 || len(d.Tokens) > 0 && d.Words != nil {
		ti, pos := -1, 0
		for i, w := range d.Words {
			if w.Token < 0 || w.Token >= len(d.Tokens) {
				return fmt.Errorf("word %d %q points to token %d of %d", i, w.Form, w.Token, len(d.Tokens))
			}
			t := d.Tokens[w.Token]
			if w.Token != ti {
				if w.Token != ti+1 || ti >= 0 && pos != d.Tokens[ti].End {
					return fmt.Errorf("word %d %q: the words of token %d do not cover it, or tokens are skipped", i, w.Form, ti)
				}
				ti, pos = w.Token, t.Start
			}
			if w.Start != pos || w.End <= w.Start || w.End > t.End {
				return fmt.Errorf("word %d [%d,%d) %q is not the next piece of token %d [%d,%d) (expected start %d)", i, w.Start, w.End, w.Form, w.Token, t.Start, t.End, pos)
			}
			if d.Text[w.Start:w.End] != w.Form {
				return fmt.Errorf("word %d [%d,%d): form %q, but the span holds %q", i, w.Start, w.End, w.Form, d.Text[w.Start:w.End])
			}
			pos = w.End
		}
		if ti != len(d.Tokens)-1 || ti >= 0 && pos != d.Tokens[ti].End {
			return fmt.Errorf("the words cover tokens up to %d of %d", ti+1, len(d.Tokens))
		}
	}
	next := 0
	for i, s := range d.Sentences {
		if s.FirstToken != next || s.EndToken <= s.FirstToken || s.EndToken > len(d.Tokens) {
			return fmt.Errorf("sentence %d covers tokens [%d,%d), expected to start at %d", i, s.FirstToken, s.EndToken, next)
		}
		if s.Start != d.Tokens[s.FirstToken].Start || s.End != d.Tokens[s.EndToken-1].End {
			return fmt.Errorf("sentence %d [%d,%d) does not span its tokens", i, s.Start, s.End)
		}
		next = s.EndToken
	}
	if len(d.Sentences) > 0 && next != len(d.Tokens) {
		return fmt.Errorf("the sentences cover %d of %d tokens", next, len(d.Tokens))
	}
	for name, spans := range d.layers {
		for i, s := range spans {
			if s.Start < 0 || s.End < s.Start || s.End > n {
				return fmt.Errorf("span %d [%d,%d) of layer %q is outside the text", i, s.Start, s.End, name)
			}
			if i > 0 && (spans[i-1].Start > s.Start || spans[i-1].Start == s.Start && spans[i-1].End > s.End) {
				return fmt.Errorf("spans %d and %d of layer %q are out of order", i-1, i, name)
			}
		}
	}
	return nil
}
