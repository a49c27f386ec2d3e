package fetch

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/andybalholm/brotli"
	"golang.org/x/text/encoding/charmap"

	"github.com/marsad/marsad/internal/charset"
)

// fast are options that keep the tests quick: no spacing to speak of,
// short backoff and timeouts.
func fast(o ClientOptions) ClientOptions {
	if o.HostInterval == 0 {
		o.HostInterval = time.Millisecond
	}
	if o.RetryBase == 0 {
		o.RetryBase = 10 * time.Millisecond
	}
	if o.HeaderTimeout == 0 {
		o.HeaderTimeout = 2 * time.Second
	}
	if o.Timeout == 0 {
		o.Timeout = 5 * time.Second
	}
	return o
}

// site is a loopback site: robots.txt and handlers by path, with a log of
// the requests it received.
type site struct {
	*httptest.Server
	mu   sync.Mutex
	log  []hit
	hits map[string]int
}

type hit struct {
	path string
	at   time.Time
	req  *http.Request
}

func newSite(t *testing.T, robots string, routes map[string]http.HandlerFunc) *site {
	t.Helper()
	s := &site{hits: map[string]int{}}
	mux := http.NewServeMux()
	mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) {
		if robots == "" {
			http.NotFound(w, r)
			return
		}
		io.WriteString(w, robots)
	})
	for p, h := range routes {
		mux.HandleFunc(p, h)
	}
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.log = append(s.log, hit{r.URL.Path, time.Now(), r})
		s.hits[r.URL.Path]++
		s.mu.Unlock()
		mux.ServeHTTP(w, r)
	}))
	t.Cleanup(s.Close)
	return s
}

func (s *site) count(path string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.hits[path]
}

// times returns when the requests for paths with prefix were received.
func (s *site) times(prefix string) []time.Time {
	s.mu.Lock()
	defer s.mu.Unlock()
	var ts []time.Time
	for _, h := range s.log {
		if strings.HasPrefix(h.path, prefix) {
			ts = append(ts, h.at)
		}
	}
	slices.SortFunc(ts, time.Time.Compare)
	return ts
}

func page(body string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		io.WriteString(w, body)
	}
}

func TestFetchRobotsForbids(t *testing.T) {
	s := newSite(t, "User-agent: *\nDisallow: /\n\nUser-agent: marsad\nDisallow: /private/\n", map[string]http.HandlerFunc{
		"/": page("<p>ok</p>"),
	})
	c := NewClient(fast(ClientOptions{}))
	ctx := context.Background()
	_, err := c.Fetch(ctx, Request{URL: s.URL + "/private/1"})
	if !errors.Is(err, ErrDisallowed) || Reason(err) != "robots" {
		t.Fatalf("Fetch(/private/1) = %v, want ErrDisallowed", err)
	}
	if _, err := c.Fetch(ctx, Request{URL: s.URL + "/news/1"}); err != nil {
		t.Fatalf("Fetch(/news/1) = %v, want the page", err)
	}
	if n := s.count("/private/1"); n != 0 {
		t.Errorf("the forbidden page was requested %d times", n)
	}
	if n := s.count("/robots.txt"); n != 1 {
		t.Errorf("robots.txt fetched %d times, want once (cached)", n)
	}
}

func TestFetchRobotsUnavailable(t *testing.T) {
	var status atomic.Int32
	status.Store(503)
	s := newSite(t, "", map[string]http.HandlerFunc{"/": page("<p>ok</p>")})
	s.Config.Handler = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			w.WriteHeader(int(status.Load()))
			return
		}
		page("<p>ok</p>")(w, r)
	})
	c := NewClient(fast(ClientOptions{Retries: -1, RobotsErrorTTL: 50 * time.Millisecond}))
	ctx := context.Background()
	if _, err := c.Fetch(ctx, Request{URL: s.URL + "/a"}); !errors.Is(err, ErrRobotsUnavailable) {
		t.Fatalf("robots.txt 503: Fetch = %v, want ErrRobotsUnavailable", err)
	}
	// Still cached as unavailable: no new request for robots.txt.
	if _, err := c.Fetch(ctx, Request{URL: s.URL + "/b"}); !errors.Is(err, ErrRobotsUnavailable) {
		t.Fatalf("second Fetch = %v, want ErrRobotsUnavailable from the cache", err)
	}
	// A 404 after the pause means there is no file: all allowed.
	status.Store(404)
	time.Sleep(60 * time.Millisecond)
	if _, err := c.Fetch(ctx, Request{URL: s.URL + "/a"}); err != nil {
		t.Fatalf("robots.txt 404: Fetch = %v, want the page", err)
	}
}

