package dates

import (
	"strconv"
	"time"
)

// Expr is a date expression of running text, resolved to an ISO 8601 value
// of its own precision.
type Expr struct {
	// Value is ISO 8601 with the precision of the expression: "2024-12-05",
	// "2024-W49", "2024-12", "2024", or a range of two such values,
	// "2026/2030", "2024-01/2024-04", "1990/1999".
	Value string
	// Precision is PrecisionDay, PrecisionWeek, PrecisionMonth,
	// PrecisionYear or PrecisionRange.
	Precision string
	// Start and End are byte offsets of the expression in the text, end
	// exclusive. Prepositions before it (في، منذ، in, since) are not part
	// of it; words that carry its meaning are (عام 2024، قبل يومين، early
	// 2024, two days ago).
	Start, End int
	// Text is the expression as written, text[Start:End].
	Text string
	// Relative reports whether Value was resolved against the reference
	// time: أمس، الأسبوع الماضي، أغسطس الماضي، in August.
	Relative bool
}

// Precisions of an Expr.
const (
	PrecisionDay   = "day"
	PrecisionWeek  = "week"
	PrecisionMonth = "month"
	PrecisionYear  = "year"
	PrecisionRange = "range"
)

// Extract returns the date expressions of a text, in order and without
// overlaps: absolute dates (as FindAll finds them, Hijri dates converted),
// months and years, ranges, decades and centuries, and expressions relative
// to ref, the publication time of the text (أمس، قبل يومين، الأسبوع الماضي،
// في أغسطس الماضي، last Friday, two days ago). The reference day is ref's
// day in loc, or in ref's own location when loc is nil. When ref is zero,
// relative expressions are skipped and absolute ones kept. The package
// documentation lists the forms and how they are resolved.
func Extract(text string, ref time.Time, loc *time.Location) []Expr {
	if loc == nil {
		loc = ref.Location()
	}
	x := extractor{s: text, loc: loc}
	if !ref.IsZero() {
		r := ref.In(loc)
		x.hasRef = true
		x.ref = time.Date(r.Year(), r.Month(), r.Day(), 0, 0, 0, 0, time.UTC)
	}
	x.run()
	return x.out
}

// Precisions of a value, before it is written out.
const (
	pDay = iota + 1
	pWeek
	pMonth
	pYear
	pRange
)

// ymd is a calendar date; m and d are 0 below the precision of the value.
type ymd struct{ y, m, d int }

// value is a resolved expression. A week is held as one of its days; a
// range as its two ends, each with its own precision.
type value struct {
	prec int
	a, b ymd
	rel  bool
}

// extractor scans a text for Extract. Matchers take token indexes into the
// parser's window, whose token 0 is where the expression starts, and return
// the index after what they consumed.
type extractor struct {
	s      string
	loc    *time.Location
	hasRef bool
	ref    time.Time // the reference day, at midnight UTC
	p      parser
	prevID uint16 // the word before the window, 0 when none
	out    []Expr
}

// startKinds are the roles of a word at which an expression may start.
const startKinds = kMonth | kWeekday | kDayOrdinal | kRelDay | kDayPart | kUnit | kUnitDef |
	kDirBefore | kShift | kNumWord | kPart | kFraction | kOrdinal | kDecade | kCentury |
	kRangeFrom | kYearIntro

func (x *extractor) run() {
	lx := lexer{s: x.s}
	var t, prev, prev2 token
	for {
		lx.next(&t)
		if t.kind == tEOF {
			return
		}
		if t.nl {
			prev, prev2 = token{}, token{}
		}
		stripClitics(x.s, &t)
		if x.startable(&t) {
			if v, start, end, ok := x.matchAt(&t, &prev, &prev2); ok {
				x.emit(v, start, end)
				lx.pos = end
				prev, prev2 = token{}, token{}
				continue
			}
		}
		prev2, prev = prev, t
	}
}

func (x *extractor) startable(t *token) bool {
	switch t.kind {
	case tNum:
		return t.nd <= 4
	case tWord:
		info := lex.words[t.id]
		return t.id != 0 && (info.kinds|info.starts)&startKinds != 0
	}
	return false
}

