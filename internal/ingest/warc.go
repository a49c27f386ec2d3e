package ingest

import (
	"bufio"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strings"

	"github.com/marsad/marsad/internal/warc"
)

// isWARC reports whether a file name is a web archive: .warc or .warc.gz.
func isWARC(name string) bool { return kindOf(name) == "warc" }

// emitWARC emits the pages of a WARC archive read from rd, one item per
// response or resource record holding an HTML or text page; other records
// (requests, metadata, revisits, images…) are skipped. A record that
// cannot be read is an error item and the archive goes on; an archive
// that stops (cut short, damaged) ends with an error item naming where.
func (r *Reader) emitWARC(ctx context.Context, name string, rd io.Reader, emit func(Item) error) error {
	wr, err := warc.NewReader(rd)
	if err != nil {
		return emit(Item{Name: name, Err: err})
	}
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		rec, err := wr.Next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return emit(Item{Name: name, Err: err})
		}
		it, ok := r.warcItem(name, rec)
		if !ok || wr.Err() != nil {
			continue // a skipped record, or a damaged archive that Next reports
		}
		if err := emit(it); err != nil {
			return err
		}
	}
}

// warcItem makes the item of one record; ok is false for a record that
// holds no page to read.
func (r *Reader) warcItem(archive string, rec *warc.Record) (it Item, ok bool) {
	uri := rec.TargetURI()
	it = Item{Name: archive + "!" + uri, URL: uri}
	if uri == "" {
		it.Name = fmt.Sprintf("%s@%d", archive, rec.Offset)
	}
	it.Fetched, _ = rec.Date()
	var body io.Reader
	switch rec.Type() {
	case warc.TypeResponse:
		if !strings.HasPrefix(strings.ToLower(rec.ContentType()), "application/http") {
			return it, false // dns: and other non-HTTP responses
		}
		if rec.ContentLength > r.maxBytes()+64<<10 {
			it.Err = r.tooLarge(rec)
			return it, true
		}
		resp, err := http.ReadResponse(bufio.NewReader(rec.Block), nil)
		if err != nil {
			it.Err = fmt.Errorf("WARC record at byte %d: HTTP response: %w", rec.Offset, err)
			return it, true
		}
		if resp.StatusCode < 200 || resp.StatusCode > 299 {
			return it, false
		}
		it.ContentType = resp.Header.Get("Content-Type")
		if body, err = decoded(resp); err != nil {
			it.Err = fmt.Errorf("WARC record at byte %d: %w", rec.Offset, err)
			return it, true
		}
	case warc.TypeResource:
		it.ContentType = rec.ContentType()
		body = rec.Block
	default:
		return it, false
	}
	if it.Kind, ok = pageKind(it.ContentType); !ok {
		return it, false
	}
	data, err := readLimited(body, r.maxBytes())
	if errors.Is(err, errTooLarge) {
		err = r.tooLarge(rec)
	} else if err != nil {
		err = fmt.Errorf("WARC record at byte %d: %w", rec.Offset, err)
	}
	it.Data, it.Err = data, err
	return it, true
}

func (r *Reader) tooLarge(rec *warc.Record) error {
	return fmt.Errorf("WARC record at byte %d (%s): %w of %s (raise it with --max-bytes)",
		rec.Offset, humanBytes(rec.ContentLength), errTooLarge, humanBytes(r.maxBytes()))
}

// pageKind says what a page's Content-Type holds: "html", "text", or ""
// to sniff when it is missing; ok is false for anything else (images,
// scripts, style sheets…).
func pageKind(contentType string) (kind string, ok bool) {
	if strings.TrimSpace(contentType) == "" {
		return "", true
	}
	mt, _, err := mime.ParseMediaType(contentType)
	if err != nil {
		mt, _, _ = strings.Cut(strings.ToLower(contentType), ";")
		mt = strings.TrimSpace(mt)
	}
	switch {
	case mt == "text/html" || mt == "application/xhtml+xml":
		return "html", true
	case mt == "text/plain":
		return "text", true
	}
	return "", false
}

// decoded undoes the Content-Encoding of an archived response's body:
// archives keep the bytes as the server sent them.
func decoded(resp *http.Response) (io.Reader, error) {
	switch enc := strings.ToLower(strings.TrimSpace(resp.Header.Get("Content-Encoding"))); enc {
	case "", "identity":
		return resp.Body, nil
	case "gzip", "x-gzip":
		return gzip.NewReader(resp.Body)
	case "deflate":
		// Servers send zlib-wrapped or raw deflate under this name.
		br := bufio.NewReader(resp.Body)
		if head, _ := br.Peek(2); len(head) == 2 && head[0]&0x0f == 8 && (uint16(head[0])<<8|uint16(head[1]))%31 == 0 {
			return zlib.NewReader(br)
		}
		return flate.NewReader(br), nil
	default:
		return nil, fmt.Errorf("content encoding %q is not supported", enc)
	}
}
