package warc

import (
	"bytes"
	"fmt"
	"net/http"
	"strconv"
)

// RequestBytes returns req as it went on the wire, for Fetch.Request:
// request line, Host and headers. The body is left out (crawlers send
// none); headers the transport adds itself, such as Accept-Encoding, are
// not known here.
func RequestBytes(req *http.Request) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "%s %s HTTP/1.1\r\n", req.Method, req.URL.RequestURI())
	host := req.Host
	if host == "" {
		host = req.URL.Host
	}
	b.WriteString("Host: " + host + "\r\n")
	req.Header.Write(&b)
	b.WriteString("\r\n")
	return b.Bytes()
}

// ResponseBytes returns resp as an HTTP/1.1 message with body, the body
// as read, for Fetch.Response. Framing the transport already undid is not
// claimed again: Transfer-Encoding is dropped, Content-Encoding too when
// the transport decompressed the body, and Content-Length is the body's
// length.
func ResponseBytes(resp *http.Response, body []byte) []byte {
	h := resp.Header.Clone()
	h.Del("Transfer-Encoding")
	if resp.Uncompressed {
		h.Del("Content-Encoding")
	}
	h.Set("Content-Length", strconv.Itoa(len(body)))
	status := resp.Status
	if status == "" {
		status = strconv.Itoa(resp.StatusCode) + " " + http.StatusText(resp.StatusCode)
	}
	var b bytes.Buffer
	b.Grow(len(body) + 1024)
	b.WriteString("HTTP/1.1 " + status + "\r\n")
	h.Write(&b)
	b.WriteString("\r\n")
	b.Write(body)
	return b.Bytes()
}
