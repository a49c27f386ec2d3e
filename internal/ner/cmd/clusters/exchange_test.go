package main

import (
	"math/rand/v2"
	"testing"
)

// TestExchangeSeparatesContexts: words that stand in the same places
// share a class, words of other places do not, whatever order they are
// seen in; and classes of classes nest.
func TestExchangeSeparatesContexts(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	names := []string{"بوتين", "أردوغان", "علييف", "ماكرون"}
	places := []string{"موسكو", "أنقرة", "باكو", "باريس"}
	var sents [][]string
	for range 400 {
		n, p := names[rng.IntN(len(names))], places[rng.IntN(len(places))]
		sents = append(sents, []string{"قال", n, "إن", "الوفد", "وصل", "إلى", p, "."})
	}
	vocab, ids := buildVocab(sents, 1)
	seqs := make([][]int32, len(sents))
	for i, s := range sents {
		seq := make([]int32, len(s)+2)
		for j, w := range s {
			seq[j+1] = ids[w]
		}
		seqs[i] = seq
	}
	b := countBigrams(seqs, len(vocab))
	cls := exchange(b, 6, 20)
	class := func(w string) int32 { return cls[ids[w]] }
	for _, group := range [][]string{names, places} {
		for _, w := range group[1:] {
			if class(w) != class(group[0]) {
				t.Errorf("%s in class %d, %s in %d", w, class(w), group[0], class(group[0]))
			}
		}
	}
	if class(names[0]) == class(places[0]) {
		t.Errorf("names and places share class %d", class(names[0]))
	}
	// the classes of classes keep names and places apart too
	up := exchange(classBigrams(b, cls, 6), 3, 20)
	if up[class(names[0])] == up[class(places[0])] {
		t.Errorf("names and places share coarse class %d: %v", up[class(names[0])], up)
	}
}
