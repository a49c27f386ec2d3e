package stories

import (
	"cmp"
	"container/heap"
)

// averageLink groups n documents by average-linkage agglomerative
// clustering over the sparse similarity graph links: starting from one
// group per document, it merges the two groups of highest mean
// similarity over all their cross pairs, pairs without a link counting 0,
// while that mean is at least threshold. Unlike single linkage (joining
// whatever one link joins), a group of articles cannot be chained to
// another through one article that resembles both, such as a page that
// carries two reports. It returns each document's group, numbered by the
// group's first document.
func averageLink(n int, links []link, threshold float64) []int32 {
	size := make([]int, n)
	adj := make([]map[int32]float64, n) // summed similarity to neighbouring groups
	for i := range size {
		size[i] = 1
	}
	for _, l := range links {
		for _, e := range [2][2]int32{{l.a, l.b}, {l.b, l.a}} {
			if adj[e[0]] == nil {
				adj[e[0]] = map[int32]float64{}
			}
			adj[e[0]][e[1]] += l.sim
		}
	}
	// version[g] changes whenever group g changes, so that heap entries
	// made before are recognised as stale.
	version := make([]int32, n)
	h := &pairHeap{}
	push := func(a, b int32) {
		if a > b {
			a, b = b, a
		}
		avg := adj[a][b] / float64(size[a]*size[b])
		if avg >= threshold {
			heap.Push(h, groupPair{avg, a, b, version[a], version[b]})
		}
	}
	for _, l := range links {
		push(l.a, l.b)
	}
	parent := make([]int32, n)
	for i := range parent {
		parent[i] = int32(i)
	}
	for h.Len() > 0 {
		p := heap.Pop(h).(groupPair)
		if p.va != version[p.a] || p.vb != version[p.b] {
			continue
		}
		// Merge the smaller group into the larger; ties keep the lower.
		a, b := p.a, p.b
		if size[b] > size[a] {
			a, b = b, a
		}
		parent[b] = a
		size[a] += size[b]
		delete(adj[a], b)
		for c, w := range adj[b] {
			if c == a {
				continue
			}
			adj[a][c] += w
			adj[c][a] += w
			delete(adj[c], b)
		}
		adj[b] = nil
		version[a]++
		version[b]++
		for c := range adj[a] {
			push(a, c)
		}
	}
	// Resolve each document to its group, numbered by the group's first
	// (lowest) document.
	root := func(i int32) int32 {
		for parent[i] != i {
			i = parent[i]
		}
		return i
	}
	first := make([]int32, n)
	for i := range first {
		first[i] = -1
	}
	group := make([]int32, n)
	for i := range group {
		r := root(int32(i))
		if first[r] < 0 {
			first[r] = int32(i)
		}
		group[i] = first[r]
	}
	return group
}

// groupPair is a candidate merge of groups a < b with mean similarity avg,
// made when the groups had versions va and vb.
type groupPair struct {
	avg    float64
	a, b   int32
	va, vb int32
}

// pairHeap pops the highest mean first, ties by the lower groups, so that
// the merge order, and with it the result, is deterministic.
type pairHeap []groupPair

func (h pairHeap) Len() int { return len(h) }
func (h pairHeap) Less(i, j int) bool {
	x, y := h[i], h[j]
	if x.avg != y.avg {
		return x.avg > y.avg
	}
	return cmp.Or(cmp.Compare(x.a, y.a), cmp.Compare(x.b, y.b)) < 0
}
func (h pairHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *pairHeap) Push(x any)   { *h = append(*h, x.(groupPair)) }
func (h *pairHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}
