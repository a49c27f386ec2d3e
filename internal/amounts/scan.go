package amounts

import (
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/marsad/marsad/internal/doc"
)

// scan finds the amounts of one sentence: tokens [a, b) of ts.
type scan struct {
	f    *Finder
	d    *doc.Doc
	ts   []tok
	a, b int
	out  []Amount
}

// numPhrase is a number read from the tokens [start, end).
type numPhrase struct {
	value                 float64
	end                   int
	digits, words, scaled bool
	vague, ok             bool
}

// unitHit is a unit read after a number, ending before token end.
type unitHit struct {
	class  unitClass
	code   string
	factor float64
	end    int
}

func (s *scan) run() {
	for i := s.a; i < s.b; {
		if j := s.try(i); j > i {
			i = j
		} else {
			i++
		}
	}
	s.assignPeriods()
}

func (s *scan) tok(i int) *tok {
	if i < s.a || i >= s.b {
		return &tok{}
	}
	return &s.ts[i]
}

// try reads an amount that starts at token i and returns the index after
// it, or i when there is none. It may also skip over a number that is not
// an amount (a year, a date), returning the index after it.
func (s *scan) try(i int) int {
	t := &s.ts[i]
	start := i
	var pre unitHit // a currency symbol before the number
	switch {
	case t.kind == doc.KindSymbol && (t.raw == "$" || t.raw == "€" || t.raw == "£" || t.raw == "¥"):
		if s.tok(i+1).kind != doc.KindNumber {
			return i
		}
		pre = unitHit{class: uMoney, code: s.f.units[key(t.raw)].code}
		i++
	case t.stem == "us" && s.tok(i+1).raw == "$" && s.tok(i+2).kind == doc.KindNumber:
		pre = unitHit{class: uMoney, code: "USD"}
		i += 2
	}
	np := s.number(i)
	if !np.ok {
		return s.tryUnitAlone(i)
	}
	next := s.tok(np.end)
	prev := s.tok(i - 1)
	// Times of day and numeric dates: 10:30, 21/7/2015.
	if np.digits && !np.scaled && np.end == i+1 && (next.raw == ":" || next.raw == "/") && s.tok(np.end+1).kind == doc.KindNumber && next.start == s.ts[i].end {
		j := np.end
		for s.tok(j).raw == next.raw && s.tok(j+1).kind == doc.KindNumber {
			j += 2
		}
		return j
	}
	if prev.raw == "/" && prev.start == s.ts[i].start-1 && s.tok(i-2).kind == doc.KindNumber {
		return np.end
	}
	// Not amounts: ordinals and numbers of names and references.
	if pre.class == uNone {
		if s.f.nameWords[prev.full] || s.f.nameWords[prev.bare] {
			return np.end
		}
		if (prev.raw == "-" || prev.raw == "‐") && prev.start == s.tok(i).start-len(prev.raw) && s.tok(i-2).kind == doc.KindWord && s.tok(i-2).end == prev.start {
			return np.end
		}
		if next.stem == "st" || next.stem == "nd" || next.stem == "rd" || next.stem == "th" {
			return np.end
		}
	}
	u, hasUnit := s.unit(np)
	// Years and dates.
	if pre.class == uNone && np.digits && !np.scaled && np.end == i+1 {
		v := np.value
		integer := v == math.Trunc(v) && !strings.ContainsAny(s.ts[i].raw, ".,٫٬")
		strongUnit := hasUnit && u.class != uCount && u.class != uNone || hasUnit && u.class == uCount && s.f.units[next.stem].class == uCount
		switch {
		case integer && (s.f.yearWords[prev.full] || s.f.yearWords[prev.bare]) && prev.kind == doc.KindWord && !strongUnit && v <= 2200 && v >= 1 && (prev.stem != "in" && prev.stem != "by" && prev.stem != "since" && prev.stem != "until" || v >= 1800):
			return s.skipRange(np.end)
		case integer && s.f.yearMarks[next.stem] && v >= 1000:
			return np.end + 1
		case integer && v >= 1800 && v <= 2100 && !strongUnit:
			return s.skipRange(np.end)
		case s.f.months[next.stem] || s.f.months[prev.stem] && v <= 31:
			return np.end
		}
	}
	if !hasUnit && (next.raw == "-" || next.raw == "–" || next.bare == "و" || next.bare == "الي" || next.bare == "to" || next.bare == "and") && s.tok(np.end+1).kind == doc.KindNumber {
		// A range: the first number takes the unit of the second.
		np2 := s.number(np.end + 1)
		if np2.ok {
			if u2, ok := s.unit(np2); ok && u2.class != uCount {
				u, hasUnit = u2, true
				u.end = np.end
			}
		}
	}
	if pre.class != uNone {
		if !hasUnit || u.class != uMoney {
			u = unitHit{class: uMoney, code: pre.code, end: np.end}
		}
		hasUnit = true
	}
	approx, approxStart := s.approxBefore(start)
	if np.vague {
		approx = true
	}
	end := np.end
	if hasUnit {
		end = u.end
	}
	value := np.value
	if hasUnit && u.factor != 0 {
		value *= u.factor
	}
	// A half after the unit: ساعة ونصف، تسع سنوات ونصف السنة.
	if hasUnit && (u.class == uDuration || u.class == uDistance) {
		if h := s.tok(end); strings.HasPrefix(h.pre, "و") && s.f.fractions[h.stem] > 0 && !h.art {
			value += s.f.fractions[h.stem]
			end++
			if n := s.tok(end); n.art && s.f.units[n.stem].class == u.class {
				end++
			}
		}
	}
	if s.f.after[s.tok(end).stem] {
		approx = true
	}
	c, cueAt := s.cueBefore(approxStart)
	if !hasUnit {
		// A bare number counts only when scaled (64 مليونا), vague, or right
		// after its cue or a to/from word after one (بلغ 300، ارتفع إلى 50).
		near := cueAt >= 0 && (cueAt == approxStart-1 || s.f.toFrom[s.tok(approxStart-1).bare] && cueAt == approxStart-2)
		if !(np.scaled || np.vague || near && (c.kind == cueUp || c.kind == cueDown || c.kind == cueLevel)) {
			return np.end
		}
		if np.digits && !np.scaled && len(s.ts[i].raw) >= 7 {
			return np.end // a phone or reference number
		}
		u = unitHit{class: uNone}
	}
	// قبل يومين is a date (two days ago), not an amount.
	if u.class == uDuration && (s.tok(approxStart-1).bare == "قبل" || s.tok(end).stem == "ago") {
		return end
	}
	am := Amount{Value: value, Unit: u.code, Approx: approx, Start: s.ts[start].body, End: s.ts[end-1].end}
	if start != i {
		am.Start = s.ts[start].start
	}
	s.kind(&am, u, c, cueAt, approxStart, end)
	s.emit(am)
	return end
}

