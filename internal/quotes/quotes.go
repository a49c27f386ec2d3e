// Package quotes finds quotations in a document and who said them: direct
// quotations between quotation marks or after a colon, indirect ones after
// a speech verb and a complementiser (أنّ، إنّ، that), with the cue that
// introduced them and the speaker resolved through the article's entities.
// Arabic comes first; English follows the same rules with its own lexicon.
//
// The rules follow ../shared/eval/GUIDELINES.md (Quotations). In short:
//
//   - A quoted passage is a pair of marks « » “ ” or " " in one paragraph.
//     An ASCII " opens when it touches the word after it and not the one
//     before (or follows a one-letter clitic: و"تصالحية"), closes when it
//     touches the word before it, and otherwise closes an open passage or
//     opens one. A passage left open at the end of its paragraph ends there.
//   - A passage is governed by a cue: tightly before it (only the subject,
//     a complementiser, a comma or colon and a few filler words between:
//     «قال بوتين: "…"»، «وننقل عن "كوميرسانت" ما قاله بوتين "…"»), tightly
//     after it («"…"، قال بوتين»، «"…," he said»), or, for a passage that is
//     not short, anywhere before it in the same sentence.
//     A passage that opens a paragraph after one ending in «cue:» takes that
//     cue; a passage with no cue before it may take a post-posed cue later
//     in its sentence ("“…” for criminal behavior, she said.").
//   - Scare quotes are not quotations: a passage of at most four words with
//     no punctuation inside and no tight cue («منصة للتواصل»، "آزال"),
//     unless it reads as a clause (it opens with إن، لقد، نحن، we … or
//     closes its sentence after a comma). Even with a tight cue, a short
//     passage is a term when every word is an entity mention, when a
//     preposition stands before it (عن "كوميرسانت"), or when its clause
//     goes on after it («يرون أن «داعش» ليس …»).
//   - A passage that is not short and has no cue continues the previous
//     quotation of its paragraph (or of the paragraph before, when it opens
//     its paragraph), with the same speaker; otherwise it is dropped.
//   - An indirect quotation is the clause after a cue's complementiser, up
//     to the end of the sentence or the next cue. It starts after the
//     complementiser and its pronoun (أنه → what follows). When the clause
//     holds a quoted passage that is not a scare quote, only that passage is
//     a (direct) quotation. A colon after a cue with no mark after it makes
//     the rest of the paragraph a direct quotation, and a paragraph that
//     opens with a mention and a colon (a transcript: "PENCE: …") is that
//     entity's direct quotation. English also has "X said he …" (no
//     "that"), "CLAUSE, X said." and "CLAUSE, according to X." (Arabic
//     بحسب، وفقاً لـ، طبقاً لـ); «يذكر أن» and «يشار إلى أن» open
//     background, not speech.
//   - Overlapping quotations at one level keep the longest.
//   - Passages inside a quotation are nested quotations when a cue inside
//     the outer quotation governs them; they are marked Nested.
//   - The speaker is the entity that is the subject of the cue (see
//     speaker.go); a pronoun or no cue takes the previous speaker.
package quotes

import (
	"slices"
	"sync"

	"github.com/marsad/marsad/internal/doc"
)

// Entity is an entity linked in the article, with the byte offsets of its
// mentions in the document's text.
type Entity struct {
	ID, Name string
	// Type is PER, ORG, GPE or LOC.
	Type string
	// Mentions are byte offsets [start, end) into the text.
	Mentions [][2]int
}

// Quote is one quotation.
type Quote struct {
	// SpeakerID and SpeakerName name the speaking entity; "" when unknown.
	SpeakerID, SpeakerName string
	// SpeakerStart and SpeakerEnd are the byte offsets of the mention the
	// speaker was resolved from (for a continuation, the mention of the
	// quotation it continues); -1 when there is none.
	SpeakerStart, SpeakerEnd int
	// Text is the quoted text, without quotation marks.
	Text string
	// Start and End are the byte offsets of Text in the document.
	Start, End int
	// Cue is the cue as written («قال»، «استطرد قائلاً», "said"); "" for a
	// continuation with no cue of its own.
	Cue string
	// CueStart and CueEnd are the byte offsets of Cue; -1 when Cue is "".
	CueStart, CueEnd int
	// Kind is "direct" or "indirect".
	Kind string
	// Nested is true for a quotation inside another quotation.
	Nested bool
}