// matchAt matches an expression that starts at t: an absolute date first,
// then the other forms.
func (x *extractor) matchAt(t, prev, prev2 *token) (v value, start, end int, ok bool) {
	p := &x.p
	if candidate(*t, *prev, *prev2) {
		p.w.reset(x.s, t.start, false)
		if r, ok := p.match(); ok {
			if tm, ok := r.toTime(x.loc); ok {
				end := p.w.toks[r.end-1].end
				return value{prec: pDay, a: ymd{tm.Year(), int(tm.Month()), tm.Day()}}, t.start, end, true
			}
		}
	}
	p.w.reset(x.s, t.start, true)
	x.prevID = 0
	if prev.kind == tWord {
		x.prevID = prev.id
	}
	cue := lex.words[x.prevID].kinds&(kYearCue|kPart) != 0
	v, j, ok := x.expr(0, cue)
	if !ok || j == 0 {
		return value{}, 0, 0, false
	}
	return v, t.start + int(t.clitic), p.tok(j - 1).end, true
}

func (x *extractor) emit(v value, start, end int) {
	if v.rel && !x.hasRef {
		return
	}
	val, prec, ok := v.format()
	if !ok {
		return
	}
	x.out = append(x.out, Expr{Value: val, Precision: prec, Start: start, End: end, Text: x.s[start:end], Relative: v.rel})
}

var fail = value{}

// expr matches an expression at i. cue reports that a preposition or a
// part word (في، منذ، مطلع, in) stands before i, which a bare year or month
// needs.
func (x *extractor) expr(i int, cue bool) (value, int, bool) {
	p := &x.p
	t := p.tok(i)
	if t.kind == tNum {
		return x.number(i, cue)
	}
	if t.kind != tWord {
		return fail, i, false
	}
	info, n := p.word(i)
	k := info.kinds
	if k&kRelDay != 0 {
		return x.relDay(i)
	}
	if k&kDayPart != 0 {
		if v, j, ok := x.dayAfterPart(i + n); ok {
			return v, j, true
		}
	}
	if k&kYearIntro != 0 {
		if y, j, ok := p.year(i+n, false); ok {
			return value{prec: pYear, a: ymd{y: y}}, j, true
		}
	}
	if k&kShift != 0 {
		if v, j, ok := x.shift(i+n, info.dir); ok {
			return v, j, true
		}
	}
	if k&kUnit != 0 && info.unit == unitDay && info.count == 1 {
		// يوم الخميس، يوم أمس
		if v, j, ok := x.weekday(i+n, true); ok {
			return v, j, true
		}
		if info2, _ := p.word(i + n); info2.kinds&kRelDay != 0 {
			return x.relDay(i + n)
		}
	}
	if k&(kNumWord|kUnit) != 0 {
		if v, j, ok := x.ago(i); ok {
			return v, j, true
		}
	}
	if k&kRangeFrom != 0 {
		if v, j, ok := x.rangeFrom(i, info); ok {
			return v, j, true
		}
	}
	if k&kPart != 0 {
		j := i + n
		if p.punct(j, '-') && p.adjacent(j) {
			j++ // mid-2024
		}
		if info2, n2 := p.word(j); info2.kinds&kConnector != 0 {
			j += n2 // the end of 2024
		}
		if v, j, ok := x.expr(j, true); ok {
			return v, j, true
		}
		if v, j, ok := x.yearRef(j, true); ok {
			return v, j, true
		}
	}
	if k&(kFraction|kOrdinal) != 0 {
		if v, j, ok := x.fraction(i); ok {
			return v, j, true
		}
	}
	if k&kDecade != 0 {
		return x.decade(i+n, int(info.decade))
	}
	if k&kCentury != 0 {
		if c, j, rel, ok := x.century(i + n); ok {
			return value{prec: pRange, a: ymd{y: (c - 1) * 100}, b: ymd{y: (c-1)*100 + 99}, rel: rel}, j, true
		}
	}
	if k&kDirBefore != 0 {
		if v, j, ok := x.dirBefore(i+n, info.dir); ok {
			return v, j, true
		}
	}
	if k&kUnitDef != 0 {
		if d, n2 := p.word(i + n); d.kinds&kDirAfter != 0 {
			return x.relUnit(int(info.unit), d.dir), i + n + n2, true
		}
	}
	if k&kMonth != 0 {
		return x.month(i, cue)
	}
	if k&kDayOrdinal != 0 && info.day <= 31 {
		j := i + n
		if c, n2 := p.word(j); c.kinds&kConnector != 0 {
			j += n2
		}
		if m, hijri, j, ok := x.monthAt(j); ok && !hijri {
			return x.dayMonthAt(int(info.day), m, j)
		}
	}
	if k&kWeekday != 0 {
		return x.weekday(i, false)
	}
	return fail, i, false
}

