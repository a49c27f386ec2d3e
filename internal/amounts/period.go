package amounts

import "github.com/marsad/marsad/internal/doc"

// period is a time phrase of a sentence.
type period struct {
	start, end int
	text       string
}

// periods returns the time phrases of the sentence:
//   - a phrase that begins with a period noun (الفترة، النصف، الربع، العام)
//     or a month after a lead (في، خلال، منذ، حتى …) or before a period word,
//     and goes on over ordinals, temporal adjectives (الماضي، الحالي),
//     months, years, من/إلى/حتى and brackets; it must hold an ordinal, a
//     temporal adjective, a month or a year («النصف الأول من العام الحالي»،
//     «الفترة من يناير (كانون الثاني) إلى أبريل (نيسان) الماضيين»). عام 2024
//     alone gives "2024";
//   - a year standing alone (2024) or a range of years (2026-2030).
func (s *scan) periods() []period {
	var ps []period
	f := s.f
	for k := s.a; k < s.b; k++ {
		t := &s.ts[k]
		inPhrase := func(u *tok) bool {
			return f.periodWords[u.full] || f.periodWords[u.bare] || f.periodAnchors[u.full] ||
				f.months[u.stem] || f.periodNouns[u.full] || isYear(u) || u.raw == "(" || u.raw == ")"
		}
		lead := k > s.a && f.periodLeads[s.ts[k-1].bare]
		if t.kind == doc.KindWord && (f.periodNouns[t.full] || f.months[t.stem]) && (lead || k+1 < s.b && inPhrase(&s.ts[k+1])) {
			e := k + 1
			for e < s.b && e-k < 14 && inPhrase(&s.ts[e]) {
				e++
			}
			for e-1 > k {
				l := &s.ts[e-1]
				if l.raw == "(" || l.bare == "من" || l.bare == "الي" || l.bare == "حتي" || l.bare == "of" || l.bare == "to" || l.bare == "the" || l.bare == "this" {
					e--
					continue
				}
				break
			}
			anchored := false
			for x := k; x < e; x++ {
				u := &s.ts[x]
				if f.periodAnchors[u.full] || f.months[u.stem] || isYear(u) {
					anchored = true
				}
			}
			if anchored {
				p := period{start: t.body, end: s.ts[e-1].end}
				if e-k == 2 && isYear(&s.ts[k+1]) && (t.stem == "عام" || t.stem == "سنه" || t.stem == "year") {
					p.text = key(s.ts[k+1].raw)
				} else {
					p.text = s.d.Text[p.start:p.end]
					if opens, closes := count(p.text, '('), count(p.text, ')'); opens > closes && e < s.b && s.ts[e].raw == ")" {
						p.end = s.ts[e].end
						p.text = s.d.Text[p.start:p.end]
					}
				}
				ps = append(ps, p)
				k = e - 1
				continue
			}
		}
		if isYear(t) {
			p := period{start: t.start, end: t.end, text: key(t.raw)}
			if k+2 < s.b && (s.ts[k+1].raw == "-" || s.ts[k+1].raw == "–") && isYear(&s.ts[k+2]) {
				p.end = s.ts[k+2].end
				p.text = key(t.raw) + "-" + key(s.ts[k+2].raw)
				k += 2
			}
			ps = append(ps, p)
		}
	}
	return ps
}

func count(s string, c byte) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			n++
		}
	}
	return n
}

// isYear reports whether t is a four-digit number from 1800 to 2100.
func isYear(t *tok) bool {
	if t.kind != doc.KindNumber {
		return false
	}
	k := key(t.raw)
	if len(k) != 4 {
		return false
	}
	v := 0
	for i := 0; i < 4; i++ {
		if k[i] < '0' || k[i] > '9' {
			return false
		}
		v = v*10 + int(k[i]-'0')
	}
	return v >= 1800 && v <= 2100
}

// assignPeriods gives each amount of money, percent or count the nearest
// period after it in the sentence, or else the nearest before it.
func (s *scan) assignPeriods() {
	if len(s.out) == 0 {
		return
	}
	all := s.periods()
	ps := all[:0]
	for _, p := range all {
		inside := false
		for _, am := range s.out {
			if p.start < am.End && am.Start < p.end {
				inside = true
			}
		}
		if !inside {
			ps = append(ps, p)
		}
	}
	if len(ps) == 0 {
		return
	}
	for i := range s.out {
		am := &s.out[i]
		if am.Kind == "duration" || am.Kind == "distance" {
			continue
		}
		var before *period
		for j := range ps {
			p := &ps[j]
			if p.start >= am.End {
				am.Period = p.text
				break
			}
			if p.end <= am.Start {
				before = p
			}
		}
		if am.Period == "" && before != nil {
			am.Period = before.text
		}
	}
}
