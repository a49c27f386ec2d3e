package extract

import (
	"encoding/json"
	nurl "net/url"
	"strings"
	"time"

	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"

	"github.com/marsad/marsad/internal/dates"
	"github.com/marsad/marsad/internal/debris"
	"github.com/marsad/marsad/internal/model"
)

// pageMeta is what a page says about itself: its <meta> tags, its JSON-LD
// article object, its first <h1>, its <html lang> and canonical link.
type pageMeta struct {
	meta      map[string]string // lower-cased name, property or itemprop → first content
	ld        map[string]any    // the JSON-LD object of type *Article, if any
	h1        string
	lang      string
	canonical string
	times     []string // datetime attributes of <time> elements, in order
	dateTexts []string // text of <time> elements and of date-like blocks
}

// dateClass matches the class or id of elements that hold a page's date line.
func dateClass(n *html.Node) bool {
	v := strings.ToLower(attr(n, "class") + " " + attr(n, "id"))
	for _, k := range []string{"date", "time", "publish", "byline", "posted", "meta"} {
		if strings.Contains(v, k) {
			return true
		}
	}
	return false
}

// readMeta walks doc once and collects its metadata.
func readMeta(doc *html.Node) *pageMeta {
	pm := &pageMeta{meta: map[string]string{}}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "html":
				pm.lang = attr(n, "lang")
			case "meta":
				content := strings.TrimSpace(attr(n, "content"))
				for _, k := range []string{"name", "property", "itemprop", "http-equiv"} {
					if key := strings.ToLower(strings.TrimSpace(attr(n, k))); key != "" && content != "" {
						if _, ok := pm.meta[key]; !ok {
							pm.meta[key] = content
						}
					}
				}
				if attr(n, "itemprop") == "datePublished" && attr(n, "datetime") != "" {
					pm.meta["datepublished"] = attr(n, "datetime")
				}
			case "link":
				if strings.EqualFold(attr(n, "rel"), "canonical") && pm.canonical == "" {
					pm.canonical = strings.TrimSpace(attr(n, "href"))
				}
			case "script":
				if strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") && n.FirstChild != nil && pm.ld == nil {
					pm.ld = findArticleLD(n.FirstChild.Data)
				}
				return
			case "style", "noscript", "template", "svg":
				return
			case "span", "div", "p", "small", "li":
				if len(pm.dateTexts) < 12 && dateClass(n) {
					if t := textOf(n); len(t) < 300 {
						pm.dateTexts = append(pm.dateTexts, t)
					}
				}
			case "h1":
				if pm.h1 == "" {
					pm.h1 = strings.Join(strings.Fields(textOf(n)), " ")
				}
			case "time":
				if len(pm.dateTexts) < 12 {
					pm.dateTexts = append(pm.dateTexts, textOf(n))
				}
				if dt := attr(n, "datetime"); dt != "" {
					if attr(n, "itemprop") == "datePublished" {
						if _, ok := pm.meta["datepublished"]; !ok {
							pm.meta["datepublished"] = dt
						}
					}
					pm.times = append(pm.times, dt)
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return pm
}

// findArticleLD returns the first JSON-LD object whose @type names an
// article (NewsArticle, Article, ReportageNewsArticle, BlogPosting …).
func findArticleLD(raw string) map[string]any {
	var v any
	if err := json.Unmarshal([]byte(strings.TrimSpace(raw)), &v); err != nil {
		return nil
	}
	var find func(any) map[string]any
	find = func(v any) map[string]any {
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				if m := find(e); m != nil {
					return m
				}
			}
		case map[string]any:
			if isArticleType(x["@type"]) {
				return x
			}
			if g, ok := x["@graph"]; ok {
				return find(g)
			}
		}
		return nil
	}
	return find(v)
}

func isArticleType(t any) bool {
	switch x := t.(type) {
	case string:
		return strings.HasSuffix(x, "Article") || x == "BlogPosting" || x == "Report" || x == "LiveBlogPosting"
	case []any:
		for _, e := range x {
			if isArticleType(e) {
				return true
			}
		}
	}
	return false
}

func ldString(m map[string]any, key string) string {
	if m == nil {
		return ""
	}
	switch v := m[key].(type) {
	case string:
		return strings.TrimSpace(html.UnescapeString(v))
	case []any:
		if len(v) > 0 {
			if s, ok := v[0].(string); ok {
				return strings.TrimSpace(html.UnescapeString(s))
			}
		}
	}
	return ""
}