// Kinds of quotation.
const (
	Direct   = "direct"
	Indirect = "indirect"
)

// Finder finds quotations. Its lexicon is built once by NewFinder; a
// Finder is read-only afterwards and safe for concurrent use.
type Finder struct {
	lex lexicon
}

// NewFinder returns a Finder with marsad's Arabic and English cue lexicon.
func NewFinder() *Finder { return &Finder{lex: buildLexicon()} }

var defaultFinder = sync.OnceValue(NewFinder)

// Find finds the quotations of d with the default Finder. d must have been
// through the tokenizer and the sentence splitter; ents are the article's
// linked entities.
func Find(d *doc.Doc, ents []Entity) []Quote { return defaultFinder().Find(d, ents) }

// Find returns the quotations of d in text order.
func (f *Finder) Find(d *doc.Doc, ents []Entity) []Quote {
	if len(d.Tokens) == 0 {
		return nil
	}
	s := newState(f, d, ents)
	s.pairMarks()
	s.classify()
	s.collect()
	return s.resolve()
}

// tok is what the rules know about one surface token.
type tok struct {
	start, end int
	text, norm string
	kind       doc.TokenKind
	para, sent int
	cue        cue
	mention    int  // index into state.mentions, or -1
	term       bool // ends a sentence: . ! ? ؟ ؛
	pass       int  // innermost passage whose content holds the token, or -1
	mark       int  // passage whose opening or closing mark this is, or -1
}

// mention is an entity mention in tokens [a, b).
type mention struct{ ent, a, b, start, end int }

// passage is a stretch between quotation marks: content tokens [a, b).
type passage struct {
	open, close int // mark tokens; close is -1 when the paragraph ended it
	a, b        int
	depth       int
	parent      int
	words       int
	short       bool
	quoteLike   bool // not a scare quote: its words are somebody's
	cue         int  // governing cue token, or -1
}

// item is a quotation before its speaker is resolved.
type item struct {
	a, b   int // content tokens [a, b)
	kind   string
	cue    int // cue token, or -1 for a continuation
	nested bool
	pass   int // passage, or -1
	label  int // mention of a transcript's speaker label, or -1
}

type state struct {
	f        *Finder
	d        *doc.Doc
	ents     []Entity
	toks     []tok
	mentions []mention
	passages []passage
	items    []item
	paraEnd  []int // per paragraph: token index after its last token
}

func newState(f *Finder, d *doc.Doc, ents []Entity) *state {
	s := &state{f: f, d: d, ents: ents}
	s.toks = make([]tok, len(d.Tokens))
	sent := 0
	para := 0
	for i, t := range d.Tokens {
		for sent+1 < len(d.Sentences) && d.Sentences[sent].EndToken <= i {
			sent++
		}
		if i > 0 && hasBreak(d.Text[d.Tokens[i-1].End:t.Start]) {
			s.paraEnd = append(s.paraEnd, i)
			para++
		}
		n := t.Text
		if t.Kind == doc.KindWord {
			n = norm(t.Text)
		}
		x := tok{start: t.Start, end: t.End, text: t.Text, norm: n, kind: t.Kind, para: para, sent: sent, mention: -1, pass: -1, mark: -1}
		if t.Kind == doc.KindWord {
			x.cue = f.lex[n]
		}
		if t.Kind == doc.KindPunct {
			switch t.Text {
			case ".", "!", "?", "؟", "؛", "۔":
				x.term = true
			}
		}
		s.toks[i] = x
	}
	s.paraEnd = append(s.paraEnd, len(s.toks))
	s.indexMentions()
	return s
}

// hasBreak reports whether the gap between two tokens holds a line break.
func hasBreak(gap string) bool {
	for i := 0; i < len(gap); i++ {
		if gap[i] == '\n' || gap[i] == '\r' {
			return true
		}
	}
	return len(gap) >= 3 && containsRune(gap, '\u2029')
}

