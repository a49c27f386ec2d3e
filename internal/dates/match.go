package dates

import "time"

// parser matches one date expression at the start of its window. Its
// methods take token indexes into the window and return the index after
// what they consumed.
type parser struct {
	w window
	// loose allows two-digit years ("03/07/24", "3 Jul 24"); Parse sets it,
	// Find does not, since in running text such numbers are rarely years.
	loose bool
}

// clock is a time of day and, when one was given, its zone.
type clock struct {
	h, m, s, ns int
	// loc is nil when no zone was given, or a zone whose offset is the
	// caller's (بتوقيت القاهرة); the caller's location is used then.
	loc   *time.Location
	us    bool // the zone was North American
	usDST bool // ET, PT …: std, plus an hour in US summer time
	std   int  // standard offset of a usDST zone, in seconds
}

// result is a matched expression before it is turned into a time.
type result struct {
	y, m, d int
	// dm is set for numeric day-month-year forms whose order is resolved
	// last: m and d then hold the first and second number as written.
	dm       bool
	hijri    bool
	hasClock bool
	clock    clock
	end      int // token index after the expression
}

func (p *parser) tok(i int) *token { return p.w.at(i) }

// latin reports whether token i is written in Latin letters.
func (p *parser) latin(i int) bool {
	t := p.w.at(i)
	return t.kind == tWord && p.w.lx.s[t.start] < 0xD0
}

func (p *parser) punct(i int, r rune) bool {
	t := p.w.at(i)
	return t.kind == tPunct && t.val == int32(r)
}

// adjacent reports whether token i follows token i-1 without white space.
func (p *parser) adjacent(i int) bool {
	t := p.w.at(i)
	return t.kind != tEOF && !t.sp
}

// word returns the meaning of the longest known word or phrase at i and the
// number of tokens it spans; n is 0 when token i is not a word.
func (p *parser) word(i int) (wordInfo, int) {
	t := p.w.at(i)
	if t.kind != tWord {
		return wordInfo{}, 0
	}
	info := lex.words[t.id]
	if t.id == 0 || info.starts == 0 {
		return info, 1
	}
	var key phraseKey
	key[0] = t.id
	best, n := info, 1
	for k := 1; k < maxPhrase; k++ {
		u := p.w.at(i + k)
		if u.kind != tWord || u.id == 0 || !u.sp {
			break
		}
		key[k] = u.id
		if ph, ok := lex.phrases[key]; ok {
			best, n = ph, k+1
		}
	}
	return best, n
}

// match matches a date expression at the start of the window: a clock time
// followed by a date ("5:04 PM EDT, Tue July 2, 2024"), or a date with an
// optional weekday before and clock time after.
func (p *parser) match() (result, bool) {
	if p.tok(0).kind == tNum {
		if c, j, ok := p.clockAt(0, false); ok {
			if r, ok := p.dateAt(p.skipDateGlue(j)); ok {
				if !r.hasClock {
					r.clock, r.hasClock = c, true
				}
				return r, true
			}
			return result{}, false
		}
	}
	r, ok := p.dateAt(p.skipWeekday(0))
	if !ok {
		return result{}, false
	}
	if !r.hasClock {
		k, intro := p.skipTimeGlue(r.end)
		if c, j, ok := p.clockAt(k, intro); ok {
			r.clock, r.hasClock, r.end = c, true, j
		}
	}
	return r, true
}

// skipWeekday skips a weekday at i and what may follow it ("Tue.,",
// "Mittwoch, den", "الخميس الموافق", "segunda-feira,").
func (p *parser) skipWeekday(i int) int {
	info, n := p.word(i)
	if info.kinds&kWeekday == 0 {
		return i
	}
	j := i + n
	for range 4 {
		t := p.tok(j)
		if t.kind == tPunct {
			switch t.val {
			case ',', '-', '.', '|', '/':
				j++
				continue
			}
			break
		}
		if info, n := p.word(j); info.kinds&(kDateIntro|kWeekdaySuffix) != 0 {
			j += n
			continue
		}
		break
	}
	return j
}

