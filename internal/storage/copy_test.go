package storage_test

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/marsad/marsad/internal/analyze"
	"github.com/marsad/marsad/internal/feeds"
	"github.com/marsad/marsad/internal/ingest"
	"github.com/marsad/marsad/internal/model"
	"github.com/marsad/marsad/internal/pgtest"
	"github.com/marsad/marsad/internal/storage"
	"github.com/marsad/marsad/internal/stories"
)

// copySource is a SQLite store with every kind of row: the analysed
// samples, replicated to a dozen articles, grouped into stories, with a
// source and its queue.
func copySource(t *testing.T) *storage.Store {
	t.Helper()
	ctx := context.Background()
	st, err := storage.Open(ctx, filepath.Join(t.TempDir(), "source.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	p := ingest.NewProcessor(nil)
	if p.Analyzer, err = analyze.New(); err != nil {
		t.Fatal(err)
	}
	if _, err := ingest.Samples(ctx, p, st); err != nil {
		t.Fatal(err)
	}
	if _, err := st.Replicate(ctx, 5, 24*time.Hour); err != nil {
		t.Fatal(err)
	}
	if _, err := stories.Update(ctx, st, stories.Options{}); err != nil {
		t.Fatal(err)
	}
	id, _, err := st.AddSource(ctx, storage.Source{URL: "https://news.example.org/feed.xml", Kind: "feed", Title: "أخبار"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.Enqueue(ctx, id, []feeds.Item{
		{URL: "https://news.example.org/a/1", Title: "واحد"},
		{URL: "https://news.example.org/a/2", Title: "اثنان", Published: time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)},
	}); err != nil {
		t.Fatal(err)
	}
	return st
}

// answers is what a user sees of a store: searches, entity pages, events,
// stories and figures, as JSON to compare.
func answers(t *testing.T, st *storage.Store) map[string]string {
	t.Helper()
	ctx := context.Background()
	out := map[string]string{}
	put := func(k string, v any, err error) {
		t.Helper()
		if err != nil {
			t.Fatalf("%s: %v", k, err)
		}
		b, _ := json.Marshal(v)
		out[k] = string(b)
	}
	for _, q := range []string{"علييف", "بوتين دوشنبه", "أذربيجان", "Putin"} {
		hits, err := st.Search(ctx, storage.SearchQuery{Text: q, Limit: 100})
		if hits == nil {
			hits = []storage.Hit{} // no hits: nil on PostgreSQL, empty on SQLite
		}
		put("search "+q, hits, err)
	}
	ents, err := st.Entities(ctx, "", "", 50)
	put("entities", ents, err)
	for i, e := range ents {
		if i == 5 {
			break
		}
		info, err := st.Entity(ctx, e.ID)
		put("entity "+e.ID, info, err)
		tl, err := st.EntityTimeline(ctx, e.ID)
		put("timeline "+e.ID, tl, err)
	}
	evs, err := st.Events(ctx, storage.EventQuery{})
	put("events", evs, err)
	ss, _, err := st.Stories(ctx, storage.StoryQuery{MinArticles: 1, Limit: 100})
	put("stories", ss, err)
	stats, err := st.Stats(ctx)
	put("stats", stats, err)
	srcs, err := st.Sources(ctx)
	put("sources", srcs, err)
	qs, err := st.QueueStats(ctx)
	put("queue", qs, err)
	return out
}

func sameAnswers(t *testing.T, got, want map[string]string) {
	t.Helper()
	for k, w := range want {
		if got[k] != w {
			t.Errorf("%s:\n got %.600s\nwant %.600s", k, got[k], w)
		}
	}
}

// testCopy copies a source store into the store at target, first
// stopping after two batches, then resuming, and checks that the copy
// verifies, answers as the source does and gives new articles new ids.
func testCopy(t *testing.T, target string) {
	ctx := context.Background()
	src := copySource(t)
	want := answers(t, src)
	srcStats, _ := src.Stats(ctx)
	if srcStats.Articles < 10 || srcStats.Mentions == 0 || srcStats.Quotes == 0 || srcStats.Events == 0 {
		t.Fatalf("source store is too thin: %+v", srcStats)
	}
	dst, err := storage.Open(ctx, target)
	if err != nil {
		t.Fatal(err)
	}
	defer dst.Close()

	// A copy interrupted after its second batch of articles.
	cctx, cancel := context.WithCancel(ctx)
	batches := 0
	res, err := storage.Copy(cctx, dst, src, storage.CopyOptions{BatchSize: 3, Progress: func(p storage.CopyProgress) {
		if p.Table == "articles" {
			if batches++; batches == 2 {
				cancel()
			}
		}
	}})
	cancel()
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("interrupted Copy: %v, want context.Canceled", err)
	}
	if res.Articles != 6 {
		t.Errorf("interrupted Copy copied %d articles, want 6", res.Articles)
	}
	if _, err := storage.VerifyCopy(ctx, dst, src); !errors.Is(err, storage.ErrCopyDiffers) {
		t.Errorf("VerifyCopy of a half copy: %v, want ErrCopyDiffers", err)
	}

	res, err = storage.Copy(ctx, dst, src, storage.CopyOptions{BatchSize: 3})
	if err != nil {
		t.Fatalf("resumed Copy: %v", err)
	}
	if res.ResumedAfter == 0 || res.Articles != int64(srcStats.Articles-6) {
		t.Errorf("resumed Copy: after id %d, %d articles; want after the sixth, %d", res.ResumedAfter, res.Articles, srcStats.Articles-6)
	}
	checks, err := storage.VerifyCopy(ctx, dst, src)
	if err != nil {
		t.Errorf("VerifyCopy: %v", err)
	}
	for _, c := range checks {
		if !c.OK() {
			t.Logf("%-16s %6d %6d %s %s", c.Table, c.SourceRows, c.TargetRows, c.SourceSum, c.TargetSum)
		}
	}
	sameAnswers(t, answers(t, dst), want)

	// A third run finds nothing to do.
	res, err = storage.Copy(ctx, dst, src, storage.CopyOptions{})
	if err != nil || res.Articles != 0 {
		t.Errorf("third Copy: %d articles, %v; want 0, nil", res.Articles, err)
	}
	if _, err := storage.VerifyCopy(ctx, dst, src); err != nil {
		t.Errorf("VerifyCopy after a third run: %v", err)
	}

	// New articles and sources get ids the source never used.
	var maxID int64
	for _, a := range mustRecent(t, src) {
		maxID = max(maxID, a.ID)
	}
	r, err := dst.SaveArticle(ctx, &model.Article{URL: "https://new.example.org/1", Title: "جديد", Text: "نص جديد تماما بعد النسخ.", Lang: "ar"})
	if err != nil {
		t.Fatal(err)
	}
	if r.ID <= maxID {
		t.Errorf("new article got id %d, want one above the copied %d", r.ID, maxID)
	}
	if _, _, err := dst.AddSource(ctx, storage.Source{URL: "https://other.example.org/feed.xml", Kind: "feed"}); err != nil {
		t.Errorf("AddSource after the copy: %v", err)
	}
}

func mustRecent(t *testing.T, st *storage.Store) []*model.Article {
	t.Helper()
	as, err := st.Recent(context.Background(), 1000)
	if err != nil {
		t.Fatal(err)
	}
	return as
}

func TestCopySQLite(t *testing.T) {
	testCopy(t, filepath.Join(t.TempDir(), "target.db"))
}

func TestCopyPostgres(t *testing.T) {
	if os.Getenv("MARSAD_TEST_BACKEND") != "" {
		t.Skip("runs once, in the SQLite pass of the suite")
	}
	testCopy(t, pgtest.URL(t))
}

// TestCopyRefusesAnotherStore checks that Copy does not mix two stores.
func TestCopyRefusesAnotherStore(t *testing.T) {
	ctx := context.Background()
	src := copySource(t)
	dst, err := storage.Open(ctx, filepath.Join(t.TempDir(), "other.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer dst.Close()
	if _, err := dst.SaveArticle(ctx, &model.Article{URL: "https://x.example/other", Text: "مقال آخر لا علاقة له بالمصدر.", Lang: "ar"}); err != nil {
		t.Fatal(err)
	}
	if _, err := storage.Copy(ctx, dst, src, storage.CopyOptions{}); err == nil {
		t.Error("Copy into a store with other articles succeeded")
	}
}