// relDay matches أمس، اليوم، غداً، أول أمس … and a weekday after them
// ("أمس الخميس", "اليوم الجمعة").
func (x *extractor) relDay(i int) (value, int, bool) {
	p := &x.p
	info, n := p.word(i)
	t := p.tok(i)
	j := i + n
	if n == 1 && x.s[t.start] >= 0xD8 {
		u := p.tok(j)
		defNext := u.kind == tWord && hasPrefix(x.s[u.start+int(u.clitic):], alef+lam) && lex.words[u.id].kinds&kWeekday == 0
		switch info.rel {
		case 0:
			// اليوم is not today in "اليوم الأول", "اليوم العالمي", "في
			// اليوم", nor in "الأمس واليوم" (the past and the present).
			if defNext || i == 0 && (x.prevID == lex.idFi || x.prevID == lex.idAlams) {
				return fail, i, false
			}
		case -1:
			// أمسّ is "most" in "في أمس الحاجة".
			if defNext && i == 0 && x.prevID == lex.idFi {
				return fail, i, false
			}
		}
	}
	j = x.skipWeekday(j)
	return value{prec: pDay, a: x.addDays(int(info.rel)), rel: true}, j, true
}

// skipWeekday skips a weekday that names the day just given: "أمس
// الخميس", "اليوم (الاثنين)", "غداً، الأربعاء".
func (x *extractor) skipWeekday(j int) int {
	p := &x.p
	k := j
	open := p.punct(k, '(')
	if open || p.punct(k, ',') {
		k++
	}
	w, n := p.word(k)
	if w.kinds&kWeekday == 0 {
		return j
	}
	k += n
	if open {
		if !p.punct(k, ')') {
			return j
		}
		k++
	}
	return k
}

// dayAfterPart matches what follows صباح or مساء: a relative day, a weekday,
// or يوم and one of them.
func (x *extractor) dayAfterPart(i int) (value, int, bool) {
	p := &x.p
	info, n := p.word(i)
	if info.kinds&kRelDay != 0 {
		return x.relDay(i)
	}
	if info.kinds&kUnit != 0 && info.unit == unitDay && info.count == 1 {
		i += n
		if info2, _ := p.word(i); info2.kinds&kRelDay != 0 {
			return x.relDay(i)
		}
	}
	return x.weekday(i, true)
}

// weekday matches a weekday and the direction after it. The bare weekday is
// the nearest such day on or before the reference day; الماضي makes it
// strictly before, المقبل strictly after. strong is set after يوم or a day
// part, without which الاثنين (also "the two") needs a direction, and an
// English weekday must be written in full.
func (x *extractor) weekday(i int, strong bool) (value, int, bool) {
	p := &x.p
	info, n := p.word(i)
	if info.kinds&kWeekday == 0 {
		return fail, i, false
	}
	t := p.tok(i)
	j := i + n
	d, n2 := p.word(j)
	dir := int8(0)
	if d.kinds&kDirAfter != 0 {
		dir = d.dir
		j += n2
	}
	if !strong && dir == 0 {
		if x.s[t.start] < 0xD8 && t.end-t.start < 6 {
			return fail, i, false // Sun, Wed, Sat
		}
		if info.weekday == 2 && x.s[t.start] >= 0xD8 {
			return fail, i, false // الاثنين
		}
	}
	return x.weekdayValue(int(info.weekday), dir), j, true
}

func (x *extractor) weekdayValue(wd int, dir int8) value {
	target := time.Weekday(wd - 1)
	cur := x.ref.Weekday()
	var days int
	switch dir {
	case dirNext:
		days = (int(target) - int(cur) + 7) % 7
		if days == 0 {
			days = 7
		}
	case dirPast:
		days = -((int(cur) - int(target) + 7) % 7)
		if days == 0 {
			days = -7
		}
	default:
		days = -((int(cur) - int(target) + 7) % 7)
	}
	return value{prec: pDay, a: x.addDays(days), rel: true}
}