// skipDateGlue skips what may stand between a clock time and the date that
// follows it: punctuation, a weekday, "on", "يوم".
func (p *parser) skipDateGlue(i int) int {
	for range 5 {
		t := p.tok(i)
		if t.kind == tPunct {
			switch t.val {
			case ',', '-', '|', '/', '.', ';':
				i++
				continue
			}
			break
		}
		if info, n := p.word(i); info.kinds&(kDateIntro|kWeekday|kWeekdaySuffix) != 0 {
			i += n
			continue
		}
		break
	}
	return i
}

// skipTimeGlue skips what may stand between a date and its clock time:
// punctuation, "at", "الساعة", "آخر تحديث", the ISO 8601 "T". It reports
// whether a word announced a time, after which "13.05" is one.
func (p *parser) skipTimeGlue(i int) (int, bool) {
	intro := false
	for range 3 {
		t := p.tok(i)
		if t.kind == tPunct {
			switch t.val {
			case ',', '-', '|', '/', '@', ';':
				i++
				continue
			}
			break
		}
		if t.kind == tWord && t.id == lex.idT && !t.sp && p.adjacent(i+1) {
			return i + 1, true
		}
		if info, n := p.word(i); info.kinds&kTimeIntro != 0 {
			i += n
			intro = true
			if p.punct(i, '.') && p.adjacent(i) && p.latin(i-1) {
				i++ // "kl."
			}
			continue
		}
		break
	}
	return i, intro
}

// dateAt matches a date without clock time at i (a clock time may sit
// inside month-first forms: "Mon Jan 2 15:04:05 MST 2006").
func (p *parser) dateAt(i int) (result, bool) {
	t := p.tok(i)
	switch t.kind {
	case tNum:
		if r, ok := p.numericDate(i); ok {
			return r, true
		}
		if t.nd > 2 || t.val < 1 || t.val > 31 {
			return result{}, false
		}
		j := i + 1
		if u := p.tok(j); !u.sp && (u.kind == tPunct && (u.val == '.' || u.val == '°') ||
			u.kind == tWord && lex.words[u.id].kinds&kOrdSuffix != 0) {
			j++
		}
		return p.monthYear(int(t.val), j)
	case tWord:
		info, n := p.word(i)
		// An ordinal day is followed by من or the month itself ("التاسع من
		// أغسطس", "أول رجب"), never by a separator: "تشرين الأول/أكتوبر"
		// is not the 1st of October.
		if info.kinds&kDayOrdinal != 0 && p.tok(i+n).kind == tWord {
			return p.monthYear(int(info.day), i+n)
		}
		if info.kinds&kMonth != 0 {
			return p.monthDayYear(i)
		}
	}
	return result{}, false
}

// numericDate matches 2024-07-03, 2024/7/3, 03.07.2024, 3-7-2024 and, in
// loose mode, 03/07/24. The separators must agree, and the date must not be
// part of a longer run of numbers (1.2.2024.5).
func (p *parser) numericDate(i int) (result, bool) {
	a, s1, b, s2, c := p.tok(i), p.tok(i+1), p.tok(i+2), p.tok(i+3), p.tok(i+4)
	if s1.kind != tPunct || (s1.val != '-' && s1.val != '/' && s1.val != '.') ||
		s2.kind != tPunct || s2.val != s1.val ||
		b.kind != tNum || b.nd > 2 || c.kind != tNum {
		return result{}, false
	}
	if s1.val == '.' && (s1.sp || s2.sp || b.sp != c.sp) {
		return result{}, false // 03.07.2024 and 3. 7. 2024, not 3 .7 .2024
	}
	if s := p.tok(i + 5); s.kind == tPunct && s.val == s1.val && !s.sp {
		if n := p.tok(i + 6); n.kind == tNum && !n.sp {
			return result{}, false
		}
	}
	var r result
	switch {
	case a.nd == 4 && c.nd <= 2:
		r.y, r.m, r.d = int(a.val), int(b.val), int(c.val)
	case a.nd <= 2 && c.nd == 4:
		r.y, r.m, r.d, r.dm = int(c.val), int(a.val), int(b.val), true
	case a.nd <= 2 && c.nd == 2 && p.loose:
		if n := p.tok(i + 5); n.kind == tPunct && n.val == ':' && !n.sp {
			return result{}, false // 10.30.45:… is no date
		}
		r.y, r.m, r.d, r.dm = pivot(int(c.val)), int(a.val), int(b.val), true
	default:
		return result{}, false
	}
	j := i + 5
	info, n := p.word(j)
	switch {
	case info.kinds&kEraHijri != 0:
		r.hijri = true
		j += n
	case info.kinds&kEraGregorian != 0:
		j += n
	case r.y >= 1300 && r.y <= 1600:
		// A year that cannot be Gregorian news is a Hijri year written
		// without its هـ: "٤-١٠-١٤٣٦ الموافق ٢٠-٧-٢٠١٥م".
		r.hijri = true
	}
	r.end = j
	return r, true
}

