package crawl

import (
	"fmt"
	"net/http"

	"github.com/marsad/marsad/internal/warc"
)

// WARC returns the Archiver of a WARC writer: each fetched page becomes a
// response record (its body as decoded, so without Content-Encoding).
func WARC(w *warc.Writer) Archiver { return warcArchiver{w} }

type warcArchiver struct{ w *warc.Writer }

func (a warcArchiver) Archive(r Request, resp *Response) error {
	h := resp.Header.Clone()
	if h == nil {
		h = http.Header{}
	}
	hr := &http.Response{StatusCode: resp.Status, Status: fmt.Sprintf("%d %s", resp.Status, http.StatusText(resp.Status)),
		Proto: "HTTP/1.1", ProtoMajor: 1, ProtoMinor: 1, Header: h, Uncompressed: true}
	_, err := a.w.WriteFetch(warc.Fetch{URL: resp.URL, Response: warc.ResponseBytes(hr, resp.Body)})
	return err
}