// skipRange returns the index after a year or a range of years at i-1.
func (s *scan) skipRange(i int) int {
	if t := s.tok(i); (t.raw == "-" || t.raw == "–" || t.raw == "/") && s.tok(i+1).kind == doc.KindNumber {
		return i + 2
	}
	return i
}

// tryUnitAlone reads an amount written with a unit and no number: a dual
// (الصاروخين، يومين، مليارين is read by number) or a unit of time after an
// approximation word (قرابة العام، لما يقارب الساعة ونصف الساعة = 1.5 hours).
func (s *scan) tryUnitAlone(i int) int {
	t := &s.ts[i]
	if t.kind != doc.KindWord {
		return i
	}
	u, ok := s.unitOf(t, true)
	if !ok {
		return i
	}
	approx, approxStart := s.approxBefore(i)
	var value float64
	switch {
	case u.dual && (!t.art || u.defDual):
		if u.class == uDuration && s.tok(i-1).bare == "قبل" {
			return i + 1
		}
		value = 2
	case !u.dual && approx && u.class == uDuration && approxStart < i:
		if t.norm != "" && strings.HasSuffix(t.stem, "ات") || strings.HasSuffix(t.stem, "ام") && t.stem != "عام" {
			return i // a plural: أيام، ساعات
		}
		value = 1
	default:
		return i
	}
	end := i + 1
	if u.code == "point" && strings.HasPrefix(s.tok(end).stem, "مئوي") {
		u.code, u.class = "pp", uPoints
		end++
	}
	if u.class == uDuration {
		if h := s.tok(end); strings.HasPrefix(h.pre, "و") && s.f.fractions[h.stem] > 0 && !h.art {
			value += s.f.fractions[h.stem]
			end++
			if n := s.tok(end); n.art && s.f.units[n.stem].class == u.class {
				end++
			}
		}
	}
	if u.factor != 0 {
		value *= u.factor
	}
	hit := unitHit{class: u.class, code: u.code, end: end}
	c, cueAt := s.cueBefore(approxStart)
	am := Amount{Value: value, Unit: u.code, Approx: approx, Start: t.body, End: s.ts[end-1].end}
	s.kind(&am, hit, c, cueAt, approxStart, end)
	s.emit(am)
	return end
}

