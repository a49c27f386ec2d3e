// Package feeds reads what a news source publishes: RSS 0.9x, 1.0 and 2.0,
// Atom and JSON Feed (through github.com/mmcdole/gofeed), news sitemaps,
// plain sitemaps and sitemap indexes, and tells an HTML page from all of
// them. It also reads and writes OPML source lists and holds marsad's
// default list of Arabic news sources.
//
// Parse never fetches anything: the crawler hands it a body it fetched.
package feeds

import (
	"bytes"
	"compress/gzip"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"net/url"
	"strings"
	"time"

	"golang.org/x/net/html/charset"
)

// Item is one link a source publishes.
type Item struct {
	// URL is the item's address, absolute (resolved against the base URL
	// given to Parse), http or https.
	URL string
	// Title is the item's title as the source gives it; "" when it gives
	// none (plain sitemaps).
	Title string
	// Published is the item's publication time: the feed's publication
	// date, else its update date; a news sitemap's publication_date, else
	// the sitemap's lastmod. Zero when unknown.
	Published time.Time
}

// Kind is what a source's document is.
type Kind string

// The kinds of source documents.
const (
	KindFeed    Kind = "feed"    // RSS, Atom or JSON Feed
	KindSitemap Kind = "sitemap" // a sitemap (news or plain) or a sitemap index
	KindPage    Kind = "page"    // an HTML page: an article or a section front
)

// Valid reports whether k is one of the kinds above.
func (k Kind) Valid() bool {
	return k == KindFeed || k == KindSitemap || k == KindPage
}

// Parsed is what Parse read from one document.
type Parsed struct {
	// Kind is what the document is.
	Kind Kind
	// Title is the feed's or the page's title; "" for sitemaps.
	Title string
	// Items are the document's links in document order, each URL once.
	// A page has none.
	Items []Item
	// Sitemaps are the children of a sitemap index, absolute.
	Sitemaps []string
	// Feeds are the feeds an HTML page announces with
	// <link rel="alternate" type="application/rss+xml|atom+xml|feed+json">,
	// absolute.
	Feeds []string
	// Partial, when not nil, says what was wrong with a malformed document
	// that was read only up to the damage (a truncated feed, say): Items
	// are the complete items before it.
	Partial error
}

// ErrUnknownFormat is returned, wrapped, by Parse for a document that is
// neither a feed, a sitemap nor an HTML page.
var ErrUnknownFormat = errors.New("not a feed, a sitemap or an HTML page")

// maxGunzip caps a gzip-compressed sitemap once decompressed (the sitemap
// protocol's limit is 50 MB), so that a small bomb cannot fill memory.
const maxGunzip = 64 << 20

// Parse reads body, a document fetched from baseURL and served with
// contentType (which may be ""): a feed, a sitemap, a sitemap index or an
// HTML page. Item, sitemap and feed URLs are resolved against baseURL (and
// against xml:base and <base href> where the document has them); items
// without a usable http(s) URL are dropped, and a URL given twice is kept
// once. A gzip-compressed body (sitemap.xml.gz) is decompressed first.
//
// A malformed XML feed or sitemap gives the complete items before the
// damage, with Parsed.Partial saying what was wrong; when no item can be
// read, Parse returns an error. A document of no known kind is an error
// wrapping ErrUnknownFormat.
func Parse(body []byte, contentType, baseURL string) (*Parsed, error) {
	base, err := url.Parse(baseURL)
	if err != nil {
		return nil, fmt.Errorf("feeds: base URL %q: %w", baseURL, err)
	}
	if len(body) >= 2 && body[0] == 0x1f && body[1] == 0x8b {
		if body, err = gunzip(body); err != nil {
			return nil, fmt.Errorf("feeds: %s: %w", baseURL, err)
		}
	}
	p, err := parse(body, strings.ToLower(contentType), base)
	if err != nil {
		return nil, fmt.Errorf("feeds: %s: %w", baseURL, err)
	}
	return p, nil
}

