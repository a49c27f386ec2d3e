package ner

import (
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"time"
)

// Model is a trained tagger. It is safe for concurrent use.
type Model struct {
	tags  []string   // internal tags (BILOU)
	out   []string   // BIO tag returned for each internal tag
	index *featTable // feature hash → row of w
	w     []float32  // index.n × len(tags)
	// pindex and pw weight pair features (see sentState.pairFeatures) per
	// allowed pair of previous and current tag: pindex.n × len(pairIdx),
	// where pairIdx lists the allowed entries of trans. pindex is nil in a
	// model without them.
	pindex  *featTable
	pw      []float32
	pairIdx []int32
	trans   []float32 // (len(tags)+1) × len(tags); row 0 is the sentence start
	allowed []bool    // same shape as trans
	prevs   [][]int   // predecessors of each tag by allowed
	final   []bool    // tags that may end a sentence
	lex     *lexicon
	learned *learnedLex // names learned from the training data (nil: none)
	extra   Gazetteer
	oBias   float32 // subtracted from the score of O at every token
	pool    *sync.Pool

	// pass1, when not nil, makes this a second-pass model: pass1 tags
	// every sentence of a document first, and this model's features add
	// what pass1 said about the sentence and about the same words in the
	// window sentences on either side of it.
	pass1  *Model
	window int
	refine int // extra runs of the second pass (see WithRefine)
	// statsWindow, when positive, adds the document statistics features
	// (see tokStat) counted within this many sentences on either side.
	statsWindow int
	// near makes a second pass count the first pass's near misses (see
	// nearMisses).
	near bool
}

// WithOBias returns a model sharing m's weights whose decoder subtracts b
// from the score of the O tag at every token: b > 0 finds more entities
// (recall up, precision down). The bias is saved with the model.
func (m *Model) WithOBias(b float32) *Model {
	c := *m // the first pass, if any, keeps its own bias
	c.oBias = b
	c.pool = newPool()
	return &c
}

// OBias returns the bias set by WithOBias.
func (m *Model) OBias() float32 { return m.oBias }

// TrainOptions configure Train. The zero value is usable.
type TrainOptions struct {
	// Epochs is the number of passes over the data (default 12).
	Epochs int
	// Seed fixes the shuffle order of every epoch, so training is
	// reproducible.
	Seed uint64
	// MinCount drops features seen fewer times in the data (default 1:
	// keep all).
	MinCount int
	// Gazetteer adds caller entries to the built-in gazetteer while
	// training; the trained model keeps it.
	Gazetteer Gazetteer
	// WordDropout is the probability, per token and epoch, of hiding the
	// features that identify the word itself during training, so that the
	// model learns to find names from context and shape (default 0: none;
	// negative: none).
	WordDropout float64
	// Document adds a second pass that sees the whole document (see
	// TagDocument). Its training data are tagged by first-pass models
	// cross-fitted over CrossFolds contiguous parts of the sentences, so
	// that it learns from first-pass output as noisy as it will be on new
	// text. Sentences must then be given in document order.
	Document bool
	// CrossFolds is the number of cross-fitting parts (default 5).
	CrossFolds int
	// Window is how many sentences on either side of a sentence the
	// second pass looks at (default 20).
	Window int
	// Pairs adds features weighted per pair of previous and current tag
	// (see sentState.pairFeatures).
	Pairs bool
	// Models is the number of perceptrons, each with its own shuffle
	// order, whose averaged weights are averaged into the model (default
	// 1).
	Models int
	// LearnedFolds is the number of parts the training data is split into
	// for the learned name list (see learnedLex): the features of a
	// sentence come from the list built from the other parts, and the
	// model keeps the list built from all of them (default 10; negative:
	// no learned list).
	LearnedFolds int
	// CRF trains a linear-chain conditional random field on the same
	// features instead of the perceptron: maximum likelihood with an L2
	// prior by stochastic gradient descent (see crf). Epochs, Seed,
	// WordDropout and Models apply to it as to the perceptron.
	CRF bool
	// Clusters adds the word clusters learned from unlabelled news (see
	// wordClusters) of each word and its neighbours as features.
	Clusters bool
	// Sigma is the standard deviation of the CRF's Gaussian prior
	// (default 3): smaller regularises more.
	Sigma float64
	// Rate is the CRF's initial learning rate (default 0.1).
	Rate float64
	// Prune drops the feature rows whose weights are all at most Prune in
	// magnitude (default 0: only all-zero rows), to keep a CRF model,
	// where nearly every weight is non-zero, small.
	Prune float64
	// DocStats adds features of the other occurrences of each word in the
	// Window sentences on either side that need no tagger (see tokStat),
	// to both passes.
	DocStats bool
	// NearMisses makes the second pass count, for the other occurrences
	// of a word, how often the first pass nearly tagged them as each type
	// (see nearMisses).
	NearMisses bool
	// Log, when not nil, receives one line per epoch.
	Log io.Writer
}

