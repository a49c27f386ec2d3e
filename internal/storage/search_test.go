package storage

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/marsad/marsad/internal/model"
)

// corpus is a small set of articles for search tests, keyed by a short name.
func corpus() map[string]*model.Article {
	day := func(m time.Month, d int) time.Time { return time.Date(2025, m, d, 8, 0, 0, 0, time.UTC) }
	return map[string]*model.Article{
		"apology": {
			URL: "https://www.independentarabia.com/node/1", Lang: "ar", Site: "independentarabia",
			Published: day(10, 11),
			Title:     "النسخة السوفياتية لبوتين: مصالحة علييف",
			Text: "طوى الرئيسان بوتين وعلييف صفحة تحطم طائرة آزال، واعتقال مواطنين روس في أذربيجان.\n\n" +
				"وقال بوتين إن الأمر يرتبط بعدة ظروف، والرئيس الروسي يريد طي الخلاف. " +
				"وكانت الطائرة الأذرية قد تحطمت في ديسمبر.",
		},
		"summit": {
			URL: "https://www.aljazeera.net/news/2", Lang: "ar", Site: "aljazeera",
			Published: day(10, 10),
			Title:     "قمة دوشنبه تجمع قادة آسيا الوسطى",
			Text: "اجتمع قادة روسيا وطاجيكستان وكازاخستان في العاصمة الطاجيكية. " +
				"وحضر زعيم أذربيجان إلهام علييف القمة، ووقعت اتفاقيات للتعاون في مستشفى ومدرسة.",
		},
		"trade": {
			URL: "https://www.aljazeera.net/news/3", Lang: "ar", Site: "aljazeera",
			Published: day(9, 1),
			Title:     "التجارة بين روسيا ورابطة الدول المستقلة",
			Text: "ارتفع حجم التجارة بنسبة سبعة في المئة ليصل إلى 112 مليار دولار. " +
				"وقال وزير الاقتصاد إن الأرقام مشجعة.",
		},
		"en": {
			URL: "https://www.reuters.com/world/4", Lang: "en", Site: "reuters",
			Published: day(10, 11),
			Title:     "Putin apologises to Aliyev over plane crash",
			Text: "Russian President Vladimir Putin met Azerbaijan's leader in Dushanbe. " +
				"The leaders signed agreements on trade and discussed the crash of the airliner.",
		},
		"en-summits": {
			URL: "https://www.reuters.com/world/5", Lang: "en", Site: "reuters",
			Title: "Central Asian summits",
			Text:  "Summits of Central Asian states are held every year; this one was in Tajikistan.",
		},
	}
}

// seed saves the corpus and returns the ids by name.
func seed(t testing.TB, s *Store) map[string]int64 {
	t.Helper()
	ids := map[string]int64{}
	c := corpus()
	names := make([]string, 0, len(c))
	for name := range c {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		if _, err := s.SaveArticle(context.Background(), c[name]); err != nil {
			t.Fatalf("save %s: %v", name, err)
		}
		ids[name] = c[name].ID
	}
	return ids
}

// hitNames returns the corpus names of hits, in order.
func hitNames(ids map[string]int64, hits []Hit) []string {
	byID := map[int64]string{}
	for name, id := range ids {
		byID[id] = name
	}
	var names []string
	for _, h := range hits {
		names = append(names, byID[h.ID])
	}
	return names
}

