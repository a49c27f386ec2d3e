package quotes

import (
	"strings"

	"github.com/marsad/marsad/internal/doc"
)

// speakerRef is a resolved speaker: an entity and the mention it was found
// at, or ent -1 when unknown.
type speakerRef struct{ ent, start, end int }

var unknown = speakerRef{-1, -1, -1}

// resolve resolves the speakers of the items in text order, applying the
// continuation rule, and returns the quotations.
func (s *state) resolve() []Quote {
	out := make([]Quote, 0, len(s.items))
	var prev *item
	prevSp := unknown
	for ii := range s.items {
		it := &s.items[ii]
		sp := unknown
		switch {
		case it.label >= 0:
			sp = s.ref(it.label)
		case it.cue >= 0 && it.nested:
			sp = s.nestedSpeaker(it)
		case it.cue >= 0:
			sp = s.cueSpeaker(it.cue, prev, prevSp)
		default:
			// A passage with no cue continues the previous quotation of its
			// paragraph, or of the paragraph before when it opens its own.
			if prev == nil || it.nested || it.pass < 0 {
				continue
			}
			pp, ip := s.toks[prev.a].para, s.toks[it.a].para
			first := s.passages[it.pass].open == s.paraStart(it.a)
			if !(pp == ip || pp == ip-1 && first) {
				continue
			}
			sp = prevSp
		}
		q := Quote{SpeakerStart: -1, SpeakerEnd: -1, CueStart: -1, CueEnd: -1, Kind: it.kind, Nested: it.nested}
		q.Start, q.End = s.toks[it.a].start, s.toks[it.b-1].end
		q.Text = s.d.Text[q.Start:q.End]
		if sp.ent >= 0 {
			q.SpeakerID, q.SpeakerName = s.ents[sp.ent].ID, s.ents[sp.ent].Name
			q.SpeakerStart, q.SpeakerEnd = sp.start, sp.end
		}
		if it.cue >= 0 {
			q.CueStart, q.CueEnd = s.cueSpan(it.cue)
			q.Cue = s.d.Text[q.CueStart:q.CueEnd]
		}
		out = append(out, q)
		if !it.nested {
			prev, prevSp = it, sp
		}
	}
	return out
}

// auxiliaries open a cue that follows them with nothing but their object
// between: استطرد قائلاً، مضى ليقول، عاد ليقول، استهل حديثه قائلاً، علق بقوله.
var auxiliaries = normSet("مضى", "ومضى", "عاد", "وعاد", "استطرد", "واستطرد", "استهل", "واستهل", "استأنف", "واستأنف", "علق", "وعلق", "تابع", "وتابع", "أردف", "وأردف", "حديثه", "حديثها", "عليه", "عليها")

// cueSpan returns the byte span of the cue at c, taking in the auxiliary
// words right before a dependent cue («استطرد قائلاً»، «علق بقوله») and the
// "to" of "according to".
func (s *state) cueSpan(c int) (int, int) {
	st, en := s.toks[c].start, s.toks[c].end
	if s.toks[c].cue.kind == cueDependent {
		for k := c - 1; k >= 0 && c-k <= 2 && auxiliaries[s.toks[k].norm]; k-- {
			st = s.toks[k].start
		}
	}
	if s.toks[c].norm == "according" && c+1 < len(s.toks) {
		en = s.toks[c+1].end
	}
	return st, en
}

func (s *state) ref(m int) speakerRef {
	mm := s.mentions[m]
	return speakerRef{mm.ent, mm.start, mm.end}
}

// usable reports whether the mention at token i may be a speaker: it is not
// inside somebody's quotation.
func (s *state) usable(i int) bool {
	return s.toks[i].mention >= 0 && !s.quoteLikeAt(i)
}

