package ingest

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/marsad/marsad/internal/analyze"
	"github.com/marsad/marsad/internal/charset"
	"github.com/marsad/marsad/internal/dates"
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
	// Analyzer, when set, analyses every article (entities …) before it
	// is stored.
	Analyzer *analyze.Analyzer
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
func (p *Processor) Process(it Item) (results []Result) {
	// A parser that panics on one hostile page must not stop the batch.
	defer func() {
		if v := recover(); v != nil {
			results = []Result{{Name: it.Name, Err: fmt.Errorf("internal error while reading this item (please report it): %v", v)}}
		}
	}()
	results = p.articles(it)
	if !it.Fetched.IsZero() {
		for _, r := range results {
			if r.Article != nil && r.Article.Fetched.IsZero() {
				r.Article.Fetched = it.Fetched
			}
		}
	}
	if p.Analyzer != nil {
		for i, r := range results {
			if r.Err != nil || r.Article == nil {
				continue
			}
			an, err := p.Analyzer.AnalyzeAt(context.Background(), r.Article.Text, r.Article.Lang, r.Article.Published)
			if err != nil {
				results[i] = Result{Name: r.Name, Err: fmt.Errorf("analysis: %w", err)}
				continue
			}
			r.Article.Analysis = an
		}
	}
	return results
}

// articles makes the articles of one item, not yet analysed.
func (p *Processor) articles(it Item) []Result {
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
	if hint == "" && len(t) > 0 && (t[0] == '{' || t[0] == '[') && looksJSON(b) {
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
	Published     json.RawMessage `json:"published"`
	DatePublished json.RawMessage `json:"datePublished"`
	DatePublish   json.RawMessage `json:"date_publish"`
	Date          json.RawMessage `json:"date"`
	DateExtracted json.RawMessage `json:"date_extracted"`
	Lang          string          `json:"lang"`
	Language      string          `json:"language"`
	Site          string          `json:"site"`
	Source        json.RawMessage `json:"source"`
	SourceDomain  string          `json:"source_domain"`
	Text          string          `json:"text"`
	Content       string          `json:"content"`
	Body          string          `json:"body"`
	ArticleBody   string          `json:"articleBody"`
	Maintext      string          `json:"maintext"`
	HTML          string          `json:"html"`
}

// looksJSON reports whether b is a JSON document or JSON Lines: valid JSON
// as a whole, or a first line that is.
func looksJSON(b []byte) bool {
	if json.Valid(b) {
		return true
	}
	line, _, _ := bytes.Cut(b, []byte("\n"))
	return json.Valid(line)
}

// fromJSON reads a JSON document: one article object, an array of them, or
// JSON Lines. Each element is its own result, so one bad element loses
// only itself.
func (p *Processor) fromJSON(it Item) []Result {
	var elems []json.RawMessage
	trimmed := bytes.TrimSpace(it.Data)
	switch {
	case len(trimmed) > 0 && trimmed[0] == '[':
		if err := json.Unmarshal(trimmed, &elems); err != nil {
			return []Result{{Name: it.Name, Err: fmt.Errorf("JSON array: %w", err)}}
		}
	case json.Valid(trimmed):
		elems = []json.RawMessage{trimmed}
	default:
		// JSON Lines: one document per line; a bad line is its own failure.
		for line := range bytes.SplitSeq(trimmed, []byte("\n")) {
			if line = bytes.TrimSpace(line); len(line) > 0 {
				elems = append(elems, line)
			}
		}
	}
	if len(elems) == 0 {
		return []Result{{Name: it.Name, Err: errors.New("JSON document holds no articles")}}
	}
	out := make([]Result, 0, len(elems))
	for i, raw := range elems {
		name := fmt.Sprintf("%s#%d", it.Name, i+1)
		var ja jsonArticle
		if err := json.Unmarshal(raw, &ja); err != nil {
			out = append(out, Result{Name: name, Err: fmt.Errorf("JSON: %w", err)})
			continue
		}
		a, err := p.jsonToArticle(&ja, it)
		out = append(out, Result{Name: name, Article: a, Err: err})
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
		Site:         firstOf(ja.Site, names(ja.Source), ja.SourceDomain),
		Text:         normaliseText(firstOf(ja.Text, ja.Content, ja.Body, ja.ArticleBody, ja.Maintext)),
		Format:       "json",
	}
	for _, raw := range []json.RawMessage{ja.Published, ja.DatePublished, ja.DatePublish, ja.Date, ja.DateExtracted} {
		if t, ok := jsonTime(raw, p.loc); ok {
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

// jsonTime reads a date given as a string (RFC 3339 and its variants, or a
// date written for people) or as a Unix time in seconds or milliseconds.
func jsonTime(raw json.RawMessage, loc *time.Location) (time.Time, bool) {
	if len(raw) == 0 || string(raw) == "null" {
		return time.Time{}, false
	}
	var s string
	if json.Unmarshal(raw, &s) == nil {
		if t, ok := extract.ParseTime(s, loc); ok {
			return t, true
		}
		return dates.Parse(s, loc)
	}
	var n float64
	if json.Unmarshal(raw, &n) == nil && n > 0 {
		if n > 1e11 {
			n /= 1000
		}
		t := time.Unix(int64(n), 0).UTC()
		return t, t.Year() >= 1900 && t.Year() <= 2100
	}
	return time.Time{}, false
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
		var obj struct {
			Name string `json:"name"`
		}
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

// Articles returns the articles of results, in order, and, for when there
// are none, why: the first result's error, else "no article".
func Articles(results []Result) (articles []*model.Article, reason string) {
	for _, r := range results {
		if r.Err != nil {
			if reason == "" {
				reason = r.Err.Error()
			}
			continue
		}
		articles = append(articles, r.Article)
	}
	if reason == "" {
		reason = "no article"
	}
	return articles, reason
}
