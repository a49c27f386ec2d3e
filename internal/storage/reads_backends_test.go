package storage

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/marsad/marsad/internal/model"
	"github.com/marsad/marsad/internal/stories"
)

// readEntities are the entities of analysedCorpus: names in mixed case,
// one with a non-ASCII capital (which COLLATE NOCASE does not fold), one
// without an English name; each with the texts it is mentioned by.
var readEntities = []struct {
	e       model.Entity
	aliases []string
}{
	{model.Entity{ID: "Q:vladimir-putin", Name: "Vladimir Putin", NameAr: "فلاديمير بوتين", Type: "PER"}, []string{"بوتين", "الرئيس الروسي", "Putin"}},
	{model.Entity{ID: "Q:ilham-aliyev", Name: "Ilham Aliyev", Type: "PER"}, []string{"علييف", "عليف", "Aliyev"}},
	{model.Entity{ID: "Q:eric-zemmour", Name: "Éric Zemmour", Type: "PER"}, []string{"زمور", "Zemmour"}},
	{model.Entity{ID: "city:baku", Name: "BAKU", NameAr: "باكو", Type: "GPE"}, []string{"باكو", "Baku"}},
	{model.Entity{ID: "city:dushanbe", Name: "Dushanbe", NameAr: "دوشنبه", Type: "GPE"}, []string{"دوشنبه"}},
	{model.Entity{ID: "gpe:SA", Name: "", NameAr: "السعودية", Type: "GPE"}, []string{"السعودية", "المملكة"}},
	{model.Entity{ID: "org:cis", Name: "CIS", Type: "ORG"}, []string{"رابطة الدول المستقلة", "CIS"}},
}

// analysedCorpus makes n articles with random analyses whose rows collide
// the way real ones do: mentions of two entities at one span, events with
// one row key, a meeting told in both directions, quotations at one
// offset, articles on the same day and at the same second. The same seed
// makes the same corpus.
func analysedCorpus(n int, seed uint64) []*model.Article {
	r := rand.New(rand.NewPCG(seed, 3))
	words := []string{"قال", "إن", "العلاقات", "مع", "أذربيجان", "جيدة", "التجارة", "ارتفعت", "الطقس", "جميل", "trade", "talks", "summit"}
	phrase := func(k int) string {
		s := ""
		for i := range k {
			if i > 0 {
				s += " "
			}
			s += words[r.IntN(len(words))]
		}
		return s
	}
	as := make([]*model.Article, n)
	for i := range as {
		an := model.NewAnalysis("ar")
		for k := 1 + r.IntN(3); k > 0; k-- {
			re := readEntities[r.IntN(len(readEntities))]
			e := re.e
			for m := 1 + r.IntN(3); m > 0; m-- {
				at := 5 * r.IntN(8)
				e.Mentions = append(e.Mentions, model.Mention{Start: at, End: at + 5, Text: re.aliases[r.IntN(len(re.aliases))]})
			}
			an.Entities = append(an.Entities, e)
		}
		ref := func() *model.Ref {
			e := readEntities[r.IntN(len(readEntities))].e
			return &model.Ref{ID: e.ID, Name: e.Name}
		}
		for k := r.IntN(3); k > 0; k-- {
			q := model.Quote{Text: phrase(2 + r.IntN(4)), Start: 10 * r.IntN(4), Cue: "قال", Kind: "indirect"}
			q.End = q.Start + 8
			if r.IntN(3) > 0 {
				e := ref()
				q.Speaker = &model.Speaker{ID: e.ID, Name: e.Name}
			}
			an.Quotes = append(an.Quotes, q)
		}
		for k := r.IntN(3); k > 0; k-- {
			at := 10 * r.IntN(4)
			an.Amounts = append(an.Amounts, model.Amount{Value: float64(r.IntN(100)) / 4, Unit: []string{"USD", "%"}[r.IntN(2)],
				Kind: []string{"level", "change", "share"}[r.IntN(3)], Approx: r.IntN(2) == 0, Text: phrase(2), Start: at, End: at + 4})
		}
		if r.IntN(2) == 0 {
			an.Dates = append(an.Dates, model.Date{Value: fmt.Sprint(2020 + r.IntN(6)), Precision: "year", Text: "عام", Start: 40, End: 48})
		}
		for k := r.IntN(4); k > 0; k-- {
			e := model.Event{Type: []string{"CONSULT", "CONCEDE", "ACCUSE", "AID"}[r.IntN(4)], Actor: ref(), Text: phrase(4),
				Start: 10 * r.IntN(3), Trigger: "التقى", Negated: r.IntN(8) == 0}
			e.End = e.Start + 9
			if r.IntN(4) > 0 {
				e.Recipient = ref()
			}
			if r.IntN(2) == 0 {
				e.Date = fmt.Sprintf("2025-%02d-%02d", 1+r.IntN(2), 1+r.IntN(3))
			}
			if r.IntN(2) == 0 {
				e.Place = &model.Ref{ID: "city:dushanbe", Name: "Dushanbe"}
			}
			an.Events = append(an.Events, e)
		}
		a := &model.Article{URL: fmt.Sprintf("https://x.example/%d", i), Title: phrase(3), Site: []string{"a", "b"}[r.IntN(2)],
			Lang: "ar", Text: phrase(12) + fmt.Sprintf(" %d", i), Analysis: an}
		if r.IntN(6) > 0 {
			// Few days and hours: ties of day and of second.
			a.Published = time.Date(2025, 1, 1+r.IntN(4), r.IntN(3), 0, 0, 0, time.UTC)
		}
		as[i] = a
	}
	return as
}

