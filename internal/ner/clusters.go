package ner

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"strconv"
	"strings"
	"sync"
)

// clustersData lists word clusters learned from unlabelled news
// (SaudiNewsNet) by cmd/clusters: `word<TAB>coarse<TAB>middle<TAB>fine`,
// the word as Key gives it, the fine clusters nested in the middle ones
// and those in the coarse ones.
//
//go:embed data/clusters.tsv.gz
var clustersData []byte

// Cluster codes pack the three levels, each plus one so that 0 means a
// word the corpus did not have often enough: coarse in bits 0–7 (classes
// up to 253), middle in 8–19 and fine in 20–31 (up to 4093), so that the
// all-ones code stays free for outside the sentence (see ctxClus).
const (
	clusMiddleShift = 8
	clusFineShift   = 20
)

// wordClusters returns the embedded cluster table (read once).
var wordClusters = sync.OnceValue(func() map[string]uint32 {
	m, err := readClusters(clustersData)
	if err != nil {
		panic("ner: embedded data/clusters.tsv.gz: " + err.Error())
	}
	return m
})

func readClusters(data []byte) (map[string]uint32, error) {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	m := make(map[string]uint32, 1<<16)
	sc := bufio.NewScanner(zr)
	for sc.Scan() {
		f := strings.Split(sc.Text(), "\t")
		if len(f) != 4 {
			return nil, fmt.Errorf("%q: want word and three classes, tab-separated", sc.Text())
		}
		var code uint32
		for i, shift := range [...]uint{0, clusMiddleShift, clusFineShift} {
			n, err := strconv.ParseUint(f[i+1], 10, 32)
			if err != nil {
				return nil, err
			}
			if max := [...]uint64{253, 4093, 4093}[i]; n > max {
				return nil, fmt.Errorf("%q: class %d of level %d is over %d", f[0], n, i, max)
			}
			code |= uint32(n+1) << shift
		}
		m[f[0]] = code
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	return m, zr.Close()
}