// count matches a count of units at i: a number or number word and a unit
// ("3 أيام", "ثلاثة أشهر", "two days"), or a singular or dual unit alone
// ("أسبوع", "عامين"), with واحد after a singular unit. The unit must not be
// a year word before a year ("عام 2026").
func (x *extractor) count(i int) (n, unit, j int, ok bool) {
	p := &x.p
	t := p.tok(i)
	j = i
	switch {
	case t.kind == tNum:
		if t.nd > 3 || t.val == 0 {
			return 0, 0, i, false
		}
		if u := p.tok(i + 1); !u.sp && u.kind == tPunct && (u.val == '.' || u.val == ',') {
			return 0, 0, i, false // 2.5 عام
		}
		n = int(t.val)
		j++
	case t.kind == tWord:
		if info, k := p.word(i); info.kinds&kNumWord != 0 {
			n = int(info.num)
			j += k
		}
	}
	info, k := p.word(j)
	if info.kinds&kUnit == 0 {
		return 0, 0, i, false
	}
	if n == 0 {
		n = int(info.count)
		if n == 0 {
			return 0, 0, i, false // أيام: how many?
		}
	}
	j += k
	if f, k := p.word(j); f.kinds&kFiller != 0 {
		j += k
	}
	if p.tok(j).kind == tNum {
		return 0, 0, i, false // عام 2026
	}
	return n, int(info.unit), j, true
}

// shift matches what follows قبل, منذ or بعد: a count of units ("قبل
// يومين", "منذ عامين", "قبل نحو ثلاثة أشهر"). "قبل عامين من الحرب" counts
// from another event and is not read.
func (x *extractor) shift(i int, dir int8) (value, int, bool) {
	p := &x.p
	if a, k := p.word(i); a.kinds&kApprox != 0 {
		i += k
	}
	n, unit, j, ok := x.count(i)
	if !ok {
		return fail, i, false
	}
	if c, _ := p.word(j); c.kinds&(kConnector|kRangeFrom) != 0 {
		return fail, i, false
	}
	if u := p.tok(j); u.kind == tWord && u.id == 0 && x.s[u.start] >= 0xD8 && hasPrefix(x.s[u.start:u.end], "على") {
		return fail, i, false
	}
	if dir == dirPast {
		n = -n
	} else if unit >= unitYear {
		return fail, i, false // وبعد عام: a year after the story's last event
	}
	return x.offset(unit, n), j, true
}

// ago matches the English "two days ago", "a week ago", "3 years ago".
func (x *extractor) ago(i int) (value, int, bool) {
	n, unit, j, ok := x.count(i)
	if !ok {
		return fail, i, false
	}
	a, k := x.p.word(j)
	if a.kinds&kAgo == 0 {
		return fail, i, false
	}
	return x.offset(unit, -n), j + k, true
}

// offset returns the period n units from the reference day, at the
// precision of the unit; decades are years.
func (x *extractor) offset(unit, n int) value {
	switch unit {
	case unitDay:
		return value{prec: pDay, a: x.addDays(n), rel: true}
	case unitWeek:
		return value{prec: pWeek, a: x.addDays(7 * n), rel: true}
	case unitMonth:
		t := time.Date(x.ref.Year(), x.ref.Month()+time.Month(n), 1, 0, 0, 0, 0, time.UTC)
		return value{prec: pMonth, a: ymd{y: t.Year(), m: int(t.Month())}, rel: true}
	case unitDecade:
		n *= 10
	}
	return value{prec: pYear, a: ymd{y: x.ref.Year() + n}, rel: true}
}

// relUnit resolves a unit with a direction: الأسبوع الماضي, this year.
func (x *extractor) relUnit(unit int, dir int8) value {
	n := 0
	switch dir {
	case dirPast:
		n = -1
	case dirNext:
		n = 1
	}
	if unit == unitDay || unit == unitDecade {
		unit = unitYear // not reached: no such words take a direction
	}
	return x.offset(unit, n)
}

// dirBefore matches what follows last, next, this, هذا: a unit ("last
// week", "هذا العام"), a weekday ("last Friday") or a month ("next March").
func (x *extractor) dirBefore(i int, dir int8) (value, int, bool) {
	p := &x.p
	info, n := p.word(i)
	switch {
	case info.kinds&(kUnit|kUnitDef) != 0 && info.unit >= unitWeek && info.unit <= unitYear && info.count != 2:
		if info.kinds&kUnit != 0 && info.count == 0 {
			return fail, i, false // last years
		}
		return x.relUnit(int(info.unit), dir), i + n, true
	case info.kinds&kWeekday != 0:
		if dir == dirThis {
			dir = 0
		}
		return x.weekdayValue(int(info.weekday), dir), i + n, true
	case info.kinds&kMonth != 0:
		m, hijri, j, ok := x.monthAt(i)
		if !ok || hijri {
			return fail, i, false
		}
		return x.monthValue(m, dir), j, true
	}
	return fail, i, false
}

