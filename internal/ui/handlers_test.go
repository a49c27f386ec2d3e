package ui_test

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/marsad/marsad/internal/analyze"
	"github.com/marsad/marsad/internal/ingest"
	"github.com/marsad/marsad/internal/model"
	"github.com/marsad/marsad/internal/server"
	"github.com/marsad/marsad/internal/storage"
	"github.com/marsad/marsad/internal/stories"
)

// hostile is an article whose every field tries to break out of the page.
var hostile = &model.Article{
	URL:   "javascript:alert(1)",
	Title: `<script>alert("title")</script>`,
	Site:  `"><script>alert("site")</script>`,
	Lang:  "ar",
	Text:  `قال <script>alert("text")</script> "<img src=x onerror=alert(1)>" يوم الأحد.`,
}

// testServer is the UI and API over a store with the bundled samples and
// the hostile article, each analysed.
type testServer struct {
	h         http.Handler
	st        *storage.Store
	putin     int64 // the article that quotes Putin most
	hostileID int64
	story     int64 // the story of the Arabic and English reports
}

var shared *testServer

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "marsad-ui-test-")
	if err != nil {
		panic(err)
	}
	code := func() int {
		ts, err := newTestServer(context.Background(), filepath.Join(dir, "ui.db"))
		if err != nil {
			panic(err)
		}
		defer ts.st.Close()
		shared = ts
		return m.Run()
	}()
	os.RemoveAll(dir)
	os.Exit(code)
}

func newTestServer(ctx context.Context, path string) (*testServer, error) {
	st, err := storage.Open(ctx, path)
	if err != nil {
		return nil, err
	}
	proc := ingest.NewProcessor(nil)
	if proc.Analyzer, err = analyze.New(); err != nil {
		return nil, err
	}
	// With an English report of the meeting the Arabic sample describes:
	// the two make a story.
	articles, err := ingest.SampleArticles(proc, filepath.Join("..", "stories", "testdata", "dushanbe-en.txt"))
	if err != nil {
		return nil, err
	}
	h := *hostile
	an, err := proc.Analyzer.Analyze(ctx, h.Text, h.Lang)
	if err != nil {
		return nil, err
	}
	h.Analysis = an
	// A quotation and an entity with hostile names too.
	said := "يوم الأحد"
	start := utf8.RuneCountInString(h.Text[:strings.Index(h.Text, said)])
	h.Analysis.Quotes = append(h.Analysis.Quotes, model.Quote{Speaker: &model.Speaker{ID: "x:hostile", Name: `<script>alert("speaker")</script>`},
		Text: said, Start: start, End: start + utf8.RuneCountInString(said), Kind: "direct"})
	h.Analysis.Entities = append(h.Analysis.Entities, model.Entity{ID: "x:hostile", Name: `<script>alert("entity")</script>`, Type: "PER",
		Mentions: []model.Mention{{Start: 4, End: 12, Text: "<script>"}}})
	articles = append(articles, &h)
	saved, err := st.SaveArticles(ctx, articles)
	if err != nil {
		return nil, err
	}
	ts := &testServer{st: st}
	for i, s := range saved {
		if s.Err != nil {
			return nil, s.Err
		}
		if articles[i] == &h {
			ts.hostileID = s.ID
		}
		if strings.Contains(articles[i].Text, "أود أن أبدأ اجتماعنا") {
			ts.putin = s.ID
		}
	}
	if _, err := stories.Update(ctx, st, stories.Options{}); err != nil {
		return nil, err
	}
	ss, _, err := st.Stories(ctx, storage.StoryQuery{})
	if err != nil {
		return nil, err
	}
	if len(ss) != 1 {
		return nil, fmt.Errorf("want one story of the Arabic and English reports, got %+v", ss)
	}
	ts.story = ss[0].ID
	srv, err := server.New(st, slog.New(slog.DiscardHandler), server.Options{})
	if err != nil {
		return nil, err
	}
	ts.h = srv.Handler()
	return ts, nil
}