func containsRune(s string, r rune) bool {
	for _, c := range s {
		if c == r {
			return true
		}
	}
	return false
}

// indexMentions maps every entity mention to the tokens it overlaps.
func (s *state) indexMentions() {
	for ei, e := range s.ents {
		for _, m := range e.Mentions {
			st, en := m[0], m[1]
			if st < 0 || en <= st || en > len(s.d.Text) {
				continue
			}
			a, _ := slices.BinarySearchFunc(s.toks, st, func(t tok, off int) int {
				if t.end <= off {
					return -1
				}
				return 1
			})
			b := a
			for b < len(s.toks) && s.toks[b].start < en {
				b++
			}
			if b == a {
				continue
			}
			s.mentions = append(s.mentions, mention{ent: ei, a: a, b: b, start: st, end: en})
		}
	}
	slices.SortFunc(s.mentions, func(x, y mention) int {
		if x.a != y.a {
			return x.a - y.a
		}
		return (y.b - y.a) - (x.b - x.a) // longer first
	})
	for mi, m := range s.mentions {
		for i := m.a; i < m.b; i++ {
			if s.toks[i].mention < 0 {
				s.toks[i].mention = mi
			}
		}
	}
}

// isWordy reports whether a token is a word or a number.
func (t *tok) isWordy() bool { return t.kind == doc.KindWord || t.kind == doc.KindNumber }

// markType returns the quotation mark a token is, or 0.
func markType(t *tok) rune {
	if t.kind != doc.KindPunct {
		return 0
	}
	switch t.text {
	case "«", "»", "“", "”", "„", "\"":
		r := []rune(t.text)
		return r[0]
	}
	return 0
}

// pairMarks pairs the quotation marks of each paragraph into passages.
func (s *state) pairMarks() {
	type open struct {
		i    int
		mark rune
	}
	var stack []open
	para := 0
	flush := func(end int) {
		// A passage left open ends with its paragraph; marks opened inside
		// it are dropped.
		if len(stack) > 0 {
			s.addPassage(stack[0].i, -1, end, 0)
		}
		stack = stack[:0]
	}
	closeTo := func(i int, want func(rune) bool) bool {
		for k := len(stack) - 1; k >= 0; k-- {
			if want(stack[k].mark) {
				s.addPassage(stack[k].i, i, i, k)
				stack = stack[:k]
				return true
			}
		}
		return false
	}
	for i := range s.toks {
		t := &s.toks[i]
		if t.para != para {
			flush(s.paraEnd[para])
			para = t.para
		}
		m := markType(t)
		switch m {
		case 0:
			continue
		case '«', '„':
			stack = append(stack, open{i, m})
		case '“':
			// “ closes a „ or, as some writers use it, an open “ when it
			// touches the word before it.
			if s.touchLeft(i) && !s.touchRight(i) && closeTo(i, func(r rune) bool { return r == '„' || r == '“' }) {
				continue
			}
			stack = append(stack, open{i, m})
		case '»':
			closeTo(i, func(r rune) bool { return r == '«' })
		case '”':
			closeTo(i, func(r rune) bool { return r == '“' || r == '„' })
		case '"':
			l, r := s.touchLeft(i), s.touchRight(i)
			if i > 0 && l && s.toks[i-1].kind == doc.KindWord && len([]rune(s.toks[i-1].text)) == 1 && r {
				l = false // و"تصالحية": a one-letter clitic before the mark
			}
			if i > 0 && l && markType(&s.toks[i-1]) != 0 && r {
				l = false
			}
			isOpen := func(r rune) bool { return r == '"' }
			hasOpen := slices.ContainsFunc(stack, func(o open) bool { return o.mark == '"' })
			switch {
			case r && !l:
				stack = append(stack, open{i, m})
			case l && !r:
				closeTo(i, isOpen)
			case hasOpen:
				closeTo(i, isOpen)
			default:
				stack = append(stack, open{i, m})
			}
		}
	}
	flush(s.paraEnd[para])
	slices.SortFunc(s.passages, func(x, y passage) int { return x.open - y.open })
	// Depth, parent and the tokens' innermost passage.
	for pi := range s.passages {
		p := &s.passages[pi]
		p.parent = -1
		for qi := pi - 1; qi >= 0; qi-- {
			q := &s.passages[qi]
			if q.a <= p.open && p.b <= q.b {
				p.parent = qi
				p.depth = q.depth + 1
				break
			}
		}
	}
	for pi := range s.passages {
		p := &s.passages[pi]
		s.toks[p.open].mark = pi
		if p.close >= 0 {
			s.toks[p.close].mark = pi
		}
		for i := p.a; i < p.b; i++ {
			s.toks[i].pass = pi // later (inner) passages overwrite
		}
	}
}

