package crawl_test

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"golang.org/x/text/encoding/charmap"

	"github.com/marsad/marsad/internal/crawl"
	"github.com/marsad/marsad/internal/extract"
	"github.com/marsad/marsad/internal/fetch"
	"github.com/marsad/marsad/internal/ingest"
	"github.com/marsad/marsad/internal/storage"
)

// site is a news site on a loopback port: a robots.txt, an RSS feed that
// answers conditional requests, and its article pages, counting every
// request by path.
type site struct {
	*httptest.Server
	mu    sync.Mutex
	hits  map[string]int
	pages map[string]func(w http.ResponseWriter)
	delay time.Duration
}

func articleHTML(title, body string) string {
	return `<!doctype html><html lang="ar"><head><meta charset="utf-8"><title>` + title + `</title></head><body>
<nav><a href="/">الرئيسية</a> <a href="/world">العالم</a></nav><article><h1>` + title + `</h1>
<p>` + body + `</p><p>` + body + `</p><p>` + body + `</p></article><footer>جميع الحقوق محفوظة</footer></body></html>`
}

func newSite(t *testing.T, n int) *site {
	s := &site{hits: map[string]int{}, pages: map[string]func(w http.ResponseWriter){}}
	for i := range n {
		title := fmt.Sprintf("الوزير يبحث التعاون الاقتصادي في جولته رقم %d", i)
		body := fmt.Sprintf("قال وزير الخارجية في مؤتمر صحفي عقده في الرياض اليوم إن المحادثات مع نظيره تناولت العلاقات الثنائية والتعاون في مجالات الطاقة والتجارة، مشيراً إلى أن الجولة رقم %d ستتبعها زيارات أخرى.", i)
		page := articleHTML(title, body)
		s.pages[fmt.Sprintf("/news/%d", i)] = func(w http.ResponseWriter) {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			io.WriteString(w, page)
		}
	}
	s.Server = httptest.NewServer(http.HandlerFunc(s.serve))
	t.Cleanup(s.Close)
	return s
}