// get serves a GET of target and returns the response and its body.
func (ts *testServer) get(t *testing.T, target string, cookies ...*http.Cookie) (*http.Response, string) {
	t.Helper()
	req := httptest.NewRequest(http.MethodGet, target, nil)
	for _, c := range cookies {
		req.AddCookie(c)
	}
	rec := httptest.NewRecorder()
	ts.h.ServeHTTP(rec, req)
	res := rec.Result()
	b, _ := io.ReadAll(res.Body)
	return res, string(b)
}

func TestPages(t *testing.T) {
	ts := shared
	if ts.putin == 0 {
		t.Fatal("the Putin sample was not stored")
	}
	article := "/articles/" + strconv.FormatInt(ts.putin, 10)
	story := "/stories/" + strconv.FormatInt(ts.story, 10)
	aliyev := url.QueryEscape("علييف")
	for _, tc := range []struct {
		path   string
		status int
		want   []string
	}{
		{"/", 200, []string{`<html lang="ar" dir="rtl">`, `id="search-form"`, `name="q"`, "أحدث المقالات", "الأكثر ذكراً",
			`href="/entities/Q:vladimir-putin"`, "أحدث القصص", `href="` + story + `"`, `dir="auto"`}},
		{"/search?q=" + aliyev, 200, []string{"<mark>علييف</mark>", `href="` + article + `"`, "entity=Q%3Ailham-aliyev", "lang=ar",
			`facets`}},
		{"/search?q=" + aliyev + "&entity=Q:ilham-aliyev", 200, []string{"<mark>علييف</mark>", "<bdi>إلهام علييف</bdi> ✕"}},
		{"/search?entity=" + url.QueryEscape("بوتين"), 200, []string{`href="` + article + `"`}},
		{"/search", 200, []string{"اكتب كلمات للبحث"}},
		{"/search?q=" + url.QueryEscape("كلمةغيرموجودةأبداً"), 200, []string{"لا توجد مقالات مطابقة"}},
		{article, 200, []string{`<q class="quote direct" id="quote-at-`, `data-speaker="فلاديمير بوتين"`,
			`<a class="ent ent-PER" href="/entities/Q:vladimir-putin"`, `<a class="ent ent-GPE" href="/entities/gpe:AZ"`,
			`<span class="amount" title="مستوى: 2,520,000,000 دولار أمريكي`, "الأحداث في المقالة", "تشاور", "الأرقام والكميات",
			`href="#quote-at-`, "هذه المقالة جزء من قصة", `href="` + story + `"`}},
		{"/entities", 200, []string{`href="/entities/Q:vladimir-putin"`, "فلاديمير بوتين", "Vladimir Putin"}},
		{"/entities?type=ORG&q=" + url.QueryEscape("رابطة"), 200, []string{"رابطة الدول المستقلة"}},
		{"/entities/Q:vladimir-putin", 200, []string{"<h1 dir=\"auto\">فلاديمير بوتين</h1>", `<svg class="timechart"`,
			`<title id="chart-title">`, `class="bar"`, "أحدث الاقتباسات", "كيانات مرتبطة", "أحداث بصفته فاعلاً", "أحداث بصفته متلقياً",
			`href="/search?entity=Q%3avladimir-putin"`, "إلهام علييف"}},
		{"/quotes", 200, []string{`class="quote-card direct"`, "فلاديمير بوتين"}},
		{"/quotes?speaker=" + url.QueryEscape("بوتين"), 200, []string{"أود أن أبدأ اجتماعنا"}},
		{"/quotes?speaker=nobody-at-all", 200, []string{"لا اقتباسات مطابقة"}},
		{"/events", 200, []string{`class="timeline"`, `class="ev-type q-vcoop"`, "فلاديمير بوتين", "وتقارير أخرى عنه"}},
		{"/events?type=CONSULT&actor=" + url.QueryEscape("Ilham Aliyev"), 200, []string{"تشاور", "إلهام علييف"}},
		{"/graph", 200, []string{`<svg class="actor-graph"`, `<a class="node" href="/entities/Q:vladimir-putin">`, `class="edge q-vcoop"`,
			"تعاون لفظي", "نزاع مادي", `<table class="edges-table">`}},
		{"/graph?from=1990-01-01&to=1990-02-01", 200, []string{"لا أحداث بين كيانين"}},
		{"/stories", 200, []string{`class="story-card"`, `href="` + story + `"`, "العربية، الإنجليزية", "فلاديمير بوتين"}},
		{"/stories?entity=" + url.QueryEscape("Ilham Aliyev"), 200, []string{`href="` + story + `"`}},
		{"/stories?entity=gpe:SA", 200, []string{"لا قصص مطابقة"}},
		{story, 200, []string{`<ol class="articles story-members">`, `href="` + article + `"`, "Putin apologises to Aliyev", "الإنجليزية"}},
		{"/stories/0", 404, []string{"الصفحة غير موجودة"}},
		{"/stories/abc", 404, []string{"الصفحة غير موجودة"}},
		{"/stories/99999", 404, []string{"الصفحة غير موجودة"}},
		{"/stories?cursor=%21%21", 400, []string{"رقم صفحة غير صالح"}},

		{"/articles/0", 404, []string{"الصفحة غير موجودة", `<html lang="ar" dir="rtl">`}},
		{"/articles/abc", 404, []string{"الصفحة غير موجودة"}},
		{"/articles/99999", 404, []string{"الصفحة غير موجودة"}},
		{"/entities/per:nobody", 404, []string{"الصفحة غير موجودة"}},
		{"/no/such/page", 404, []string{"الصفحة غير موجودة"}},
		{"/search?q=x&from=yesterday", 400, []string{"تاريخ غير صالح", "yesterday"}},
		{"/events?type=BOGUS", 400, []string{"BOGUS"}},
		{"/entities?type=XYZ", 400, []string{"XYZ"}},
		{"/quotes?page=0", 400, []string{"رقم صفحة غير صالح"}},
	} {
		t.Run(tc.path, func(t *testing.T) {
			res, body := ts.get(t, tc.path)
			if res.StatusCode != tc.status {
				t.Fatalf("status %d, want %d\n%s", res.StatusCode, tc.status, body)
			}
			if ct := res.Header.Get("Content-Type"); ct != "text/html; charset=utf-8" {
				t.Errorf("Content-Type %q", ct)
			}
			if res.Header.Get("Content-Security-Policy") == "" {
				t.Error("no Content-Security-Policy")
			}
			for _, w := range tc.want {
				if !strings.Contains(body, w) {
					t.Errorf("page lacks %q", w)
				}
			}
			checkStrict(t, body)
		})
	}
}