func TestFetchCrawlDelaySpacing(t *testing.T) {
	s := newSite(t, "User-agent: marsad\nCrawl-delay: 0.15\nAllow: /\n", map[string]http.HandlerFunc{"/": page("<p>ok</p>")})
	c := NewClient(fast(ClientOptions{}))
	var wg sync.WaitGroup
	for i := range 4 {
		wg.Go(func() {
			if _, err := c.Fetch(context.Background(), Request{URL: fmt.Sprintf("%s/n/%d", s.URL, i)}); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	ts := s.times("/n/")
	if len(ts) != 4 {
		t.Fatalf("server saw %d page requests, want 4", len(ts))
	}
	for i := 1; i < len(ts); i++ {
		if gap := ts[i].Sub(ts[i-1]); gap < 120*time.Millisecond {
			t.Errorf("gap %d = %v, want about 150ms (Crawl-delay)", i, gap)
		}
	}
}

func TestFetchRateLimitAndConcurrency(t *testing.T) {
	var inFlight, most atomic.Int32
	slow := func(w http.ResponseWriter, r *http.Request) {
		n := inFlight.Add(1)
		defer inFlight.Add(-1)
		for {
			m := most.Load()
			if n <= m || most.CompareAndSwap(m, n) {
				break
			}
		}
		time.Sleep(150 * time.Millisecond)
		io.WriteString(w, "ok")
	}
	s := newSite(t, "", map[string]http.HandlerFunc{"/slow/": slow, "/fast/": page("ok")})
	c := NewClient(fast(ClientOptions{HostInterval: 60 * time.Millisecond, HostConcurrency: 2}))
	fetchAll := func(prefix string, n int) {
		var wg sync.WaitGroup
		for i := range n {
			wg.Go(func() {
				if _, err := c.Fetch(context.Background(), Request{URL: fmt.Sprintf("%s%s%d", s.URL, prefix, i)}); err != nil {
					t.Error(err)
				}
			})
		}
		wg.Wait()
	}
	fetchAll("/fast/", 5)
	ts := s.times("/fast/")
	for i := 1; i < len(ts); i++ {
		if gap := ts[i].Sub(ts[i-1]); gap < 45*time.Millisecond {
			t.Errorf("gap %d = %v, want about 60ms (HostInterval)", i, gap)
		}
	}
	fetchAll("/slow/", 6)
	if m := most.Load(); m > 2 {
		t.Errorf("%d requests in flight to one host, want at most 2", m)
	}
}

func TestFetchRetryAfter(t *testing.T) {
	var n atomic.Int32
	s := newSite(t, "", map[string]http.HandlerFunc{
		"/busy": func(w http.ResponseWriter, r *http.Request) {
			if n.Add(1) == 1 {
				w.Header().Set("Retry-After", "1")
				w.WriteHeader(http.StatusTooManyRequests)
				return
			}
			io.WriteString(w, "<p>at last</p>")
		},
		"/away": func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Retry-After", "3600")
			w.WriteHeader(http.StatusServiceUnavailable)
		},
	})
	c := NewClient(fast(ClientOptions{MaxRetryWait: 2 * time.Second}))
	ctx := context.Background()
	res, err := c.Fetch(ctx, Request{URL: s.URL + "/busy"})
	if err != nil || string(res.Body) != "<p>at last</p>" {
		t.Fatalf("Fetch(/busy) = %v, %v; want the page after one retry", res, err)
	}
	ts := s.times("/busy")
	if len(ts) != 2 || ts[1].Sub(ts[0]) < 900*time.Millisecond {
		t.Errorf("requests at %v, want two, a second apart (Retry-After: 1)", ts)
	}
	// A Retry-After beyond MaxRetryWait ends the fetch at once and is
	// handed to the crawler.
	_, err = c.Fetch(ctx, Request{URL: s.URL + "/away"})
	var se *StatusError
	if !errors.As(err, &se) || se.Code != 503 || se.RetryAfter != time.Hour {
		t.Fatalf("Fetch(/away) = %v, want a 503 StatusError with RetryAfter 1h", err)
	}
	if Reason(err) != "http-503" || s.count("/away") != 1 {
		t.Errorf("Reason = %q, requests = %d; want http-503 and one request", Reason(err), s.count("/away"))
	}
}

func TestRetryAfterHeader(t *testing.T) {
	now := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	for v, want := range map[string]time.Duration{
		"":                              0,
		"120":                           2 * time.Minute,
		"-1":                            0,
		"soon":                          0,
		"Fri, 02 Jan 2026 03:05:05 GMT": time.Minute,
		"Fri, 02 Jan 2026 03:00:00 GMT": 0, // past
	} {
		if got := retryAfter(v, now); got != want {
			t.Errorf("retryAfter(%q) = %v, want %v", v, got, want)
		}
	}
}

func TestFetchHangs(t *testing.T) {
	s := newSite(t, "", map[string]http.HandlerFunc{
		"/headers": func(w http.ResponseWriter, r *http.Request) {
			<-r.Context().Done() // never answers
		},
		"/body": func(w http.ResponseWriter, r *http.Request) {
			w.Write([]byte("<p>start"))
			w.(http.Flusher).Flush()
			<-r.Context().Done() // never ends the body
		},
	})
	c := NewClient(fast(ClientOptions{HeaderTimeout: 200 * time.Millisecond, Timeout: 400 * time.Millisecond, Retries: 1}))
	for _, p := range []string{"/headers", "/body"} {
		start := time.Now()
		_, err := c.Fetch(context.Background(), Request{URL: s.URL + p})
		if Reason(err) != "timeout" {
			t.Errorf("Fetch(%s) = %v, want a timeout", p, err)
		}
		if d := time.Since(start); d > 3*time.Second {
			t.Errorf("Fetch(%s) took %v", p, d)
		}
		if n := s.count(p); n != 2 {
			t.Errorf("%s requested %d times, want 2 (one retry)", p, n)
		}
	}
}

func TestFetchRedirects(t *testing.T) {
	s := newSite(t, "", map[string]http.HandlerFunc{
		"/r/": func(w http.ResponseWriter, r *http.Request) {
			var i int
			fmt.Sscanf(r.URL.Path, "/r/%d", &i)
			http.Redirect(w, r, fmt.Sprintf("/r/%d", i+1), http.StatusFound)
		},
		"/a":     func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/b", http.StatusMovedPermanently) },
		"/b":     func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/a", http.StatusMovedPermanently) },
		"/c":     func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/final", http.StatusFound) },
		"/final": page("<p>here</p>"),
	})
	c := NewClient(fast(ClientOptions{MaxRedirects: 4}))
	ctx := context.Background()
	_, err := c.Fetch(ctx, Request{URL: s.URL + "/r/0"})
	if !errors.Is(err, ErrTooManyRedirects) || errors.Is(err, ErrRedirectLoop) {
		t.Errorf("redirects forever: %v, want ErrTooManyRedirects", err)
	}
	if n := len(s.times("/r/")); n != 5 {
		t.Errorf("followed %d requests, want 5 (the first and 4 redirects)", n)
	}
	_, err = c.Fetch(ctx, Request{URL: s.URL + "/a"})
	if !errors.Is(err, ErrRedirectLoop) || !strings.Contains(err.Error(), "/a → ") {
		t.Errorf("redirect loop: %v, want ErrRedirectLoop naming the chain", err)
	}
	res, err := c.Fetch(ctx, Request{URL: s.URL + "/c"})
	if err != nil || res.URL != s.URL+"/final" {
		t.Errorf("one redirect: %v, %v; want the final page", res, err)
	}
}

func TestFetchGzipBomb(t *testing.T) {
	// 1 GiB of zeros: one gzip member of 1 MiB zeros (about 1 KB),
	// repeated 1024 times; a gzip stream may hold many members.
	var member bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&member, gzip.BestCompression)
	zw.Write(make([]byte, 1<<20))
	zw.Close()
	s := newSite(t, "", map[string]http.HandlerFunc{
		"/bomb": func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Encoding", "gzip")
			w.Header().Set("Content-Type", "text/html")
			for range 1024 {
				if _, err := w.Write(member.Bytes()); err != nil {
					return
				}
			}
		},
	})
	const limit = 4 << 20
	c := NewClient(fast(ClientOptions{MaxBytes: limit}))
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	_, err := c.Fetch(context.Background(), Request{URL: s.URL + "/bomb"})
	runtime.ReadMemStats(&after)
	if !errors.Is(err, ErrTooLarge) {
		t.Fatalf("gzip bomb: %v, want ErrTooLarge", err)
	}
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 64<<20 {
		t.Errorf("gzip bomb allocated %d MiB, want about the %d MiB cap", alloc>>20, limit>>20)
	}
}