// TestReadsSameOnBothBackends saves one analysed corpus in a SQLite store
// and in a PostgreSQL store, updates part of it, clusters and replicates
// it, and checks that the entity, quotation, amount, event, graph, story
// and browsing reads give the same answers, in the same order, on both.
func TestReadsSameOnBothBackends(t *testing.T) {
	ctx := context.Background()
	lite, pg := bothBackends(t)
	stores := []*Store{lite, pg}
	stored := time.Date(2026, 2, 3, 4, 5, 6, 0, time.UTC) // the same storage time on both
	for _, s := range stores {
		s.clock = func() time.Time { return stored }
		corpus := analysedCorpus(120, 5)
		if _, err := s.SaveArticles(ctx, corpus); err != nil {
			t.Fatalf("%s: %v", s.Backend(), err)
		}
		// New texts under the same URLs replace the analyses.
		updated := analysedCorpus(120, 6)[:30]
		if _, err := s.SaveArticles(ctx, updated); err != nil {
			t.Fatalf("%s: update: %v", s.Backend(), err)
		}
		if _, err := stories.Rebuild(ctx, s, stories.Options{}); err != nil {
			t.Fatalf("%s: stories: %v", s.Backend(), err)
		}
	}
	compareReads(t, stores, "")
	for _, s := range stores {
		if _, err := s.Replicate(ctx, 2, 36*time.Hour); err != nil {
			t.Fatalf("%s: replicate: %v", s.Backend(), err)
		}
	}
	compareReads(t, stores, "replicated, ")
}

