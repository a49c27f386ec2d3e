package storage

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/marsad/marsad/internal/model"
	"github.com/marsad/marsad/internal/stories"
)

var storyDay = time.Date(2025, 10, 9, 8, 0, 0, 0, time.UTC)

// storyArticle makes an analysed article; ents are id, count pairs.
func storyArticle(url, title, site, lang string, hours int, text string, ents ...any) *model.Article {
	an := model.NewAnalysis(lang)
	at := 0
	for i := 0; i+1 < len(ents); i += 2 {
		e := model.Entity{ID: ents[i].(string), Name: strings.TrimPrefix(ents[i].(string), "Q:"), Type: "PER"}
		for range ents[i+1].(int) {
			e.Mentions = append(e.Mentions, model.Mention{Start: at, End: at + 5, Text: "x"})
			at += 10
		}
		an.Entities = append(an.Entities, e)
	}
	return &model.Article{URL: url, Title: title, Site: site, Lang: lang, Text: text,
		Published: storyDay.Add(time.Duration(hours) * time.Hour), Analysis: an}
}

const meetingAr = `التقى الرئيس الروسي فلاديمير بوتين نظيره الأذري إلهام علييف على هامش قمة رابطة الدول المستقلة في العاصمة الطاجيكية دوشنبه، وأقر للمرة الأولى بدور الدفاعات الجوية الروسية في تحطم طائرة الركاب الأذرية العام الماضي، وقال إن المأساة كانت مصادفة رهيبة، فيما شكره علييف وأكد أن البلدين سيطويان صفحة التوتر.`