// emit appends am with its text.
func (s *scan) emit(am Amount) {
	if am.Start < 0 || am.End > len(s.d.Text) || am.Start >= am.End {
		return
	}
	am.Text = s.d.Text[am.Start:am.End]
	s.out = append(s.out, am)
}

// number reads a number that begins at token k: digits, number words, or
// both, with scale words and fractions. ok is false when there is none.
func (s *scan) number(k int) numPhrase {
	var np numPhrase
	var total, cur, lastScale float64
	any := false
	j := k
loop:
	for j < s.b {
		t := &s.ts[j]
		step := 1
		joined := false
		if any {
			nx := t
			if t.kind == doc.KindWord && t.bare == "و" && t.pre == "" {
				nx = s.tok(j + 1)
				step = 2
			} else if !strings.HasPrefix(t.pre, "و") {
				nx = nil
			}
			if nx != nil {
				if !s.joinable(nx, np, cur, lastScale) {
					break
				}
				t = nx
				joined = true
			}
		}
		if t.art {
			if sc, ok := s.f.scales[t.stem]; ok && np.vague && !joined && cur > 0 {
				cur *= sc
				np.scaled = true
				any = true
				j += step
				continue
			}
			break
		}
		if t.kind == doc.KindNumber {
			if any && !(joined && lastScale > 0 && cur == 0) {
				break
			}
			scaled := false
			if _, ok := s.f.scales[s.tok(j+step).stem]; ok {
				scaled = true
			}
			v, ok := parseDigits(t.raw, scaled)
			if !ok {
				break
			}
			// The Saudi press writes 6.935 as 935ر6.
			if r, n := s.tok(j+step), s.tok(j+step+1); r.raw == "ر" && n.kind == doc.KindNumber && r.start == t.end && n.start == r.end {
				if w, err := strconv.ParseFloat(key(n.raw)+"."+key(t.raw), 64); err == nil {
					v = w
					step += 2
				}
			}
			cur = v
			np.digits = true
			any = true
			j += step
			continue
		}
		if t.kind != doc.KindWord {
			break
		}
		w := t.stem
		if v, ok := s.f.numbers[w]; ok {
			switch {
			case any && !joined:
				if s.f.teens[w] && cur >= 1 && cur <= 9 && np.words && !np.digits {
					cur += 10
				} else {
					break loop
				}
			case joined:
				if cur > 0 && v >= cur && v < 100 && cur < 10 || cur >= 100 && v < 100 || cur == 0 {
					cur += v
				} else {
					break loop
				}
			default:
				cur = v
			}
			np.words = true
			any = true
			j += step
			continue
		}
		if s.f.ones[w] {
			if any && !joined {
				break
			}
			n := s.tok(j + step)
			if !(s.f.teens[n.stem] && !n.art || strings.HasPrefix(n.pre, "و") && s.f.numbers[n.stem] >= 20 || n.bare == "و" && s.f.numbers[s.tok(j+step+1).stem] >= 20) && !joined {
				break
			}
			cur++
			np.words = true
			any = true
			j += step
			continue
		}
		if v, ok := s.f.hundreds[w]; ok {
			switch {
			case any && !joined:
				if cur >= 1 && cur <= 9 && v == 100 && np.words {
					cur *= 100
				} else {
					break loop
				}
			case joined:
				cur += v
			default:
				cur = v
			}
			np.words = true
			any = true
			j += step
			continue
		}
		if sc, ok := s.f.scales[w]; ok {
			if len(w) <= 2 && w != "bn" && w != "mn" && w != "tn" {
				// m, b, k: only stuck to digits (5m, 20k)
				if !np.digits || j == 0 || s.ts[j-1].end != t.start {
					break
				}
			}
			if cur == 0 {
				if any {
					break
				}
				cur = 1
				if _, v := s.f.vague[w]; v {
					np.vague = true
				}
			}
			total += cur * sc
			cur = 0
			lastScale = sc
			np.scaled = true
			any = true
			j += step
			continue
		}
		if v, ok := s.f.duals[w]; ok {
			if any && !joined {
				break
			}
			total += v
			lastScale = v / 2
			np.scaled = true
			np.words = true
			any = true
			j += step
			continue
		}
		if v, ok := s.f.vague[w]; ok && !any {
			cur = v
			np.vague = true
			any = true
			j += step
			continue
		}
		if v, ok := s.f.fractions[w]; ok {
			switch {
			case !any:
				cur = v
			case joined && lastScale > 0 && cur == 0:
				total += v * lastScale
				if n := s.tok(j + step); n.art && s.f.scales[n.stem] == lastScale {
					step++ // مليار ونصف المليار
				}
			case joined && cur > 0:
				cur += v
			default:
				break loop
			}
			np.words = true
			any = true
			j += step
			continue
		}
		break
	}
	np.value = total + cur
	np.end = j
	np.ok = any && np.value > 0
	// A fraction alone (نصف، ربع) is a number only before a unit.
	if np.ok && !np.digits && np.value < 1 && !np.scaled {
		if _, ok := s.f.units[s.tok(j).stem]; !ok || s.tok(j).art {
			np.ok = false
		}
	}
	return np
}