// compareReads runs every read on each store and reports where their
// answers differ.
func compareReads(t *testing.T, stores []*Store, prefix string) {
	t.Helper()
	ctx := context.Background()
	day := func(d int) time.Time { return time.Date(2025, 1, d, 0, 0, 0, 0, time.UTC) }
	reads := map[string]func(s *Store) (any, error){
		"stats": func(s *Store) (any, error) { return s.Stats(ctx) },
		"verify": func(s *Store) (any, error) {
			return nil, s.VerifyRollups(ctx)
		},
		"top":     func(s *Store) (any, error) { return s.TopEntities(ctx, "", 50) },
		"top PER": func(s *Store) (any, error) { return s.TopEntities(ctx, "PER", 2) },
		"find": func(s *Store) (any, error) {
			var out [][]string
			for _, q := range []string{"ilham aliyev", "BAKU", "baku", "éric zemmour", "Éric Zemmour", "باكو", "Putin", "gpe:SA", "nobody"} {
				ids, err := s.FindEntities(ctx, q)
				if err != nil {
					return nil, err
				}
				out = append(out, ids)
			}
			return out, nil
		},
		"entities like": func(s *Store) (any, error) {
			var out [][]EntityCount
			for _, q := range []string{"a", "BAK", "éric", "ÉRIC", "%", "_", "بوتين", "city:"} {
				es, err := s.Entities(ctx, q, "", 50)
				if err != nil {
					return nil, err
				}
				out = append(out, es)
			}
			es, err := s.Entities(ctx, "i", "GPE", 3)
			return append(out, es), err
		},
		"entity pages": func(s *Store) (any, error) {
			var out []any
			for _, re := range readEntities {
				e, err := s.Entity(ctx, re.e.ID)
				if err != nil {
					return nil, err
				}
				tl, err := s.EntityTimeline(ctx, re.e.ID)
				if err != nil {
					return nil, err
				}
				rel, err := s.RelatedEntities(ctx, re.e.ID, 4)
				if err != nil {
					return nil, err
				}
				out = append(out, e, tl, rel)
			}
			return out, nil
		},
		"names": func(s *Store) (any, error) {
			return s.EntityNames(ctx, []string{"Q:vladimir-putin", "gpe:SA", "nobody"})
		},
		"analyses": func(s *Store) (any, error) {
			var out []any
			for id := int64(1); id <= 120; id += 4 {
				an, err := s.ArticleAnalysis(ctx, id)
				if err != nil {
					return nil, err
				}
				out = append(out, an)
			}
			return out, nil
		},
		"quotes": func(s *Store) (any, error) {
			var out [][]QuoteHit
			for _, q := range []QuoteQuery{{}, {Limit: 7, Offset: 5}, {Speakers: []string{"Q:vladimir-putin", "city:baku"}},
				{Text: "التجارة"}, {Text: "العلاقات جيدة", Limit: 3, Offset: 2}, {From: day(2), To: day(4)}} {
				qs, err := s.Quotes(ctx, q)
				if err != nil {
					return nil, err
				}
				out = append(out, qs)
			}
			return out, nil
		},
		"amounts": func(s *Store) (any, error) {
			var out [][]AmountHit
			for _, q := range []AmountQuery{{}, {Kind: "change"}, {Unit: "%", Limit: 5, Offset: 3}, {From: day(2), To: day(3)}} {
				ms, err := s.Amounts(ctx, q)
				if err != nil {
					return nil, err
				}
				out = append(out, ms)
			}
			return out, nil
		},
		"events": func(s *Store) (any, error) {
			var out [][]Happening
			for _, q := range []EventQuery{{Limit: 200}, {Actors: []string{"Q:vladimir-putin"}}, {Recipients: []string{"city:baku"}, Limit: 3, Offset: 1},
				{Involving: []string{"Q:ilham-aliyev"}, Types: []string{"CONSULT", "AID"}}, {From: day(2), To: day(3)}} {
				hs, err := s.Events(ctx, q)
				if err != nil {
					return nil, err
				}
				out = append(out, hs)
			}
			return out, nil
		},
		"relations": func(s *Store) (any, error) { return s.Relations(ctx, "Q:ilham-aliyev", "Q:vladimir-putin") },
		"graph":     func(s *Store) (any, error) { return s.ActorGraph(ctx, GraphQuery{Limit: 8}) },
		"articles": func(s *Store) (any, error) {
			var out []any
			for _, q := range []ArticleQuery{{Limit: 30}, {Entities: []string{"gpe:SA"}, Limit: 7}, {Entities: []string{"Q:vladimir-putin", "city:baku"}, Limit: 5, Site: "a"}} {
				for page := 0; page < 4; page++ {
					p, err := s.Articles(ctx, q)
					if err != nil {
						return nil, err
					}
					out = append(out, p)
					if q.Cursor = p.Next; q.Cursor == "" {
						break
					}
				}
			}
			return out, nil
		},
		"stories": func(s *Store) (any, error) {
			ss, next, err := s.Stories(ctx, StoryQuery{MinArticles: 1, Limit: 40})
			if err != nil || len(ss) == 0 {
				return ss, err
			}
			d, err := s.Story(ctx, ss[0].ID)
			if err != nil {
				return nil, err
			}
			more, _, err := s.Stories(ctx, StoryQuery{MinArticles: 1, Limit: 5, Cursor: next, Entities: []string{"gpe:SA"}})
			return []any{ss, next, d, more}, err
		},
		"unclustered": func(s *Store) (any, error) {
			from, to, n, err := s.UnclusteredSpan(ctx)
			return []any{from, to, n}, err
		},
		"entity stats": func(s *Store) (any, error) { return s.EntityStats(ctx) },
		"story docs": func(s *Store) (any, error) {
			var docs []stories.Doc
			err := s.StoryDocs(ctx, day(2), day(3), func(d stories.Doc) error {
				docs = append(docs, d)
				return nil
			})
			return docs, err
		},
	}
	for name, read := range reads {
		var got [2]string
		for i, s := range stores {
			v, err := read(s)
			if err != nil {
				t.Fatalf("%s%s: %s: %v", prefix, name, s.Backend(), err)
			}
			b, err := json.Marshal(v)
			if err != nil {
				t.Fatal(err)
			}
			got[i] = string(b)
		}
		if got[0] != got[1] {
			t.Errorf("%s%s differ:\nsqlite   %s\npostgres %s", prefix, name, got[0], got[1])
		}
	}
}
