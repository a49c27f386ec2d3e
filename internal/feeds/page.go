package feeds

import (
	"bytes"
	"net/url"
	"slices"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// feedTypes are the link types of the feeds a page may announce.
var feedTypes = map[string]bool{
	"application/rss+xml":   true,
	"application/atom+xml":  true,
	"application/feed+json": true,
	"application/rdf+xml":   true,
}

// parsePage reads the title of an HTML page and the feeds it announces in
// its head; a page has no items (the crawler fetches it as an article).
func parsePage(body []byte, base *url.URL) *Parsed {
	p := &Parsed{Kind: KindPage}
	z := html.NewTokenizer(bytes.NewReader(body))
	seen := map[string]bool{}
	inTitle := false
	for {
		switch z.Next() {
		case html.ErrorToken:
			return p
		case html.TextToken:
			if inTitle && p.Title == "" {
				p.Title = cleanText(string(z.Text()))
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			switch atom.Lookup(name) {
			case atom.Title:
				inTitle = false
			case atom.Head:
				return p
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			switch atom.Lookup(name) {
			case atom.Title:
				inTitle = true
			case atom.Body:
				return p
			case atom.Base, atom.Link:
				attrs := map[string]string{}
				for hasAttr {
					var k, v []byte
					k, v, hasAttr = z.TagAttr()
					attrs[string(k)] = string(v)
				}
				if atom.Lookup(name) == atom.Base {
					if b, err := url.Parse(strings.TrimSpace(attrs["href"])); err == nil && attrs["href"] != "" {
						base = base.ResolveReference(b)
					}
					continue
				}
				rel := strings.Fields(strings.ToLower(attrs["rel"]))
				typ := strings.ToLower(strings.TrimSpace(attrs["type"]))
				if !slices.Contains(rel, "alternate") || !feedTypes[typ] {
					continue
				}
				if u, ok := resolve(base, attrs["href"]); ok && !seen[u] {
					seen[u] = true
					p.Feeds = append(p.Feeds, u)
				}
			}
		}
	}
}
