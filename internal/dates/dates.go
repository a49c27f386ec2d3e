package dates

import (
	"strings"
	"time"
)

// Match is a date expression found in a text.
type Match struct {
	// Time is the date and time; midnight when HasTime is false. Its
	// location is the zone that the text gave, or else the one passed in.
	Time time.Time
	// Start and End are byte offsets of the expression in the text, end
	// exclusive.
	Start, End int
	// Text is the expression as written, text[Start:End].
	Text string
	// HasTime reports whether the expression gave a time of day.
	HasTime bool
	// Hijri reports whether the expression was a Hijri date, converted to
	// the Gregorian day.
	Hijri bool
}

// companionGap is how far, in bytes, a Gregorian date may follow a Hijri one
// ("15 رمضان 1445هـ الموافق 25 مارس 2024م") for Find to prefer it.
const companionGap = 64

// Parse reads a string that is, mostly, a date: a meta value, the text of a
// <time> element, or a line such as "Updated 5:04 PM EDT, Tue July 2, 2024"
// or "نُشر في: الخميس 8 يناير 2026 - 12:30". Words around the date are
// ignored; when the string holds several dates the first Gregorian one wins
// over any Hijri date. Unlike Find, Parse also reads two-digit years, the
// ISO 8601 basic form ("20240703") and Unix times in seconds or
// milliseconds ("1715279080", "1750680000000"). Without a zone in the string the time is in
// loc, or in UTC when loc is nil.
func Parse(s string, loc *time.Location) (time.Time, bool) {
	if t, ok := parseRFC3339(s, loc); ok {
		return t, true
	}
	if t, ok := parseCompact(s, loc); ok {
		return t, true
	}
	var p parser
	p.loose = true
	var first Match
	found := false
	for pos := 0; pos < len(s); {
		m, ok := p.next(s, pos, loc)
		if !ok {
			break
		}
		if !m.Hijri {
			return m.Time, true
		}
		if !found {
			first, found = m, true
		}
		pos = m.End
	}
	return first.Time, found
}

// Find returns the first date expression in text. When a Hijri date is
// followed closely by a Gregorian one, the Gregorian date is returned.
func Find(text string, loc *time.Location) (Match, bool) {
	var p parser
	m, ok := p.next(text, 0, loc)
	if !ok || !m.Hijri {
		return m, ok
	}
	if g, ok := p.next(text, m.End, loc); ok && !g.Hijri &&
		g.Start-m.End <= companionGap && !strings.ContainsAny(text[m.End:g.Start], "\n\r") {
		return g, true
	}
	return m, true
}

// FindAll returns every date expression in text, in order and without
// overlaps, Hijri and Gregorian alike.
func FindAll(text string, loc *time.Location) []Match {
	var p parser
	var out []Match
	for pos := 0; pos < len(text); {
		m, ok := p.next(text, pos, loc)
		if !ok {
			break
		}
		out = append(out, m)
		pos = m.End
	}
	return out
}

// next finds the first date expression that starts at or after byte pos.
func (p *parser) next(s string, pos int, loc *time.Location) (Match, bool) {
	lx := lexer{s: s, pos: pos}
	var t, prev, prev2 token
	for {
		lx.next(&t)
		if t.kind == tEOF {
			return Match{}, false
		}
		if candidate(t, prev, prev2) {
			p.w.reset(s, t.start, false)
			if r, ok := p.match(); ok {
				if tm, ok := r.toTime(loc); ok {
					end := p.w.toks[r.end-1].end
					return Match{
						Time:    tm,
						Start:   t.start,
						End:     end,
						Text:    s[t.start:end],
						HasTime: r.hasClock,
						Hijri:   r.hijri,
					}, true
				}
			}
		}
		prev2, prev = prev, t
	}
}

// candidate reports whether a date expression may start at t: a number of
// one, two or four digits that is not inside a longer run of numbers
// (1.2.2024), or a month, weekday or ordinal-day word.
func candidate(t, prev, prev2 token) bool {
	switch t.kind {
	case tNum:
		if t.nd != 1 && t.nd != 2 && t.nd != 4 {
			return false
		}
		if !t.sp && prev.kind == tPunct && !prev.sp && prev2.kind == tNum {
			switch prev.val {
			case '.', '/', '-', ':', ',':
				return false
			}
		}
		return true
	case tWord:
		info := lex.words[t.id]
		if info.kinds&kDayOrdinal != 0 && prev.kind == tWord && t.sp &&
			lex.words[prev.id].starts&(kMonth|kHijriMonth) != 0 {
			return false // the الثاني of كانون الثاني
		}
		return (info.kinds|info.starts)&(kMonth|kWeekday|kDayOrdinal) != 0
	}
	return false
}