func TestSearchFinds(t *testing.T) {
	s := newStore(t)
	ids := seed(t, s)
	tests := []struct {
		name  string
		query string
		want  []string // sorted
	}{
		{"exact word", "دوشنبه", []string{"summit"}},
		{"alef with hamza written bare", "اذربيجان", []string{"apology", "summit"}},
		{"alef with hamza below", "إذربيجان", []string{"apology", "summit"}},
		{"clitic waw+al", "الرئيس", []string{"apology"}},
		{"query with clitic", "والرئيس", []string{"apology"}},
		{"ta marbuta written ha", "الطائره", []string{"apology"}},
		{"alef maqsura written ya", "مستشفي", []string{"summit"}},
		{"diacritics in query", "بُوتِين", []string{"apology"}},
		{"tatweel in query", "بوتـــين", []string{"apology"}},
		{"all terms must match", "علييف القمة", []string{"summit"}},
		{"no article has every term", "دوشنبه التجارة", nil},
		{"English, case", "PUTIN", []string{"en"}},
		{"English plural finds singular", "agreement", []string{"en"}},
		{"English singular finds plural", "summit", []string{"en-summits"}},
		{"English stemmed verb", "signing agreements", []string{"en"}},
		{"numbers", "112", []string{"trade"}},
		{"unknown word", "كوليسنيكوف", nil},
		{"empty", "", nil},
		{"only punctuation", "!؟،.«»", nil},
		{"only spaces", " \t\n", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			hits, err := s.Search(context.Background(), SearchQuery{Text: tt.query})
			if err != nil {
				t.Fatalf("Search(%q): %v", tt.query, err)
			}
			got := hitNames(ids, hits)
			slices.Sort(got)
			if !slices.Equal(got, tt.want) {
				t.Errorf("Search(%q) = %v, want %v", tt.query, got, tt.want)
			}
		})
	}
}

func TestSearchLongQuery(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	var words []string
	for i := range maxQueryTerms + 10 {
		words = append(words, fmt.Sprintf("kw%d", i))
	}
	text := strings.Join(words, " ")
	if _, err := s.SaveArticle(ctx, &model.Article{URL: "https://example.com/long", Text: text}); err != nil {
		t.Fatal(err)
	}
	// A pasted passage with more terms than count, and then words the
	// article lacks: the first maxQueryTerms terms decide.
	hits, err := s.Search(ctx, SearchQuery{Text: text + " absentword"})
	if err != nil || len(hits) != 1 {
		t.Errorf("Search(passage) = %d hits, %v; want 1", len(hits), err)
	}
	hits, err = s.Search(ctx, SearchQuery{Text: "absentword " + text})
	if err != nil || len(hits) != 0 {
		t.Errorf("Search(absent word first) = %d hits, %v; want 0", len(hits), err)
	}
}

func TestSearchFilters(t *testing.T) {
	s := newStore(t)
	ids := seed(t, s)
	oct := func(d int) time.Time { return time.Date(2025, 10, d, 0, 0, 0, 0, time.UTC) }
	tests := []struct {
		name string
		q    SearchQuery
		want []string
	}{
		{"no filter", SearchQuery{Text: "علييف"}, []string{"apology", "summit"}},
		{"lang", SearchQuery{Text: "Putin", Lang: "ar"}, nil},
		{"lang en", SearchQuery{Text: "crash", Lang: "en"}, []string{"en"}},
		{"site", SearchQuery{Text: "علييف", Site: "aljazeera"}, []string{"summit"}},
		{"site none", SearchQuery{Text: "علييف", Site: "bbc"}, nil},
		{"from", SearchQuery{Text: "علييف", From: oct(11)}, []string{"apology"}},
		{"to is exclusive", SearchQuery{Text: "علييف", To: time.Date(2025, 10, 11, 8, 0, 0, 0, time.UTC)}, []string{"summit"}},
		{"from and to", SearchQuery{Text: "روسيا", From: time.Date(2025, 8, 1, 0, 0, 0, 0, time.UTC), To: oct(1)}, []string{"trade"}},
		{"time zones", SearchQuery{Text: "علييف", From: time.Date(2025, 10, 11, 10, 0, 0, 0, time.FixedZone("AST", 3*3600))}, []string{"apology"}},
		{"undated left out by a date filter", SearchQuery{Text: "summits", From: oct(1)}, nil},
		{"limit", SearchQuery{Text: "علييف", Limit: 1}, []string{"x"}},
		{"offset past the end", SearchQuery{Text: "علييف", Offset: 5}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			hits, err := s.Search(context.Background(), tt.q)
			if err != nil {
				t.Fatalf("Search(%+v): %v", tt.q, err)
			}
			got := hitNames(ids, hits)
			if tt.name == "limit" {
				if len(got) != 1 {
					t.Errorf("Search with Limit 1 = %v, want 1 hit", got)
				}
				return
			}
			slices.Sort(got)
			if !slices.Equal(got, tt.want) {
				t.Errorf("Search(%+v) = %v, want %v", tt.q, got, tt.want)
			}
		})
	}

	// Paging walks through all hits in order, without repeats.
	all, err := s.Search(context.Background(), SearchQuery{Text: "علييف"})
	if err != nil {
		t.Fatal(err)
	}
	var paged []Hit
	for off := 0; ; off++ {
		page, err := s.Search(context.Background(), SearchQuery{Text: "علييف", Limit: 1, Offset: off})
		if err != nil {
			t.Fatal(err)
		}
		if len(page) == 0 {
			break
		}
		paged = append(paged, page...)
	}
	if fmt.Sprint(hitNames(ids, paged)) != fmt.Sprint(hitNames(ids, all)) {
		t.Errorf("paged = %v, want %v", hitNames(ids, paged), hitNames(ids, all))
	}
}

