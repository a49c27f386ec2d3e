package ner

import (
	"slices"
	"sync"
)

// docInfo is what the first pass found in a sentence's document: its own
// tag of every token and, for every token, how often the first pass gave
// each tag to the same word elsewhere in the window (and which trigger
// classes preceded the word there).
type docInfo struct {
	tags  *docTags
	p1    []uint8 // first-pass tag of each token
	votes []int32 // n × tags.dim: counts of each first-pass tag, then of each trigger class
	// near holds the first pass's near-miss code of each type at each
	// token (n × len(tags.types); nil: not counted).
	near []uint8
	// spec counts in the same way the occurrences that differ from the
	// token by a speculative proclitic (و ف ب ل ك without the article):
	// وبوتين for بوتين and the other way round.
	spec []int32
}

// docTags describes the first pass's tag set for the document features.
type docTags struct {
	names []string // internal tags of the first pass
	typ   []int8   // type index of each tag, -1 for O
	types []string
	// dim is len(names) + number of trigger classes, + 2 × len(types)
	// with near: the counts of close and of near misses of each type.
	dim  int
	near bool
}

const numTrig = 4

func newDocTags(tags []string) *docTags {
	dt := &docTags{names: tags, typ: make([]int8, len(tags))}
	for i, t := range tags {
		p, typ := splitInner(t)
		if p == 'O' {
			dt.typ[i] = -1
			continue
		}
		k := slices.Index(dt.types, typ)
		if k < 0 {
			k = len(dt.types)
			dt.types = append(dt.types, typ)
		}
		dt.typ[i] = int8(k)
	}
	dt.dim = len(tags) + numTrig
	return dt
}

// withNear makes room in the votes for the near-miss counts.
func (dt *docTags) withNear() *docTags {
	c := *dt
	c.dim = len(dt.names) + numTrig + 2*len(dt.types)
	c.near = true
	return &c
}

// docKeys returns the lookup key of every token (empty for tokens that
// are not words), its key without a speculative proclitic (empty when it
// has none) and the trigger classes of the token before it.
func (st *sentState) docKeys() (keys, specs []string, prevTrig []uint8) {
	for i := range st.toks {
		t := &st.toks[i]
		k, sp := "", ""
		if s := st.stripped(i); (t.script == scriptArabic || t.script == scriptLatin) && len(s) > 2 {
			k = string(s)
			if t.spec > 0 {
				sp = string(st.arena[t.norm0+t.spec : t.norm1])
			}
		}
		keys = append(keys, k)
		specs = append(specs, sp)
		var tr uint8
		if i > 0 {
			tr = st.toks[i-1].trig
		}
		prevTrig = append(prevTrig, tr)
	}
	return keys, specs, prevTrig
}