func (s *state) addPassage(open, close, end, depth int) {
	if end <= open+1 {
		return
	}
	p := passage{open: open, close: close, a: open + 1, b: end, depth: depth, parent: -1, cue: -1}
	for i := p.a; i < p.b; i++ {
		t := &s.toks[i]
		if t.kind == doc.KindWord {
			p.words++
		}
		if t.kind == doc.KindPunct && markType(t) == 0 {
			switch t.text {
			case "(", ")", "[", "]", "-", "–", "—", "+", "/":
			default:
				p.short = true // reused below as "has punctuation"
			}
		}
	}
	hasPunct := p.short
	p.short = p.words <= 4 && !hasPunct
	if p.words == 0 {
		return
	}
	s.passages = append(s.passages, p)
}

func (s *state) touchLeft(i int) bool {
	return i > 0 && s.toks[i-1].end == s.toks[i].start && s.toks[i-1].para == s.toks[i].para
}

func (s *state) touchRight(i int) bool {
	if i+1 >= len(s.toks) || s.toks[i+1].start != s.toks[i].end {
		return false
	}
	n := &s.toks[i+1]
	return n.isWordy() || n.text == "(" || markType(n) == '«' || markType(n) == '“'
}

// classify finds the cue of every passage and tells quotations from scare
// quotes. Outer passages come first, so that a nested passage knows
// whether it is inside a quotation.
func (s *state) classify() {
	for pi := range s.passages {
		p := &s.passages[pi]
		lo, hi := s.paraStart(p.open), s.paraEnd[s.toks[p.open].para]
		if p.parent >= 0 {
			par := &s.passages[p.parent]
			if !par.quoteLike {
				continue
			}
			lo, hi = par.a, par.b
		}
		if c := s.tightBefore(p, lo); c >= 0 {
			p.cue = c
		} else if c := s.tightAfter(p, hi); c >= 0 && (!p.short || p.close+1 < c && (s.toks[p.close+1].text == "،" || s.toks[p.close+1].text == ",")) {
			p.cue = c // a short passage needs its comma: «"لا"، قال»
		}
		if p.short && s.clauseLike(p) {
			p.short = false
		}
		if p.short && p.cue >= 0 && !s.closesClause(p) {
			p.cue = -1 // a term inside a clause: «يرون أن «داعش» …»
		}
		if (p.cue >= 0 || !p.short) && !s.isName(p) {
			p.quoteLike = true
		}
		if p.cue < 0 && !p.short && p.parent < 0 {
			p.cue = s.looseBefore(p, lo)
			if p.cue < 0 {
				p.cue = s.colonAbove(p)
			}
			if p.cue < 0 {
				p.cue = s.looseAfter(p, hi)
			}
		}
	}
}

// clauseOpeners begin a clause, not a term: a short passage that starts
// with one is somebody's words («فإن مصالحنا تتطابق»، "we will win").
var clauseOpeners = normSet("إن", "أن", "فإن", "وإن", "لقد", "قد", "لن", "لم", "لا", "سوف", "نحن", "أنا", "هذا", "هذه", "إننا", "إنني",
	"i", "we", "you", "it's", "i'm", "we're", "this", "there", "they")

