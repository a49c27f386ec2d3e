package feeds

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"net/url"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"
)

// parseFeed reads an RSS, Atom or JSON feed with gofeed; when gofeed
// refuses a malformed XML feed, it falls back to reading the complete items
// leniently (parseLooseFeed).
func parseFeed(body []byte, base *url.URL) (*Parsed, error) {
	f, err := gofeed.NewParser().Parse(bytes.NewReader(body))
	if err != nil {
		if head := bytes.TrimLeft(body, " \t\r\n"); len(head) > 0 && head[0] == '{' {
			return nil, fmt.Errorf("malformed JSON feed: %w", err)
		}
		p, lerr := parseLooseFeed(body, base)
		if len(p.Items) == 0 {
			if lerr == nil {
				lerr = err
			}
			return nil, fmt.Errorf("malformed feed, no complete item could be read: %w", lerr)
		}
		if lerr == nil {
			lerr = err
		}
		p.Partial = fmt.Errorf("malformed feed, read up to the damage: %w", lerr)
		return p, nil
	}
	c := newCollector(base)
	for _, it := range f.Items {
		if it == nil {
			continue
		}
		c.add(itemLink(it), it.Title, itemTime(it))
	}
	return &Parsed{Kind: KindFeed, Title: cleanText(f.Title), Items: c.items}, nil
}

// itemLink returns the address of a gofeed item: its link, else its first
// link, else its GUID when that is a URL.
func itemLink(it *gofeed.Item) string {
	if l := strings.TrimSpace(it.Link); l != "" {
		return l
	}
	for _, l := range it.Links {
		if l = strings.TrimSpace(l); l != "" {
			return l
		}
	}
	if g := strings.TrimSpace(it.GUID); strings.HasPrefix(g, "http://") || strings.HasPrefix(g, "https://") {
		return g
	}
	return ""
}

func itemTime(it *gofeed.Item) time.Time {
	switch {
	case it.PublishedParsed != nil:
		return it.PublishedParsed.UTC()
	case it.UpdatedParsed != nil:
		return it.UpdatedParsed.UTC()
	}
	return time.Time{}
}

// looseItem is an RSS <item> or an Atom <entry> as parseLooseFeed reads it.
type looseItem struct {
	Title     string      `xml:"title"`
	Links     []looseLink `xml:"link"`
	GUID      string      `xml:"guid"`
	ID        string      `xml:"id"`
	PubDate   string      `xml:"pubDate"`
	Date      string      `xml:"date"` // dc:date
	Published string      `xml:"published"`
	Updated   string      `xml:"updated"`
	About     string      `xml:"about,attr"` // rdf:about of RSS 1.0
}

type looseLink struct {
	Href string `xml:"href,attr"`
	Rel  string `xml:"rel,attr"`
	Text string `xml:",chardata"`
}

func (it *looseItem) link() string {
	for _, l := range it.Links {
		if l.Href != "" && (l.Rel == "" || l.Rel == "alternate") {
			return l.Href
		}
	}
	for _, l := range it.Links {
		if t := strings.TrimSpace(l.Text); t != "" {
			return t
		}
	}
	for _, g := range []string{it.GUID, it.ID, it.About} {
		if g = strings.TrimSpace(g); strings.HasPrefix(g, "http://") || strings.HasPrefix(g, "https://") {
			return g
		}
	}
	return ""
}

func (it *looseItem) published() time.Time {
	for _, s := range []string{it.PubDate, it.Published, it.Date, it.Updated} {
		if t := parseDate(s); !t.IsZero() {
			return t
		}
	}
	return time.Time{}
}

// parseLooseFeed reads the items of an RSS or Atom feed one by one with a
// forgiving decoder, stopping at the first damage, and returns them with
// the error that stopped it (nil when the document ended properly).
func parseLooseFeed(body []byte, base *url.URL) (*Parsed, error) {
	p := &Parsed{Kind: KindFeed}
	c := newCollector(base)
	d := newDecoder(body)
	var stack []string
	var err error
loop:
	for {
		var tok xml.Token
		tok, err = d.Token()
		if err != nil {
			break
		}
		switch t := tok.(type) {
		case xml.StartElement:
			name := strings.ToLower(t.Name.Local)
			parent := ""
			if len(stack) > 0 {
				parent = stack[len(stack)-1]
			}
			switch {
			case name == "item" || name == "entry":
				var it looseItem
				if err = d.DecodeElement(&it, &t); err != nil {
					break loop
				}
				c.add(it.link(), it.Title, it.published())
			case name == "title" && p.Title == "" && (parent == "channel" || parent == "feed"):
				var s string
				if err = d.DecodeElement(&s, &t); err != nil {
					break loop
				}
				p.Title = cleanText(s)
			default:
				stack = append(stack, name)
			}
		case xml.EndElement:
			if len(stack) > 0 {
				stack = stack[:len(stack)-1]
			}
		}
	}
	p.Items = c.items
	if errors.Is(err, io.EOF) {
		err = nil
		if len(stack) > 0 {
			err = fmt.Errorf("the document ends inside <%s>", stack[len(stack)-1])
		}
	}
	return p, err
}
