package feeds

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"

	"golang.org/x/net/html/charset"
)

// Outline is one source of an OPML list.
type Outline struct {
	// Title is the source's name ("" when the list gives none).
	Title string
	// URL is the address marsad polls: the feed's, the sitemap's or the
	// page's.
	URL string
	// Kind is "feed", "sitemap" or "page" (see Kind).
	Kind string
}

// opml is the part of OPML 1.0/2.0 that source lists use.
type opml struct {
	XMLName xml.Name      `xml:"opml"`
	Version string        `xml:"version,attr"`
	Title   string        `xml:"head>title"`
	Body    []opmlOutline `xml:"body>outline"`
}

type opmlOutline struct {
	Text     string        `xml:"text,attr"`
	Title    string        `xml:"title,attr,omitempty"`
	Type     string        `xml:"type,attr,omitempty"`
	XMLURL   string        `xml:"xmlUrl,attr,omitempty"`
	HTMLURL  string        `xml:"htmlUrl,attr,omitempty"`
	URL      string        `xml:"url,attr,omitempty"`
	Outlines []opmlOutline `xml:"outline"`
}

// ReadOPML reads the sources of an OPML list, in order, flattening its
// categories (outlines that hold outlines). An outline with an xmlUrl is a
// feed, or a sitemap when its type is "sitemap"; one of type "link" or
// "page" with a url is a page; others are skipped.
func ReadOPML(r io.Reader) ([]Outline, error) {
	d := xml.NewDecoder(r)
	d.CharsetReader = charset.NewReaderLabel
	d.Entity = xml.HTMLEntity
	var doc opml
	if err := d.Decode(&doc); err != nil {
		return nil, fmt.Errorf("opml: %w", err)
	}
	var out []Outline
	var walk func([]opmlOutline)
	walk = func(list []opmlOutline) {
		for _, o := range list {
			title := cleanText(o.Title)
			if title == "" {
				title = cleanText(o.Text)
			}
			typ := strings.ToLower(strings.TrimSpace(o.Type))
			switch {
			case strings.TrimSpace(o.XMLURL) != "":
				kind := KindFeed
				if typ == "sitemap" {
					kind = KindSitemap
				}
				out = append(out, Outline{Title: title, URL: strings.TrimSpace(o.XMLURL), Kind: string(kind)})
			case (typ == "link" || typ == "page") && strings.TrimSpace(o.URL) != "":
				out = append(out, Outline{Title: title, URL: strings.TrimSpace(o.URL), Kind: string(KindPage)})
			}
			walk(o.Outlines)
		}
	}
	walk(doc.Body)
	if len(out) == 0 && len(doc.Body) == 0 {
		return nil, errors.New("opml: the list has no outlines")
	}
	return out, nil
}

// WriteOPML writes outlines as an OPML 2.0 list titled title: a feed as
// type "rss" with an xmlUrl (what feed readers expect), a sitemap as type
// "sitemap" with an xmlUrl, a page as type "link" with a url.
func WriteOPML(w io.Writer, title string, outlines []Outline) error {
	doc := opml{Version: "2.0", Title: title}
	for _, o := range outlines {
		x := opmlOutline{Text: o.Title, Title: o.Title}
		if x.Text == "" {
			x.Text = o.URL
		}
		switch Kind(o.Kind) {
		case KindSitemap:
			x.Type, x.XMLURL = "sitemap", o.URL
		case KindPage:
			x.Type, x.URL = "link", o.URL
		default:
			x.Type, x.XMLURL = "rss", o.URL
		}
		doc.Body = append(doc.Body, x)
	}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return fmt.Errorf("opml: %w", err)
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return fmt.Errorf("opml: %w", err)
	}
	if _, err := io.WriteString(w, "\n"); err != nil {
		return fmt.Errorf("opml: %w", err)
	}
	return nil
}
