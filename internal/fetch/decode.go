package fetch

import (
	"bufio"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"

	"github.com/andybalholm/brotli"
)

// readBody reads resp's body with its Content-Encoding undone, up to limit
// bytes of the decoded body: a longer body is ErrTooLarge, found as soon as
// the limit is passed, so that a gzip bomb costs limit bytes of memory and
// no more.
func readBody(resp *http.Response, limit int64) ([]byte, error) {
	if len(encodings(resp.Header)) == 0 && resp.ContentLength > limit {
		return nil, fmt.Errorf("%w: %d bytes, limit %d", ErrTooLarge, resp.ContentLength, limit)
	}
	r, err := decodeBody(resp.Body, encodings(resp.Header))
	if err != nil {
		return nil, err
	}
	body, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(body)) > limit {
		return nil, fmt.Errorf("%w: more than %d bytes once decoded", ErrTooLarge, limit)
	}
	return body, nil
}

// encodings lists the Content-Encoding codings in the order applied,
// without "identity".
func encodings(h http.Header) []string {
	var out []string
	for _, v := range h.Values("Content-Encoding") {
		for e := range strings.SplitSeq(v, ",") {
			if e = strings.ToLower(strings.TrimSpace(e)); e != "" && e != "identity" {
				out = append(out, e)
			}
		}
	}
	return out
}

// decodeBody undoes codings, the last applied first. An empty body stays
// empty whatever its declared coding (a 204, or a server that declares
// gzip for nothing).
func decodeBody(body io.Reader, codings []string) (io.Reader, error) {
	r := body
	for i := len(codings) - 1; i >= 0; i-- {
		br := bufio.NewReader(r)
		if _, err := br.Peek(1); err == io.EOF {
			return br, nil
		}
		switch codings[i] {
		case "gzip", "x-gzip":
			zr, err := gzip.NewReader(br)
			if err != nil {
				return nil, fmt.Errorf("gzip body: %w", err)
			}
			r = zr
		case "br":
			r = brotli.NewReader(br)
		case "deflate":
			// HTTP's deflate is zlib, but some servers send raw deflate.
			head, _ := br.Peek(2)
			if len(head) == 2 && head[0]&0x0f == 8 && (uint16(head[0])<<8|uint16(head[1]))%31 == 0 {
				zr, err := zlib.NewReader(br)
				if err != nil {
					return nil, fmt.Errorf("deflate body: %w", err)
				}
				r = zr
			} else {
				r = flate.NewReader(br)
			}
		default:
			return nil, errors.New("unsupported Content-Encoding " + codings[i])
		}
	}
	return r, nil
}
