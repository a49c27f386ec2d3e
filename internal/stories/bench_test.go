package stories

import (
	"fmt"
	"math/rand/v2"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"
)

// syntheticDocs makes n documents about n/per happenings, per documents
// each, a happening every four hours. The reports of one happening name its
// three entities and two of ten common countries, and one entity of their
// own; each is written in its own words (300 random words of a vocabulary
// of 20,000), except that every fifth is a lightly edited copy of the
// happening's first report.
func syntheticDocs(n, per int) []Doc {
	rng := rand.New(rand.NewPCG(uint64(n), uint64(per)))
	words := func(k int) []string {
		out := make([]string, k)
		for i := range out {
			out[i] = "w" + strconv.Itoa(rng.IntN(20000))
		}
		return out
	}
	var docs []Doc
	var first []string
	for i := range n {
		h, k := i/per, i%per
		var terms []string
		switch {
		case k == 0:
			terms = words(300)
			first = terms
		case k%5 == 0:
			terms = append([]string(nil), first...)
			for range 3 {
				terms[rng.IntN(len(terms))] = "edit"
			}
		default:
			terms = words(300)
		}
		es := []Entity{
			{ID: fmt.Sprintf("x:event-%d-a", h), Mentions: 1 + rng.IntN(3)},
			{ID: fmt.Sprintf("x:event-%d-b", h), Mentions: 1 + rng.IntN(3)},
			{ID: fmt.Sprintf("x:event-%d-c", h), Mentions: 1},
			{ID: fmt.Sprintf("gpe:C%d", rng.IntN(10)), Mentions: 1 + rng.IntN(4)},
			{ID: fmt.Sprintf("gpe:C%d", rng.IntN(10)), Mentions: 1},
			{ID: fmt.Sprintf("x:noise-%d", i), Mentions: 1},
		}
		t := day0.Add(time.Duration(h)*4*time.Hour + time.Duration(rng.IntN(360))*time.Minute)
		docs = append(docs, Doc{ID: int64(i + 1), Published: t, Lang: "ar", Terms: terms, Entities: es})
	}
	return docs
}

// happeningOf returns the happening number of a synthetic document.
func happeningOf(d Doc) int {
	for _, e := range d.Entities {
		if rest, ok := strings.CutPrefix(e.ID, "x:event-"); ok {
			n, _ := strconv.Atoi(strings.TrimRight(rest, "-abc"))
			return n
		}
	}
	return -1
}

// BenchmarkCluster clusters 5,000 synthetic documents (see syntheticDocs),
// reporting articles/s.
func BenchmarkCluster(b *testing.B) {
	docs := syntheticDocs(5000, 10)
	b.ReportAllocs()
	for b.Loop() {
		Cluster(docs, Options{})
	}
	b.ReportMetric(float64(len(docs)*b.N)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkSketch computes the MinHash signature of one document of 300
// terms.
func BenchmarkSketch(b *testing.B) {
	terms := syntheticDocs(1, 1)[0].Terms
	s := sketcher{k: DefaultShingle}
	b.ReportAllocs()
	for b.Loop() {
		s.sketch(terms)
	}
}

func mustRead(t testing.TB, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
