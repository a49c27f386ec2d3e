package ingest

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/marsad/marsad/internal/charset"
	"github.com/marsad/marsad/internal/extract"
	"github.com/marsad/marsad/internal/lang"
	"github.com/marsad/marsad/internal/model"
	"github.com/marsad/marsad/internal/textdump"
)

// Result is one article made from an item, or the reason it could not be.
type Result struct {
	// Name is the item's name; "#N" is added for the N-th article of a
	// JSON document.
	Name    string
	Article *model.Article
	Err     error
}

// Processor turns items into articles. Build it with NewProcessor; it is
// safe for concurrent use.
type Processor struct {
	ext  extract.Extractor
	text *textdump.Reader
	loc  *time.Location
}

// NewProcessor returns a Processor; loc is the zone for dates given without
// one (nil = UTC).
func NewProcessor(loc *time.Location) *Processor {
	t := textdump.New()
	t.Location = loc
	return &Processor{text: t, loc: loc}
}

// Process makes the articles of one item: one for a page or a text dump,
// any number for a JSON document.
func (p *Processor) Process(it Item) []Result {
	if it.Err != nil {
		return []Result{{Name: it.Name, Err: it.Err}}
	}
	if len(bytes.TrimSpace(it.Data)) == 0 {
		return []Result{{Name: it.Name, Err: errors.New("empty input")}}
	}
	kind := it.Kind
	if kind == "" || kind == "text" {
		kind = sniff(it.Data, kind)
	}
	switch kind {
	case "json":
		return p.fromJSON(it)
	case "text":
		a, err := p.fromText(it)
		return []Result{{Name: it.Name, Article: a, Err: err}}
	default:
		a, err := p.ext.Extract(it.Data, extract.Options{URL: it.URL, ContentType: it.ContentType, Location: p.loc})
		if err != nil {
			return []Result{{Name: it.Name, Err: err}}
		}
		return []Result{{Name: it.Name, Article: a}}
	}
}

// sniff decides what bytes hold when the name did not say, or said text:
// JSON, plain text or HTML. A .txt file that holds markup is HTML.
func sniff(b []byte, hint string) string {
	t := bytes.TrimLeft(b[:min(len(b), 512)], " \t\r\n\ufeff")
	if hint == "" && len(t) > 0 && (t[0] == '{' || t[0] == '[') {
		return "json"
	}
	if textdump.Looks(b) {
		return "text"
	}
	if hint == "text" && !bytes.Contains(bytes.ToLower(b[:min(len(b), 4096)]), []byte("<")) {
		return "text"
	}
	return "html"
}

func (p *Processor) fromText(it Item) (*model.Article, error) {
	if isBinary(it.Data) {
		return nil, errors.New("not text: binary content")
	}
	txt := it.Data
	if !utf8.Valid(txt) {
		txt = []byte(charset.Decode(txt, it.ContentType).Text)
	}
	a, err := p.text.Read(string(txt))
	if err != nil {
		return nil, err
	}
	a.URL = it.URL
	return a, nil
}

func isBinary(b []byte) bool {
	return bytes.IndexByte(b[:min(len(b), 8192)], 0) >= 0
}

// jsonArticle is the JSON form of an article that marsad reads: its own
// output (marsad extract --json) and the common fields of news corpora
// (SaudiNewsNet's content/date_extracted/source, news-please's maintext,
// schema.org's articleBody/datePublished).
type jsonArticle struct {
	URL           string          `json:"url"`
	CanonicalURL  string          `json:"canonical_url"`
	Title         string          `json:"title"`
	Description   string          `json:"description"`
	Byline        string          `json:"byline"`
	Author        json.RawMessage `json:"author"`
	Authors       json.RawMessage `json:"authors"`
	Published     string          `json:"published"`
	DatePublished string          `json:"datePublished"`
	DatePublish   string          `json:"date_publish"`
	Date          string          `json:"date"`
	DateExtracted string          `json:"date_extracted"`
	Lang          string          `json:"lang"`
	Language      string          `json:"language"`
	Site          string          `json:"site"`
	Source        string          `json:"source"`
	SourceDomain  string          `json:"source_domain"`
	Text          string          `json:"text"`
	Content       string          `json:"content"`
	Body          string          `json:"body"`
	ArticleBody   string          `json:"articleBody"`
	Maintext      string          `json:"maintext"`
	HTML          string          `json:"html"`
}