// clauseLike reports whether a short passage reads as a clause: it starts
// with a clause opener, or it closes its sentence right after a comma or
// colon.
func (s *state) clauseLike(p *passage) bool {
	if clauseOpeners[s.toks[p.a].norm] {
		return true
	}
	if p.open == 0 || p.close < 0 {
		return false
	}
	prev := s.toks[p.open-1].text
	if prev != "،" && prev != "," && prev != ":" {
		return false
	}
	n := p.close + 1
	return n >= len(s.toks) || s.toks[n].term || s.toks[n].para != s.toks[p.close].para
}

// closesClause reports whether what follows passage p ends a clause: a
// sentence end, a comma, the paragraph's end or a cue. A short passage a
// clause goes on after is a term in it, even after a cue.
func (s *state) closesClause(p *passage) bool {
	if p.close < 0 {
		return true
	}
	n := p.close + 1
	if n >= len(s.toks) || s.toks[n].para != s.toks[p.close].para {
		return true
	}
	t := &s.toks[n]
	return t.term || t.text == "،" || t.text == "," || t.text == ":" || t.cue.kind != cueNone || t.mention >= 0 || enPronouns[t.norm]
}

// namePreps are prepositions after which a short quoted passage is a name
// or a term (عن "كوميرسانت"، في "دوشنبه"), not somebody's words.
var namePreps = normSet("عن", "وعن", "في", "إلى", "على", "من", "مع", "ب", "ل", "لـ", "of", "by", "from", "in", "on", "at", "to", "with")

// isName reports whether a short passage is a name or a term: every word
// of it is an entity mention, or a preposition stands right before it.
func (s *state) isName(p *passage) bool {
	if !p.short {
		return false
	}
	if p.open > 0 && namePreps[s.toks[p.open-1].norm] {
		return true
	}
	for i := p.a; i < p.b; i++ {
		if s.toks[i].isWordy() && s.toks[i].mention < 0 {
			return false
		}
	}
	return true
}

func (s *state) paraStart(i int) int {
	para := s.toks[i].para
	if para == 0 {
		return 0
	}
	return s.paraEnd[para-1]
}

// quoteLikeAt reports whether token i lies in a quotation-like passage at
// depth 0.
func (s *state) quoteLikeAt(i int) bool {
	pi := s.toks[i].pass
	for pi >= 0 && s.passages[pi].parent >= 0 {
		pi = s.passages[pi].parent
	}
	return pi >= 0 && s.passages[pi].quoteLike
}

// tightBefore returns the cue that stands right before passage p with only
// fillers between, or -1.
func (s *state) tightBefore(p *passage, lo int) int {
	steps := 0
	for i := p.open - 1; i >= lo && steps < 14; i-- {
		t := &s.toks[i]
		if t.mark >= 0 && t.mark != p.parent {
			q := &s.passages[t.mark]
			if q.close != i || !q.short {
				return -1
			}
			i = q.open // a scare quote between: «عن "كوميرسانت" ما قاله»
			steps++
			continue
		}
		if t.cue.kind != cueNone {
			return i
		}
		if !s.filler(i) {
			return -1
		}
		steps++
	}
	return -1
}

// filler reports whether token i may stand between a cue and its quotation.
func (s *state) filler(i int) bool {
	t := &s.toks[i]
	switch t.kind {
	case doc.KindPunct:
		switch t.text {
		case "،", ",", ":", "-", "–", "—":
			return true
		}
		return false
	case doc.KindWord:
		return t.mention >= 0 || fillers[t.norm] || arComps[t.norm] || t.norm == "that"
	}
	return false
}

// tightAfter returns the cue right after passage p («"…"، قال بوتين», «"…,"
// he said»), or -1. A cue that opens its own clause (a complementiser or a
// colon after it) is not taken.
func (s *state) tightAfter(p *passage, hi int) int {
	if p.close < 0 {
		return -1
	}
	i := p.close + 1
	for i < hi && (s.toks[i].text == "،" || s.toks[i].text == ",") {
		i++
	}
	for steps := 0; i < hi && steps < 4; i, steps = i+1, steps+1 {
		t := &s.toks[i]
		if t.cue.kind != cueNone && t.cue.kind != cueAccording {
			for j := i + 1; j < hi && j < i+5; j++ {
				u := &s.toks[j]
				if arComps[u.norm] || u.norm == "that" || u.text == ":" {
					return -1
				}
				if u.mention < 0 {
					break
				}
			}
			return i
		}
		if t.cue.kind == cueAccording && steps == 0 {
			return i
		}
		if t.text == "(" && steps > 0 {
			for i < hi && s.toks[i].text != ")" && !s.toks[i].term {
				i++
			}
			continue
		}
		if t.mention < 0 && !enPronouns[t.norm] {
			return -1
		}
	}
	return -1
}