// cueSpeaker resolves the speaker of the cue at c.
//
//   - A reporting verb with a source preposition (نقل عن X) has X for
//     speaker, unless a nearer cue took the quotation («ننقل عن "كوميرسانت"
//     ما قاله بوتين» is Putin's, found through قاله).
//   - according to / بحسب: the mention after it.
//   - A finite Arabic verb: the first mention after it, before its
//     complementiser, colon or quotation (VSO: «وقال بوتين»); a non-entity
//     noun there («تقول الإحصاءات») leaves the speaker unknown. Then a
//     mention just before it (SVO: «بوتين قال»).
//   - A finite English verb: the mention just before it ("Trump said"),
//     then just after it ("said Trump"); a pronoun takes the previous
//     speaker.
//   - A dependent cue: the mention just before it («واستطرد بوتين قائلاً»،
//     «علق عليه كوليسنيكوف بقوله»), then the speaker of the previous
//     quotation in the same sentence, then the nearest person before it in
//     the sentence.
//   - Otherwise (a pronoun subject: «وقال إنه»، "he said"), the speaker of
//     the previous quotation in the paragraph, then the nearest person
//     mentioned before in the paragraph or the one before it.
func (s *state) cueSpeaker(c int, prev *item, prevSp speakerRef) speakerRef {
	t := &s.toks[c]
	en := isLatin(t.text)
	if t.cue.via != "" {
		if sp, ok := s.via(c, t.cue.via); ok {
			return sp
		}
	}
	switch t.cue.kind {
	case cueAccording:
		if sp, ok := s.after(c+1, 4); ok {
			return sp
		}
		return unknown
	case cueFinite:
		if en {
			if sp, ok := s.before(c, 3); ok {
				return sp
			}
			if c > 0 && enPronouns[s.toks[c-1].norm] {
				break
			}
			if sp, ok := s.after(c+1, 3); ok {
				return sp
			}
			if c > 0 && s.toks[c-1].kind == doc.KindWord && s.toks[c-1].mention < 0 && !fillers[s.toks[c-1].norm] {
				return unknown // "sources said": no entity speaks
			}
			break
		}
		if sp, ok, explicit := s.arSubject(c); ok {
			return sp
		} else if explicit {
			return unknown
		}
		if sp, ok := s.before(c, 3); ok {
			return sp
		}
		if sp, ok := s.sentencePerson(c); ok {
			return sp
		}
	case cueDependent:
		if sp, ok := s.before(c, 3); ok {
			return sp
		}
		if prev != nil && s.toks[prev.a].sent == t.sent && s.toks[prev.a].para == t.para && prevSp.ent >= 0 {
			return prevSp
		}
		if sp, ok := s.sentencePerson(c); ok {
			return sp
		}
	}
	// A pronoun subject or none: continue the previous speaker.
	if prev != nil && s.toks[prev.a].para == t.para && prevSp.ent >= 0 {
		return prevSp
	}
	if en {
		if prev != nil && s.toks[prev.a].para >= t.para-1 && prevSp.ent >= 0 {
			return prevSp
		}
		if sp, ok := s.subjectBefore(c); ok {
			return sp
		}
	}
	if !en && prev != nil && s.toks[prev.a].para == t.para-1 && prevSp.ent >= 0 && s.goesOn(c, prevSp) {
		// «وقال» opening a paragraph after one that quoted X goes on
		// with X, not with a person X named
		return prevSp
	}
	if sp, ok := s.paraPerson(c); ok {
		return sp
	}
	if prev != nil && s.toks[prev.a].para >= t.para-1 && prevSp.ent >= 0 {
		return prevSp
	}
	return unknown
}

// goesOn reports whether the Arabic cue at c, with no subject of its own,
// continues the previous paragraph's speaker sp: it opens its paragraph
// with و (وقال، وأضاف), the words of what is said follow it (إن، أن، a
// colon or a quotation mark; not «ويرى مراقبون أن»), sp is a person (no
// place or outlet), and the verb is not feminine (وقالت), since a person's
// gender is not known.
func (s *state) goesOn(c int, sp speakerRef) bool {
	t := &s.toks[c]
	if !strings.HasPrefix(t.norm, "و") || s.paraStart(c) != c || s.ents[sp.ent].Type != "PER" || strings.HasSuffix(t.norm, "ت") {
		return false
	}
	if c+1 >= len(s.toks) || s.toks[c+1].para != t.para {
		return false
	}
	switch n := s.toks[c+1]; {
	case arComps[n.norm], n.text == ":", n.text == "«", n.text == "\"", n.text == "“":
		return true
	}
	return false
}

// via finds the source of a reporting verb: the mention after the
// preposition prep (عن), within a few tokens on either side of the verb.
func (s *state) via(c int, prep string) (speakerRef, bool) {
	for k := max(0, c-4); k < len(s.toks) && k <= c+4; k++ {
		n := strings.TrimPrefix(s.toks[k].norm, "و")
		if n == prep && s.toks[k].para == s.toks[c].para {
			if sp, ok := s.after(k+1, 3); ok {
				return sp, true
			}
		}
	}
	return unknown, false
}

// after returns the first mention in tokens [i, i+n), skipping quotation
// marks.
func (s *state) after(i, n int) (speakerRef, bool) {
	for k := i; k < len(s.toks) && k < i+n; k++ {
		if s.toks[k].term || s.toks[k].text == "," || s.toks[k].text == "،" {
			break
		}
		if s.toks[k].mention >= 0 && !s.quoteLikeAt(k) {
			return s.ref(s.toks[k].mention), true
		}
	}
	return unknown, false
}