// monthYear matches the month and year after a day: "July 2024", "de julio
// de 2024", "-Jan-2026", "من أغسطس (آب) 2013", "رمضان 1445 هـ".
func (p *parser) monthYear(day, j int) (result, bool) {
	var sep int32
	if t := p.tok(j); t.kind == tPunct && (t.val == '-' || t.val == '/') && !t.sp {
		sep = t.val
		j++
	}
	if info, n := p.word(j); info.kinds&kConnector != 0 {
		j += n
	}
	m, hijri, j, ok := p.monthExpr(j)
	if !ok {
		return result{}, false
	}
	if sep != 0 && p.punct(j, rune(sep)) {
		j++
	} else if p.punct(j, ',') {
		j++
	}
	for range 2 {
		info, n := p.word(j)
		if info.kinds&(kConnector|kYearIntro) == 0 {
			break
		}
		j += n
	}
	y, j, ok := p.year(j, hijri)
	if !ok {
		return result{}, false
	}
	return result{y: y, m: m, d: day, hijri: hijri, end: j}, true
}

// monthDayYear matches month-first dates: "July 3, 2024", "Jul. 3rd 2024",
// and the C library's "Jan 2 15:04:05 MST 2006".
func (p *parser) monthDayYear(i int) (result, bool) {
	m, hijri, j, ok := p.monthExpr(i)
	if !ok || hijri {
		return result{}, false
	}
	d := p.tok(j)
	if d.kind != tNum || d.nd > 2 || d.val < 1 || d.val > 31 {
		return result{}, false
	}
	j++
	if u := p.tok(j); !u.sp && u.kind == tWord && lex.words[u.id].kinds&kOrdSuffix != 0 {
		j++
	}
	if p.punct(j, ',') {
		j++
	}
	r := result{m: m, d: int(d.val)}
	if y, k, ok := p.year(j, false); ok {
		r.y, r.end = y, k
		return r, true
	}
	c, k, ok := p.clockAt(j, false)
	if !ok {
		return result{}, false
	}
	if r.y, r.end, ok = p.year(k, false); !ok {
		return result{}, false
	}
	r.clock, r.hasClock = c, true
	return r, true
}