func TestFetchEncodings(t *testing.T) {
	const text = "<html><body><p>مرصد الأخبار: نص مضغوط</p></body></html>"
	var br, gz bytes.Buffer
	bw := brotli.NewWriter(&br)
	bw.Write([]byte(text))
	bw.Close()
	gw := gzip.NewWriter(&gz)
	gw.Write([]byte(text))
	gw.Close()
	serve := func(enc string, body []byte) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			if !strings.Contains(r.Header.Get("Accept-Encoding"), "br") {
				t.Errorf("Accept-Encoding = %q, want gzip and br", r.Header.Get("Accept-Encoding"))
			}
			w.Header().Set("Content-Encoding", enc)
			w.Write(body)
		}
	}
	s := newSite(t, "", map[string]http.HandlerFunc{
		"/br": serve("br", br.Bytes()), "/gz": serve("gzip", gz.Bytes()), "/plain": serve("identity", []byte(text)),
	})
	c := NewClient(fast(ClientOptions{}))
	for _, p := range []string{"/br", "/gz", "/plain"} {
		res, err := c.Fetch(context.Background(), Request{URL: s.URL + p})
		if err != nil || string(res.Body) != text {
			t.Errorf("Fetch(%s) = %v; body %q, want %q", p, err, res.Body, text)
		}
	}
}