// Tags returns the BIO tags the model outputs, "O" first, then B- and I-
// of each type.
func (m *Model) Tags() []string {
	var out []string
	for _, t := range m.out {
		if !slices.Contains(out, t) {
			out = append(out, t)
		}
	}
	return out
}

// NumFeatures returns the number of feature rows in the model.
func (m *Model) NumFeatures() int { return m.index.n }

// WithGazetteer returns a model sharing m's weights that also consults g
// (in addition to the built-in gazetteer and any given at training).
func (m *Model) WithGazetteer(g Gazetteer) *Model {
	c := *m
	if m.extra != nil && g != nil {
		c.extra = multiGazetteer{m.extra, g}
	} else if g != nil {
		c.extra = g
	}
	if m.pass1 != nil {
		c.pass1 = m.pass1.WithGazetteer(g)
	}
	c.pool = newPool()
	return &c
}

type multiGazetteer []Gazetteer

func (mg multiGazetteer) Lookup(k string) uint8 {
	var t uint8
	for _, g := range mg {
		t |= g.Lookup(k)
	}
	return t
}

func (mg multiGazetteer) MaxWords() int {
	n := 1
	for _, g := range mg {
		if pg, ok := g.(PhraseGazetteer); ok {
			n = max(n, pg.MaxWords())
		}
	}
	return n
}

// tagState is the per-call scratch space of Tag.
type tagState struct {
	st      sentState
	emit    []float32
	pair    []float32
	pairRow []float32
	back    []uint8
	score   []float32
	path    []uint8
	alpha   []float32 // near-miss scratch (see nearMisses)
	beta    []float32
	// lastPair is the pair scores of the last sentence tagged (nil: none).
	lastPair []float32
	// memos hold the token sums of the models that tag with this state
	// (a second pass and its first).
	memos []*tokenMemo
}

// maxMemo and maxPairMemo bound the number of words and of pair feature
// lists a tokenMemo keeps (about 1 MB each in the embedded model).
const (
	maxMemo     = 1 << 14
	maxPairMemo = 1 << 11
)

// tokenMemo keeps, for one model, the summed weights of the features that
// depend on the token alone (see sentState.tokenFeatures) of each
// distinct token seen, so that a repeated word costs a map lookup instead
// of a few dozen feature look-ups. A sum does not depend on when it was
// computed, so tags do not depend on what the memo holds.
type tokenMemo struct {
	m       *Model
	ids     map[string]int32
	sums    []float32 // len(ids) × len(m.tags)
	scratch []float32
	// pairIDs and pairSums do the same for the pair features (see
	// sentState.pairFeatures) of a token, by the whole list of them: few
	// lists are common.
	pairIDs  map[pairKey]int32
	pairSums []float32 // len(pairIDs) × len(m.pairIdx)
}

// pairKey is a list of pair features.
type pairKey struct {
	n int
	h [10]uint64
}

// memo returns m's token memo in ts.
func (ts *tagState) memo(m *Model) *tokenMemo {
	for _, tm := range ts.memos {
		if tm.m == m {
			return tm
		}
	}
	tm := &tokenMemo{m: m, ids: make(map[string]int32), pairIDs: make(map[pairKey]int32)}
	ts.memos = append(ts.memos, tm)
	return tm
}