// buildDocs computes the document information of every sentence of a
// document from the first-pass tags p1, counting the other occurrences of
// each word within window sentences on either side.
//
// near, when not nil, holds the first pass's near-miss codes of every
// sentence (see nearMisses).
func buildDocs(dt *docTags, keys, specs [][]string, prevTrig [][]uint8, p1 [][]uint8, near [][]uint8, window int) []docInfo {
	D, T := dt.dim, len(dt.names)
	NT := len(dt.types)
	// nearCount adds sign to the near-miss counts of token i of sentence
	// s in c.
	nearCount := func(c []int32, s, i int, sign int32) {
		if near == nil || near[s] == nil || !dt.near {
			return
		}
		for ty, code := range near[s][i*NT : (i+1)*NT] {
			switch code {
			case nearClose:
				c[T+numTrig+ty] += sign
				c[T+numTrig+NT+ty] += sign
			case nearSome:
				c[T+numTrig+NT+ty] += sign
			}
		}
	}
	counts := make(map[string][]int32) // by key
	bySpec := make(map[string][]int32) // by key without the speculative proclitic
	count := func(m map[string][]int32, k string, s, i int, sign int32) {
		c := m[k]
		if c == nil {
			c = make([]int32, D)
			m[k] = c
		}
		c[p1[s][i]] += sign
		for b := 0; b < numTrig; b++ {
			if prevTrig[s][i]&(1<<b) != 0 {
				c[T+b] += sign
			}
		}
		nearCount(c, s, i, sign)
	}
	add := func(s int, sign int32) {
		for i, k := range keys[s] {
			if k == "" {
				continue
			}
			count(counts, k, s, i, sign)
			if sp := specs[s][i]; sp != "" {
				count(bySpec, sp, s, i, sign)
			}
		}
	}
	addTo := func(dst, src []int32) {
		for j, c := range src {
			dst[j] += c
		}
	}
	n := len(keys)
	docs := make([]docInfo, n)
	hi := -1 // sentences [lo, hi] are counted
	lo := 0
	for s := 0; s < n; s++ {
		for hi < min(n-1, s+window) {
			hi++
			add(hi, 1)
		}
		for lo < s-window {
			add(lo, -1)
			lo++
		}
		d := docInfo{tags: dt, p1: p1[s], votes: make([]int32, len(keys[s])*D), spec: make([]int32, len(keys[s])*D)}
		for i, k := range keys[s] {
			if k == "" {
				continue
			}
			sv := d.spec[i*D : (i+1)*D]
			addTo(sv, bySpec[k])
			if sp := specs[s][i]; sp != "" {
				addTo(sv, counts[sp])
			}
			v := d.votes[i*D : (i+1)*D]
			copy(v, counts[k])
			v[p1[s][i]]-- // not this occurrence
			for b := 0; b < numTrig; b++ {
				if prevTrig[s][i]&(1<<b) != 0 {
					v[T+b]--
				}
			}
			nearCount(v, s, i, -1)
		}
		if near != nil {
			d.near = near[s]
		}
		docs[s] = d
	}
	return docs
}

// docFeatures appends the second-pass features of token i.
func (st *sentState) docFeatures(i int, dst []uint64) []uint64 {
	d := st.doc
	dt := d.tags
	n := len(d.p1)
	p1 := func(j int) byte {
		switch {
		case j < 0:
			return 0xfe
		case j >= n:
			return 0xff
		}
		return d.p1[j]
	}
	dst = append(dst, hbyte(hstart(fP1), p1(i)))
	dst = append(dst, hbyte(hstart(fP1M1), p1(i-1)))
	dst = append(dst, hbyte(hstart(fP1P1), p1(i+1)))
	dst = append(dst, hbyte(hbyte(hbyte(hstart(fP1Tri), p1(i-1)), p1(i)), p1(i+1)))

	T := len(dt.names)
	v := d.votes[i*dt.dim : (i+1)*dt.dim]
	var total, ent int32
	var perType [8]int32
	for k := 0; k < T; k++ {
		total += v[k]
		if ty := dt.typ[k]; ty >= 0 && v[k] > 0 {
			ent += v[k]
			if int(ty) < len(perType) {
				perType[ty] += v[k]
			}
			dst = append(dst, hbyte(hstart(fDocTag), byte(k)))
		}
	}
	if total <= 0 {
		dst = append(dst, hstart(fDocUnseen))
	} else if ent == 0 {
		dst = append(dst, hbyte(hstart(fDocAllO), bucket(total)))
	}
	major, best := byte(0xff), int32(0)
	for ty := 0; ty < len(dt.types) && ty < len(perType); ty++ {
		c := perType[ty]
		if c == 0 {
			continue
		}
		if c > best {
			major, best = byte(ty), c
		}
		frac := byte(0) // some
		switch {
		case c == total:
			frac = 3 // always
		case 2*c > total:
			frac = 2 // mostly
		case 4*c > total:
			frac = 1
		}
		dst = append(dst, hbyte(hstart(fDocType), byte(ty)))
		dst = append(dst, hbyte(hbyte(hstart(fDocTypeFrac), byte(ty)), frac))
	}
	dst = append(dst, hbyte(hbyte(hstart(fDocP1Major), p1(i)), major))
	sv := d.spec[i*dt.dim : (i+1)*dt.dim]
	var specTotal int32
	var specType [8]int32
	for k := 0; k < T; k++ {
		specTotal += sv[k]
		if ty := dt.typ[k]; ty >= 0 && int(ty) < len(specType) {
			specType[ty] += sv[k]
		}
	}
	for ty := 0; ty < len(dt.types) && ty < len(specType); ty++ {
		if c := specType[ty]; c > 0 {
			// Share of the occurrences: 0 (under a quarter) to 3 (all).
			dst = append(dst, hbyte(hbyte(hstart(fDocSpec), byte(ty)), byte(min(3, 4*c/specTotal))))
		}
	}
	for b := 0; b < numTrig; b++ {
		if v[T+b] > 0 {
			dst = append(dst, hbyte(hstart(fDocTrig), byte(b)))
		}
	}
	if d.near != nil && dt.near {
		NT := len(dt.types)
		for ty := 0; ty < NT && ty < len(perType); ty++ {
			if code := d.near[i*NT+ty]; code == nearClose || code == nearSome {
				dst = append(dst, hbyte(hbyte(hstart(fNearSelf), byte(ty)), code))
			}
			close, some := v[T+numTrig+ty], v[T+numTrig+NT+ty]
			if some <= 0 {
				continue
			}
			// Share of the other occurrences chosen or nearly chosen.
			share := byte(shareBucket(perType[ty]+some, max(total, 1)))
			dst = append(dst, hbyte(hbyte(hbyte(hstart(fNearSome), byte(ty)), bucket(some)), share))
			if close > 0 {
				dst = append(dst, hbyte(hbyte(hstart(fNearClose), byte(ty)), bucket(close)))
			}
		}
	}
	return dst
}