// month matches the forms that start with a Gregorian month name: month and
// year ("ديسمبر (كانون الأول) من عام 2024", "December 2024", "أغسطس من
// العام الماضي"), month and direction ("أغسطس (آب) الماضي"), an English
// month and day ("July 3"), and a bare month after a cue ("في أغسطس", "in
// August").
func (x *extractor) month(i int, cue bool) (value, int, bool) {
	p := &x.p
	m, hijri, j, ok := x.monthAt(i)
	if !ok || hijri {
		return fail, i, false
	}
	if y, k, rel, ok := x.yearAfter(j); ok {
		return value{prec: pMonth, a: ymd{y: y, m: m}, rel: rel}, k, true
	}
	if d, n := p.word(j); d.kinds&kDirAfter != 0 {
		return x.monthValue(m, d.dir), j + n, true
	}
	if p.latin(i) {
		if t := p.tok(j); t.kind == tNum && t.nd <= 2 && t.val >= 1 && t.val <= 31 {
			if u := p.tok(j + 1); !(u.kind == tPunct && (u.val == ':' || u.val == '.') && !u.sp) {
				k := j + 1
				if u.kind == tWord && !u.sp && lex.words[u.id].kinds&kOrdSuffix != 0 {
					k++
				}
				return x.dayMonth(int(t.val), m), k, true
			}
		}
	}
	if cue {
		return x.monthValue(m, 0), j, true
	}
	return fail, i, false
}

// monthAt matches a month name as the parser's monthExpr does, and the
// same month named again without a separator: "يناير كانون الثاني",
// "مايو أيار".
func (x *extractor) monthAt(i int) (m int, hijri bool, j int, ok bool) {
	p := &x.p
	m, hijri, j, ok = p.monthExpr(i)
	if !ok || hijri {
		return m, hijri, j, ok
	}
	if info, n := p.word(j); info.kinds&kMonth != 0 && int(info.month) == m {
		j += n
	}
	return m, hijri, j, ok
}

// yearAfter matches the year after a month: "2024", ", 2024", "من عام
// 2024", "of 2024", "من العام الماضي", "last year".
func (x *extractor) yearAfter(j int) (int, int, bool, bool) {
	p := &x.p
	if p.punct(j, ',') {
		j++
	}
	if c, n := p.word(j); c.kinds&kConnector != 0 {
		j += n
	}
	v, k, ok := x.yearRef(j, false)
	if !ok {
		return 0, j, false, false
	}
	return v.a.y, k, v.rel, true
}

// yearRef matches a year: "2024", "عام 2024", "العام الماضي", "هذا
// العام", "last year", and with bare set also "العام" alone, the current
// year (after مطلع or النصف الأول من).
func (x *extractor) yearRef(j int, bare bool) (value, int, bool) {
	p := &x.p
	info, n := p.word(j)
	if info.kinds&kYearIntro != 0 {
		if y, k, ok := p.year(j+n, false); ok {
			return value{prec: pYear, a: ymd{y: y}}, k, true
		}
	}
	if y, k, ok := p.year(j, false); ok {
		return value{prec: pYear, a: ymd{y: y}}, k, true
	}
	if info.kinds&kUnitDef != 0 && info.unit == unitYear {
		if d, n2 := p.word(j + n); d.kinds&kDirAfter != 0 {
			return x.relUnit(unitYear, d.dir), j + n + n2, true
		}
		if bare {
			return x.relUnit(unitYear, dirThis), j + n, true
		}
	}
	if info.kinds&kDirBefore != 0 {
		if u, n2 := p.word(j + n); u.kinds&(kUnit|kUnitDef) != 0 && u.unit == unitYear && u.count != 2 {
			return x.relUnit(unitYear, info.dir), j + n + n2, true
		}
	}
	return fail, j, false
}

// monthValue resolves a month without a year. With a direction it is the
// nearest such month strictly before (الماضي) or after (المقبل) the
// reference month, or in its year (الجاري). Without one it is the month of
// the reference year, unless that lies more than two months ahead, when it
// is the month of the year before.
func (x *extractor) monthValue(m int, dir int8) value {
	ry, rm := x.ref.Year(), int(x.ref.Month())
	y := ry
	switch dir {
	case dirPast:
		if m >= rm {
			y--
		}
	case dirNext:
		if m <= rm {
			y++
		}
	case dirThis:
	default:
		y = nearYear(ry, rm, m)
	}
	return value{prec: pMonth, a: ymd{y: y, m: m}, rel: true}
}

