package storage

import (
	"context"
	"fmt"
	"math/rand/v2"
	"reflect"
	"testing"
	"time"

	"github.com/marsad/marsad/internal/model"
)

func analysed(url, text string, ents ...model.Entity) *model.Article {
	an := model.NewAnalysis("ar")
	an.Entities = ents
	return &model.Article{URL: url, Title: "t", Text: text, Lang: "ar", Analysis: an}
}

func TestEntitiesStoredAndSearched(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	putin := model.Entity{ID: "per:vladimir-putin", Name: "Vladimir Putin", NameAr: "فلاديمير بوتين", Type: "PER",
		Mentions: []model.Mention{{Start: 0, End: 5, Text: "بوتين"}}}
	aliyev := model.Entity{ID: "per:ilham-aliyev", Name: "Ilham Aliyev", Type: "PER",
		Mentions: []model.Mention{{Start: 10, End: 15, Text: "علييف"}, {Start: 20, End: 24, Text: "عليف"}}}
	a1 := analysed("https://x.example/1", "بوتين التقى علييف في دوشنبه، وقال عليف شكراً.", putin, aliyev)
	a2 := analysed("https://x.example/2", "بوتين في موسكو اليوم.", putin)
	if _, err := s.SaveArticles(ctx, []*model.Article{a1, a2}); err != nil {
		t.Fatal(err)
	}
	ents, err := s.ArticleEntities(ctx, a1.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(ents) != 2 || ents[0].ID != "per:ilham-aliyev" || len(ents[0].Mentions) != 2 {
		t.Errorf("ArticleEntities = %+v, want Aliyev (2 mentions) then Putin", ents)
	}
	top, err := s.TopEntities(ctx, "PER", 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(top) != 2 || top[0].ID != "per:vladimir-putin" || top[0].Articles != 2 || top[1].Mentions != 2 {
		t.Errorf("TopEntities = %+v", top)
	}
	for _, q := range []string{"Ilham Aliyev", "ilham aliyev", "per:ilham-aliyev", "عليف"} {
		ids, err := s.FindEntities(ctx, q)
		if err != nil || len(ids) != 1 || ids[0] != "per:ilham-aliyev" {
			t.Errorf("FindEntities(%q) = %v, %v", q, ids, err)
		}
	}
	hits, err := s.Search(ctx, SearchQuery{Entities: []string{"per:ilham-aliyev"}})
	if err != nil || len(hits) != 1 || hits[0].ID != a1.ID {
		t.Errorf("entity-only search = %+v, %v; want article %d", hits, err, a1.ID)
	}
	hits, err = s.Search(ctx, SearchQuery{Text: "بوتين", Entities: []string{"per:ilham-aliyev"}})
	if err != nil || len(hits) != 1 || hits[0].ID != a1.ID {
		t.Errorf("text+entity search = %+v, %v", hits, err)
	}
	// New text under the same URL replaces the mentions.
	a3 := analysed("https://x.example/1", "نص جديد عن بوتين وحده.", model.Entity{ID: "per:vladimir-putin", Name: "Vladimir Putin", Type: "PER",
		Mentions: []model.Mention{{Start: 11, End: 16, Text: "بوتين"}}})
	r, err := s.SaveArticle(ctx, a3)
	if err != nil || r.Outcome != Updated {
		t.Fatalf("update: %+v %v", r, err)
	}
	ents, _ = s.ArticleEntities(ctx, a1.ID)
	if len(ents) != 1 || ents[0].ID != "per:vladimir-putin" {
		t.Errorf("after update: %+v, want only Putin", ents)
	}
	if hits, _ := s.Search(ctx, SearchQuery{Entities: []string{"per:ilham-aliyev"}}); len(hits) != 0 {
		t.Errorf("Aliyev still found after the update: %+v", hits)
	}
}

func TestQuotesAmountsDatesStored(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	a := analysed("https://x.example/q", "قال بوتين إن التجارة ارتفعت بنسبة سبعة في المئة عام 2024.")
	a.Analysis.Quotes = []model.Quote{{Speaker: &model.Speaker{ID: "per:vladimir-putin", Name: "Vladimir Putin"}, Text: "التجارة ارتفعت", Start: 13, End: 27, Cue: "قال", Kind: "indirect"}}
	a.Analysis.Amounts = []model.Amount{{Value: 7, Unit: "%", Kind: "change", Direction: "up", Text: "سبعة في المئة", Start: 34, End: 47}}
	a.Analysis.Dates = []model.Date{{Value: "2024", Precision: "year", Text: "عام 2024", Start: 48, End: 56}}
	if _, err := s.SaveArticle(ctx, a); err != nil {
		t.Fatal(err)
	}
	qs, err := s.Quotes(ctx, QuoteQuery{Speakers: []string{"per:vladimir-putin"}})
	if err != nil || len(qs) != 1 || qs[0].Text != "التجارة ارتفعت" || qs[0].Speaker.Name != "Vladimir Putin" || qs[0].ArticleID != a.ID {
		t.Fatalf("Quotes = %+v, %v", qs, err)
	}
	if qs, _ := s.Quotes(ctx, QuoteQuery{Speakers: []string{"per:nobody"}}); len(qs) != 0 {
		t.Errorf("quotes of nobody: %+v", qs)
	}
	var n int
	s.db.QueryRowContext(ctx, `SELECT count(*) FROM amounts WHERE article_id = ? AND kind = 'change' AND value = 7`, a.ID).Scan(&n)
	var d string
	s.db.QueryRowContext(ctx, `SELECT value FROM dates WHERE article_id = ?`, a.ID).Scan(&d)
	if n != 1 || d != "2024" {
		t.Errorf("amounts %d, date %q", n, d)
	}
}

func TestQuotesByText(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	a := analysed("https://x.example/q2", "قال بوتين إن العلاقات مع أذربيجان جيدة. وأضاف أن الطقس جميل.")
	a.Analysis.Quotes = []model.Quote{
		{Text: "العلاقات مع أذربيجان جيدة", Start: 13, End: 38, Kind: "indirect"},
		{Text: "الطقس جميل", Start: 51, End: 61, Kind: "indirect"},
	}
	if _, err := s.SaveArticle(ctx, a); err != nil {
		t.Fatal(err)
	}
	qs, err := s.Quotes(ctx, QuoteQuery{Text: "اذربيجان"})
	if err != nil || len(qs) != 1 || qs[0].Start != 13 {
		t.Errorf("Quotes(اذربيجان) = %+v, %v; want the first quotation only", qs, err)
	}
}

// TestConcurrentWritersShareEntities saves articles from several
// goroutines at once, each naming every entity and the same happenings in
// an order of its own: writers lock the rollup rows in key order, so none
// deadlocks (PostgreSQL would abort one), and the rollups add up.
func TestConcurrentWritersShareEntities(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	r := rand.New(rand.NewPCG(1, 2))
	corpus := make([]*model.Article, 96)
	for i := range corpus {
		a := analysed(fmt.Sprintf("https://x.example/%d", i), fmt.Sprintf("نص رقم %d", i))
		for j, re := range readEntities {
			e := re.e
			for k, text := range re.aliases {
				e.Mentions = append(e.Mentions, model.Mention{Start: 100*j + 10*k, End: 100*j + 10*k + 5, Text: text})
			}
			a.Analysis.Entities = append(a.Analysis.Entities, e)
			for _, typ := range []string{"CONSULT", "AID"} {
				a.Analysis.Events = append(a.Analysis.Events, model.Event{Type: typ, Actor: &model.Ref{ID: e.ID},
					Recipient: &model.Ref{ID: "gpe:SA"}, Date: "2025-01-01", Start: 100 * j, End: 100*j + 5})
			}
		}
		r.Shuffle(len(a.Analysis.Entities), reflect.Swapper(a.Analysis.Entities))
		r.Shuffle(len(a.Analysis.Events), reflect.Swapper(a.Analysis.Events))
		corpus[i] = a
	}
	const writers = 8
	errs := make(chan error, writers)
	for w := range writers {
		go func() {
			for i := w; i < len(corpus); i += writers {
				if _, err := s.SaveArticle(ctx, corpus[i]); err != nil {
					errs <- err
					return
				}
			}
			errs <- nil
		}()
	}
	for range writers {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
	if err := s.VerifyRollups(ctx); err != nil {
		t.Error(err)
	}
}

// TestQuotesWalkSameAsSort checks that the quotations of a frequent
// speaker, found by walking the articles newest first (speakerQuotes), are
// those that sorting all of them gives, page by page, with articles whose
// times are not in the order of their ids.
func TestQuotesWalkSameAsSort(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	r := rand.New(rand.NewPCG(5, 8))
	var batch []*model.Article
	for i := range 60 {
		a := analysed(fmt.Sprintf("https://x.example/w%d", i), fmt.Sprintf("قال بوتين إن التجارة ارتفعت %d.", i))
		a.Published = time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(r.IntN(40)) * 24 * time.Hour)
		if i%3 == 0 {
			a.Published = time.Time{} // ordered by the time it is stored
		}
		for k := range 1 + i%3 {
			speaker := &model.Speaker{ID: "per:vladimir-putin", Name: "Vladimir Putin"}
			if r.IntN(4) == 0 {
				speaker = &model.Speaker{ID: "per:other", Name: "Other"}
			}
			a.Analysis.Quotes = append(a.Analysis.Quotes, model.Quote{Speaker: speaker, Text: "التجارة ارتفعت", Start: 13 + k, End: 27 + k, Cue: "قال", Kind: "indirect"})
		}
		batch = append(batch, a)
	}
	if _, err := s.SaveArticles(ctx, batch); err != nil {
		t.Fatal(err)
	}
	for _, page := range [][2]int{{8, 0}, {3, 0}, {5, 7}, {10, 20}, {9, 1}} {
		q := QuoteQuery{Speakers: []string{"per:vladimir-putin"}, Limit: page[0], Offset: page[1]}
		s.speakerWalk = 1 << 30
		want, err := s.Quotes(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		s.speakerWalk = 4
		got, err := s.Quotes(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		if _, ok, err := s.speakerQuotes(ctx, q); !ok || err != nil {
			t.Errorf("limit %d offset %d: not walked (%v)", page[0], page[1], err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("limit %d offset %d: walked %+v\nwant (sorted) %+v", page[0], page[1], got, want)
		}
	}
}
