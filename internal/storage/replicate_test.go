package storage_test

import (
	"context"
	"testing"
	"time"

	"github.com/marsad/marsad/internal/analyze"
	"github.com/marsad/marsad/internal/ingest"
	"github.com/marsad/marsad/internal/storage"
)

// sampleStore is a store with the bundled samples ingested and analysed.
func sampleStore(t *testing.T) *storage.Store {
	t.Helper()
	ctx := context.Background()
	st := storage.NewTestStore(t)
	p := ingest.NewProcessor(nil)
	var err error
	if p.Analyzer, err = analyze.New(); err != nil {
		t.Fatal(err)
	}
	if _, err := ingest.Samples(ctx, p, st); err != nil {
		t.Fatal(err)
	}
	return st
}

func TestReplicate(t *testing.T) {
	ctx := context.Background()
	st := sampleStore(t)
	before, err := st.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	hitsBefore, err := st.Search(ctx, storage.SearchQuery{Text: "علييف", Limit: 100})
	if err != nil {
		t.Fatal(err)
	}
	n, err := st.Replicate(ctx, 2, 24*time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	if n != 2*before.Articles {
		t.Errorf("Replicate added %d, want %d", n, 2*before.Articles)
	}
	after, err := st.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if after.Articles != 3*before.Articles || after.Mentions != 3*before.Mentions || after.Quotes != 3*before.Quotes {
		t.Errorf("after replicating twice: %+v, want three times %+v", after, before)
	}
	if after.Events != before.Events {
		t.Errorf("happenings %d, want %d: copies report the same happenings", after.Events, before.Events)
	}
	hits, err := st.Search(ctx, storage.SearchQuery{Text: "علييف", Limit: 100})
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) != 3*len(hitsBefore) {
		t.Errorf("search finds %d, want %d", len(hits), 3*len(hitsBefore))
	}
	if err := st.VerifyRollups(ctx); err != nil {
		t.Error(err)
	}
	an, err := st.ArticleAnalysis(ctx, hits[0].ID)
	if err != nil || len(an.Entities) == 0 {
		t.Errorf("a copy's analysis: %v, %d entities", err, len(an.Entities))
	}
}

// TestSearchWithFacetsAgreesWithSearch checks that the one-pass search
// gives the hits Search gives, page by page, with facets that count them.
func TestSearchWithFacetsAgreesWithSearch(t *testing.T) {
	ctx := context.Background()
	st := sampleStore(t)
	if _, err := st.Replicate(ctx, 4, time.Hour); err != nil {
		t.Fatal(err)
	}
	for _, q := range []storage.SearchQuery{
		{Text: "بوتين", Limit: 3},
		{Text: "بوتين", Limit: 3, Offset: 3},
		{Text: "علييف دوشنبه", Limit: 20},
		{Text: "بوتين", Entities: []string{"Q:ilham-aliyev"}, Limit: 4},
		{Entities: []string{"Q:vladimir-putin"}, Limit: 5},
		{Text: "لا توجد هذه الكلمات"},
	} {
		want, err := st.Search(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		got, f, err := st.SearchWithFacets(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != len(want) {
			t.Fatalf("%+v: %d hits, Search gives %d", q, len(got), len(want))
		}
		for i := range got {
			if got[i].ID != want[i].ID || got[i].Snippet != want[i].Snippet || got[i].Score != want[i].Score {
				t.Errorf("%+v: hit %d = %d %q %v, Search gives %d %q %v", q, i, got[i].ID, got[i].Snippet, got[i].Score,
					want[i].ID, want[i].Snippet, want[i].Score)
			}
		}
		all, err := st.Search(ctx, storage.SearchQuery{Text: q.Text, Entities: q.Entities, Limit: 1000})
		if err != nil {
			t.Fatal(err)
		}
		if f.Total != len(all) {
			t.Errorf("%+v: facets total %d, want %d", q, f.Total, len(all))
		}
		n := 0
		for _, l := range f.Langs {
			n += l.Count
		}
		if n != len(all) {
			t.Errorf("%+v: language facets count %d articles, want %d", q, n, len(all))
		}
	}
}
