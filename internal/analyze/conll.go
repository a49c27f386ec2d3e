package analyze

import (
	"context"
	"sort"
	"strings"

	"github.com/marsad/marsad/internal/doc"
)

// conllTypes maps marsad's entity types to ANERcorp's.
var conllTypes = map[string]string{"PER": "PERS", "GPE": "LOC", "LOC": "LOC", "ORG": "ORG"}

// TagCoNLL tags pre-tokenised sentences, one document, with ANERcorp's BIO
// tags from the whole analysis: the tagger's names, the lexicon's, and the
// types the linker settles on. A token gets the tag of the name that covers
// any part of it (a name after a proclitic, «و|بوتين», tags its token).
// Titles used as names («الرئيس الروسي») are entity mentions for marsad but
// not names in ANERcorp's sense, and are left out.
func (a *Analyzer) TagCoNLL(ctx context.Context, sents [][]string) ([][]string, error) {
	type tok struct{ sent, idx, start, end int }
	var toks []tok
	var b strings.Builder
	for i, s := range sents {
		for j, t := range s {
			if j > 0 {
				b.WriteByte(' ')
			}
			toks = append(toks, tok{i, j, b.Len(), b.Len() + len(t)})
			b.WriteString(t)
		}
		b.WriteString("\n\n")
	}
	out := make([][]string, len(sents))
	for i := range sents {
		out[i] = make([]string, len(sents[i]))
		for j := range out[i] {
			out[i][j] = "O"
		}
	}
	d, err := a.Doc(ctx, b.String(), "")
	if err != nil {
		return nil, err
	}
	names := append(append([]doc.Span(nil), d.Spans(LayerNames)...), d.Spans(LayerKnownNames)...)
	for _, sp := range d.Spans(LayerEntities) {
		typ, ok := conllTypes[sp.Label]
		if !ok || !overlapsAny(sp, names) {
			continue
		}
		// The first token that ends after the span starts.
		k := sort.Search(len(toks), func(k int) bool { return toks[k].end > sp.Start })
		for first := true; k < len(toks) && toks[k].start < sp.End; k++ {
			t := toks[k]
			if first {
				out[t.sent][t.idx] = "B-" + typ
				first = false
			} else if out[t.sent][t.idx] == "O" {
				out[t.sent][t.idx] = "I-" + typ
			}
		}
	}
	return out, nil
}

func overlapsAny(s doc.Span, spans []doc.Span) bool {
	for _, o := range spans {
		if o.Start < s.End && s.Start < o.End {
			return true
		}
	}
	return false
}
