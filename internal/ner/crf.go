package ner

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"time"
)

// crfLattice is the scratch space of one sentence's forward-backward
// pass. All scores are natural logarithms.
type crfLattice struct {
	emit  []float64 // n×T emission scores
	pair  []float64 // n×(T+1)×T pair scores (nil: no pair features)
	alpha []float64 // n×T forward scores
	beta  []float64 // n×T backward scores
	gemit []float64 // n×T gradient of the log-likelihood by emission score
	gedge []float64 // n×(T+1)×T gradient by transition score
	buf   []float64
}

// edge returns the score of the transition k (an index of the (T+1)×T
// table, row 0 the sentence start) at token i.
func (l *crfLattice) edge(tr []float64, i, k, TT int) float64 {
	if l.pair != nil {
		return tr[k] + l.pair[i*TT+k]
	}
	return tr[k]
}

// logSumExp returns log Σ exp(v) of the values of v that are not -Inf.
func logSumExp(v []float64) float64 {
	m := math.Inf(-1)
	for _, x := range v {
		m = max(m, x)
	}
	if math.IsInf(m, -1) {
		return m
	}
	s := 0.0
	for _, x := range v {
		s += math.Exp(x - m)
	}
	return m + math.Log(s)
}

// forwardBackward computes, for a sentence of n tokens whose emission and
// pair scores are in l, the gradient of its log-likelihood with respect to
// every emission score (l.gemit, n×T) and every transition score at every
// token (l.gedge, n×(T+1)×T): the gold indicator minus the marginal
// probability under the model. prevs[y] lists the tags that may precede y
// (-1 for the sentence start), as allowed (see allowedTransitions) says. It returns the log-likelihood of gold.
func (l *crfLattice) forwardBackward(tr []float64, prevs [][]int, allowed, final []bool, gold []uint8, n, T int) float64 {
	TT := (T + 1) * T
	negInf := math.Inf(-1)
	l.alpha = slices.Grow(l.alpha[:0], n*T)[:n*T]
	l.beta = slices.Grow(l.beta[:0], n*T)[:n*T]
	l.buf = slices.Grow(l.buf[:0], T+1)
	a, b := l.alpha, l.beta
	for y := 0; y < T; y++ {
		a[y] = negInf
		if allowed[y] {
			a[y] = l.emit[y] + l.edge(tr, 0, y, TT)
		}
	}
	for i := 1; i < n; i++ {
		for y := 0; y < T; y++ {
			buf := l.buf[:0]
			for _, p := range prevs[y] {
				if p >= 0 {
					buf = append(buf, a[(i-1)*T+p]+l.edge(tr, i, (p+1)*T+y, TT))
				}
			}
			a[i*T+y] = logSumExp(buf) + l.emit[i*T+y]
		}
	}
	last := l.buf[:0]
	for y := 0; y < T; y++ {
		if final[y] {
			b[(n-1)*T+y] = 0
			last = append(last, a[(n-1)*T+y])
		} else {
			b[(n-1)*T+y] = negInf
		}
	}
	logZ := logSumExp(last)
	for i := n - 2; i >= 0; i-- {
		for p := 0; p < T; p++ {
			buf := l.buf[:0]
			for y := 0; y < T; y++ {
				k := (p+1)*T + y
				if allowed[k] {
					buf = append(buf, l.edge(tr, i+1, k, TT)+l.emit[(i+1)*T+y]+b[(i+1)*T+y])
				}
			}
			b[i*T+p] = logSumExp(buf)
		}
	}

	l.gemit = slices.Grow(l.gemit[:0], n*T)[:n*T]
	l.gedge = slices.Grow(l.gedge[:0], n*TT)[:n*TT]
	clear(l.gedge)
	for i := 0; i < n; i++ {
		for y := 0; y < T; y++ {
			l.gemit[i*T+y] = -math.Exp(a[i*T+y] + b[i*T+y] - logZ)
		}
		for y := 0; y < T; y++ {
			for _, p := range prevs[y] {
				k := (p+1)*T + y
				var s float64
				if p < 0 {
					if i > 0 {
						continue
					}
					s = l.edge(tr, 0, k, TT)
				} else {
					if i == 0 {
						continue
					}
					s = a[(i-1)*T+p] + l.edge(tr, i, k, TT)
				}
				l.gedge[i*TT+k] = -math.Exp(s + l.emit[i*T+y] + b[i*T+y] - logZ)
			}
		}
	}
	ll := -logZ
	for i := 0; i < n; i++ {
		g, p := int(gold[i]), -1
		if i > 0 {
			p = int(gold[i-1])
		}
		k := (p+1)*T + g
		l.gemit[i*T+g]++
		l.gedge[i*TT+k]++
		ll += l.emit[i*T+g] + l.edge(tr, i, k, TT)
	}
	return ll
}

