package stories

import (
	"cmp"
	"math"
	"slices"
	"time"
)

// priorDocs is added to the number of documents when entity weights are
// computed, as if that many more documents mentioned none of them: it keeps
// weights meaningful when few documents are counted (an entity in every one
// of three documents still weighs something) and changes nothing for
// thousands.
const priorDocs = 50

// Clusterer groups documents into stories. Add the documents, then call
// Stories. A Clusterer keeps a small sketch of each document's text, not
// its terms, so that many thousands of documents fit in memory.
type Clusterer struct {
	opts Options
	docs []docState
	sk   sketcher
}

// docState is what a Clusterer keeps of a Doc.
type docState struct {
	id   int64
	t    int64 // Unix seconds of Doc.Time
	sk   sketch
	ents []Entity
}

// New returns a Clusterer with opts.
func New(opts Options) *Clusterer {
	opts = opts.withDefaults()
	return &Clusterer{opts: opts, sk: sketcher{k: opts.Shingle}}
}

// Add adds a document. Each article id must be added once. Add keeps
// d.Entities but not d.Terms.
func (c *Clusterer) Add(d Doc) {
	c.docs = append(c.docs, docState{id: d.ID, t: d.Time().Unix(), sk: c.sk.sketch(d.Terms), ents: d.Entities})
}

// Len returns the number of documents added.
func (c *Clusterer) Len() int { return len(c.docs) }

// Cluster groups docs into stories; see Clusterer.Stories.
func Cluster(docs []Doc, opts Options) []Story {
	c := New(opts)
	for _, d := range docs {
		c.Add(d)
	}
	return c.Stories()
}

// link is a pair of documents (indices in time order, a < b) and their
// similarity.
type link struct {
	a, b    int32
	sim     float64
	nearDup bool
}

// Stories returns the stories of the documents added, every document in
// exactly one story (a document like no other is a story of one), ordered
// by id.
func (c *Clusterer) Stories() []Story {
	docs := c.docs
	slices.SortFunc(docs, func(a, b docState) int {
		return cmp.Or(cmp.Compare(a.t, b.t), cmp.Compare(a.id, b.id))
	})
	ev := newEntityVectors(docs, c.opts.Stats)
	window := int64(c.opts.Window / time.Second)

	// Candidate pairs, within the window: documents that share a band of
	// their signatures, or an entity with a posting list. Each pair is
	// compared once: where it is first found.
	var links []link
	compare := func(i, j int) {
		text := textSimilarity(&docs[i].sk, &docs[j].sk)
		ent := ev.similarity(i, j, c.opts.MinShared)
		if sim := 1 - (1-text)*(1-ent); sim >= minLink {
			links = append(links, link{a: int32(i), b: int32(j), sim: sim, nearDup: text >= c.opts.NearDuplicate})
		}
	}
	ev.pairs(docs, window, func(i, j int, e int32) {
		if ev.firstShared(i, j) == e {
			compare(i, j)
		}
	})
	c.bandPairs(func(i, j, b int) {
		if firstBand(&docs[i].sk.sig, &docs[j].sk.sig) == b && ev.firstShared(i, j) < 0 {
			compare(i, j)
		}
	})
	slices.SortFunc(links, func(x, y link) int { return cmp.Or(cmp.Compare(x.a, y.a), cmp.Compare(x.b, y.b)) })
	groups := averageLink(len(docs), links, c.opts.Threshold)
	return c.build(docs, ev, groups, links)
}

// minLink is the least similarity kept as a link: weaker ones change the
// mean similarity of groups too little to matter.
const minLink = 0.05

