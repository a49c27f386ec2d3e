package ingest

import (
	"archive/zip"
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/marsad/marsad/internal/fetch"
	"github.com/marsad/marsad/internal/storage"
)

func openStore(t testing.TB) *storage.Store {
	t.Helper()
	st, err := storage.Open(context.Background(), filepath.Join(t.TempDir(), "test.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

func readRepoFile(t testing.TB, path string) []byte {
	b, err := os.ReadFile(filepath.Join("..", "..", path))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func gz(b []byte) []byte {
	var buf bytes.Buffer
	w := gzip.NewWriter(&buf)
	w.Write(b)
	w.Close()
	return buf.Bytes()
}

func write(t testing.TB, dir, name string, data []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestRunBadInputs feeds one batch with every kind of bad input the issue
// names beside good ones: each bad one gets a one-line reason, every good
// one is stored.
func TestRunBadInputs(t *testing.T) {
	page := readRepoFile(t, "samples/marsad-demo-page.html")
	// Variants of the page are distinct articles: without the page's
	// canonical link, which would make them versions of one article.
	variant := func(old, new string) []byte {
		b := bytes.Replace(page, []byte(old), []byte(new), 1)
		return bytes.Replace(b, []byte(`<link rel="canonical" href="https://news.example.org/2025/10/10/dushanbe-summit">`), nil, 1)
	}
	dump := readRepoFile(t, "samples/independent-arabia-putin-aliyev-dushanbe.txt")
	dir := t.TempDir()
	write(t, dir, "good/page.html", page)
	write(t, dir, "good/dump.txt", dump)
	write(t, dir, "good/page2.html.gz", gz(variant("سانت بطرسبورغ", "موسكو")))
	write(t, dir, "good/articles.jsonl", []byte(`{"url":"https://a.example/1","title":"One","text":"The first article, in English, with a sentence."}
{"url":"https://a.example/2","title":"Two","content":"المقال الثاني بالعربية وفيه جملة كاملة."}
{"title": "broken
`))
	write(t, dir, "bad/empty.html", nil)
	write(t, dir, "bad/binary.html", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00"))
	write(t, dir, "bad/noarticle.html", []byte("<html><body><nav><a href='/'>Home</a></nav></body></html>"))
	write(t, dir, "bad/corrupt.html.gz", []byte("\x1f\x8b\x08\x00garbage"))
	write(t, dir, "bad/huge.html", bytes.Repeat([]byte("<p>padding text </p>"), 50<<20/20+1))
	write(t, dir, "bad/notext.json", []byte(`{"title": "no body"}`))
	write(t, dir, "ignored/readme.md", []byte("# not an article"))
	truncated := variant("", "")
	write(t, dir, "good/truncated.html", truncated[:len(truncated)*2/3])
	write(t, dir, "good/invalid-utf8.txt", []byte("عنوان\n\nنص فيه بايتات \xff\xfe فاسدة، وجملة كاملة تتبعها.\n"))

	var hang = make(chan struct{})
	t.Cleanup(func() { close(hang) })
	mux := http.NewServeMux()
	mux.HandleFunc("/page", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(variant("الطاجيكية", "طاجيكستان"))
	})
	mux.HandleFunc("/hang", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-hang:
		case <-r.Context().Done():
		}
	})
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop?again", http.StatusFound)
	})
	mux.HandleFunc("/missing", http.NotFound)
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)

	st := openStore(t)
	r := &Reader{Fetcher: fetch.New(fetch.Options{HeaderTimeout: 300 * time.Millisecond, Timeout: time.Second}), MaxBytes: 32 << 20}
	inputs := []string{dir, srv.URL + "/page", srv.URL + "/hang", srv.URL + "/loop", srv.URL + "/missing", filepath.Join(dir, "no-such-file.html")}
	sum, err := Run(context.Background(), r, NewProcessor(nil), st, inputs, Options{Workers: 2, Batch: 3})
	if err != nil {
		t.Fatal(err)
	}
	wantFailed := map[string]string{
		"bad/empty.html":        "empty",
		"bad/binary.html":       "binary",
		"bad/noarticle.html":    "no article",
		"bad/corrupt.html.gz":   "gzip",
		"bad/huge.html":         "size limit",
		"bad/notext.json#1":     "no text",
		"good/articles.jsonl#3": "json",
		"/hang":                 "timeout",
		"/loop":                 "redirects",
		"/missing":              "404",
		"no-such-file.html":     "no such file",
	}
	if len(sum.Failed) != len(wantFailed) {
		t.Errorf("failed %d, want %d: %+v", len(sum.Failed), len(wantFailed), sum.Failed)
	}
	for suffix, reason := range wantFailed {
		found := false
		for _, f := range sum.Failed {
			if strings.HasSuffix(f.Name, suffix) {
				found = true
				if !strings.Contains(strings.ToLower(f.Reason), reason) {
					t.Errorf("%s: reason %q does not say %q", suffix, f.Reason, reason)
				}
				if strings.Contains(f.Reason, "\n") {
					t.Errorf("%s: reason is not one line", suffix)
				}
			}
		}
		if !found {
			t.Errorf("%s is not among the failures %+v", suffix, sum.Failed)
		}
	}
	// page, dump, page2, two JSON articles, truncated, invalid-utf8, /page.
	if sum.Inserted != 8 {
		t.Errorf("inserted %d, want 8 (summary %+v)", sum.Inserted, sum)
	}
	n, err := st.Count(context.Background())
	if err != nil || n != 8 {
		t.Errorf("store holds %d articles (err %v), want 8", n, err)
	}

	// The same batch again changes nothing.
	again, err := Run(context.Background(), r, NewProcessor(nil), st, []string{filepath.Join(dir, "good")}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if again.Inserted != 0 || again.Updated != 0 || again.Unchanged != 7 {
		t.Errorf("second run: %+v, want 7 unchanged and nothing written", again)
	}
}

func TestRunManyFiles(t *testing.T) {
	if testing.Short() {
		t.Skip("writes 10,000 files")
	}
	dir := t.TempDir()
	const n = 10000
	for i := range n {
		write(t, dir, fmt.Sprintf("d%02d/%05d.txt", i%100, i), fmt.Appendf(nil, "خبر رقم %d\n\nنص الخبر رقم %d عن القمة في دوشنبه، وهو جملة كاملة.\n", i, i))
	}
	st := openStore(t)
	sum, err := Run(context.Background(), &Reader{}, NewProcessor(nil), st, []string{dir}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Items != n || sum.Inserted != n || len(sum.Failed) != 0 {
		t.Errorf("items %d inserted %d failed %d, want %d, %d, 0", sum.Items, sum.Inserted, len(sum.Failed), n, n)
	}
}

func TestRunCancelled(t *testing.T) {
	dir := t.TempDir()
	for i := range 50 {
		write(t, dir, fmt.Sprintf("%03d.txt", i), fmt.Appendf(nil, "عنوان %d\n\nنص كامل للخبر رقم %d.\n", i, i))
	}
	st := openStore(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := Run(ctx, &Reader{}, NewProcessor(nil), st, []string{dir}, Options{})
	if err == nil {
		t.Fatal("cancelled run returned no error")
	}
	if _, err := st.Count(context.Background()); err != nil {
		t.Errorf("store unusable after a cancelled run: %v", err)
	}
}

func TestProcessJSONElementsStandAlone(t *testing.T) {
	p := NewProcessor(nil)
	tests := []struct {
		name, data string
		ok, failed int
	}{
		{"bad middle line", "{\"text\":\"one.\"}\n{\"text\": broken}\n{\"text\":\"three.\"}\n", 2, 1},
		{"source object and numeric date", `[{"source":{"id":"x","name":"Reuters"},"text":"one.","published":1700000000},{"text":"two."},{"text":"three."}]`, 3, 0},
		{"empty array", `[]`, 0, 1},
		{"text that starts with a bracket", "[تحديث] عنوان الخبر\n\nنص الخبر وهو جملة كاملة.", 1, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := p.Process(Item{Name: "x", Data: []byte(tt.data)})
			ok, failed := 0, 0
			for _, r := range res {
				if r.Err != nil {
					failed++
				} else {
					ok++
				}
			}
			if ok != tt.ok || failed != tt.failed {
				t.Errorf("ok %d failed %d, want %d and %d: %+v", ok, failed, tt.ok, tt.failed, res)
			}
		})
	}
	res := p.Process(Item{Name: "x", Data: []byte(`[{"source":{"name":"Reuters"},"text":"one.","published":1700000000}]`)})
	if a := res[0].Article; a == nil || a.Site != "Reuters" || a.Published.Year() != 2023 {
		t.Errorf("got %+v, want site Reuters and a 2023 date", res[0])
	}
}

// TestRunOrderIsInputOrder: with many workers, articles are saved in the
// order the inputs were read, so two versions of one article always end
// with the later one.
func TestRunOrderIsInputOrder(t *testing.T) {
	dir := t.TempDir()
	for i := range 40 {
		write(t, dir, fmt.Sprintf("%02d.json", i), fmt.Appendf(nil, `{"url":"https://x.example/same","text":"version %d of the article."}`, i))
	}
	st := openStore(t)
	sum, err := Run(context.Background(), &Reader{}, NewProcessor(nil), st, []string{dir}, Options{Workers: 4, Batch: 3})
	if err != nil {
		t.Fatal(err)
	}
	a, err := st.Article(context.Background(), sum.IDs[0])
	if err != nil || !strings.Contains(a.Text, "version 39") {
		t.Errorf("stored %q (err %v), want the last version", a.Text, err)
	}
}

func TestZipSkipsHiddenMembers(t *testing.T) {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, body := range map[string]string{
		"a.txt":            "عنوان\n\nنص كامل للخبر الأول.",
		".hidden/b.txt":    "hidden",
		"__MACOSX/._a.txt": "\x00\x05\x16\x07",
		"sub/c.json":       `{"text":"third article."}`,
	} {
		w, _ := zw.Create(name)
		w.Write([]byte(body))
	}
	zw.Close()
	dir := t.TempDir()
	write(t, dir, "a.zip", buf.Bytes())
	var names []string
	(&Reader{}).Walk(context.Background(), []string{filepath.Join(dir, "a.zip")}, func(it Item) error {
		names = append(names, filepath.Base(strings.SplitN(it.Name, "!", 2)[1]))
		return nil
	})
	sort.Strings(names)
	if strings.Join(names, ",") != "a.txt,c.json" {
		t.Errorf("zip members read: %v, want a.txt and c.json", names)
	}
}
