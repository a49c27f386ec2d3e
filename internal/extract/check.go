package extract

import (
	"unicode/utf8"

	"golang.org/x/net/html"
)

// Thresholds of the quality check on the fast path's result.
const (
	// minText is the shortest body, in runes, taken without a second look.
	minText = 300
	// wallRunes is the length from which a paragraph with almost no
	// sentence punctuation is a run of menus, not prose.
	wallRunes = 2000
	// wallPunct is the fewest sentence marks per 1000 runes of prose; news
	// prose has 5–15, a flattened page 0–1.
	wallPunct = 2.0
	// pageShare is the share of the page's whole text above which the body
	// is taken to be the whole page.
	pageShare = 0.9
)

// verdict says why the fast result needs the second pass, or "" when it
// does not.
func verdict(paras []string, doc *html.Node) string {
	total := 0
	for _, p := range paras {
		n := utf8.RuneCountInString(p)
		total += visibleRunes(p)
		if n >= wallRunes && punctPerK(p, n) < wallPunct {
			return "wall of text"
		}
	}
	if total < minText {
		return "too short"
	}
	if doc == nil {
		return ""
	}
	if page := textRunes(doc); page > 5*minText && float64(total) > pageShare*float64(page) {
		return "whole page"
	}
	return ""
}

// punctPerK counts sentence-ending marks per 1000 runes of p.
func punctPerK(p string, runes int) float64 {
	n := 0
	for _, r := range p {
		switch r {
		case '.', '!', '?', '؟', '。', '！', '？', '؛', ';':
			n++
		}
	}
	return float64(n) * 1000 / float64(max(runes, 1))
}

// textRunes counts the runes of visible text in doc's body.
func textRunes(doc *html.Node) int {
	n := 0
	var walk func(*html.Node)
	walk = func(x *html.Node) {
		if x.Type == html.ElementNode {
			switch x.Data {
			case "script", "style", "noscript", "template", "svg", "head":
				return
			}
		}
		if x.Type == html.TextNode {
			n += visibleRunes(x.Data)
		}
		for c := x.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return n
}

// visibleRunes counts the runes of s that are not spaces or controls, so
// that the body and the page are measured alike.
func visibleRunes(s string) int {
	n := 0
	for _, r := range s {
		if r > ' ' {
			n++
		}
	}
	return n
}