// bandPairs calls add for each pair of documents i < j, within the window,
// that agree on all rows of band b of their signatures.
func (c *Clusterer) bandPairs(add func(i, j, b int)) {
	docs := c.docs
	window := int64(c.opts.Window / time.Second)
	type keyed struct {
		key uint64
		i   int32
	}
	buf := make([]keyed, 0, len(docs))
	for b := range numBands {
		buf = buf[:0]
		for i := range docs {
			if docs[i].sk.size > 0 {
				buf = append(buf, keyed{bandKey(&docs[i].sk.sig, b), int32(i)})
			}
		}
		slices.SortFunc(buf, func(x, y keyed) int { return cmp.Or(cmp.Compare(x.key, y.key), cmp.Compare(x.i, y.i)) })
		for lo := 0; lo < len(buf); {
			hi := lo + 1
			for hi < len(buf) && buf[hi].key == buf[lo].key {
				hi++
			}
			// Within a run the documents are in time order.
			for x := lo; x < hi; x++ {
				for y := x + 1; y < hi; y++ {
					i, j := int(buf[x].i), int(buf[y].i)
					if docs[j].t-docs[i].t > window {
						break
					}
					add(i, j, b)
				}
			}
			lo = hi
		}
	}
}

// build makes the stories from the groups of linked documents: group[i]
// is the group of document i.
func (c *Clusterer) build(docs []docState, ev *entityVectors, group []int32, links []link) []Story {
	// centrality is each document's summed similarity to the others of its
	// story; copyOf the earliest member each is a near-copy of.
	centrality := make([]float64, len(docs))
	copyOf := make([]int32, len(docs))
	for i := range copyOf {
		copyOf[i] = -1
	}
	for _, l := range links { // sorted by a, so the first a for each b is the earliest
		if group[l.a] != group[l.b] {
			continue
		}
		centrality[l.a] += l.sim
		centrality[l.b] += l.sim
		if l.nearDup && copyOf[l.b] < 0 {
			copyOf[l.b] = l.a
		}
	}
	members := map[int32][]int{}
	for i := range docs {
		members[group[i]] = append(members[group[i]], i) // in time order
	}
	out := make([]Story, 0, len(members))
	for _, idx := range members {
		s := Story{First: time.Unix(docs[idx[0]].t, 0).UTC(), Last: time.Unix(docs[idx[len(idx)-1]].t, 0).UTC()}
		s.ID = docs[idx[0]].id
		lead := idx[0]
		for _, i := range idx {
			s.ID = min(s.ID, docs[i].id)
			if centrality[i] > centrality[lead] {
				lead = i
			}
			m := Member{ID: docs[i].id}
			if copyOf[i] >= 0 {
				m.NearDuplicateOf = docs[copyOf[i]].id
			}
			s.Members = append(s.Members, m)
		}
		s.Lead = docs[lead].id
		s.Entities = ev.top(idx, maxStoryEntities)
		out = append(out, s)
	}
	slices.SortFunc(out, func(a, b Story) int { return cmp.Compare(a.ID, b.ID) })
	return out
}

// entityVectors are the documents' entities as weighted vectors: entity
// e of document d weighs idf(e)·(1 + ln mentions).
type entityVectors struct {
	idf  []float64  // by entity number
	ids  []string   // entity number → id
	vecs [][]weight // by document, sorted by entity number
	norm []float64  // Euclidean norm of each vector
	// posting lists the documents (in time order) that mention each
	// entity rare enough to make candidates.
	posting [][]int32
}

type weight struct {
	e int32
	w float64
}

// An entity makes candidate pairs of the documents that mention it when it
// weighs candidateIDF or more (rarer than about one document in twenty), or
// when few documents of the input mention it (smallPosting), which costs
// little. Pairs that share only entities commoner than that are not
// compared on their entities: the damping by MinShared would leave little
// of their similarity anyway.
const (
	candidateIDF = 3.0
	smallPosting = 64
)