// joinable reports whether t, after و, goes on the number read so far:
// مئة وخمسون، خمسة وعشرون، 3 مليارات و200 مليون، مليار ونصف.
func (s *scan) joinable(t *tok, np numPhrase, cur, lastScale float64) bool {
	if t.art {
		return false
	}
	isNum := t.kind == doc.KindNumber
	_, w1 := s.f.numbers[t.stem]
	_, w2 := s.f.hundreds[t.stem]
	_, w3 := s.f.fractions[t.stem]
	w4 := s.f.ones[t.stem]
	switch {
	case lastScale > 0 && cur == 0:
		return isNum || w1 || w2 || w3 || w4
	case np.words && !np.digits && cur > 0:
		return w1 || w2 || w3
	}
	return false
}

// unit reads the unit after the number np.
func (s *scan) unit(np numPhrase) (unitHit, bool) {
	j := np.end
	t := s.tok(j)
	if j >= s.b {
		return unitHit{}, false
	}
	if n := s.matchPhrase(j, s.f.percent, false); n > 0 {
		return unitHit{class: uPercent, code: "%", end: j + n}, true
	}
	for _, p := range s.f.pointPh {
		if n := s.matchPhrase(j, [][]string{p}, false); n > 0 {
			return unitHit{class: uPoints, code: s.f.points[strings.Join(p, " ")], end: j + n}, true
		}
	}
	if t.kind == doc.KindSymbol {
		if u, ok := s.f.units[key(t.raw)]; ok && u.class == uMoney {
			return unitHit{class: uMoney, code: u.code, end: j + 1}, true
		}
		return unitHit{}, false
	}
	if t.kind != doc.KindWord {
		return unitHit{}, false
	}
	// US dollars, Saudi riyals
	if code, ok := s.f.curAdj[t.stem]; ok && !isArabic(t.stem) {
		if u, ok := s.f.units[s.tok(j+1).stem]; ok && u.class == uMoney {
			return unitHit{class: uMoney, code: code, factor: u.factor, end: j + 2}, true
		}
	}
	if np.vague && (t.bare == "من" || t.bare == "of") && s.tok(j+1).kind == doc.KindWord {
		j++
		t = s.tok(j)
	}
	if strings.HasPrefix(t.pre, "ب") && !t.art || t.art && !np.vague {
		if _, ok := s.f.units[t.bare]; !ok {
			return unitHit{}, false
		}
	}
	if u, ok := s.unitOf(t, np.vague); ok && !u.dual {
		h := unitHit{class: u.class, code: u.code, factor: u.factor, end: j + 1}
		if u.class == uMoney {
			if code, ok := s.adjective(s.tok(j + 1)); ok {
				h.code = code
				h.end++
			}
		}
		if u.class == uDistance && s.tok(h.end).stem == "مربع" {
			h.code += "2"
			h.end++
		}
		return h, true
	}
	if s.f.noCount[t.stem] || s.f.noCount[t.bare] || s.f.months[t.stem] || s.f.yearMarks[t.stem] {
		return unitHit{}, false
	}
	if _, ok := s.f.numbers[t.stem]; ok {
		return unitHit{}, false
	}
	if _, ok := s.f.scales[t.stem]; ok {
		return unitHit{}, false
	}
	if _, ok := s.f.cues[t.bare]; ok {
		return unitHit{}, false
	}
	if utf8.RuneCountInString(t.stem) < 2 {
		return unitHit{}, false
	}
	if strings.HasPrefix(t.pre, "و") || strings.HasPrefix(t.pre, "ب") {
		return unitHit{}, false // وتاريخ: a new phrase, not the counted noun
	}
	noun := t.norm
	if t.pre != "" {
		noun = keepTa(t.raw)
	}
	return unitHit{class: uCount, code: singular(noun), end: j + 1}, true
}

