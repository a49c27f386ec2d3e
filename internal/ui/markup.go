package ui

import (
	"cmp"
	"html/template"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/marsad/marsad/internal/model"
	"github.com/marsad/marsad/internal/storage"
)

// This file builds the only HTML of the UI that is not written by
// html/template: an article's text with its annotations marked, and search
// snippets with the matched words marked. Every piece of text is escaped
// with template.HTMLEscapeString, and so is every attribute value; the
// tags are constants of this file.

// Layers of marks, outermost first: a quotation holds mentions and
// amounts, never the other way round.
const (
	layerQuote = iota
	layerMention
	layerAmount
)

// mark is one span of a text to mark up: [Start, End) in code points of
// the text, with its opening and closing tags.
type mark struct {
	Start, End int
	Layer      int
	Open       string // the opening tag, attribute values escaped
	Close      string
}

// conflicts reports whether b cannot be marked once a is: they cross, or
// they would nest the wrong way (a quotation inside a mention or an
// amount), or they are two links (mentions) one in the other.
func conflicts(a, b mark) bool {
	if a.End <= b.Start || b.End <= a.Start {
		return false // apart
	}
	aInB := b.Start <= a.Start && a.End <= b.End
	bInA := a.Start <= b.Start && b.End <= a.End
	if !aInB && !bInA {
		return true // they cross
	}
	if a.Layer == layerMention && b.Layer == layerMention {
		return true
	}
	same := a.Start == b.Start && a.End == b.End
	if same {
		return false // ordered by layer when rendered
	}
	// The one that contains the other must not be of an inner layer
	// than a quotation it contains.
	outer, inner := a, b
	if aInB {
		outer, inner = b, a
	}
	return inner.Layer == layerQuote && outer.Layer != layerQuote
}

// markText returns text as HTML with marks: escaped, the marks' tags
// around their spans. Marks are kept in order of layer (quotations first)
// and then of position; a mark outside the text, empty, or in conflict
// with one kept before it (see conflicts) is dropped, so the tags always
// nest properly.
func markText(text string, marks []mark) template.HTML {
	// at[i] is the byte offset of code point i; at[n] == len(text).
	at := make([]int, 0, len(text)+1)
	for i := range text {
		at = append(at, i)
	}
	n := len(at)
	at = append(at, len(text))

	ordered := slices.Clone(marks)
	slices.SortStableFunc(ordered, func(a, b mark) int {
		return cmp.Or(cmp.Compare(a.Layer, b.Layer), cmp.Compare(a.Start, b.Start), cmp.Compare(b.End, a.End))
	})
	kept := make([]mark, 0, len(ordered))
	for _, m := range ordered {
		if m.Start < 0 || m.End > n || m.Start >= m.End {
			continue
		}
		ok := true
		for _, k := range kept {
			if conflicts(k, m) {
				ok = false
				break
			}
		}
		if ok {
			kept = append(kept, m)
		}
	}
	// Render in text order, outer marks before the inner ones they hold.
	slices.SortStableFunc(kept, func(a, b mark) int {
		return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(b.End, a.End), cmp.Compare(a.Layer, b.Layer))
	})
	var b strings.Builder
	b.Grow(len(text) + len(kept)*64)
	pos := 0 // in code points
	var stack []mark
	write := func(to int) {
		b.WriteString(template.HTMLEscapeString(text[at[pos]:at[to]]))
		pos = to
	}
	for _, m := range kept {
		for len(stack) > 0 && stack[len(stack)-1].End <= m.Start {
			top := stack[len(stack)-1]
			write(top.End)
			b.WriteString(top.Close)
			stack = stack[:len(stack)-1]
		}
		write(m.Start)
		b.WriteString(m.Open)
		stack = append(stack, m)
	}
	for len(stack) > 0 {
		top := stack[len(stack)-1]
		write(top.End)
		b.WriteString(top.Close)
		stack = stack[:len(stack)-1]
	}
	write(n)
	return template.HTML(b.String())
}