func newEntityVectors(docs []docState, stats *Stats) *entityVectors {
	ev := &entityVectors{vecs: make([][]weight, len(docs)), norm: make([]float64, len(docs))}
	num := map[string]int32{}
	var local []int // local document frequencies
	for d := range docs {
		seen := map[int32]bool{}
		for _, e := range docs[d].ents {
			if e.ID == "" || e.Mentions < 1 {
				continue
			}
			n, ok := num[e.ID]
			if !ok {
				n = int32(len(ev.ids))
				num[e.ID] = n
				ev.ids = append(ev.ids, e.ID)
				local = append(local, 0)
			}
			if !seen[n] {
				seen[n] = true
				local[n]++
			}
		}
	}
	total := len(docs)
	if stats != nil {
		total = max(stats.Docs, total)
	}
	ev.idf = make([]float64, len(ev.ids))
	for n, id := range ev.ids {
		df := local[n]
		if stats != nil {
			df = max(stats.DF[id], df)
		}
		ev.idf[n] = math.Log(float64(total+priorDocs) / float64(df+1))
	}
	ev.posting = make([][]int32, len(ev.ids))
	for d := range docs {
		acc := map[int32]int{}
		for _, e := range docs[d].ents {
			if n, ok := num[e.ID]; ok && e.Mentions > 0 {
				acc[n] += e.Mentions
			}
		}
		v := make([]weight, 0, len(acc))
		for n, m := range acc {
			v = append(v, weight{n, ev.idf[n] * (1 + math.Log(float64(m)))})
		}
		slices.SortFunc(v, func(a, b weight) int { return cmp.Compare(a.e, b.e) })
		var sq float64
		for _, w := range v {
			sq += w.w * w.w
			if ev.idf[w.e] >= candidateIDF || local[w.e] <= smallPosting {
				ev.posting[w.e] = append(ev.posting[w.e], int32(d))
			}
		}
		ev.vecs[d] = v
		ev.norm[d] = math.Sqrt(sq)
	}
	return ev
}

// pairs calls add for each pair of documents i < j, within the window,
// that share entity e, which has a posting list.
func (ev *entityVectors) pairs(docs []docState, window int64, add func(i, j int, e int32)) {
	for e, ds := range ev.posting {
		for x, i := range ds {
			for _, j := range ds[x+1:] {
				if docs[j].t-docs[i].t > window {
					break
				}
				add(int(i), int(j), int32(e))
			}
		}
	}
}

// firstShared returns the first (lowest numbered) entity with a posting
// list that documents i and j share, or -1.
func (ev *entityVectors) firstShared(i, j int) int32 {
	a, b := ev.vecs[i], ev.vecs[j]
	for x, y := 0, 0; x < len(a) && y < len(b); {
		switch {
		case a[x].e < b[y].e:
			x++
		case a[x].e > b[y].e:
			y++
		default:
			if ev.posted(a[x].e) {
				return a[x].e
			}
			x++
			y++
		}
	}
	return -1
}

// posted reports whether entity e has a posting list.
func (ev *entityVectors) posted(e int32) bool { return ev.posting[e] != nil }

// similarity is the entity similarity of documents i and j: the cosine of
// their vectors, times min(1, shared/minShared)² where shared is the summed
// idf of the entities they share.
func (ev *entityVectors) similarity(i, j int, minShared float64) float64 {
	a, b := ev.vecs[i], ev.vecs[j]
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	var dot, shared float64
	for x, y := 0, 0; x < len(a) && y < len(b); {
		switch {
		case a[x].e < b[y].e:
			x++
		case a[x].e > b[y].e:
			y++
		default:
			dot += a[x].w * b[y].w
			shared += ev.idf[a[x].e]
			x++
			y++
		}
	}
	if dot == 0 {
		return 0
	}
	cos := dot / (ev.norm[i] * ev.norm[j])
	damp := min(1, shared/minShared)
	return min(1, cos*damp*damp)
}

// top returns the ids of up to n entities with the largest summed weight in
// documents idx, heaviest first (then by id).
func (ev *entityVectors) top(idx []int, n int) []string {
	sum := map[int32]float64{}
	for _, d := range idx {
		for _, w := range ev.vecs[d] {
			sum[w.e] += w.w
		}
	}
	type scored struct {
		id string
		w  float64
	}
	all := make([]scored, 0, len(sum))
	for e, w := range sum {
		all = append(all, scored{ev.ids[e], w})
	}
	slices.SortFunc(all, func(a, b scored) int { return cmp.Or(cmp.Compare(b.w, a.w), cmp.Compare(a.id, b.id)) })
	out := make([]string, 0, min(n, len(all)))
	for _, s := range all[:min(n, len(all))] {
		out = append(out, s.id)
	}
	return out
}
