package storage_test

import (
	"context"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/marsad/marsad/internal/model"
	"github.com/marsad/marsad/internal/storage"
)

func mentionOf(_ string, start int, s string) model.Mention {
	return model.Mention{Start: start, End: start + len([]rune(s)), Text: s}
}

// TestRollupsFollowMentions writes, replaces and re-saves analyses and
// checks after each step that the rollups agree with the mentions.
func TestRollupsFollowMentions(t *testing.T) {
	ctx := context.Background()
	st := storage.NewTestStore(t)
	putin := func(ms ...model.Mention) model.Entity {
		return model.Entity{ID: "Q:vladimir-putin", Name: "Vladimir Putin", NameAr: "فلاديمير بوتين", Type: "PER", Mentions: ms}
	}
	baku := func(ms ...model.Mention) model.Entity {
		return model.Entity{ID: "city:baku", Name: "Baku", NameAr: "باكو", Type: "GPE", Mentions: ms}
	}
	text1 := "بوتين في باكو. قال بوتين إن باكو جميلة."
	a1 := &model.Article{URL: "https://x.example/1", Title: "أ", Text: text1, Lang: "ar",
		Published: time.Date(2026, 11, 1, 9, 0, 0, 0, time.UTC),
		Analysis: &model.Analysis{Entities: []model.Entity{
			putin(mentionOf(text1, 0, "بوتين"), mentionOf(text1, 19, "بوتين")),
			baku(mentionOf(text1, 9, "باكو"), mentionOf(text1, 28, "باكو")),
		}, Events: []model.Event{{Type: "CONSULT", Actor: &model.Ref{ID: "Q:vladimir-putin", Name: "Vladimir Putin"},
			Recipient: &model.Ref{ID: "city:baku", Name: "Baku"}, Text: "بوتين في باكو.", Start: 0, End: 14}}}}
	text2 := "الرئيس الروسي بوتين يصل غداً."
	a2 := &model.Article{URL: "https://x.example/2", Title: "ب", Text: text2, Lang: "ar",
		Published: time.Date(2026, 11, 2, 9, 0, 0, 0, time.UTC),
		Analysis: &model.Analysis{Entities: []model.Entity{
			putin(mentionOf(text2, 0, "الرئيس الروسي"), mentionOf(text2, 14, "بوتين")),
		}}}
	check := func(step string, wantArticles, wantMentions int) {
		t.Helper()
		if err := st.VerifyRollups(ctx); err != nil {
			t.Fatalf("%s: %v", step, err)
		}
		e, err := st.Entity(ctx, "Q:vladimir-putin")
		if err != nil {
			t.Fatalf("%s: %v", step, err)
		}
		if e.Articles != wantArticles || e.Mentions != wantMentions {
			t.Errorf("%s: Putin in %d articles, %d mentions; want %d, %d", step, e.Articles, e.Mentions, wantArticles, wantMentions)
		}
	}
	if _, err := st.SaveArticles(ctx, []*model.Article{a1, a2}); err != nil {
		t.Fatal(err)
	}
	check("two articles", 2, 4)
	if stats, _ := st.Stats(ctx); stats.Events != 1 {
		t.Errorf("%d happenings, want 1", stats.Events)
	}
	days, err := st.EntityTimeline(ctx, "Q:vladimir-putin")
	if err != nil {
		t.Fatal(err)
	}
	if len(days) != 2 || days[0].Day != "2026-11-01" || days[1].Day != "2026-11-02" {
		t.Errorf("timeline %+v, want one article on 2026-11-01 and one on 2026-11-02", days)
	}
	e, _ := st.Entity(ctx, "Q:vladimir-putin")
	if len(e.Aliases) != 2 || e.Aliases[0] != (storage.Alias{Text: "بوتين", Count: 3}) {
		t.Errorf("aliases %+v, want بوتين ×3 first, then الرئيس الروسي", e.Aliases)
	}
	// The same URL with a new text: the article is updated and its
	// mentions replaced; Putin is gone from it.
	text3 := "وصل علييف إلى باكو."
	a1b := &model.Article{URL: "https://x.example/1", Title: "أ", Text: text3, Lang: "ar", Published: a1.Published,
		Analysis: &model.Analysis{Entities: []model.Entity{baku(mentionOf(text3, 14, "باكو"))}}}
	res, err := st.SaveArticles(ctx, []*model.Article{a1b})
	if err != nil || res[0].Outcome != storage.Updated {
		t.Fatalf("update: %v %+v", err, res)
	}
	check("after update", 1, 2)
	if stats, _ := st.Stats(ctx); stats.Events != 0 {
		t.Errorf("%d happenings after the update, want 0", stats.Events)
	}
	top, err := st.TopEntities(ctx, "", 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(top) != 2 {
		t.Errorf("top entities %+v, want Putin and Baku", top)
	}
	rel, err := st.RelatedEntities(ctx, "city:baku", 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(rel) != 0 {
		t.Errorf("Baku's related entities %+v, want none now", rel)
	}
}

// TestArticlesOfEntityPaging pages through an entity's articles, a few at
// a time, and checks the pages against the whole list sorted by hand:
// the day-bounded candidates must never lose or repeat an article.
func TestArticlesOfEntityPaging(t *testing.T) {
	ctx := context.Background()
	st := storage.NewTestStore(t)
	base := time.Date(2026, 10, 1, 0, 0, 0, 0, time.UTC)
	var want []int64
	var batch []*model.Article
	for i := range 90 {
		text := fmt.Sprintf("خبر رقم %d عن بوتين.", i)
		a := &model.Article{URL: fmt.Sprintf("https://x.example/%d", i), Title: "t", Text: text, Lang: "ar",
			// Several articles a day, out of order, some at the same second.
			Published: base.Add(time.Duration((i*37)%11)*24*time.Hour + time.Duration(i%3)*time.Hour)}
		if i%3 != 0 {
			a.Analysis = &model.Analysis{Entities: []model.Entity{{ID: "Q:vladimir-putin", Name: "Vladimir Putin", Type: "PER",
				Mentions: []model.Mention{mentionOf(text, len([]rune(text))-6, "بوتين")}}}}
		}
		batch = append(batch, a)
	}
	res, err := st.SaveArticles(ctx, batch)
	if err != nil {
		t.Fatal(err)
	}
	type key struct {
		t  time.Time
		id int64
	}
	var keys []key
	for i, r := range res {
		if i%3 != 0 {
			keys = append(keys, key{batch[i].Published, r.ID})
		}
	}
	slices.SortFunc(keys, func(a, b key) int {
		if c := b.t.Compare(a.t); c != 0 {
			return c
		}
		return int(b.id - a.id)
	})
	for _, k := range keys {
		want = append(want, k.id)
	}
	for _, limit := range []int{1, 4, 7, 100} {
		var got []int64
		cursor := ""
		for range 200 {
			page, err := st.Articles(ctx, storage.ArticleQuery{Entities: []string{"Q:vladimir-putin"}, Limit: limit, Cursor: cursor})
			if err != nil {
				t.Fatal(err)
			}
			for _, a := range page.Articles {
				got = append(got, a.ID)
			}
			if cursor = page.Next; cursor == "" {
				break
			}
		}
		if !slices.Equal(got, want) {
			t.Errorf("limit %d: pages give %v\nwant %v", limit, got, want)
		}
	}
}