func parse(body []byte, contentType string, base *url.URL) (*Parsed, error) {
	body = trimBOM(body)
	head := bytes.TrimLeft(body, " \t\r\n")
	if len(head) == 0 {
		return nil, errors.New("empty document")
	}
	if head[0] == '{' {
		return parseFeed(body, base)
	}
	if head[0] != '<' {
		if p, ok := parseTextSitemap(body, base); ok {
			return p, nil
		}
		return nil, ErrUnknownFormat
	}
	switch root := rootElement(body); root {
	case "rss", "rdf", "feed":
		return parseFeed(body, base)
	case "urlset", "sitemapindex":
		return parseSitemap(body, base)
	case "html", "head", "body":
		return parsePage(body, base), nil
	case "":
		if strings.Contains(contentType, "html") || looksLikeHTML(head) {
			return parsePage(body, base), nil
		}
		return nil, fmt.Errorf("%w: no root element could be read", ErrUnknownFormat)
	default:
		if strings.Contains(contentType, "html") {
			return parsePage(body, base), nil
		}
		return nil, fmt.Errorf("%w: the root element is <%s>", ErrUnknownFormat, root)
	}
}

// rootElement returns the lower-cased local name of the first element of
// an XML or HTML document, or "" when none can be read.
func rootElement(body []byte) string {
	d := newDecoder(body)
	for range 64 { // declarations, comments, a doctype come first
		tok, err := d.RawToken()
		if err != nil {
			return ""
		}
		if se, ok := tok.(xml.StartElement); ok {
			return strings.ToLower(se.Name.Local)
		}
	}
	return ""
}

// looksLikeHTML reports whether a document that is not well-formed XML
// starts as HTML does.
func looksLikeHTML(head []byte) bool {
	h := strings.ToLower(string(head[:min(len(head), 512)]))
	return strings.HasPrefix(h, "<!doctype html") || strings.Contains(h, "<html")
}

// newDecoder returns a forgiving XML decoder over body: HTML entities
// known, a bare & taken as text, any declared charset converted. It does
// not close HTML's void elements, since RSS's <link> holds text.
func newDecoder(body []byte) *xml.Decoder {
	d := xml.NewDecoder(bytes.NewReader(body))
	d.Strict = false
	d.Entity = xml.HTMLEntity
	d.CharsetReader = charset.NewReaderLabel
	return d
}

func trimBOM(b []byte) []byte {
	return bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
}

func gunzip(body []byte) ([]byte, error) {
	zr, err := gzip.NewReader(bytes.NewReader(body))
	if err != nil {
		return nil, fmt.Errorf("gzip: %w", err)
	}
	out, err := io.ReadAll(io.LimitReader(zr, maxGunzip+1))
	if err != nil && len(out) == 0 {
		return nil, fmt.Errorf("gzip: %w", err)
	}
	if len(out) > maxGunzip {
		return nil, fmt.Errorf("gzip: more than %d MiB once decompressed", maxGunzip>>20)
	}
	return out, nil
}

// collector gathers items, resolving their URLs and keeping each once.
type collector struct {
	base  *url.URL
	seen  map[string]bool
	items []Item
}

func newCollector(base *url.URL) *collector {
	return &collector{base: base, seen: map[string]bool{}}
}

func (c *collector) add(link, title string, published time.Time) {
	u, ok := resolve(c.base, link)
	if !ok || c.seen[u] {
		return
	}
	c.seen[u] = true
	c.items = append(c.items, Item{URL: u, Title: cleanText(title), Published: published})
}

// resolve returns ref resolved against base when the result is an http or
// https URL with a host.
func resolve(base *url.URL, ref string) (string, bool) {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return "", false
	}
	r, err := url.Parse(ref)
	if err != nil {
		return "", false
	}
	u := base.ResolveReference(r)
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return "", false
	}
	return u.String(), true
}

// cleanText trims s and writes every run of white space as one space.
func cleanText(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// dateLayouts are the date forms feeds and sitemaps use, tried in order.
var dateLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04Z07:00", // W3C datetime without seconds
	"2006-01-02T15:04:05",
	"2006-01-02 15:04:05",
	"2006-01-02",
	time.RFC1123Z,
	time.RFC1123,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05 MST",
	"2 Jan 2006 15:04:05 -0700",
	"Mon, 02 Jan 2006 15:04 -0700",
	time.RFC850,
	time.ANSIC,
}

// parseDate reads a feed or sitemap date; the zero time when it cannot.
func parseDate(s string) time.Time {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}
	}
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t.UTC()
		}
	}
	return time.Time{}
}
