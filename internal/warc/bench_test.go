package warc

import (
	"archive/zip"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"html"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"
)

// evalDir is where the evaluation data lies: $MARSAD_EVAL, or ../shared/eval
// beside the repository.
func evalDir() string {
	if d := os.Getenv("MARSAD_EVAL"); d != "" {
		return d
	}
	return filepath.Join("..", "..", "..", "shared", "eval")
}

// benchPage is one page of the benchmark archive.
type benchPage struct {
	url  string
	date time.Time
	html []byte
}

// evalPages returns up to n pages: the HTML pages of the extraction sets
// (extraction/*/*.html.gz), then SaudiNewsNet's JSON articles
// (corpus/saudinewsnet/*.zip) wrapped in simple HTML.
func evalPages(b *testing.B, n int) []benchPage {
	dir := evalDir()
	htmls, _ := filepath.Glob(filepath.Join(dir, "extraction", "*", "*.html.gz"))
	zips, _ := filepath.Glob(filepath.Join(dir, "corpus", "saudinewsnet", "*.zip"))
	if len(htmls) == 0 || len(zips) == 0 {
		b.Skipf("evaluation data absent in %s: set MARSAD_EVAL to shared/eval", dir)
	}
	sort.Strings(htmls)
	sort.Strings(zips)
	date := time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)
	var pages []benchPage
	for _, path := range htmls {
		if len(pages) == n {
			return pages
		}
		raw, err := os.ReadFile(path)
		if err != nil {
			b.Fatal(err)
		}
		zr, err := gzip.NewReader(bytes.NewReader(raw))
		if err != nil {
			b.Fatal(err)
		}
		page, err := io.ReadAll(zr)
		if err != nil {
			b.Fatal(err)
		}
		name := strings.TrimSuffix(filepath.Base(path), ".html.gz")
		pages = append(pages, benchPage{"https://eval.example/" + filepath.Base(filepath.Dir(path)) + "/" + name, date, page})
	}
	for _, path := range zips {
		zr, err := zip.OpenReader(path)
		if err != nil {
			b.Fatal(err)
		}
		for _, f := range zr.File {
			rc, err := f.Open()
			if err != nil {
				b.Fatal(err)
			}
			var arts []struct {
				URL, Title, Content string
				Date                string `json:"date_extracted"`
			}
			err = json.NewDecoder(rc).Decode(&arts)
			rc.Close()
			if err != nil {
				b.Fatal(err)
			}
			for _, a := range arts {
				if len(pages) == n {
					zr.Close()
					return pages
				}
				t, _ := time.Parse("2006-01-02 15:04:05", a.Date)
				pages = append(pages, benchPage{a.URL, t, wrapHTML(a.Title, a.Content)})
			}
		}
		zr.Close()
	}
	return pages
}

func wrapHTML(title, text string) []byte {
	var b bytes.Buffer
	t := html.EscapeString(title)
	b.WriteString("<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\"><title>" + t + "</title></head><body><article><h1>" + t + "</h1>\n")
	for p := range strings.SplitSeq(text, "\n") {
		if p = strings.TrimSpace(p); p != "" {
			b.WriteString("<p>" + html.EscapeString(p) + "</p>\n")
		}
	}
	b.WriteString("</article></body></html>\n")
	return b.Bytes()
}

func writePages(b *testing.B, dir string, pages []benchPage) int64 {
	w, err := NewWriter(dir, WriterOptions{})
	if err != nil {
		b.Fatal(err)
	}
	var size int64
	for _, p := range pages {
		resp := fmt.Appendf(nil, "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: %d\r\n\r\n", len(p.html))
		resp = append(resp, p.html...)
		req := []byte("GET / HTTP/1.1\r\nHost: eval.example\r\nUser-Agent: marsad\r\n\r\n")
		if _, err := w.WriteFetch(Fetch{URL: p.url, Date: p.date, Request: req, Response: resp}); err != nil {
			b.Fatal(err)
		}
		size += int64(len(resp) + len(req))
	}
	if err := w.Close(); err != nil {
		b.Fatal(err)
	}
	return size
}

// BenchmarkWARC writes 10,000 evaluation pages as request and response
// records, then reads them back; pages/s is reported. With
// MARSAD_WARC_OUT=DIR the archive is also left in DIR, to measure
// `marsad ingest` on it. It is skipped, saying so, without the data.
func BenchmarkWARC(b *testing.B) {
	pages := evalPages(b, 10000)
	if out := os.Getenv("MARSAD_WARC_OUT"); out != "" {
		writePages(b, out, pages)
		b.Logf("wrote %d pages to %s", len(pages), out)
	}
	dir := b.TempDir()
	b.Run("write", func(b *testing.B) {
		var size int64
		for b.Loop() {
			os.RemoveAll(dir)
			size = writePages(b, dir, pages)
		}
		b.SetBytes(size)
		b.ReportMetric(float64(len(pages)*b.N)/b.Elapsed().Seconds(), "pages/s")
	})
	files, _ := filepath.Glob(filepath.Join(dir, "*.warc.gz"))
	b.Run("read", func(b *testing.B) {
		b.ReportAllocs()
		n := 0
		for b.Loop() {
			for _, name := range files {
				f, err := os.Open(name)
				if err != nil {
					b.Fatal(err)
				}
				r, err := NewReader(f)
				if err != nil {
					b.Fatal(err)
				}
				for {
					rec, err := r.Next()
					if err == io.EOF {
						break
					}
					if err != nil {
						b.Fatal(err)
					}
					if rec.Type() == TypeResponse {
						io.Copy(io.Discard, rec.Block)
						n++
					}
				}
				f.Close()
			}
		}
		b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "pages/s")
	})
}