func TestSearchRanksTitleHigher(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	// The same words in both; "دوشنبه" is in the title of one and in the
	// text of the other.
	inText := &model.Article{URL: "https://example.com/text", Lang: "ar",
		Title: "لقاء الرئيسين في العاصمة",
		Text:  "التقى الرئيسان في دوشنبه لبحث التعاون الاقتصادي والعلاقات الثنائية بين البلدين."}
	inTitle := &model.Article{URL: "https://example.com/title", Lang: "ar",
		Title: "لقاء الرئيسين في دوشنبه",
		Text:  "التقى الرئيسان في العاصمة لبحث التعاون الاقتصادي والعلاقات الثنائية بين البلدين."}
	if _, err := s.SaveArticles(ctx, []*model.Article{inText, inTitle}); err != nil {
		t.Fatal(err)
	}
	hits, err := s.Search(ctx, SearchQuery{Text: "دوشنبه"})
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) != 2 {
		t.Fatalf("got %d hits, want 2", len(hits))
	}
	if hits[0].ID != inTitle.ID {
		t.Errorf("first hit = %q (score %.3f), want the title match %q (second, score %.3f)",
			hits[0].Title, hits[0].Score, inTitle.Title, hits[1].Score)
	}
	if hits[0].Score <= hits[1].Score {
		t.Errorf("scores %.4f, %.4f: want the first higher", hits[0].Score, hits[1].Score)
	}
}

// TestSearchSyntaxIsInert checks that FTS5 query syntax in the user's text is
// read as words (or nothing): the query finds what the same words without it
// find, and never fails.
func TestSearchSyntaxIsInert(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	seed(t, s)
	tests := []struct {
		query, plain string
	}{
		{`"`, ``},
		{`""""`, ``},
		{`*`, ``},
		{`-`, ``},
		{`:`, ``},
		{`(`, ``},
		{`NEAR(`, `NEAR`},
		{`^`, ``},
		{`{title_terms text_terms}:`, `title_terms text_terms`},
		{`"بوتين`, `بوتين`},
		{`بوتين"`, `بوتين`},
		{`"بوتين" "علييف"`, `بوتين علييف`},
		{`بوتين*`, `بوتين`},
		{`بوت*`, `بوت`},
		{`-بوتين`, `بوتين`},
		{`بوتين -علييف`, `بوتين علييف`},
		{`title_terms:بوتين`, `title_terms بوتين`},
		{`text_terms : بوتين`, `text_terms بوتين`},
		{`بوتين OR ترامب`, `بوتين OR ترامب`},
		{`بوتين AND NOT علييف`, `بوتين AND NOT علييف`},
		{`NEAR(بوتين علييف, 2)`, `NEAR بوتين علييف 2`},
		{`بوتين + علييف`, `بوتين علييف`},
		{`Putin OR Trump`, `Putin OR Trump`},
		{`crash*`, `crash`},
		{`'; DROP TABLE articles; --`, `DROP TABLE articles`},
		{"بوتين\x00علييف", "بوتين علييف"},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			got, err := s.Search(ctx, SearchQuery{Text: tt.query})
			if err != nil {
				t.Fatalf("Search(%q): %v", tt.query, err)
			}
			want, err := s.Search(ctx, SearchQuery{Text: tt.plain})
			if err != nil {
				t.Fatalf("Search(%q): %v", tt.plain, err)
			}
			if fmt.Sprint(ids(got)) != fmt.Sprint(ids(want)) {
				t.Errorf("Search(%q) = %v, want the hits of %q: %v", tt.query, ids(got), tt.plain, ids(want))
			}
		})
	}
	if n, err := s.Count(ctx); err != nil || n != len(corpus()) {
		t.Errorf("Count = %d, %v after the queries; want %d", n, err, len(corpus()))
	}
}

