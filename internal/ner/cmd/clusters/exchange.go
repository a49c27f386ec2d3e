package main

import (
	"log"
	"math"
	"slices"
	"sync"
)

// bigrams holds a word sequence's bigram counts for the exchange
// algorithm: for each word its right neighbours and its left neighbours
// with counts (self bigrams apart), and how often it stands left and
// right in a bigram.
type bigrams struct {
	next, prev [][]wc
	self       []int64
	nl, nr     []int64
}

type wc struct {
	w int32
	n int64
}

// countBigrams counts the bigrams of the word ids of seqs (−1: a word not
// clustered, which breaks the sequence).
func countBigrams(seqs [][]int32, nv int) *bigrams {
	var pairs []uint64
	for _, s := range seqs {
		for i := 1; i < len(s); i++ {
			if s[i-1] >= 0 && s[i] >= 0 {
				pairs = append(pairs, uint64(s[i-1])<<32|uint64(s[i]))
			}
		}
	}
	slices.Sort(pairs)
	b := newBigrams(nv)
	for i := 0; i < len(pairs); {
		j := i
		for j < len(pairs) && pairs[j] == pairs[i] {
			j++
		}
		b.add(pairs[i], int64(j-i))
		i = j
	}
	return b
}

func newBigrams(nv int) *bigrams {
	return &bigrams{next: make([][]wc, nv), prev: make([][]wc, nv), self: make([]int64, nv), nl: make([]int64, nv), nr: make([]int64, nv)}
}

// add counts n bigrams of the pair (left << 32 | right); pairs come in
// ascending order, so that every list stays sorted.
func (b *bigrams) add(pair uint64, n int64) {
	u, v := int32(pair>>32), int32(uint32(pair))
	b.nl[u] += n
	b.nr[v] += n
	if u == v {
		b.self[u] += n
	} else {
		b.next[u] = append(b.next[u], wc{v, n})
		b.prev[v] = append(b.prev[v], wc{u, n})
	}
}

// xlogxTable holds x log x for the small counts that most cells have.
var xlogxTable = func() []float64 {
	t := make([]float64, 1<<20)
	for x := 1; x < len(t); x++ {
		f := float64(x)
		t[x] = f * math.Log(f)
	}
	return t
}()

func xlogx(x int64) float64 {
	if x <= 0 {
		return 0
	}
	if x < int64(len(xlogxTable)) {
		return xlogxTable[x]
	}
	f := float64(x)
	return f * math.Log(f)
}

