package ner

import (
	"math"
	"slices"
)

// Near misses. The first pass's Viterbi path says only which tag won at
// each token; a word the first pass never tags as a name may still have
// come close to being one wherever it occurs (an unseen place name after
// في, 19 times in a document). The margin of a type at a token is how
// much lower the best path through a tag of that type scores than the
// best path; the second pass counts, for the other occurrences of a word,
// those whose margin is small (see docInfo and docFeatures).

// Near-miss codes of a type at a token.
const (
	nearChosen = iota // the best path has the type here
	nearClose         // margin under nearMargin1
	nearSome          // margin under nearMargin2
	nearFar
)

const (
	nearMargin1 = 1
	nearMargin2 = 3
)

// nearMisses returns, for the n tokens whose emission (and pair) scores
// are in ts, the near-miss code of each type of dt at each token (n ×
// len(dt.types)).
func (m *Model) nearMisses(ts *tagState, dt *docTags, n int, pair []float32) []uint8 {
	T := len(m.tags)
	NT := len(dt.types)
	negInf := float32(math.Inf(-1))
	a := slices.Grow(ts.alpha[:0], n*T)[:n*T]
	b := slices.Grow(ts.beta[:0], n*T)[:n*T]
	ts.alpha, ts.beta = a, b
	TT := (T + 1) * T
	edge := func(i, k int) float32 {
		if pair != nil {
			return m.trans[k] + pair[i*TT+k]
		}
		return m.trans[k]
	}
	for y := 0; y < T; y++ {
		a[y] = negInf
		if m.allowed[y] {
			a[y] = ts.emit[y] + edge(0, y)
		}
	}
	for i := 1; i < n; i++ {
		for y := 0; y < T; y++ {
			best := negInf
			for p := 0; p < T; p++ {
				k := (p+1)*T + y
				if !m.allowed[k] || a[(i-1)*T+p] == negInf {
					continue
				}
				best = max(best, a[(i-1)*T+p]+edge(i, k))
			}
			a[i*T+y] = best + ts.emit[i*T+y]
		}
	}
	for y := 0; y < T; y++ {
		b[(n-1)*T+y] = negInf
		if m.final[y] {
			b[(n-1)*T+y] = 0
		}
	}
	for i := n - 2; i >= 0; i-- {
		for p := 0; p < T; p++ {
			best := negInf
			for y := 0; y < T; y++ {
				k := (p+1)*T + y
				if !m.allowed[k] || b[(i+1)*T+y] == negInf {
					continue
				}
				best = max(best, edge(i+1, k)+ts.emit[(i+1)*T+y]+b[(i+1)*T+y])
			}
			b[i*T+p] = best
		}
	}
	top := negInf
	for y := 0; y < T; y++ {
		top = max(top, a[y]+b[y])
	}
	out := make([]uint8, n*NT)
	var bestTy [8]float32
	for i := 0; i < n; i++ {
		for ty := range NT {
			bestTy[ty] = negInf
		}
		for y := 0; y < T; y++ {
			if ty := dt.typ[y]; ty >= 0 && int(ty) < NT {
				bestTy[ty] = max(bestTy[ty], a[i*T+y]+b[i*T+y])
			}
		}
		for ty := range NT {
			code := uint8(nearFar)
			switch d := top - bestTy[ty]; {
			case d <= 0:
				code = nearChosen
			case d < nearMargin1:
				code = nearClose
			case d < nearMargin2:
				code = nearSome
			}
			out[i*NT+ty] = code
		}
	}
	return out
}