func ids(hits []Hit) []int64 {
	var out []int64
	for _, h := range hits {
		out = append(out, h.ID)
	}
	return out
}

// checkHighlights checks that the highlights of h are sorted, disjoint,
// inside the snippet, on character boundaries, and each analyses to one of
// the query's terms.
func checkHighlights(t *testing.T, s *Store, query string, h Hit) {
	t.Helper()
	want := map[string]bool{}
	for _, term := range s.queryTerms(query) {
		want[term] = true
	}
	last := 0
	for _, r := range h.Highlights {
		if r.Start < last || r.End <= r.Start || r.End > len(h.Snippet) {
			t.Errorf("highlight %v invalid in snippet of %d bytes (previous end %d)", r, len(h.Snippet), last)
			return
		}
		last = r.End
		word := h.Snippet[r.Start:r.End]
		if !utf8.ValidString(word) {
			t.Errorf("highlight %v = %q is not on character boundaries", r, word)
		}
		found := false
		for _, term := range s.queryTerms(word) {
			found = found || want[term]
		}
		if !found {
			t.Errorf("highlight %q analyses to %v, none of the query's terms %v", word, s.queryTerms(word), want)
		}
	}
}

func TestSearchSnippets(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	seed(t, s)
	long := &model.Article{URL: "https://example.com/long", Lang: "ar", Title: "تقرير طويل",
		Text: strings.Repeat("كلام عام لا صلة له بالموضوع. ", 40) +
			"وفي الختام التقى بوتين نظيره علييف في قصر الأمة. " +
			strings.Repeat("حشو آخر بلا معنى خاص. ", 40) +
			"وذكر المراسل اسم علييف مرة أخرى."}
	if _, err := s.SaveArticle(ctx, long); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		query     string
		id        int64 // 0: every hit
		wantWords []string
		marked    string // a substring of SnippetMarked("[", "]")
	}{
		{"اذربيجان", 0, []string{"أذربيجان"}, "[أذربيجان]"},
		{"الرئيس", 0, []string{"والرئيس"}, "[والرئيس]"},
		{"الطائره", 0, []string{"الطائرة"}, "[الطائرة]"},
		{"بوتين علييف", long.ID, []string{"بوتين", "علييف"}, "التقى [بوتين] نظيره [علييف] في"},
		{"crash", 0, []string{"crash"}, "[crash]"},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			hits, err := s.Search(ctx, SearchQuery{Text: tt.query})
			if err != nil {
				t.Fatal(err)
			}
			if len(hits) == 0 {
				t.Fatalf("Search(%q): no hits", tt.query)
			}
			for _, h := range hits {
				if tt.id != 0 && h.ID != tt.id {
					continue
				}
				checkHighlights(t, s, tt.query, h)
				for _, w := range tt.wantWords {
					if !strings.Contains(h.Snippet, w) {
						t.Errorf("snippet %q lacks %q", h.Snippet, w)
					}
				}
				if len(h.Highlights) == 0 {
					t.Errorf("snippet %q has no highlights", h.Snippet)
				}
				if m := h.SnippetMarked("[", "]"); !strings.Contains(m, tt.marked) {
					t.Errorf("SnippetMarked = %q, want it to contain %q", m, tt.marked)
				}
				if n := len(strings.Fields(h.Snippet)); n > snippetWords+2 {
					t.Errorf("snippet has %d words, want at most %d (+2 ellipses)", n, snippetWords)
				}
			}
		})
	}
}