func TestFetchWindows1256(t *testing.T) {
	const text = "أعلنت الحكومة اليوم عن خطة جديدة لدعم الصحفيين في المنطقة العربية"
	raw, err := charmap.Windows1256.NewEncoder().Bytes([]byte("<html><body><p>" + text + "</p></body></html>"))
	if err != nil {
		t.Fatal(err)
	}
	var gz bytes.Buffer
	gw := gzip.NewWriter(&gz)
	gw.Write(raw)
	gw.Close()
	s := newSite(t, "", map[string]http.HandlerFunc{
		"/header": func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html; charset=windows-1256")
			w.Write(raw)
		},
		"/sniffed": func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html")
			w.Header().Set("Content-Encoding", "gzip")
			w.Write(gz.Bytes())
		},
	})
	c := NewClient(fast(ClientOptions{}))
	for p, src := range map[string]charset.Source{"/header": charset.SourceHeader, "/sniffed": charset.SourceDetected} {
		res, err := c.Fetch(context.Background(), Request{URL: s.URL + p})
		if err != nil {
			t.Fatalf("Fetch(%s): %v", p, err)
		}
		d := charset.Decode(res.Body, res.ContentType)
		if !strings.Contains(d.Text, text) || d.Charset != "windows-1256" || d.Source != src {
			t.Errorf("%s decoded as %s by %s: %q", p, d.Charset, d.Source, d.Text)
		}
	}
}

func TestFetchConditional(t *testing.T) {
	const etag, lm = `"v1"`, "Mon, 05 Jan 2026 10:00:00 GMT"
	s := newSite(t, "", map[string]http.HandlerFunc{
		"/etag": func(w http.ResponseWriter, r *http.Request) {
			if r.Header.Get("If-None-Match") == etag {
				w.WriteHeader(http.StatusNotModified)
				return
			}
			w.Header().Set("ETag", etag)
			io.WriteString(w, "<p>v1</p>")
		},
		"/lm": func(w http.ResponseWriter, r *http.Request) {
			if r.Header.Get("If-Modified-Since") == lm {
				w.WriteHeader(http.StatusNotModified)
				return
			}
			w.Header().Set("Last-Modified", lm)
			io.WriteString(w, "<p>v1</p>")
		},
	})
	c := NewClient(fast(ClientOptions{}))
	ctx := context.Background()
	for _, p := range []string{"/etag", "/lm"} {
		first, err := c.Fetch(ctx, Request{URL: s.URL + p})
		if err != nil || first.NotModified || string(first.Body) != "<p>v1</p>" {
			t.Fatalf("first Fetch(%s) = %+v, %v", p, first, err)
		}
		again, err := c.Fetch(ctx, Request{URL: s.URL + p, ETag: first.ETag, LastModified: first.LastModified})
		if err != nil || !again.NotModified || again.Status != 304 || len(again.Body) != 0 {
			t.Fatalf("conditional Fetch(%s) = %+v, %v; want NotModified", p, again, err)
		}
		if again.ETag != first.ETag || again.LastModified != first.LastModified {
			t.Errorf("validators after 304: %q %q, want %q %q", again.ETag, again.LastModified, first.ETag, first.LastModified)
		}
	}
}