// monthExpr matches a month name, a Levantine two-word name, or a double
// form whose names must agree: "أغسطس/آب", "ديسمبر (كانون الأول)".
func (p *parser) monthExpr(i int) (m int, hijri bool, j int, ok bool) {
	info, n := p.word(i)
	switch {
	case info.kinds&kMonth != 0:
		m = int(info.month)
	case info.kinds&kHijriMonth != 0:
		m, hijri = int(info.hijri), true
	default:
		return 0, false, i, false
	}
	j = i + n
	if p.punct(j, '.') && p.adjacent(j) && p.latin(i) {
		j++ // an abbreviation: "Jul."
	}
	t := p.tok(j)
	if t.kind != tPunct {
		return m, hijri, j, true
	}
	var closer rune
	switch t.val {
	case '/', '-', '\\', '|':
	case '(':
		closer = ')'
	case '[':
		closer = ']'
	default:
		return m, hijri, j, true
	}
	info2, n2 := p.word(j + 1)
	m2 := int(info2.month)
	if hijri {
		m2 = int(info2.hijri)
	}
	if m2 == 0 {
		return m, hijri, j, true
	}
	k := j + 1 + n2
	if p.punct(k, '.') && p.adjacent(k) && p.latin(j+1) {
		k++
	}
	if closer != 0 {
		if !p.punct(k, closer) {
			return m, hijri, j, true
		}
		k++
	}
	if m2 != m {
		return 0, false, i, false
	}
	return m, hijri, k, true
}

// year matches a year and the era word after it. Gregorian years are read
// from 1900 to 2100, Hijri years from 1300 to 1600; the final date is
// checked again after conversion.
func (p *parser) year(j int, hijri bool) (int, int, bool) {
	t := p.tok(j)
	if t.kind != tNum {
		return 0, j, false
	}
	y := int(t.val)
	switch {
	case t.nd == 4 && !hijri && y >= 1900 && y <= 2100:
	case t.nd == 4 && hijri && y >= 1300 && y <= 1600:
	case t.nd == 2 && !hijri && p.loose:
		if u := p.tok(j + 1); u.kind == tPunct && (u.val == ':' || u.val == '.') && !u.sp {
			return 0, j, false // "3 Jul 10:30" has no year
		}
		y = pivot(y)
	default:
		return 0, j, false
	}
	j++
	if u := p.tok(j); u.kind == tPunct && (u.val == '-' || u.val == '/' || u.val == '.') && !u.sp {
		if n := p.tok(j + 1); n.kind == tNum && !n.sp && n.nd == 4 {
			return 0, j, false // a range of years, "2026-2030"
		}
	}
	info, n := p.word(j)
	switch {
	case info.kinds&kEraHijri != 0:
		if !hijri {
			return 0, j, false
		}
		j += n
	case info.kinds&kEraGregorian != 0:
		if hijri {
			return 0, j, false
		}
		j += n
	}
	return y, j, true
}

// pivot maps a two-digit year as Go's time package does: 69–99 are 19xx,
// 00–68 are 20xx.
func pivot(y int) int {
	if y >= 69 {
		return 1900 + y
	}
	return 2000 + y
}

// clockAt matches a time of day: 10:30, 10:30:15.123, 5 PM, 10.30 am,
// 10h30, 14 Uhr, with a meridiem (am, p.m., صباحاً, م) and a zone. A bare
// hour needs a meridiem or Uhr; hours and minutes separated by a dot need
// one too, or a word before that announced a time (intro: "kl. 13.05").
func (p *parser) clockAt(i int, intro bool) (clock, int, bool) {
	var c clock
	h := p.tok(i)
	if h.kind != tNum || h.nd > 2 || h.val > 24 {
		return c, i, false
	}
	c.h = int(h.val)
	j := i + 1
	strong := false // minutes after a colon or h: a clock time by itself
	weak := false   // minutes after a dot: 10.30 needs am or Uhr
	if t := p.tok(j); t.kind != tEOF && !t.sp {
		mm := p.tok(j + 1)
		okMin := mm.kind == tNum && mm.nd == 2 && !mm.sp && mm.val < 60
		switch {
		case t.kind == tPunct && t.val == ':' && okMin:
			strong = true
		case t.kind == tPunct && t.val == '.' && okMin:
			weak = true
		case t.kind == tWord && lex.words[t.id].kinds&kClockSuffix != 0 && okMin:
			strong = true // 10h30
		}
		if strong || weak {
			c.m = int(mm.val)
			j += 2
		}
	}
	if strong && p.punct(j, ':') && p.adjacent(j) {
		if ss := p.tok(j + 1); ss.kind == tNum && ss.nd == 2 && !ss.sp && ss.val < 60 {
			c.s = int(ss.val)
			j += 2
			if f := p.tok(j); f.kind == tPunct && (f.val == '.' || f.val == ',') && !f.sp {
				if fr := p.tok(j + 1); fr.kind == tNum && !fr.sp {
					c.ns = fraction(fr)
					j += 2
				}
			}
		}
	}
	mer, k := p.meridiemAt(j)
	j = k
	suffix := false
	if info, n := p.word(j); info.kinds&kClockSuffix != 0 {
		j += n
		suffix = true
	}
	if !strong && mer == 0 && !suffix && !(weak && intro) {
		return c, i, false
	}
	if mer != 0 {
		if c.h == 0 || c.h > 12 && mer == meridiemAM {
			return c, i, false
		}
		c.h = applyMeridiem(c.h, mer)
	}
	if c.h > 23 {
		return c, i, false
	}
	j = p.zoneAt(j, &c)
	return c, j, true
}

