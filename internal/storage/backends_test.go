package storage

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/marsad/marsad/internal/model"
	"github.com/marsad/marsad/internal/pgtest"
)

// searchCorpus makes n articles whose words follow a Zipf distribution
// over an Arabic and English vocabulary, so that queries match few or many
// articles, with ties and near-ties of relevance, in two languages and
// three sites, over a year of days. The same seed makes the same corpus.
func searchCorpus(n int, seed uint64) []*model.Article {
	r := rand.New(rand.NewPCG(seed, 1))
	vocab := strings.Fields(`الرئيس بوتين علييف أذربيجان روسيا القمة دوشنبه الطائرة التجارة
		الاقتصاد وزير الخارجية اتفاقية التعاون النفط الغاز السعودية الرياض مجلس الأمن الأمم المتحدة
		الحكومة البرلمان الانتخابات الشعب المدينة المستشفى المدرسة الجامعة الطلاب الأسعار السوق
		president minister summit trade agreement crash airliner oil gas council election market
		prices students university hospital city government parliament people security talks`)
	zipf := rand.NewZipf(r, 1.2, 2, uint64(len(vocab)-1))
	words := func(k int) string {
		var b strings.Builder
		for i := range k {
			if i > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(vocab[zipf.Uint64()])
		}
		return b.String()
	}
	sites := []string{"aljazeera", "reuters", "independentarabia"}
	as := make([]*model.Article, n)
	for i := range as {
		lang := "ar"
		if r.IntN(3) == 0 {
			lang = "en"
		}
		a := &model.Article{
			URL:   fmt.Sprintf("https://%s.example/news/%d", sites[i%3], i),
			Lang:  lang,
			Site:  sites[r.IntN(3)],
			Title: words(3 + r.IntN(6)),
			// Some articles repeat a short text: equal scores, ordered by id.
			Text: words(1+r.IntN(4)) + ". " + words(5+r.IntN(120)),
		}
		if r.IntN(10) > 0 {
			a.Published = time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(r.IntN(365*24)) * time.Hour)
		}
		as[i] = a
	}
	return as
}

// bothBackends opens an empty SQLite store and an empty PostgreSQL store
// (skipping the test without PostgreSQL, and in the PostgreSQL pass: a
// test of both runs once, in the SQLite pass), closed when the test ends.
func bothBackends(t *testing.T) (lite, pg *Store) {
	t.Helper()
	if onPostgres() {
		t.Skip("runs once, in the SQLite pass, against both backends")
	}
	pgtest.Require(t)
	ctx := context.Background()
	lite, err := Open(ctx, filepath.Join(t.TempDir(), "marsad.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { lite.Close() })
	if pg, err = Open(ctx, pgtest.URL(t)); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { pg.Close() })
	return lite, pg
}

// TestSearchSameOnBothBackends saves one corpus in a SQLite store and in a
// PostgreSQL store and checks that searches return the same articles in
// the same order with the same scores, with and without filters, paging
// and the rank window, and the same facets.
func TestSearchSameOnBothBackends(t *testing.T) {
	ctx := context.Background()
	lite, pg := bothBackends(t)
	stores := []*Store{lite, pg}
	corpus := searchCorpus(1500, 7)
	stored := time.Date(2026, 2, 3, 4, 5, 6, 0, time.UTC) // the same storage time on both
	for _, s := range stores {
		s.clock = func() time.Time { return stored }
		// Copies: SaveArticles sets the ids, which must agree too.
		as := make([]*model.Article, len(corpus))
		for i, a := range corpus {
			c := *a
			as[i] = &c
		}
		if _, err := s.SaveArticles(ctx, as); err != nil {
			t.Fatalf("%s: %v", s.Backend(), err)
		}
		// Updates and deletions from the index change its statistics.
		for i := 0; i < len(as); i += 50 {
			as[i].Text += " تحديث update"
			as[i].Hash = ""
			if _, err := s.SaveArticle(ctx, as[i]); err != nil {
				t.Fatalf("%s: update: %v", s.Backend(), err)
			}
		}
	}

	r := rand.New(rand.NewPCG(11, 2))
	vocab := strings.Fields(`الرئيس بوتين روسيا القمة التجارة وزير النفط الأمم الحكومة الطلاب المدينة
		president summit trade oil council talks prices تحديث update الغاز السعودية`)
	day := func(d int) time.Time { return time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, d) }
	var queries []SearchQuery
	for range 120 {
		var q SearchQuery
		for k := 1 + r.IntN(3); k > 0; k-- {
			q.Text += vocab[r.IntN(len(vocab))] + " "
		}
		switch r.IntN(6) {
		case 1:
			q.Lang = "en"
		case 2:
			q.Site = "reuters"
		case 3:
			q.From, q.To = day(r.IntN(200)), day(200+r.IntN(165))
		}
		q.Limit = []int{0, 5, 50}[r.IntN(3)]
		if r.IntN(4) == 0 {
			q.Offset = r.IntN(60)
		}
		queries = append(queries, q)
	}
	// The newest articles' small index on PostgreSQL (migration 0011)
	// covers all of them here: make it cover the newest ids only, as
	// pruning would, so that windows reach into the full index too.
	if _, err := pg.db.ExecContext(ctx, `DELETE FROM fts_recent WHERE article_id <= 900`); err != nil {
		t.Fatal(err)
	}
	for _, window := range []int{0, 40} {
		for _, s := range stores {
			s.rankLimit = window
			// With the window, queries of common words only go uncounted.
			s.countLimit = int64(window) * 5
		}
		for _, q := range queries {
			name := fmt.Sprintf("window %d, %+v", window, q)
			var got [2][]Hit
			var facets [2]*Facets
			for i, s := range stores {
				hits, err := s.Search(ctx, q)
				if err != nil {
					t.Fatalf("%s: %s: %v", s.Backend(), name, err)
				}
				got[i] = hits
				if _, facets[i], err = s.SearchWithFacets(ctx, q); err != nil {
					t.Fatalf("%s: %s: facets: %v", s.Backend(), name, err)
				}
			}
			if len(got[0]) != len(got[1]) {
				t.Errorf("%s: sqlite %d hits, postgres %d", name, len(got[0]), len(got[1]))
				continue
			}
			for i := range got[0] {
				a, b := got[0][i], got[1][i]
				if a.ID != b.ID || a.Snippet != b.Snippet {
					t.Errorf("%s: hit %d: sqlite article %d, postgres %d", name, i, a.ID, b.ID)
					break
				}
				if math.Abs(a.Score-b.Score) > 1e-12*math.Max(1, math.Abs(a.Score)) {
					t.Errorf("%s: article %d: sqlite score %v, postgres %v", name, a.ID, a.Score, b.Score)
				}
			}
			if fmt.Sprint(facets[0]) != fmt.Sprint(facets[1]) {
				t.Errorf("%s: facets differ:\nsqlite   %+v\npostgres %+v", name, facets[0], facets[1])
			}
		}
	}
}
