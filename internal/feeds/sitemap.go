package feeds

import (
	"bufio"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"net/url"
	"strings"
	"time"
)

// sitemapURL is a <url> of a sitemap, with its Google News extension.
type sitemapURL struct {
	Loc     string `xml:"loc"`
	Lastmod string `xml:"lastmod"`
	News    struct {
		Title           string `xml:"title"`
		PublicationDate string `xml:"publication_date"`
	} `xml:"news"`
}

// sitemapRef is a <sitemap> of a sitemap index.
type sitemapRef struct {
	Loc string `xml:"loc"`
}

// parseSitemap reads a sitemap (<urlset>) or a sitemap index
// (<sitemapindex>) entry by entry, stopping at the first damage.
func parseSitemap(body []byte, base *url.URL) (*Parsed, error) {
	p := &Parsed{Kind: KindSitemap}
	c := newCollector(base)
	seen := map[string]bool{}
	d := newDecoder(body)
	depth := 0
	var err error
loop:
	for {
		var tok xml.Token
		if tok, err = d.Token(); err != nil {
			break
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch strings.ToLower(t.Name.Local) {
			case "url":
				var u sitemapURL
				if err = d.DecodeElement(&u, &t); err != nil {
					break loop
				}
				pub := parseDate(u.News.PublicationDate)
				if pub.IsZero() {
					pub = parseDate(u.Lastmod)
				}
				c.add(u.Loc, u.News.Title, pub)
			case "sitemap":
				var s sitemapRef
				if err = d.DecodeElement(&s, &t); err != nil {
					break loop
				}
				if u, ok := resolve(base, s.Loc); ok && !seen[u] {
					seen[u] = true
					p.Sitemaps = append(p.Sitemaps, u)
				}
			default:
				depth++
			}
		case xml.EndElement:
			depth--
		}
	}
	p.Items = c.items
	if errors.Is(err, io.EOF) {
		err = nil
		if depth > 0 {
			err = errors.New("the document ends before its root element closes")
		}
	}
	if err != nil {
		if len(p.Items) == 0 && len(p.Sitemaps) == 0 {
			return nil, fmt.Errorf("malformed sitemap, no complete entry could be read: %w", err)
		}
		p.Partial = fmt.Errorf("malformed sitemap, read up to the damage: %w", err)
	}
	return p, nil
}

// parseTextSitemap reads a text sitemap, one absolute URL a line. It
// reports false unless every non-empty line is an http(s) URL.
func parseTextSitemap(body []byte, base *url.URL) (*Parsed, bool) {
	c := newCollector(base)
	sc := bufio.NewScanner(bytes.NewReader(body))
	sc.Buffer(nil, 64<<10)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		if !strings.HasPrefix(line, "http://") && !strings.HasPrefix(line, "https://") || strings.ContainsAny(line, " \t") {
			return nil, false
		}
		c.add(line, "", time.Time{})
	}
	if sc.Err() != nil || len(c.items) == 0 {
		return nil, false
	}
	return &Parsed{Kind: KindSitemap, Items: c.items}, true
}