// checkStrict fails on what the Content-Security-Policy would block or
// what the UI promises not to use: scripts, style attributes, <style>,
// resources from elsewhere.
func checkStrict(t *testing.T, body string) {
	t.Helper()
	for _, bad := range []string{"<script", " style=", "<style", `src="http`, `href="http://`, "<iframe"} {
		if strings.Contains(body, bad) {
			i := strings.Index(body, bad)
			t.Errorf("page holds %q: …%s…", bad, body[max(0, i-80):min(len(body), i+80)])
		}
	}
}

func TestHostileTextEscaped(t *testing.T) {
	ts := shared
	for _, path := range []string{
		"/articles/" + strconv.FormatInt(ts.hostileID, 10),
		"/search?q=" + url.QueryEscape("alert"),
		"/", "/quotes", "/entities", "/entities/x:hostile",
		"/search?q=" + url.QueryEscape(`"><script>alert(1)</script>`),
		"/entities?q=" + url.QueryEscape(`"><script>`),
	} {
		t.Run(path, func(t *testing.T) {
			res, body := ts.get(t, path)
			if res.StatusCode != 200 {
				t.Fatalf("status %d", res.StatusCode)
			}
			checkStrict(t, body)
			if strings.Contains(body, "<img src=x") {
				t.Error("page holds an <img> from the text")
			}
			if strings.Contains(body, `href="javascript:`) {
				t.Error("a javascript: link got through")
			}
		})
	}
	_, body := ts.get(t, "/articles/"+strconv.FormatInt(ts.hostileID, 10))
	for _, want := range []string{"&lt;script&gt;</a>alert(&#34;text&#34;)&lt;/script&gt;", "&lt;script&gt;alert(&#34;title&#34;)&lt;/script&gt;",
		`data-speaker="&lt;script&gt;alert(&#34;entity&#34;)&lt;/script&gt;"`} {
		if !strings.Contains(body, want) {
			t.Errorf("article page lacks the escaped %q", want)
		}
	}
}