// unitOf returns the unit that t names: the whole token first (ليرة and
// برميل begin with letters that look like proclitics), then its stem when
// it has no proclitic or only the article of a vague count.
func (s *scan) unitOf(t *tok, vague bool) (unitRef, bool) {
	if u, ok := s.f.units[t.bare]; ok {
		return u, true
	}
	if t.pre == "" && (!t.art || vague) {
		u, ok := s.f.units[t.stem]
		return u, ok
	}
	return unitRef{}, false
}

// adjective returns the currency that an adjective after a currency noun
// names: أميركي، السعودي، الأمريكية.
func (s *scan) adjective(t *tok) (string, bool) {
	if t.kind != doc.KindWord {
		return "", false
	}
	for _, w := range []string{t.stem, strings.TrimPrefix(t.bare, "ال")} {
		for _, cand := range []string{w, strings.TrimSuffix(w, "ه"), strings.TrimSuffix(w, "ا"), strings.TrimSuffix(w, "ين"), strings.TrimSuffix(w, "ون")} {
			if code, ok := s.f.curAdj[cand]; ok {
				return code, true
			}
		}
	}
	return "", false
}

// matchPhrase returns the number of tokens from j that spell one of the
// phrases (token by token), or 0. stems matches on the tokens' stems,
// otherwise on their bare keys.
func (s *scan) matchPhrase(j int, phrases [][]string, stems bool) int {
	best := 0
	for _, p := range phrases {
		if j+len(p) > s.b || len(p) <= best {
			continue
		}
		ok := true
		for x, w := range p {
			t := &s.ts[j+x]
			if stems && t.stem != w || !stems && t.bare != w && t.stem != w {
				ok = false
				break
			}
			if !stems && t.stem == w && t.bare != w && t.pre != "" {
				ok = false // بنحو is no percent word, but نحو stems match approx only
				break
			}
		}
		if ok {
			best = len(p)
		}
	}
	return best
}

// approxBefore reports whether an approximation phrase ends right before
// token i, and where the phrase starts (i when there is none).
func (s *scan) approxBefore(i int) (bool, int) {
	best := i
	for _, p := range s.f.approx {
		st := i - len(p)
		if st < s.a {
			continue
		}
		ok := true
		for x, w := range p {
			if s.ts[st+x].stem != w {
				ok = false
				break
			}
		}
		if ok && st < best {
			best = st
		}
	}
	return best < i, best
}

// cueBefore returns the nearest cue before token i in the sentence, and its
// index, or -1.
func (s *scan) cueBefore(i int) (cue, int) {
	for k := i - 1; k >= s.a && k >= i-30; k-- {
		t := &s.ts[k]
		if t.kind != doc.KindWord {
			continue
		}
		if c, ok := s.f.cues[t.bare]; ok {
			return c, k
		}
	}
	return cue{}, -1
}

// kind sets am's Kind, Direction and Object.
func (s *scan) kind(am *Amount, u unitHit, c cue, cueAt, first, end int) {
	switch u.class {
	case uCount:
		am.Kind = "count"
		return
	case uDuration:
		am.Kind = "duration"
		return
	case uDistance:
		am.Kind = "distance"
		return
	}
	prev := s.tok(first - 1)
	switch {
	case cueAt >= 0 && (c.kind == cueUp || c.kind == cueDown):
		if s.f.toFrom[prev.bare] && cueAt != first-1 {
			am.Kind = "level"
		} else {
			am.Kind = "change"
			am.Direction = "up"
			if c.kind == cueDown {
				am.Direction = "down"
			}
		}
	case cueAt >= 0 && c.kind == cueLevel:
		am.Kind = "level"
	case cueAt >= 0 && c.kind == cueShare:
		am.Kind = "share"
	case u.class == uPercent && (s.tok(end).bare == "من" || s.tok(end).bare == "of" || prev.bare == "بنسبه"):
		am.Kind = "share"
	case u.class == uNone:
		am.Kind = "count"
	default:
		am.Kind = "level"
	}
	am.Object = s.object(am, c, cueAt, first, end)
}

