package extract

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/marsad/marsad/internal/eval"
)

// evalDir is where the evaluation data lies: $MARSAD_EVAL, or ../shared/eval
// beside the repository.
func evalDir() string {
	if d := os.Getenv("MARSAD_EVAL"); d != "" {
		return d
	}
	return filepath.Join("..", "..", "..", "shared", "eval")
}

func BenchmarkExtractDemoPage(b *testing.B) {
	page := demoPage(b)
	var e Extractor
	b.SetBytes(int64(len(page)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := e.Extract(page, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkExtractCorpus extracts the real pages of each evaluation set;
// pages/s is reported as a metric. It is skipped, saying so, when the
// evaluation data is absent.
func BenchmarkExtractCorpus(b *testing.B) {
	for _, set := range []string{"scrapinghub", "fundus", "arabic"} {
		b.Run(set, func(b *testing.B) {
			pages, err := eval.Load(filepath.Join(evalDir(), "extraction", set))
			if err != nil {
				b.Skipf("evaluation data absent (%v): set MARSAD_EVAL to shared/eval", err)
			}
			bodies := make([][]byte, len(pages))
			var size int64
			for i, p := range pages {
				if bodies[i], err = p.ReadHTML(); err != nil {
					b.Fatal(err)
				}
				size += int64(len(bodies[i]))
			}
			var e Extractor
			b.SetBytes(size)
			b.ReportAllocs()
			n := 0
			for b.Loop() {
				for i, body := range bodies {
					e.Extract(body, Options{URL: pages[i].Gold.URL})
					n++
				}
			}
			b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "pages/s")
		})
	}
}