func TestLanguageSwitch(t *testing.T) {
	ts := shared
	res, body := ts.get(t, "/entities/Q:vladimir-putin?hl=en")
	if !strings.Contains(body, `<html lang="en" dir="ltr">`) || !strings.Contains(body, "<h1 dir=\"auto\">Vladimir Putin</h1>") ||
		!strings.Contains(body, "Mentions over time") {
		t.Errorf("?hl=en did not give the English page")
	}
	var c *http.Cookie
	for _, ck := range res.Cookies() {
		if ck.Name == "hl" {
			c = ck
		}
	}
	if c == nil || c.Value != "en" || !c.HttpOnly || c.Path != "/" {
		t.Fatalf("cookie %+v, want hl=en on / (HttpOnly)", c)
	}
	// The cookie keeps English; the switch leads back to Arabic.
	_, body = ts.get(t, "/graph", c)
	if !strings.Contains(body, `<html lang="en" dir="ltr">`) || !strings.Contains(body, "Verbal cooperation") {
		t.Error("the cookie did not keep English")
	}
	if !strings.Contains(body, `href="/graph?hl=ar"`) {
		t.Error("no switch back to Arabic")
	}
	_, body = ts.get(t, "/?hl=ar", c)
	if !strings.Contains(body, `<html lang="ar" dir="rtl">`) {
		t.Error("?hl=ar did not win over the cookie")
	}
	_, body = ts.get(t, "/?hl=fr")
	if !strings.Contains(body, `<html lang="ar" dir="rtl">`) {
		t.Error("an unknown language is not Arabic")
	}
}

func TestStatic(t *testing.T) {
	ts := shared
	_, home := ts.get(t, "/")
	i := strings.Index(home, `/static/style.css?v=`)
	if i < 0 {
		t.Fatal("the home page links no versioned style sheet")
	}
	link := home[i : i+strings.IndexByte(home[i:], '"')]
	res, css := ts.get(t, link)
	if res.StatusCode != 200 || !strings.HasPrefix(res.Header.Get("Content-Type"), "text/css") || !strings.Contains(css, "direction") {
		t.Fatalf("%s: status %d, type %q", link, res.StatusCode, res.Header.Get("Content-Type"))
	}
	if cc := res.Header.Get("Cache-Control"); !strings.Contains(cc, "immutable") {
		t.Errorf("versioned file Cache-Control %q, want immutable", cc)
	}
	etag := res.Header.Get("ETag")
	req := httptest.NewRequest(http.MethodGet, "/static/style.css", nil)
	req.Header.Set("If-None-Match", etag)
	rec := httptest.NewRecorder()
	ts.h.ServeHTTP(rec, req)
	if rec.Code != http.StatusNotModified {
		t.Errorf("revalidation with ETag %s: status %d, want 304", etag, rec.Code)
	}
	if cc := rec.Header().Get("Cache-Control"); !strings.Contains(cc, "max-age=3600") {
		t.Errorf("unversioned Cache-Control %q", cc)
	}
	for _, p := range []string{"/static/", "/static/nope.css", "/static/ui.go"} {
		if res, _ := ts.get(t, p); res.StatusCode != 404 {
			t.Errorf("%s: status %d, want 404", p, res.StatusCode)
		}
	}
}

func TestStoreError(t *testing.T) {
	ctx := context.Background()
	st, err := storage.Open(ctx, filepath.Join(t.TempDir(), "closed.db"))
	if err != nil {
		t.Fatal(err)
	}
	srv, err := server.New(st, slog.New(slog.DiscardHandler), server.Options{})
	if err != nil {
		t.Fatal(err)
	}
	st.Close()
	ts := &testServer{h: srv.Handler()}
	for _, p := range []string{"/", "/articles/1", "/entities/Q:vladimir-putin", "/graph"} {
		res, body := ts.get(t, p)
		if res.StatusCode != 500 || !strings.Contains(body, "خطأ في الخادم") {
			t.Errorf("%s over a closed store: status %d, want the 500 page", p, res.StatusCode)
		}
	}
}