// object finds the measured thing of an amount of money or percent:
//   - after a chain cue (ليصل إلى، ليبلغ), the object of the amount before it;
//   - after a share noun (حصة، نسبة), the phrase from the noun to the number;
//   - after a verb or noun of change or level, its subject: the noun phrase
//     after it (ارتفع حجم التبادل التجاري بين روسيا ودول …) or, when the verb
//     comes right before the amount, the noun phrase before the verb (كما أن
//     حجم التجارة بين البلدين ارتفع بنسبة …);
//   - a percent followed by من: the noun phrase after من.
func (s *scan) object(am *Amount, c cue, cueAt, first, end int) string {
	if cueAt < 0 {
		if am.Kind == "share" && (s.tok(end).bare == "من" || s.tok(end).bare == "of") {
			return s.phraseAfter(end+1, s.b)
		}
		return ""
	}
	ct := &s.ts[cueAt]
	if s.f.chain[ct.bare] {
		for k := len(s.out) - 1; k >= 0; k-- {
			if s.out[k].Object != "" {
				return s.out[k].Object
			}
		}
		return ""
	}
	if c.kind == cueShare && !s.f.shareVerbs[ct.bare] {
		return s.phraseAfter(cueAt, first)
	}
	if s.f.shareVerbs[ct.bare] {
		if o := s.phraseBefore(cueAt - 1); o != "" {
			return o
		}
	}
	if o := s.phraseAfter(cueAt+1, first); o != "" {
		return o
	}
	return s.phraseBefore(cueAt - 1)
}

// phraseAfter returns the noun phrase that starts at token k and ends
// before limit, at a stop word, a preposition clitic ب, or anything that is
// not a word.
func (s *scan) phraseAfter(k, limit int) string {
	if limit > s.b {
		limit = s.b
	}
	e := k
	for e < limit && e-k < 12 {
		t := &s.ts[e]
		if t.kind != doc.KindWord || s.f.objectStops[t.bare] || strings.Contains(t.pre, "ب") || s.f.chain[t.bare] {
			break
		}
		if _, ok := s.f.cues[t.bare]; ok && e > k {
			break
		}
		e++
	}
	if e == k {
		return ""
	}
	return s.d.Text[s.ts[k].body:s.ts[e-1].end]
}

// phraseBefore returns the noun phrase that ends at token k, walking back
// to a bound word (أن، كما …), a word with و, or anything that is not a word.
func (s *scan) phraseBefore(k int) string {
	e := k
	st := k + 1
	for e >= s.a && k-e < 10 {
		t := &s.ts[e]
		if t.kind != doc.KindWord || s.f.objectBounds[t.bare] || s.f.objectStops[t.bare] {
			break
		}
		if _, ok := s.f.cues[t.bare]; ok {
			break
		}
		st = e
		if strings.HasPrefix(t.pre, "و") || strings.HasPrefix(t.pre, "ف") {
			break
		}
		e--
	}
	if st > k {
		return ""
	}
	return s.d.Text[s.ts[st].body:s.ts[k].end]
}

// singular makes a counted noun singular the simple way: the accusative
// ending of 11–99 (قتيلا → قتيل) and the sound feminine plural (شركات →
// شركة) come off; an English plural loses its s.
func singular(norm string) string {
	n := utf8.RuneCountInString(norm)
	switch {
	case !isArabic(norm):
		if n > 3 && strings.HasSuffix(norm, "s") && !strings.HasSuffix(norm, "ss") {
			return strings.TrimSuffix(norm, "s")
		}
	case n > 4 && strings.HasSuffix(norm, "ات"):
		return strings.TrimSuffix(norm, "ات") + "ة"
	case n > 3 && strings.HasSuffix(norm, "ا"):
		return strings.TrimSuffix(norm, "ا")
	}
	return norm
}

func isArabic(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return r >= 0x0600 && r <= 0x06FF
}
