package ingest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/encoding/charmap"

	"github.com/marsad/marsad/internal/warc"
)

// warcRecord writes one WARC record.
func warcRecord(typ, uri, contentType, block string) string {
	return fmt.Sprintf("WARC/1.1\r\nWARC-Type: %s\r\nWARC-Record-ID: <urn:uuid:%s>\r\nWARC-Date: 2024-03-01T10:20:30Z\r\n"+
		"WARC-Target-URI: %s\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n",
		typ, fmt.Sprint(len(block)), uri, contentType, len(block), block)
}

// members gzips each record as its own member, as .warc.gz files are.
func members(recs ...string) []byte {
	var b bytes.Buffer
	for _, r := range recs {
		b.Write(gz([]byte(r)))
	}
	return b.Bytes()
}

const arabicPage = `<html><head><title>قمة الرياض تبحث التعاون الاقتصادي</title></head><body><article>
<h1>قمة الرياض تبحث التعاون الاقتصادي</h1>
<p>اجتمع قادة دول الخليج في الرياض يوم الأحد لبحث سبل تعزيز التعاون الاقتصادي بين بلدانهم، وناقشوا مشاريع الربط الكهربائي والسكك الحديدية.</p>
<p>وقال الأمين العام للمجلس إن القمة أقرت خطة عمل جديدة للسنوات الخمس المقبلة، تشمل تسهيل التجارة وتوحيد الإجراءات الجمركية.</p>
<p>وأضاف أن الدول الأعضاء اتفقت على عقد اجتماع وزاري في الشهر المقبل لمتابعة تنفيذ القرارات.</p>
</article></body></html>`

func httpResponse(status, headers, body string) string {
	return "HTTP/1.1 " + status + "\r\n" + headers + fmt.Sprintf("Content-Length: %d\r\n\r\n", len(body)) + body
}

func win1256(t testing.TB, s string) string {
	b, err := charmap.Windows1256.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// sampleWARC is an archive with a record of every kind ingest meets.
func sampleWARC(t testing.TB) []string {
	page1256 := win1256(t, arabicPage)
	var chunked bytes.Buffer
	zipped := gz([]byte(arabicPage))
	fmt.Fprintf(&chunked, "%x\r\n%s\r\n0\r\n\r\n", len(zipped), zipped)
	return []string{
		warcRecord("warcinfo", "", "application/warc-fields", "software: test\r\n"),
		warcRecord("request", "http://news.example/a", "application/http; msgtype=request", "GET /a HTTP/1.1\r\nHost: news.example\r\n\r\n"),
		warcRecord("response", "http://news.example/a", "application/http; msgtype=response",
			httpResponse("200 OK", "Content-Type: text/html; charset=windows-1256\r\n", page1256)),
		warcRecord("response", "http://news.example/missing", "application/http; msgtype=response",
			httpResponse("404 Not Found", "Content-Type: text/html\r\n", "<p>not found</p>")),
		warcRecord("response", "http://news.example/logo.png", "application/http; msgtype=response",
			httpResponse("200 OK", "Content-Type: image/png\r\n", "\x89PNG")),
		warcRecord("response", "http://news.example/chunked", "application/http; msgtype=response",
			"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n"+chunked.String()),
		warcRecord("resource", "http://news.example/rendered", "text/html; charset=utf-8", arabicPage),
		warcRecord("revisit", "http://news.example/a", "application/http; msgtype=response", "HTTP/1.1 200 OK\r\n\r\n"),
		warcRecord("metadata", "http://news.example/a", "application/warc-fields", "outlinks: x\r\n"),
		warcRecord("response", "dns:news.example", "text/dns", "20240301102030\nnews.example. 300 IN A 10.0.0.1\n"),
		warcRecord("response", "http://news.example/huge", "application/http; msgtype=response",
			httpResponse("200 OK", "Content-Type: text/html\r\n", "<p>"+strings.Repeat("كلام ", 30000)+"</p>")),
		warcRecord("response", "http://news.example/garbled", "application/http; msgtype=response", "not http at all\r\n\r\n"),
		warcRecord("resource", "http://news.example/last", "text/plain", "آخر خبر في الأرشيف.\n"),
	}
}

type walked struct {
	name, kind, err string
}

func walkAll(t *testing.T, r *Reader, inputs ...string) ([]walked, []Item) {
	t.Helper()
	var out []walked
	var items []Item
	err := r.Walk(context.Background(), inputs, func(it Item) error {
		w := walked{name: it.Name, kind: it.Kind}
		if it.Err != nil {
			w.err = it.Err.Error()
		}
		out = append(out, w)
		items = append(items, it)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out, items
}

func TestWARCItems(t *testing.T) {
	recs := sampleWARC(t)
	plain := []byte(strings.Join(recs, ""))
	layouts := map[string][]byte{
		"x.warc":                plain,
		"x.warc.gz":             members(recs...),
		"whole.warc.gz":         gz(plain),
		"unnamed-gzip.warc":     members(recs...),
		"folder/inside.warc.gz": members(recs...),
	}
	want := []walked{
		{"!http://news.example/a", "html", ""},
		{"!http://news.example/chunked", "html", ""},
		{"!http://news.example/rendered", "html", ""},
		{"!http://news.example/huge", "", "(263.7 KiB): larger than the size limit of 64 KiB (raise it with --max-bytes)"},
		{"!http://news.example/garbled", "", "HTTP response: malformed HTTP status code"},
		{"!http://news.example/last", "text", ""},
	}
	dir := t.TempDir()
	for name, data := range layouts {
		write(t, dir, name, data)
	}
	r := &Reader{MaxBytes: 64 << 10}
	for name := range layouts {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(dir, name)
			got, items := walkAll(t, r, path)
			if len(got) != len(want) {
				t.Fatalf("got %d items %v, want %d", len(got), got, len(want))
			}
			for i, g := range got {
				w := want[i]
				if g.name != path+w.name || g.kind != w.kind || !strings.Contains(g.err, w.err) || (w.err == "") != (g.err == "") {
					t.Errorf("item %d: got %+v, want %+v", i, g, w)
				}
			}
			if f := items[0].Fetched; !f.Equal(time.Date(2024, 3, 1, 10, 20, 30, 0, time.UTC)) {
				t.Errorf("fetched = %v", f)
			}
			if ct := items[0].ContentType; ct != "text/html; charset=windows-1256" {
				t.Errorf("content type = %q", ct)
			}
		})
	}
}

// TestWARCCharsetFromHeader decodes a windows-1256 page that has no meta
// tag by the charset of its HTTP header.
func TestWARCCharsetFromHeader(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "a.warc.gz", members(sampleWARC(t)[2]))
	_, items := walkAll(t, &Reader{}, filepath.Join(dir, "a.warc.gz"))
	res := NewProcessor(nil).Process(items[0])
	if len(res) != 1 || res[0].Err != nil {
		t.Fatalf("got %+v", res)
	}
	a := res[0].Article
	if !strings.Contains(a.Text, "اجتمع قادة دول الخليج") || a.URL != "http://news.example/a" || a.Fetched.IsZero() {
		t.Errorf("article: url %q, fetched %v, text %.80q", a.URL, a.Fetched, a.Text)
	}
}