// fraction returns the nanoseconds of a fractional-second token.
func fraction(t *token) int {
	v, nd := int(t.val), int(t.nd)
	if nd > 9 {
		nd = 9
	}
	for ; nd < 9; nd++ {
		v *= 10
	}
	return v
}

func applyMeridiem(h int, mer int8) int {
	switch mer {
	case meridiemAM:
		if h == 12 {
			return 0
		}
	case meridiemPM:
		if h < 12 {
			return h + 12
		}
	case meridiemNoon:
		if h <= 6 {
			return h + 12
		}
	case meridiemNight:
		if h == 12 {
			return 0
		}
		if h >= 6 && h < 12 {
			return h + 12
		}
	}
	return h
}

// meridiemAt matches "am", "PM", "a.m.", "ص", "مساءً" … at j.
func (p *parser) meridiemAt(j int) (int8, int) {
	if info, n := p.word(j); info.kinds&kMeridiem != 0 {
		return info.meridiem, j + n
	}
	t := p.tok(j)
	if t.kind == tWord && (t.id == lex.idA || t.id == lex.idP) && p.punct(j+1, '.') && p.adjacent(j+1) {
		if m := p.tok(j + 2); m.kind == tWord && m.id == lex.idM && !m.sp {
			k := j + 3
			if p.punct(k, '.') && p.adjacent(k) {
				k++
			}
			if t.id == lex.idA {
				return meridiemAM, k
			}
			return meridiemPM, k
		}
	}
	return 0, j
}

// zoneAt matches a zone after a clock time and records it in c: "Z",
// "+03:00", "-0400", "GMT", "GMT+3", "(GMT+0400)", "EDT", "بتوقيت مكة
// المكرمة", "بتوقيت غرينتش", "ت.غ".
func (p *parser) zoneAt(j int, c *clock) int {
	t := p.tok(j)
	if t.kind == tWord && t.id == lex.idZ && !t.sp {
		c.loc = time.UTC
		return j + 1
	}
	if off, k, ok := p.offsetAt(j, false); ok {
		c.loc = lex.offsetLoc(off)
		return k
	}
	if t.kind == tPunct && t.val == '(' {
		var inner clock
		if k := p.zoneAt(j+1, &inner); k > j+1 && p.punct(k, ')') {
			inner.h, inner.m, inner.s, inner.ns = c.h, c.m, c.s, c.ns
			*c = inner
			return k + 1
		}
		return j
	}
	if t.kind != tWord {
		return j
	}
	if t.id == lex.idTaa && p.punct(j+1, '.') {
		if g := p.tok(j + 2); g.kind == tWord && g.id == lex.idGhain {
			k := j + 3
			if p.punct(k, '.') && p.adjacent(k) {
				k++
			}
			c.loc = time.UTC
			return k
		}
	}
	info, n := p.word(j)
	k := j + n
	if info.kinds&kZonePrefix != 0 {
		info, n = p.word(k)
		if info.kinds&(kZone|kZonePlace) == 0 {
			return j
		}
		k += n
	} else if info.kinds&kZone == 0 {
		return j
	}
	z := lex.zones[info.zone-1]
	c.loc, c.us, c.usDST, c.std = z.loc, z.us, z.usDST, z.std
	if z.loc == time.UTC {
		if off, k2, ok := p.offsetAt(k, true); ok {
			c.loc = lex.offsetLoc(off)
			return k2
		}
	}
	return k
}

