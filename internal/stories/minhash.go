package stories

import (
	"math/bits"
	"slices"
)

// A signature summarises a document's set of shingles so that two
// documents agree at a position with probability equal to the Jaccard
// similarity of their sets. It is a one-permutation MinHash with optimal
// densification (Shrivastava, ICML 2017): each shingle's hash picks one of
// numHashes bins and offers the rest of its bits as the bin's value, each
// bin keeps its least value, and an empty bin (in a short document) takes
// the value of the first non-empty bin of a probe sequence that depends on
// the bin alone. One hash per shingle, instead of one per shingle and
// position, with the same accuracy.
const (
	numHashes = 128
	binShift  = 64 - 7 // the top 7 bits of a shingle hash pick its bin
	// bandRows signature positions make one band; two documents whose
	// bands agree on all rows of at least one band are compared. With 32
	// bands of 4 rows a pair of Jaccard similarity 0.3 is compared with
	// probability 0.23, 0.5 with 0.87 and 0.7 with 0.9996.
	bandRows = 4
	numBands = numHashes / bandRows
	// minContained is the least number of shingles of the smaller document
	// for which containment (a shortened copy) counts: a short text is
	// "contained" in many long ones by chance.
	minContained = 40
	// minContainedJaccard is the least estimated Jaccard similarity from
	// which containment is estimated: below it the estimate's error,
	// multiplied by the ratio of the sizes, swamps it.
	minContainedJaccard = 0.25
)

type signature [numHashes]uint32

// sketch is what the clustering keeps of a document's text.
type sketch struct {
	sig signature
	// size is the number of distinct shingles; 0 for a document without
	// terms, which is similar to nothing.
	size int
}

// splitmix is the SplitMix64 step: a bijective mix of all 64 bits.
func splitmix(x uint64) uint64 {
	x += 0x9e3779b97f4a7c15
	x = (x ^ x>>30) * 0xbf58476d1ce4e5b9
	x = (x ^ x>>27) * 0x94d049bb133111eb
	return x ^ x>>31
}

// sketcher computes sketches, reusing its buffers between documents.
type sketcher struct {
	k      int // terms per shingle
	th, sh []uint64
}

// sketch returns the sketch of a document's terms.
func (s *sketcher) sketch(terms []string) sketch {
	var out sketch
	for i := range out.sig {
		out.sig[i] = ^uint32(0)
	}
	if len(terms) == 0 {
		return out
	}
	th := s.th[:0]
	for _, t := range terms {
		th = append(th, termHash(t))
	}
	s.th = th
	k := min(s.k, len(th))
	sh := s.sh[:0]
	for i := 0; i+k <= len(th); i++ {
		h := uint64(k)
		for _, t := range th[i : i+k] {
			h = (h ^ t) * 0x100000001b3
		}
		sh = append(sh, splitmix(h))
	}
	slices.Sort(sh)
	sh = slices.Compact(sh)
	s.sh = sh
	out.size = len(sh)
	sig := &out.sig
	var filled [numHashes]bool
	for _, x := range sh {
		b := x >> binShift
		if v := uint32(x); !filled[b] || v < sig[b] {
			sig[b] = v
			filled[b] = true
		}
	}
	for i := range sig {
		if filled[i] {
			continue
		}
		for probe := uint64(1); ; probe++ {
			if j := splitmix(uint64(i)<<32|probe) % numHashes; filled[j] {
				sig[i] = sig[j]
				break
			}
		}
	}
	return out
}

// termHash is FNV-1a over the term's bytes.
func termHash(t string) uint64 {
	h := uint64(0xcbf29ce484222325)
	for i := 0; i < len(t); i++ {
		h ^= uint64(t[i])
		h *= 0x100000001b3
	}
	return h
}

// jaccard estimates the Jaccard similarity of the shingle sets of a and b.
func jaccard(a, b *sketch) float64 {
	if a.size == 0 || b.size == 0 {
		return 0
	}
	n := 0
	for i := range a.sig {
		if a.sig[i] == b.sig[i] {
			n++
		}
	}
	return float64(n) / numHashes
}

// textSimilarity is the near-duplicate similarity of a and b: the larger of
// their estimated Jaccard similarity and the estimated share of the smaller
// shingle set found in the larger one (when the smaller has at least
// minContained shingles and a Jaccard similarity of at least
// minContainedJaccard), from |A∩B| = J/(1+J)·(|A|+|B|).
func textSimilarity(a, b *sketch) float64 {
	j := jaccard(a, b)
	if j == 0 {
		return 0
	}
	small := min(a.size, b.size)
	if small < minContained || j < minContainedJaccard {
		return j
	}
	inter := j / (1 + j) * float64(a.size+b.size)
	return max(j, min(1, inter/float64(small)))
}

// firstBand returns the first band on which signatures a and b agree in
// all rows, or -1.
func firstBand(a, b *signature) int {
	for band := range numBands {
		lo := band * bandRows
		if [bandRows]uint32(a[lo:lo+bandRows]) == [bandRows]uint32(b[lo:lo+bandRows]) {
			return band
		}
	}
	return -1
}

// bandKey is the hash of band b of a signature.
func bandKey(sig *signature, b int) uint64 {
	h := uint64(b) + 1
	for _, v := range sig[b*bandRows : (b+1)*bandRows] {
		hi, lo := bits.Mul64(h^uint64(v), 0x9e3779b97f4a7c15)
		h = hi ^ lo
	}
	return h
}
