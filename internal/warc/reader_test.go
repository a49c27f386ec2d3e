package warc

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
)

// rawRecord writes one WARC record.
func rawRecord(typ, uri, contentType, block string) string {
	var b strings.Builder
	b.WriteString("WARC/1.1\r\nWARC-Type: " + typ + "\r\n")
	b.WriteString("WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-" + fmt.Sprintf("%012d", len(block)) + ">\r\n")
	b.WriteString("WARC-Date: 2024-03-01T10:20:30Z\r\n")
	if uri != "" {
		b.WriteString("WARC-Target-URI: " + uri + "\r\n")
	}
	if contentType != "" {
		b.WriteString("Content-Type: " + contentType + "\r\n")
	}
	fmt.Fprintf(&b, "Content-Length: %d\r\n\r\n%s\r\n\r\n", len(block), block)
	return b.String()
}

func gzipped(parts ...string) []byte {
	var out bytes.Buffer
	for _, p := range parts {
		zw := gzip.NewWriter(&out)
		zw.Write([]byte(p))
		zw.Close()
	}
	return out.Bytes()
}

// sample is a small archive of every record type, and the offsets at which
// each record starts in its three layouts.
type sample struct {
	records []string
	blocks  []string
	types   []string
}

func newSample() sample {
	page := "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<html><body><p>مرحبا</p></body></html>"
	recs := []struct{ typ, uri, ct, block string }{
		{"warcinfo", "", "application/warc-fields", "software: test\r\n"},
		{"request", "http://example.com/a", "application/http; msgtype=request", "GET /a HTTP/1.1\r\nHost: example.com\r\n\r\n"},
		{"response", "http://example.com/a", "application/http; msgtype=response", page},
		{"resource", "http://example.com/b.txt", "text/plain", "plain words\n"},
		{"revisit", "http://example.com/a", "application/http; msgtype=response", "HTTP/1.1 200 OK\r\n\r\n"},
		{"metadata", "http://example.com/a", "application/warc-fields", "via: x\r\n"},
		{"response", "http://example.com/empty", "application/http; msgtype=response", ""},
	}
	var s sample
	for _, r := range recs {
		s.records = append(s.records, rawRecord(r.typ, r.uri, r.ct, r.block))
		s.blocks = append(s.blocks, r.block)
		s.types = append(s.types, r.typ)
	}
	return s
}

// layouts returns the sample as a plain file, with a gzip member per
// record and as one gzip member, with the file offset of each record.
func (s sample) layouts() []struct {
	name    string
	data    []byte
	offsets []int64
} {
	var plainOffs, memberOffs []int64
	var plain, members bytes.Buffer
	for _, r := range s.records {
		plainOffs = append(plainOffs, int64(plain.Len()))
		plain.WriteString(r)
		memberOffs = append(memberOffs, int64(members.Len()))
		members.Write(gzipped(r))
	}
	whole := gzipped(plain.String())
	return []struct {
		name    string
		data    []byte
		offsets []int64
	}{
		{"plain", plain.Bytes(), plainOffs},
		{"gzip per record", members.Bytes(), memberOffs},
		{"gzip whole file", whole, make([]int64, len(s.records))},
	}
}

type got struct {
	typ, uri, block string
	offset          int64
}

// readAll reads every record and its block, and the error that ended the
// archive (nil at a clean end).
func readAll(data []byte) ([]got, error) {
	r, err := NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	var out []got
	for {
		rec, err := r.Next()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return out, err
		}
		b, err := io.ReadAll(rec.Block)
		if err != nil {
			continue // Next reports it
		}
		out = append(out, got{rec.Type(), rec.TargetURI(), string(b), rec.Offset})
	}
}