// bucket maps a count to 1, 2 (2-3), 3 (4-7) or 4 (8 or more).
func bucket(c int32) byte {
	switch {
	case c <= 1:
		return 1
	case c <= 3:
		return 2
	case c <= 7:
		return 3
	}
	return 4
}

// TagDocument tags the sentences of one document, given in order, and
// returns one BIO tag sequence per sentence. A model trained with
// TrainOptions.Document then uses what its first pass found about the same
// words in the sentences around each one (within its window); other models
// tag each sentence on its own, as Tag does.
func (m *Model) TagDocument(sents [][]string) [][]string {
	out := make([][]string, len(sents))
	ts := m.pool.Get().(*tagState)
	defer m.pool.Put(ts)
	stats := m.stats(sents)
	if m.pass1 == nil {
		for i, s := range sents {
			out[i] = make([]string, len(s))
			if len(s) == 0 {
				continue
			}
			for j, y := range m.tagIDsDoc(ts, s, nil, stats[i]) {
				out[i][j] = m.out[y]
			}
		}
		return out
	}
	fp := m.firstPass(ts, sents, stats)
	docs := fp.docs
	refine := m.refine
	if !slices.Equal(m.tags, m.pass1.tags) {
		refine = 0
	}
	ids := make([][]uint8, len(sents))
	for i, s := range sents {
		if len(s) == 0 {
			continue
		}
		ids[i] = slices.Clone(m.tagIDsDoc(ts, s, &docs[i], stats[i]))
	}
	for r := 0; r < refine; r++ {
		// The second pass again, its votes now from its own tags (the
		// near misses are still the first pass's). A sentence whose
		// document information is unchanged keeps its tags, and when the
		// second pass agreed with the votes everywhere nothing changes.
		same := true
		for i := range sents {
			if !slices.Equal(ids[i], docs[i].p1) {
				same = false
				break
			}
		}
		if same {
			break
		}
		next := buildDocs(fp.dt, fp.keys, fp.specs, fp.trig, ids, fp.near, m.window)
		for i, s := range sents {
			if len(s) == 0 || slices.Equal(next[i].p1, docs[i].p1) && slices.Equal(next[i].votes, docs[i].votes) && slices.Equal(next[i].spec, docs[i].spec) {
				continue
			}
			ids[i] = slices.Clone(m.tagIDsDoc(ts, s, &next[i], stats[i]))
		}
		docs = next
	}
	for i, s := range sents {
		out[i] = make([]string, len(s))
		for j, y := range ids[i] {
			out[i][j] = m.out[y]
		}
	}
	return out
}