// nearYear gives the year of month m as seen from month rm of year ry:
// this year's, or next year's when m is at most two months ahead across the
// new year, or last year's when m is further ahead than that.
func nearYear(ry, rm, m int) int {
	ahead := (m - rm + 12) % 12
	switch {
	case ahead >= 1 && ahead <= 2:
		if m < rm {
			return ry + 1
		}
		return ry
	case m > rm:
		return ry - 1
	}
	return ry
}

// dayMonth resolves a day and month without a year by the rule of
// monthValue.
func (x *extractor) dayMonth(d, m int) value {
	y := nearYear(x.ref.Year(), int(x.ref.Month()), m)
	if d > daysIn(time.Month(m), y) {
		return value{} // rejected by format
	}
	return value{prec: pDay, a: ymd{y, m, d}, rel: true}
}

// dayMonthAt resolves a day and month without a year that end before
// token j, and the direction after them: "السابع من يونيو الماضي" is the
// last 7 June strictly before the reference day, "6 أغسطس المقبل" the next
// one strictly after it, "الثالث من يوليو الحالي" that of the reference
// year.
func (x *extractor) dayMonthAt(d, m, j int) (value, int, bool) {
	dir, n := x.p.word(j)
	if dir.kinds&kDirAfter == 0 {
		return x.dayMonth(d, m), j, true
	}
	y := x.ref.Year()
	if d > daysIn(time.Month(m), y) && !(m == 2 && d == 29) {
		return fail, j, false
	}
	key, ref := m*100+d, int(x.ref.Month())*100+x.ref.Day()
	switch dir.dir {
	case dirPast:
		if key >= ref {
			y--
		}
	case dirNext:
		if key <= ref {
			y++
		}
	}
	return value{prec: pDay, a: ymd{y, m, d}, rel: true}, j + n, true
}

// rangeFrom matches "من 2020 إلى 2023", "بين 2020 و2023", "from 2020 to
// 2023", and ranges of months: "من يناير (كانون الثاني) إلى أبريل (نيسان)
// الماضيين", "between January and April 2024".
func (x *extractor) rangeFrom(i int, from wordInfo) (value, int, bool) {
	p := &x.p
	t := p.tok(i)
	w := x.s[t.start+int(t.clitic) : t.end]
	between := w[0]|0x20 == 'b' || hasPrefix(w, ba) // بين, between
	_, n := p.word(i)
	a, j, ok := x.endpoint(i + n)
	if !ok {
		return fail, i, false
	}
	to, n2 := p.word(j)
	if to.kinds&kRangeTo != 0 {
		u := p.tok(j)
		w := x.s[u.start:u.end]
		if toWaw := w == waw || w[0]|0x20 == 'a'; toWaw && !between { // و, and
			return fail, i, false
		}
		j += n2
	} else if t := p.tok(j); !(between && t.clitic > 0 && hasPrefix(x.s[t.start:], waw)) {
		return fail, i, false
	}
	b, k, ok := x.endpoint(j)
	if !ok || (a.m == 0) != (b.m == 0) {
		return fail, i, false
	}
	v := value{prec: pRange, a: a, b: b}
	if a.m == 0 {
		if b.y <= a.y {
			return fail, i, false
		}
		return v, k, true
	}
	if d, n3 := p.word(k); b.y == 0 && d.kinds&kDirAfter != 0 {
		b.y = x.monthValue(b.m, d.dir).a.y
		v.rel = true
		k += n3
	}
	switch {
	case a.y == 0 && b.y == 0:
		b.y = nearYear(x.ref.Year(), int(x.ref.Month()), b.m)
		v.rel = true
		fallthrough
	case a.y == 0:
		a.y = b.y
		if a.m > b.m {
			a.y--
		}
	case b.y == 0:
		b.y = a.y
		if b.m < a.m {
			b.y++
		}
	}
	if a.y*12+a.m >= b.y*12+b.m {
		return fail, i, false
	}
	v.a, v.b = a, b
	return v, k, true
}

// endpoint matches one end of a range: a year ("2020", "عام 2020") or a
// month with or without its year; y is 0 when the year is not given.
func (x *extractor) endpoint(j int) (ymd, int, bool) {
	p := &x.p
	if info, n := p.word(j); info.kinds&kYearIntro != 0 {
		if y, k, ok := p.year(j+n, false); ok {
			return ymd{y: y}, k, true
		}
	}
	if y, k, ok := p.year(j, false); ok {
		return ymd{y: y}, k, true
	}
	m, hijri, k, ok := x.monthAt(j)
	if !ok || hijri {
		return ymd{}, j, false
	}
	if p.punct(k, ',') {
		if y, k2, ok := p.year(k+1, false); ok {
			return ymd{y: y, m: m}, k2, true
		}
	}
	if y, k2, ok := p.year(k, false); ok {
		return ymd{y: y, m: m}, k2, true
	}
	return ymd{m: m}, k, true
}

