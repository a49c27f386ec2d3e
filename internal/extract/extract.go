// Package extract turns a news page's HTML into an Article: title, byline,
// publication date, language, site and clean text, without the page's
// debris.
//
// The body is found by go-trafilatura on its fast path (no fallback). Its
// result is then checked: when it looks like the whole page (many short,
// menu-like lines, most of the page's text) or is too short, the extraction
// is run again with trafilatura's fallback candidates (readability and DOM
// distiller) and the better result is kept. Every result then goes through
// marsad's own line filter (debris.go), which knows the boilerplate of
// Arabic and international news sites.
package extract

import (
	"bytes"
	"errors"
	"fmt"
	nurl "net/url"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"

	"github.com/marsad/marsad/internal/charset"
	"github.com/marsad/marsad/internal/dates"
	"github.com/marsad/marsad/internal/debris"
	"github.com/marsad/marsad/internal/lang"
	"github.com/marsad/marsad/internal/model"
)

// ErrNoArticle is returned when a page holds no article text.
var ErrNoArticle = errors.New("no article text found")

// Options tune one extraction. The zero value is ready to use.
type Options struct {
	// URL is the page's original address; it resolves the site name and is
	// copied into the Article.
	URL string
	// ContentType is the HTTP Content-Type header, used to choose the charset.
	ContentType string
	// Location is the time zone for dates given without one; nil means UTC.
	Location *time.Location
	// NoFallback disables the second, slower pass when the fast one looks wrong.
	NoFallback bool
}

// Extractor extracts articles from HTML. Its zero value is ready to use and
// it is safe for concurrent use.
type Extractor struct {
	once   sync.Once
	filter *debris.Filter
}

// Extract reads one HTML page and returns its article.
func (e *Extractor) Extract(body []byte, opts Options) (*model.Article, error) {
	if len(bytes.TrimSpace(body)) == 0 {
		return nil, errors.New("empty page")
	}
	if looksBinary(body) {
		return nil, errors.New("not HTML: binary content")
	}
	doc, err := html.Parse(strings.NewReader(charset.Decode(body, opts.ContentType).Text))
	if err != nil {
		if strings.Contains(err.Error(), "open stack of elements") {
			return nil, fmt.Errorf("parse HTML: the page nests elements more than 512 deep, beyond what the parser accepts (%w)", err)
		}
		return nil, fmt.Errorf("parse HTML: %w", err)
	}
	var u *nurl.URL
	if opts.URL != "" {
		if parsed, err := nurl.Parse(opts.URL); err == nil && parsed.Host != "" {
			u = parsed
		}
	}
	topts := trafilatura.Options{
		OriginalURL:     u,
		ExcludeComments: true,
		HtmlDateMode:    trafilatura.Fast,
	}
	res, err := trafilatura.ExtractDocument(doc, topts)
	var paras []string
	if err == nil && res != nil {
		paras = paragraphs(res.ContentNode)
	}
	if !opts.NoFallback {
		if why := verdict(paras, doc); why != "" {
			topts.EnableFallback = true
			if res2, err2 := trafilatura.ExtractDocument(doc, topts); err2 == nil && res2 != nil {
				paras2 := paragraphs(res2.ContentNode)
				if n2 := runes(paras2); n2 > 0 && (why != "too short" || n2 > runes(paras)) {
					res, err, paras = res2, nil, paras2
				}
			}
		}
	}
	if res == nil {
		if err == nil {
			err = ErrNoArticle
		}
		return nil, fmt.Errorf("%w: %v", ErrNoArticle, err)
	}
	a := &model.Article{URL: opts.URL, Format: "html"}
	fillMeta(a, readMeta(doc), res.Metadata, opts)
	a.Text = e.clean(paras, a.Title)
	// The text decides when the page's declared language is of another
	// script (a template's lang="en" over Arabic text); within one script
	// the declaration is usually the better guess.
	if detected := lang.Detect(a.Text); detected != "" && (a.Lang == "" || (a.Lang == "ar") != (detected == "ar")) {
		a.Lang = detected
	}
	if a.Published.IsZero() {
		// A dateline at the head of the text: «دمشق، 3 أغسطس/آب 2013 (CNN) --».
		if m, ok := dates.Find(a.Text[:cutAt(a.Text, 400)], opts.Location); ok {
			a.Published = m.Time
		}
	}
	if strings.TrimSpace(a.Text) == "" {
		return a, ErrNoArticle
	}
	return a, nil
}

// looksBinary reports whether the first bytes of body hold NUL bytes or
// other control characters that no HTML page has.
func looksBinary(body []byte) bool {
	head := body[:min(len(body), 1024)]
	bad := 0
	for _, c := range head {
		if c == 0 {
			return true
		}
		if c < 0x09 || (c > 0x0d && c < 0x20) {
			bad++
		}
	}
	return bad*10 > len(head)
}

func runes(paras []string) int {
	n := 0
	for _, p := range paras {
		n += utf8.RuneCountInString(p)
	}
	return n
}

// cutAt returns the largest index ≤ n that falls on a rune boundary of s.
func cutAt(s string, n int) int {
	if n >= len(s) {
		return len(s)
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return n
}