func TestReaderLayouts(t *testing.T) {
	s := newSample()
	for _, l := range s.layouts() {
		t.Run(l.name, func(t *testing.T) {
			recs, err := readAll(l.data)
			if err != nil {
				t.Fatalf("error %v", err)
			}
			if len(recs) != len(s.records) {
				t.Fatalf("got %d records, want %d", len(recs), len(s.records))
			}
			for i, g := range recs {
				if g.typ != s.types[i] || g.block != s.blocks[i] || g.offset != l.offsets[i] {
					t.Errorf("record %d: got %s at %d %q, want %s at %d %q", i, g.typ, g.offset, g.block, s.types[i], l.offsets[i], s.blocks[i])
				}
			}
		})
	}
}

func TestRecordFields(t *testing.T) {
	raw := "WARC/1.0\r\nwarc-type: Response\r\nWARC-Target-URI: <http://example.com/x>\r\n" +
		"WARC-Date: 2024-03-01T10:20:30.123456Z\r\nX-Folded: one\r\n two\r\nContent-Length: 2\r\n\r\nok\r\n\r\n"
	r, err := NewReader(strings.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	rec, err := r.Next()
	if err != nil {
		t.Fatal(err)
	}
	d, ok := rec.Date()
	for _, c := range []struct{ name, got, want string }{
		{"version", rec.Version, "WARC/1.0"},
		{"type", rec.Type(), "response"},
		{"uri", rec.TargetURI(), "http://example.com/x"},
		{"date", fmt.Sprintf("%s %v", d.Format("2006-01-02T15:04:05.000Z"), ok), "2024-03-01T10:20:30.123Z true"},
		{"folded", rec.Header.Get("x-folded"), "one two"},
	} {
		if c.got != c.want {
			t.Errorf("%s: got %q, want %q", c.name, c.got, c.want)
		}
	}
	if _, err := r.Next(); err != io.EOF {
		t.Errorf("after the last record: got %v, want io.EOF", err)
	}
}

// TestReaderTruncated cuts each layout at every byte: the records read are
// always a prefix of the archive with their exact blocks, and a cut that
// is not at a record's end gives ErrTruncated naming where the cut record
// starts.
func TestReaderTruncated(t *testing.T) {
	s := newSample()
	for _, l := range s.layouts() {
		t.Run(l.name, func(t *testing.T) {
			for n := 0; n < len(l.data); n++ {
				recs, err := readAll(l.data[:n])
				for i, g := range recs {
					if g.block != s.blocks[i] || g.typ != s.types[i] {
						t.Fatalf("cut at %d: record %d = %s %q, want %s %q", n, i, g.typ, g.block, s.types[i], s.blocks[i])
					}
				}
				atBoundary := n == 0
				for _, off := range l.offsets[1:] {
					atBoundary = atBoundary || (int64(n) == off && l.name != "gzip whole file")
				}
				if atBoundary {
					if err != nil {
						t.Fatalf("cut at %d, a record boundary: %v", n, err)
					}
					continue
				}
				if n == 0 {
					continue
				}
				if err == nil {
					// A plain record is whole without its closing CRLF CRLF.
					if l.name == "plain" {
						continue
					}
					t.Fatalf("cut at %d: no error after %d records", n, len(recs))
				}
				if !errors.Is(err, ErrTruncated) {
					t.Fatalf("cut at %d: got %v, want ErrTruncated", n, err)
				}
				if !strings.Contains(err.Error(), fmt.Sprintf("the file ends at byte %d", n)) {
					t.Fatalf("cut at %d: %v does not name the end", n, err)
				}
			}
		})
	}
}

// TestReaderCutPoints checks the message and the records kept for the cut
// points that matter: in a header, in a block, in a gzip member.
func TestReaderCutPoints(t *testing.T) {
	s := newSample()
	ls := s.layouts()
	plain, members := ls[0], ls[1]
	third := s.records[2]
	hdrCut := plain.offsets[2] + int64(strings.Index(third, "Content-Type"))
	bodyCut := plain.offsets[2] + int64(strings.Index(third, "مرحبا"))
	memberCut := members.offsets[2] + (members.offsets[3]-members.offsets[2])/2
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"mid-header", plain.data[:hdrCut], fmt.Sprintf("record at byte %d is incomplete", plain.offsets[2])},
		{"mid-body", plain.data[:bodyCut], fmt.Sprintf("record at byte %d is incomplete", plain.offsets[2])},
		{"mid-gzip-member", members.data[:memberCut], fmt.Sprintf("record at byte %d is incomplete", members.offsets[2])},
		{"gzip header cut", members.data[:members.offsets[2]+5], fmt.Sprintf("record at byte %d is incomplete", members.offsets[2])},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			recs, err := readAll(tt.data)
			if len(recs) != 2 {
				t.Errorf("got %d complete records, want 2", len(recs))
			}
			if !errors.Is(err, ErrTruncated) || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("got error %v, want one with %q", err, tt.want)
			}
		})
	}
}

