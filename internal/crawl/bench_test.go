package crawl_test

import (
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/marsad/marsad/internal/analyze"
	"github.com/marsad/marsad/internal/crawl"
	"github.com/marsad/marsad/internal/extract"
	"github.com/marsad/marsad/internal/fetch"
	"github.com/marsad/marsad/internal/ingest"
	"github.com/marsad/marsad/internal/storage"
)

// benchPages returns the pages a benchmark site serves: the real pages of
// the extraction evaluation ($MARSAD_EVAL/extraction/*/*.html.gz) when
// they are there, else none (the benchmark then says it is skipped).
func benchPages(b *testing.B) [][]byte {
	dir := os.Getenv("MARSAD_EVAL")
	if dir == "" {
		dir = filepath.Join("..", "..", "..", "shared", "eval")
	}
	files, _ := filepath.Glob(filepath.Join(dir, "extraction", "*", "*.html.gz"))
	if len(files) == 0 {
		b.Skipf("no evaluation pages in %s/extraction (set MARSAD_EVAL): the pipeline benchmark needs real pages", dir)
	}
	var pages [][]byte
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			b.Fatal(err)
		}
		zr, err := gzip.NewReader(fh)
		if err != nil {
			b.Fatal(err)
		}
		page, err := io.ReadAll(zr)
		fh.Close()
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, page)
	}
	return pages
}

// BenchmarkPipeline crawls a loopback site serving the real evaluation
// pages through the whole pipeline — polite fetch, extraction, analysis,
// storage — with 1, 2 and 4 concurrent fetchers, and reports pages/s.
// Each iteration crawls every page once into a fresh store.
func BenchmarkPipeline(b *testing.B) {
	pages := benchPages(b)
	site := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch {
		case r.URL.Path == "/robots.txt":
			io.WriteString(w, "User-agent: *\nAllow: /\n")
		case r.URL.Path == "/sitemap.xml":
			w.Header().Set("Content-Type", "application/xml")
			fmt.Fprint(w, `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`)
			for i := range pages {
				fmt.Fprintf(w, "<url><loc>http://%s/p/%d</loc></url>", r.Host, i)
			}
			fmt.Fprint(w, `</urlset>`)
		case strings.HasPrefix(r.URL.Path, "/p/"):
			var i int
			fmt.Sscanf(r.URL.Path, "/p/%d", &i)
			w.Header().Set("Content-Type", "text/html")
			w.Write(pages[i%len(pages)])
		default:
			http.NotFound(w, r)
		}
	}))
	defer site.Close()
	an, err := analyze.New()
	if err != nil {
		b.Fatal(err)
	}
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	for _, workers := range []int{1, 2, 4} {
		b.Run(fmt.Sprintf("fetchers=%d", workers), func(b *testing.B) {
			stored := 0
			for b.Loop() {
				b.StopTimer()
				ctx := context.Background()
				st, err := storage.Open(ctx, filepath.Join(b.TempDir(), "b.db"))
				if err != nil {
					b.Fatal(err)
				}
				if _, _, err := st.AddSource(ctx, storage.Source{URL: site.URL + "/sitemap.xml", Kind: "sitemap"}); err != nil {
					b.Fatal(err)
				}
				proc := ingest.NewProcessor(nil)
				proc.Analyzer = an
				client := fetch.NewClient(fetch.ClientOptions{HostInterval: time.Microsecond, HostConcurrency: workers, Concurrency: workers})
				cr := crawl.New(st, crawl.Polite(client), proc, nil, nil, log,
					crawl.Options{Workers: workers, NeedsJS: extract.NeedsJS})
				b.StartTimer()
				s, err := cr.Once(ctx)
				if err != nil {
					b.Fatal(err)
				}
				b.StopTimer()
				stored += s.Stored + s.Unchanged
				st.Close()
				b.StartTimer()
			}
			b.ReportMetric(float64(len(pages)*b.N)/b.Elapsed().Seconds(), "pages/s")
			b.ReportMetric(float64(stored)/float64(b.N), "stored/op")
		})
	}
}