// TestWARCCut ingests archives cut in a header, in a block and in a gzip
// member beside a good file: the records before the cut are stored, the
// cut is one failure naming its offset, the good file is stored too.
func TestWARCCut(t *testing.T) {
	good := warcRecord("resource", "http://news.example/one", "text/html; charset=utf-8", arabicPage)
	cutRec := warcRecord("resource", "http://news.example/two", "text/html; charset=utf-8", strings.Replace(arabicPage, "الرياض", "جدة", -1))
	gzGood := gz([]byte(good))
	gzCut := gz([]byte(cutRec))
	tests := []struct {
		name string
		data []byte
		at   int
	}{
		{"mid-header.warc", []byte(good + cutRec[:40]), len(good)},
		{"mid-body.warc", []byte(good + cutRec[:len(cutRec)/2]), len(good)},
		{"mid-member.warc.gz", append(bytes.Clone(gzGood), gzCut[:len(gzCut)/2]...), len(gzGood)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			write(t, dir, tt.name, tt.data)
			write(t, dir, "z-after.html", readRepoFile(t, "samples/marsad-demo-page.html"))
			st := openStore(t)
			inputs := []string{filepath.Join(dir, tt.name), filepath.Join(dir, "z-after.html")}
			sum, err := Run(context.Background(), &Reader{}, NewProcessor(nil), st, inputs, Options{Workers: 2})
			if err != nil {
				t.Fatal(err)
			}
			if sum.Inserted != 2 || len(sum.Failed) != 1 {
				t.Fatalf("inserted %d, failed %v; want 2 and the cut", sum.Inserted, sum.Failed)
			}
			f := sum.Failed[0]
			want := fmt.Sprintf("the record at byte %d is incomplete (the file ends at byte %d)", tt.at, len(tt.data))
			if f.Name != inputs[0] || !strings.Contains(f.Reason, want) || !strings.Contains(f.Reason, "cut short") {
				t.Errorf("failure %+v, want %q", f, want)
			}
		})
	}
}

// TestWARCWriterToIngest reads what the crawler's writer keeps.
func TestWARCWriterToIngest(t *testing.T) {
	dir := t.TempDir()
	w, err := warc.NewWriter(dir, warc.WriterOptions{})
	if err != nil {
		t.Fatal(err)
	}
	resp := httpResponse("200 OK", "Content-Type: text/html; charset=utf-8\r\n", arabicPage)
	if _, err := w.WriteFetch(warc.Fetch{URL: "http://news.example/kept", Request: []byte("GET /kept HTTP/1.1\r\nHost: news.example\r\n\r\n"), Response: []byte(resp)}); err != nil {
		t.Fatal(err)
	}
	// An open file is not read: only finished ones are.
	got, _ := walkAll(t, &Reader{}, dir)
	if len(got) != 0 {
		t.Errorf("before Close: got %v", got)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	got, _ = walkAll(t, &Reader{}, dir)
	if len(got) != 1 || !strings.HasSuffix(got[0].name, "!http://news.example/kept") || got[0].err != "" {
		t.Errorf("after Close: got %v", got)
	}
	if n := (&Reader{}).Count(context.Background(), []string{dir}); n != 0 {
		t.Errorf("Count of a folder with a WARC = %d, want 0 (unknown)", n)
	}
}

func TestWARCNotAnArchive(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "fake.warc.gz", gz([]byte("<html>not an archive</html>")))
	got, items := walkAll(t, &Reader{}, filepath.Join(dir, "fake.warc.gz"))
	if len(got) != 1 || !strings.Contains(got[0].err, "no WARC record at byte 0") {
		t.Errorf("got %v", got)
	}
	if errors.Is(items[0].Err, warc.ErrTruncated) {
		t.Error("not an archive is no truncation")
	}
	if _, err := os.Stat(filepath.Join(dir, "fake.warc.gz")); err != nil {
		t.Fatal(err)
	}
}