// looseBefore returns the nearest cue before passage p in its sentence, not
// across another quotation, or -1.
func (s *state) looseBefore(p *passage, lo int) int {
	for i, steps := p.open-1, 0; i >= lo && steps < 40; i, steps = i-1, steps+1 {
		t := &s.toks[i]
		if t.mark >= 0 {
			q := &s.passages[t.mark]
			if q.close != i || q.quoteLike {
				return -1
			}
			i = q.open
			continue
		}
		if t.term {
			return -1
		}
		if t.cue.kind != cueNone && t.cue.kind != cueAccording && !s.quoteLikeAt(i) {
			return i
		}
	}
	return -1
}

// colonAbove returns the cue of a paragraph that ends with a cue and a
// colon («وقال بوتين:» / "He said:") when passage p opens the next one.
func (s *state) colonAbove(p *passage) int {
	st := s.paraStart(p.open)
	if p.open != st || st == 0 || s.toks[st-1].text != ":" {
		return -1
	}
	for k := st - 2; k >= 0 && k >= st-8 && s.toks[k].para == s.toks[st-1].para; k-- {
		if s.toks[k].cue.kind == cueFinite || s.toks[k].cue.kind == cueDependent {
			return k
		}
		if s.toks[k].term {
			break
		}
	}
	return -1
}

// looseAfter returns a cue later in the sentence of passage p that closes
// it as a post-posed attribution ("“…” for criminal behavior, she said."):
// nothing but its subject and adjuncts follow it to the sentence's end.
func (s *state) looseAfter(p *passage, hi int) int {
	if p.close < 0 {
		return -1
	}
	for i := p.close + 1; i < hi && i <= p.close+14; i++ {
		t := &s.toks[i]
		if t.term || t.mark >= 0 {
			return -1
		}
		if t.cue.kind != cueFinite {
			continue
		}
		for j := i + 1; j < hi; j++ {
			u := &s.toks[j]
			if u.term {
				return i
			}
			if u.mark >= 0 || u.text == ":" || u.text == "," || u.text == "،" || arComps[u.norm] || u.norm == "that" || u.cue.kind != cueNone || j > i+6 {
				return -1
			}
		}
		return i
	}
	return -1
}

// collect turns passages and cues into items.
func (s *state) collect() {
	for pi := range s.passages {
		p := &s.passages[pi]
		if !p.quoteLike {
			continue
		}
		if p.parent >= 0 {
			if p.cue >= 0 {
				s.items = append(s.items, item{a: p.a, b: p.b, kind: Direct, cue: p.cue, nested: true, pass: pi, label: -1})
			}
			continue
		}
		s.items = append(s.items, item{a: p.a, b: p.b, kind: Direct, cue: p.cue, pass: pi, label: -1})
	}
	for i := range s.toks {
		t := &s.toks[i]
		if t.cue.kind == cueNone || s.toks[i].pass >= 0 && s.quoteLikeAt(i) {
			continue
		}
		if t.cue.kind == cueAccording {
			s.according(i)
			continue
		}
		if impersonal[t.norm] {
			continue
		}
		s.reported(i)
	}
	s.labels()
	slices.SortStableFunc(s.items, func(x, y item) int { return x.a - y.a })
	s.dedupe()
}

// dedupe drops a quotation that overlaps a longer one at the same level:
// an indirect clause inside a post-posed attribution, a passage inside a
// colon quotation.
func (s *state) dedupe() {
	out := s.items[:0]
	for i, it := range s.items {
		drop := false
		for j, o := range s.items {
			if i == j || it.nested != o.nested || it.b <= o.a || o.b <= it.a {
				continue
			}
			li, lo := it.b-it.a, o.b-o.a
			if li < lo || li == lo && i > j {
				drop = true
				break
			}
		}
		if !drop {
			out = append(out, it)
		}
	}
	s.items = out
}