// fromJSON reads a JSON document: one article object, an array of them, or
// JSON Lines. Each element is its own result, so one bad element does not
// lose the others.
func (p *Processor) fromJSON(it Item) []Result {
	dec := json.NewDecoder(bytes.NewReader(it.Data))
	var out []Result
	n := 0
	next := func(decode func(*jsonArticle) error) bool {
		n++
		name := fmt.Sprintf("%s#%d", it.Name, n)
		var ja jsonArticle
		if err := decode(&ja); err != nil {
			if errors.Is(err, io.EOF) {
				return false
			}
			out = append(out, Result{Name: name, Err: fmt.Errorf("JSON: %w", err)})
			return false
		}
		a, err := p.jsonToArticle(&ja, it)
		out = append(out, Result{Name: name, Article: a, Err: err})
		return true
	}
	tok, err := dec.Token()
	if err != nil {
		return []Result{{Name: it.Name, Err: fmt.Errorf("JSON: %w", err)}}
	}
	if d, ok := tok.(json.Delim); ok && d == '[' {
		for dec.More() {
			if !next(func(ja *jsonArticle) error { return dec.Decode(ja) }) {
				break
			}
		}
		return out
	}
	// Not an array: one object or JSON Lines. Start again from the top.
	dec = json.NewDecoder(bytes.NewReader(it.Data))
	for next(func(ja *jsonArticle) error { return dec.Decode(ja) }) {
	}
	return out
}

func (p *Processor) jsonToArticle(ja *jsonArticle, it Item) (*model.Article, error) {
	if ja.Text == "" && ja.Content == "" && ja.Body == "" && ja.ArticleBody == "" && ja.Maintext == "" && ja.HTML != "" {
		return p.ext.Extract([]byte(ja.HTML), extract.Options{URL: firstOf(ja.URL, it.URL), Location: p.loc})
	}
	a := &model.Article{
		URL:          firstOf(ja.URL, it.URL),
		CanonicalURL: ja.CanonicalURL,
		Title:        strings.TrimSpace(ja.Title),
		Description:  strings.TrimSpace(ja.Description),
		Byline:       firstOf(ja.Byline, names(ja.Author), names(ja.Authors)),
		Lang:         firstOf(ja.Lang, ja.Language),
		Site:         firstOf(ja.Site, ja.Source, ja.SourceDomain),
		Text:         normaliseText(firstOf(ja.Text, ja.Content, ja.Body, ja.ArticleBody, ja.Maintext)),
		Format:       "json",
	}
	for _, d := range []string{ja.Published, ja.DatePublished, ja.DatePublish, ja.Date, ja.DateExtracted} {
		if t, ok := extract.ParseTime(d, p.loc); ok {
			a.Published = t
			break
		}
	}
	if a.Text == "" {
		return nil, errors.New("JSON article has no text (text, content, body, articleBody or maintext)")
	}
	if a.Lang == "" {
		a.Lang = lang.Detect(a.Text)
	}
	return a, nil
}

// names reads an author field that is a string, a list of strings or a
// list of {"name": …} objects.
func names(raw json.RawMessage) string {
	if len(raw) == 0 {
		return ""
	}
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s
	}
	var list []json.RawMessage
	if json.Unmarshal(raw, &list) != nil {
		var obj struct{ Name string }
		json.Unmarshal(raw, &obj)
		return obj.Name
	}
	var out []string
	for _, e := range list {
		if n := names(e); n != "" {
			out = append(out, n)
		}
	}
	return strings.Join(out, ", ")
}

func firstOf(ss ...string) string {
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	return ""
}

// normaliseText makes a JSON article's text look like extracted text:
// paragraphs (non-empty lines) separated by one blank line.
func normaliseText(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	var paras []string
	for line := range strings.SplitSeq(s, "\n") {
		if line = strings.Join(strings.Fields(line), " "); line != "" {
			paras = append(paras, line)
		}
	}
	return strings.Join(paras, "\n\n")
}