// pairSum returns the summed pair weights of the pair features feats,
// in the order given. The result is valid until the next call of pairSum
// or tokenSum.
func (tm *tokenMemo) pairSum(feats []uint64) []float32 {
	m := tm.m
	A := len(m.pairIdx)
	var k pairKey
	if len(feats) > len(k.h) {
		sum := slices.Grow(tm.scratch[:0], A)[:A]
		clear(sum)
		m.addPair(sum, feats)
		tm.scratch = sum
		return sum
	}
	k.n = copy(k.h[:], feats)
	if id, ok := tm.pairIDs[k]; ok {
		return tm.pairSums[int(id)*A : int(id)*A+A]
	}
	if len(tm.pairIDs) >= maxPairMemo {
		clear(tm.pairIDs)
		tm.pairSums = tm.pairSums[:0]
	}
	id := len(tm.pairIDs)
	tm.pairIDs[k] = int32(id)
	tm.pairSums = slices.Grow(tm.pairSums, A)[:(id+1)*A]
	sum := tm.pairSums[id*A : id*A+A]
	clear(sum)
	m.addPair(sum, feats)
	return sum
}

// tokenSum returns the summed weights of the token features of token i
// of the sentence in st, whose text is tok, added up from zero in their
// order. The result is valid until the next call of pairSum or tokenSum.
func (tm *tokenMemo) tokenSum(st *sentState, i int, tok string) []float32 {
	m := tm.m
	T := len(m.tags)
	if st.toks[i].shape0 < shapeMax {
		// The shape of the first words of a sentence depends on the
		// words before it (see shape): their sums are not kept.
		st.feats, _ = st.tokenFeatures(i, st.feats[:0])
		sum := slices.Grow(tm.scratch[:0], T)[:T]
		clear(sum)
		m.addEmit(sum, st.feats)
		tm.scratch = sum
		return sum
	}
	if id, ok := tm.ids[tok]; ok {
		return tm.sums[int(id)*T : int(id)*T+T]
	}
	if len(tm.ids) >= maxMemo {
		clear(tm.ids)
		tm.sums = tm.sums[:0]
	}
	id := len(tm.ids)
	tm.ids[strings.Clone(tok)] = int32(id)
	tm.sums = slices.Grow(tm.sums, T)[:(id+1)*T]
	sum := tm.sums[id*T : id*T+T]
	clear(sum)
	st.feats, _ = st.tokenFeatures(i, st.feats[:0])
	m.addEmit(sum, st.feats)
	return sum
}

func newPool() *sync.Pool {
	return &sync.Pool{New: func() any { return new(tagState) }}
}

// viterbi finds the best valid tag path. emit is n×T, trans and allowed
// (T+1)×T, prevs the predecessors of each tag by allowed (see
// predecessors), final T (nil: any tag may end); back is n×T scratch,
// score 2×T scratch; the path goes to out.
//
// pair, when not nil, is n×(T+1)×T: scores of each transition (as in
// trans) at each token.
func viterbi[F float32 | float64](emit, trans, pair []F, allowed []bool, prevs [][]int, final []bool, n, T int, back []uint8, score []F, out []uint8) {
	if n == 0 {
		return
	}
	negInf := F(math.Inf(-1))
	cur, prev := score[:T], score[T:2*T]
	for y := 0; y < T; y++ {
		if allowed[y] {
			cur[y] = emit[y] + trans[y]
			if pair != nil {
				cur[y] += pair[y]
			}
		} else {
			cur[y] = negInf
		}
	}
	for i := 1; i < n; i++ {
		cur, prev = prev, cur
		row := emit[i*T : (i+1)*T]
		var pr []F
		if pair != nil {
			pr = pair[i*(T+1)*T : (i+1)*(T+1)*T]
		}
		for y := 0; y < T; y++ {
			best, arg := negInf, 0
			for _, p := range prevs[y] {
				k := (p+1)*T + y
				if p < 0 || prev[p] == negInf {
					continue
				}
				s := prev[p] + trans[k]
				if pr != nil {
					s += pr[k]
				}
				if s > best {
					best, arg = s, p
				}
			}
			cur[y] = best + row[y]
			back[i*T+y] = uint8(arg)
		}
	}
	best, arg := negInf, 0
	for y := 0; y < T; y++ {
		if final != nil && !final[y] {
			continue
		}
		if cur[y] > best {
			best, arg = cur[y], y
		}
	}
	out[n-1] = uint8(arg)
	for i := n - 1; i > 0; i-- {
		out[i-1] = back[i*T+int(out[i])]
	}
}

// Tag returns one BIO tag per token. Tokens may be in any script; an empty
// input gives an empty result.
func (m *Model) Tag(tokens []string) []string {
	if m.pass1 != nil {
		return m.TagDocument([][]string{tokens})[0]
	}
	out := make([]string, len(tokens))
	if len(tokens) == 0 {
		return out
	}
	ts := m.pool.Get().(*tagState)
	defer m.pool.Put(ts)
	path := m.tagIDs(ts, tokens)
	for i, y := range path {
		out[i] = m.out[y]
	}
	return out
}

