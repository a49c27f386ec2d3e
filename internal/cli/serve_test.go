package cli

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/marsad/marsad/internal/storage"
	"github.com/marsad/marsad/internal/warc"
)

// syncBuffer is a bytes.Buffer safe for a writer and a reader at once.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestServeFollowsSources starts marsad serve over a store that follows a
// feed on a loopback site: the crawler inside serve stores the feed's
// articles, keeps the raw pages in a WARC archive, and the server shuts
// down cleanly when asked.
func TestServeFollowsSources(t *testing.T) {
	site := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch {
		case r.URL.Path == "/robots.txt":
			io.WriteString(w, "User-agent: *\nAllow: /\n")
		case r.URL.Path == "/feed.xml":
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprint(w, `<rss version="2.0"><channel><title>أخبار</title>`)
			for i := range 3 {
				fmt.Fprintf(w, `<item><title>خبر %d</title><link>http://%s/news/%d</link></item>`, i, r.Host, i)
			}
			fmt.Fprint(w, `</channel></rss>`)
		case strings.HasPrefix(r.URL.Path, "/news/"):
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			p := strings.Repeat("التقى وزير الخارجية السعودي نظيره المصري في القاهرة وبحثا العلاقات الثنائية والتطورات الإقليمية. ", 4)
			fmt.Fprintf(w, `<html><head><title>لقاء %s</title></head><body><article><h1>لقاء رقم %s</h1><p>%s</p><p>%s</p></article></body></html>`,
				r.URL.Path, r.URL.Path, p, r.URL.Path)
		default:
			http.NotFound(w, r)
		}
	}))
	defer site.Close()
	dir := t.TempDir()
	db := filepath.Join(dir, "m.db")
	if code, _, errs := run(t, "", "sources", "add", "--db", db, site.URL+"/feed.xml"); code != 0 {
		t.Fatalf("sources add: %s", errs)
	}
	archive := filepath.Join(dir, "warc")
	ctx, cancel := context.WithCancel(context.Background())
	var out, errb syncBuffer
	done := make(chan int, 1)
	go func() {
		done <- Run(ctx, []string{"serve", "--db", db, "--addr", "127.0.0.1:0", "--samples=false",
			"--crawl-every", "200ms", "--render", "off", "--archive", archive, "--default-sources=false"}, strings.NewReader(""), &out, &errb)
	}()
	deadline := time.Now().Add(60 * time.Second)
	st, err := storage.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	for {
		n, err := st.Count(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		if n == 3 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("after 60 s the store has %d articles, want 3\nstdout: %s\nstderr: %s", n, out.String(), errb.String())
		}
		time.Sleep(100 * time.Millisecond)
	}
	// Stories follow in the background.
	for {
		ss, _, err := st.Stories(context.Background(), storage.StoryQuery{MinArticles: 1})
		if err != nil {
			t.Fatal(err)
		}
		if len(ss) > 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("no story after the crawler stored the articles")
		}
		time.Sleep(100 * time.Millisecond)
	}
	cancel()
	select {
	case code := <-done:
		if code != 0 {
			t.Errorf("serve exit %d: %s", code, errb.String())
		}
	case <-time.After(30 * time.Second):
		t.Fatal("serve did not stop")
	}
	if !strings.Contains(out.String(), "serving http://127.0.0.1:") {
		t.Errorf("serve printed %q, want its address", out.String())
	}
	// The archive holds the feed and the three pages as response records.
	files, _ := filepath.Glob(filepath.Join(archive, "*.warc.gz"))
	if len(files) == 0 {
		t.Fatalf("no WARC file in %s", archive)
	}
	responses := 0
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		r, err := warc.NewReader(fh)
		if err != nil {
			t.Fatal(err)
		}
		for {
			rec, err := r.Next()
			if err != nil {
				break
			}
			if rec.Type() == "response" {
				responses++
			}
		}
		fh.Close()
	}
	if responses < 4 {
		t.Errorf("%d response records archived, want the feed and 3 pages", responses)
	}
}

// TestDefaultSourcesSeededOnce: serve follows the default sources in a
// store that never had them, and once switched off they stay off.
func TestDefaultSourcesSeededOnce(t *testing.T) {
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "d.db")
	st, err := storage.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	e := &env{stdin: strings.NewReader(""), stdout: io.Discard, stderr: io.Discard}
	n, err := seedDefaultSources(ctx, e, st)
	if err != nil || n < 10 {
		t.Fatalf("first seeding added %d (%v), want the default list", n, err)
	}
	if code, _, errs := run(t, "", "sources", "defaults", "--off", "--db", db); code != 0 {
		t.Fatalf("sources defaults --off: %s", errs)
	}
	if n, err := seedDefaultSources(ctx, e, st); err != nil || n != 0 {
		t.Errorf("second seeding added %d (%v), want none", n, err)
	}
	list, err := st.Sources(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range list {
		if s.Enabled {
			t.Errorf("%s switched on again", s.URL)
		}
	}
}

// TestServePrintConfig: the configuration comes from flags and the
// environment, and the token is never printed.
func TestServePrintConfig(t *testing.T) {
	t.Setenv("MARSAD_ADDR", "127.0.0.1:9123")
	t.Setenv("MARSAD_TOKEN", "very-secret")
	code, out, errs := run(t, "", "serve", "--print-config", "--db", "/tmp/x.db", "--crawl-every", "1m")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{`"addr": "127.0.0.1:9123"`, `"db": "/tmp/x.db"`, `"token": "(set)"`, `"crawl_every": 60000000000`} {
		if !strings.Contains(out, want) {
			t.Errorf("config lacks %s:\n%s", want, out)
		}
	}
	if strings.Contains(out, "very-secret") {
		t.Error("the token is printed")
	}
}