func TestSnippetWindow(t *testing.T) {
	s := newStore(t)
	filler := func(n int) string { return strings.Repeat("حشو ", n) }
	tests := []struct {
		name       string
		text       string
		query      string
		wantMarked string // substring of SnippetMarked("[", "]")
		wantPrefix bool   // the snippet starts with an ellipsis
		wantSuffix bool   // the snippet ends with an ellipsis
	}{
		{"short text, whole", "قال بوتين كلمته.", "بوتين", "قال [بوتين] كلمته.", false, false},
		{"white space collapsed", "قال\n\nبوتين\t كلمته.", "بوتين", "قال [بوتين] كلمته.", false, false},
		{"match centred", filler(50) + "بوتين " + filler(50), "بوتين", "حشو [بوتين] حشو", true, true},
		{"most distinct terms win over an earlier single one",
			"علييف " + filler(60) + "بوتين و علييف " + filler(60), "بوتين علييف", "[بوتين] و [علييف]", true, true},
		{"no match in text: the start", "لا شيء هنا " + filler(40), "غائب", "لا شيء هنا", false, true},
		{"long word cut around the match",
			strings.Repeat("ا", 300) + "،بوتين،" + strings.Repeat("ب", 300), "بوتين", "،[بوتين]،", false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := map[string]bool{}
			for _, term := range s.queryTerms(tt.query) {
				want[term] = true
			}
			snip, hs := s.snippet(tt.text, want)
			h := Hit{Snippet: snip, Highlights: hs}
			checkHighlights(t, s, tt.query, h)
			if len(snip) > snippetWords*(maxWordBytes+1)+20 {
				t.Errorf("snippet is %d bytes long", len(snip))
			}
			m := h.SnippetMarked("[", "]")
			if !strings.Contains(m, tt.wantMarked) {
				t.Errorf("marked snippet = %q, want it to contain %q", m, tt.wantMarked)
			}
			if tt.name == "long word cut around the match" {
				return
			}
			if got := strings.HasPrefix(snip, ellipsis); got != tt.wantPrefix {
				t.Errorf("snippet %q starts with an ellipsis: %v, want %v", snip, got, tt.wantPrefix)
			}
			if got := strings.HasSuffix(snip, ellipsis); got != tt.wantSuffix {
				t.Errorf("snippet %q ends with an ellipsis: %v, want %v", snip, got, tt.wantSuffix)
			}
		})
	}
}