// crf trains a first-order linear-chain conditional random field on the
// same features as perceptron, maximising the log-likelihood of the gold
// tags minus ‖w‖²/(2σ²) by stochastic gradient descent over shuffled
// sentences (learning rate opts.Rate/(1+t/N) after t of N sentences; the
// L2 decay is applied lazily through a common scale). It returns the
// emission (F×T), transition ((T+1)×T) and pair (PF×(T+1)×T) weights.
func crf(data []trainSent, F, PF, T int, allowed, final []bool, seed uint64, opts TrainOptions) (w, tr, pw []float64) {
	TT := (T + 1) * T
	sigma, rate := opts.Sigma, opts.Rate
	if sigma <= 0 {
		sigma = 3
	}
	if rate <= 0 {
		rate = 0.1
	}
	prevs := predecessors(allowed, T)
	idx := allowedIndex(allowed)
	w, tr, pw = make([]float64, F*T), make([]float64, TT), make([]float64, PF*TT)
	N := float64(len(data))
	lambda := 1 / (sigma * sigma * N) // per-sentence share of the prior
	scale := 1.0                      // true weights are scale × stored
	rescale := func() {
		for _, v := range [][]float64{w, tr, pw} {
			for i := range v {
				v[i] *= scale
			}
		}
		scale = 1
	}
	order := make([]int, len(data))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(seed, 0x6d617273616421))
	var (
		l    crfLattice
		trs  = make([]float64, TT)
		drop []bool
	)
	t := 0.0
	for ep := 0; ep < opts.Epochs; ep++ {
		start := time.Now()
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		sumLL := 0.0
		for _, si := range order {
			s := &data[si]
			n := len(s.gold)
			if n == 0 {
				continue
			}
			eta := rate / (1 + t/N)
			t++
			drop = slices.Grow(drop[:0], n)[:n]
			for i := range drop {
				drop[i] = opts.WordDropout > 0 && rng.Float64() < opts.WordDropout
			}
			tokFeats := func(i int) []int32 {
				lo := s.offs[i]
				if drop[i] {
					lo += s.nlex[i]
				}
				return s.feats[lo:s.offs[i+1]]
			}
			l.emit = slices.Grow(l.emit[:0], n*T)[:n*T]
			clear(l.emit)
			for i := 0; i < n; i++ {
				row := l.emit[i*T : (i+1)*T]
				for _, f := range tokFeats(i) {
					wr := w[int(f)*T : int(f)*T+T]
					for y := range row {
						row[y] += wr[y]
					}
				}
				for y := range row {
					row[y] *= scale
				}
			}
			l.pair = nil
			if s.poffs != nil {
				l.pair = slices.Grow(l.pair[:0], n*TT)[:n*TT]
				clear(l.pair)
				for i := 0; i < n; i++ {
					row := l.pair[i*TT : (i+1)*TT]
					for _, f := range s.pfeats[s.poffs[i]:s.poffs[i+1]] {
						wr := pw[int(f)*TT : int(f)*TT+TT]
						for _, k := range idx {
							row[k] += wr[k]
						}
					}
					for _, k := range idx {
						row[k] *= scale
					}
				}
			}
			for k := range trs {
				trs[k] = tr[k] * scale
			}
			sumLL += l.forwardBackward(trs, prevs, allowed, final, s.gold, n, T)

			// The prior's decay first, then the data's step.
			scale *= 1 - eta*lambda
			if scale < 1e-6 {
				rescale()
			}
			step := eta / scale
			for i := 0; i < n; i++ {
				g := l.gemit[i*T : (i+1)*T]
				for _, f := range tokFeats(i) {
					wr := w[int(f)*T : int(f)*T+T]
					for y := range wr {
						wr[y] += step * g[y]
					}
				}
				ge := l.gedge[i*TT : (i+1)*TT]
				for _, k := range idx {
					tr[k] += step * ge[k]
				}
				if s.poffs != nil {
					for _, f := range s.pfeats[s.poffs[i]:s.poffs[i+1]] {
						wr := pw[int(f)*TT : int(f)*TT+TT]
						for _, k := range idx {
							wr[k] += step * ge[k]
						}
					}
				}
			}
		}
		if opts.Log != nil {
			fmt.Fprintf(opts.Log, "crf epoch %d: log-likelihood %.1f, rate %.4f, %v\n", ep+1, sumLL, rate/(1+t/N), time.Since(start).Round(time.Millisecond))
		}
	}
	rescale()
	return w, tr, pw
}