// fraction matches "النصف الأول من العام الحالي", "الربع الثالث من 2024",
// "the first half of 2024".
func (x *extractor) fraction(i int) (value, int, bool) {
	p := &x.p
	info, n := p.word(i)
	var months, ord int
	j := i + n
	if info.kinds&kOrdinal != 0 {
		f, n2 := p.word(j)
		if f.kinds&kFraction == 0 {
			return fail, i, false
		}
		months, ord = int(f.months), int(info.num)
		j += n2
	} else {
		o, n2 := p.word(j)
		if o.kinds&kDayOrdinal == 0 {
			return fail, i, false
		}
		months, ord = int(info.months), int(o.day)
		j += n2
	}
	if ord < 1 || ord*months > 12 {
		return fail, i, false
	}
	if c, n2 := p.word(j); c.kinds&kConnector != 0 {
		j += n2
	}
	y, k, ok := x.yearRef(j, true)
	if !ok {
		return fail, i, false
	}
	return value{prec: pRange, a: ymd{y: y.a.y, m: (ord-1)*months + 1}, b: ymd{y: y.a.y, m: ord * months}, rel: y.rel}, k, true
}

// decade matches what follows تسعينيات: the century ("القرن الـ20",
// "القرن الماضي") or nothing, when the decade is of the 1900s from the
// thirties on and of the 2000s before.
func (x *extractor) decade(j, tens int) (value, int, bool) {
	p := &x.p
	c, rel := 20, false
	if tens < 3 {
		c = 21
	}
	k := j
	if info, n := p.word(k); info.kinds&kConnector != 0 {
		k += n // الخمسينات من القرن الماضي
		if u := p.tok(k); u.kind == tWord && (hasPrefix(x.s[u.start:], "العمر") || hasPrefix(x.s[u.start:], "عمر")) {
			return fail, j, false // في السبعينات من العمر: an age
		}
	}
	if info, n := p.word(k); info.kinds&kCentury != 0 {
		if c2, k, rel2, ok := x.century(k + n); ok {
			c, rel, j = c2, rel2, k
		}
	}
	y := (c-1)*100 + tens*10
	return value{prec: pRange, a: ymd{y: y}, b: ymd{y: y + 9}, rel: rel}, j, true
}

// century matches what names a century after القرن: an ordinal
// (العشرين، الحادي والعشرين), a number ("الـ20", "20"), or الماضي and
// الحالي.
func (x *extractor) century(j int) (int, int, bool, bool) {
	p := &x.p
	info, n := p.word(j)
	switch {
	case info.kinds&kDayOrdinal != 0 && info.day >= 15:
		return int(info.day), j + n, false, true
	case info.kinds&kDirAfter != 0:
		c := x.ref.Year()/100 + 1
		if info.dir == dirPast {
			c--
		}
		return c, j + n, true, true
	case info.kinds&kArticle != 0:
		j += n
		if t := p.tok(j); t.kind != tNum || t.sp {
			return 0, j, false, false
		}
	}
	if t := p.tok(j); t.kind == tNum && t.nd == 2 && t.val >= 15 && t.val <= 21 {
		return int(t.val), j + 1, false, true
	}
	return 0, j, false, false
}