// tagIDs tags one sentence as a document of its own.
func (m *Model) tagIDs(ts *tagState, tokens []string) []uint8 {
	var stats []tokStat
	if m.statsWindow > 0 {
		stats = docStats([][]string{tokens}, m.lex, m.statsWindow)[0]
	}
	return m.tagIDsDoc(ts, tokens, nil, stats)
}

// stats returns the document statistics of sents when the model uses
// them, else a nil slice for each sentence.
func (m *Model) stats(sents [][]string) [][]tokStat {
	if m.statsWindow <= 0 {
		return make([][]tokStat, len(sents))
	}
	return docStats(sents, m.lex, m.statsWindow)
}

// tagIDsDoc tags one sentence, with its document information when m is a
// second pass and its document statistics when m uses them.
func (m *Model) tagIDsDoc(ts *tagState, tokens []string, doc *docInfo, stats []tokStat) []uint8 {
	n, T := len(tokens), len(m.tags)
	ts.st.prepare(tokens, m.lex, m.extra, m.learned)
	ts.st.doc = doc
	ts.st.stats = stats
	ts.emit = slices.Grow(ts.emit[:0], n*T)[:n*T]
	clear(ts.emit)
	tm := ts.memo(m)
	for i := 0; i < n; i++ {
		row := ts.emit[i*T : (i+1)*T]
		row[0] = -m.oBias // tag 0 is O
		for y, v := range tm.tokenSum(&ts.st, i, tokens[i]) {
			row[y] += v
		}
		ts.st.feats = ts.st.wordContextFeatures(i, ts.st.feats[:0])
		ts.st.feats = ts.st.contextFeatures(i, ts.st.feats)
		m.addEmit(row, ts.st.feats)
	}
	var pairC []float32
	if m.pindex != nil {
		A := len(m.pairIdx)
		ts.pairRow = slices.Grow(ts.pairRow[:0], n*A)[:n*A]
		pairC = ts.pairRow
		clear(pairC)
		for i := 0; i < n; i++ {
			ts.st.feats = ts.st.pairFeatures(i, ts.st.feats[:0])
			copy(pairC[i*A:(i+1)*A], tm.pairSum(ts.st.feats))
		}
	}
	return m.decode(ts, n, pairC)
}

func (m *Model) addEmit(row []float32, feats []uint64) {
	T := len(row)
	for _, h := range feats {
		if f, ok := m.index.get(h); ok {
			wr := m.w[int(f)*T : int(f)*T+T]
			for y := range row {
				row[y] += wr[y]
			}
		}
	}
}

func (m *Model) addPair(row []float32, feats []uint64) {
	A := len(row)
	for _, h := range feats {
		if f, ok := m.pindex.get(h); ok {
			wr := m.pw[int(f)*A : int(f)*A+A]
			for a := range row {
				row[a] += wr[a]
			}
		}
	}
}

// decode runs Viterbi over the n tokens whose emission scores are in
// ts.emit and whose pair scores, for the allowed transitions, are in
// pairC (nil: no pair features).
func (m *Model) decode(ts *tagState, n int, pairC []float32) []uint8 {
	T := len(m.tags)
	ts.back = slices.Grow(ts.back[:0], n*T)[:n*T]
	ts.score = slices.Grow(ts.score[:0], 2*T)[:2*T]
	ts.path = slices.Grow(ts.path[:0], n)[:n]
	var pair []float32
	if pairC != nil {
		// Disallowed entries of pair are never read.
		TT, A := (T+1)*T, len(m.pairIdx)
		ts.pair = slices.Grow(ts.pair[:0], n*TT)[:n*TT]
		for i := 0; i < n; i++ {
			full := ts.pair[i*TT : (i+1)*TT]
			row := pairC[i*A : (i+1)*A]
			for a, k := range m.pairIdx {
				full[k] = row[a]
			}
		}
		pair = ts.pair
	}
	viterbi(ts.emit, m.trans, pair, m.allowed, m.prevs, m.final, n, T, ts.back, ts.score, ts.path)
	ts.lastPair = pair
	return ts.path
}

