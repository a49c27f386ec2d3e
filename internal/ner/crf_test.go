package ner

import (
	"math"
	"math/rand/v2"
	"reflect"
	"testing"
)

// TestCRFGradient compares forwardBackward's gradient with finite
// differences of its log-likelihood, with BILOU constraints and pair
// scores.
func TestCRFGradient(t *testing.T) {
	tags := []string{"O", "B-LOC", "I-LOC", "L-LOC", "U-LOC", "B-PER", "I-PER", "L-PER", "U-PER"}
	T := len(tags)
	TT := (T + 1) * T
	allowed, final := allowedTransitions(tags)
	prevs := predecessors(allowed, T)
	rng := rand.New(rand.NewPCG(5, 6))
	gold := []uint8{0, 1, 2, 3, 8, 0, 5, 7}
	n := len(gold)
	var l crfLattice
	l.emit = make([]float64, n*T)
	l.pair = make([]float64, n*TT)
	tr := make([]float64, TT)
	for i := range l.emit {
		l.emit[i] = rng.NormFloat64()
	}
	for i := range l.pair {
		l.pair[i] = rng.NormFloat64()
	}
	for i := range tr {
		tr[i] = rng.NormFloat64()
	}
	ll := func() float64 {
		var c crfLattice
		c.emit, c.pair = l.emit, l.pair
		return c.forwardBackward(tr, prevs, allowed, final, gold, n, T)
	}
	base := l.forwardBackward(tr, prevs, allowed, final, gold, n, T)
	if base >= 0 || math.IsNaN(base) || math.IsInf(base, 0) {
		t.Fatalf("log-likelihood %v, want a finite negative number", base)
	}
	const h = 1e-6
	for _, i := range []int{0, 3, 11, 40, n*T - 1} {
		v := l.emit[i]
		l.emit[i] = v + h
		up := ll()
		l.emit[i] = v - h
		down := ll()
		l.emit[i] = v
		if got, want := l.gemit[i], (up-down)/(2*h); math.Abs(got-want) > 1e-5 {
			t.Errorf("emission %d: got gradient %v, want %v", i, got, want)
		}
	}
	checked := 0
	for k := range tr {
		if !allowed[k] {
			continue
		}
		for _, i := range []int{0, 1, n - 1} {
			v := l.pair[i*TT+k]
			l.pair[i*TT+k] = v + h
			up := ll()
			l.pair[i*TT+k] = v - h
			down := ll()
			l.pair[i*TT+k] = v
			if got, want := l.gedge[i*TT+k], (up-down)/(2*h); math.Abs(got-want) > 1e-5 {
				t.Errorf("transition %d at token %d: got gradient %v, want %v", k, i, got, want)
			}
			checked++
		}
	}
	if checked == 0 {
		t.Fatal("no transition checked")
	}
}

func TestCRFLearnsSynthetic(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	m := Train(synthetic(rng, 300, trainPeople, trainPlaces, trainOrgs), TrainOptions{Epochs: 5, WordDropout: 0.3, LearnedFolds: -1, CRF: true, Pairs: true})
	test := synthetic(rng, 30, testPeople, testPlaces, testOrgs)
	for _, s := range test {
		if got := m.Tag(s.Tokens); !reflect.DeepEqual(got, s.Tags) {
			t.Errorf("%v: got %v, want %v", s.Tokens, got, s.Tags)
		}
	}
}
