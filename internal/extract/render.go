package extract

import (
	"strings"

	"golang.org/x/net/html"
)

// inline lists the elements whose text continues the paragraph around them;
// every other element starts and ends a paragraph.
var inline = map[string]bool{
	"a": true, "abbr": true, "b": true, "bdi": true, "bdo": true, "cite": true, "code": true,
	"del": true, "dfn": true, "em": true, "font": true, "hi": true, "i": true, "ins": true,
	"kbd": true, "label": true, "mark": true, "q": true, "ref": true, "s": true, "samp": true,
	"small": true, "span": true, "strike": true, "strong": true, "sub": true, "sup": true,
	"time": true, "tt": true, "u": true, "var": true, "wbr": true, "data": true, "img": true,
}

// paragraphs renders the text of n as paragraphs: block elements and <br>
// break paragraphs, inline ones do not, and runs of whitespace collapse.
func paragraphs(n *html.Node) []string {
	var out []string
	var cur strings.Builder
	flush := func() {
		if t := collapse(cur.String()); t != "" {
			out = append(out, t)
		}
		cur.Reset()
	}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			cur.WriteString(n.Data)
			return
		case html.ElementNode:
			switch n.Data {
			case "script", "style", "noscript", "template", "svg", "head":
				return
			case "br", "lb":
				flush()
				return
			case "td", "th", "cell":
				// A table row is one paragraph, its cells separated by tabs,
				// so that a table reads as rows and not as a column of
				// one-word lines.
				if cur.Len() > 0 {
					cur.WriteByte(cellSep)
				}
				for c := n.FirstChild; c != nil; c = c.NextSibling {
					walk(c)
				}
				return
			}
			if !inline[n.Data] {
				flush()
				defer flush()
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	flush()
	return out
}

// cellSep marks a table-cell boundary while a paragraph is built; no page
// text holds it (it is a C0 control, the ASCII unit separator).
const cellSep = '\x1f'

// collapse trims s and turns each run of white space into one space, and
// each cell boundary into one tab.
func collapse(s string) string {
	var b strings.Builder
	for _, f := range strings.Split(s, string(rune(cellSep))) {
		f = strings.Join(strings.Fields(f), " ")
		if f == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('\t')
		}
		b.WriteString(f)
	}
	return b.String()
}