// attr escapes an attribute value.
func attr(s string) string { return template.HTMLEscapeString(s) }

// articleMarks are the marks of an article's analysis: its quotations
// (with their speaker, and the id "quote-at-N" for the one that starts at
// code point N, which the quotation lists link to), entity mentions
// (linked to the entity's page) and amounts (with their meaning as a
// title).
func articleMarks(l lang, names map[string]storage.EntityName, an *model.Analysis) []mark {
	var ms []mark
	ids := map[int]bool{}
	for _, q := range an.Quotes {
		open := `<q class="quote ` + attr(q.Kind) + `"`
		if !ids[q.Start] {
			ids[q.Start] = true
			open += ` id="quote-at-` + strconv.Itoa(q.Start) + `"`
		}
		if q.Speaker != nil {
			name := l.refName(names, q.Speaker.ID, q.Speaker.Name)
			open += ` data-speaker="` + attr(name) + `" title="` + attr(name) + `"`
		}
		ms = append(ms, mark{Start: q.Start, End: q.End, Layer: layerQuote, Open: open + `>`, Close: `</q>`})
	}
	for _, e := range an.Entities {
		name := l.Name(e.Name, e.NameAr)
		open := `<a class="ent ent-` + attr(e.Type) + `" href="` + attr(entityURL(e.ID)) + `" title="` +
			attr(name+" · "+l.TypeName(e.Type)) + `">`
		for _, m := range e.Mentions {
			ms = append(ms, mark{Start: m.Start, End: m.End, Layer: layerMention, Open: open, Close: `</a>`})
		}
	}
	for _, a := range an.Amounts {
		ms = append(ms, mark{Start: a.Start, End: a.End, Layer: layerAmount,
			Open: `<span class="amount" title="` + attr(l.AmountMeaning(a)) + `">`, Close: `</span>`})
	}
	return ms
}

// AmountMeaning says what an amount means: "change: up 40 % · of: … ·
// when: …".
func (l lang) AmountMeaning(a model.Amount) string {
	var b strings.Builder
	if _, ok := messages["amount."+a.Kind]; ok {
		b.WriteString(l.T("amount." + a.Kind))
	} else {
		b.WriteString(a.Kind)
	}
	b.WriteString(": ")
	if a.Direction == "up" || a.Direction == "down" {
		b.WriteString(l.T("amount."+a.Direction) + " ")
	}
	if a.Approx {
		b.WriteString(l.T("amount.approx") + " ")
	}
	b.WriteString(l.Number(a.Value))
	if a.Unit != "" {
		b.WriteString(" " + l.Unit(a.Unit))
	}
	if a.Object != "" {
		b.WriteString(" · " + l.T("amount.object") + ": " + a.Object)
	}
	if a.Period != "" {
		b.WriteString(" · " + l.T("amount.period") + ": " + a.Period)
	}
	return b.String()
}

// markSnippet returns a search snippet as HTML with its highlighted
// ranges (byte ranges of s, as storage.Hit has them) in <mark>. Ranges
// out of order, out of s or not on character boundaries are skipped.
func markSnippet(s string, rs []storage.Range) template.HTML {
	var b strings.Builder
	last := 0
	for _, r := range rs {
		if r.Start < last || r.End <= r.Start || r.End > len(s) ||
			!boundary(s, r.Start) || !boundary(s, r.End) {
			continue
		}
		b.WriteString(template.HTMLEscapeString(s[last:r.Start]))
		b.WriteString("<mark>")
		b.WriteString(template.HTMLEscapeString(s[r.Start:r.End]))
		b.WriteString("</mark>")
		last = r.End
	}
	b.WriteString(template.HTMLEscapeString(s[last:]))
	return template.HTML(b.String())
}

// boundary reports whether byte offset i of s starts a character (or is
// its end).
func boundary(s string, i int) bool {
	return i == len(s) || utf8.RuneStart(s[i])
}