// trainSent is a sentence prepared for training.
type trainSent struct {
	feats  []int32 // feature rows of all tokens
	offs   []int32 // token i's features are feats[offs[i]:offs[i+1]]
	nlex   []int32 // of which the first nlex[i] identify the word
	pfeats []int32 // pair feature rows of all tokens
	poffs  []int32
	gold   []uint8
}

// Train trains a model on tagged sentences with the averaged structured
// perceptron. Tags that are not B-X/I-X are read as O. Training is
// deterministic for given sentences and options.
func Train(sents []Sentence, opts TrainOptions) *Model {
	if opts.Epochs <= 0 {
		opts.Epochs = 12
	}
	if opts.MinCount <= 0 {
		opts.MinCount = 1
	}
	if opts.LearnedFolds == 0 {
		opts.LearnedFolds = 10
	}
	if opts.Window <= 0 {
		opts.Window = 20
	}
	if opts.Document {
		return trainDocument(sents, opts)
	}
	return trainPass(sents, nil, opts)
}

func sentTokens(sents []Sentence) [][]string {
	toks := make([][]string, len(sents))
	for i, s := range sents {
		toks[i] = s.Tokens
	}
	return toks
}

// partOf returns the part k of item i when n items are split into K
// contiguous parts [k·n/K, (k+1)·n/K).
func partOf(i, n, K int) int {
	k := i * K / n
	for k+1 < K && (k+1)*n/K <= i {
		k++
	}
	for k > 0 && k*n/K > i {
		k--
	}
	return k
}