func (s *site) serve(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	s.hits[r.URL.Path]++
	s.mu.Unlock()
	switch r.URL.Path {
	case "/robots.txt":
		io.WriteString(w, "User-agent: *\nDisallow: /private/\n")
		return
	case "/feed.xml":
		const etag = `"v1"`
		if r.Header.Get("If-None-Match") == etag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", etag)
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>أخبار</title>`)
		var paths []string
		for p := range s.pages {
			paths = append(paths, p)
		}
		for _, p := range paths {
			fmt.Fprintf(w, `<item><title>خبر</title><link>%s%s</link><pubDate>Mon, 30 Nov 2026 08:00:00 GMT</pubDate></item>`, s.URL, p)
		}
		fmt.Fprint(w, `</channel></rss>`)
		return
	}
	if s.delay > 0 {
		time.Sleep(s.delay)
	}
	s.mu.Lock()
	page := s.pages[r.URL.Path]
	s.mu.Unlock()
	if page == nil {
		http.NotFound(w, r)
		return
	}
	page(w)
}

func (s *site) hit(path string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.hits[path]
}

func newCrawler(t *testing.T, st *storage.Store) *crawl.Crawler {
	t.Helper()
	client := fetch.NewClient(fetch.ClientOptions{HostInterval: time.Millisecond, Retries: 1, RetryBase: time.Millisecond})
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	return crawl.New(st, crawl.Polite(client), ingest.NewProcessor(nil), nil, nil, log,
		crawl.Options{Workers: 2, Lease: 2 * time.Second, NeedsJS: extract.NeedsJS})
}

func openStore(t *testing.T, path string) *storage.Store {
	t.Helper()
	st, err := storage.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

func TestCrawlFeedThenNothingTwice(t *testing.T) {
	ctx := context.Background()
	s := newSite(t, 4)
	// The hard pages: robots.txt forbids one, one needs JavaScript, one is
	// gone, one is windows-1256 without a meta tag or a header charset.
	s.pages["/private/secret"] = func(w http.ResponseWriter) { io.WriteString(w, articleHTML("سر", "نص")) }
	s.pages["/app"] = func(w http.ResponseWriter) {
		w.Header().Set("Content-Type", "text/html")
		io.WriteString(w, `<html><head><title>x</title></head><body><noscript>Sorry, you need to enable JavaScript to visit this website.</noscript><div id="root"></div><script src="/app.js"></script></body></html>`)
	}
	s.pages["/gone"] = nil
	enc, _ := charmap.Windows1256.NewEncoder().String(strings.Replace(articleHTML("وزير المالية يعلن الميزانية الجديدة للعام المقبل",
		"أعلن وزير المالية اليوم عن الميزانية الجديدة التي تتضمن زيادة في الإنفاق على التعليم والصحة بنسبة كبيرة مقارنة بالعام الماضي."), `<meta charset="utf-8">`, "", 1))
	s.pages["/cp1256"] = func(w http.ResponseWriter) {
		w.Header().Set("Content-Type", "text/html")
		io.WriteString(w, enc)
	}
	st := openStore(t, filepath.Join(t.TempDir(), "c.db"))
	if _, _, err := st.AddSource(ctx, storage.Source{URL: s.URL + "/feed.xml", Kind: "feed"}); err != nil {
		t.Fatal(err)
	}
	// /gone is listed in the feed (pages has the key) but answers 404.
	cr := newCrawler(t, st)
	stats, err := cr.Once(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if stats.Stored != 5 {
		t.Errorf("stored %d, want 5 (4 news pages and the windows-1256 one): %+v", stats.Stored, stats)
	}
	if stats.Failed != 3 {
		t.Errorf("failed %d, want 3 (robots, JavaScript wall, 404): %+v", stats.Failed, stats)
	}
	if s.hit("/private/secret") != 0 {
		t.Error("fetched a page robots.txt forbids")
	}
	hits, err := st.Search(ctx, storage.SearchQuery{Text: "الميزانية الجديدة"})
	if err != nil || len(hits) != 1 {
		t.Errorf("windows-1256 page: %d hits (%v), want 1 decoded right", len(hits), err)
	}
	status, err := st.Sources(ctx)
	if err != nil || len(status) != 1 {
		t.Fatal(err)
	}
	if status[0].Done != 5 || status[0].Failed != 3 || status[0].LastSuccess.IsZero() {
		t.Errorf("source status %+v", status[0])
	}
	// The reasons are kept: nothing is stored as the wall it shows.
	found, _ := st.Search(ctx, storage.SearchQuery{Text: "enable JavaScript"})
	if len(found) != 0 {
		t.Error("the JavaScript wall was stored as an article")
	}

	// Again, once the source is due: the feed answers 304 and no page is
	// fetched a second time.
	before := map[string]int{}
	for p := range s.pages {
		before[p] = s.hit(p)
	}
	if err := st.SetSourceEnabled(ctx, status[0].ID, true); err != nil {
		t.Fatal(err)
	}
	cr2 := crawl.New(st, crawl.Polite(fetch.NewClient(fetch.ClientOptions{HostInterval: time.Millisecond})), ingest.NewProcessor(nil), nil, nil,
		slog.New(slog.NewTextHandler(io.Discard, nil)), crawl.Options{Now: func() time.Time { return time.Now().Add(7 * time.Hour) }, NeedsJS: extract.NeedsJS})
	stats, err = cr2.Once(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if stats.Polled != 1 || stats.Queued != 0 || stats.Stored != 0 {
		t.Errorf("second pass %+v, want one poll and nothing new", stats)
	}
	for p, n := range before {
		if s.hit(p) != n {
			t.Errorf("%s fetched again (%d → %d)", p, n, s.hit(p))
		}
	}
}

// TestMain lets the test binary play a crawler process for the kill test.
func TestMain(m *testing.M) {
	if db := os.Getenv("MARSAD_CRAWL_CHILD_DB"); db != "" {
		ctx := context.Background()
		st, err := storage.Open(ctx, db)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		client := fetch.NewClient(fetch.ClientOptions{HostInterval: time.Millisecond, HostConcurrency: 4})
		cr := crawl.New(st, crawl.Polite(client), ingest.NewProcessor(nil), nil, nil,
			slog.New(slog.NewTextHandler(io.Discard, nil)), crawl.Options{Workers: 4, Lease: 2 * time.Second})
		if _, err := cr.Once(ctx); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		st.Close()
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// TestCrawlSurvivesSIGKILL kills a crawling process several times in the
// middle of its work and lets a last one finish: every page ends stored
// exactly once, and every link is done.
func TestCrawlSurvivesSIGKILL(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: the kill test runs crawler processes for seconds")
	}
	ctx := context.Background()
	const n = 40
	s := newSite(t, n)
	s.delay = 60 * time.Millisecond
	db := filepath.Join(t.TempDir(), "k.db")
	st := openStore(t, db)
	if _, _, err := st.AddSource(ctx, storage.Source{URL: s.URL + "/feed.xml", Kind: "feed"}); err != nil {
		t.Fatal(err)
	}
	child := func() *exec.Cmd {
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(), "MARSAD_CRAWL_CHILD_DB="+db)
		cmd.Stderr = os.Stderr
		return cmd
	}
	// Each crawler is killed as soon as it has stored something new, so
	// that the kill lands while its other workers are mid-page.
	count := func() int {
		n, err := st.Count(ctx)
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	midway, last := false, 0
	for kill := range 3 {
		cmd := child()
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		for deadline := time.Now().Add(60 * time.Second); count() == last && time.Now().Before(deadline); {
			time.Sleep(10 * time.Millisecond)
		}
		cmd.Process.Signal(syscall.SIGKILL)
		cmd.Wait()
		last = count()
		t.Logf("after kill %d: %d of %d articles stored", kill+1, last, n)
		if last > 0 && last < n {
			midway = true
		}
	}
	if !midway {
		t.Fatal("no kill landed in the middle of the crawl: the test proves nothing")
	}
	// Let the leases of the killed crawler run out, then finish.
	time.Sleep(2500 * time.Millisecond)
	if err := child().Run(); err != nil {
		t.Fatalf("last crawler: %v", err)
	}
	if got := count(); got != n {
		t.Errorf("%d articles stored, want %d, each once", got, n)
	}
	q, err := st.QueueStats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if q.Done != n || q.Queued+q.Claimed+q.Failed != 0 {
		t.Errorf("queue %+v, want all %d done", q, n)
	}
	if err := st.VerifyRollups(ctx); err != nil {
		t.Error(err)
	}
}