func TestReaderErrors(t *testing.T) {
	ok := rawRecord("resource", "http://x/", "text/plain", "hi")
	tests := []struct {
		name string
		data []byte
		want string
		recs int
	}{
		{"not WARC", []byte("<html>hello</html>"), `no WARC record at byte 0: found "<html>hello</html>"`, 0},
		{"garbage after a record", []byte(ok + "junk\r\n"), fmt.Sprintf("no WARC record at byte %d", len(ok)), 1},
		{"bad length", []byte("WARC/1.1\r\nContent-Length: -4\r\n\r\n"), `bad Content-Length "-4"`, 0},
		{"no length", []byte("WARC/1.1\r\nWARC-Type: resource\r\n\r\n"), `bad Content-Length ""`, 0},
		{"no colon", []byte("WARC/1.1\r\nnonsense\r\n\r\n"), "header line without a colon", 0},
		{"long line", []byte("WARC/1.1\r\nX: " + strings.Repeat("a", maxLine) + "\r\n"), "header line longer than", 0},
		{"not gzip after a member", append(gzipped(ok), "trailing"...), fmt.Sprintf("not gzip data at byte %d", len(gzipped(ok))), 1},
		{"bad checksum", corruptCRC(gzipped(ok)), "gzip: invalid checksum", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			recs, err := readAll(tt.data)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("got error %v, want one with %q", err, tt.want)
			}
			if errors.Is(err, ErrTruncated) {
				t.Errorf("%v is not a truncation", err)
			}
			if len(recs) != tt.recs {
				t.Errorf("got %d records, want %d", len(recs), tt.recs)
			}
		})
	}
}

func corruptCRC(b []byte) []byte {
	b = bytes.Clone(b)
	b[len(b)-8] ^= 0xff
	return b
}

// TestReaderSkipsLargeBlocks reads past a block without holding it.
func TestReaderSkipsLargeBlocks(t *testing.T) {
	big := strings.Repeat("x", 3<<20)
	data := gzipped(rawRecord("resource", "http://x/big", "text/plain", big), rawRecord("resource", "http://x/small", "text/plain", "small"))
	r, err := NewReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	var uris []string
	for {
		rec, err := r.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		uris = append(uris, rec.TargetURI())
	}
	if strings.Join(uris, " ") != "http://x/big http://x/small" {
		t.Errorf("got %v", uris)
	}
}

func FuzzReader(f *testing.F) {
	s := newSample()
	for _, l := range s.layouts() {
		f.Add(l.data)
		f.Add(l.data[:len(l.data)/2])
	}
	f.Add([]byte("WARC/1.1\r\nContent-Length: 99999999999\r\n\r\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := NewReader(bytes.NewReader(data))
		if err != nil {
			return
		}
		for range 1000 {
			rec, err := r.Next()
			if err != nil {
				if err != io.EOF && r.Err() == nil {
					t.Fatalf("Next returned %v but Err is nil", err)
				}
				return
			}
			n, _ := io.Copy(io.Discard, rec.Block)
			if n > rec.ContentLength {
				t.Fatalf("block gave %d bytes, Content-Length %d", n, rec.ContentLength)
			}
		}
	})
}