// labels finds transcripts: a paragraph that opens with a mention and a
// colon («بوتين: …», "PENCE: …") is a direct quotation of that entity.
func (s *state) labels() {
	for para, end := range s.paraEnd {
		st := 0
		if para > 0 {
			st = s.paraEnd[para-1]
		}
		if st >= end || s.toks[st].mention < 0 {
			continue
		}
		m := s.mentions[s.toks[st].mention]
		if m.b+1 >= end || s.toks[m.b].text != ":" || s.toks[m.b+1].mark >= 0 {
			continue
		}
		s.items = append(s.items, item{a: m.b + 1, b: end, kind: Direct, cue: -1, pass: -1, label: s.toks[st].mention})
	}
}

// reported looks for the clause of the cue at c: after a complementiser
// (indirect) or a colon with no quotation mark after it (direct).
func (s *state) reported(c int) {
	hi := s.paraEnd[s.toks[c].para]
	en := s.toks[c].kind == doc.KindWord && isLatin(s.toks[c].text)
	if en && s.toks[c].cue.kind == cueFinite && s.enPostposed(c) {
		return
	}
	for j, steps := c+1, 0; j < hi && steps < 20; j, steps = j+1, steps+1 {
		t := &s.toks[j]
		if t.mark >= 0 {
			q := &s.passages[t.mark]
			if q.open == j && !q.quoteLike {
				j = q.b
				if q.close >= 0 {
					j = q.close
				}
				continue
			}
			return // a quotation follows: the passage rule governs it
		}
		if t.term || (t.cue.kind != cueNone && j > c+1) {
			return
		}
		if t.text == ":" {
			if j+1 < hi && s.toks[j+1].mark >= 0 {
				return
			}
			s.clause(j+1, hi, c, Direct, true)
			return
		}
		if arComps[t.norm] && !notComp[s.toks[j-1].norm] {
			s.clause(j+1, hi, c, Indirect, false)
			return
		}
		if en && t.norm == "that" {
			s.clause(j+1, hi, c, Indirect, false)
			return
		}
		if en && j == c+1 && s.toks[c].cue.kind == cueFinite && s.enZeroThat(c, j) {
			s.clause(j, hi, c, Indirect, false)
			return
		}
		if en && steps >= 6 {
			return
		}
	}
}

// enZeroThat reports whether the English cue at c takes a clause with no
// "that" starting at j: "Trump said he would …". The cue needs a subject
// before it and a word after it that starts no adjunct.
func (s *state) enZeroThat(c, j int) bool {
	if s.toks[c].norm == "told" || s.toks[c].norm == "asked" || s.toks[c].norm == "tell" || s.toks[c].norm == "ask" {
		return false
	}
	t := &s.toks[j]
	if t.kind != doc.KindWord || enNotClause[t.norm] {
		return false
	}
	if c == 0 {
		return false
	}
	b := &s.toks[c-1]
	if b.mention < 0 && !enPronouns[b.norm] {
		return false
	}
	// "said Trump." is the speaker, not a clause.
	if t.mention >= 0 {
		m := s.mentions[t.mention]
		if m.b < len(s.toks) && (s.toks[m.b].term || s.toks[m.b].text == ",") {
			return false
		}
	}
	return true
}

// enPostposed handles "CLAUSE, X said." and "CLAUSE, said X.": the clause
// before the attribution is an indirect quotation.
func (s *state) enPostposed(c int) bool {
	// The attribution runs to the end of the sentence in a few words.
	end := c + 1
	for end < len(s.toks) && !s.toks[end].term && s.toks[end].para == s.toks[c].para && end-c < 8 {
		if s.toks[end].mark >= 0 || s.toks[end].text == "," || s.toks[end].norm == "that" {
			return false
		}
		end++
	}
	if end >= len(s.toks) || !s.toks[end].term && s.toks[end].para == s.toks[c].para {
		return false
	}
	// Before the cue: ", X" or ",".
	k := c - 1
	for k >= 0 && s.toks[k].kind == doc.KindWord && s.toks[k].cue.kind == cueNone && c-k < 6 {
		k--
	}
	if k < 0 || s.toks[k].text != "," {
		return false
	}
	st := s.sentStart(k)
	if k-st < 3 {
		return false
	}
	for i := st; i < k; i++ {
		if s.toks[i].mark >= 0 {
			return false
		}
	}
	s.items = append(s.items, item{a: st, b: k, kind: Indirect, cue: c, pass: -1, label: -1})
	return true
}