// WithRefine returns a model sharing m's weights that runs its second
// pass n more times, each time with the votes of the previous run's tags
// in place of the first pass's (no effect on a model without a document
// pass).
func (m *Model) WithRefine(n int) *Model {
	c := *m
	c.refine = n
	c.pool = newPool()
	return &c
}

// firstPassResult is what the first pass found in a document.
type firstPassResult struct {
	docs        []docInfo
	dt          *docTags
	keys, specs [][]string
	trig, near  [][]uint8
}

// firstPass tags sents with m.pass1 and returns their document information.
func (m *Model) firstPass(ts *tagState, sents [][]string, stats [][]tokStat) firstPassResult {
	p := m.pass1
	dt := newDocTags(p.tags)
	var near [][]uint8
	if m.near {
		dt = dt.withNear()
		near = make([][]uint8, len(sents))
	}
	p1 := make([][]uint8, len(sents))
	keys := make([][]string, len(sents))
	specs := make([][]string, len(sents))
	trig := make([][]uint8, len(sents))
	for i, s := range sents {
		if len(s) == 0 {
			continue
		}
		p1[i] = slices.Clone(p.tagIDsDoc(ts, s, nil, stats[i]))
		if near != nil {
			near[i] = p.nearMisses(ts, dt, len(s), ts.lastPair)
		}
		keys[i], specs[i], trig[i] = ts.st.docKeys()
	}
	docs := buildDocs(dt, keys, specs, trig, p1, near, m.window)
	return firstPassResult{docs: docs, dt: dt, keys: keys, specs: specs, trig: trig, near: near}
}

// trainDocument trains a first pass on all sentences and a second pass on
// document information from cross-fitted first passes.
func trainDocument(sents []Sentence, opts TrainOptions) *Model {
	K := opts.CrossFolds
	if K < 2 {
		K = 5
	}
	first := trainPass(sents, nil, opts)
	names := make([][]string, len(sents)) // cross-fitted first-pass tags
	dt := newDocTags(first.tags)
	var near [][]uint8
	if opts.NearMisses {
		dt = dt.withNear()
		near = make([][]uint8, len(sents))
	}
	var wg sync.WaitGroup
	sem := make(chan struct{}, 2)
	for k := 0; k < K; k++ {
		lo, hi := k*len(sents)/K, (k+1)*len(sents)/K
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			rest := append(slices.Clone(sents[:lo]), sents[hi:]...)
			mk := trainPass(rest, nil, opts)
			ts := new(tagState)
			stats := mk.stats(sentTokens(sents[lo:hi]))
			for i := lo; i < hi; i++ {
				ids := mk.tagIDsDoc(ts, sents[i].Tokens, nil, stats[i-lo])
				if near != nil && len(ids) > 0 && slices.Equal(mk.tags, first.tags) {
					near[i] = mk.nearMisses(ts, dt, len(ids), ts.lastPair)
				}
				nm := make([]string, len(ids))
				for j, y := range ids {
					nm[j] = mk.tags[y]
				}
				names[i] = nm
			}
		}()
	}
	wg.Wait()
	tagID := make(map[string]uint8)
	for i, t := range first.tags {
		tagID[t] = uint8(i)
	}
	var st sentState
	p1 := make([][]uint8, len(sents))
	keys := make([][]string, len(sents))
	specs := make([][]string, len(sents))
	trig := make([][]uint8, len(sents))
	for i, s := range sents {
		p1[i] = make([]uint8, len(s.Tokens))
		for j, t := range names[i] {
			p1[i][j] = tagID[t] // a tag unknown to the first pass reads as O
		}
		st.prepare(s.Tokens, first.lex, first.extra, nil)
		keys[i], specs[i], trig[i] = st.docKeys()
	}
	docs := buildDocs(dt, keys, specs, trig, p1, near, opts.Window)
	m := trainPass(sents, docs, opts)
	m.near = opts.NearMisses
	// Both passes learned the same name list from the same sentences.
	first.learned = m.learned
	m.pass1, m.window = first, opts.Window
	return m
}