// number matches the forms that start with a number: "2026-2030", "1990s",
// "20th century", "two days ago" in digits, a day and month without a year
// ("3 يوليو", "الثالث من يوليو"), and a year after a cue or with its era.
func (x *extractor) number(i int, cue bool) (value, int, bool) {
	p := &x.p
	t := p.tok(i)
	if v, j, ok := x.ago(i); ok {
		return v, j, true
	}
	if t.nd == 4 && t.val >= 1900 && t.val <= 2100 {
		// 2026-2030, 2026 - 2030, 2026/2030
		if s := p.tok(i + 1); s.kind == tPunct && (s.val == '-' || s.val == '/') {
			if u := p.tok(i + 2); u.kind == tNum && u.nd == 4 && u.val > t.val && u.val-t.val <= 100 && s.sp == u.sp {
				if v := p.tok(i + 3); !(v.kind == tPunct && !v.sp && (v.val == '-' || v.val == '/' || v.val == '.')) {
					return value{prec: pRange, a: ymd{y: int(t.val)}, b: ymd{y: int(u.val)}}, i + 3, true
				}
			}
		}
		// 1990s
		if u := p.tok(i + 1); t.val%10 == 0 && u.kind == tWord && !u.sp && u.end-u.start == 1 && x.s[u.start]|0x20 == 's' {
			return value{prec: pRange, a: ymd{y: int(t.val)}, b: ymd{y: int(t.val) + 9}}, i + 2, true
		}
	}
	if t.nd == 2 && t.val >= 15 && t.val <= 21 {
		if u := p.tok(i + 1); u.kind == tWord && !u.sp && lex.words[u.id].kinds&kOrdSuffix != 0 {
			if c, n := p.word(i + 2); c.kinds&kCentury != 0 {
				y := int(t.val-1) * 100
				return value{prec: pRange, a: ymd{y: y}, b: ymd{y: y + 99}}, i + 2 + n, true
			}
		}
	}
	if t.nd <= 2 && t.val >= 1 && t.val <= 31 {
		j := i + 1
		if u := p.tok(j); !u.sp && u.kind == tWord && lex.words[u.id].kinds&kOrdSuffix != 0 {
			j++
		}
		if c, n := p.word(j); c.kinds&kConnector != 0 {
			j += n
		}
		if m, hijri, k, ok := x.monthAt(j); ok && !hijri {
			return x.dayMonthAt(int(t.val), m, k)
		}
	}
	if t.nd != 4 {
		return fail, i, false
	}
	y, j, ok := p.year(i, false)
	if !ok {
		return fail, i, false
	}
	if u := p.tok(j); u.kind == tPunct && !u.sp && (u.val == '%' || (u.val == '.' || u.val == ',') && p.tok(j+1).kind == tNum && p.adjacent(j+1)) {
		return fail, i, false // 2024.5, 2,024,000, 2000%
	}
	if !cue && j == i+1 {
		return fail, i, false // no cue and no era: a number
	}
	if u, _ := p.word(j); u.kinds&kUnit != 0 && !(u.unit == unitDay && u.count == 1) {
		return fail, i, false // قبل 2000 عام: a count
	}
	return value{prec: pYear, a: ymd{y: y}}, j, true
}

func (x *extractor) addDays(n int) ymd {
	t := x.ref.AddDate(0, 0, n)
	return ymd{t.Year(), int(t.Month()), t.Day()}
}

// format writes a value in ISO 8601. It reports false for a date that does
// not exist or a year outside 1–9999.
func (v value) format() (string, string, bool) {
	var buf [32]byte
	b := buf[:0]
	var prec string
	var ok bool
	switch v.prec {
	case pDay:
		b, ok = appendYMD(b, v.a)
		prec = PrecisionDay
	case pWeek:
		t := time.Date(v.a.y, time.Month(v.a.m), v.a.d, 0, 0, 0, 0, time.UTC)
		y, w := t.ISOWeek()
		b, ok = appendYMD(b, ymd{y: y})
		b = append(b, '-', 'W', byte('0'+w/10), byte('0'+w%10))
		prec = PrecisionWeek
	case pMonth:
		b, ok = appendYMD(b, ymd{y: v.a.y, m: v.a.m})
		prec = PrecisionMonth
	case pYear:
		b, ok = appendYMD(b, ymd{y: v.a.y})
		prec = PrecisionYear
	case pRange:
		b, ok = appendYMD(b, v.a)
		b = append(b, '/')
		var ok2 bool
		b, ok2 = appendYMD(b, v.b)
		ok = ok && ok2
		prec = PrecisionRange
	}
	return string(b), prec, ok
}

// appendYMD writes a year, year-month or date, whichever d gives.
func appendYMD(b []byte, d ymd) ([]byte, bool) {
	if d.y < 1 || d.y > 9999 {
		return b, false
	}
	n := len(b)
	b = strconv.AppendInt(b, int64(d.y+10000), 10)
	b = append(b[:n], b[n+1:]...) // four digits, zero-padded
	if d.m == 0 {
		return b, true
	}
	if d.m < 1 || d.m > 12 {
		return b, false
	}
	b = append(b, '-', byte('0'+d.m/10), byte('0'+d.m%10))
	if d.d == 0 {
		return b, true
	}
	if d.d < 1 || d.d > daysIn(time.Month(d.m), d.y) {
		return b, false
	}
	return append(b, '-', byte('0'+d.d/10), byte('0'+d.d%10)), true
}
