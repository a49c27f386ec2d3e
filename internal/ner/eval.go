package ner

// Span is an entity span [Start, End) over token indices.
type Span struct {
	Start, End int
	Type       string
}

// Spans returns the entity chunks of a BIO tag sequence with conlleval
// semantics: a chunk starts at B-X, or at I-X that does not continue a
// chunk of type X; it ends before any tag that is not I-X.
func Spans(tags []string) []Span {
	var out []Span
	cur := -1
	curType := ""
	for i, tag := range tags {
		prefix, typ := splitTag(tag)
		cont := prefix == 'I' && cur >= 0 && typ == curType
		if cont {
			continue
		}
		if cur >= 0 {
			out = append(out, Span{cur, i, curType})
			cur = -1
		}
		if prefix == 'B' || prefix == 'I' {
			cur, curType = i, typ
		}
	}
	if cur >= 0 {
		out = append(out, Span{cur, len(tags), curType})
	}
	return out
}

// splitTag splits "B-LOC" into 'B' and "LOC"; "O" and unknown tags give 'O'.
func splitTag(tag string) (byte, string) {
	if len(tag) > 2 && (tag[0] == 'B' || tag[0] == 'I') && tag[1] == '-' {
		return tag[0], tag[2:]
	}
	return 'O', ""
}

// PRF holds counts and precision, recall and F1 for exact span matching.
type PRF struct {
	TP, FP, FN            int
	Precision, Recall, F1 float64
}

func (p *PRF) finish() {
	if p.TP+p.FP > 0 {
		p.Precision = float64(p.TP) / float64(p.TP+p.FP)
	}
	if p.TP+p.FN > 0 {
		p.Recall = float64(p.TP) / float64(p.TP+p.FN)
	}
	if p.Precision+p.Recall > 0 {
		p.F1 = 2 * p.Precision * p.Recall / (p.Precision + p.Recall)
	}
}

// Scores are the micro-averaged scores over the evaluated types and the
// scores of each type.
type Scores struct {
	Overall PRF
	PerType map[string]PRF
}

// Evaluate scores predicted tag sequences against gold sentences with
// exact-span matching (conlleval): a predicted span counts only if a gold
// span has the same start, end and type. Only spans of the given types
// count (all types when types is empty).
func Evaluate(gold []Sentence, pred [][]string, types []string) Scores {
	keep := func(t string) bool {
		if len(types) == 0 {
			return true
		}
		for _, k := range types {
			if k == t {
				return true
			}
		}
		return false
	}
	per := make(map[string]*PRF)
	get := func(t string) *PRF {
		p := per[t]
		if p == nil {
			p = &PRF{}
			per[t] = p
		}
		return p
	}
	for _, t := range types {
		get(t)
	}
	for i, g := range gold {
		var ptags []string
		if i < len(pred) {
			ptags = pred[i]
		}
		gs := make(map[Span]bool)
		for _, s := range Spans(g.Tags) {
			if keep(s.Type) {
				gs[s] = true
			}
		}
		for _, s := range Spans(ptags) {
			if !keep(s.Type) {
				continue
			}
			if gs[s] {
				get(s.Type).TP++
				delete(gs, s)
			} else {
				get(s.Type).FP++
			}
		}
		for s := range gs {
			get(s.Type).FN++
		}
	}
	sc := Scores{PerType: make(map[string]PRF)}
	for t, p := range per {
		sc.Overall.TP += p.TP
		sc.Overall.FP += p.FP
		sc.Overall.FN += p.FN
		p.finish()
		sc.PerType[t] = *p
	}
	sc.Overall.finish()
	return sc
}