// parseCompact reads a string that is only digits: the ISO 8601 basic form
// "20240703", or a Unix time in seconds (10 digits) or milliseconds (13
// digits), as some sites put in their meta elements.
func parseCompact(s string, loc *time.Location) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if len(s) != 8 && len(s) != 10 && len(s) != 13 {
		return time.Time{}, false
	}
	v := int64(0)
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return time.Time{}, false
		}
		v = v*10 + int64(s[i]-'0')
	}
	var t time.Time
	switch len(s) {
	case 8:
		r := result{y: int(v / 10000), m: int(v / 100 % 100), d: int(v % 100)}
		return r.toTime(loc)
	case 10:
		t = time.Unix(v, 0)
	default:
		t = time.UnixMilli(v)
	}
	if t.Year() < 1900 || t.Year() > 2100 {
		return time.Time{}, false
	}
	if loc == nil {
		loc = time.UTC
	}
	return t.In(loc), true
}

// parseRFC3339 is a fast path for the most common meta value, RFC 3339 and
// its ISO 8601 relatives: "2024-07-03", "2024-07-03T10:30:00.123+03:00",
// "2024-07-03 10:30Z", "2024-04-27T07:39+0200". It reports false for
// anything else, which the general matcher then reads; both give the same
// result for what this accepts.
func parseRFC3339(s string, loc *time.Location) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if len(s) < 10 || s[4] != '-' || s[7] != '-' {
		return time.Time{}, false
	}
	r := result{y: atoi(s[0:4]), m: atoi(s[5:7]), d: atoi(s[8:10])}
	if r.y < 0 || r.m < 0 || r.d < 0 {
		return time.Time{}, false
	}
	if len(s) > 10 {
		s = s[10:]
		if len(s) < 6 || s[0] != 'T' && s[0] != 't' && s[0] != ' ' || s[3] != ':' {
			return time.Time{}, false
		}
		c := &r.clock
		c.h, c.m = atoi(s[1:3]), atoi(s[4:6])
		s = s[6:]
		if len(s) >= 3 && s[0] == ':' {
			c.s = atoi(s[1:3])
			s = s[3:]
			if len(s) >= 2 && (s[0] == '.' || s[0] == ',') {
				n := 1
				for n < len(s) && s[n] >= '0' && s[n] <= '9' {
					n++
				}
				if n == 1 {
					return time.Time{}, false
				}
				c.ns = atoi9(s[1:n])
				s = s[n:]
			}
		}
		if c.h < 0 || c.h > 23 || c.m < 0 || c.m > 59 || c.s < 0 || c.s > 59 {
			return time.Time{}, false
		}
		switch {
		case s == "":
		case s == "Z" || s == "z":
			c.loc = time.UTC
		case s[0] == '+' || s[0] == '-':
			var h, m int
			switch {
			case len(s) == 3:
				h, m = atoi(s[1:3]), 0
			case len(s) == 5:
				h, m = atoi(s[1:3]), atoi(s[3:5])
			case len(s) == 6 && s[3] == ':':
				h, m = atoi(s[1:3]), atoi(s[4:6])
			default:
				return time.Time{}, false
			}
			if h < 0 || h > 14 || m < 0 || m > 59 {
				return time.Time{}, false
			}
			off := (h*60 + m) * 60
			if s[0] == '-' {
				off = -off
			}
			c.loc = lex.offsetLoc(off)
		default:
			return time.Time{}, false
		}
		r.hasClock = true
	}
	return r.toTime(loc)
}

// atoi reads a short run of ASCII digits, or returns -1.
func atoi(s string) int {
	v := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return -1
		}
		v = v*10 + int(s[i]-'0')
	}
	return v
}

// atoi9 reads a fraction of a second as nanoseconds, ignoring digits past
// the ninth.
func atoi9(s string) int {
	v, n := 0, 0
	for ; n < len(s) && n < 9; n++ {
		v = v*10 + int(s[n]-'0')
	}
	for ; n < 9; n++ {
		v *= 10
	}
	return v
}
