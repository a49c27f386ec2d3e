package ner

import "sort"

// The tagger works internally with BILOU tags (Begin, Inside, Last, Unit,
// O): marking the last token of a span and single-token spans apart lets
// the model learn where names end. Tag and TagDocument return BIO tags,
// which BILOU maps onto without loss (U-X → B-X, L-X → I-X).

// splitInner splits an internal tag ("B-LOC", "I-LOC", "L-LOC", "U-LOC")
// into its prefix and type; "O" and unknown tags give 'O'.
func splitInner(tag string) (byte, string) {
	if len(tag) > 2 && tag[1] == '-' {
		switch tag[0] {
		case 'B', 'I', 'L', 'U':
			return tag[0], tag[2:]
		}
	}
	return 'O', ""
}

// innerTagSet orders internal tags: "O", then B-, I-, L-, U- of each type
// in sorted order.
func innerTagSet(sents []Sentence) []string {
	types := map[string]bool{}
	for _, s := range sents {
		for _, t := range s.Tags {
			if p, typ := splitTag(t); p != 'O' {
				types[typ] = true
			}
		}
	}
	var ts []string
	for t := range types {
		ts = append(ts, t)
	}
	sort.Strings(ts)
	tags := []string{"O"}
	for _, t := range ts {
		tags = append(tags, "B-"+t, "I-"+t, "L-"+t, "U-"+t)
	}
	return tags
}

// isBILOU reports whether a tag set uses L- or U- tags.
func isBILOU(tags []string) bool {
	for _, t := range tags {
		if p, _ := splitInner(t); p == 'L' || p == 'U' {
			return true
		}
	}
	return false
}

// toBILOU rewrites BIO tags (with conlleval chunking) as BILOU tags.
func toBILOU(bio []string) []string {
	out := make([]string, len(bio))
	for i := range out {
		out[i] = "O"
	}
	for _, s := range Spans(bio) {
		if s.End-s.Start == 1 {
			out[s.Start] = "U-" + s.Type
			continue
		}
		out[s.Start] = "B-" + s.Type
		for j := s.Start + 1; j < s.End-1; j++ {
			out[j] = "I-" + s.Type
		}
		out[s.End-1] = "L-" + s.Type
	}
	return out
}

// outputTags maps internal tags to the BIO tags returned to callers.
func outputTags(tags []string) []string {
	out := make([]string, len(tags))
	for i, t := range tags {
		switch p, typ := splitInner(t); p {
		case 'U':
			out[i] = "B-" + typ
		case 'L':
			out[i] = "I-" + typ
		default:
			out[i] = t
		}
	}
	return out
}

// allowedTransitions returns which tag may follow which, (T+1)×T with row
// 0 the sentence start and row p+1 following tag p, and which tags may
// end a sentence. In BIO, I-X only follows B-X or I-X. In BILOU, I-X and
// L-X only follow B-X or I-X, everything else only follows O, L- or U-
// (or the start), and a sentence cannot end on B- or I-.
func allowedTransitions(tags []string) (allowed, final []bool) {
	T := len(tags)
	bilou := isBILOU(tags)
	allowed = make([]bool, (T+1)*T)
	final = make([]bool, T)
	for y := 0; y < T; y++ {
		yp, yt := splitInner(tags[y])
		final[y] = !bilou || (yp != 'B' && yp != 'I')
		for p := -1; p < T; p++ {
			pp, pt := byte('O'), ""
			if p >= 0 {
				pp, pt = splitInner(tags[p])
			}
			open := pp == 'B' || pp == 'I' // a span is open after p
			var ok bool
			switch {
			case yp == 'I' || yp == 'L':
				ok = open && pt == yt
			case bilou:
				ok = !open
			default:
				ok = true
			}
			allowed[(p+1)*T+y] = ok
		}
	}
	return allowed, final
}

// predecessors lists, for each of the T tags, the tags that may precede it
// by allowed (see allowedTransitions) in increasing order, -1 standing for
// the sentence start.
func predecessors(allowed []bool, T int) [][]int {
	prevs := make([][]int, T)
	for y := 0; y < T; y++ {
		for p := -1; p < T; p++ {
			if allowed[(p+1)*T+y] {
				prevs[y] = append(prevs[y], p)
			}
		}
	}
	return prevs
}