// storyFixture stores a meeting reported in Arabic, in English and in a
// lightly edited Arabic copy, and two unrelated Saudi reports, and
// clusters them. It returns the store and the articles.
func storyFixture(t *testing.T) (*Store, []*model.Article) {
	t.Helper()
	ctx := context.Background()
	s := newStore(t)
	arts := []*model.Article{
		storyArticle("https://a.example/1", "بوتين يلتقي علييف في دوشنبه", "a.example", "ar", 0, meetingAr,
			"Q:vladimir-putin", 3, "Q:ilham-aliyev", 3, "city:dushanbe", 1, "org:cis", 1, "gpe:AZ", 1),
		storyArticle("https://b.example/1", "Putin apologises to Aliyev in Dushanbe", "b.example", "en", 5,
			"Russian President Vladimir Putin met Azerbaijan's President Ilham Aliyev at the CIS summit in Dushanbe and acknowledged Russia's role in the crash of an Azerbaijani airliner.",
			"Q:vladimir-putin", 2, "Q:ilham-aliyev", 2, "city:dushanbe", 1, "org:cis", 1, "gpe:AZ", 1),
		storyArticle("https://c.example/1", "بوتين وعلييف في قمة دوشنبه", "c.example", "ar", 7, strings.Replace(meetingAr, "رهيبة", "مروعة", 1),
			"Q:vladimir-putin", 3, "Q:ilham-aliyev", 3, "city:dushanbe", 1, "org:cis", 1, "gpe:AZ", 1),
		storyArticle("https://a.example/2", "ميناء جدة يستقبل سفينة حاويات", "a.example", "ar", 2,
			"وصلت إلى ميناء جدة الإسلامي أمس أول سفينة حاويات من الحجم الكبير ضمن خط ملاحي جديد يربط المملكة بموانئ آسيا.",
			"gpe:SA", 2, "city:jeddah", 1),
		storyArticle("https://c.example/2", "الهلال يغادر إلى لندن", "c.example", "ar", 3,
			"يغادر فريق الهلال الأول لكرة القدم إلى لندن لإقامة معسكره الصيفي استعدادا للموسم الجديد من الدوري السعودي.",
			"gpe:SA", 1, "city:london", 1),
	}
	if _, err := s.SaveArticles(ctx, arts); err != nil {
		t.Fatal(err)
	}
	r, err := stories.Update(ctx, s, stories.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if r.New != 5 || r.Articles != 5 || r.Stories != 3 || r.Grouped != 1 {
		t.Fatalf("Update = %+v, want 5 new articles in 3 stories, 1 of several", r)
	}
	return s, arts
}

func TestStoriesRoundTrip(t *testing.T) {
	ctx := context.Background()
	s, arts := storyFixture(t)
	ids := func(as ...*model.Article) (out []int64) {
		for _, a := range as {
			out = append(out, a.ID)
		}
		return out
	}
	meeting := arts[0].ID

	ss, next, err := s.Stories(ctx, StoryQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if len(ss) != 1 || next != "" {
		t.Fatalf("Stories = %+v (next %q), want the one story of several articles", ss, next)
	}
	st := ss[0]
	if st.ID != meeting || st.Articles != 3 || st.NearDuplicates != 1 {
		t.Errorf("story id %d, %d articles, %d near-duplicates; want %d, 3, 1", st.ID, st.Articles, st.NearDuplicates, meeting)
	}
	if want := []string{"a.example", "b.example", "c.example"}; !reflect.DeepEqual(st.Sites, want) {
		t.Errorf("sites = %v, want %v", st.Sites, want)
	}
	if want := []string{"ar", "en"}; !reflect.DeepEqual(st.Langs, want) {
		t.Errorf("langs = %v, want %v", st.Langs, want)
	}
	if !st.First.Equal(storyDay) || !st.Last.Equal(storyDay.Add(7*time.Hour)) {
		t.Errorf("first, last = %v, %v; want %v, %v", st.First, st.Last, storyDay, storyDay.Add(7*time.Hour))
	}
	if len(st.Entities) == 0 || st.Entities[0].ID != "Q:ilham-aliyev" && st.Entities[0].ID != "Q:vladimir-putin" || st.Entities[0].Name == "" {
		t.Errorf("entities = %+v, want Aliyev or Putin first, with names", st.Entities)
	}
	if st.Title == "" || st.LeadID == 0 {
		t.Errorf("title %q of lead %d, want the lead article's title", st.Title, st.LeadID)
	}

	d, err := s.Story(ctx, meeting)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, m := range d.Members {
		got = append(got, fmt.Sprintf("%d %s %s %d", m.ID, m.Lang, m.Site, m.NearDuplicateOf))
	}
	want := []string{
		fmt.Sprintf("%d ar a.example 0", arts[0].ID),
		fmt.Sprintf("%d en b.example 0", arts[1].ID),
		fmt.Sprintf("%d ar c.example %d", arts[2].ID, arts[0].ID),
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("members =\n%v\nwant\n%v", got, want)
	}

	for _, a := range arts {
		as, err := s.ArticleStory(ctx, a.ID)
		if err != nil {
			t.Fatalf("ArticleStory(%d): %v", a.ID, err)
		}
		if in := a.ID == arts[1].ID || a.ID == arts[2].ID || a.ID == meeting; in != (as.ID == meeting) {
			t.Errorf("ArticleStory(%d) = story %d", a.ID, as.ID)
		}
	}
	if _, err := s.ArticleStory(ctx, 999); !errors.Is(err, ErrNotFound) {
		t.Errorf("ArticleStory(999) error = %v, want ErrNotFound", err)
	}
	if _, err := s.Story(ctx, arts[1].ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("Story(a member that is not the story's id) error = %v, want ErrNotFound", err)
	}

	tests := []struct {
		name string
		q    StoryQuery
		want []int64
	}{
		{"all, newest first", StoryQuery{MinArticles: 1}, []int64{meeting, arts[4].ID, arts[3].ID}},
		{"entity", StoryQuery{MinArticles: 1, Entities: []string{"gpe:SA"}}, ids(arts[4], arts[3])},
		{"entity of the meeting", StoryQuery{Entities: []string{"org:cis", "gpe:XX"}}, ids(arts[0])},
		{"from", StoryQuery{MinArticles: 1, From: storyDay.Add(3 * time.Hour)}, ids(arts[0], arts[4])},
		{"to", StoryQuery{MinArticles: 1, To: storyDay.Add(3 * time.Hour)}, ids(arts[0], arts[3])},
		{"limit and offset", StoryQuery{MinArticles: 1, Limit: 1, Offset: 1}, ids(arts[4])},
		{"none", StoryQuery{From: storyDay.Add(24 * time.Hour)}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ss, _, err := s.Stories(ctx, tt.q)
			if err != nil {
				t.Fatal(err)
			}
			var got []int64
			for _, st := range ss {
				got = append(got, st.ID)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got stories %v, want %v", got, tt.want)
			}
		})
	}

	// Paging by cursor visits every story once, in order.
	var paged []int64
	q := StoryQuery{MinArticles: 1, Limit: 2}
	for range 5 {
		ss, next, err := s.Stories(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		for _, st := range ss {
			paged = append(paged, st.ID)
		}
		if next == "" {
			break
		}
		q.Cursor = next
	}
	if want := tests[0].want; !reflect.DeepEqual(paged, want) {
		t.Errorf("paged = %v, want %v", paged, want)
	}
	if _, _, err := s.Stories(ctx, StoryQuery{Cursor: "not a cursor"}); !errors.Is(err, ErrBadCursor) {
		t.Errorf("bad cursor: error %v, want ErrBadCursor", err)
	}
}

// dumpStories returns every row of the story tables.
func dumpStories(t *testing.T, s *Store) string {
	t.Helper()
	var b strings.Builder
	for _, q := range []string{
		`SELECT id, lead_id, title, first, last, articles, near_duplicates, sites, langs, entities FROM stories ORDER BY id`,
		`SELECT article_id, story_id, coalesce(near_duplicate_of, 0), stale FROM story_members ORDER BY article_id`,
	} {
		rows, err := s.db.Query(q)
		if err != nil {
			t.Fatal(err)
		}
		cols, _ := rows.Columns()
		for rows.Next() {
			vals := make([]any, len(cols))
			ptrs := make([]any, len(cols))
			for i := range vals {
				ptrs[i] = &vals[i]
			}
			if err := rows.Scan(ptrs...); err != nil {
				t.Fatal(err)
			}
			fmt.Fprintln(&b, vals...)
		}
		rows.Close()
	}
	return b.String()
}

func TestStoriesIdempotent(t *testing.T) {
	ctx := context.Background()
	s, _ := storyFixture(t)
	before := dumpStories(t, s)
	r, err := stories.Update(ctx, s, stories.Options{})
	if err != nil || r.New != 0 || r.Articles != 0 {
		t.Errorf("Update with nothing new = %+v, %v; want nothing done", r, err)
	}
	for range 2 {
		if _, err := stories.Rebuild(ctx, s, stories.Options{}); err != nil {
			t.Fatal(err)
		}
		if after := dumpStories(t, s); after != before {
			t.Errorf("rows after Rebuild:\n%s\nwant\n%s", after, before)
		}
	}
}

func TestStoriesIncremental(t *testing.T) {
	ctx := context.Background()
	s, arts := storyFixture(t)
	// A later report of the meeting joins its story; the story keeps its id.
	late := storyArticle("https://d.example/1", "Aliyev and Putin close a year of tension", "d.example", "en", 30,
		"Azerbaijan's Ilham Aliyev said after meeting Vladimir Putin in Dushanbe that relations were back on track.",
		"Q:vladimir-putin", 2, "Q:ilham-aliyev", 3, "city:dushanbe", 1, "gpe:AZ", 2)
	// A Saudi report whose text changes is clustered again.
	edited := storyArticle("https://a.example/2", "ميناء جدة يستقبل سفينة حاويات", "a.example", "ar", 2,
		"وصلت إلى ميناء جدة الإسلامي أول سفينة حاويات عملاقة ضمن خط ملاحي جديد.", "gpe:SA", 2, "city:jeddah", 1)
	rs, err := s.SaveArticles(ctx, []*model.Article{late, edited})
	if err != nil || rs[0].Outcome != Inserted || rs[1].Outcome != Updated {
		t.Fatalf("save: %+v, %v", rs, err)
	}
	if _, _, n, err := s.UnclusteredSpan(ctx); err != nil || n != 2 {
		t.Fatalf("UnclusteredSpan: %d articles, %v; want 2 (the new one, the changed one)", n, err)
	}
	r, err := stories.Update(ctx, s, stories.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if r.New != 2 {
		t.Errorf("Update = %+v, want 2 new", r)
	}
	st, err := s.ArticleStory(ctx, late.ID)
	if err != nil {
		t.Fatal(err)
	}
	if st.ID != arts[0].ID || st.Articles != 4 || !st.Last.Equal(late.Published) {
		t.Errorf("story of the late report = %+v, want story %d of 4 articles, last %v", st, arts[0].ID, late.Published)
	}
	if _, _, n, _ := s.UnclusteredSpan(ctx); n != 0 {
		t.Errorf("%d articles unclustered after Update, want 0", n)
	}
	// The incremental result is the full one.
	inc := dumpStories(t, s)
	if _, err := stories.Rebuild(ctx, s, stories.Options{}); err != nil {
		t.Fatal(err)
	}
	if full := dumpStories(t, s); full != inc {
		t.Errorf("after Update:\n%s\nafter Rebuild:\n%s", inc, full)
	}
}
