package stories_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/marsad/marsad/internal/analyze"
	"github.com/marsad/marsad/internal/ingest"
	"github.com/marsad/marsad/internal/model"
	"github.com/marsad/marsad/internal/stories"
	"github.com/marsad/marsad/internal/terms"
)

// evalDir is where the evaluation data lies: $MARSAD_EVAL, or ../shared/eval
// beside the repository.
func evalDir() string {
	if d := os.Getenv("MARSAD_EVAL"); d != "" {
		return d
	}
	return filepath.Join("..", "..", "..", "shared", "eval")
}

// BenchmarkClusterCorpus clusters one day of SaudiNewsNet (about 2,800
// Arabic articles) as marsad ingests it: each article's terms and the
// entities of the whole analysis, made once before the timing (which takes
// a minute). It reports articles/s, and is skipped, saying so, when the
// corpus is absent:
//
//	go test -run X -bench ClusterCorpus ./internal/stories
func BenchmarkClusterCorpus(b *testing.B) {
	zip := filepath.Join(evalDir(), "corpus", "saudinewsnet", "2015-07-21.zip")
	if _, err := os.Stat(zip); err != nil {
		b.Skipf("SaudiNewsNet absent (%v): set MARSAD_EVAL to shared/eval", err)
	}
	docs := corpusDocs(b, zip)
	b.ReportAllocs()
	var ss []stories.Story
	for b.Loop() {
		ss = stories.Cluster(docs, stories.Options{})
	}
	grouped := 0
	for _, s := range ss {
		if len(s.Members) > 1 {
			grouped += len(s.Members)
		}
	}
	b.ReportMetric(float64(len(docs)*b.N)/b.Elapsed().Seconds(), "articles/s")
	b.ReportMetric(float64(len(ss)), "stories")
	b.ReportMetric(float64(grouped)/float64(len(docs)), "grouped/article")
}

// corpusDocs reads, extracts and analyses the articles of a SaudiNewsNet
// zip file.
func corpusDocs(b *testing.B, zip string) []stories.Doc {
	b.Helper()
	proc := ingest.NewProcessor(nil)
	var err error
	if proc.Analyzer, err = analyze.New(); err != nil {
		b.Fatal(err)
	}
	an := terms.New()
	var docs []stories.Doc
	err = (&ingest.Reader{}).Walk(context.Background(), []string{zip}, func(it ingest.Item) error {
		for _, r := range proc.Process(it) {
			if r.Err != nil {
				continue
			}
			docs = append(docs, doc(int64(len(docs)+1), r.Article, an))
		}
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	return docs
}

func doc(id int64, a *model.Article, an *terms.Analyzer) stories.Doc {
	d := stories.Doc{ID: id, Published: a.Published, Lang: a.Lang, Terms: append(an.Terms(a.Title), an.Terms(a.Text)...)}
	if a.Analysis != nil {
		for _, e := range a.Analysis.Entities {
			d.Entities = append(d.Entities, stories.Entity{ID: e.ID, Mentions: len(e.Mentions)})
		}
	}
	return d
}