func TestCircuitBreaker(t *testing.T) {
	var failing atomic.Bool
	failing.Store(true)
	s := newSite(t, "", map[string]http.HandlerFunc{
		"/p": func(w http.ResponseWriter, r *http.Request) {
			if failing.Load() {
				w.WriteHeader(http.StatusInternalServerError)
				return
			}
			io.WriteString(w, "ok")
		},
	})
	const cool = 150 * time.Millisecond
	c := NewClient(fast(ClientOptions{Retries: -1, BreakerFailures: 3, BreakerCooldown: cool}))
	ctx := context.Background()
	get := func() error { _, err := c.Fetch(ctx, Request{URL: s.URL + "/p"}); return err }
	for i := range 3 {
		if err := get(); Reason(err) != "http-500" {
			t.Fatalf("failure %d: %v, want HTTP 500", i+1, err)
		}
	}
	if err := get(); !errors.Is(err, ErrCircuitOpen) {
		t.Fatalf("after 3 failures: %v, want ErrCircuitOpen", err)
	}
	if n := s.count("/p"); n != 3 {
		t.Errorf("server saw %d requests, want 3: an open circuit fails fast", n)
	}
	// Half-open: one probe goes through; it fails, and the circuit opens
	// again at once.
	time.Sleep(cool + 30*time.Millisecond)
	if err := get(); Reason(err) != "http-500" {
		t.Fatalf("probe: %v, want HTTP 500", err)
	}
	if err := get(); !errors.Is(err, ErrCircuitOpen) {
		t.Fatalf("after a failed probe: %v, want ErrCircuitOpen", err)
	}
	// The host recovers: the next probe closes the circuit.
	failing.Store(false)
	time.Sleep(cool + 30*time.Millisecond)
	for i := range 2 {
		if err := get(); err != nil {
			t.Fatalf("after recovery, fetch %d: %v", i+1, err)
		}
	}
	if n := s.count("/p"); n != 6 {
		t.Errorf("server saw %d requests, want 6", n)
	}
}

func TestReason(t *testing.T) {
	for err, want := range map[error]string{
		nil:                                   "",
		fmt.Errorf("x: %w", ErrDisallowed):    "robots",
		fmt.Errorf("x: %w", ErrTooLarge):      "too-large",
		&StatusError{Code: 404}:               "http-404",
		context.DeadlineExceeded:              "timeout",
		&redirectError{chain: []string{"a"}}:  "redirects",
		errors.New("something else entirely"): "error",
	} {
		if got := Reason(err); got != want {
			t.Errorf("Reason(%v) = %q, want %q", err, got, want)
		}
	}
}

func TestClientForgetsIdleHosts(t *testing.T) {
	c := NewClient(ClientOptions{})
	old := time.Now().Add(-2 * time.Hour)
	for i := range maxHosts - 1 {
		u, _ := url.Parse(fmt.Sprintf("https://h%d.example/", i))
		h := c.host(u)
		h.next = old
	}
	busy, _ := url.Parse("https://busy.example/")
	hb := c.host(busy)
	hb.slots <- struct{}{} // a request in flight
	if len(c.hosts) != maxHosts {
		t.Fatalf("%d hosts before the sweep", len(c.hosts))
	}
	u, _ := url.Parse("https://new.example/")
	c.host(u) // over the bound: the idle ones go
	if len(c.hosts) != 2 {
		t.Errorf("%d hosts after the sweep, want the busy one and the new one", len(c.hosts))
	}
	if c.hosts["https://busy.example"] == nil {
		t.Error("the host with a request in flight was forgotten")
	}
}