// trainPass trains one pass; docs, when not nil, holds the first-pass
// document information of every sentence.
func trainPass(sents []Sentence, docs []docInfo, opts TrainOptions) *Model {
	tags := innerTagSet(sents)
	T := len(tags)
	tagID := make(map[string]uint8, T)
	for i, t := range tags {
		tagID[t] = uint8(i)
	}
	m := &Model{tags: tags, out: outputTags(tags), lex: newLexicon(), extra: opts.Gazetteer, pool: newPool()}
	if opts.Clusters {
		m.lex.clusters = wordClusters()
	}
	m.allowed, m.final = allowedTransitions(tags)
	m.prevs = predecessors(m.allowed, T)
	stats := make([][]tokStat, len(sents))
	if opts.DocStats {
		m.statsWindow = opts.Window
		stats = m.stats(sentTokens(sents))
	}
	var parts []*learnedLex
	if K := opts.LearnedFolds; K > 1 {
		types := learnedTypes(tags)
		m.learned = buildLearned(sents, 0, 0, types)
		parts = make([]*learnedLex, K)
		var wg sync.WaitGroup
		for k := range parts {
			wg.Add(1)
			go func() {
				defer wg.Done()
				parts[k] = buildLearned(sents, k*len(sents)/K, (k+1)*len(sents)/K, types)
			}()
		}
		wg.Wait()
	}

	// Hash the features of every token once.
	var st sentState
	hashes := make([][]uint64, len(sents))
	offs := make([][]int32, len(sents))
	nlexs := make([][]int32, len(sents))
	counts := make(map[uint64]int32)
	pairs := opts.Pairs
	phashes := make([][]uint64, len(sents))
	poffs := make([][]int32, len(sents))
	pcounts := make(map[uint64]int32)
	for si, s := range sents {
		var ll *learnedLex
		if parts != nil {
			ll = parts[partOf(si, len(sents), len(parts))]
		}
		st.prepare(s.Tokens, m.lex, m.extra, ll)
		st.stats = stats[si]
		st.doc = nil
		if docs != nil {
			st.doc = &docs[si]
		}
		var hs []uint64
		o := make([]int32, 0, len(s.Tokens)+1)
		o = append(o, 0)
		nl := make([]int32, len(s.Tokens))
		for i := range s.Tokens {
			var k int
			hs, k = st.features(i, hs)
			nl[i] = int32(k)
			o = append(o, int32(len(hs)))
		}
		nlexs[si] = nl
		for _, h := range hs {
			counts[h]++
		}
		hashes[si], offs[si] = hs, o
		if pairs {
			var phs []uint64
			po := make([]int32, 1, len(s.Tokens)+1)
			for i := range s.Tokens {
				phs = st.pairFeatures(i, phs)
				po = append(po, int32(len(phs)))
			}
			for _, h := range phs {
				pcounts[h]++
			}
			phashes[si], poffs[si] = phs, po
		}
	}
	var keys []uint64
	for h, c := range counts {
		if int(c) >= opts.MinCount {
			keys = append(keys, h)
		}
	}
	// Number the rows in hash order so training does not depend on map order.
	slices.Sort(keys)
	index := make(map[uint64]int32, len(keys))
	for i, h := range keys {
		index[h] = int32(i)
	}
	var pkeys []uint64
	for h, c := range pcounts {
		if int(c) >= opts.MinCount {
			pkeys = append(pkeys, h)
		}
	}
	slices.Sort(pkeys)
	pindex := make(map[uint64]int32, len(pkeys))
	for i, h := range pkeys {
		pindex[h] = int32(i)
	}
	data := make([]trainSent, len(sents))
	for si, s := range sents {
		ts := trainSent{offs: make([]int32, len(offs[si])), nlex: make([]int32, len(s.Tokens)), gold: make([]uint8, len(s.Tokens))}
		bio := make([]string, len(s.Tokens))
		for i := range bio {
			bio[i] = "O"
			if i < len(s.Tags) {
				bio[i] = s.Tags[i]
			}
		}
		for i, tag := range toBILOU(bio) {
			ts.gold[i] = tagID[tag]
		}
		o := offs[si]
		for i := 0; i+1 < len(o); i++ {
			for k, h := range hashes[si][o[i]:o[i+1]] {
				if f, ok := index[h]; ok {
					ts.feats = append(ts.feats, f)
					if k < int(nlexs[si][i]) {
						ts.nlex[i]++
					}
				}
			}
			ts.offs[i+1] = int32(len(ts.feats))
		}
		if pairs {
			ts.poffs = make([]int32, 1, len(s.Tokens)+1)
			po := poffs[si]
			for i := 0; i+1 < len(po); i++ {
				for _, h := range phashes[si][po[i]:po[i+1]] {
					if f, ok := pindex[h]; ok {
						ts.pfeats = append(ts.pfeats, f)
					}
				}
				ts.poffs = append(ts.poffs, int32(len(ts.pfeats)))
			}
		}
		data[si] = ts
	}
	hashes, offs, nlexs, counts, index = nil, nil, nil, nil, nil
	phashes, poffs, pcounts, pindex = nil, nil, nil, nil
	PF := len(pkeys)
	TT := (T + 1) * T

	F := len(keys)
	runs := max(1, opts.Models)
	w, tr, pw := make([]float64, F*T), make([]float64, (T+1)*T), make([]float64, PF*TT)
	var mu sync.Mutex
	var wg sync.WaitGroup
	sem := make(chan struct{}, 2)
	for r := 0; r < runs; r++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			learn := perceptron
			if opts.CRF {
				learn = crf
			}
			rw, rtr, rpw := learn(data, F, PF, T, m.allowed, m.final, opts.Seed+uint64(r)*0x9e3779b9, opts)
			mu.Lock()
			defer mu.Unlock()
			for i, v := range rw {
				w[i] += v / float64(runs)
			}
			for i, v := range rtr {
				tr[i] += v / float64(runs)
			}
			for i, v := range rpw {
				pw[i] += v / float64(runs)
			}
		}()
	}
	wg.Wait()
	// Drop rows whose weights are all below opts.Prune in magnitude (all
	// zero by default).
	small := func(v float64) bool { return math.Abs(v) <= opts.Prune }
	m.trans = make([]float32, len(tr))
	for i := range tr {
		m.trans[i] = float32(tr[i])
	}
	var kept []uint64
	m.w = make([]float32, 0, F*T/2)
	for f, h := range keys {
		row := make([]float32, T)
		nz := false
		for y := 0; y < T; y++ {
			v := float32(w[f*T+y])
			row[y] = v
			nz = nz || !small(w[f*T+y])
		}
		if nz {
			kept = append(kept, h)
			m.w = append(m.w, row...)
		}
	}
	m.index = newFeatTable(len(kept))
	for i, h := range kept {
		m.index.set(h, int32(i))
	}
	if pairs {
		// Only allowed transitions are ever updated: keep those.
		m.pairIdx = allowedIndex(m.allowed)
		kept = kept[:0]
		for f, h := range pkeys {
			row := pw[f*TT : (f+1)*TT]
			if slices.ContainsFunc(row, func(v float64) bool { return !small(v) }) {
				kept = append(kept, h)
				for _, k := range m.pairIdx {
					m.pw = append(m.pw, float32(row[k]))
				}
			}
		}
		m.pindex = newFeatTable(len(kept))
		for i, h := range kept {
			m.pindex.set(h, int32(i))
		}
	}
	return m
}

