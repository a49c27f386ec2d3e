// Package textdump reads an article saved as plain text — a page copied
// from a browser or dumped by a crawler — and separates the report from
// the page's debris: the script wall, "اقرأ المزيد", CMS labels, photo
// captions with their credits. The first substantive lines are the title
// and the standfirst.
package textdump

import (
	"bytes"
	"errors"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/marsad/marsad/internal/dates"
	"github.com/marsad/marsad/internal/debris"
	"github.com/marsad/marsad/internal/lang"
	"github.com/marsad/marsad/internal/model"
)

// ErrEmpty is returned for a dump with no text left after cleaning.
var ErrEmpty = errors.New("no article text in the dump")

// Reader turns text dumps into Articles. Build it with New; it is safe for
// concurrent use.
type Reader struct {
	filter *debris.Filter
	// Location is the zone of dates given without one; nil means UTC.
	Location *time.Location
}

// New returns a Reader.
func New() *Reader { return &Reader{filter: debris.New()} }

// Looks reports whether b is plain text rather than HTML or JSON: valid
// UTF-8 with no markup in its first kilobytes.
func Looks(b []byte) bool {
	head := b[:min(len(b), 4096)]
	t := bytes.TrimLeft(head, " \t\r\n\ufeff")
	if len(t) == 0 || t[0] == '{' || t[0] == '[' {
		return false
	}
	low := bytes.ToLower(head)
	for _, tag := range []string{"<html", "<!doctype", "<body", "<div", "<p>", "<p ", "<head", "<meta", "<article", "<?xml"} {
		if bytes.Contains(low, []byte(tag)) {
			return false
		}
	}
	return utf8.Valid(head[:len(head)-incompleteTail(head)])
}

// incompleteTail counts the bytes of a rune cut at the end of b.
func incompleteTail(b []byte) int {
	for i := 1; i <= 3 && i <= len(b); i++ {
		if utf8.RuneStart(b[len(b)-i]) {
			if !utf8.FullRune(b[len(b)-i:]) {
				return i
			}
			return 0
		}
	}
	return 0
}

// Read parses a text dump. Paragraphs are its non-empty lines; the title is
// the first line that is not debris, and the standfirst the next one when it
// is short and has no final full stop.
func (r *Reader) Read(text string) (*model.Article, error) {
	text = strings.ToValidUTF8(strings.ReplaceAll(text, "\r\n", "\n"), "\uFFFD")
	var paras []string
	for line := range strings.SplitSeq(text, "\n") {
		line = strings.TrimFunc(line, func(r rune) bool { return unicode.IsSpace(r) || r == '\ufeff' || r == '\u200f' || r == '\u200e' })
		if line == "" || r.filter.IsDebris(line) || debris.IsCaption(line) {
			continue
		}
		paras = append(paras, strings.Join(strings.Fields(line), " "))
	}
	a := &model.Article{Format: "text"}
	// A date line near the top («الخميس 8 يناير 2026 - 12:30», "Updated
	// July 2, 2024") is the publication date, not a paragraph.
	for i := 0; i < min(len(paras), 6); i++ {
		if wordCount(paras[i]) > 12 {
			continue
		}
		// The date must be most of the line, so that a heading such as
		// "Outlook for March 2025" stays a heading.
		if m, ok := dates.Find(paras[i], r.Location); ok && 2*len(m.Text) >= len(paras[i]) {
			a.Published = m.Time
			paras = append(paras[:i], paras[i+1:]...)
			break
		}
	}
	if len(paras) == 0 {
		return nil, ErrEmpty
	}
	if len(paras) > 1 && isHeadline(paras[0]) {
		a.Title = paras[0]
		paras = paras[1:]
		if len(paras) > 1 && isHeadline(paras[0]) {
			a.Description = paras[0]
			paras = paras[1:]
		}
	}
	// The closing lines of a dump are often navigation that survived: a
	// heading-like line after the last paragraph is not part of the report.
	for len(paras) > 1 && isHeadline(paras[len(paras)-1]) && wordCount(paras[len(paras)-1]) <= 4 {
		paras = paras[:len(paras)-1]
	}
	a.Text = strings.Join(paras, "\n\n")
	a.Lang = lang.Detect(a.Text)
	return a, nil
}

// isHeadline reports whether p reads as a title: short, one sentence, no
// closing full stop.
func isHeadline(p string) bool {
	n := wordCount(p)
	if n == 0 || n > 25 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(p)
	return last != '.' && last != '،' && last != ':' && last != '"' && last != '»'
}

func wordCount(s string) int { return len(strings.Fields(s)) }