func TestSnippetMarked(t *testing.T) {
	tests := []struct {
		name string
		h    Hit
		want string
	}{
		{"none", Hit{Snippet: "قال بوتين"}, "قال بوتين"},
		{"one", Hit{Snippet: "قال بوتين", Highlights: []Range{{7, 17}}}, "قال <b>بوتين</b>"},
		{"two", Hit{Snippet: "a b c", Highlights: []Range{{0, 1}, {4, 5}}}, "<b>a</b> b <b>c</b>"},
		{"invalid ranges ignored", Hit{Snippet: "abc", Highlights: []Range{{2, 1}, {0, 9}, {1, 2}}}, "a<b>b</b>c"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.h.SnippetMarked("<b>", "</b>"); got != tt.want {
				t.Errorf("SnippetMarked = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestHitJSON(t *testing.T) {
	h := Hit{ID: 7, URL: "https://example.com/1", Title: "عنوان", Score: 1.5,
		Snippet: "قال بوتين لعلييف", Highlights: []Range{{7, 17}, {18, 30}}}
	b, err := json.Marshal(h)
	if err != nil {
		t.Fatal(err)
	}
	var raw struct {
		Highlights []Range `json:"highlights"`
		Published  *string `json:"published"`
	}
	if err := json.Unmarshal(b, &raw); err != nil {
		t.Fatal(err)
	}
	if want := []Range{{4, 9}, {10, 16}}; !slices.Equal(raw.Highlights, want) {
		t.Errorf("JSON highlights = %v, want code points %v", raw.Highlights, want)
	}
	if raw.Published != nil {
		t.Errorf("JSON has published = %q for a zero time, want it left out", *raw.Published)
	}
	var back Hit
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(back.Highlights, h.Highlights) || back.Snippet != h.Snippet || back.ID != h.ID {
		t.Errorf("round trip = %+v, want %+v", back, h)
	}
	if b, _ := json.Marshal(Hit{Snippet: "x"}); !strings.Contains(string(b), `"highlights":[]`) {
		t.Errorf("JSON of a hit without highlights = %s, want \"highlights\":[]", b)
	}
}

// TestConcurrentReadersAndWriter searches, counts and lists while another
// goroutine writes; in WAL mode none of them waits for or fails because of
// the other.
func TestConcurrentReadersAndWriter(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	seed(t, s)
	const writes = 100
	done := make(chan struct{})
	var wg sync.WaitGroup
	errs := make(chan error, 16)

	wg.Go(func() {
		defer close(done)
		for i := range writes {
			a := testArticle(fmt.Sprintf("https://example.com/w/%d", i), fmt.Sprintf("خبر متزامن رقم %d عن علييف", i))
			if _, err := s.SaveArticle(ctx, a); err != nil {
				errs <- fmt.Errorf("write %d: %w", i, err)
				return
			}
		}
	})
	for r := range 4 {
		wg.Go(func() {
			last := 0
			for {
				select {
				case <-done:
					return
				default:
				}
				hits, err := s.Search(ctx, SearchQuery{Text: "علييف", Limit: 1000})
				if err != nil {
					errs <- fmt.Errorf("reader %d: search: %w", r, err)
					return
				}
				if len(hits) < last {
					errs <- fmt.Errorf("reader %d: %d hits after %d: committed articles vanished", r, len(hits), last)
					return
				}
				last = len(hits)
				if _, err := s.Count(ctx); err != nil {
					errs <- fmt.Errorf("reader %d: count: %w", r, err)
					return
				}
				if _, err := s.Recent(ctx, 5); err != nil {
					errs <- fmt.Errorf("reader %d: recent: %w", r, err)
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	hits, err := s.Search(ctx, SearchQuery{Text: "متزامن", Limit: 1000})
	if err != nil || len(hits) != writes {
		t.Errorf("after the writes: %d hits, %v; want %d", len(hits), err, writes)
	}
}

func TestSearchCancelled(t *testing.T) {
	s := newStore(t)
	seed(t, s)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := s.Search(ctx, SearchQuery{Text: "علييف"}); !errors.Is(err, context.Canceled) {
		t.Errorf("Search with a cancelled context: %v, want context.Canceled", err)
	}
}

func FuzzSearch(f *testing.F) {
	for _, q := range []string{
		"بوتين", "اذربيجان", `"`, `*`, "NEAR(", "OR", "-", ":", `{title_terms}: x`, "بوتين*",
		`"بوتين" OR "علييف"`, "Putin AND crash", "\x00", "\xff\xfe", "ـــ", "َُ", strings.Repeat("ا ", 200),
	} {
		f.Add(q, 0, "")
	}
	f.Add("علييف", 1, "ar")
	s := newStore(f)
	seed(f, s)
	f.Fuzz(func(t *testing.T, query string, offset int, lang string) {
		ctx := context.Background()
		hits, err := s.Search(ctx, SearchQuery{Text: query, Offset: offset % 100, Lang: lang})
		if err != nil {
			t.Fatalf("Search(%q): %v", query, err)
		}
		for _, h := range hits {
			checkHighlights(t, s, query, h)
			_ = h.SnippetMarked("<", ">")
		}
	})
}

// FuzzSnippet checks that snippets of any text have valid highlight ranges.
func FuzzSnippet(f *testing.F) {
	f.Add("قال بوتين كلمته.\n\nوالرئيس الروسي في أذربيجان.", "الرئيس بوتين")
	f.Add(strings.Repeat("ا", 300)+"،بوتين،"+strings.Repeat("ب", 300), "بوتين")
	f.Add("Putin's meeting, 1,800 km away: U.S.-Russia talks.", "meet russia 1,800")
	f.Add("\xff\xfe بوتين \xd8", "بوتين")
	s := &Store{an: newStore(f).an}
	f.Fuzz(func(t *testing.T, text, query string) {
		want := map[string]bool{}
		for _, term := range s.queryTerms(query) {
			want[term] = true
		}
		snip, hs := s.snippet(text, want)
		last := 0
		for _, r := range hs {
			if r.Start < last || r.End <= r.Start || r.End > len(snip) {
				t.Fatalf("snippet %q: highlight %v invalid (previous end %d)", snip, r, last)
			}
			last = r.End
		}
		if n := len(strings.Fields(snip)); n > snippetWords+2 {
			t.Fatalf("snippet has %d words", n)
		}
		if len(snip) > snippetWords*(maxWordBytes+2*len(ellipsis)+1)+2*len(ellipsis)+2 {
			t.Fatalf("snippet is %d bytes", len(snip))
		}
		_ = Hit{Snippet: snip, Highlights: hs}.SnippetMarked("<", ">")
		if back := convertRanges(snip, convertRanges(snip, hs, true), false); !slices.Equal(back, hs) {
			t.Fatalf("snippet %q: highlights %v → code points → %v", snip, hs, back)
		}
	})
}

// TestRankWindow: a query matching more articles than the rank limit ranks
// the newest of them by relevance, and its facets still count them all.
func TestRankWindow(t *testing.T) {
	s := newStore(t)
	s.rankLimit = 4
	ctx := context.Background()
	var ids []int64
	for i := range 10 {
		site := "a"
		if i >= 6 {
			site = "b"
		}
		a := &model.Article{URL: fmt.Sprintf("https://x.example/%d", i), Title: "خبر", Site: site,
			Text: fmt.Sprintf("اجتماع وزراء الخارجية العرب رقم %d في القاهرة.", i), Lang: "ar"}
		r, err := s.SaveArticle(ctx, a)
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, r.ID)
	}
	hits, f, err := s.SearchWithFacets(ctx, SearchQuery{Text: "اجتماع وزراء", Limit: 20})
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) != 4 {
		t.Fatalf("%d hits, want the newest 4", len(hits))
	}
	for _, h := range hits {
		if h.ID < ids[6] {
			t.Errorf("hit %d is older than the newest 4 (%v)", h.ID, ids[6:])
		}
	}
	if f.Total != 10 {
		t.Errorf("facets total %d, want 10: every match counted", f.Total)
	}
	// With a filter the window is the newest 4 of the matches that pass
	// it: site a's, although site b's are newer.
	hits, err = s.Search(ctx, SearchQuery{Text: "اجتماع وزراء", Site: "a", Limit: 20})
	if err != nil || len(hits) != 4 {
		t.Fatalf("with a filter: %d hits (%v), want 4", len(hits), err)
	}
	for _, h := range hits {
		if h.ID < ids[2] || h.ID > ids[5] {
			t.Errorf("filtered hit %d, want one of site a's newest 4 %v", h.ID, ids[2:6])
		}
	}
}