// sentStart returns the first token of the sentence of token i, within its
// paragraph.
func (s *state) sentStart(i int) int {
	st := s.d.Sentences[s.toks[i].sent].FirstToken
	if ps := s.paraStart(i); ps > st {
		st = ps
	}
	return st
}

// clause adds the reported clause that starts at token a: up to the end of
// the sentence (or of the paragraph, after a colon), or the next cue. A
// clause that holds a quotation is left to it.
func (s *state) clause(a, hi, c int, kind string, colon bool) {
	if a >= hi {
		return
	}
	b := a
	for ; b < hi; b++ {
		t := &s.toks[b]
		if t.mark >= 0 {
			q := &s.passages[t.mark]
			if q.quoteLike {
				return
			}
			if q.open == b {
				b = q.b
				if q.close < 0 {
					break
				}
				b = q.close
			}
			continue
		}
		if t.term && !colon {
			break
		}
		if t.cue.kind != cueNone && b > a {
			break
		}
	}
	if b < hi && s.toks[b].cue.kind != cueNone && isLatin(s.toks[b].text) {
		// "…, the source added.": the attribution's subject is not content.
		for k := b - 1; k > a && b-k <= 5; k-- {
			if s.toks[k].text == "," {
				b = k
				break
			}
			if s.toks[k].kind != doc.KindWord {
				break
			}
		}
	}
	for b > a && s.toks[b-1].kind == doc.KindPunct && markType(&s.toks[b-1]) == 0 && s.toks[b-1].text != ")" {
		b--
	}
	for b > a && (s.toks[b-1].norm == "و" || s.toks[b-1].norm == "and") {
		b--
	}
	words := 0
	for i := a; i < b; i++ {
		if s.toks[i].isWordy() {
			words++
		}
	}
	if words < 2 {
		return
	}
	s.items = append(s.items, item{a: a, b: b, kind: kind, cue: c, pass: -1, label: -1})
}

// according handles بحسب X، وفقاً لـX، according to X: the clause beside
// the attribution, before it when it closes a sentence, after it when it
// opens one.
func (s *state) according(c int) {
	t := &s.toks[c]
	if t.norm == "according" && (c+1 >= len(s.toks) || s.toks[c+1].norm != "to") {
		return
	}
	st := s.sentStart(c)
	// Sentence-initial: "According to X, CLAUSE." / "بحسب X، CLAUSE".
	if c == st || c == st+1 && s.toks[st].kind == doc.KindWord && (s.toks[st].norm == "و" || s.toks[st].norm == "and") {
		for j := c + 1; j < len(s.toks) && j < c+10 && s.toks[j].para == t.para && !s.toks[j].term; j++ {
			if s.toks[j].text == "," || s.toks[j].text == "،" {
				s.clause(j+1, s.paraEnd[t.para], c, Indirect, false)
				return
			}
		}
		return
	}
	// Sentence-final: "CLAUSE, according to X."
	k := c - 1
	if k < st || (s.toks[k].text != "," && s.toks[k].text != "،") || k-st < 3 {
		return
	}
	for i := st; i < k; i++ {
		if s.toks[i].mark >= 0 || s.toks[i].cue.kind != cueNone {
			return
		}
	}
	s.items = append(s.items, item{a: st, b: k, kind: Indirect, cue: c, pass: -1, label: -1})
}

func isLatin(s string) bool {
	return s != "" && s[0] < 0x80
}

// IsCue reports whether word is a cue form in f's lexicon (قالت، said).
func (f *Finder) IsCue(word string) bool { return f.lex[norm(word)].kind != cueNone }