// perceptron runs the averaged structured perceptron over data and
// returns the averaged emission (F×T) and transition ((T+1)×T) weights.
func perceptron(data []trainSent, F, PF, T int, allowed, final []bool, seed uint64, opts TrainOptions) (wavg, travg, pwavg []float64) {
	TT := (T + 1) * T
	pw := make([]float64, PF*TT)
	pwu := make([]float64, PF*TT)
	w := make([]float64, F*T)
	wu := make([]float64, F*T) // Σ c·Δ for averaging
	tr := make([]float64, (T+1)*T)
	tru := make([]float64, (T+1)*T)
	order := make([]int, len(data))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(seed, 0x6d617273616421))
	prevs := predecessors(allowed, T)
	var (
		emit, score, pair []float64
		back, pred        []uint8
		drop              []bool
	)
	c := 1.0
	for ep := 0; ep < opts.Epochs; ep++ {
		start := time.Now()
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		errs := 0
		for _, si := range order {
			s := &data[si]
			n := len(s.gold)
			if n == 0 {
				continue
			}
			emit = slices.Grow(emit[:0], n*T)[:n*T]
			clear(emit)
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
			for i := 0; i < n; i++ {
				row := emit[i*T : (i+1)*T]
				for _, f := range tokFeats(i) {
					wr := w[int(f)*T : int(f)*T+T]
					for y := range row {
						row[y] += wr[y]
					}
				}
			}
			var pr []float64
			if s.poffs != nil {
				pair = slices.Grow(pair[:0], n*TT)[:n*TT]
				clear(pair)
				for i := 0; i < n; i++ {
					row := pair[i*TT : (i+1)*TT]
					for _, f := range s.pfeats[s.poffs[i]:s.poffs[i+1]] {
						wr := pw[int(f)*TT : int(f)*TT+TT]
						for k := range row {
							row[k] += wr[k]
						}
					}
				}
				pr = pair
			}
			back = slices.Grow(back[:0], n*T)[:n*T]
			score = slices.Grow(score[:0], 2*T)[:2*T]
			pred = slices.Grow(pred[:0], n)[:n]
			viterbi(emit, tr, pr, allowed, prevs, final, n, T, back, score, pred)
			wrong := false
			for i := 0; i < n; i++ {
				g, p := int(s.gold[i]), int(pred[i])
				gp, pp := 0, 0
				if i > 0 {
					gp, pp = int(s.gold[i-1])+1, int(pred[i-1])+1
				}
				if g == p && gp == pp {
					continue
				}
				wrong = true
				tr[gp*T+g]++
				tru[gp*T+g] += c
				tr[pp*T+p]--
				tru[pp*T+p] -= c
				if s.poffs != nil {
					for _, f := range s.pfeats[s.poffs[i]:s.poffs[i+1]] {
						k := int(f) * TT
						pw[k+gp*T+g]++
						pwu[k+gp*T+g] += c
						pw[k+pp*T+p]--
						pwu[k+pp*T+p] -= c
					}
				}
				if g == p {
					continue
				}
				for _, f := range tokFeats(i) {
					k := int(f) * T
					w[k+g]++
					wu[k+g] += c
					w[k+p]--
					wu[k+p] -= c
				}
			}
			if wrong {
				errs++
			}
			c++
		}
		if opts.Log != nil {
			fmt.Fprintf(opts.Log, "epoch %d: %d/%d sentences wrong, %v\n", ep+1, errs, len(data), time.Since(start).Round(time.Millisecond))
		}
	}
	for i := range w {
		w[i] -= wu[i] / c
	}
	for i := range tr {
		tr[i] -= tru[i] / c
	}
	for i := range pw {
		pw[i] -= pwu[i] / c
	}
	return w, tr, pw
}

// allowedIndex lists the allowed entries of a (T+1)×T transition table.
func allowedIndex(allowed []bool) []int32 {
	var idx []int32
	for k, ok := range allowed {
		if ok {
			idx = append(idx, int32(k))
		}
	}
	return idx
}