// before returns a mention that ends at most n filler-free tokens before c.
func (s *state) before(c, n int) (speakerRef, bool) {
	for k := c - 1; k >= 0 && k >= c-n; k-- {
		t := &s.toks[k]
		if t.term || t.para != s.toks[c].para || t.mark >= 0 {
			break
		}
		if s.usable(k) {
			return s.ref(t.mention), true
		}
		if t.kind != doc.KindWord { // punctuation between: not the subject
			break
		}
	}
	return unknown, false
}

// arSubject looks for the subject after an Arabic finite verb, up to its
// complementiser, colon or quotation. explicit says that a noun stands
// there that names no entity.
func (s *state) arSubject(c int) (sp speakerRef, ok, explicit bool) {
	for k := c + 1; k < len(s.toks) && k < c+16; k++ {
		t := &s.toks[k]
		if t.term || t.para != s.toks[c].para || t.text == ":" || arComps[t.norm] || (t.cue.kind != cueNone) {
			break
		}
		if t.mark >= 0 {
			q := &s.passages[t.mark]
			if q.quoteLike {
				break
			}
		}
		if t.mention >= 0 && !s.quoteLikeAt(k) {
			return s.personFor(t.mention), true, false
		}
		if k == c+1 && t.kind == doc.KindWord && (strings.HasPrefix(t.norm, "ال") || strings.HasPrefix(t.norm, "وال")) && !fillers[t.norm] {
			explicit = true
		}
	}
	return unknown, false, explicit
}

// sentencePerson returns the nearest usable mention before c in its
// sentence, a person first.
func (s *state) sentencePerson(c int) (speakerRef, bool) {
	return s.nearest(c, s.sentStart(c))
}

// paraPerson returns the nearest usable mention before c in its paragraph
// or the paragraph before, a person first.
func (s *state) paraPerson(c int) (speakerRef, bool) {
	lo := s.paraStart(c)
	if p := s.toks[c].para; p > 0 {
		lo = s.paraStart(lo - 1)
		if lo < 0 {
			lo = 0
		}
	}
	return s.nearest(c, lo)
}

func (s *state) nearest(c, lo int) (speakerRef, bool) {
	best := -1
	for k := c - 1; k >= lo; k-- {
		if !s.usable(k) {
			continue
		}
		m := s.toks[k].mention
		typ := s.ents[s.mentions[m].ent].Type
		if typ == "PER" {
			return s.ref(m), true
		}
		if best < 0 && typ == "ORG" {
			best = m
		}
	}
	if best >= 0 {
		return s.ref(best), true
	}
	return unknown, false
}

// nestedSpeaker resolves the speaker of a nested quotation from its cue
// inside the outer quotation; mentions inside the outer quotation count.
func (s *state) nestedSpeaker(it *item) speakerRef {
	c := it.cue
	p := &s.passages[it.pass]
	lo, hi := s.passages[p.parent].a, s.passages[p.parent].b
	if c+1 < hi {
		for k := c + 1; k < hi && k < c+6; k++ {
			if s.toks[k].mark >= 0 || s.toks[k].term {
				break
			}
			if s.toks[k].mention >= 0 {
				return s.ref(s.toks[k].mention)
			}
		}
	}
	for k := c - 1; k >= lo && k >= c-3; k-- {
		if s.toks[k].mention >= 0 {
			return s.ref(s.toks[k].mention)
		}
	}
	return unknown
}

// subjectBefore returns the nearest mention before c, in its paragraph or
// the one before, that opens its sentence: the likely antecedent of an
// English subject pronoun.
func (s *state) subjectBefore(c int) (speakerRef, bool) {
	lo := s.paraStart(c)
	if s.toks[c].para > 0 {
		lo = s.paraStart(lo - 1)
	}
	for k := c - 1; k >= lo; k-- {
		if !s.usable(k) {
			continue
		}
		m := s.mentions[s.toks[k].mention]
		st := s.sentStart(k)
		if m.a == st || m.a == st+1 && s.toks[st].kind == doc.KindWord {
			return s.ref(s.toks[k].mention), true
		}
	}
	return unknown, false
}

// personFor returns the speaker for the subject mention m: a body named
// right before a person names the person's office, and the person speaks
// («المتحدث باسم الخارجية ماريا زاخاروفا»); otherwise m.
func (s *state) personFor(m int) speakerRef {
	mm := s.mentions[m]
	if s.ents[mm.ent].Type == "PER" {
		return s.ref(m)
	}
	for k := mm.b; k < len(s.toks) && k <= mm.b+2; k++ {
		t := &s.toks[k]
		if t.term || t.kind != doc.KindWord || arComps[t.norm] || t.cue.kind != cueNone {
			break
		}
		if t.mention >= 0 && t.mention != m && s.ents[s.mentions[t.mention].ent].Type == "PER" && !s.quoteLikeAt(k) {
			return s.ref(t.mention)
		}
	}
	return s.ref(m)
}
