package warc

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"
)

// readDir reads every finished file of dir in name order.
func readDir(t *testing.T, dir string) (files []string, recs []*Record, blocks [][]byte) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		files = append(files, e.Name())
	}
	sort.Strings(files)
	for _, name := range files {
		f, err := os.Open(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		r, err := NewReader(f)
		if err != nil {
			t.Fatal(err)
		}
		first := true
		for {
			rec, err := r.Next()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			b, err := io.ReadAll(rec.Block)
			if err != nil {
				t.Fatal(err)
			}
			if first && (rec.Type() != TypeWarcinfo || rec.Header.Get("WARC-Filename") != name) {
				t.Errorf("%s begins with %s %q, want its warcinfo", name, rec.Type(), rec.Header.Get("WARC-Filename"))
			}
			first = false
			if got, want := rec.Header.Get("WARC-Block-Digest"), DigestSHA1(b); got != want {
				t.Errorf("%s: block digest %s, want %s", rec.ID(), got, want)
			}
			recs, blocks = append(recs, rec), append(blocks, b)
		}
		f.Close()
	}
	return files, recs, blocks
}

func TestWriterRoundTrip(t *testing.T) {
	dir := t.TempDir()
	w, err := NewWriter(dir, WriterOptions{MaxSize: 4 << 10})
	if err != nil {
		t.Fatal(err)
	}
	const n = 60
	want := map[string][]byte{}
	locs := map[string]Location{}
	var mu sync.Mutex
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			url := fmt.Sprintf("http://example.com/%d", i)
			body := strings.Repeat(fmt.Sprintf("<p>صفحة %d</p>", i), 20+i*7)
			resp := []byte("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + body)
			req := []byte("GET /" + fmt.Sprint(i) + " HTTP/1.1\r\nHost: example.com\r\n\r\n")
			loc, err := w.WriteFetch(Fetch{URL: url, IP: "127.0.0.1", Request: req, Response: resp})
			if err != nil {
				t.Error(err)
				return
			}
			mu.Lock()
			want[url+" response"], want[url+" request"], locs[url] = resp, req, loc
			mu.Unlock()
		}()
	}
	wg.Wait()
	if _, err := w.WriteResource("http://example.com/rendered", time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC), "text/html", []byte("<p>rendered</p>")); err != nil {
		t.Fatal(err)
	}
	want["http://example.com/rendered resource"] = []byte("<p>rendered</p>")
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := w.WriteResource("http://x/", time.Time{}, "text/plain", nil); err != ErrClosed {
		t.Errorf("write after Close: got %v, want ErrClosed", err)
	}

	files, recs, blocks := readDir(t, dir)
	if len(files) < 2 {
		t.Errorf("got %d files, want rotation at 4 KiB", len(files))
	}
	for _, f := range files {
		if !strings.HasPrefix(f, "marsad-") || !strings.HasSuffix(f, ".warc.gz") {
			t.Errorf("file %s: want marsad-….warc.gz", f)
		}
	}
	seen := 0
	ids := map[string]string{}
	for i, rec := range recs {
		if rec.Type() == TypeWarcinfo {
			continue
		}
		key := rec.TargetURI() + " " + rec.Type()
		if !bytes.Equal(blocks[i], want[key]) {
			t.Errorf("%s: got %q, want %q", key, blocks[i], want[key])
		}
		seen++
		if rec.Type() == TypeResponse {
			ids[rec.ID()] = rec.TargetURI()
			if got, want := rec.Header.Get("WARC-Payload-Digest"), DigestSHA1(httpPayload(blocks[i])); got != want {
				t.Errorf("%s: payload digest %s, want %s", key, got, want)
			}
		}
		if rec.Type() == TypeRequest && ids[rec.Header.Get("WARC-Concurrent-To")] != rec.TargetURI() {
			t.Errorf("%s: the request does not follow its response", key)
		}
		if _, ok := rec.Date(); !ok {
			t.Errorf("%s: no date", key)
		}
	}
	if seen != len(want) {
		t.Errorf("read %d records, want %d", seen, len(want))
	}
	// A Location finds its record again.
	loc := locs["http://example.com/7"]
	f, err := os.Open(filepath.Join(dir, loc.File))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r, err := NewReader(io.NewSectionReader(f, loc.Offset, loc.Length))
	if err != nil {
		t.Fatal(err)
	}
	rec, err := r.Next()
	if err != nil || rec.ID() != loc.ID || rec.TargetURI() != "http://example.com/7" {
		t.Errorf("record at %+v: %v, %v", loc, rec, err)
	}
}

func TestHTTPBytes(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=windows-1256")
		w.Write([]byte("<p>\xe3\xd1\xcd\xc8\xc7</p>")) // مرحبا
	}))
	defer srv.Close()
	req, _ := http.NewRequest("GET", srv.URL+"/page?q=1", nil)
	req.Header.Set("User-Agent", "marsad-test")
	resp, err := srv.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	rb := RequestBytes(req)
	if !strings.HasPrefix(string(rb), "GET /page?q=1 HTTP/1.1\r\nHost: 127.0.0.1:") || !strings.Contains(string(rb), "User-Agent: marsad-test\r\n") {
		t.Errorf("request = %q", rb)
	}
	msg := ResponseBytes(resp, body)
	back, err := http.ReadResponse(bufioReader(msg), nil)
	if err != nil {
		t.Fatal(err)
	}
	got, _ := io.ReadAll(back.Body)
	if back.StatusCode != 200 || back.Header.Get("Content-Type") != "text/html; charset=windows-1256" || !bytes.Equal(got, body) {
		t.Errorf("response read back: %d %q %q", back.StatusCode, back.Header.Get("Content-Type"), got)
	}
}

func bufioReader(b []byte) *bufio.Reader { return bufio.NewReader(bytes.NewReader(b)) }