// exchange clusters the words of b into k classes by the exchange
// algorithm (Kneser and Ney 1993; Martin, Liermann and Ney 1998): each
// word in turn moves to the class that most raises the likelihood of a
// class bigram model, Σ N(c,d) log N(c,d) − Σ N(c·) log N(c·) − Σ N(·d)
// log N(·d), until an iteration moves almost no word. Words start in
// class rank mod k (ids are frequency ranks), so the result depends on
// nothing but the counts.
func exchange(b *bigrams, k, iters int) []int32 {
	nv := len(b.nl)
	cls := make([]int32, nv)
	for w := range cls {
		cls[w] = int32(w % k)
	}
	M := make([]int64, k*k) // class bigram counts, row = left class
	NL := make([]int64, k)
	NR := make([]int64, k)
	for u := range nv {
		cu := int(cls[u])
		NL[cu] += b.nl[u]
		NR[cu] += b.nr[u]
		M[cu*k+cu] += b.self[u]
		for _, x := range b.next[u] {
			M[cu*k+int(cls[x.w])] += x.n
		}
	}
	rw := make([]int64, k) // counts of w followed by each class
	lw := make([]int64, k) // counts of each class followed by w
	var rcs, lcs []int
	for it := 0; it < iters; it++ {
		moved := 0
		for w := range nv {
			if b.nl[w]+b.nr[w] == 0 {
				continue
			}
			a := int(cls[w])
			rcs, lcs = rcs[:0], lcs[:0]
			for _, x := range b.next[w] {
				c := int(cls[x.w])
				if rw[c] == 0 {
					rcs = append(rcs, c)
				}
				rw[c] += x.n
			}
			for _, x := range b.prev[w] {
				c := int(cls[x.w])
				if lw[c] == 0 {
					lcs = append(lcs, c)
				}
				lw[c] += x.n
			}
			// take w out of a
			apply := func(cl int, sign int64) {
				for _, c := range rcs {
					M[cl*k+c] += sign * rw[c]
				}
				for _, c := range lcs {
					M[c*k+cl] += sign * lw[c]
				}
				M[cl*k+cl] += sign * b.self[w]
				NL[cl] += sign * b.nl[w]
				NR[cl] += sign * b.nr[w]
			}
			apply(a, -1)
			gain := func(c int) float64 {
				var g float64
				for _, d := range rcs {
					if d != c {
						g += xlogx(M[c*k+d]+rw[d]) - xlogx(M[c*k+d])
					}
				}
				for _, d := range lcs {
					if d != c {
						g += xlogx(M[d*k+c]+lw[d]) - xlogx(M[d*k+c])
					}
				}
				g += xlogx(M[c*k+c]+rw[c]+lw[c]+b.self[w]) - xlogx(M[c*k+c])
				g -= xlogx(NL[c]+b.nl[w]) - xlogx(NL[c])
				g -= xlogx(NR[c]+b.nr[w]) - xlogx(NR[c])
				return g
			}
			// the classes are scored in parts at once; the best of each
			// part, then of the parts in order, keeps the result the same
			// whatever the scheduling
			var bests [workers]int
			var gains [workers]float64
			work := len(rcs) + len(lcs)
			if work*k < 1<<16 {
				bests[0], gains[0] = bestIn(gain, 0, k, 1, a)
				for p := 1; p < workers; p++ {
					gains[p] = math.Inf(-1)
				}
			} else {
				var wg sync.WaitGroup
				for p := range workers {
					wg.Add(1)
					go func() {
						defer wg.Done()
						bests[p], gains[p] = bestIn(gain, p, k, workers, a)
					}()
				}
				wg.Wait()
			}
			best, bestGain := a, math.Inf(-1)
			for p := range workers {
				if gains[p] > bestGain+1e-9 || gains[p] > bestGain-1e-9 && bests[p] < best && gains[p] >= bestGain {
					best, bestGain = bests[p], gains[p]
				}
			}
			apply(best, 1)
			if best != a {
				cls[w] = int32(best)
				moved++
			}
			for _, c := range rcs {
				rw[c] = 0
			}
			for _, c := range lcs {
				lw[c] = 0
			}
		}
		log.Printf("exchange k=%d iteration %d: %d words moved", k, it+1, moved)
		if moved*1000 < nv {
			break
		}
	}
	return cls
}

const workers = 2

// bestIn returns the class c ≡ part (mod step) of the highest gain, the
// lowest on ties.
func bestIn(gain func(int) float64, part, k, step, a int) (int, float64) {
	best, bestGain := a, math.Inf(-1)
	for c := part; c < k; c += step {
		if g := gain(c); g > bestGain+1e-9 {
			best, bestGain = c, g
		}
	}
	return best, bestGain
}

// classBigrams returns the bigram counts between the classes of cls as
// a bigrams of k "words", for clustering the classes themselves.
func classBigrams(b *bigrams, cls []int32, k int) *bigrams {
	m := map[uint64]int64{}
	for u := range b.nl {
		cu := cls[u]
		if b.self[u] > 0 {
			m[uint64(cu)<<32|uint64(cu)] += b.self[u]
		}
		for _, x := range b.next[u] {
			m[uint64(cu)<<32|uint64(cls[x.w])] += x.n
		}
	}
	keys := make([]uint64, 0, len(m))
	for key := range m {
		keys = append(keys, key)
	}
	slices.Sort(keys)
	cb := newBigrams(k)
	for _, key := range keys {
		cb.add(key, m[key])
	}
	return cb
}