// offsetAt matches a numeric UTC offset: "+03:00", "+0300", and "+03"
// right after the time. After GMT or UTC, "+3" is enough. A spaced sign
// needs four digits or hh:mm, so that "10:30 - 3 يوليو" is no offset.
func (p *parser) offsetAt(j int, afterBase bool) (int, int, bool) {
	s := p.tok(j)
	if s.kind != tPunct || s.val != '+' && s.val != '-' {
		return 0, j, false
	}
	n := p.tok(j + 1)
	if n.kind != tNum || n.sp {
		return 0, j, false
	}
	var h, m int
	k := j + 2
	switch {
	case n.nd == 4:
		h, m = int(n.val)/100, int(n.val)%100
	case n.nd <= 2:
		h = int(n.val)
		if p.punct(k, ':') && p.adjacent(k) {
			if mm := p.tok(k + 1); mm.kind == tNum && mm.nd == 2 && !mm.sp {
				m = int(mm.val)
				k += 2
				break
			}
		}
		if !afterBase && (s.sp || n.nd == 1) {
			return 0, j, false
		}
	default:
		return 0, j, false
	}
	if h > 14 || m > 59 {
		return 0, j, false
	}
	off := (h*60 + m) * 60
	if s.val == '-' {
		off = -off
	}
	return off, k, true
}

// toTime checks the matched date and turns it into a time: the numeric
// day-month order is resolved, Hijri dates are converted, and the zone is
// the one given or else loc.
func (r *result) toTime(loc *time.Location) (time.Time, bool) {
	y, m, d := r.y, r.m, r.d
	if r.dm {
		a, b := r.m, r.d // as written: first, second
		switch {
		case a > 12 && b <= 12:
			d, m = a, b
		case a <= 12 && b > 12:
			m, d = a, b
		case r.hasClock && r.clock.us:
			m, d = a, b
		default:
			d, m = a, b
		}
	}
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return time.Time{}, false
	}
	if r.hijri {
		gy, gm, gd, ok := hijriToGregorian(y, m, d)
		if !ok {
			return time.Time{}, false
		}
		y, m, d = gy, int(gm), gd
	} else if d > daysIn(time.Month(m), y) {
		return time.Time{}, false
	}
	if y < 1900 || y > 2100 {
		return time.Time{}, false
	}
	if loc == nil {
		loc = time.UTC
	}
	c := r.clock
	switch {
	case c.loc != nil:
		loc = c.loc
	case c.usDST:
		off := c.std
		if usSummerTime(y, time.Month(m), d) {
			off += 3600
		}
		loc = lex.offsetLoc(off)
	}
	return time.Date(y, time.Month(m), d, c.h, c.m, c.s, c.ns, loc), true
}

func daysIn(m time.Month, y int) int {
	switch m {
	case time.February:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case time.April, time.June, time.September, time.November:
		return 30
	}
	return 31
}

// usSummerTime reports whether a day falls in United States daylight saving
// time: from the second Sunday of March to the first Sunday of November.
// The hours of the change itself are not told apart.
func usSummerTime(y int, m time.Month, d int) bool {
	switch {
	case m < time.March || m > time.November:
		return false
	case m > time.March && m < time.November:
		return true
	case m == time.March:
		return d >= nthSunday(y, m, 2)
	default:
		return d < nthSunday(y, m, 1)
	}
}

// nthSunday returns the day of the month of its n-th Sunday.
func nthSunday(y int, m time.Month, n int) int {
	wd := time.Date(y, m, 1, 0, 0, 0, 0, time.UTC).Weekday()
	return 1 + (7-int(wd))%7 + 7*(n-1)
}
