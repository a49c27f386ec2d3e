package extract

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"

	"github.com/marsad/marsad/internal/charset"
)

// Language data for NeedsJS: the words that name JavaScript, the words
// that ask for it around them, the marks of bot challenges, and the ids of
// the elements that script frameworks fill.
var (
	jsWords = []string{
		"javascript", "java script", "جافا سكريبت", "جافاسكريبت", "جافا سكربت",
		"جافاسكربت", "الجافا سكريبت", "الجافاسكريبت", "جافا سكريت",
	}
	enableWords = []string{
		"enable", "turn on", "activate", "allow", "require", "disabled", "is off",
		"not supported", "activer", "aktivieren", "habilit",
		"تفعيل", "تمكين", "تشغيل", "يتطلب", "يتطلّب", "يلزم", "معطل", "معطّل",
		"تعطيل", "السماح", "غير مفعل", "غير مفعّل",
	}
	// challengeMarks are found in the HTML of bot-challenge pages, with
	// the service that serves them.
	challengeMarks = []struct{ mark, who string }{
		{"cf-browser-verification", "Cloudflare"},
		{"cf_chl_opt", "Cloudflare"},
		{"cf-challenge", "Cloudflare"},
		{"challenges.cloudflare.com", "Cloudflare"},
		{"_incapsula_resource", "Imperva"},
		{"captcha-delivery.com", "DataDome"},
		{"px-captcha", "PerimeterX"},
		{"ddos-guard", "DDoS-Guard"},
		{"sucuri_cloudproxy", "Sucuri"},
		{"awswaf", "AWS WAF"},
	}
	// challengeTitles are the titles of challenge pages, lower case.
	challengeTitles = []string{
		"just a moment", "attention required", "checking your browser",
		"one moment, please", "please wait", "ddos-guard", "security check",
		"لحظة من فضلك", "يرجى الانتظار",
	}
	shellIDs = map[string]bool{
		"root": true, "app": true, "__next": true, "__nuxt": true, "___gatsby": true,
		"app-root": true, "main-app": true, "application": true,
	}
)

// Thresholds of NeedsJS, in visible runes.
const (
	// articleRunes: extracted text this long is an article, whatever else
	// the page says (a <noscript> notice over a real article is debris).
	articleRunes = 500
	// wallTextRunes: extracted text shorter than this may be just the
	// wall's own message.
	wallTextRunes = 300
	// shellRunes: a page with less visible text than this is empty.
	shellRunes = 200
	// challengeRunes: a challenge page says little.
	challengeRunes = 1000
)

// NeedsJS reports whether an HTML page is a wall or an empty shell that
// only a browser running its JavaScript would fill, and why; text is what
// Extract found in it (may be ""). It finds:
//
//   - bot challenges (Cloudflare's "Just a moment...", Imperva, DataDome,
//     PerimeterX, DDoS-Guard, Sucuri, AWS WAF);
//   - walls asking to enable JavaScript, in English, Arabic (يرجى تفعيل
//     جافا سكريبت) and a few other languages, in the text or a <noscript>;
//   - app shells: a <div id="root">, "app", "__next" and the like, with
//     scripts and almost no text.
//
// A page whose extracted text is long enough to be an article is never a
// wall: a notice in <noscript> above a real article is only debris.
//
// NeedsJS lives beside the extractor because it judges a page's content,
// with the extractor's measures of visible text, not how it was fetched.
func NeedsJS(body []byte, text string) (bool, string) {
	extracted := visibleRunes(text)
	if extracted >= articleRunes || len(bytes.TrimSpace(body)) == 0 {
		return false, ""
	}
	src := charset.Decode(body, "").Text
	doc, err := html.Parse(strings.NewReader(src))
	if err != nil {
		return false, ""
	}
	var p pageScan
	p.walk(doc, false)
	visible := visibleRunes(p.visible.String())

	lower := strings.ToLower(src)
	if visible < challengeRunes {
		for _, c := range challengeMarks {
			if strings.Contains(lower, c.mark) {
				return true, fmt.Sprintf("bot challenge page (%s)", c.who)
			}
		}
		title := strings.ToLower(strings.TrimSpace(p.title))
		for _, t := range challengeTitles {
			if strings.HasPrefix(title, t) && p.scripts > 0 {
				return true, fmt.Sprintf("challenge page titled %q", p.title)
			}
		}
	}
	if extracted < wallTextRunes {
		all := p.visible.String() + "\n" + p.noscript.String()
		if s := jsRequest(all); s != "" {
			return true, fmt.Sprintf("JavaScript wall: %q", s)
		}
	}
	if visible < shellRunes && p.scripts > 0 {
		if p.shell != "" {
			return true, fmt.Sprintf("empty app shell (%s, %d scripts, %d runes of text)", p.shell, p.scripts, visible)
		}
		if visible < shellRunes/4 && extracted == 0 {
			return true, fmt.Sprintf("no text, only %d scripts", p.scripts)
		}
	}
	return false, ""
}

// pageScan is what NeedsJS gathers from a parsed page.
type pageScan struct {
	visible  strings.Builder // text outside script, style, noscript, head
	noscript strings.Builder // text inside <noscript>
	title    string
	scripts  int
	shell    string // the first framework root found, as "<div id=root>"
}

func (p *pageScan) walk(n *html.Node, inNoscript bool) {
	if n.Type == html.ElementNode {
		switch n.Data {
		case "script":
			p.scripts++
			return
		case "style", "template", "svg":
			return
		case "title":
			if p.title == "" {
				p.title = textOf(n)
			}
			return
		case "noscript":
			inNoscript = true
		case "app-root":
			p.setShell("<app-root>")
		}
		if id := attr(n, "id"); shellIDs[id] {
			p.setShell(fmt.Sprintf("<%s id=%s>", n.Data, id))
		}
	}
	if n.Type == html.TextNode {
		// The parser reads <noscript> content in <head> as text.
		if inNoscript || n.Parent != nil && n.Parent.Data == "noscript" {
			p.noscript.WriteString(n.Data)
			p.noscript.WriteByte('\n')
		} else if !inHead(n) {
			p.visible.WriteString(n.Data)
			p.visible.WriteByte('\n')
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		p.walk(c, inNoscript)
	}
}

func (p *pageScan) setShell(s string) {
	if p.shell == "" {
		p.shell = s
	}
}

func inHead(n *html.Node) bool {
	for ; n != nil; n = n.Parent {
		if n.Type == html.ElementNode && n.Data == "head" {
			return true
		}
	}
	return false
}

// jsRequest returns the sentence of s that asks for JavaScript to be
// enabled, or "".
func jsRequest(s string) string {
	lower := strings.ToLower(s)
	for _, w := range jsWords {
		for off := 0; ; {
			i := strings.Index(lower[off:], w)
			if i < 0 {
				break
			}
			i += off
			lo, hi := max(0, i-160), min(len(lower), i+len(w)+160)
			window := lower[lo:hi]
			for _, e := range enableWords {
				if strings.Contains(window, e) {
					return sentence(lower, i)
				}
			}
			off = i + len(w)
		}
	}
	return ""
}

// sentence returns the line of s around byte i, at most 120 runes.
func sentence(s string, i int) string {
	lo := strings.LastIndexByte(s[:i], '\n') + 1
	hi := strings.IndexByte(s[i:], '\n')
	if hi < 0 {
		hi = len(s)
	} else {
		hi += i
	}
	line := collapse(s[lo:hi])
	if utf8.RuneCountInString(line) > 120 {
		line = string([]rune(line)[:120]) + "…"
	}
	return line
}
