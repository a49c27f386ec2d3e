package storage

import (
	"cmp"
	"context"
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
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

// TestQuotesBySpeakerInTimeOrder checks that a speaker's quotations come
// newest article first (then by id, then by place in the article), page by
// page, with articles whose times are not in the order of their ids and
// after articles' times change (the trigger of migration 0013), and that
// the quotations' copies of their articles' times stay right.
func TestQuotesBySpeakerInTimeOrder(t *testing.T) {
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
	check := func(when string) {
		t.Helper()
		// The expected order, from the articles as stored.
		type key struct {
			at          string
			id          int64
			start, end_ int
		}
		var all []key
		rows, err := s.db.QueryContext(ctx, `SELECT coalesce(a.published, a.created_at), a.id, q.start, q."end"
			FROM quotes q JOIN articles a ON a.id = q.article_id WHERE q.speaker_id = 'per:vladimir-putin'`)
		if err != nil {
			t.Fatal(err)
		}
		for rows.Next() {
			var k key
			if err := rows.Scan(&k.at, &k.id, &k.start, &k.end_); err != nil {
				t.Fatal(err)
			}
			all = append(all, k)
		}
		rows.Close()
		slices.SortFunc(all, func(a, b key) int {
			return cmp.Or(-strings.Compare(a.at, b.at), -cmp.Compare(a.id, b.id), cmp.Compare(a.start, b.start), cmp.Compare(a.end_, b.end_))
		})
		for _, page := range [][2]int{{8, 0}, {3, 0}, {5, 7}, {10, 20}, {9, 1}, {50, 60}} {
			got, err := s.Quotes(ctx, QuoteQuery{Speakers: []string{"per:vladimir-putin"}, Limit: page[0], Offset: page[1]})
			if err != nil {
				t.Fatal(err)
			}
			want := all[min(page[1], len(all)):min(page[1]+page[0], len(all))]
			if len(got) != len(want) {
				t.Fatalf("%s: limit %d offset %d: %d quotations, want %d", when, page[0], page[1], len(got), len(want))
			}
			for i, h := range got {
				if h.ArticleID != want[i].id || h.Start != want[i].start {
					t.Errorf("%s: limit %d offset %d: #%d is article %d at %d, want article %d at %d",
						when, page[0], page[1], i, h.ArticleID, h.Start, want[i].id, want[i].start)
				}
			}
		}
		if err := s.VerifyRollups(ctx); err != nil {
			t.Errorf("%s: %v", when, err)
		}
	}
	check("stored")
	// A quotation written without its time, as a process of an earlier
	// release would write it, gets its article's.
	if _, err := s.db.ExecContext(ctx, `INSERT INTO quotes (article_id, start, "end", speaker_id, speaker, text, cue, kind)
		VALUES (?, 40, 45, 'per:vladimir-putin', 'Vladimir Putin', 'نص', 'قال', 'direct')`, batch[7].ID); err != nil {
		t.Fatal(err)
	}
	check("a quotation written without its time")
	// Articles' times change, so that old ones become the newest: saved
	// again, or set in the table alone (the trigger's case).
	for i := 0; i < len(batch); i += 2 {
		a := batch[i]
		a.Published = time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(i) * time.Hour)
		if i%4 == 0 {
			a.Hash = ""
			if _, err := s.SaveArticle(ctx, a); err != nil {
				t.Fatal(err)
			}
			continue
		}
		if _, err := s.db.ExecContext(ctx, `UPDATE articles SET published = ? WHERE id = ?`, dbTime(a.Published), a.ID); err != nil {
			t.Fatal(err)
		}
	}
	check("after new times")
}