// ldAuthors returns the names of the JSON-LD authors, people only.
func ldAuthors(m map[string]any) []string {
	if m == nil {
		return nil
	}
	var out []string
	var add func(any)
	add = func(v any) {
		switch x := v.(type) {
		case string:
			out = append(out, x)
		case []any:
			for _, e := range x {
				add(e)
			}
		case map[string]any:
			if t, _ := x["@type"].(string); t == "Organization" || t == "NewsMediaOrganization" {
				return
			}
			if n, ok := x["name"].(string); ok {
				out = append(out, n)
			}
		}
	}
	add(m["author"])
	return out
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

// fillMeta sets the Article's title, byline, date, language, site and
// canonical URL from what the page says, with trafilatura's metadata as the
// fallback.
func fillMeta(a *model.Article, pm *pageMeta, m trafilatura.Metadata, opts Options) {
	a.Site = firstNonEmpty(pm.meta["og:site_name"], publisherName(pm.ld), m.Sitename, host(opts.URL))
	a.Title = chooseTitle(pm, m.Title, a.Site, opts.URL)
	a.Description = firstNonEmpty(pm.meta["og:description"], pm.meta["description"], m.Description)
	a.Byline = chooseByline(pm, m, a.Site)
	a.Published = chooseDate(pm, m, opts.Location)
	a.Lang = langCode(firstNonEmpty(pm.lang, pm.meta["og:locale"], pm.meta["content-language"], m.Language))
	if c := pm.canonical; c != "" {
		if base, err := nurl.Parse(opts.URL); err == nil && opts.URL != "" {
			if ref, err := base.Parse(c); err == nil {
				c = ref.String()
			}
		}
		if strings.HasPrefix(c, "http://") || strings.HasPrefix(c, "https://") {
			a.CanonicalURL = c
		}
	}
}

func publisherName(ld map[string]any) string {
	if ld == nil {
		return ""
	}
	if p, ok := ld["publisher"].(map[string]any); ok {
		if n, ok := p["name"].(string); ok {
			return strings.TrimSpace(n)
		}
	}
	return ""
}

func host(raw string) string {
	u, err := nurl.Parse(raw)
	if err != nil {
		return ""
	}
	return strings.TrimPrefix(u.Hostname(), "www.")
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	return ""
}

// langCode reduces a language tag ("ar-SA", "en_US") to its ISO 639-1 code.
func langCode(tag string) string {
	tag = strings.ToLower(strings.TrimSpace(tag))
	if i := strings.IndexAny(tag, "-_"); i > 0 {
		tag = tag[:i]
	}
	if len(tag) != 2 {
		return ""
	}
	return tag
}

// chooseByline prefers the JSON-LD authors, then trafilatura's, and drops
// names that are not people: the site's name, the page's sections and
// categories, URLs, e-mail addresses.
func chooseByline(pm *pageMeta, m trafilatura.Metadata, site string) string {
	names := ldAuthors(pm.ld)
	if len(names) == 0 && m.Author != "" {
		names = strings.Split(m.Author, ";")
	}
	bad := map[string]bool{squash(site): true}
	for _, c := range m.Categories {
		bad[squash(c)] = true
	}
	for _, k := range []string{"article:section", "og:section", "section"} {
		if v := pm.meta[k]; v != "" {
			bad[squash(v)] = true
		}
	}
	if s := ldString(pm.ld, "articleSection"); s != "" {
		bad[squash(s)] = true
	}
	var out []string
	seen := map[string]bool{}
	for _, n := range names {
		n = strings.Join(strings.Fields(n), " ")
		k := squash(n)
		if k == "" || bad[k] || seen[k] || strings.Contains(n, "://") || strings.Contains(n, "@") || !debris.HasLetter(n) || len([]rune(n)) > 80 {
			continue
		}
		seen[k] = true
		out = append(out, n)
	}
	return strings.Join(out, ", ")
}

// chooseTitle picks the headline: the <h1> when the page's title starts with
// it, else the JSON-LD headline, og:title or trafilatura's title, with a
// trailing site name (" | Site", " - Site", " – DW – 13.06.2023") removed.
func chooseTitle(pm *pageMeta, fallback, site, rawURL string) string {
	t := firstNonEmpty(ldString(pm.ld, "headline"), pm.meta["og:title"], fallback, pm.meta["twitter:title"])
	t = strings.Join(strings.Fields(t), " ")
	if h := pm.h1; h != "" && len([]rune(h)) >= 8 {
		sh, st := squash(h), squash(t)
		if st == "" || (strings.HasPrefix(st, sh) && len(sh)*2 >= len(st)) {
			return h
		}
	}
	return stripSiteSuffix(t, site, host(rawURL))
}

// titleSeparators are the separators between a headline and a site name.
var titleSeparators = []string{" | ", " - ", " – ", " — ", " :: ", " · ", " « ", " » "}

// stripSiteSuffix removes trailing title segments that name the site or
// are dates: "Steigende US-Zinsen setzen Dax zu | Börsen-Zeitung". A
// segment names the site when it equals the site's name or a label of its
// host name ("reuters" in ar.reuters.com), or is contained in the site's
// name.
func stripSiteSuffix(t, site, hostname string) string {
	siteKey := squash(site)
	hostKeys := map[string]bool{}
	labels := strings.Split(hostname, ".")
	for i, l := range labels {
		if k := squash(l); len(k) >= 2 && i < len(labels)-1 && k != "www" {
			hostKeys[k] = true
		}
	}
	for range 3 {
		cut, sep := -1, ""
		for _, s := range titleSeparators {
			if i := strings.LastIndex(t, s); i > cut && i > 0 {
				cut, sep = i, s
			}
		}
		if cut < 0 {
			return t
		}
		seg := strings.TrimSpace(t[cut+len(sep):])
		k := squash(seg)
		isSite := k != "" && (k == siteKey || hostKeys[k] || (len([]rune(k)) >= 3 && strings.Contains(siteKey, k)))
		if !isSite && debris.HasLetter(seg) {
			return t
		}
		if len([]rune(t[:cut])) < 8 {
			return t
		}
		t = strings.TrimSpace(t[:cut])
	}
	return t
}

// dateKeys are the meta names that carry the publication time, best first.
var dateKeys = []string{
	"datepublished", "article:published_time", "og:published_time", "published_time",
	"article:published", "publishdate", "publish-date", "pubdate", "dc.date.issued",
	"dcterms.created", "dc.date", "date", "sailthru.date", "parsely-pub-date", "cxenseparse:recs:publishtime",
}

// chooseDate prefers the JSON-LD datePublished, then the publication meta
// tags, then trafilatura's date (which also searches the page's text).
func chooseDate(pm *pageMeta, m trafilatura.Metadata, loc *time.Location) time.Time {
	if t, ok := ParseTime(ldString(pm.ld, "datePublished"), loc); ok {
		return t
	}
	for _, k := range dateKeys {
		if t, ok := ParseTime(pm.meta[k], loc); ok {
			return t
		}
	}
	for _, dt := range pm.times {
		if t, ok := ParseTime(dt, loc); ok {
			return t
		}
	}
	// Date lines written for people, in Arabic or other languages
	// («الجمعة 10 أكتوبر/تشرين الأول 2025», a Hijri date): trafilatura's
	// fast date search reads English only.
	for _, txt := range pm.dateTexts {
		if t, ok := dates.Parse(txt, loc); ok {
			return t
		}
	}
	if !m.Date.IsZero() {
		return m.Date
	}
	return time.Time{}
}

var timeLayouts = []string{
	time.RFC3339Nano, "2006-01-02T15:04:05Z0700", "2006-01-02T15:04Z07:00", "2006-01-02T15:04Z0700",
	"2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02 15:04:05Z07:00", "2006-01-02 15:04:05 Z0700",
	"2006-01-02 15:04:05", "2006-01-02 15:04", "2006-01-02", time.RFC1123Z, time.RFC1123, "20060102",
}

// ParseTime parses a machine-readable timestamp (RFC 3339, ISO 8601 and
// their common variants, RFC 1123) as pages and JSON corpora give them;
// loc is the zone for times without one (nil = UTC).
func ParseTime(s string, loc *time.Location) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, false
	}
	if loc == nil {
		loc = time.UTC
	}
	s = asciiDigits(s)
	for _, l := range timeLayouts {
		if t, err := time.ParseInLocation(l, s, loc); err == nil && t.Year() >= 1900 && t.Year() <= 2100 {
			return t, true
		}
	}
	return time.Time{}, false
}

// asciiDigits maps Arabic-Indic (٠-٩) and Persian (۰-۹) digits to ASCII.
func asciiDigits(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= '٠' && r <= '٩':
			return '0' + r - '٠'
		case r >= '۰' && r <= '۹':
			return '0' + r - '۰'
		}
		return r
	}, s)
}
