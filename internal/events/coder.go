package events

import (
	"maps"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/marsad/marsad/internal/doc"
	lex "github.com/marsad/marsad/internal/lexicon"
	"github.com/marsad/marsad/internal/link"
)

// DateSpan is a date expression of the text: byte offsets into the
// document's text and its resolved value (ISO 8601 with its precision,
// "2024-12", "2025-10-09").
type DateSpan struct {
	Start, End int
	Value      string
}

// Coder codes the events of a document. Build it once with NewCoder; it is
// safe for concurrent use, as Code keeps all its state on the stack.
type Coder struct {
	lx *lexicon
	// Demonym, when set, names the country of a nationality adjective
	// ("Hungarian", "South Korean"): its entity id and name, ok false for
	// a word that is none. The English rules use it for actors named by
	// nationality ("Russian forces", "the Israeli government"): a demonym
	// before a head noun of enDemonymHeads becomes a GPE mention of that
	// country. Nil leaves such phrases alone.
	Demonym func(word string) (id, name string, ok bool)
}

// NewCoder returns a coder with the embedded Arabic and English lexicons.
// The lexicons are part of the binary and checked by the tests, so a parse
// error is a bug and NewCoder panics on it.
func NewCoder() *Coder {
	lx, err := parseLexicons(lexiconAr, lexiconEn, lexiconEnCameo)
	if err != nil {
		panic(err)
	}
	return &Coder{lx: lx}
}

// ArabicVerb reports whether the Arabic word w, as written, reads as a
// verb of the event lexicon (دعا، أكد، يزور): the analysis uses it to
// keep verbs out of the names it finds by their place.
func (c *Coder) ArabicVerb(w string) bool {
	a, ok := c.lx.analyzeAr(arNorm(w), false)
	return ok && a.kind != kindNoun
}

// LexiconSize returns the number of lexicon entries per PLOVER category;
// English entries are counted under "en:TYPE".
func (c *Coder) LexiconSize() map[string]int {
	m := make(map[string]int, len(c.lx.size))
	for k, v := range c.lx.size {
		m[k] = v
	}
	return m
}

// mention is one entity mention (or the referent pair of a dual noun such
// as الرئيسان) as the argument rules see it.
type mention struct {
	ents       []int // indexes into the entities; two for a dual noun
	start, end int   // byte offsets
	tokA, tokB int   // tokens [tokA, tokB)
	// prep is the normalised preposition before the mention ("" when bare):
	// a proclitic (ب ل ك) or a preposition word (مع إلى في …); "يا" for a
	// vocative.
	prep  string
	coord bool // joined to the mention before by و / and
	// prepShared: prep is the one of the mention this one is joined to
	// (في الرياض [والقاهرة]), not written before it
	prepShared bool
	quote      int // quotation region, -1 outside
	// titleA is the first token of the title phrase before an Arabic
	// person's name (رئيس حزب … سمير جعجع), tokA when none; inTitle marks
	// a name inside such a phrase (جمهورية الشيشان), which is no argument.
	titleA  int
	inTitle bool
}

// state is the working state of one Code call.
type state struct {
	// objEnd is where the object phrase pickEntry last matched for a
	// participle ends (see trigger.objEnd), 0 when none.
	objEnd int
	c      *Coder
	d      *doc.Doc
	ents   []Entity
	dates  []DateSpan
	en     bool
	norms  []string
	ments  []mention
	tokM   []int // token → index of the mention starting or covering it, -1
	quote  []int // token → quotation region, -1 outside
	qSpk   []int // quotation region → speaker entity, -1 unknown
	// reported is the quotation finder's reported speech (CodeReported)
	reported []ReportedSpan
	events   []Event
	// partner[e] is the entity that e last had an event with.
	partner map[int]int
	// lastPair are the actor and recipient of the latest event that has
	// both, for «الجانبان», coded in sentence pairSen.
	lastPair []int
	pairSen  int
	// lastActors are the actors of the latest coded event, for pro-drop.
	lastActors []int
	lastActSen int
	// lastGender is the gender the verb of lastActors showed ('m', 'f',
	// 0 unknown); prevGender that of the latest actors of the sentence,
	// and actGender that of the actors code found last.
	lastGender, prevGender, actGender byte
	dropGender                        byte   // set by proDrop
	prevNoun                          bool   // the sentence's latest coded trigger is a verbal noun
	namePhrase                        []bool // tokens of the titles and offices of people (inPhraseOfName)
	// lastRecips are the recipients of the latest event of each type
	// that had one, for «برقية مماثلة» (a like cable)
	lastRecips map[string][]int
	agentTok   int    // set by deathAgent
	used       []bool // tokens consumed as the object phrase of a trigger
	// eventWord memoises isEventWord by token: 0 not yet known, 1 yes, 2 no
	eventWord []uint8
	// arMemo memoises the lexicon's reading of each Arabic token
	// (analyzeAr, not noun-only); arDone marks the tokens read
	arMemo []analysis
	arOK   []bool
	arDone []bool
}

// Code returns the events of d in text order, negated ones included and
// flagged. ents are the document's entities with byte-offset mentions;
// dates (optional) are its date expressions. d must have been through the
// tokenizer and the sentence splitter. Mentions outside the text are ignored.
func (c *Coder) Code(d *doc.Doc, ents []Entity, dates []DateSpan) []Event {
	return c.CodeReported(d, ents, dates, nil)
}

// CodeReported is Code with the reported speech the quotation finder
// found (with or without quotation marks: وأضاف: إنني أخاطب …، وأدعو
// إلى): a verb in the first person there is its speaker's act.
func (c *Coder) CodeReported(d *doc.Doc, ents []Entity, dates []DateSpan, reported []ReportedSpan) []Event {
	if d == nil || len(d.Tokens) == 0 {
		return nil
	}
	s := &state{c: c, d: d, ents: ents, dates: dates, reported: reported, partner: map[int]int{}, lastActSen: -10}
	s.en = d.Lang == "en" || (d.Lang == "" && !hasArabic(d.Text))
	s.prepare()
	sents := d.Sentences
	if len(sents) == 0 {
		sents = []doc.Sentence{{Start: d.Tokens[0].Start, End: d.Tokens[len(d.Tokens)-1].End, FirstToken: 0, EndToken: len(d.Tokens)}}
	}
	for si, sen := range sents {
		if sen.FirstToken < 0 || sen.EndToken > len(d.Tokens) || sen.FirstToken >= sen.EndToken {
			continue
		}
		s.sentence(si, sen)
	}
	slices.SortStableFunc(s.events, func(a, b Event) int { return a.TriggerStart - b.TriggerStart })
	return s.events
}

// ReportedSpan is a passage of reported speech and the ID of the entity
// that speaks it (byte offsets).
type ReportedSpan struct {
	Start, End int
	SpeakerID  string
}

// reportedSpeaker returns the entity that speaks the reported passage
// holding token t, -1 when none does.
func (s *state) reportedSpeaker(t int) int {
	at := s.d.Tokens[t].Start
	for _, r := range s.reported {
		if r.Start <= at && at < r.End && r.SpeakerID != "" {
			for i, e := range s.ents {
				if e.ID == r.SpeakerID {
					return i
				}
			}
		}
	}
	return -1
}

func hasArabic(t string) bool {
	for _, r := range t {
		if r >= 0x0600 && r <= 0x06FF {
			return true
		}
	}
	return false
}

var quoteOpen = map[string]string{"«": "»", "“": "”", "\"": "\"", "„": "“"}

// prepare normalises the tokens, places the mentions on them and finds the
// quotation regions and their speakers.
func (s *state) prepare() {
	toks := s.d.Tokens
	s.norms = make([]string, len(toks))
	for i, t := range toks {
		if s.en {
			s.norms[i] = strings.ToLower(t.Text)
		} else {
			s.norms[i] = arNorm(t.Text)
		}
	}
	s.used = make([]bool, len(toks))
	s.eventWord = make([]uint8, len(toks))
	s.arMemo = make([]analysis, len(toks))
	s.arOK = make([]bool, len(toks))
	s.arDone = make([]bool, len(toks))
	// quotation regions: «» “” pair up, " toggles; a paragraph break ends all
	s.quote = make([]int, len(toks))
	q, closer := -1, ""
	nq := 0
	var qStart []int
	// a straight quote still open when its paragraph ends was a stray
	// one (an odd count: "التجسس و"جمع معلومات" و"الدعاية"): what follows
	// it is no quotation
	unclosed := func(end int) {
		if q >= 0 && closer == `"` {
			for k := qStart[q]; k < end; k++ {
				s.quote[k] = -1
			}
		}
	}
	for i, t := range toks {
		if i > 0 && strings.Contains(s.d.Text[toks[i-1].End:t.Start], "\n") {
			unclosed(i)
			q, closer = -1, ""
		}
		if t.Kind == doc.KindPunct || t.Kind == doc.KindSymbol {
			if q >= 0 && t.Text == closer {
				s.quote[i] = q
				q, closer = -1, ""
				continue
			}
			if cl, ok := quoteOpen[t.Text]; ok && q < 0 {
				q, closer = nq, cl
				nq++
				qStart = append(qStart, i)
			}
		}
		s.quote[i] = q
	}
	unclosed(len(toks))
	s.dropScareQuotes(qStart)
	if s.en && s.c.Demonym != nil {
		s.addDemonyms()
	}
	if !s.en && s.c.Demonym != nil {
		s.addArAgents()
	}
	if s.en {
		s.addPlaceNames()
	}
	// mentions
	for ei, e := range s.ents {
		for _, m := range e.Mentions {
			if m[0] < 0 || m[1] > len(s.d.Text) || m[0] >= m[1] {
				continue
			}
			a := s.tokenAt(m[0])
			b := s.tokenAt(m[1]-1) + 1
			if a < 0 || b <= a {
				continue
			}
			s.ments = append(s.ments, mention{ents: []int{ei}, start: m[0], end: m[1], tokA: a, tokB: b, quote: s.quote[a]})
		}
	}
	slices.SortFunc(s.ments, func(a, b mention) int {
		if a.start != b.start {
			return a.start - b.start
		}
		return b.end - a.end
	})
	// drop nested or overlapping mentions (keep the first, longest)
	out := s.ments[:0]
	lastEnd := -1
	for _, m := range s.ments {
		if m.start < lastEnd {
			continue
		}
		out = append(out, m)
		lastEnd = m.end
	}
	s.ments = out
	// dual nouns (الرئيسان) become a mention of the two latest referents
	if !s.en {
		s.ments = s.addDuals(s.ments)
	}
	s.tokM = make([]int, len(toks))
	for i := range s.tokM {
		s.tokM[i] = -1
	}
	for mi := range s.ments {
		m := &s.ments[mi]
		for t := m.tokA; t < m.tokB; t++ {
			if s.tokM[t] < 0 {
				s.tokM[t] = mi
			}
		}
	}
	for mi := range s.ments {
		s.ments[mi].titleA = s.titleStart(mi)
	}
	for mi := range s.ments {
		m := &s.ments[mi]
		if m.titleA < m.tokA {
			// the phrase's preposition is the name's: مع رئيس الحزب X
			t := s.d.Tokens[m.titleA]
			p := mention{tokA: m.titleA, start: t.Start + titleProclitic(t.Text)}
			m.prep = s.prepBefore(&p)
			for o := mi - 1; o >= 0 && s.ments[o].tokA >= m.titleA; o-- {
				s.ments[o].inTitle = true
			}
		} else {
			m.prep = s.prepBefore(m)
			if k := m.tokA - 1; !s.en && m.prep == "" && k > 0 && s.tokM[k] < 0 && s.d.Tokens[k].Kind == doc.KindWord {
				// مع مسلحي داعش، على أهداف لتنظيم داعش، بعناصر حماس: the
				// preposition before the noun of a group's men or sites
				// is the group's
				// (ل and من before the noun leave the group its genitive:
				// القصف الروسي لمواقع داعش، قتل عشرين من مسلحي داعش)
				if arMembersNouns[s.norms[k]] {
					q := mention{tokA: k, start: s.d.Tokens[k].Start}
					if p := s.prepBefore(&q); arMembersPreps[p] {
						m.prep = p
					}
				}
			}
		}
		if k := m.tokA - 1; !s.en && k >= 0 && m.start == s.d.Tokens[m.tokA].Start && arPeopleOf[arStripProclitic(s.norms[k])] {
			// أكراد سوريا، سنة العراق: a people of the country, not the
			// country, acts or is acted on
			m.inTitle = true
		}
		m.coord = s.coordBefore(mi)
		if p := s.ments[max(mi-1, 0)]; !s.en && m.coord && m.prep == "" && m.titleA == m.tokA && p.prep != "" && s.joinedByWa(p, *m) && s.sameKind(p, *m) && (p.prep == "بين" || !s.verbAt(m.tokB)) {
			// في الرياض والقاهرة ولندن: names joined to one after a
			// preposition share it, unless a verb follows the name and
			// opens a clause of its own (إلى روسيا وتركيا تهدد); after
			// بين the verb is the main clause's (الخلاف بين X وY بدأ)
			m.prep, m.prepShared = s.ments[mi-1].prep, true
		}
	}
	// speakers: the latest PER (else ORG) mention outside quotations before
	// the opening mark, in the same paragraph; else the previous speaker.
	s.qSpk = make([]int, nq)
	for qi, ti := range qStart {
		s.qSpk[qi] = -1
		best, bestOrg := -1, -1
		for mi := len(s.ments) - 1; mi >= 0; mi-- {
			m := s.ments[mi]
			if m.tokB > ti || len(m.ents) != 1 {
				continue
			}
			if ti-m.tokB > 150 || strings.Contains(s.d.Text[m.end:toks[ti].Start], "\n") {
				break
			}
			if m.quote >= 0 || m.prep != "" {
				continue
			}
			if !s.en && m.titleA > 0 && arSpeechNouns[arStripProclitic(s.norms[m.titleA-1])] {
				continue // اعتبر كيري أن تصريحات خامنئي «…»: whose words are quoted about, not who speaks
			}
			switch s.ents[m.ents[0]].Type {
			case "PER":
				best = m.ents[0]
			case "ORG":
				if bestOrg < 0 {
					bestOrg = m.ents[0]
				}
			}
			if best >= 0 {
				break
			}
		}
		if best < 0 {
			best = bestOrg
		}
		if best < 0 && qi > 0 {
			best = s.qSpk[qi-1]
		}
		s.qSpk[qi] = best
	}
}

// arSpeechNouns are the nouns of what someone said (تصريحات X، أقوال X):
// the name in their genitive is not the speaker of the quotation after.
var arSpeechNouns = arWordSet("تصريحات تصريح التصريحات أقوال الأقوال كلام الكلام حديث الحديث خطاب الخطاب بيان البيان رسالة الرسالة")

// addDemonyms adds to s.ents a GPE mention for each nationality phrase of
// an English text: a capitalised demonym (or two coordinated ones, "Hungarian
// and Romanian officials") followed, within two words, by a head noun of
// enDemonymHeads. The mention spans demonym to head, so that the head is
// no trigger and a shorter mention inside it gives way. s.ents is copied
// first: the caller's slice is not changed.
func (s *state) addDemonyms() {
	toks := s.d.Tokens
	s.ents = slices.Clone(s.ents)
	byID := map[string]int{}
	for i, e := range s.ents {
		if _, ok := byID[e.ID]; !ok && e.ID != "" {
			byID[e.ID] = i
		}
	}
	// demonym reads a demonym of one or two words at token i; it returns
	// the token after it.
	demonym := func(i int) (id, name string, next int, ok bool) {
		if i >= len(toks) || toks[i].Kind != doc.KindWord {
			return "", "", 0, false
		}
		r, _ := utf8.DecodeRuneInString(toks[i].Text)
		if !unicode.IsUpper(r) {
			return "", "", 0, false
		}
		if i+1 < len(toks) && toks[i+1].Start == toks[i].End+1 {
			if id, name, ok := s.c.Demonym(s.d.Text[toks[i].Start:toks[i+1].End]); ok {
				return id, name, i + 2, true
			}
		}
		if id, name, ok := s.c.Demonym(toks[i].Text); ok {
			return id, name, i + 1, true
		}
		if id, name, ok := s.pluralDemonym(toks[i].Text); ok {
			return id, name, i + 1, true
		}
		return "", "", 0, false
	}
	type dem struct {
		id, name string
		a, b     int // tokens of the demonym
	}
	for i := 0; i < len(toks); {
		id, name, next, ok := demonym(i)
		if !ok {
			i++
			continue
		}
		group := []dem{{id, name, i, next}}
		j := next
		// coordinated demonyms: Hungarian and Romanian officials
		for j+1 < len(toks) && (s.norms[j] == "and" || s.norms[j] == ",") {
			id2, name2, n2, ok2 := demonym(j + 1)
			if !ok2 {
				break
			}
			group = append(group, dem{id2, name2, j + 1, n2})
			j = n2
		}
		// a plural demonym standing alone names the people of the
		// country: "Palestinians blamed Israel", "the Israelis".
		if len(group) == 1 && next == i+1 && !s.demonymAdj(next) {
			if id2, name2, ok2 := s.pluralDemonym(toks[i].Text); ok2 {
				ei, ok := byID[id2]
				if !ok {
					ei = len(s.ents)
					byID[id2] = ei
					s.ents = append(s.ents, Entity{ID: id2, Name: name2, Type: demonymType(id2)})
				}
				s.ents[ei].Mentions = append(slices.Clip(s.ents[ei].Mentions), [2]int{toks[i].Start, toks[i].End})
				i = next
				continue
			}
		}
		head := -1
		for k := j; k < min(len(toks), j+3); k++ {
			if toks[k].Kind != doc.KindWord {
				break
			}
			if enDemonymHeads[s.norms[k]] {
				head = k
				break
			}
		}
		if head < 0 && len(group) == 1 && j < len(toks) && toks[j].Kind == doc.KindWord && (s.afterRecipPrep(i) || s.afterEventVerb(i)) {
			// a nationality adjective in a phrase after a preposition of
			// the recipient stands for its country, whatever the noun:
			// "a blockade on Palestinian lorries", "restrictions against
			// German goods", "power to the Azerbaijani republic"
			head = j - 1
		}
		if head < 0 {
			i = next
			continue
		}
		for head+1 < len(toks) && enDemonymHeads[s.norms[head+1]] { // armed forces
			head++
		}
		for gi, g := range group {
			end := g.b - 1
			if gi == len(group)-1 {
				end = head
			}
			ei, ok := byID[g.id]
			if !ok {
				ei = len(s.ents)
				byID[g.id] = ei
				s.ents = append(s.ents, Entity{ID: g.id, Name: g.name, Type: demonymType(g.id)})
			}
			s.ents[ei].Mentions = append(slices.Clip(s.ents[ei].Mentions), [2]int{toks[g.a].Start, toks[end].End})
		}
		i = head + 1
	}
}

// dropScareQuotes takes out of the quotation regions the marks around a
// name or a term of at most three words right after an Arabic event verb
// (هدد «داعش» الحكومة), a body's noun (تنظيم «داعش»، حركة «حماس») or a
// preposition (يناقش مع «كارتر»):
// scare quotes are no quotation (GUIDELINES.md),
// and the name inside them is the verb's subject or object. A quoted name
// elsewhere (تحطم طائرة "آزال") stays out of the argument rules, as the
// genitive of a noun it is no actor.
func (s *state) dropScareQuotes(qStart []int) {
	if s.en {
		return
	}
	for qi, a := range qStart {
		if a == 0 || s.d.Tokens[a-1].Kind != doc.KindWord {
			continue
		}
		if an, ok := s.analyzeTok(a - 1); (!ok || an.kind == kindNoun) && !arQuotedOrgHeads[arStripProclitic(s.norms[a-1])] && !arPreps[strings.TrimPrefix(s.norms[a-1], "و")] {
			continue
		}
		b := a + 1
		for b < len(s.quote) && s.quote[b] == qi {
			b++
		}
		// tokens a..b-1 carry region qi; the last is the closing mark
		// when the region was closed
		words := 0
		for t := a + 1; t < b; t++ {
			if s.d.Tokens[t].Kind == doc.KindWord || s.d.Tokens[t].Kind == doc.KindNumber {
				words++
			}
		}
		closed := b-1 > a && quoteOpen[s.d.Tokens[a].Text] == s.d.Tokens[b-1].Text
		if !closed || words == 0 || words > 3 {
			continue
		}
		for t := a; t < b; t++ {
			s.quote[t] = -1
		}
	}
}

// scareMark reports whether token t is a quotation mark that
// dropScareQuotes took out of the quotation regions.
func (s *state) scareMark(t int) bool {
	if s.quote[t] >= 0 || s.d.Tokens[t].Kind != doc.KindPunct {
		return false
	}
	_, open := quoteOpen[s.d.Tokens[t].Text]
	return open || s.d.Tokens[t].Text == "»" || s.d.Tokens[t].Text == "”"
}

// arAgentHeads are the Arabic nouns of a state's agents which, followed
// by a nationality adjective, name the state as an actor or a recipient:
// الحكومة التركية، السلطات المغربية، القوات العراقية (as CAMEO codes the
// agents of a state under its country).
var arAgentHeads = map[string]bool{
	"الحكومه": true, "حكومه": true, "السلطات": true, "سلطات": true,
	"القوات": true, "قوات": true, "الجيش": true, "جيش": true,
	"الشرطه": true, "الطائرات": true, "المقاتلات": true, "الطيران": true,
	// a side of talks or of an agreement: الجانب السعودي، الجانبان السعودي والمصري
	"الجانب": true, "الجانبان": true, "الجانبين": true,
	"البحريه": true, "الاستخبارات": true, "الاجهزه": true,
	// a nation's leadership and presidency: القيادة الفلسطينية، الرئاسة المصرية
	"القياده": true, "الرئاسه": true,
	"المحكمه": true, "محكمه": true,
	// the ministries named by their field alone: الخارجية السعودية
	"الخارجيه": true, "الداخليه": true,
	// a nation's people: للشعب اليمني; its settlers
	"الشعب": true, "شعب": true, "مستوطنون": true, "المستوطنون": true, "مستوطنين": true, "المستوطنين": true,
}

// addArAgents adds to s.ents a GPE mention for each Arabic phrase of an
// agent noun of arAgentHeads and a nationality adjective, with at most
// one adjective between (القوات الجوية الأمريكية): the country acts. The
// head may carry a conjunction or preposition (وللقوات). A phrase that
// overlaps a mention of the entity layer (رئيس الحكومة التركية, a title
// of a person) is left to it. s.ents is copied first.
func (s *state) addArAgents() {
	toks := s.d.Tokens
	covered := make([]bool, len(s.d.Text)+1)
	for _, e := range s.ents {
		for _, m := range e.Mentions {
			for o := max(m[0], 0); o < min(m[1], len(covered)); o++ {
				covered[o] = true
			}
		}
	}
	free := func(t int) bool {
		for o := toks[t].Start; o < toks[t].End; o++ {
			if covered[o] {
				return false
			}
		}
		return true
	}
	byID := map[string]int{}
	cloned := false
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].Kind != doc.KindWord || !arAgentHeads[arStripProclitic(s.norms[i])] || !free(i) {
			continue
		}
		adj := -1
		var id, name string
		for k := i + 1; k < min(len(toks), i+3); k++ {
			if toks[k].Kind != doc.KindWord {
				break
			}
			if s.norms[k] == "في" && k+1 < len(toks) {
				// السلطات الأمنية في السعودية: the country's own
				if ei := s.countryAt(k + 1); ei >= 0 {
					adj, id, name = k+1, s.ents[ei].ID, s.ents[ei].Name
				}
				break
			}
			if !free(k) {
				// السلطات السعودية: the adjective that is also the
				// country's name is the entity layer's mention of it
				if did, dname, ok := s.c.Demonym(toks[k].Text); ok && s.countryMentionAt(k, did) {
					adj, id, name = k, did, dname
				}
				break
			}
			if did, dname, ok := s.c.Demonym(toks[k].Text); ok {
				adj, id, name = k, did, dname
				break
			}
			if !strings.HasPrefix(s.norms[k], "ال") {
				break
			}
		}
		if adj < 0 {
			continue
		}
		if !cloned {
			s.ents = slices.Clone(s.ents)
			for ei, e := range s.ents {
				if _, ok := byID[e.ID]; !ok && e.ID != "" {
					byID[e.ID] = ei
				}
			}
			cloned = true
		}
		ei, ok := byID[id]
		if !ok {
			ei = len(s.ents)
			byID[id] = ei
			s.ents = append(s.ents, Entity{ID: id, Name: name, Type: demonymType(id)})
		}
		// the mention starts after the head's proclitics, as the entity
		// layer's do, so that the preposition is seen (بالحكومة)
		s.ents[ei].Mentions = append(slices.Clip(s.ents[ei].Mentions), [2]int{toks[i].Start + arProcliticLen(toks[i].Text), toks[adj].End})
		i = adj
		// a second side by its adjective after و: الجانبان السعودي والمصري
		if k := adj + 1; k < len(toks) && toks[k].Kind == doc.KindWord && free(k) && strings.HasPrefix(toks[k].Text, "و") {
			if did, dname, ok := s.c.Demonym(toks[k].Text[len("و"):]); ok && did != id {
				ej, ok := byID[did]
				if !ok {
					ej = len(s.ents)
					byID[did] = ej
					s.ents = append(s.ents, Entity{ID: did, Name: dname, Type: demonymType(did)})
				}
				s.ents[ej].Mentions = append(slices.Clip(s.ents[ej].Mentions), [2]int{toks[k].Start + len("و"), toks[k].End})
				i = k
			}
		}
	}
}

// arMaAdverbs are the words after which ما makes an adverb, not a
// negation (سرعان ما تبنى: soon claimed; طالما، كثيراً ما).
var arMaAdverbs = map[string]bool{"سرعان": true, "وسرعان": true, "طالما": true, "كثيرا": true, "قليلا": true,
	"غالبا": true, "نادرا": true, "وغالبا": true, "وكثيرا": true, "ريث": true, "بعد": true, "عند": true, "حين": true}

// countryOnly reports whether mention mi names only countries, which
// Arabic treats as feminine.
func (s *state) countryOnly(mi int) bool {
	for _, e := range s.ments[mi].ents {
		if s.ents[e].Kind != "country" {
			return false
		}
	}
	return len(s.ments[mi].ents) > 0
}

// nounReading reports whether the Arabic trigger tr is, or may be read as,
// a verbal noun (ودعمها: «and supporting it» as well as «and he supported
// it»).
func (s *state) nounReading(tr trigger) bool {
	if tr.a.kind == kindNoun {
		return true
	}
	_, ok := s.c.lx.analyzeAr(s.norms[tr.tok], true)
	return ok
}

// coordStart walks back from mention mi over the bare mentions joined to
// it by و/and (X وY التقيا) that begin at token from or after, and returns
// the first.
func (s *state) coordStart(mi, from int) int {
	for mi > 0 && s.ments[mi].coord && s.ments[mi-1].tokA >= from && s.ments[mi-1].prep == "" {
		mi--
	}
	return mi
}

// placeOnly reports whether every entity of mention mi is a place (a GPE
// or a LOC).
func (s *state) placeOnly(mi int) bool {
	for _, e := range s.ments[mi].ents {
		if !isPlace(s.ents[e].Type) {
			return false
		}
	}
	return len(s.ments[mi].ents) > 0
}

// bareAfter returns the first mention in tokens [from, right) of the
// sentence with no preposition, before any punctuation but a comma, -1 when
// none: the subject after a verb's fronted object (زار العراق أمس الرئيس X).
func (s *state) bareAfter(from, right int, sen doc.Sentence) int {
	for t := from; t < min(right, sen.EndToken, from+8); t++ {
		if k := s.d.Tokens[t].Kind; k == doc.KindPunct && s.d.Tokens[t].Text != "،" {
			return -1
		}
		if mi := s.tokM[t]; mi >= 0 {
			if s.ments[mi].prep == "" && s.ments[mi].tokA == t && s.actorOK(s.ments[mi]) && !s.placeOnly(mi) {
				return mi
			}
			return -1
		}
	}
	return -1
}

// nounAfter reports whether a noun of unnamed visitors follows token from
// in its clause, past words of time (زار تونس العام الماضي 300 ألف سائح،
// زار لبنان أمس وفد): a number, a number word, a noun of arVisitorNouns
// or a nominative plural is the subject of the verb before, named by no
// entity. Any other word ends the search.
func (s *state) nounAfter(from int, sen doc.Sentence) bool {
	for t := from; t < min(sen.EndToken, from+8); t++ {
		tok := s.d.Tokens[t]
		if tok.Kind == doc.KindNumber {
			return true // 300 ألف سائح
		}
		if tok.Kind != doc.KindWord || s.tokM[t] >= 0 {
			return false
		}
		n := s.norms[t]
		if arTimeNouns[n] || arTimeAdverbs[n] {
			continue
		}
		return arVisitorNouns[n] || arCounters[n] || nominativePlural(n)
	}
	return false
}

// arVisitorNouns are the nouns of visitors the text does not name (وفد،
// سائح، زوار), normalised.
var arVisitorNouns = arWordSet("وفد وفود وفدا وزير وزراء سائح سياح سائحا زائر زوار حشود جموع عدد نحو قرابة حوالي أكثر")

// arTimeAdverbs are the bare words of time after a verb and its object
// (أمس، العام الماضي، مساء اليوم), normalised.
var arTimeAdverbs = arWordSet("أمس امس مساء صباح ظهر فجر العام الماضي الماضية الأسبوع الشهر السنة الحالي الجاري المقبل أول يوم اليوم")

// countryAt returns the entity of a country whose mention covers exactly
// token k (after a proclitic), -1 when none.
func (s *state) countryAt(k int) int {
	return s.entityAt(k, func(e Entity) bool { return e.Type == "GPE" && e.Kind == "country" })
}

// countryMentionAt reports whether a mention of the entity with id covers
// exactly token k.
func (s *state) countryMentionAt(k int, id string) bool {
	return s.entityAt(k, func(e Entity) bool { return e.ID == id }) >= 0
}

// entityAt returns the first entity that keep accepts with a mention
// covering exactly token k (after a proclitic), -1 when none.
func (s *state) entityAt(k int, keep func(Entity) bool) int {
	t := s.d.Tokens[k]
	for ei, e := range s.ents {
		if !keep(e) {
			continue
		}
		for _, m := range e.Mentions {
			if m[0] >= t.Start && m[1] == t.End {
				return ei
			}
		}
	}
	return -1
}

// arProcliticLen returns the byte length of the conjunction and
// preposition before the article of the Arabic word w (وبالحكومة → وب,
// للحكومة → ل).
func arProcliticLen(w string) int {
	n := 0
	if r := w[n:]; (strings.HasPrefix(r, "و") || strings.HasPrefix(r, "ف")) && len(r) > 6 {
		n += len("و")
	}
	r := w[n:]
	if strings.HasPrefix(r, "لل") {
		return n + len("ل")
	}
	for _, c := range []string{"ب", "ل", "ك"} {
		if strings.HasPrefix(r, c+"ال") {
			return n + len(c)
		}
	}
	if n > 0 && !strings.HasPrefix(r, "ال") {
		return 0 // و was part of the word
	}
	return n
}

// arStripProclitic returns the normalised Arabic word n without a leading
// conjunction (و ف) and preposition (ب ل; لل for ل + the article).
func arStripProclitic(n string) string {
	for _, c := range []string{"و", "ف"} {
		if r := strings.TrimPrefix(n, c); r != n && len(r) > 4 {
			n = r
			break
		}
	}
	if r := strings.TrimPrefix(n, "لل"); r != n {
		return "ال" + r
	}
	for _, c := range []string{"ب", "ل"} {
		if r := strings.TrimPrefix(n, c); r != n && strings.HasPrefix(r, "ال") {
			return r
		}
	}
	return n
}

// enPlaceNouns are the English nouns that name a kind of place before
// "of" and its name: "the town of X", "the province of X".
var enPlaceNouns = map[string]bool{"town": true, "city": true, "village": true, "district": true,
	"province": true, "region": true, "enclave": true, "port": true, "suburb": true, "camp": true}

// addPlaceNames adds to s.ents a LOC for each English place named after a
// place noun and "of" that the entity layer left out: one to three
// capitalised words ("the town of X", "the village of X Y"). Its id is
// the one the entity layer gives an unknown LOC of that name
// (link.UnknownID), so that it is the same place across articles.
func (s *state) addPlaceNames() {
	toks := s.d.Tokens
	covered := func(a, b int) bool {
		for _, e := range s.ents {
			for _, m := range e.Mentions {
				if m[0] < b && a < m[1] {
					return true
				}
			}
		}
		return false
	}
	cloned := false
	for i := 0; i+2 < len(toks); i++ {
		if !enPlaceNouns[s.norms[i]] || s.norms[i+1] != "of" {
			continue
		}
		j := i + 2
		for j < len(toks) && j < i+5 && toks[j].Kind == doc.KindWord {
			r, _ := utf8.DecodeRuneInString(toks[j].Text)
			if !unicode.IsUpper(r) {
				break
			}
			j++
		}
		if j == i+2 {
			continue
		}
		a, b := toks[i+2].Start, toks[j-1].End
		if covered(a, b) {
			continue
		}
		if !cloned {
			s.ents, cloned = slices.Clone(s.ents), true
		}
		name := s.d.Text[a:b]
		id := link.UnknownID("LOC", strings.Join(strings.Fields(lex.Normalize(name)), " "))
		s.ents = append(s.ents, Entity{ID: id, Name: name, Type: "LOC", Mentions: [][2]int{{a, b}}})
		i = j - 1
	}
}

// afterRecipPrep reports whether the English token at i follows a
// preposition of enRecipPreps, over a determiner or adjectives.
func (s *state) afterRecipPrep(i int) bool {
	for t := i - 1; t >= max(0, i-4); t-- {
		n := s.norms[t]
		if enRecipPreps[n] {
			return true
		}
		if s.d.Tokens[t].Kind != doc.KindWord && !s.hyphenPart(t) {
			return false
		}
		switch n {
		case "the", "a", "an":
			continue
		}
		if !s.hyphenPart(t) && !slices.ContainsFunc([]string{"ing", "ern", "ed", "al", "ous"}, func(suf string) bool {
			return strings.HasSuffix(n, suf) && len(n) > len(suf)+2
		}) {
			return false
		}
	}
	return false
}

// enObjDeterminers are the words that may open the object of a verb
// before a nationality adjective: "rejected a fresh Indian proposal".
var enObjDeterminers = map[string]bool{"a": true, "an": true, "the": true, "any": true, "all": true,
	"fresh": true, "new": true, "latest": true, "recent": true, "renewed": true, "repeated": true}

// afterEventVerb reports whether the English token at i opens the object
// of a verb of the event lexicon, over at most two determiners ("rejected
// an Indian proposal", "accepted the Egyptian plan", "welcomed US
// mediation"): the nationality adjective there names whose proposal, plan
// or act it is, the country the verb's act is directed at, as CAMEO codes
// the target.
func (s *state) afterEventVerb(i int) bool {
	for t := i - 1; t >= max(0, i-3); t-- {
		n := s.norms[t]
		if enObjDeterminers[n] {
			continue
		}
		if s.d.Tokens[t].Kind != doc.KindWord || len(s.c.lx.en[n]) == 0 {
			return false
		}
		r, _ := utf8.DecodeRuneInString(s.d.Tokens[t].Text)
		if !unicode.IsLower(r) || t > 0 && enNounCues[s.norms[t-1]] {
			return false
		}
		// "the ruling X party", "an armed X group": a participle there
		// is an adjective
		return !strings.HasSuffix(n, "ing") || t > 0 && enAux[s.norms[t-1]]
	}
	return false
}

// pluralDemonym returns the country of a plural nationality noun
// ("Palestinians", "Israelis", "Afghans"): a word in -s whose singular is a
// demonym.
func (s *state) pluralDemonym(w string) (id, name string, ok bool) {
	stem, cut := strings.CutSuffix(w, "s")
	if !cut || len(stem) < 4 {
		return "", "", false
	}
	return s.c.Demonym(stem)
}

// demonymAdj reports whether the token at i continues a noun phrase after
// a nationality word (a capitalised or lower-case word that is no verb
// cue), so that the word before it is an adjective: "Palestinian areas".
func (s *state) demonymAdj(i int) bool {
	toks := s.d.Tokens
	if i >= len(toks) || toks[i].Kind != doc.KindWord {
		return false
	}
	return enDemonymHeads[s.norms[i]]
}

// enDemonymHeads are the nouns after which a nationality adjective names
// a state actor or the country's people: "Russian forces", "the Israeli
// government", "Iraqi demonstrators".
var enDemonymHeads = map[string]bool{
	"official": true, "officials": true, "government": true, "governments": true, "administration": true,
	"authorities": true, "authority": true, "regime": true, "state": true, "cabinet": true,
	"parliament": true, "lawmakers": true, "legislators": true, "court": true, "judge": true, "judges": true,
	"president": true, "minister": true, "ministers": true, "ministry": true, "premier": true,
	"chancellor": true, "king": true, "leader": true, "leaders": true, "leadership": true,
	"diplomat": true, "diplomats": true, "ambassador": true, "envoy": true, "embassy": true,
	"delegation": true, "delegates": true, "negotiator": true, "negotiators": true, "mission": true,
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "side": true,
	"military": true, "army": true, "armed": true, "forces": true, "force": true, "troops": true,
	"soldiers": true, "navy": true, "warships": true, "warplanes": true, "jets": true, "aircraft": true,
	"planes": true, "artillery": true, "tanks": true, "commanders": true, "commander": true,
	"generals": true, "police": true, "policemen": true, "guards": true, "security": true,
	"intelligence": true, "agents": true, "border": true,
	"protesters": true, "demonstrators": true, "students": true, "workers": true,
	"militants": true, "rebels": true, "insurgents": true, "guerrillas": true, "opposition": true,
	// people and groups named by nationality, as CAMEO codes them
	"rebel": true, "guerrilla": true, "guerillas": true, "militia": true, "militias": true,
	"militiamen": true, "gunmen": true, "fighters": true, "extremists": true, "fundamentalists": true,
	"separatists": true, "hackers": true, "civilians": true, "refugees": true, "immigrants": true,
	"citizens": true, "nationals": true, "people": true, "population": true, "villagers": true,
	"residents": true, "settlers": true, "youths": true, "prisoners": true, "detainees": true,
	"farmers": true, "activists": true, "peacekeepers": true, "servicemen": true, "advisers": true,
	"helicopters": true, "vessels": true, "ships": true, "bulldozers": true, "patrol": true,
	"group": true, "groups": true, "party": true, "parties": true, "newspaper": true, "media": true,
	"officers": true, "agency": true, "envoys": true,
	// places named by nationality are the country's, as CAMEO codes them
	"town": true, "towns": true, "village": true, "villages": true, "cities": true, "territory": true,
	"positions": true, "targets": true, "homes": true, "camp": true, "camps": true, "bases": true,
}

// tokenAt returns the index of the token that holds byte off (or the next
// token after it), -1 when none.
func (s *state) tokenAt(off int) int {
	toks := s.d.Tokens
	i, _ := slices.BinarySearchFunc(toks, off, func(t doc.Token, off int) int {
		if t.End <= off {
			return -1
		}
		if t.Start > off {
			return 1
		}
		return 0
	})
	if i >= len(toks) {
		return -1
	}
	return i
}

var dualPER = map[string]bool{"الرئيسان": true, "الرئيسين": true, "الزعيمان": true, "الزعيمين": true,
	"الجانبان": true, "الجانبين": true, "الطرفان": true, "الطرفين": true, "الوزيران": true, "الوزيرين": true}
var dualGPE = map[string]bool{"البلدان": true, "البلدين": true, "الدولتان": true, "الدولتين": true}

func (s *state) addDuals(ms []mention) []mention {
	var out []mention
	mi := 0
	for ti := range s.d.Tokens {
		for mi < len(ms) && ms[mi].tokA <= ti {
			out = append(out, ms[mi])
			mi++
		}
		n := strings.TrimPrefix(s.norms[ti], "و")
		n = strings.TrimPrefix(n, "ف")
		bare := strings.TrimPrefix(strings.TrimPrefix(n, "ب"), "ل")
		if bare != n && strings.HasPrefix(bare, "ل") { // للرئيسين
			bare = "ال" + bare[len("ل"):]
		}
		want := ""
		switch {
		case dualPER[n] || dualPER[bare]:
			want = "PER"
		case dualGPE[n] || dualGPE[bare]:
			want = "GPE"
		default:
			continue
		}
		if len(out) > 0 && out[len(out)-1].tokB > ti {
			continue
		}
		pair := s.latestTwo(out, want)
		if pair == nil {
			continue
		}
		t := s.d.Tokens[ti]
		out = append(out, mention{ents: pair, start: t.Start, end: t.End, tokA: ti, tokB: ti + 1, quote: s.quote[ti]})
	}
	return append(out, ms[mi:]...)
}

// latestTwo returns the two latest distinct entities of type typ among ms.
func (s *state) latestTwo(ms []mention, typ string) []int {
	var pair []int
	for i := len(ms) - 1; i >= 0 && len(pair) < 2; i-- {
		for _, e := range ms[i].ents {
			if s.ents[e].Type == typ && !slices.Contains(pair, e) && len(pair) < 2 {
				pair = append(pair, e)
			}
		}
	}
	if len(pair) < 2 {
		return nil
	}
	return []int{pair[1], pair[0]}
}

// arNounBefore are the words after which an Arabic word is a noun, never a
// verb: prepositions (a verb follows them only through أن).
var arNounBefore = map[string]bool{"في": true, "من": true, "علي": true, "الي": true, "عن": true, "مع": true,
	"بسبب": true, "جراء": true, "نتيجه": true, "بتهمه": true, "ازاء": true, "حيال": true, "تجاه": true,
	"حول": true, "خلال": true, "عبر": true, "نحو": true, "لدي": true, "ضد": true, "بين": true, "امام": true,
	"بعد": true, "قبل": true, "منذ": true, "عقب": true, "اثر": true, "اجل": true, "بهدف": true, "بغرض": true, "فور": true, "بمجرد": true, "وفور": true, "وبمجرد": true, "بحسب": true, "حسب": true, "وفق": true, "وفقا": true,
	"وفي": true, "ومن": true, "وعلي": true, "والي": true, "وعن": true, "ومع": true, "وبعد": true, "وقبل": true,
	// a verbal noun follows: عدم دعم، ضرورة وقف، إعادة فتح
	"عدم": true, "بعدم": true, "ضروره": true, "بضروره": true, "اعاده": true, "باعاده": true, "لاعاده": true}

// arInna are «إنّ» and «فإنّ» as written, with the hamza under the alef:
// a noun or pronoun follows, never a verb (the conditional إنْ is rare in
// news, which writes إذا). «أن» is left out: أنْ takes a verb (بعد أن طالب).
var arInna = map[string]bool{"إن": true, "فإن": true}

// unmarked returns the Arabic word w without its short-vowel marks
// (fathatan to sukun): as written, hamza and all, but unvocalised.
func unmarked(w string) string {
	return strings.Map(func(r rune) rune {
		if r >= 0x064B && r <= 0x0652 {
			return -1
		}
		return r
	}, w)
}

// afterInna reports whether token t is «إنّ» (arInna, marks left out)
// and not «ما إن» (as soon as), which a verb follows (ما إن اقتحمت).
func (s *state) afterInna(t int) bool {
	if !strings.HasPrefix(s.d.Tokens[t].Text, "إن") && !strings.HasPrefix(s.d.Tokens[t].Text, "فإن") {
		return false // the common case, with no copy of the word
	}
	if !arInna[unmarked(s.d.Tokens[t].Text)] {
		return false
	}
	if t > 0 {
		switch strings.TrimPrefix(strings.TrimPrefix(s.norms[t-1], "و"), "ف") {
		case "ما":
			return false
		}
	}
	return true
}

// shareEntity reports whether one of the entities ents is among actors.
func shareEntity(ents, actors []int) bool {
	return slices.ContainsFunc(ents, func(x int) bool { return slices.Contains(actors, x) })
}

// nisbaEnd reports whether the normalised Arabic word n ends as a nisba
// adjective does (السعودي، إرهابية → إرهابيه).
func nisbaEnd(n string) bool {
	return strings.HasSuffix(n, "ي") || strings.HasSuffix(n, "يه")
}

// arThatVerbs are verbs of saying and pointing out, normalised, whose
// clause «أنّ» opens (أوضح أن، نوه إلى أن، شدد على أن).
var arThatVerbs = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("قال أضاف أوضح ذكر صرح كتب أكد أشار رأى اعتبر لفت نوه شدد أفاد بين كشف أعلن أعرب أبلغ اعترف زعم نفى") {
		w = arNorm(w)
		for _, f := range []string{w, w + "ت", w + "وا", w + "ا"} {
			m[f] = true
		}
	}
	return m
}()

// afterAnna reports whether token t is «أنّ» (أن, بأن written without
// إ) after a verb of arThatVerbs, right before it or before its
// preposition (نوه إلى أن، شدد على أن): «أنّ» is followed by a noun, so
// that a word after it that reads as a past verb is the noun (أوضح أن
// دعم الشباب مستمر: the support, not «he supported»). After «إلى أن»
// with no such verb it is «until», which a verb follows.
func (s *state) afterAnna(t int) bool {
	if strings.HasPrefix(s.d.Tokens[t].Text, "إ") || strings.HasPrefix(s.d.Tokens[t].Text, "وإ") {
		return false
	}
	switch strings.TrimPrefix(s.norms[t], "و") {
	case "ان", "بان":
	default:
		return false
	}
	v := t - 1
	if v >= 0 && (s.norms[v] == "الي" || s.norms[v] == "علي") {
		v--
	}
	if v >= 0 && s.tokM[v] >= 0 && s.ments[s.tokM[v]].prep == "" {
		v = s.ments[s.tokM[v]].titleA - 1 // the verb's subject: نوه X إلى أن
	}
	return v >= 0 && s.tokM[v] < 0 && arThatVerbs[strings.TrimPrefix(strings.TrimPrefix(s.norms[v], "و"), "ف")]
}

var arPreps = map[string]bool{"مع": true, "الي": true, "علي": true, "من": true, "عن": true, "في": true,
	"امام": true, "ضد": true, "بين": true, "لدي": true, "حول": true, "باتجاه": true, "نحو": true, "يا": true, "عند": true}
var enPreps = map[string]bool{"with": true, "to": true, "on": true, "against": true, "by": true, "in": true,
	"at": true, "from": true, "of": true, "for": true, "between": true, "into": true,
	// places and times: a name after them is no subject ("a bombing near X
	// killed …")
	"near": true, "outside": true, "inside": true, "across": true, "around": true, "through": true,
	"along": true, "behind": true, "beyond": true, "within": true, "during": true, "despite": true,
	"via": true, "over": true, "under": true, "among": true, "amid": true}

// prepBefore returns the preposition that governs mention m.
func (s *state) prepBefore(m *mention) string {
	t := s.d.Tokens[m.tokA]
	if m.start > t.Start && !s.en {
		p := arNorm(s.d.Text[t.Start:m.start])
		p = strings.TrimPrefix(p, "و")
		p = strings.TrimPrefix(p, "ف")
		switch p {
		case "ب", "بال":
			return "ب"
		case "ل", "لل":
			return "ل"
		case "ك":
			return "ك"
		}
	}
	if !s.en && m.start == t.Start {
		// the mention's own first word carries the preposition and the
		// article (للرئيس المصري، بالرئيس)
		if p := arArticlePrep(s.norms[m.tokA]); p != "" {
			return p
		}
	}
	if m.tokA == 0 {
		return ""
	}
	if !s.en && m.tokA >= 2 && (s.scareMark(m.tokA-1) || s.d.Tokens[m.tokA-1].Text == "(") && m.start == s.d.Tokens[m.tokA].Start {
		// مع «كارتر»، إلى «داعش»: the preposition before the marks
		q := mention{tokA: m.tokA - 1, start: s.d.Tokens[m.tokA-1].Start}
		return s.prepBefore(&q)
	}
	prev := s.norms[m.tokA-1]
	if s.en {
		if prev == "of" {
			return s.enGoverning(m.tokA - 1)
		}
		if enPreps[prev] {
			return prev
		}
		// over a determiner or an adjective: "from neighboring X", "to
		// the war-torn X"
		for t := m.tokA - 1; t >= max(0, m.tokA-5) && s.enModifier(t); t-- {
			if t > 0 && enPreps[s.norms[t-1]] {
				return s.norms[t-1]
			}
		}
		return ""
	}
	prev = strings.TrimPrefix(prev, "و")
	if prev == "من" && m.tokA >= 2 {
		switch s.norms[m.tokA-2] {
		case "كلا", "كل", "وكلا":
			// كلاً من X وY: each of them, governed by what governs كلاً
			q := mention{tokA: m.tokA - 2, start: s.d.Tokens[m.tokA-2].Start}
			return s.prepBefore(&q)
		}
	}
	if arPreps[prev] {
		return prev
	}
	if prev == "بجانب" || prev == "جانب" && m.tokA >= 2 && strings.TrimPrefix(s.norms[m.tokA-2], "و") == "الي" {
		// إلى جانب X، بجانب X: beside X (وقف إلى جانب X), not by X
		return "جانب"
	}
	if (prev == "ايدي" || prev == "يد" || prev == "قبضه") && m.tokA >= 2 && s.norms[m.tokA-2] == "من" {
		return "من" // استعادت X القاعدة من أيدي Y: from Y
	}
	if prev == "حساب" && m.tokA >= 2 && strings.TrimPrefix(s.norms[m.tokA-2], "و") == "علي" {
		return "حساب" // تقدماً على حساب X: at X's expense
	}
	if prev == "بحسب" || prev == "حسب" {
		return "حسب" // بحسب وكالة الأنباء: a source, never a subject
	}
	if prev == "لمقام" || prev == "للمقام" {
		return "ل" // تعازيه لمقام خادم الحرمين الشريفين: to the king
	}
	if prev == "لقياده" || prev == "للقياده" {
		return "ل" // امتنانها لقيادة التحالف: the body led is whom
	}
	if p, rest := arPrepNoun(prev); p != "" && arPossessed[rest] {
		// أشاد بجهود X، رحب بمبادرة X: the praise is of X's efforts
		return p
	}
	if p, rest := arPrepNoun(prev); p != "" && !hasArticle(rest) && arAgentHeads[rest] && s.tokM[m.tokA-1] < 0 {
		return p // بحكومة إقليم كردستان، لقوات التحالف: the body's agents are the body
	}
	if !hasArticle(prev) && (arAgentHeads[prev] || arRunHeads[prev]) && s.tokM[m.tokA-1] < 0 && m.tokA >= 2 {
		// مع حكومة إقليم كردستان، ضد قوات التحالف، مع (مجلس) إدارة
		// الزمالك: the preposition before the agents' or the board's noun
		b := m.tokA - 2
		if arRunHeads[prev] && b > 0 && s.norms[b] == "مجلس" {
			b--
		}
		if pp := strings.TrimPrefix(s.norms[b], "و"); arPreps[pp] {
			return pp
		}
		if p, rest := arPrepNoun(s.norms[b]); p != "" && rest == "مجلس" {
			return p // بمجلس إدارة الزمالك
		}
	}
	if strings.HasPrefix(s.norms[m.tokA-1], "و") && s.tokM[m.tokA-1] < 0 && s.joinedNoun(m.tokA-1) {
		// نوّه بدعم واهتمام ورعاية X: nouns joined to one of arPossessed
		// share its genitive, X
		for t := m.tokA - 2; t >= max(0, m.tokA-4); t-- {
			if p, rest := arPrepNoun(s.norms[t]); p != "" && arPossessed[rest] {
				return p
			}
			if !strings.HasPrefix(s.norms[t], "و") || s.tokM[t] >= 0 || s.d.Tokens[t].Kind != doc.KindWord || !s.joinedNoun(t) {
				break
			}
		}
	}
	if arDoubted[prev] && m.tokA >= 2 && strings.TrimPrefix(s.norms[m.tokA-2], "و") == "في" {
		return "في" // شكك في نوايا X: X's intentions are doubted
	}
	if arPossessed[prev] && m.tokA >= 2 && (!s.isEventWord(m.tokA-1) || arAsked[prev]) {
		// أثنى على دور X: the preposition before the noun (a verbal
		// noun keeps its genitive: أثنى على دعم X, X's support)
		if pp := strings.TrimPrefix(s.norms[m.tokA-2], "و"); arPreps[pp] && pp != "في" && pp != "من" {
			return pp
		}
	}
	if prev == "قبل" || prev == "يد" || prev == "جانب" { // من قبل X، على يد X، من جانب X
		return "by"
	}
	if m.tokA >= 2 && strings.HasPrefix(prev, "ال") && strings.HasSuffix(prev, "ي") && utf8.RuneCountInString(prev) > 4 && s.tokM[m.tokA-1] < 0 {
		// مع البرتغالي X: a nisba standing for a noun (the Portuguese)
		// right after a preposition is in apposition with the name,
		// which takes the preposition
		if pp := strings.TrimPrefix(s.norms[m.tokA-2], "و"); arPreps[pp] {
			return pp
		}
	}
	if arDualTitles[prev] && m.tokA >= 2 {
		// مع الأميرين X والأمير Y، للرئيسين X وY: the preposition before
		// the title of the two
		if pp := strings.TrimPrefix(s.norms[m.tokA-2], "و"); arPreps[pp] {
			return pp
		}
		if p := arArticlePrep(s.norms[m.tokA-1]); p != "" {
			return p
		}
	}
	if p := s.arOccupationPrep(m); p != "" {
		return p
	}
	// في مدينة X، إلى العاصمة X: the preposition before the place noun
	if placeNouns[prev] && m.tokA >= 2 {
		if pp := strings.TrimPrefix(s.norms[m.tokA-2], "و"); arPreps[pp] {
			return pp
		}
		switch {
		case strings.HasPrefix(s.norms[m.tokA-1], "بال"), strings.HasPrefix(s.norms[m.tokA-1], "ب"):
			return "ب"
		case strings.HasPrefix(s.norms[m.tokA-1], "لل"):
			return "ل"
		}
	}
	return ""
}

// arOccupations are nouns of occupation and standing, normalised, without
// the article, that stand in apposition before a person's name and that
// the title lists do not know (المدرب، الفنانة، مصممة الأزياء).
var arOccupations = arWordSet(`مدرب لاعب لاعبة فنان فنانة ممثل ممثلة مطرب مطربة مغني مغنية موسيقار
	مخرج مخرجة كاتب كاتبة شاعر شاعرة روائي روائية أديب أديبة إعلامي إعلامية صحفي صحفية صحافي صحافية
	مذيع مذيعة طبيب طبيبة مهندس مهندسة محامي محامية داعية مفكر مفكرة باحث باحثة ناشط ناشطة
	مصمم مصممة رسام رسامة نجم نجمة حارس مهاجم مدافع حكم معلق مصور مصورة رجل سيدة شاب شابة
	مواطن مواطنة زميل زميلة رياضي رياضية خبير خبيرة معلم معلمة أستاذ أستاذة طالب طالبة`)

// arWordSet returns the set of the space-separated Arabic words,
// normalised as the coder compares them (arNorm).
func arWordSet(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[arNorm(w)] = true
	}
	return m
}

// joinedNoun reports whether the Arabic word at t, after its و, may be a
// noun joined to the one before: no event word and no verb the lexicon
// knows (أشاد بدعم ودعا روسيا: ودعا is a verb).
func (s *state) joinedNoun(t int) bool {
	if s.isEventWord(t) {
		return false
	}
	a, ok := s.analyzeTok(t)
	return !ok || a.kind == kindNoun
}

// arOccupationPrep returns the preposition (ب or ل) of a noun of
// arOccupations in apposition before the Arabic person mention m: أشاد X
// بالمدرب Y، بمصممة الأزياء Y، للاعب Y. Not over a line's end (a title
// line's last word); "" when there is none.
func (s *state) arOccupationPrep(m *mention) string {
	if s.en || len(m.ents) != 1 || s.ents[m.ents[0]].Type != "PER" || m.tokA < 1 {
		return ""
	}
	word := func(t int) (string, bool) {
		if s.tokM[t] >= 0 || s.d.Tokens[t].Kind != doc.KindWord ||
			strings.Contains(s.d.Text[s.d.Tokens[t].End:s.d.Tokens[t+1].Start], "\n") {
			return "", false
		}
		return strings.TrimPrefix(strings.TrimPrefix(s.norms[t], "و"), "ف"), true
	}
	t := m.tokA - 1
	n, ok := word(t)
	if !ok {
		return ""
	}
	for _, p := range [...]string{"بال", "لل"} {
		// للاعب: ل, the article and لاعب share their lams
		if rest, ok := strings.CutPrefix(n, p); ok && (arOccupations[rest] || p == "لل" && arOccupations["ل"+rest]) {
			return p[:len("ب")] // بالمدرب Y، للمدرب Y
		}
	}
	// بمصممة الأزياء Y: the noun in construct, its preposition glued
	if !strings.HasPrefix(n, "ال") || t < 1 {
		return ""
	}
	if n, ok = word(t - 1); !ok {
		return ""
	}
	if p, rest := arPrepNoun(n); p != "" && arOccupations[rest] {
		return p
	}
	return ""
}

// arArticlePrep returns the preposition (ل or ب) glued with the article
// to the normalised Arabic word n (للرئيس، بالرئيس، وللرئيس), or "".
func arArticlePrep(n string) string {
	n = strings.TrimPrefix(strings.TrimPrefix(n, "و"), "ف")
	switch {
	case strings.HasPrefix(n, "لل") && len(n)-len("لل") >= 6:
		return "ل"
	case strings.HasPrefix(n, "بال") && len(n)-len("بال") >= 6:
		return "ب"
	}
	return ""
}

// enModifier reports whether token t is a determiner or, by its ending,
// an adjective (neighboring, southern, occupied), or a part of a
// hyphenated compound (war-torn, US-led), as may stand between a
// preposition and a name.
func (s *state) enModifier(t int) bool {
	if s.tokM[t] >= 0 {
		return false
	}
	if s.hyphenPart(t) {
		return true
	}
	if s.d.Tokens[t].Kind == doc.KindNumber {
		return true // "against 28 X officials"
	}
	if s.d.Tokens[t].Kind != doc.KindWord {
		return false
	}
	n := s.norms[t]
	switch n {
	case "the", "a", "an", "its", "their", "his", "her", "some", "about", "nearly", "around", "several", "two",
		"three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds", "thousands":
		return true
	}
	for _, suf := range []string{"ing", "ern", "ed", "al"} {
		if strings.HasSuffix(n, suf) && len(n) > len(suf)+2 {
			return true
		}
	}
	return false
}

// hyphenPart reports whether token t is a hyphen joining two words or a
// word joined by one to its neighbour, with no space between ("war-torn"
// is war, -, torn).
func (s *state) hyphenPart(t int) bool {
	toks := s.d.Tokens
	joined := func(a, b int) bool { return a >= 0 && b < len(toks) && toks[a].End == toks[b].Start }
	if toks[t].Text == "-" {
		return joined(t-1, t) && joined(t, t+1)
	}
	return toks[t].Kind == doc.KindWord && (joined(t-1, t) && toks[t-1].Text == "-" || joined(t, t+1) && toks[t+1].Text == "-")
}

// enVerbPrefixes are the prefixes that a hyphen joins to a verb, which
// stays a verb: re-open, counter-attack.
var enVerbPrefixes = map[string]bool{"re": true, "co": true, "counter": true, "pre": true, "de": true,
	"un": true, "over": true, "out": true, "mis": true, "cross": true, "non": true}

// compoundTail reports whether the English word at t ends a hyphenated
// compound whose first part is no verb prefix ("war-torn", "US-led",
// "Israeli-occupied", "cease-fire"): the compound is an adjective or a
// noun, not the verb of an event.
func (s *state) compoundTail(t int) bool {
	toks := s.d.Tokens
	if t < 2 || toks[t-1].Text != "-" || toks[t-1].End != toks[t].Start || toks[t-2].End != toks[t-1].Start {
		return false
	}
	return toks[t-2].Kind == doc.KindWord && !enVerbPrefixes[s.norms[t-2]]
}

// enGoverning returns the preposition that governs the noun phrase whose
// "of" is at token of: "to the autonomous republic of X" is "to", "talks
// with leaders of X" is "with" — the phrase stands for X where the
// recipient is sought. It is "of" when a preposition is not found within
// four lower-case words before it.
func (s *state) enGoverning(of int) string {
	for t := of - 1; t >= max(0, of-5); t-- {
		if s.d.Tokens[t].Kind != doc.KindWord || s.tokM[t] >= 0 {
			break
		}
		n := s.norms[t]
		if n == "of" || n == "by" {
			break
		}
		if enPreps[n] {
			return n
		}
		if r, _ := utf8.DecodeRuneInString(s.d.Tokens[t].Text); unicode.IsUpper(r) {
			break
		}
	}
	return "of"
}

// verbAt reports whether the Arabic token t is a verb the lexicon knows
// or an event word: a name before it opens a clause (وتركيا تهدد).
func (s *state) verbAt(t int) bool {
	if t >= len(s.norms) || s.d.Tokens[t].Kind != doc.KindWord {
		return false
	}
	return s.isEventWord(t) || s.lexVerb(t)
}

// lexVerb reports whether the Arabic token t reads as a verb of the
// lexicon (no event noun).
func (s *state) lexVerb(t int) bool {
	a, ok := s.analyzeTok(t)
	return ok && a.kind != kindNoun
}

// joinedByWa reports whether Arabic mention m follows p joined by و, its
// own proclitic (في الرياض والقاهرة) or a word of its own.
func (s *state) joinedByWa(p, m mention) bool {
	return m.tokA == p.tokB && strings.HasPrefix(s.norms[m.tokA], "و") || m.tokA == p.tokB+1 && s.norms[p.tokB] == "و"
}

// sameKind reports whether mentions a and b name entities of one kind:
// people, bodies, or places (a country and a city are both places).
func (s *state) sameKind(a, b mention) bool {
	kind := func(m mention) string {
		if len(m.ents) == 0 {
			return ""
		}
		if t := s.ents[m.ents[0]].Type; !isPlace(t) {
			return t
		}
		return "place"
	}
	return kind(a) != "" && kind(a) == kind(b)
}

// coordBefore reports whether mention mi is joined by و/and to the mention
// just before it (X وY, X و Y, X and Y).
func (s *state) coordBefore(mi int) bool {
	if mi == 0 {
		return false
	}
	m, p := s.ments[mi], s.ments[mi-1]
	if !s.en && m.titleA < m.tokA {
		// a name after its title: the conjunction is the title's
		// (X والرئيس الفرنسي Y), and the mentions inside the title
		// (وزير خارجية [إيران] Y) are not what it is joined to
		j := mi - 1
		for j > 0 && s.ments[j].tokA >= m.titleA {
			j--
		}
		if s.ments[j].tokA >= m.titleA {
			return false
		}
		p = s.ments[j]
		if len(p.ents) == 1 && s.ents[p.ents[0]].Type == "PER" && p.tokB < m.titleA && s.officeSpan(p.tokB, m.titleA) == m.titleA {
			// X نائب وزير الصحة ومدير الجامعة Y: the office after the
			// name before goes with it
			p.tokB = m.titleA
		}
		t := s.d.Tokens[m.titleA]
		pl := titleProclitic(t.Text)
		if rest, ok := strings.CutPrefix(t.Text, "و"); ok && pl == 0 && strings.HasPrefix(rest, "ال") {
			pl = len("و") // an elliptic title: نظيريه الأمريكي X والروسي Y
		}
		m.tokA, m.start = m.titleA, t.Start+pl
	}
	t := s.d.Tokens[m.tokA]
	if s.en {
		return m.tokA == p.tokB+1 && (s.norms[p.tokB] == "and") ||
			m.tokA == p.tokB+1 && s.norms[p.tokB] == ","
	}
	if m.tokA == p.tokB && m.start > t.Start {
		pre := s.d.Text[t.Start:m.start]
		return pre == "و"
	}
	if m.tokA == p.tokB+1 && m.start == t.Start {
		w := s.norms[p.tokB]
		return w == "و" || w == "،" || w == "," || w == "وحتي" || w == "وكذلك" || w == "وايضا"
	}
	if m.tokA == p.tokB+1 && m.start > t.Start && s.d.Text[t.Start:m.start] == "و" {
		w := s.norms[p.tokB]
		return w == "،" || w == "," // X، وY
	}
	if m.tokA == p.tokB+2 && m.start == t.Start {
		// X وحتى Y، X وكذلك Y، X وأيضاً Y: a coordination stressed
		w, v := s.norms[p.tokB], s.norms[p.tokB+1]
		return (w == "و" || w == "،" || w == ",") && (v == "حتي" || v == "كذلك" || v == "ايضا")
	}
	if m.tokA == p.tokB && m.start == t.Start {
		return false
	}
	return false
}

// trigger is one event word of a sentence.
type trigger struct {
	tok int
	e   *entry
	a   analysis
	// comp is the token of the verb of its infinitive complement
	// ("threatened to shell", "urged X to support"), 0 when none; compE
	// its entry.
	comp  int
	compE *entry
	// objEnd is, for an Arabic participle, the token after its object
	// phrase (معرباً عن شكره): the words of the phrase stay triggers of
	// their own, coded only when the participle codes nothing.
	objEnd int
}

// enComplementTypes are the verbal categories whose verbs take an
// infinitive complement that is the content of the act, not an event of
// its own: what is agreed, asked, refused or threatened ("agreed to
// withdraw" is AGREE, "threatened to shell" THREATEN, "urged X to support
// Y" REQUEST, as CAMEO and PLOVER code them).
var enComplementTypes = map[string]bool{"AGREE": true, "REQUEST": true, "REJECT": true, "THREATEN": true,
	"ACCUSE": true, "SUPPORT": true, "CONCEDE": true}

// complements drops the English triggers that are the infinitive
// complement of the trigger before them, or its object noun right after it, ("X threatened to [shell] Y",
// "X urged Y to [support] Z", "X refused to [allow]"): within eight tokens,
// no clause break between, "to" just before (or before one adverb); or its
// object noun, within three tokens after a determiner or preposition ("X
// called for [sanctions] against Y"). The governing trigger keeps the
// complement's token in comp, so that its recipient may be found there.
func (s *state) complements(trigs []trigger, sen doc.Sentence) []trigger {
	out := trigs[:0]
	for _, tr := range trigs {
		if n := len(out); n > 0 {
			gov := &out[n-1]
			t := tr.tok
			to := t - 1
			if to > sen.FirstToken && s.norms[to] != "to" && strings.HasSuffix(s.norms[to], "ly") {
				to-- // to fully withdraw
			}
			// or its object noun: "called for sanctions", "rejected a
			// call", "demanded talks"
			noun := t-gov.tok <= 3 && t-1 > gov.tok && s.nounCue(t-1) && !s.mentionBetween(gov.tok+1, t)
			// a protest's purpose is its topic, no event of its own
			// (PLOVER): "marched to protest X", "rallied to demand Y"
			purpose := gov.e.Type == "PROTEST" && to > gov.tok && s.norms[to] == "to" && t-gov.tok <= 8
			// or the object of the infinitive's verb that is no trigger:
			// "threatened to resume [attacks] in X", "vowed to step up
			// [raids] on X"
			inf := s.infObject(gov.tok, t)
			// or a lexicon word right after the verb, which can only be
			// its object noun: "rejected calls by X", "reimposed
			// blockades in X", "accepted demands"
			adjacent := t == gov.tok+1 && gov.a.kind != kindNoun
			if (purpose || adjacent || enComplementTypes[gov.e.Type] && (noun || inf || to > gov.tok && s.norms[to] == "to" && t-gov.tok <= 8)) &&
				!s.commaBetween(gov.tok+1, t) {
				if gov.comp == 0 {
					gov.comp, gov.compE = t, tr.e
				}
				s.used[t] = true
				continue
			}
		}
		out = append(out, tr)
	}
	return out
}

// enParticles are the adverb particles of English phrasal verbs that may
// stand between a verb and its object ("step up raids", "carry out
// strikes", "break off relations").
var enParticles = map[string]bool{"up": true, "off": true, "out": true, "down": true}

// infObject reports whether the English trigger at t is the object noun of
// the verb of an infinitive after the trigger at gov: "to" stands after
// gov, then one to three lower-case words (a verb, a particle, a
// determiner or an adjective; no mention, preposition, conjunction or
// punctuation), then t, at most eight tokens after gov.
func (s *state) infObject(gov, t int) bool {
	if t-gov > 8 {
		return false
	}
	to := -1
	for k := t - 2; k >= max(gov+1, t-4); k-- {
		if s.norms[k] == "to" {
			to = k
			break
		}
	}
	if to < 0 {
		return false
	}
	for k := to + 1; k < t; k++ {
		n := s.norms[k]
		if s.d.Tokens[k].Kind != doc.KindWord || s.tokM[k] >= 0 || enPreps[n] && !enParticles[n] ||
			n == "and" || n == "or" || n == "that" || n == "to" {
			return false
		}
		if r, _ := utf8.DecodeRuneInString(s.d.Tokens[k].Text); !unicode.IsLower(r) {
			return false
		}
	}
	return true
}

func (s *state) sentence(si int, sen doc.Sentence) {
	if s.en {
		s.enDemands(sen)
	}
	if !s.en && s.furniture(sen) {
		return
	}
	sport := !s.en && s.sportSentence(sen)
	var trigs []trigger
	for ti := sen.FirstToken; ti < sen.EndToken; ti++ {
		if s.tokM[ti] >= 0 || s.used[ti] || s.d.Tokens[ti].Kind != doc.KindWord {
			continue
		}
		var a analysis
		var ok bool
		if s.c.lx.stopped(s.norms[ti], s.d.Tokens[ti].Text) {
			continue
		}
		if s.en && s.compoundTail(ti) {
			continue // war-torn, US-led, Israeli-occupied: an adjective
		}
		if s.en {
			es := s.c.lx.en[s.norms[ti]]
			if ti > sen.FirstToken && s.nounCue(ti-1) {
				es = slices.DeleteFunc(slices.Clone(es), func(e *entry) bool { return e.gen })
			}
			if len(es) == 0 {
				es = nil
			}
			a, ok = analysis{entries: es, kind: kindPast, person: 3}, es != nil
		} else {
			// tanween marks a noun (دعماً is no «دعما», they supported),
			// and so does a preposition before the word (على دعم الصفقة)
			// and so does «إنّ» before it, which a verb never follows (قال
			// إن طالب الصيدلة: the student)
			nounOnly := strings.ContainsAny(s.d.Tokens[ti].Text, "\u064B\u064C\u064D") ||
				ti > sen.FirstToken && (arNounBefore[s.norms[ti-1]] || arScheduled[s.norms[ti-1]] || arCounters[s.norms[ti-1]] || s.countBefore(ti) ||
					s.afterInna(ti-1) || s.afterAnna(ti-1)) ||
				s.objectAfterSubject(ti, sen) || s.joinedToMasdar(ti, sen)
			if nounOnly {
				a, ok = s.c.lx.analyzeAr(s.norms[ti], true)
			} else {
				a, ok = s.analyzeTok(ti)
			}
			if ok && a.jussive && !(ti > sen.FirstToken && arJussive[s.norms[ti-1]]) {
				ok = false // كما يعتد بـ: «reckons», no يعتدي without لم
			}
			if ok && a.pron == "ه" && s.taMarbuta(ti) {
				ok = false // وزارة is no «زاره» (visited him): ة is no pronoun
			}
			if ok && s.prayer(ti, sen, a) {
				ok = false // دعت القيادة الله أن …، داعيا المولى: a prayer
			}
			if ok && a.kind != kindNoun && ti+1 < sen.EndToken && s.norms[ti+1] == "الله" {
				ok = false // أيده الله، حفظه الله: a prayer, God its subject
			}
			if ok && a.kind == kindPast && !strings.ContainsAny(s.d.Tokens[ti].Text, hamzaLetters) {
				// هنا is no هنأ: an entry of flag H needs its hamza written
				a.entries = slices.DeleteFunc(slices.Clone(a.entries), func(e *entry) bool { return e.hamza })
				ok = len(a.entries) > 0
			}
			if ok {
				a = s.firstPerson(ti, sen, a)
			}
			if ok && a.kind == kindPast && !a.conj && strings.HasPrefix(s.norms[ti], "وعد") && strings.Contains(s.d.Tokens[ti].Text, "عد\u0651") {
				ok = false // وعدّ X المهرجان البوابة: و and عدّ (considered), not وعد (promised)
			}
			if ok && s.arousesFeeling(ti, sen, a) {
				ok = false // بشكل يدعو إلى الريبة: it gives rise to suspicion, asks nothing
			}
			if ok && ti+1 < sen.EndToken && s.norms[ti+1] == "عن" && slices.ContainsFunc(a.entries, func(e *entry) bool { return e.Type == "CONSULT" && e.Cameo == "040" }) &&
				strings.Contains(s.norms[ti], "بحث") {
				ok = false // بحثاً عن ملاذ، يبحث عن عمل: searching for, no talks
			}
			if ok && a.pron != "" && strings.HasPrefix(arStripProclitic(s.norms[ti]), "هاتف") && s.phoneNoun(ti, sen) {
				ok = false // طرح هاتفها الرائد: its phone, not «phoned her»
			}
			if ok && ti > sen.FirstToken && arTake[strings.TrimPrefix(s.norms[ti-1], "و")] &&
				slices.ContainsFunc(a.entries, func(e *entry) bool { return e.Type == "AGREE" }) {
				ok = false // أخذ تعهد خطي عليه: a pledge taken from someone, not given
			}
			if ok && s.receivesPatients(ti, sen, a) {
				ok = false // المستشفى الذي استقبل المصابين: patients, no guests
			}
			if ok && a.kind == kindPast && strings.TrimPrefix(strings.TrimPrefix(s.d.Tokens[ti].Text, "و"), "ف") == "إيد" {
				// إيد (Ed) is no أيّد, written with أ (إ is common only on
				// the alef of derived forms: إتهم، إستهدف, which stay)
				ok = false
			}
			if p := ti - 1; ok && a.kind == kindNoun && ti > sen.FirstToken && (arNegNoun[arStripProclitic(s.norms[p])] || arDeviceNouns[s.norms[p]] || arDeviceNouns[arStripProclitic(s.norms[p])]) {
				// عدم دعوة إيران: not inviting it; مشروع كشف التسربات, صناع
				// القرار: a project's purpose, the makers of decisions
				ok = false
			}
			if ok && a.kind != kindNoun && ti+1 < sen.EndToken && strings.Contains(s.norms[ti], "تظاهر") && s.feigns(ti) {
				ok = false // يتظاهر بالتدين: feigns piety, no demonstration (تظاهروا بالآلاف stays)
			}
			if ok && s.norms[ti] == "دان" && s.danName(ti, sen) {
				ok = false // وقال دان ويرثايمر، السفير السابق دان شابيرو إن: the name Dan
			}
			if ok && a.kind != kindNoun && s.opinionAgree(ti, sen, a) {
				ok = false // واتفق معه X ويقول: X shares a view, agrees to nothing
			}
		}
		if !ok {
			continue
		}
		s.objEnd = 0
		e := s.pickEntry(ti, sen, a)
		if e != nil && !s.en && e.Type == "ACCUSE" && e.Cameo == "112" && a.kind != kindNoun && a.pron == "" && ti+1 < sen.EndToken &&
			strings.Contains(s.norms[ti+1], "مسؤولي") {
			continue // تحمّل المسؤولية: bore it; حمّل X المسؤولية has X first
		}
		if e == nil || sport && (e.Type == "CONSULT" && len(e.obj) == 0 || e.sportMetaphor && (e.Type != "RETREAT" || s.sportStrict(sen))) {
			// المنتخب يلتقي العراق: a match, no meeting; but a coach
			// holds a meeting (عقد اجتماعاً) as anyone does
			continue
		}
		trigs = append(trigs, trigger{tok: ti, e: e, a: a, objEnd: s.objEnd})
	}
	if s.en {
		trigs = s.complements(trigs, sen)
	}
	prevEnd := sen.FirstToken // tokens before this are taken by earlier events
	s.prevNoun = false
	// the trigger before: its token, and whether it was a verbal noun that
	// coded no event (a verbal noun joined to it by و codes none either)
	k0, nounUncoded := 0, false
	var prevActors []int
	s.prevGender = 0
	var cts []codedTrigger
	skipTo := 0 // the object phrase of a coded participle
	// after a verb of condemning: where its arguments end and who condemns
	condemnEnd, condemners := 0, map[string]bool(nil)
	condemnTok := -1              // the last Arabic trigger of condemning that coded
	threatFrom, threatEnd := 0, 0 // an Arabic verb of threatening and where its clause ends
	for k, tr := range trigs {
		if tr.tok < skipTo {
			continue
		}
		if tr.tok < threatEnd && !tr.a.conj && !s.arCauseBetween(threatFrom, tr.tok, true) {
			// هدد X بعواقب قد تشمل فرض عقوبات: what is threatened has not
			// happened (but هدد X بالرد بعد قصف Y: the strike has, and so
			// has what a clause of its own (وقصف) says)
			continue
		}
		if !s.en && tr.e.Type == "AGREE" && tr.e.hasPrep("ب") && len(tr.e.obj) == 0 && tr.a.kind != kindNoun && k+1 < len(trigs) && trigs[k+1].a.kind == kindNoun &&
			arHarm[trigs[k+1].e.Type] && s.complementGap(tr.tok+1, trigs[k+1].tok) {
			// تعهد بمعاقبة X، وعد بقصف X: a promise (تعهد، وعد، التزم
			// ب) to harm is a threat (futureType); a promise to send
			// troops (بإرسال قوات إلى X) may be help, and stays AGREE
			tr.comp, tr.compE = trigs[k+1].tok, trigs[k+1].e
		}
		left := max(sen.FirstToken, tr.tok-10, prevEnd)
		right := min(sen.EndToken, tr.tok+14)
		if !s.en {
			// Arabic titles are long: the object may come after the
			// subject's title phrase, an adjunct of time and place and
			// its own title (استقبل صاحب السمو الملكي … وزير الدفاع في
			// قصر السلام بجدة مساء اليوم معالي وزير الدولة … اللواء ركن X)
			right = min(sen.EndToken, tr.tok+40)
		}
		if tr.comp > 0 {
			// the complement's arguments are the event's: "threatened to
			// cut off electricity to X"
			right = min(sen.EndToken, tr.comp+10)
		}
		next := k + 1
		for next < len(trigs) && trigs[next].tok < tr.objEnd {
			next++ // the words of a participle's object phrase (شكره)
		}
		if next < len(trigs) && trigs[next].a.kind != kindNoun {
			right = min(right, trigs[next].tok)
		}
		var (
			evs     []Event
			lastTok int
			actors  []int
		)
		if !(nounUncoded && !s.en && tr.a.conj && tr.tok-k0 <= 4 && s.nounReading(tr)) {
			evs, lastTok, actors = s.code(si, sen, tr, left, right, prevActors)
		}
		// كل من ينوي زيارة تونس ودعمها: a verbal noun joined by و to one
		// that coded nothing shares its lack of an agent
		nounUncoded, k0 = tr.a.kind == kindNoun && len(evs) == 0, tr.tok
		// a newspaper or a channel reports fighting, it does not fight:
		// أبلغ مصدر (عكاظ) أن معارك عنيفة تدور
		evs = slices.DeleteFunc(evs, func(ev Event) bool { return arMaterial[ev.Type] && ev.Actor != nil && s.media(ev.Actor.ID) })
		if !s.en && tr.tok > sen.FirstToken && s.norms[tr.tok-1] == "او" && tr.a.kind != kindNoun {
			// جاءت لتهدم بيتاً، أو تصادر أرضاً: a verb after «أو» is one
			// of alternatives, no act the text asserts
			evs = nil
		}
		if !s.en && tr.e.Type == "REJECT" && condemnTok >= 0 && tr.tok-condemnTok <= 3 && strings.HasPrefix(s.norms[tr.tok], "و") &&
			s.onlySubjectBetween(condemnTok+1, tr.tok, tr.a.pron != "") {
			// تدين وترفض، استنكار المملكة ورفضها للتصريحات: one
			// condemnation said twice, no rejection of a proposal
			evs = nil
		}
		if len(evs) > 0 && !s.en && arCondemn(tr.e) {
			condemnTok = tr.tok
		}
		if condemnEnd > 0 && tr.a.kind == kindNoun && tr.tok-condemnEnd <= 8 {
			// انتقد X Y بسبب قمع الصحفيين: the deed condemned is not the
			// condemner's own
			evs = slices.DeleteFunc(evs, func(ev Event) bool { return ev.Actor != nil && condemners[ev.Actor.ID] })
		}
		condemnEnd = 0
		if len(evs) > 0 && !s.en && arCondemn(tr.e) && tr.a.kind != kindNoun {
			condemnEnd, condemners = lastTok+1, map[string]bool{}
			for _, ev := range evs {
				condemners[ev.Actor.ID] = true
			}
		}
		if len(evs) > 0 {
			s.prevNoun = tr.a.kind == kindNoun
		}
		if len(evs) > 0 && !s.en && tr.e.Type == "THREATEN" && tr.e.hasPrep("ب") && tr.a.kind != kindNoun {
			// هدد، توعد، لوّح بـ: what one threatens with; not حذر من (a
			// warning of what may well be happening)
			threatFrom, threatEnd = tr.tok, lastTok+1
			for threatEnd < sen.EndToken && s.d.Tokens[threatEnd].Kind != doc.KindPunct && !arThreatEnds[s.norms[threatEnd]] &&
				!strings.HasPrefix(s.norms[threatEnd], "مؤكد") && !strings.HasPrefix(s.norms[threatEnd], "قائل") {
				threatEnd++
			}
		}
		if len(evs) > 0 && tr.objEnd > 0 {
			skipTo = tr.objEnd
		}
		if len(evs) == 0 && !s.en && arComplementTypes[tr.e.Type] && tr.a.kind != kindNoun && !arCondemn(tr.e) &&
			k+1 < len(trigs) && trigs[k+1].a.kind == kindNoun && trigs[k+1].tok-tr.tok <= 8 && !s.punctBetween(tr.tok+1, trigs[k+1].tok) &&
			!s.verbBetween(tr.tok+1, trigs[k+1].tok) {
			// دعا الآلاف في تل أبيب إلى استقالة X: a demand, a promise, an
			// accusation whose maker is no entity still has its verbal
			// noun for content, no event of its own
			n := s.norms[trigs[k+1].tok]
			if p := s.norms[trigs[k+1].tok-1]; p == "الي" || p == "علي" || strings.HasPrefix(n, "ب") || strings.HasPrefix(n, "ل") {
				skipTo = max(skipTo, trigs[k+1].tok+1)
			}
		}
		if len(evs) > 0 && !s.en && arComplementTypes[tr.e.Type] && (tr.a.kind != kindNoun || tr.e.Type == "ACCUSE") && !arCondemn(tr.e) {
			// اتهمت X Y بدعم Z، حث X Y على عدم معارضة Z، تعهدت X
			// باستمرار الدعم: the verbal noun after the verb and its
			// recipient is what is alleged, asked or promised, not an
			// event of its own; after the noun of an accusation too
			// (اتهام روسيا لأوكرانيا بقصف دونباس)
			// (طالب X بانسحاب القوات التركية: the noun's genitive may
			// have been taken for the recipient, lastTok past the noun)
			after := lastTok + 1
			if len(tr.e.obj) > 0 && tr.a.kind != kindNoun && tr.e.Cameo == "036" {
				// ووجه X لـY دعوة لزيارة Z: the content follows the
				// invitation, after the recipient
				if end := s.matchObj(tr.tok, sen, tr.e); end > after {
					after = end
				}
			}
			if k+1 < len(trigs) && trigs[k+1].a.kind == kindNoun && (s.complementGap(after, trigs[k+1].tok) || tr.comp == trigs[k+1].tok ||
				trigs[k+1].tok <= lastTok && s.complementGap(tr.tok+1, trigs[k+1].tok)) {
				skipTo = max(skipTo, trigs[k+1].tok+1)
			}
		}
		if !s.en && tr.e.Type == "ACCUSE" && tr.a.kind != kindNoun && !arCondemn(tr.e) && k+1 < len(trigs) && trigs[k+1].a.kind != kindNoun {
			// اتهمت X Y بأنها قصفت Z: the deed alleged is no event,
			// whether or not the accusation has its parties named
			from := tr.tok + 1
			if len(evs) > 0 {
				from = lastTok + 1
			}
			for c := from; c < trigs[k+1].tok && s.d.Tokens[c].Kind != doc.KindPunct; c++ {
				if arThat[s.norms[c]] {
					if s.thatClause(c, trigs[k+1].tok) {
						skipTo = max(skipTo, trigs[k+1].tok+1)
					}
					break
				}
			}
		}
		if len(evs) > 0 {
			if s.en || tr.tok == sen.FirstToken || !relPronouns[s.norms[tr.tok-1]] {
				// a relative clause's event leaves the antecedent to the
				// main verb: كان كيري الذي زار موسكو قد التقى لافروف
				prevEnd = max(prevEnd, lastTok+1)
			}
			prevActors = actors
			s.prevGender = s.actGender
			cts = append(cts, codedTrigger{tok: tr.tok, evs: evs, warning: !s.en && tr.e.Type == "THREATEN" && tr.e.hasPrep("من")})
		}
	}
	if s.en {
		s.events = append(s.events, s.enMainEvents(sen, cts)...)
		return
	}
	var evs []Event
	for _, ct := range cts {
		for _, ev := range ct.evs {
			if ev.Type == "THREATEN" && ev.Recipient == nil && ct.warning {
				// حذر من التصعيد، محذراً من الفوضى: a warning to no party
				// named is no threat (PLOVER: coercive warnings); it is
				// coded all the same, so that what is warned of is not
				// read as an event, and then left out
				continue
			}
			evs = append(evs, ev)
		}
	}
	evs = slices.DeleteFunc(evs, func(ev Event) bool {
		// (a wish or a readiness and the act wished, أبدى استعداده لزيارة
		// X: one promise, with X)
		return ev.Recipient == nil && (arDeedVerbs[strings.TrimPrefix(arNorm(ev.Trigger), "و")] || ev.Type == "AGREE" && !s.en) && nearWithRecipient(evs, ev)
	})
	if !s.en {
		// أبدى استعداده لدعم X: the verb and its verbal noun coded the
		// same promise twice
		for i := len(evs) - 1; i > 0; i-- {
			if ev := evs[i]; ev.Type == "AGREE" && slices.ContainsFunc(evs[:i], func(o Event) bool { return sameAct(o, ev) }) {
				evs = slices.Delete(evs, i, i+1)
			}
		}
	}
	s.events = append(s.events, s.casualties(sen, evs)...)
}

// arLift are the verbal nouns, normalised and without the article, of
// lifting or easing a sanction (رفع الحظر، إلغاء العقوبات، تخفيف الحصار).
var arLift = arWordSet("رفع إلغاء تخفيف إنهاء تعليق وقف")

// disasterIn reports whether the Arabic sentence speaks of a natural
// disaster or an epidemic (السيول، الحرائق، الإعصار، الوباء).
func (s *state) disasterIn(sen doc.Sentence) bool {
	for t := sen.FirstToken; t < sen.EndToken; t++ {
		n := strings.TrimPrefix(arStripProclitic(s.norms[t]), "ال")
		for _, w := range arDisasters {
			if strings.HasPrefix(n, w) {
				return true
			}
		}
	}
	return false
}

// arDisasters begin the words, normalised, without the article, of
// natural disasters and epidemics.
var arDisasters = []string{"سيول", "امطار", "حرائق", "حريق", "اعصار", "فيضان", "وباء", "زلزال", "عاصف", "موجه الحر", "كورونا", "انفلونزا", "جفاف"}

// sameAct reports whether events a and b have one type, actor, recipient
// and negation, their triggers within 40 bytes of each other.
func sameAct(a, b Event) bool {
	argID := func(x *Arg) string {
		if x == nil {
			return ""
		}
		return x.ID
	}
	return a.Type == b.Type && argID(a.Actor) == argID(b.Actor) && argID(a.Recipient) == argID(b.Recipient) && a.Negated == b.Negated &&
		max(a.TriggerStart-b.TriggerEnd, b.TriggerStart-a.TriggerEnd) <= 40
}

// nearWithRecipient reports whether evs has an event of ev's type and
// actor with a recipient, whose trigger lies within 40 bytes of ev's
// (about six words): a deed verb that takes up an attack coded with its
// target is the same act (تعرضت X لهجمات نفذها Y: the attacks Y carried
// out on X).
func nearWithRecipient(evs []Event, ev Event) bool {
	for _, o := range evs {
		if o.Recipient != nil && o.Type == ev.Type && o.Actor != nil && ev.Actor != nil && o.Actor.ID == ev.Actor.ID &&
			o.Negated == ev.Negated && max(o.TriggerStart-ev.TriggerEnd, ev.TriggerStart-o.TriggerEnd) <= 40 {
			return true
		}
	}
	return false
}

// enNounCues are the words after which an English word is a noun (the aid,
// its forces, of arms), so that a verb of the generated lexicon is no
// trigger there.
var enNounCues = map[string]bool{"the": true, "a": true, "an": true, "its": true, "their": true,
	"his": true, "her": true, "our": true, "my": true, "your": true, "this": true, "these": true,
	"those": true, "of": true, "for": true, "with": true, "by": true, "from": true, "on": true,
	"in": true, "at": true, "into": true, "new": true, "more": true, "further": true, "any": true,
	"some": true, "no": true, "military": true, "economic": true, "humanitarian": true, "financial": true,
	"such": true, "under": true, "without": true, "after": true, "before": true, "against": true,
	"recent": true, "repeated": true, "renewed": true, "fresh": true, "latest": true, "growing": true,
	"international": true, "western": true, "several": true, "many": true}

// objectAfterSubject reports whether the Arabic word at ti stands where
// the object of a verb of the lexicon is, right after the verb's subject
// (أدانت تركيا [قصف] روسيا لحلب): a verb there would have no subject of
// its own, so the word is read as a verbal noun.
func (s *state) objectAfterSubject(ti int, sen doc.Sentence) bool {
	if ti-1 < sen.FirstToken || s.tokM[ti-1] < 0 || strings.HasPrefix(s.norms[ti], "و") || strings.HasPrefix(s.norms[ti], "ف") {
		return false // وصل بوتين وعقد اجتماعاً: a verb joined by و opens its own clause
	}
	m := s.ments[s.tokM[ti-1]]
	if m.tokB != ti || m.prep != "" || m.titleA-1 < sen.FirstToken {
		return false
	}
	v := m.titleA - 1
	return s.tokM[v] < 0 && s.d.Tokens[v].Kind == doc.KindWord && s.isEventWord(v)
}

// nounCue reports whether token t is a word of enNounCues outside a name
// ("the", "recent", but not "International" of "Amnesty International").
func (s *state) nounCue(t int) bool {
	return enNounCues[s.norms[t]] && s.tokM[t] < 0
}

// pickEntry returns the first entry of a whose conditions hold at ti.
func (s *state) pickEntry(ti int, sen doc.Sentence, a analysis) *entry {
	for _, e := range a.entries {
		if len(e.obj) == 0 && !e.invite {
			return e
		}
		if end := s.matchObj(ti, sen, e); end > 0 {
			if a.kind == kindPart && e.Type != typeNone {
				// the phrase's own words (شكره) stay triggers: they are
				// coded when the participle finds no subject
				s.objEnd = end
				return e
			}
			for t := ti + 1; t < end; t++ {
				if s.tokM[t] < 0 {
					s.used[t] = true
				}
			}
			if e.Type == typeNone {
				return nil
			}
			return e
		}
		if s.relObj(ti, sen, e, a) {
			return e
		}
		if e.invite && !s.en {
			// دعا X، مع لقبه وظرف الزمان والمكان، إلى زيارة …: the
			// object after إلى (or ل) however long the names before it
			for t := ti + 1; t+1 < min(sen.EndToken, ti+30); t++ {
				if s.d.Tokens[t].Kind != doc.KindWord && s.d.Tokens[t].Text != "،" && s.d.Tokens[t].Text != "," {
					break
				}
				if s.norms[t] != "الي" {
					continue
				}
				if mi := s.tokM[t+1]; mi >= 0 {
					if s.ments[mi].inTitle {
						continue // المبعوث الأممي إلى اليمن: of the title
					}
					break // دعا X إلى Y: the place case below
				}
				if slices.ContainsFunc(e.obj, func(ph []string) bool { return len(ph) == 1 && s.objWord(s.norms[t+1], ph[0]) }) {
					return e
				}
				break // the first إلى decides: دعا إلى وقف القتال is a request
			}
		}
		if e.invite {
			// دعا … إلى + a place: an invitation
			for t := ti + 1; t < min(sen.EndToken, ti+15); t++ {
				if mi := s.tokM[t]; mi >= 0 {
					m := s.ments[mi]
					if (m.prep == "الي" || m.prep == "to") && len(m.ents) == 1 && isPlace(s.ents[m.ents[0]].Type) {
						return e
					}
				}
			}
		}
	}
	return nil
}

func isPlace(t string) bool { return t == "GPE" || t == "LOC" }

// matchObj returns the token after the object phrase of e that follows ti
// within four tokens (in English seven, over a date or an adjective: "lifted
// on Friday a day-old blockade", but not over a comma), or 0 when there is
// none.
func (s *state) matchObj(ti int, sen doc.Sentence, e *entry) int {
	reach := 5
	if s.en {
		reach = 8
	}
	if e.Type == typeNone {
		reach = 4 // رفض المصدر الإفصاح: near, in the verb's own clause
	}
	for t, n := ti+1, 1; t < sen.EndToken && n < reach; t++ {
		if s.en && n > 4 && s.commaBetween(ti+1, t) {
			break
		}
		if !s.en && s.norms[t] == ":" {
			break // what follows a colon is said, no object: علق X قائلاً: «المفاوضات
		}
		if !s.en && t > ti+1 && arComplementizers[s.norms[t]] && !strings.HasPrefix(s.norms[t], "ب") && s.objAt(t, sen.EndToken, e) == 0 &&
			t+1 < sen.EndToken && s.tokM[t+1] >= 0 {
			// a clause of «أنّ» with a named subject is no object word's:
			// أكد X أن روسيا دعمت (أعلنت X أن وقف إطلاق النار … is: the
			// object opens the clause; وصف X Y بأنها جريمة too)
			break
		}
		if e.Type == typeNone && s.d.Tokens[t].Kind == doc.KindPunct && !(t+1 < sen.EndToken && arTimeWords[s.norms[t+1]]) &&
			!(t > ti+1 && arTimeWords[s.norms[t-1]]) {
			break // its own clause; «، أمس،» between is an adjunct
		}
		// An Arabic subject between the verb and its object does not
		// count: وقّع الرئيس عبد الفتاح السيسي اتفاقية; nor do
		// punctuation, a prayer after a name and a time adjunct (أجرى
		// الملك سلمان -حفظه الله-، أمس، اتصالاً)
		if s.en || s.tokM[t] < 0 && !s.inPhraseOfName(t) && !s.objAside(t) {
			n++
		}
		if !s.en && s.tokM[t] >= 0 && s.ments[s.tokM[t]].tokA != t {
			continue // a word inside a name (تحالف دعم الشرعية) is no object; its head may be (إلى المحكمة الجزائية)
		}
		if !s.en && s.inPhraseOfName(t) {
			continue // nor a word of a title (وزير الشؤون الإسلامية والأوقاف والدعوة)
		}
		if e.objNext && t > ti+1 && (s.tokM[t-1] < 0 || s.ments[s.tokM[t-1]].tokA != ti+1) {
			break // قطع رأس X، قطع X رأس Y: nothing else between
		}
		// after خلال the noun is the time of the act, no invitation's
		// object: دعا، خلال اجتماعه مع X، إلى (تلقى خلال اتصال هاتفي
		// تهنئة: the call is received)
		during := !s.en && e.invite && t > ti+1 && arDuring[strings.TrimPrefix(s.norms[t-1], "و")]
		if end := s.objAt(t, sen.EndToken, e); end > 0 && !during {
			return end
		}
		// nor does an Arabic object lie beyond another event word: أعلنت
		// X اعتقال مسلحين أبدوا تأييدهم is no announcement of support
		if !s.en && s.isEventWord(t) && !s.inPhraseOfName(t) {
			break
		}
	}
	return 0
}

// arDuring are the prepositions, normalised, of a time adjunct whose noun
// is no object of the verb before it (خلال اجتماعه، أثناء زيارته، عقب لقائه).
var arDuring = map[string]bool{"خلال": true, "اثناء": true, "عقب": true, "اثر": true, "ابان": true, "اثناءه": true}

// frontedObject returns, for an Arabic verb at ti whose entry needs an
// object word and has that object, definite, right after it (وقّع
// الاتفاقية X وY: the object before the subject), the token where the
// subject begins: after the object and «كل من». 0 otherwise.
func (s *state) frontedObject(ti int, tr trigger) int {
	e, t := tr.e, ti+1
	if s.en || tr.a.kind == kindNoun || len(e.obj) == 0 || t >= len(s.tokM) || s.tokM[t] >= 0 || !hasArticle(s.norms[t]) {
		return 0
	}
	end := s.objAt(t, len(s.norms), e)
	if end > 0 && end+1 < len(s.norms) && s.norms[end] == "كل" && s.norms[end+1] == "من" {
		end += 2
	}
	return end
}

// objAt returns the token after the object phrase of e that starts at
// token t and ends before limit, 0 when none does.
func (s *state) objAt(t, limit int, e *entry) int {
	for _, ph := range e.obj {
		ok := true
		for k, w := range ph {
			if t+k >= limit || !s.objWord(s.norms[t+k], w) {
				ok = false
				break
			}
			if e.Type == typeNone && !s.en && k == 0 && arPrepGlued(s.norms[t], w) {
				// ووعدهم بخطوات: a promise's ب, no «deemed them steps»;
				// the words of NONE name their own prepositions
				ok = false
				break
			}
		}
		if ok {
			return t + len(ph)
		}
	}
	return 0
}

// arPrepGlued reports whether the normalised Arabic word n reaches the
// object word w only past a preposition glued to it (بخطوات for خطو).
func arPrepGlued(n, w string) bool {
	n = strings.TrimPrefix(strings.TrimPrefix(n, "و"), "ف")
	return !strings.HasPrefix(n, w) && !strings.HasPrefix(strings.TrimPrefix(n, "ال"), w)
}

// relObj reports whether the object of e stands before the Arabic verb
// at ti, which carries the pronoun that refers back to it: ضربات جوية
// شنتها مقاتلات التحالف، التفجير الذي نفذه التنظيم، حملة مداهمات شنتها
// القوات. Up to three words
// (adjectives, a relative pronoun) stand between, no name or punctuation.
func (s *state) relObj(ti int, sen doc.Sentence, e *entry, a analysis) bool {
	if s.en || a.kind == kindNoun || a.pron == "" || a.pron == "نا" || a.pron == "ك" || a.pron == "كم" || a.pron == "ني" {
		return false
	}
	for t := ti - 1; t >= max(sen.FirstToken, ti-4); t-- {
		if s.tokM[t] >= 0 || s.d.Tokens[t].Kind != doc.KindWord {
			return false
		}
		for _, ph := range e.obj {
			// a phrase of several words ends before the verb:
			// حملة مداهمات شنتها القوات
			if t+len(ph) > ti {
				continue
			}
			ok := true
			for k, w := range ph {
				if !s.objWord(s.norms[t+k], w) {
					ok = false
					break
				}
			}
			if ok {
				return true
			}
		}
	}
	return false
}

// analyzeTok is lx.analyzeAr of token t's normalised form (not noun-only),
// read once per document.
func (s *state) analyzeTok(t int) (analysis, bool) {
	if !s.arDone[t] {
		s.arDone[t] = true
		s.arMemo[t], s.arOK[t] = s.c.lx.analyzeAr(s.norms[t], false)
		if s.arOK[t] && s.arMemo[t].pron == "ه" && s.taMarbuta(t) {
			// ة is no pronoun, whatever normalising makes of it: وزارة
			// (ministry) is no وزاره (and he visited him)
			s.arMemo[t], s.arOK[t] = analysis{}, false
		}
	}
	return s.arMemo[t], s.arOK[t]
}

// isEventWord reports whether the Arabic token t is a word of the lexicon
// (a verb or verbal noun of some entry), outside a name and no STOP word.
func (s *state) isEventWord(t int) bool {
	if s.eventWord[t] == 0 {
		s.eventWord[t] = 2
		if s.tokM[t] < 0 && s.d.Tokens[t].Kind == doc.KindWord && !s.c.lx.stopped(s.norms[t], s.d.Tokens[t].Text) {
			if _, ok := s.analyzeTok(t); ok {
				s.eventWord[t] = 1
			}
		}
	}
	return s.eventWord[t] == 1
}

// objWord reports whether the normalised token n is the object word w, as
// a prefix once its conjunction, preposition and article are off.
func (s *state) objWord(n, w string) bool {
	if strings.HasPrefix(n, w) {
		return true
	}
	if s.en {
		return false
	}
	for _, p := range []string{"و", "ف"} {
		n = strings.TrimPrefix(n, p)
	}
	for _, p := range []string{"بال", "لل", "ال", "ب", "ل"} {
		if strings.HasPrefix(n, p) && strings.HasPrefix(n[len(p):], w) {
			return true
		}
	}
	return strings.HasPrefix(n, w)
}

var arNeg = map[string]bool{"لم": true, "لن": true, "لا": true, "ليس": true, "عدم": true, "دون": true, "بدون": true, "ولم": true, "ولن": true, "ولا": true, "فلم": true, "فلن": true, "فلا": true}

// arJussive are the particles before a present verb in the jussive,
// which drops a weak last letter (لم يلتق), normalised.
var arJussive = map[string]bool{"لم": true, "ولم": true, "فلم": true, "لما": true, "ولما": true, "ان": true, "لا": true, "ولا": true}

// arStill are the verbs that make a negation «still» (لا تزال إيران تدعم،
// لم يزل، لا ينفك), normalised.
var arStill = map[string]bool{"زال": true, "زالت": true, "يزال": true, "تزال": true, "يزالون": true, "يزالان": true, "تزالان": true, "نزال": true,
	"يزل": true, "تزل": true, "ينفك": true, "تنفك": true, "يبرح": true, "تبرح": true, "برح": true, "انفك": true, "فتي": true, "يفتا": true}

var enNeg = map[string]bool{"not": true, "never": true, "didn't": true, "doesn't": true, "don't": true, "won't": true, "wasn't": true, "weren't": true, "hasn't": true, "haven't": true, "no": true, "cannot": true, "can't": true}

// arIntent are the verbs of intending and planning before a verbal noun
// (يعتزم زيارة، يخطط لزيارة), normalised.
var arIntent = map[string]bool{"يعتزم": true, "تعتزم": true, "يعتزمان": true, "يعتزمون": true, "ينوي": true, "تنوي": true,
	"يخطط": true, "تخطط": true, "يزمع": true, "تزمع": true}

// arDesire are the nouns, normalised, of a party's wish or readiness to
// act, with its pronoun (رغبته في زيارة، استعداده لزيارة، نيتها): the act
// after them is to come, the party's own.
var arDesire = arWordSet(`رغبته رغبتها رغبتهم رغبتهما استعداده استعدادها استعدادهم استعدادهما نيته نيتها نيتهم
	عزمه عزمها عزمهم تطلعه تطلعها تطلعهم`)

// arResolve are the verbs of hesitating and sparing that a negation makes
// a resolve (لن تتوانى عن دعم X، لا تتردد في، لن ندخر جهداً في: «will
// surely support»), normalised: the negation denies the hesitation, not
// the act, and the act is promised.
var arResolve = arWordSet("يتوانى تتوانى نتوانى أتوانى يتوانوا يتردد تتردد نتردد أتردد يترددوا يدخر تدخر ندخر أدخر يدخروا")

// arNotYet are the negations of what is to come or of what is ever so
// (لن، لا), normalised: a negated hesitation after them is a promise,
// after لم or ما a deed done.
var arNotYet = arWordSet("لن ولن فلن لا ولا فلا")

// intentVerb returns the verb of arIntent that governs the Arabic verbal
// noun at ti: right before it, or before the verb's subject right before
// it (يعتزم أردوغان زيارة); or the verb of arResolve after a negation
// whose preposition (or «جهداً في») stands right before it (لن تتوانى عن
// دعم); -1 when none.
func (s *state) intentVerb(ti int, sen doc.Sentence) int {
	p := ti - 1
	if p < sen.FirstToken {
		return -1
	}
	// أعرب عن رغبته في زيارة X، أبدى استعداده لزيارة X: a wish to act
	if n := s.norms[p]; n == "في" && p-1 >= sen.FirstToken && arDesire[s.norms[p-1]] {
		return p - 1
	}
	if strings.HasPrefix(s.norms[ti], "ل") && arDesire[s.norms[p]] {
		return p
	}
	if n := s.norms[p]; n == "عن" || n == "في" {
		q := p - 1
		if q > sen.FirstToken && strings.HasPrefix(s.norms[q], "جهد") {
			q--
		}
		if q > sen.FirstToken && arResolve[s.norms[q]] && arNeg[s.norms[q-1]] {
			return q
		}
	}
	if mi := s.tokM[p]; mi >= 0 && s.ments[mi].tokB == ti && s.ments[mi].prep == "" && s.actorOK(s.ments[mi]) {
		p = s.ments[mi].titleA - 1
	}
	if p >= sen.FirstToken && arIntent[strings.TrimPrefix(s.norms[p], "و")] {
		return p
	}
	return -1
}

var arFuture = func() map[string]bool {
	m := map[string]bool{"سوف": true, "وسوف": true, "لن": true, "ولن": true, "مقرر": true, "مقررا": true, "المقرر": true,
		"مرتقب": true, "المرتقب": true, "سيتم": true, "سيجري": true}
	maps.Copy(m, arIntent) // intending and planning are future cues too
	return m
}()
var enFuture = map[string]bool{"will": true, "would": true, "'ll": true, "shall": true, "plans": true, "planned": true, "intends": true, "scheduled": true, "expected": true,
	// willingness is intent (PLOVER AGREE: "indicate willingness")
	"willing": true, "prepared": true, "ready": true, "plan": true, "intend": true, "intended": true}

// negated reports whether the trigger at ti is denied.
func (s *state) negated(ti int, sen doc.Sentence) bool {
	neg := s.negCue(ti, sen)
	if !neg {
		return false
	}
	if !s.en {
		// لم … فقط/فحسب … بل: "not only", not a denial
		for t := ti + 1; t < min(sen.EndToken, ti+6); t++ {
			if n := s.norms[t]; n == "فقط" || n == "فحسب" {
				return false
			}
		}
	} else {
		for t := ti + 1; t < min(sen.EndToken, ti+3); t++ {
			if s.norms[t] == "only" {
				return false
			}
		}
	}
	return true
}

func (s *state) negCue(ti int, sen doc.Sentence) bool {
	neg, deny := arNeg, []string{"نفي", "وينفي", "ينفي", "نفت", "تنفي", "ونفي", "ونفت"}
	if s.en {
		neg, deny = enNeg, []string{"denied", "denies", "deny"}
	}
	for t := ti - 1; t >= max(sen.FirstToken, ti-3); t-- {
		n := s.norms[t]
		if neg[n] && !(!s.en && t+1 < ti && (arStill[s.norms[t+1]] || arResolve[s.norms[t+1]])) {
			return true
		}
		if !s.en && (n == "ما" || n == "وما" || n == "فما") && t == ti-1 && !(t > sen.FirstToken && arMaAdverbs[s.norms[t-1]]) {
			return true
		}
		if s.tokM[t] >= 0 && t < ti-1 {
			break
		}
	}
	for t := ti - 1; t >= max(sen.FirstToken, ti-7); t-- {
		if slices.Contains(deny, s.norms[t]) {
			if s.en {
				return true
			}
			for u := t + 1; u < ti; u++ { // نفى X أن …
				switch s.norms[u] {
				case "ان", "انه", "انها", "انهم", "انهما":
					return true
				}
			}
		}
	}
	return false
}

func (s *state) future(ti int, sen doc.Sentence, a analysis) bool {
	if a.future {
		return true
	}
	if !s.en && a.kind == kindPres && ti > sen.FirstToken && strings.TrimPrefix(s.norms[ti-1], "و") == "قد" {
		return true // قد تشن: «may launch», a possibility (قد شنت is «has launched»)
	}
	if !s.en && a.kind == kindNoun && ti+1 < sen.EndToken && arScheduled[s.norms[ti+1]] {
		return true // زيارته المقررة إلى X: a visit to come
	}
	fut := arFuture
	if s.en {
		fut = enFuture
	}
	for t := ti - 1; t >= max(sen.FirstToken, ti-3); t-- {
		if fut[s.norms[t]] || !s.en && fut[strings.TrimPrefix(s.norms[t], "و")] {
			return true
		}
	}
	if !s.en && a.kind == kindNoun {
		if iv := s.intentVerb(ti, sen); iv >= 0 && (arResolve[s.norms[iv]] && iv > sen.FirstToken && arNotYet[s.norms[iv-1]] || arDesire[s.norms[iv]]) {
			return true // لن تتوانى عن دعم X، رغبته في زيارة X: a resolve, a wish (لم تتردد: done)
		}
	}
	if s.en && s.futureOverObject(ti, sen) {
		return true
	}
	return s.en && s.inPattern(ti, sen, a, enFuture)
}

// inPattern reports whether a word of cues stands between an English
// trigger and the end of its entry's object phrase: "said it will
// support", where PETRARCH's pattern is the speech verb and its object.
func (s *state) inPattern(ti int, sen doc.Sentence, a analysis, cues map[string]bool) bool {
	e := s.pickEntry(ti, sen, a)
	if e == nil || len(e.obj) == 0 {
		return false
	}
	end := s.matchObj(ti, sen, e)
	for t := ti + 1; t < end; t++ {
		if cues[s.norms[t]] {
			return true
		}
	}
	return false
}

// ultimatum reports whether "unless" follows the English trigger at ti in
// its sentence, before a semicolon.
func (s *state) ultimatum(ti int, sen doc.Sentence) bool {
	for t := ti + 1; t < sen.EndToken; t++ {
		switch s.norms[t] {
		case "unless":
			return true
		case ";":
			return false
		}
	}
	return false
}

// ultimatumSubject returns the subject of the "unless" clause after the
// English trigger at ti: a bare actor mention at most three words after
// "unless" ("unless the X government agrees"), or -1.
func (s *state) ultimatumSubject(ti int, sen doc.Sentence, inWin func(mention) bool) int {
	for t := ti + 1; t < sen.EndToken; t++ {
		switch s.norms[t] {
		case ";":
			return -1
		case "unless":
			for u := t + 1; u < min(sen.EndToken, t+4); u++ {
				if mi := s.tokM[u]; mi >= 0 {
					if m := s.ments[mi]; m.prep == "" && s.actorOK(m) && inWin(m) {
						return mi
					}
					return -1
				}
			}
			return -1
		}
	}
	return -1
}

// enModal are the English modals of possibility; a verb they
// govern is no event, unless it is itself a promise or a threat.
var enModal = map[string]bool{"may": true, "might": true, "could": true, "can": true}

// futureOverObject reports whether the English trigger at ti is the head
// of the object phrase of a verb after a future cue: "would tighten the
// naval blockade", "will impose new sanctions". Up to six words stand
// between the cue and the trigger, no mention, punctuation, preposition
// or conjunction.
func (s *state) futureOverObject(ti int, sen doc.Sentence) bool {
	for t := ti - 1; t >= max(sen.FirstToken, ti-6); t-- {
		n := s.norms[t]
		if enFuture[n] {
			return t < ti-3
		}
		if s.tokM[t] >= 0 || s.d.Tokens[t].Kind != doc.KindWord || enPreps[n] || n == "and" || n == "or" || n == "that" {
			return false
		}
	}
	return false
}

// modal reports whether an English modal governs the trigger at ti, within
// three words before it ("could soon be attacked").
func (s *state) modal(ti int, sen doc.Sentence) bool {
	if !s.en {
		return s.arCondition(ti, sen)
	}
	for t := ti - 1; t >= max(sen.FirstToken, ti-3); t-- {
		if enModal[s.norms[t]] {
			return true
		}
		if s.tokM[t] >= 0 || s.d.Tokens[t].Kind != doc.KindWord {
			return false
		}
	}
	return false
}

// arConditionals are the Arabic particles of a condition (إذا ضربت،
// لو هاجمت), normalised, with their conjunctions.
var arConditionals = map[string]bool{"اذا": true, "واذا": true, "فاذا": true, "لو": true, "ولو": true, "لولا": true}

// arPossibility are the nouns of possibility before أن (احتمالات أن تشن).
var arPossibility = map[string]bool{"احتمال": true, "احتمالات": true, "احتماليه": true, "امكانيه": true, "امكان": true}

// arCondition reports whether the Arabic trigger at ti is only supposed: a
// conditional particle stands up to four words before it with no
// punctuation between (إذا ضربت، لو قررت روسيا قصف), or it opens
// the clause of a noun of possibility (احتمالات أن تشن).
func (s *state) arCondition(ti int, sen doc.Sentence) bool {
	for t := ti - 1; t >= max(sen.FirstToken, ti-4); t-- {
		if s.d.Tokens[t].Kind != doc.KindWord {
			return false
		}
		n := s.norms[t]
		if arConditionals[n] {
			return true
		}
		if (n == "حال" || n == "حاله") && t > sen.FirstToken && strings.TrimPrefix(s.norms[t-1], "و") == "في" {
			return true // في حال(ة) ردّ X: in case X responds
		}
		if n == "ان" && t-1 >= sen.FirstToken && arPossibility[strings.TrimPrefix(s.norms[t-1], "و")] {
			return true
		}
	}
	return false
}

// futureType maps an event announced for the future: intent to cooperate
// is AGREE, intent to harm is THREATEN (PLOVER).
func futureType(typ, cameo string) (string, string) {
	switch typ {
	case "CONSULT":
		return "AGREE", "036"
	case "SUPPORT":
		return "AGREE", "032"
	case "COOPERATE":
		return "AGREE", "031"
	case "AID":
		return "AGREE", "033"
	case "CONCEDE", "RETREAT":
		return "AGREE", "035"
	case "ASSAULT", "MOBILIZE":
		return "THREATEN", "138"
	case "SANCTION":
		return "THREATEN", "1312"
	case "COERCE":
		return "THREATEN", "132"
	}
	return typ, cameo
}

// passive reports whether the trigger is passive: a damma on an Arabic
// verb (اعتُقل، استُهدف), تم/جرى before a masdar, or was/were … by.
func (s *state) passive(tr trigger, sen doc.Sentence) bool {
	if s.en {
		if strings.HasSuffix(s.norms[tr.tok], "ing") {
			return false // progressive: "is attacking", "were demanding"
		}
		for t := tr.tok - 1; t >= max(sen.FirstToken, tr.tok-2); t-- {
			switch s.norms[t] {
			case "was", "were", "been", "being", "is", "are", "be", "got":
				return true
			}
		}
		return false
	}
	if tr.a.kind == kindPart {
		return false // the damma of مُطالِباً is no passive
	}
	if tr.tok > sen.FirstToken {
		switch strings.TrimPrefix(s.norms[tr.tok-1], "و") {
		case "تم", "جري", "يتم", "يجري", "سيتم", "سيجري", "تمت", "تتم", "ستتم", "جرت", "تجري", "ستجري":
			// تمت دعوة X، أن تتم دعوته: no inviter named; after them
			// the word is a verbal noun even where it reads as a verb
			// too (يتم فرضها)
			return true
		}
	}
	if tr.a.kind == kindNoun {
		return false
	}
	if s.chargePassive(tr, sen) || s.arrestPassive(tr, sen) || s.strikeAfter(tr, sen) >= 0 || s.seizedPassive(tr, sen) {
		return true
	}
	form := s.d.Tokens[tr.tok].Text
	// a damma on one of the first three letters marks the passive
	n := 0
	for _, r := range form {
		if r == 'ُ' {
			return true
		}
		if r >= 'ء' && r <= 'ي' {
			n++
			if n > 3 {
				break
			}
		}
	}
	return false
}

// strikeAfter returns, for an unvocalised Arabic verb of attack whose
// next word is ب and a noun of a strike (استُهدف بضربة جوية، قُتل بغارة
// أمريكية), the token of that noun: the verb is passive, its subject the
// one struck and the strike's adjective the striker. -1 otherwise.
func (s *state) strikeAfter(tr trigger, sen doc.Sentence) int {
	t := tr.tok + 1
	if s.en || tr.e.Type != "ASSAULT" || tr.a.kind == kindNoun || t >= sen.EndToken {
		return -1
	}
	if mi := s.tokM[t]; mi >= 0 && s.ments[mi].tokA == t && s.ments[mi].prep == "" {
		if len(s.ments[mi].ents) != 1 || s.ents[s.ments[mi].ents[0]].Type != "PER" {
			return -1 // قصفت إسرائيل بقذيفة غزة: a country or a body strikes
		}
		t = s.ments[mi].tokB // قُتل X بغارة: the person struck between
	}
	if t >= sen.EndToken {
		return -1
	}
	if rest, ok := strings.CutPrefix(s.norms[t], "ب"); !ok || !arStrikeNouns[rest] {
		return -1
	}
	for k := t + 1; k < sen.EndToken && s.d.Tokens[k].Kind != doc.KindPunct; k++ {
		if mi := s.tokM[k]; mi >= 0 && s.ments[mi].prep == "" && !s.inPhraseOfName(k) {
			dem := false
			if s.c.Demonym != nil {
				_, _, dem = s.demonymAt(k)
			}
			if !dem {
				return -1 // استهدفت بغارة حماس: the one struck after the strike
			}
		}
	}
	return t
}

// arStrikeNouns are the nouns of a strike after ب (normalised).
var arStrikeNouns = arWordSet("ضربة غارة صاروخ قذيفة طائرة قصف هجوم عبوة رصاص رصاصة")

// arrestPassive reports whether an unvocalised Arabic verb of arrest
// (اعتقل، أوقف، احتجز) is passive: a person's name follows it and no
// other name stands bare after that one in the clause (واعتُقل X مع ستة
// مسؤولين، وأوقف X في فلوريدا). People are arrested by the police, the
// army or the authorities, which the active verb names (اعتقلت الشرطة
// X); a person who arrests another is rare news.
func (s *state) arrestPassive(tr trigger, sen doc.Sentence) bool {
	if tr.e == nil || tr.e.Type != "COERCE" || tr.e.Cameo != "173" || tr.a.kind == kindNoun || tr.tok+1 >= sen.EndToken {
		return false
	}
	mi := s.tokM[tr.tok+1]
	if mi < 0 || s.ments[mi].prep != "" || len(s.ments[mi].ents) != 1 || s.ents[s.ments[mi].ents[0]].Type != "PER" {
		return false
	}
	// the object of the active verb follows its subject at once, or
	// after a word or two (اعتقلت X أمس Y)
	for t := s.ments[mi].tokB; t < min(sen.EndToken, s.ments[mi].tokB+3); t++ {
		if s.norms[t] == "،" || s.norms[t] == "," || s.norms[t] == ":" {
			break
		}
		if o := s.tokM[t]; o >= 0 && o != mi && s.ments[o].prep == "" && s.actorOK(s.ments[o]) {
			return false // اعتقل X Y: an object after the subject
		}
	}
	return true
}

// seizedPassive reports whether «ألقي القبض» or «أخلي سبيل» is the
// passive (أُلقي القبض على X: X was arrested; أُخلي سبيله: he was
// released): the past verb ends in ي where the active ends in ى, and its
// object noun follows it at once, where the active has its subject first
// (ألقت الشرطة القبض). Vocalised forms are read by their damma.
func (s *state) seizedPassive(tr trigger, sen doc.Sentence) bool {
	if tr.e == nil || tr.a.kind == kindNoun || tr.tok+1 >= sen.EndToken {
		return false
	}
	form := strings.TrimPrefix(strings.TrimPrefix(unmarked(s.d.Tokens[tr.tok].Text), "و"), "ف")
	obj, ok := arPassiveYa[form]
	return ok && strings.HasPrefix(s.norms[tr.tok+1], obj)
}

// arPassiveYa are the passive spellings in ي of verbs whose active past
// ends in ى, with the start of the object noun that follows the passive
// at once (normalised).
var arPassiveYa = map[string]string{"ألقي": "القبض", "القي": "القبض", "أخلي": "سبيل", "اخلي": "سبيل"}

// arCharges are the indefinite nouns of a charge that follow a verb of
// accusing in the passive (اتُّهم بجريمة، يُتهم بتهمة).
var arCharges = map[string]bool{"بجريمه": true, "بجرائم": true, "بتهمه": true, "بتهم": true,
	"بارتكاب": true, "بقتل": true, "بتمويل": true, "بالتخطيط": true, "بمحاوله": true, "بتهريب": true}

// chargePassive reports whether an unvocalised Arabic verb of accusing is
// passive: with no object pronoun, its charge follows it at once (واتهم
// بجريمة إرهاب، واتهما بالإعداد لهجوم), where the active verb has its
// object first (اتهم الادعاء رجلاً بالتآمر). The charge is a noun with ب
// and the article, or one of arCharges, and no name.
func (s *state) chargePassive(tr trigger, sen doc.Sentence) bool {
	if tr.e.Type != "ACCUSE" || tr.a.pron != "" || !tr.e.trans {
		return false
	}
	n := tr.tok + 1
	if n >= sen.EndToken || s.tokM[n] >= 0 || s.d.Tokens[n].Kind != doc.KindWord {
		return false
	}
	w := s.norms[n]
	return strings.HasPrefix(w, "بال") && len(w) > len("بال")+4 || arCharges[w]
}

// group returns mention mi and the mentions coordinated after it.
func (s *state) group(mi, right int) ([]int, int) {
	var g []int
	g = append(g, s.ments[mi].ents...)
	last := mi
	for j := mi + 1; j < len(s.ments) && s.ments[j].tokA < right; j++ {
		if s.ments[j].inTitle {
			continue // a name in the title of the next: وزير خارجية [إيران] Y
		}
		if !s.en && s.ments[j].prep == "" && s.inOfficeOf(last, j, right) {
			continue // a body in the office after the name before: X مدير [جامعة الملك سعود] ومدير … Y
		}
		if (s.ments[j].tokA == s.ments[last].tokB || s.ments[j].titleA == s.ments[last].tokB && s.ments[j].titleA < s.ments[j].tokA) &&
			s.ments[j].prep == "" && !slices.ContainsFunc(s.ments[j].ents, func(e int) bool { return !slices.Contains(g, e) }) {
			// the same referent named again: الرئيس المصري [عبد الفتاح
			// السيسي], وزير الدفاع صاحب السمو الملكي [الأمير محمد بن سلمان]
			last = j
			continue
		}
		if !s.ments[j].coord && !s.headOfBody(j, last) || s.ments[j].prep != "" && !s.ments[j].prepShared {
			break
		}
		for _, e := range s.ments[j].ents {
			if !slices.Contains(g, e) {
				g = append(g, e)
			}
		}
		last = j
	}
	return g, last
}

// inOfficeOf reports whether mention j lies in the office phrase after
// person mention last (X مدير [جامعة الملك سعود]).
func (s *state) inOfficeOf(last, j, right int) bool {
	p := s.ments[last]
	if len(p.ents) != 1 || s.ents[p.ents[0]].Type != "PER" || s.ments[j].tokA < p.tokB ||
		slices.ContainsFunc(s.ments[j].ents, func(e int) bool { return s.ents[e].Type == "PER" }) {
		return false // a person after the office is another's name
	}
	return s.ments[j].tokB <= s.officeSpan(p.tokB, right)
}

// headOfBody reports whether mention j is a body named right after «و»
// and a title of its head, just after mention last (X ورئيس منظمة Y):
// the unnamed head of a body acts for it, as the guidelines say, so the
// body joins the group.
func (s *state) headOfBody(j, last int) bool {
	m := s.ments[j]
	t := m.tokA - 1
	if t < 1 || t != s.ments[last].tokB || len(m.ents) != 1 || s.ents[m.ents[0]].Type != "ORG" || s.en {
		return false
	}
	w := s.d.Tokens[t].Text
	return strings.HasPrefix(w, "و") && link.ArTitleHead(w[len("و"):])
}

// targetAfter reports whether a target follows at token t: على or ضد, or
// a name after ل (غارات واشنطن على مواقع الحوثيين، قصف موسكو لحلب).
func (s *state) targetAfter(t int, sen doc.Sentence) bool {
	if t >= sen.EndToken {
		return false
	}
	n := s.norms[t]
	if strings.HasPrefix(n, "ل") && s.tokM[t] >= 0 {
		return !s.placeOnly(s.tokM[t])
	}
	if n != "علي" && n != "ضد" || t+1 >= sen.EndToken {
		return false
	}
	// على مواقع الحوثيين، ضد داعش: a party, not على يد X (by X) or a place
	k := t + 1
	if s.norms[k] == "يد" {
		return false // على يد X: by X
	}
	if arMembersNouns[s.norms[k]] && k+1 < sen.EndToken {
		k++
	}
	mi := s.tokM[k]
	return mi >= 0 && s.ments[mi].tokA == k
}

// capitalOnly reports whether mention mi names only a capital city.
func (s *state) capitalOnly(mi int) bool {
	m := s.ments[mi]
	return len(m.ents) == 1 && s.ents[m.ents[0]].Type == "GPE" && s.ents[m.ents[0]].Kind == "capital"
}

func isActorType(t string) bool { return t == "PER" || t == "ORG" || t == "GPE" }

func (s *state) actorOK(m mention) bool {
	if m.inTitle {
		return false
	}
	for _, e := range m.ents {
		if !isActorType(s.ents[e].Type) || s.ents[e].Kind == "city" {
			return false
		}
	}
	// A name before a colon heads a dateline or a label («الرياض:»), not
	// the clause after it; so does a name in a dateline of several parts
	// joined by dashes («واس – المنامة:»، «سبق - الرياض:»).
	if s.datelineAt(m.tokB) {
		return false
	}
	if !s.en && m.tokA >= 2 && isDash(s.d.Tokens[m.tokA-1].Text) && m.tokA-1 <= s.lineStart(m.tokA)+4 {
		// ياسر الحربي – حائل هاجم …: a reporter's name and a place
		// before the story's first word, with no colon
		if p := s.tokM[m.tokA-2]; p >= 0 && len(s.ments[p].ents) == 1 && s.ents[s.ments[p].ents[0]].Type == "PER" && len(m.ents) == 1 && isPlace(s.ents[m.ents[0]].Type) {
			return false
		}
	}
	if !s.en && m.tokB+1 < len(s.tokM) && isDash(s.d.Tokens[m.tokB].Text) && m.tokA <= s.lineStart(m.tokA)+2 && len(m.ents) == 1 && s.ents[m.ents[0]].Type == "PER" {
		// the reporter of that byline
		if q := s.tokM[m.tokB+1]; q >= 0 && len(s.ments[q].ents) == 1 && isPlace(s.ents[s.ments[q].ents[0]].Type) {
			return false
		}
	}
	return true
}

func isDash(t string) bool { return t == "-" || t == "–" || t == "—" }

// lineStart returns the first token of the line of text that token t is on.
func (s *state) lineStart(t int) int {
	for t > 0 && !strings.Contains(s.d.Text[s.d.Tokens[t-1].End:s.d.Tokens[t].Start], "\n") {
		t--
	}
	return t
}

// datelineAt reports whether the tokens from t to a colon are at most five
// dashes and names: t ends a name of a dateline or label.
func (s *state) datelineAt(t int) bool {
	for k, n := 0, 0; n <= 5 && t+k < len(s.d.Tokens); k, n = k+1, n+1 {
		tok := s.d.Tokens[t+k]
		if tok.Text == "(" {
			// a credit in parentheses before the colon: سبق- الرياض-
			// (تصوير: X):
			e := k + 1
			for e < k+8 && t+e < len(s.d.Tokens) && s.d.Tokens[t+e].Text != ")" {
				e++
			}
			if t+e >= len(s.d.Tokens) || s.d.Tokens[t+e].Text != ")" {
				return false
			}
			k = e
			continue
		}
		switch {
		case tok.Text == ":":
			return true
		case strings.ContainsAny(tok.Text, "«»\"“”") && tok.Kind == doc.KindPunct:
			n-- // the outlet in quotation marks: تايبه - «الشرق الأوسط»:
		case n == 5, !isDash(tok.Text) && s.tokM[t+k] < 0 && !arDatelineWords[s.norms[t+k]]:
			return false
		}
	}
	return false
}

// arDatelineWords are the words, normalised, of a dateline that name no
// entity of the text: the outlet's short name and its labels (ذياب الشمري-
// سبق- الرياض:، سبق- متابعة:).
var arDatelineWords = arWordSet("سبق واس متابعة وكالات خاص تقرير")

// recipientOK reports whether mention m can be a recipient: an actor, or
// any place (a city is struck, visited, left).
func (s *state) recipientOK(m mention) bool {
	if m.inTitle || s.namedAfterPlace(m) {
		return false
	}
	if s.actorOK(m) {
		return true
	}
	for _, e := range m.ents {
		if !isActorType(s.ents[e].Type) {
			return false
		}
	}
	return true
}

// namedAfterPlace reports whether the Arabic mention m is a town or a
// city right after the noun of an accord, a conference or talks that it
// names (اتفاق الطائف، معاهدة لوزان، مؤتمر جنيف): no party.
func (s *state) namedAfterPlace(m mention) bool {
	if s.en || m.tokA == 0 || len(m.ents) != 1 {
		return false
	}
	if k := s.ents[m.ents[0]].Kind; k != "city" && k != "capital" {
		return false
	}
	if m.tokB < len(s.norms) && (s.norms[m.tokB] == "مع" || strings.HasPrefix(s.norms[m.tokB], "مع")) {
		return false // اتفاق موسكو مع دمشق: Moscow is a party
	}
	n := strings.TrimPrefix(arStripProclitic(s.norms[m.tokA-1]), "ال")
	if !arNamedAfter[n] {
		for _, p := range []string{"ب", "ل", "ك", "وب", "ول", "فب"} { // باتفاق الطائف
			if r, ok := strings.CutPrefix(n, p); ok && arNamedAfter[r] {
				return true
			}
		}
		return false
	}
	return true
}

// arNamedAfter are the nouns, normalised, without the article, of the
// accords, conferences and talks that are named after the town that
// hosted them.
var arNamedAfter = arWordSet("اتفاق اتفاقية اتفاقيات معاهدة مؤتمر مسار قمة تفاهمات")

// code builds the events of one trigger. It returns them, the last token
// its arguments use and its actors.
func (s *state) code(si int, sen doc.Sentence, tr trigger, left, right int, prevActors []int) ([]Event, int, []int) {
	e := tr.e
	ti := tr.tok
	qt := s.quote[ti]
	speaker := -1
	if qt >= 0 {
		speaker = s.qSpk[qt]
	}
	reported := false // in the finder's reported speech, out of quotation marks
	if qt < 0 && !s.en && tr.a.person == 1 && !tr.a.ta {
		// (قبضت may be «she arrested» in reported speech: only a verb
		// that is first person and nothing else, أدعو، نرفض)
		speaker = s.reportedSpeaker(ti)
		reported = speaker >= 0
	}
	if !s.en && e.Type == "SANCTION" && ti > sen.FirstToken && arLift[strings.TrimPrefix(arStripProclitic(s.norms[ti-1]), "ال")] {
		return nil, ti, nil // رفع حظر الاستيراد، إلغاء العقوبات: a sanction lifted
	}
	if !s.en && e.Cameo == "1724" && s.disasterIn(sen) {
		return nil, ti, nil // حالة الطوارئ بسبب السيول: readiness for a disaster, no coercion
	}
	inWin := func(m mention) bool {
		if m.quote == qt {
			return true
		}
		// a quotation opened just before the trigger: the speaker's
		// sentence goes on outside it (بوتين "يدعم …")
		return qt >= 0 && m.tokB <= ti && m.quote < 0 && ti-m.tokB <= 3
	}
	lastTok := ti
	gender := tr.a.gender()  // of the actors, for the verbs that follow
	argMent := map[int]int{} // entity → mention index used
	var actors, recips []int
	passive := s.passive(tr, sen)

	// mentions before and after the trigger, in the window
	var leftBare, rightFirst = -1, -1
	leftBare = s.leftSubject(ti, left, sen, inWin)
	if !s.en && tr.a.kind != kindNoun && ti+1 < sen.EndToken && ti-1 >= sen.FirstToken && arDuringIt[s.norms[ti+1]] &&
		s.tokM[ti-1] < 0 && !hasArticle(arStripProclitic(s.norms[ti-1])) {
		// بعد زيارة عمل التقى خلالها X: a clause on an indefinite noun
		// whose verb the main clause's subject did
		leftBare = s.sentenceSubject(ti, sen, inWin)
	}
	subjFrom := ti + 1 // where a subject after the verb may begin
	if end := s.frontedObject(ti, tr); end > 0 {
		subjFrom = end
	} else if !s.en && tr.a.kind != kindNoun && thirdPron[tr.a.pron] {
		// قتله أيضاً تنظيم داعش: with its object a pronoun, the name
		// after an adverb is the subject (not in ناشد أيضاً X: X is the
		// object)
		subjFrom = s.afterAdverbs(subjFrom, sen)
	}
	for mi := range s.ments {
		m := s.ments[mi]
		if m.tokA < subjFrom || m.tokA >= right || !inWin(m) || m.inTitle {
			continue
		}
		if !s.onlyTitles(subjFrom, m.tokA) && m.titleA != subjFrom && !s.agentHead(subjFrom, m.tokA) && !s.quotedOrgHead(subjFrom, m) {
			break
		}
		if m.prep == "" && s.actorOK(m) {
			rightFirst = mi
			break
		}
	}
	if rightFirst < 0 && !s.en {
		rightFirst = s.armedSubject(ti, right, inWin)
	}
	addArgs := func(dst *[]int, ents []int, mi int) {
		for _, x := range ents {
			if !slices.Contains(*dst, x) {
				*dst = append(*dst, x)
				argMent[x] = mi
			}
		}
		lastTok = max(lastTok, s.ments[mi].tokB-1)
	}
	byAgent := func() int {
		for mi := range s.ments {
			m := s.ments[mi]
			if m.tokA > ti && m.tokA < right && m.prep == "by" && inWin(m) && s.actorOK(m) {
				return mi
			}
		}
		return -1
	}
	// dropActors sets actors to the subject the verb leaves unsaid (see
	// proDrop) and reports proDrop's disagree; but the clause of «كما»
	// after a comma goes on with its own sentence's subject when no event
	// before it there had actors (وتفقد مدير الشرطة اللواء X المواقع، كما
	// زار Y: X, not the actor of the sentence before).
	dropActors := func() bool {
		if mi := s.kamaSubject(ti, sen, tr, inWin); mi >= 0 && len(prevActors) == 0 {
			g, _ := s.group(mi, ti)
			addArgs(&actors, g, mi)
			s.dropGender = tr.a.gender()
			return false
		}
		var disagree bool
		actors, disagree = s.proDrop(si, ti, tr, prevActors)
		return disagree
	}
	objStart := ti // recipients come after this token
	announced := false
	demand := false     // the act is demanded of its agent (ضرورة انسحاب Y)
	var adjActor *Arg   // an actor named by an adjective (الهجوم الروسي)
	var pairArgs []*Arg // two sides named by adjectives (المباحثات السعودية الأمريكية)

	if passive {
		if mi := byAgent(); mi >= 0 {
			g, _ := s.group(mi, right)
			addArgs(&actors, g, mi)
		} else if mi := s.betweenPair(ti, right, sen, tr, inWin); mi >= 0 {
			// تم توقيع اتفاقية بين X وY: the two sides did it together
			g, _ := s.group(mi, right)
			addArgs(&actors, g, mi)
			passive = false
		}
		if at := s.strikeAfter(tr, sen); len(actors) == 0 && at >= 0 {
			// استُهدف X بضربة جوية أمريكية: the strike's adjective
			// names who struck
			for t := at + 1; t < min(sen.EndToken, at+4) && s.c.Demonym != nil; t++ {
				if id, name, ok := s.demonymAt(t); ok {
					actors, adjActor = []int{s.entityFor(id, name)}, &Arg{ID: id, Name: name, Start: s.d.Tokens[t].Start, End: s.d.Tokens[t].End}
					break
				}
			}
		}
		patient := rightFirst
		if s.en || patient < 0 {
			patient = leftBare
		}
		if patient >= 0 {
			g, _ := s.group(patient, right)
			addArgs(&recips, g, patient)
		}
		if len(actors) == 0 {
			return nil, lastTok, nil // actors are required: an unattributed passive is not coded
		}
	} else if tr.a.kind == kindNoun {
		// masdar: the actor is its possessor (genitive mention, pronoun)
		if g, v, gm, vm, ok := s.greeting(ti, right, sen, tr, speaker, inWin); ok {
			// كان X في استقبال Y، وكان في استقباله X: X greets Y
			addArgs(&actors, g, gm)
			if vm >= 0 {
				addArgs(&recips, v, vm)
			} else {
				recips = v
			}
		} else if pat, ag, adj := s.undergone(ti, sen, tr, inWin); pat >= 0 {
			// تعرضت X لقصف من Y: Y acts on X
			if adj != nil {
				actors, adjActor = []int{s.entityFor(adj.ID, adj.Name)}, adj
			} else {
				g, _ := s.group(ag, right)
				addArgs(&actors, g, ag)
			}
			g, _ := s.group(pat, ti)
			addArgs(&recips, g, pat)
		} else if eis, args, at := s.adjPair(ti, sen, tr); eis != nil {
			// المباحثات السعودية الأمريكية: the two adjectives are the sides
			actors, pairArgs = eis, args
			objStart, lastTok = at, max(lastTok, at)
			announced = true
		} else if mi := s.betweenPair(ti, right, sen, tr, inWin); mi >= 0 {
			// محادثات بين X وY، اشتباكات عنيفة بين X وY: the two
			// sides act together, one event a pair
			g, _ := s.group(mi, right)
			addArgs(&actors, g, mi)
			announced = true
		} else if iv := s.intentVerb(ti, sen); tr.a.pron == "" && iv >= 0 {
			// يعتزم زيارة X، يخطط لزيارة X، يعتزم Y زيارة X: the one who
			// intends acts, and the genitive is the object; «كل من ينوي
			// زيارة X» is anyone, no one named
			if iv > sen.FirstToken && arWhat[s.norms[iv-1]] {
				return nil, lastTok, nil
			}
			if mi := s.tokM[ti-1]; iv < ti-1 && mi >= 0 {
				g, _ := s.group(mi, ti)
				addArgs(&actors, g, mi)
			} else if mi := s.leftSubject(iv, left, sen, inWin); mi >= 0 {
				g, _ := s.group(mi, ti)
				addArgs(&actors, g, mi)
			} else if as, disagree := s.proDrop(si, ti, tr, prevActors); len(as) > 0 && !disagree {
				actors = as
			} else if mi := s.sentenceSubject(ti, sen, inWin); mi >= 0 {
				g, _ := s.group(mi, ti)
				addArgs(&actors, g, mi)
			}
			announced = true
		} else if mi := s.announcedBy(ti, left, sen, inWin); mi >= 0 && tr.a.pron == "" {
			// أعلنت X القبض على Y، تواصل X اضطهاد Y: the verb's subject
			// acts, and a genitive after the noun is its object; X وY
			// تقومان بتدريب Z: both
			for mi > 0 && s.ments[mi].coord && s.ments[mi].tokA < ti && s.ments[mi-1].tokA >= sen.FirstToken && s.ments[mi-1].prep == "" {
				mi--
			}
			g, _ := s.group(mi, ti)
			addArgs(&actors, g, mi)
			announced = true
		} else if ei, arg, at := s.adjAgent(ti, sen, tr); ei >= 0 {
			// الهجوم الروسي على X: the adjective names who attacks
			actors, adjActor = []int{ei}, arg
			objStart, lastTok = at, max(lastTok, at)
		} else if tr.a.article && tr.a.pron == "" {
			// اللقاء: no possessor; only "من جانب/قبل X" or the pronoun of
			// its object (بالإعراب عن امتنانه) names one
			if mi := byAgent(); mi >= 0 {
				g, _ := s.group(mi, right)
				addArgs(&actors, g, mi)
			} else if pr := s.nounPron(tr, sen); pr != "" {
				actors = s.resolvePron(pr, ti, speaker, nil, tr.a)
			}
		} else if mi := s.effortAgent(ti, sen, tr, inWin); mi >= 0 {
			// ثمّن جهود المملكة في دعم اليمن: whose efforts act, and the
			// genitive is the object
			g, _ := s.group(mi, ti)
			addArgs(&actors, g, mi)
			announced = true
		} else if mi, ok := s.effortPhraseAgent(ti, sen, tr, inWin); ok {
			// أكد X على دور دول التحالف بقيادة المملكة في استعادة اليمن
			// ودحر الحوثيين: the coalition acts, not the speaker; no
			// party named there, no event
			if mi < 0 {
				return nil, lastTok, nil
			}
			g, _ := s.group(mi, ti)
			addArgs(&actors, g, mi)
			announced = true
		} else if tr.a.conj && s.prevNoun && len(prevActors) > 0 && tr.a.pron == "" {
			// زيارة X إلى Y ولقاء Z: a verbal noun joined to one that
			// had its agent shares it, and its genitive is its object
			actors = slices.Clone(prevActors)
			objStart = ti
			announced = true
		} else if g := s.nounAgent(ti, sen, tr); g >= 0 && !thirdPron[tr.a.pron] && (!e.objGen || s.lamObjectAfter(g)) {
			// (a noun whose genitive is its object still has its agent
			// there when the object follows with ل: اغتيال إسرائيل لX)
			// a noun whose possessor is its pronoun (استقباله X) has its
			// agent already: the name after it is its object
			mi := g
			g, last := s.group(mi, right)
			addArgs(&actors, g, mi)
			objStart = s.ments[last].tokB - 1
		} else if pr := s.nounPron(tr, sen); pr != "" && !e.objGen {
			if mi := s.forwardSubject(ti, sen, inWin); mi >= 0 && thirdPron[pr] {
				// وخلال لقائه X، أكد Y: the pronoun points to the
				// subject of the clause the phrase opens
				g, _ := s.group(mi, sen.EndToken)
				addArgs(&actors, g, mi)
			} else if pr == "ها" && len(prevActors) == 1 && s.ents[prevActors[0]].Type == "GPE" && ti > sen.FirstToken && arTimeBefore[strings.TrimPrefix(s.norms[ti-1], "و")] {
				// بدأت تركيا عمليات … وبعد استهدافها للتنظيم: after a word
				// of time, the country that acted before in the sentence,
				// not the latest name
				actors = slices.Clone(prevActors)
			} else {
				actors = s.resolvePron(pr, ti, speaker, nil, tr.a)
			}
		} else if e.interj && speaker >= 0 {
			actors = []int{speaker}
		} else if tr.a.pron == "" && !e.objGen && ti+1 < sen.EndToken && (arPreps[s.norms[ti+1]] || s.tokM[ti+1] >= 0 && s.ments[s.tokM[ti+1]].prep != "") {
			if mi := s.forwardSubject(ti, sen, inWin); mi >= 0 {
				// وخلال زيارة إلى X، قال Y: a verbal noun with no agent
				// of its own in the phrase that opens the sentence is the
				// act of the main clause's subject
				g, _ := s.group(mi, sen.EndToken)
				addArgs(&actors, g, mi)
			} else if mi := s.settingSubject(ti, sen); mi >= 0 && e.Type == "CONSULT" {
				g, _ := s.group(mi, ti)
				addArgs(&actors, g, mi)
			}
		} else if mi := s.settingSubject(ti, sen); mi >= 0 && e.Type == "CONSULT" && tr.a.pron == "" && !e.objGen {
			g, _ := s.group(mi, ti)
			addArgs(&actors, g, mi)
		}
		if len(actors) == 0 {
			return nil, lastTok, nil
		}
		if s.demanded(ti) {
			// أكد X ضرورة انسحاب Y: X demands that Y act, Y does not yet
			mi := s.mainSubject(ti, sen, inWin)
			if mi < 0 || shareEntity(s.ments[mi].ents, actors) {
				return nil, lastTok, nil
			}
			recips = actors
			actors = nil
			g, _ := s.group(mi, ti)
			addArgs(&actors, g, mi)
			demand = true
		}
	} else if tr.a.kind == kindPart {
		// a circumstantial participle (أدانت X الهجوم، محمّلةً Y
		// المسؤولية): the subject of the main verb acts, never a name
		// after it, which is its object
		if mi := s.mainSubject(ti, sen, inWin); mi >= 0 {
			g, _ := s.group(mi, ti)
			addArgs(&actors, g, mi)
		}
		if len(actors) == 0 {
			return nil, lastTok, nil
		}
	} else {
		// verb: SVO when a bare mention stands before it in the clause,
		// else VSO, else the subject is dropped
		first := tr.a.person == 1 && (qt >= 0 || reported)
		// An Arabic verb that shows a plural subject (دعوا، يطالبون) has
		// it in its suffix: a verb before its subject stays singular
		// (دعا المشاركون), so a name after this one is its object.
		ownSubject := !s.en && tr.a.person == 3 && tr.a.plural && !tr.a.dual
		if first && tr.a.ta && !tr.a.plural && (speaker < 0 || s.ents[speaker].Type != "PER" || leftBare >= 0) {
			// قبضت is «I», «you» or «she»: an organisation or a
			// country does not speak in the first singular, and a
			// subject before the verb is its own
			first = false
		}
		if first {
			if speaker >= 0 {
				actors = []int{speaker}
			}
		} else if !s.en && tr.a.dual && ti > sen.FirstToken && arBothSides[s.norms[ti-1]] && len(s.lastPair) == 2 && si-s.pairSen <= 1 {
			// أن الجانبين اتفقا: the two sides of the talks reported
			// before, not a name before «أن»
			actors = slices.Clone(s.lastPair)
		} else if mi, ok := s.gathered(ti, right, e, inWin); ok {
			// اللقاء الذي جمع X وY: the meeting brought them together;
			// جمع with no meeting before it is no event
			if mi < 0 {
				return nil, lastTok, nil
			}
			g, _ := s.group(mi, right)
			addArgs(&actors, g, mi)
		} else if mi := s.betweenPair(ti, right, sen, tr, inWin); mi >= 0 && (leftBare < 0 || objIsBetween(e)) {
			// عُقد اجتماع بين X وY: the verb's object names the pair
			g, _ := s.group(mi, right)
			addArgs(&actors, g, mi)
		} else if s.en && s.coordVerb(ti, sen) {
			// "X killed Y and wounded Z": the subject of the verb before
			// it, never its object; none when that verb had none
			actors = slices.Clone(prevActors)
		} else if !s.en && rightFirst >= 0 && s.ments[rightFirst].tokA == s.afterAdverbs(ti+1, sen) && tr.a.pron != "" && thirdPron[tr.a.pron] && e.trans && !ownSubject {
			// أدرجهم مجلس الأمن: a verb that carries its object as a
			// pronoun and a name right after (or after an adverb: قتله
			// أيضاً تنظيم داعش) has that name for subject; the name
			// before is the pronoun's antecedent
			g, last := s.group(rightFirst, right)
			addArgs(&actors, g, rightFirst)
			objStart = s.ments[last].tokB - 1
		} else if ei, arg := s.armedBefore(ti, sen); ei >= 0 {
			// أن "مروحيتين أميركيتين هاجمتا حاجزاً": the craft or men of
			// a country, named by its adjective, before the verb
			actors, adjActor = []int{ei}, arg
		} else if rightFirst >= 0 && !s.en && e.Cameo == "042" && tr.a.pron == "" && s.ments[rightFirst].tokA == ti+1 && s.placeOnly(rightFirst) {
			// بعدما زار المغرب وتونس، زار العراق أمس الرئيس X: a place
			// right after a verb of visiting is where one goes, no
			// visitor; the visitor is named after it, or before the
			// verb (no place either), or dropped; a noun after the place
			// (وزار لبنان وفد من حماس، 300 ألف سائح) is a visitor the
			// text does not name: no event
			_, last := s.group(rightFirst, right)
			objStart = s.ments[last].tokB - 1
			if mi := s.bareAfter(s.ments[last].tokB, right, sen); mi >= 0 {
				g, _ := s.group(mi, right)
				addArgs(&actors, g, mi)
			} else if leftBare >= 0 && !s.placeOnly(leftBare) && !s.nounOpens(ti, sen) {
				mi := s.coordStart(leftBare, left) // X وY زارا
				g, _ := s.group(mi, ti)
				addArgs(&actors, g, mi)
			} else if !s.nounAfter(s.ments[last].tokB, sen) {
				if dropActors() {
					actors = nil
				}
				if len(actors) == 0 && ti > sen.FirstToken && arThatHe[s.norms[ti-1]] {
					// وقال X إنه زار تركيا، أعلن X أنه سيزور المملكة: the
					// pronoun after «أنّ» is the speaker
					// (a country is «she», a man «he»)
					if mi := s.sentenceSubject(ti, sen, inWin); mi >= 0 && len(s.ments[mi].ents) == 1 &&
						(s.ents[s.ments[mi].ents[0]].Type == "GPE") == strings.HasSuffix(s.norms[ti-1], "ها") {
						g, _ := s.group(mi, ti)
						addArgs(&actors, g, mi)
					}
				}
			}
			if len(actors) > 0 {
				g, _ := s.group(rightFirst, right)
				addArgs(&recips, g, rightFirst)
			}
		} else if leftBare >= 0 && !s.nounOpens(ti, sen) && (e.trans || len(e.obj) > 0 || !s.bareNounAfter(ti)) && !s.nounSubjectAfter(ti, sen, tr) &&
			!(tr.a.pron == "" && s.nounAntecedent(ti, sen)) && !s.ownRelativeSubject(ti, sen, rightFirst) {
			mi := s.coordStart(leftBare, left) // X وY التقيا
			g, _ := s.group(mi, ti)
			addArgs(&actors, g, mi)
		} else if mi := s.enAgentSubject(ti, left, sen, inWin); mi >= 0 {
			g, _ := s.group(mi, ti)
			addArgs(&actors, g, mi)
		} else if s.relativeNonEntity(ti, sen) && tr.a.pron == "" || s.nounSubject(ti, sen) || s.kinSubject(ti, sen) || s.nounSubjectAfter(ti, sen, tr) ||
			tr.a.kind == kindPres && ti > sen.FirstToken && arWhat[s.norms[ti-1]] {
			// «كل ما يهدد أمن البلاد»: the subject is «what», no entity
			// (before a past verb ما may deny: وما التقى X)
			// «اللجنة … التي اجتمعت», «أن الاجتماع سيناقش»: the
			// subject is a noun that is no entity; taking the last
			// actor instead would invent one.
		} else if rightFirst >= 0 && !s.en && tr.a.conj && gender == 'm' && e.trans && len(prevActors) > 0 && s.countryOnly(rightFirst) {
			// وأدان X الهجمات، وحمّل إيران المسؤولية: a masculine verb
			// has no country (feminine) for subject; the one of the verb
			// it is joined to acts, and the country is its object
			actors = slices.Clone(prevActors)
		} else if rightFirst >= 0 && !s.en && !s.pronounSubject(ti, sen) && !ownSubject {
			g, last := s.group(rightFirst, right)
			addArgs(&actors, g, rightFirst)
			objStart = s.ments[last].tokB - 1
		} else if ei, arg, at := s.armedAdj(ti, right); ei >= 0 && leftBare < 0 {
			// اختطف مسلحون حوثيون صحفيين: armed men named by their
			// group's adjective; their group acts
			actors, adjActor = []int{ei}, arg
			objStart = at
		} else if mi := s.reportedPronoun(ti, sen, inWin); mi >= 0 {
			g, _ := s.group(mi, ti)
			addArgs(&actors, g, mi)
		} else if !s.en && ti+1 < sen.EndToken && s.tokM[ti+1] < 0 && (arAgentNouns[arStripProclitic(s.norms[ti+1])] || nominativePlural(s.norms[ti+1])) ||
			!s.en && !e.trans && len(e.obj) == 0 && s.bareNounAfter(ti) {
			// فجّر انتحاري نفسه، هاجم أحد المواطنين الهيئة: the verb's
			// subject is someone the text does not name; the last actor
			// is not. So is a definite noun after a verb that takes its
			// party after a preposition (أشاد خلالها الرئيس وأعضاء
			// الفريق بـ)
		} else if !s.en || !e.gen && ti > sen.FirstToken && isEnPronoun(s.norms[ti-1]) {
			// a generated English entry needs an entity subject: its
			// verbs are too many and too loose to be coded on a pronoun
			disagree := dropActors()
			if len(actors) > 0 {
				gender = s.dropGender
			}
			if len(actors) == 0 && !s.en && !disagree {
				// (a plural verb has no one person for subject: وقال X
				// إنهم يجتمعون)
				if mi := s.sentenceSubject(ti, sen, inWin); mi >= 0 && !(tr.a.plural && tr.a.person == 3 && s.onePerson(mi)) {
					g, _ := s.group(mi, ti)
					addArgs(&actors, g, mi)
				}
			}
		}
		if len(actors) == 0 {
			return nil, lastTok, nil
		}
	}

	// recipients: a mention after the entry's preposition, a bare object,
	// a vocative, an attached pronoun; none for the two a dual pronoun
	// names as the sides of a meeting (خلال اجتماعهما بوزارة التعليم: where)
	pairDone := e.sym && tr.a.kind == kindNoun && tr.a.pron == "هما" && len(actors) == 2
	if len(recips) == 0 && !pairDone {
		from := objStart + 1 // where the clause of the object is checked from
		postTitle := -1      // the end of an office named after the actor
		if !s.en {
			for _, a := range actors {
				if mi, ok := argMent[a]; ok && mi >= 0 && mi < len(s.ments) {
					if b := s.ments[mi].tokB; len(e.obj) > 0 && s.objAt(b, right, e) > 0 {
						// استدعت X سفيرها لدى Y: the entry's object, no
						// office of the actor's
					} else if end := s.officeAfter(b, right); end > b {
						postTitle = max(postTitle, end)
					}
				}
			}
			if from > 0 && from < len(s.tokM) && s.tokM[from-1] >= 0 && shareEntity(s.ments[s.tokM[from-1]].ents, actors) {
				// بحث X ولي العهد … وزير الدفاع، مع Y: the clause of the
				// object is checked after the actor's office
				from = s.officeSpan(from, right)
			}
		}
		for mi := range s.ments {
			m := s.ments[mi]
			if m.tokA <= objStart || m.tokA >= right || !inWin(m) || !s.recipientOK(m) && !s.enPlaceIn(m) {
				continue
			}
			if !s.en && m.titleA > 0 && arLedBy[strings.TrimPrefix(s.norms[m.titleA-1], "و")] {
				continue // ناشدت الحكومة برئاسة X الحكماء: X heads the actor
			}
			if s.commaBetween(from, m.tokA) && (s.en || !s.adjunctsOnly(from, m.titleA) && !s.titleApposition(from, m) && !s.commaThenPrep(from, m, e, actors)) {
				break
			}
			if !s.en && e.Type == "THREATEN" && s.arCauseBetween(ti+1, m.tokA, false) {
				// توعد X بالرد بعد هجوم Y على Z: Z is the earlier deed's
				break
			}
			if !s.en && s.complementizerBetween(from, m.titleA) {
				// اعترفت X بأن مقاتلات بقيادة Y شنت …: a name in the
				// clause of أن is that clause's, not the verb's object
				break
			}
			if !s.en && m.tokA < postTitle {
				continue // مندوب [اليمن] لدى [جامعة الدول العربية]: the actor's office
			}
			if !s.en && m.prep == "" && e.Type == "ACCUSE" && s.deedBefore(m.titleA, from) && s.relativeBetween(from, m.titleA) {
				// أدان الممارسات التي ترتكبها X: who commits the deed
				// condemned is accused
				g, _ := s.group(mi, right)
				addArgs(&recips, g, mi)
				break
			}
			if !s.en && (e.Type == "ACCUSE" || e.Type == "REJECT" || e.Type == "SUPPORT") && s.saidBy(m, from) {
				// أدان التصريحات التي أدلى بها Y، رفض التصريحات الصادرة
				// عن Y: who made the statements is the one answered
				g, _ := s.group(mi, right)
				addArgs(&recips, g, mi)
				break
			}
			if !s.en && m.prep == "" && e.Type == "SUPPORT" && s.effortBefore(m.titleA, from) {
				// أشاد X بالجهود التي تبذلها Y، بما تقوم به Y: whose
				// efforts are praised is supported
				g, _ := s.group(mi, right)
				addArgs(&recips, g, mi)
				break
			}
			if !s.en && m.prep == "ل" && e.Type == "ACCUSE" && s.deedPhrase(from, m.titleA) {
				// أدانت X الأعمال التخريبية لـY: whose deeds are condemned
				g, _ := s.group(mi, right)
				addArgs(&recips, g, mi)
				break
			}
			if !s.en && m.prep == "" && s.relativeBetween(from, m.titleA) {
				// دانت X العمل الذي أدى إلى مقتل Y: a bare name after a
				// relative pronoun is of the relative clause
				break
			}
			if !s.en && e.Type == "CONSULT" && m.prep == "ب" && len(m.ents) == 1 && isPlace(s.ents[m.ents[0]].Type) {
				continue // التقى X اليوم بالقاهرة Y: where they met
			}
			if !s.en && (m.prep == "علي" || m.prep == "في" || m.prep == "عبر") && len(m.ents) == 1 && s.ents[m.ents[0]].Kind == "media" {
				continue // في حوار على قناة روتانا: where it was said, no party
			}
			if !s.en && e.Cameo == "161" && (m.prep == "لدي" || m.prep == "في") && len(m.ents) == 1 && s.ents[m.ents[0]].Kind != "country" && s.foreignEnvoy(ti, m.tokA) {
				continue // استدعت X السفير السعودي في طهران: where the envoy sits
			}
			if !s.en && e.Cameo == "042" && m.prep == "في" && len(m.ents) == 1 && s.ents[m.ents[0]].Type == "ORG" {
				// زار X المصابين في مستشفى Y: the institution visited
				g, _ := s.group(mi, right)
				addArgs(&recips, g, mi)
				break
			}
			if shareEntity(m.ents, actors) {
				if !s.en && m.titleA >= from && !s.commaBetween(from, m.titleA) {
					from = s.officeSpan(m.tokB, right) // the actor named again after its title, and its office
				}
				continue
			}
			if !s.en && m.tokA == ti+1 && m.start == s.d.Tokens[m.tokA].Start && tr.a.kind == kindNoun && !arPreps[s.norms[ti]] {
				m.prep = "" // لدعم اليمن: the noun's own ل governs the noun, not its genitive
			}
			if (m.prep == "" || m.prep == "من" || m.prep == "في") && !s.en {
				if p := s.partitivePrep(m, objStart); p == "affil" && arConflict[e.Type] || p != "" && e.hasPrep(p) {
					m.prep = p
				}
			}
			if !s.en && (m.prep == "ل" || m.prep == "الي" || m.prep == "من" || m.prep == "في") && arConflict[e.Type] && (s.affiliated(m, objStart) || s.heldBy(m, objStart)) {
				// تفكيك خلية تابعة لداعش: the group of the object is
				// the recipient
				m.prep = "affil"
			}
			if (m.prep != "" && (e.hasPrep(m.prep) || s.en && tr.compE != nil && m.tokA > tr.comp && tr.compE.hasPrep(m.prep))) || m.prep == "يا" ||
				(m.prep == "" && e.trans && (tr.a.kind != kindNoun && (s.en || !s.pronounClause(from, m.titleA)) || announced && (m.titleA == ti+1 || s.joinedNouns(ti+1, m.titleA) || m.titleA == ti+2 && (arHeld[s.norms[ti+1]] || placeNouns[s.norms[ti+1]]))) && !s.genitive(m, objStart)) || m.prep == "affil" ||
				// a verbal noun with its agent as a pronoun takes its object
				// bare (خلال لقائه اليوم X): no second genitive can follow
				(!s.en && m.prep == "" && e.trans && tr.a.kind == kindNoun && thirdPron[tr.a.pron] && (m.titleA == ti+1 || s.adjunctsOnly(ti+1, m.titleA) || s.titleApposition(ti+1, m))) ||
				// the object of a verbal noun after its agent takes ل: قصف
				// روسيا لحلب
				(!s.en && m.prep == "ل" && e.trans && tr.a.kind == kindNoun && objStart > ti && m.titleA == objStart+1) ||
				// and so after its agent's pronoun: اتهامه لأوكرانيا، دعمها للمعارضة
				(!s.en && m.prep == "ل" && e.trans && tr.a.kind == kindNoun && thirdPron[tr.a.pron] && m.titleA == ti+1) ||
				// a visit to a place with ل, after the visit's adjectives
				// only (بزيارة رسمية لتركيا; not زار مواقع لحماس)
				(!s.en && m.prep == "ل" && e.Cameo == "042" && tr.a.kind == kindNoun && s.visitAdjsOnly(ti+1, m.titleA)) ||
				(s.en && s.enRecipient(m, tr)) || (s.en && !passive && s.byObject(m, tr)) {
				lim := right
				if s.en {
					lim = sen.EndToken // "aid for X and Y": Y may end the window
				}
				g, _ := s.group(mi, lim)
				addArgs(&recips, g, mi)
				break
			}
		}
	}
	if len(recips) == 0 && !passive && !s.en && tr.compE != nil {
		if mi := s.complementObject(tr, sen); mi >= 0 {
			g, _ := s.group(mi, right)
			addArgs(&recips, g, mi)
		}
	}
	if len(recips) == 0 && !passive {
		pr := ""
		rel, antecedent := -1, false
		if tr.a.kind != kindNoun && tr.a.pron != "" && tr.a.pron != "نا" && e.trans {
			if rel, antecedent = s.resumptive(ti, sen); !antecedent {
				pr = tr.a.pron
			}
		}
		if pr == "" && !antecedent {
			pr = s.prepPron(ti, right, e)
		}
		switch {
		case rel >= 0 && len(s.ments[rel].ents) == 1 && !slices.Contains(actors, s.ments[rel].ents[0]):
			recips = []int{s.ments[rel].ents[0]}
		case pr != "":
			recips = s.resolvePron(pr, ti, speaker, actors, analysis{})
		}
	}
	if len(recips) == 0 && !passive && !s.en && s.similar(ti, right) {
		// كما بعث Y برقية مماثلة: to whom the like was sent before
		recips = slices.Clone(s.lastRecips[e.Type])
		recips = slices.DeleteFunc(recips, func(r int) bool { return slices.Contains(actors, r) })
	}
	var demArg *Arg
	if len(recips) == 0 && !passive && arConflict[e.Type] {
		if ei, a := s.demonymObject(objStart, sen, actors); ei >= 0 {
			recips, demArg = []int{ei}, a
		}
	}
	if len(recips) == 0 && !passive {
		if ei, a := s.counterpartObject(objStart, right, sen, e, actors); ei >= 0 {
			recips, demArg = []int{ei}, a
		} else if ei, a := s.possessedDemonym(objStart, right, sen, e, actors); ei >= 0 {
			recips, demArg = []int{ei}, a
		}
	}
	if len(recips) == 0 && !passive && !s.en && e.Type == "ASSAULT" && !e.needRec {
		// هجمات لبوكو حرام في الكاميرون ونيجيريا: where no target is
		// named, the place attacked is (a verb that needs its target
		// named, قتل X في سيناء, does not take a place for it)
		if mi := s.attackedPlace(ti, right, actors, inWin); mi >= 0 {
			g, _ := s.group(mi, right)
			addArgs(&recips, g, mi)
		}
	}
	if e.needRec && len(recips) == 0 && !(e.sym && len(actors) > 1) {
		return nil, lastTok, nil
	}
	if e.converse {
		// تلقى X برقية تهنئة من Y: Y acts on X
		if len(recips) == 0 {
			return nil, lastTok, nil
		}
		actors, recips = recips, actors
	}
	// first person plural of a symmetric verb in a quotation: we = the
	// speaker and the one spoken to (اجتماعنا، ناقشنا)
	if len(recips) == 0 && e.sym && qt >= 0 && tr.a.plural && tr.a.person == 1 && len(actors) == 1 {
		if p, ok := s.partner[actors[0]]; ok {
			recips = []int{p}
		}
	}

	typ, cameo := e.Type, e.Cameo
	if !s.en && typ == "ASSAULT" && s.verbalAttack(ti, sen, actors, recips) {
		typ, cameo = "ACCUSE", "111"
	}
	if demand {
		typ, cameo = "REQUEST", "100"
	}
	if typ == "AGREE" && tr.compE != nil {
		// intent to harm is a threat, whatever the verb of intent ("plans
		// to impose a curfew", "vowed to attack"): PLOVER's AGREE is
		// willingness to cooperate
		if t, c := futureType(tr.compE.Type, tr.compE.Cameo); t == "THREATEN" {
			typ, cameo = t, c
		}
	}
	if s.modal(ti, sen) && typ != "AGREE" && typ != "THREATEN" {
		return nil, lastTok, nil // only possible: "may attack", "could help"
	}
	if s.future(ti, sen, tr.a) || typ == "CONSULT" && tr.a.kind == kindNoun && s.decidedBefore(ti, sen) {
		typ, cameo = futureType(typ, cameo)
		if !s.en && typ != "AGREE" && typ != "THREATEN" && tr.a.kind == kindPres && ti > sen.FirstToken && strings.TrimPrefix(s.norms[ti-1], "و") == "قد" {
			// قد ترفض، قد تتهم: a rejection or an accusation that may come
			// is none yet (a possible attack is a threat, a possible
			// meeting a willingness: those stay)
			return nil, lastTok, nil
		}
		if s.en && typ == "AGREE" && e.Type != "AGREE" && s.ultimatum(ti, sen) {
			// "will withdraw its force unless X …": an act announced on
			// a condition the recipient must meet is a threat
			typ, cameo = "THREATEN", "130"
		}
	}
	if s.en && typ == "THREATEN" && len(recips) == 0 {
		// "threatened to V … unless X V": X is whom the threat presses
		if mi := s.ultimatumSubject(ti, sen, inWin); mi >= 0 && !shareEntity(s.ments[mi].ents, actors) {
			g, _ := s.group(mi, sen.EndToken)
			addArgs(&recips, g, mi)
		}
	}
	if !s.en && e.Type == "CONSULT" && len(recips) == 0 && len(actors) == 1 && s.ents[actors[0]].Type == "ORG" {
		// اجتماعها العام، أقر مجلس الإدارة في اجتماعه، لقاءاته الودية: a
		// body's own session or a club's match, with no other party; one
		// to come too (وستجتمع اللجنة), which would be AGREE
		return nil, lastTok, nil
	}
	neg := s.negated(ti, sen)
	base := Event{
		Type: typ, Cameo: cameo,
		Start: sen.Start, End: sen.End, Text: s.d.Text[sen.Start:sen.End],
		Trigger: s.d.Tokens[ti].Text, TriggerStart: s.d.Tokens[ti].Start, TriggerEnd: s.d.Tokens[ti].End,
		Negated: neg,
	}
	base.Place = s.place(sen, ti, actors, recips)
	base.Date = s.date(sen, ti)

	var evs []Event
	emit := func(a, r int) {
		ev := base
		ev.Actor = s.arg(a, argMent, ti)
		if adjActor != nil && adjActor.ID == ev.Actor.ID {
			ev.Actor = adjActor
		}
		if r >= 0 {
			ev.Recipient = s.arg(r, argMent, ti)
			if demArg != nil && demArg.ID == ev.Recipient.ID {
				ev.Recipient = demArg
			}
		}
		for _, pa := range pairArgs {
			if pa.ID == ev.Actor.ID {
				ev.Actor = pa
			}
			if ev.Recipient != nil && pa.ID == ev.Recipient.ID {
				ev.Recipient = pa
			}
		}
		evs = append(evs, ev)
		if r >= 0 && !neg && ev.Type == "CONSULT" {
			s.partner[a], s.partner[r] = r, a // the conversation partner
		}
		if r >= 0 && !neg && a != r {
			s.lastPair, s.pairSen = []int{a, r}, s.sentenceOf(ti)
		}
	}
	if len(recips) > 0 && !neg {
		if s.lastRecips == nil {
			s.lastRecips = map[string][]int{}
		}
		s.lastRecips[e.Type] = recips // read back by the entry's type
	}
	if len(recips) == 0 && len(actors) > 1 && e.sym {
		for i := 0; i < len(actors); i++ {
			for j := i + 1; j < len(actors); j++ {
				emit(actors[i], actors[j])
			}
		}
	} else {
		for _, a := range actors {
			if len(recips) == 0 {
				emit(a, -1)
				continue
			}
			for _, r := range recips {
				if r != a {
					emit(a, r)
				}
			}
		}
	}
	if len(actors) > 1 && gender != 'p' {
		gender = 0 // a verb before coordinated subjects is singular
	}
	if len(evs) > 0 {
		s.lastActors, s.lastActSen = actors, si
		s.lastGender = gender
	}
	s.actGender = gender
	return evs, lastTok, actors
}

// similar reports whether the object of the Arabic trigger at ti, before
// token right, is «like» the one before (برقية عزاء مماثلة، رسالة مماثلة).
func (s *state) similar(ti, right int) bool {
	for t := ti + 1; t < right; t++ {
		switch s.norms[t] {
		case "مماثله", "مماثلا", "مماثل", "مماثلين", "مماثلتين":
			return true
		}
	}
	return false
}

// joinedNouns reports whether tokens [a, b) are verbal nouns joined by و
// to the one before them (بتدريب [وتجهيز] X): X is the object of all.
func (s *state) joinedNouns(a, b int) bool {
	if b <= a || b-a > 2 {
		return false
	}
	for t := a; t < b; t++ {
		if !strings.HasPrefix(s.norms[t], "و") || !s.isEventWord(t) {
			return false
		}
	}
	return true
}

// arComplementTypes are the categories whose Arabic verbs take a verbal
// noun for what is alleged, asked, promised, refused or threatened
// (اتهم X بدعم، حث X على دعم، تعهد بدعم، رفض دعم، هدد بقصف): the noun is
// the content of the act, as enComplementTypes are in English.
var arComplementTypes = map[string]bool{"ACCUSE": true, "REQUEST": true, "AGREE": true, "REJECT": true, "THREATEN": true}

// arCondemn reports whether e condemns or criticises (CAMEO 111: أدان،
// ندد، استنكر): the deed condemned has happened, and its verbal noun is an
// event of its own (أدانت X الغارات الأمريكية على Y), unlike what is
// alleged (اتهم X Y بدعم Z).
func arCondemn(e *entry) bool { return e.Type == "ACCUSE" && e.Cameo == "111" }

// arComplementWords are the particles and verbs of continuing that may
// stand between such a verb and its verbal noun (على عدم، باستمرار،
// بإعادة فتح).
var arComplementWords = map[string]bool{"و": true, "علي": true, "عدم": true, "بعدم": true, "الي": true,
	"استمرار": true, "باستمرار": true, "مواصله": true, "بمواصله": true, "ضروره": true, "بضروره": true,
	"اعاده": true, "باعاده": true}

// complementGap reports whether tokens [a, b) hold nothing but entity
// mentions and arComplementWords, and the noun at b is governed by one of
// them or by its own ب (بدعم) or ل.
func (s *state) complementGap(a, b int) bool {
	if b < a || b >= len(s.norms) || b-a > 8 {
		return false // a noun before the recipient is a happening of its own: دعا X خلال لقائه Y
	}
	for t := a; t < b; t++ {
		if s.tokM[t] < 0 && !arComplementWords[s.norms[t]] {
			return false
		}
	}
	n := s.norms[b]
	return b > a && arComplementWords[s.norms[b-1]] || strings.HasPrefix(n, "ب") || strings.HasPrefix(n, "ل") || strings.HasPrefix(n, "وب")
}

// visitAdjsOnly reports whether Arabic tokens [a, b) are only adjectives
// of a visit (رسمية، الأولى، تاريخية، عمل): nisbas, words of order and
// of kind, no noun of what is visited.
func (s *state) visitAdjsOnly(a, b int) bool {
	if b-a > 3 {
		return false
	}
	for t := a; t < b; t++ {
		n := strings.TrimPrefix(s.norms[t], "ال")
		if s.tokM[t] >= 0 || s.d.Tokens[t].Kind != doc.KindWord || !arVisitAdjs[n] && !strings.HasSuffix(n, "يه") {
			return false
		}
	}
	return true
}

// arVisitAdjs are the words, normalised and without the article, that
// describe a visit and are no nisba (خاصة، الأولى، عمل، المرتقبة).
var arVisitAdjs = arWordSet("خاصة أولى عمل قصيرة سريعة مفاجئة مرتقبة مقبلة حالية أخيرة ثانية مماثلة مطولة")

// arThatHe are «أنه، إنه، بأنه» and their feminine, normalised: «that he
// (she)» right before a verb whose subject the pronoun is.
var arThatHe = arWordSet("أنه إنه بأنه وأنه أنها إنها بأنها وأنها")

// arThat are the complementisers «that» (بأن، أنه، بأنها), normalised.
var arThat = map[string]bool{"ان": true, "انه": true, "انها": true, "انهم": true, "انهما": true,
	"بان": true, "بانه": true, "بانها": true, "بانهم": true, "بانهما": true}

// thatClause reports whether tokens [a, b) are «that» and at most the
// clause's subject named before its verb at b (بأنها قصفت، بأن X قصفت).
func (s *state) thatClause(a, b int) bool {
	if b <= a || b-a > 8 || !arThat[s.norms[a]] {
		return false
	}
	for t := a + 1; t < b; t++ {
		if s.tokM[t] < 0 {
			return false
		}
	}
	return true
}

// arDeedVerbs are the verbs of a relative clause whose subject commits
// the deed a condemnation names (الممارسات التي ترتكبها X، الهجوم الذي
// شنه X، الاعتداءات التي تمارسها X).
var arDeedVerbs = map[string]bool{
	"ترتكبها": true, "يرتكبها": true, "ارتكبها": true, "ارتكبتها": true, "ترتكب": true, "يرتكب": true, "ارتكب": true, "ارتكبت": true,
	"تمارسها": true, "يمارسها": true, "مارسها": true, "مارستها": true, "تمارس": true, "يمارس": true,
	"شنها": true, "شنه": true, "شنتها": true, "شنته": true, "نفذها": true, "نفذه": true, "نفذتها": true, "نفذته": true,
	"تنفذها": true, "ينفذها": true, "تشنها": true, "يشنها": true,
}

// deedBefore reports whether a verb of arDeedVerbs stands right before
// token t, or before one word (a group's noun: ترتكبها مليشيات X), after
// token from.
func (s *state) deedBefore(t, from int) bool {
	for k := t - 1; k >= max(from, t-2); k-- {
		if arDeedVerbs[strings.TrimPrefix(s.norms[k], "و")] {
			return true
		}
		if s.tokM[k] >= 0 || s.d.Tokens[k].Kind != doc.KindWord {
			return false
		}
	}
	return false
}

// saidBy reports whether the Arabic mention m names who made what the
// trigger's object says, after token from: the subject of a relative
// clause of making statements (التي أدلى بها Y، التي أطلقها Y، الذي
// وجهه Y) or the source after «الصادرة عن» (التصريحات الصادرة عن Y).
func (s *state) saidBy(m mention, from int) bool {
	t := m.titleA
	if t-2 < from {
		return false
	}
	switch m.prep {
	case "":
		p := strings.TrimPrefix(s.norms[t-1], "و")
		if (p == "بها" || p == "به") && arStateVerbs[s.norms[t-2]] {
			return s.relativeBetween(from, t-2)
		}
		return arLaunchedVerbs[p] && s.relativeBetween(from, t-1)
	case "عن":
		// the preposition is glued to no word: عن stands alone before the name
		return s.norms[t-1] == "عن" && arIssued[s.norms[t-2]]
	}
	return false
}

// arStateVerbs are أدلى (made a statement) before بها/به; arLaunchedVerbs
// the verbs with the object's pronoun of statements made or campaigns
// launched; arIssued the words of «issued by» before عن. Normalised.
var (
	arStateVerbs    = arWordSet("أدلى أدلت يدلي تدلي")
	arLaunchedVerbs = arWordSet("أطلقها أطلقه أطلقتها أطلقته يطلقها تطلقها وجهها وجهه وجهتها وجهته يوجهها أعلنها أعلنته أعلنتها أعلنه نشرها نشرتها نشره أصدرها أصدرته أصدرتها أصدره")
	arIssued        = arWordSet("الصادرة الصادر الصادرين صدرت صدر الصادرتين")
)

// arEffortVerbs are the verbs, normalised, of a relative clause that
// names whose efforts are praised: with the object's pronoun (التي
// تبذلها Y، الذي حققه Y) or before بها/به (الدور الذي تقوم به Y).
var arEffortVerbs = map[string]bool{
	"تبذلها": true, "يبذلها": true, "بذلها": true, "بذلتها": true, "تبذله": true, "يبذله": true, "بذله": true, "بذلته": true,
	"تحققها": true, "يحققها": true, "حققها": true, "حققتها": true, "تحققه": true, "يحققه": true, "حققه": true, "حققته": true,
	"تقدمها": true, "يقدمها": true, "قدمها": true, "قدمتها": true, "تقدمه": true, "يقدمه": true, "قدمه": true, "قدمته": true,
}

// arEffortWithBiha are the verbs that take their object with بها/به in
// such a clause (الدور الذي تقوم به Y، بما تضطلع به Y).
var arEffortWithBiha = map[string]bool{
	"تقوم": true, "يقوم": true, "قام": true, "قامت": true, "تضطلع": true, "يضطلع": true, "اضطلع": true, "اضطلعت": true,
}

// effortBefore reports whether a relative clause of effort (التي تبذلها،
// ما تقوم به) opened after token from ends right before token t, or before
// one word (a group's noun: يبذلها منسوبو X).
func (s *state) effortBefore(t, from int) bool {
	for k := t - 1; k >= max(from, t-3); k-- {
		n := strings.TrimPrefix(s.norms[k], "و")
		v := k
		if (n == "بها" || n == "به") && k > from && arEffortWithBiha[s.norms[k-1]] {
			v = k - 1
		} else if !arEffortVerbs[n] {
			if k < t-1 || s.tokM[k] >= 0 || s.d.Tokens[k].Kind != doc.KindWord {
				return false
			}
			continue
		}
		if v <= from {
			return false
		}
		r := strings.TrimPrefix(s.norms[v-1], "و")
		return relPronouns[r] || r == "ما" || r == "بما" || r == "لما"
	}
	return false
}

// arDeedNouns are the nouns, normalised with the article, of deeds that
// are condemned (الأعمال التخريبية لـY، الانتهاكات المتكررة لـY).
var arDeedNouns = map[string]bool{"الاعمال": true, "الهجمات": true, "الهجوم": true, "الجرائم": true, "الممارسات": true,
	"الانتهاكات": true, "الاعتداءات": true, "الاعتداء": true, "التصريحات": true, "العمليات": true, "الخروقات": true}

// deedPhrase reports whether tokens [a, b) are a deed noun of arDeedNouns
// and at most two adjectives after it (الأعمال التخريبية).
func (s *state) deedPhrase(a, b int) bool {
	if a >= b || b-a > 3 || !arDeedNouns[s.norms[a]] {
		return false
	}
	for t := a + 1; t < b; t++ {
		if s.tokM[t] >= 0 || s.d.Tokens[t].Kind != doc.KindWord || !hasArticle(s.norms[t]) ||
			!strings.HasSuffix(s.norms[t], "ي") && !strings.HasSuffix(s.norms[t], "يه") && !strings.HasSuffix(s.norms[t], "ه") {
			return false
		}
	}
	return true
}

// officeAfter returns the token after the office phrase that follows a
// person's name at token t (محمد الهيصمي [مندوب اليمن لدى جامعة الدول
// العربية]): a title head, then names, construct nouns, nationality
// adjectives and لدى or في; t when no title head stands there.
func (s *state) officeAfter(t, right int) int {
	end := s.officeSpan(t, right)
	if end == t || end >= right {
		return t
	}
	// the office is the actor's only when the verb's object, a definite
	// noun that is no name, follows it (… لدى الجامعة الممارسات); else
	// the phrase is the object's own title (استقبل X سفير روسيا، نظيره
	// الأذري Y)
	last := s.tokM[end-1]
	if s.tokM[end] < 0 && s.d.Tokens[end].Kind == doc.KindWord && hasArticle(s.norms[end]) && (last < 0 || s.ents[s.ments[last].ents[0]].Type != "PER") {
		return end
	}
	// nor when adjuncts of place and time follow it and then another
	// title or name, the object (استقبل الأمير X أمير منطقة الرياض في
	// مكتبه أمس مدير الجامعة Y)
	if s.norms[end-1] == "في" {
		end-- // في opens the venue, it is no part of the office
	}
	for k := end; k < right; k++ {
		if s.tokM[k] >= 0 || link.ArTitleHead(s.d.Tokens[k].Text) {
			if k > end && s.adjunctsOnly(end, k) {
				return end
			}
			break
		}
	}
	return t
}

// officeSpan returns the token after the office phrase that starts at
// token t (مندوب اليمن لدى جامعة الدول العربية، ولي العهد نائب رئيس مجلس
// الوزراء وزير الداخلية), t when no title head stands there.
func (s *state) officeSpan(t, right int) int {
	if t >= right || s.tokM[t] >= 0 || !link.ArTitleHead(s.d.Tokens[t].Text) || titleProclitic(s.d.Tokens[t].Text) > 0 || arBefore[s.d.Tokens[t].Text] {
		return t // no office, or one joined by و: X ووزير الخارجية Y
	}
	end := t + 1
	for u := t + 1; u < right; u++ {
		n := s.norms[u]
		switch {
		case s.tokM[u] >= 0:
			u = s.ments[s.tokM[u]].tokB - 1
			end = u + 1
		case n == "لدي" || n == "في" || link.ArTitleHead(s.d.Tokens[u].Text):
			end = u + 1
		case s.d.Tokens[u].Kind == doc.KindWord && (hasArticle(n) && nisbaEnd(n) || arTitleComplements[n]):
			end = u + 1 // مندوب المملكة الدائم، ولي العهد، رئيس مجلس الوزراء
		default:
			return end
		}
	}
	return end
}

// arBefore are the spellings of the preposition أمام (before, in front
// of), which normalises as the title إمام (imam) does.
var arBefore = map[string]bool{"أمام": true, "امام": true, "وأمام": true, "وامام": true}

// arTitleComplements are the words an office goes on with after its head
// (ولي العهد، نائب رئيس مجلس الوزراء، وزير الداخلية، الحرمين الشريفين).
var arTitleComplements = map[string]bool{"العهد": true, "مجلس": true, "الوزراء": true, "الداخليه": true, "الخارجيه": true,
	"الدفاع": true, "الحرس": true, "الوطني": true, "الثاني": true, "الاول": true, "الحرمين": true, "الشريفين": true,
	"العام": true, "الدائم": true, "الماليه": true, "الاقتصاد": true, "التخطيط": true, "العدل": true,
	"الاعلام": true, "الثقافه": true, "الصحه": true, "التعليم": true, "الطاقه": true, "الشوري": true, "منطقه": true,
	// in construct (وزير خارجية X، مفوضة السياسة الخارجية بالاتحاد)
	"خارجيه": true, "دفاع": true, "داخليه": true, "ماليه": true, "السياسه": true, "الشؤون": true, "للشؤون": true, "لشؤون": true}

// inPhraseOfName reports whether Arabic token t lies in the title phrase
// before a person's name or in the office after it (صاحب السمو الملكي
// الأمير X ولي العهد وزير الداخلية).
func (s *state) inPhraseOfName(t int) bool {
	if s.namePhrase == nil {
		// built once a document: the title and office tokens of every
		// person's mention, each office within its sentence
		s.namePhrase = make([]bool, len(s.d.Tokens))
		ends := make([]int, len(s.d.Tokens))
		for _, se := range s.d.Sentences {
			for k := se.FirstToken; k < se.EndToken && k < len(ends); k++ {
				ends[k] = se.EndToken
			}
		}
		for _, m := range s.ments {
			for k := m.titleA; k < m.tokA; k++ {
				s.namePhrase[k] = true
			}
			if len(m.ents) == 1 && s.ents[m.ents[0]].Type == "PER" && m.tokB < len(ends) {
				for k := m.tokB; k < s.officeSpan(m.tokB, ends[m.tokB-1]); k++ {
					s.namePhrase[k] = true
				}
			}
		}
	}
	return t < len(s.namePhrase) && s.namePhrase[t]
}

// bodyDisagrees reports whether the body or place of mention mi cannot be
// the antecedent of the relative pronoun rel (normalised) by its gender:
// a country or city and a body whose head is feminine or a plural (الأمم
// المتحدة، المنظمة) take التي, a body with a masculine head (الاتحاد،
// المجلس، الحزب) الذي.
func (s *state) bodyDisagrees(mi int, rel string) bool {
	m := s.ments[mi]
	if len(m.ents) != 1 {
		return false
	}
	fem := !arMascPlaces[arStripProclitic(s.norms[m.tokA])]
	if s.ents[m.ents[0]].Type == "ORG" {
		head := strings.TrimPrefix(strings.TrimPrefix(arStripProclitic(s.norms[m.tokA]), "ال"), "لل")
		fem = strings.HasSuffix(head, "ه") || strings.HasSuffix(head, "ات") || arPluralHeads[head]
	}
	switch rel {
	case "الذي":
		return fem
	case "التي":
		return !fem
	}
	return false
}

// arMascPlaces are the places, normalised, whose names are masculine
// (العراق الذي): most countries and cities are feminine.
var arMascPlaces = map[string]bool{"العراق": true, "الاردن": true, "لبنان": true, "السودان": true, "اليمن": true,
	"المغرب": true}

// arPluralHeads are broken plurals that open a body's name (الأمم
// المتحدة، القوات): their adjectives and pronouns are feminine.
var arPluralHeads = map[string]bool{"امم": true, "قوات": true, "دول": true}

// lamObjectAfter reports whether a mention with the preposition ل starts
// right after mention mi (اغتيال إسرائيل لعلييف).
func (s *state) lamObjectAfter(mi int) bool {
	t := s.ments[mi].tokB
	if t >= len(s.tokM) || s.tokM[t] < 0 {
		return false
	}
	m := s.ments[s.tokM[t]]
	return m.tokA == t && (m.prep == "ل" || m.prep == "لل")
}

// officeHolder returns, for an Arabic mention mi inside the office after
// a person's name (كيري وزير خارجية الولايات المتحدة، موجيريني مفوضة
// السياسة الخارجية بالاتحاد الأوروبي), that person's mention, or -1.
func (s *state) officeHolder(mi int) int {
	m := s.ments[mi]
	if s.en || !s.inPhraseOfName(m.tokA) {
		return -1
	}
	for pm := mi - 1; pm >= 0 && m.tokA-s.ments[pm].tokB <= 10; pm-- {
		p := s.ments[pm]
		if len(p.ents) != 1 || s.ents[p.ents[0]].Type != "PER" || p.tokB > m.tokA {
			continue
		}
		for t := p.tokB; t < m.tokA; t++ {
			if !s.inPhraseOfName(t) {
				return -1
			}
		}
		return pm
	}
	return -1
}

// arTargetNouns are the things of a group that an attack is aimed at
// (على مواقع X، ضد معاقل X): the group is the recipient.
var arTargetNouns = map[string]bool{"مواقع": true, "مقرات": true, "معاقل": true, "تجمعات": true, "اهداف": true,
	"مراكز": true, "تحصينات": true, "اوكار": true, "عناصر": true, "مسلحي": true, "مقاتلي": true, "قواعد": true}

// partitivePrep returns the preposition that governs the Arabic mention m
// through a partitive or a membership phrase (عقوبات على ثلاثة من زعماء
// جماعة حزب الله، على مسؤولين في حزب الله): from the word before m back
// over at most two words to من or في, then over at most two words to a
// preposition after objStart. "" when m stands in no such phrase;
// "affil" when the word before m is a target noun with ل, the object of
// a verbal noun of conflict (القصف السعودي لمواقع X).
func (s *state) partitivePrep(m mention, objStart int) string {
	if m.start > s.d.Tokens[m.tokA].Start {
		return "" // a clitic on the name is its own preposition
	}
	word := func(t int) bool {
		return t > objStart && s.tokM[t] < 0 && s.d.Tokens[t].Kind == doc.KindWord
	}
	// the targets of the group: على مواقع X، ضد مقرات ” X ”
	t := m.tokA - 1
	if t > objStart && isQuoteMark(s.d.Tokens[t].Text) {
		t--
	}
	if word(t) && strings.HasPrefix(s.norms[t], "ل") && arTargetNouns[s.norms[t][len("ل"):]] {
		return "affil" // القصف السعودي لمواقع X: the object of the noun
	}
	if word(t) && arTargetNouns[strings.TrimPrefix(s.norms[t], "ل")] && word(t-1) {
		if p := s.norms[t-1]; p == "علي" || p == "ضد" {
			return p
		}
	}
	for t := m.tokA - 1; t >= m.tokA-3 && word(t); t-- {
		n := s.norms[t]
		if n != "من" && n != "في" {
			continue
		}
		if n == "في" && t+1 < m.tokA && placeNouns[s.norms[t+1]] {
			return "" // نظيره الإيطالي في العاصمة روما: where, not of whom
		}
		for u := t + 1; u < m.tokA; u++ {
			if s.isEventWord(u) {
				return "" // على المشاركة في مشاورات جنيف: an act's place
			}
		}
		for u := t - 1; u >= t-3 && word(u); u-- {
			if s.isEventWord(u) {
				return "" // وافقت على المشاركة في مشاورات جنيف: an act, no members
			}
			if p := s.norms[u]; p == "علي" || p == "ضد" || p == "مع" || p == "الي" {
				return p
			}
		}
		return ""
	}
	return ""
}

// arConflict are the categories whose recipient an Arabic object phrase
// may name by a nationality adjective alone (بتحدي السياسات الأمريكية).
// affiliated reports whether the Arabic mention m, after its preposition,
// follows a word of arAffiliation in the object after objStart.
func (s *state) affiliated(m mention, objStart int) bool {
	t := m.tokA - 1
	if t > objStart && s.norms[t] == "الي" {
		t--
	}
	return t > objStart && s.tokM[t] < 0 && arAffiliation[s.norms[t]]
}

// heldBy reports whether the Arabic mention m, after its preposition,
// owns the noun before it in the object after objStart: a place held or
// members of a group (قصفت مواقع لجبهة النصرة، اعتقلت عناصر من داعش).
// With من or في the noun must be of members (قيادياً في داعش), with ل of
// either.
func (s *state) heldBy(m mention, objStart int) bool {
	t := m.tokA - 1
	clitic := m.start > s.d.Tokens[m.tokA].Start
	if !clitic {
		if t <= objStart || s.norms[t] != m.prep {
			return false
		}
		t--
	}
	if t <= objStart || s.tokM[t] >= 0 {
		return false
	}
	n := s.norms[t]
	if m.prep == "من" || m.prep == "في" {
		return arMembers[n] // قتلت X قيادياً في داعش: a member of it
	}
	return m.prep == "ل" && (arMembers[n] || arHeld[n])
}

// armedSubject returns the mention of the group whose armed men are the
// subject right after the Arabic verb at ti (هاجم مسلحون تابعون لحزب X،
// اقتحم متشددون من تنظيم X): a plural noun of arMembers, then a word of
// arAffiliation and ل or إلى, or من before an organisation; -1 when the
// verb has no such subject.
func (s *state) armedSubject(ti, right int, inWin func(mention) bool) int {
	h := ti + 1
	if h >= right || !arMembers[arStripProclitic(s.norms[h])] || s.tokM[h] >= 0 {
		return -1
	}
	for mi := range s.ments {
		m := s.ments[mi]
		if m.tokA <= h || m.tokA >= right || !inWin(m) || !s.actorOK(m) {
			continue
		}
		clitic := m.start > s.d.Tokens[m.tokA].Start
		between := m.tokA - h - 1 // words between the noun and the name
		if !clitic {
			between-- // the preposition's own word
		}
		switch {
		case m.prep == "من" && between == 0 && s.allOrgs(m):
			return mi // مسلحون من غزة are of a place, not its men
		case (m.prep == "ل" || m.prep == "الي") && between == 1 && arAffiliation[s.norms[h+1]]:
			return mi
		}
		return -1
	}
	return -1
}

// armedAdj returns the group or country whose armed men, named by its
// adjective, are the subject right after the Arabic verb at ti (اختطف
// مسلحون حوثيون، هاجم جنود أتراك): a plural noun of arMembers, then the
// adjective. It returns the entity, its argument and the adjective's
// token; -1 when none.
func (s *state) armedAdj(ti, right int) (int, *Arg, int) {
	h := ti + 1
	if s.en || s.c.Demonym == nil || h+1 >= right || !arMembers[arStripProclitic(s.norms[h])] || s.tokM[h] >= 0 || s.tokM[h+1] >= 0 {
		return -1, nil, 0
	}
	tok := s.d.Tokens[h+1]
	if tok.Kind != doc.KindWord || hasArticle(s.norms[h+1]) != hasArticle(s.norms[h]) {
		return -1, nil, 0
	}
	id, name, ok := s.c.Demonym(tok.Text)
	if !ok {
		return -1, nil, 0
	}
	return s.entityFor(id, name), &Arg{ID: id, Name: name, Start: tok.Start, End: tok.End}, h + 1
}

// arArmedCraft are the nouns of armed craft and men (singular, dual and
// plural, normalised) that a country's adjective may follow as the subject
// before an Arabic verb (مروحيتين أميركيتين هاجمتا).
var arArmedCraft = arWordSet(`طائره طائرات طائرتين طائرتان مروحيه مروحيات مروحيتين مروحيتان مقاتله مقاتلات
	مقاتلتين مقاتلتان دبابه دبابات سفينه سفن بارجه بوارج زوارق زورق قوات جنود جنديين جنديان طيران
	الطائره الطائرات الطائرتين الطائرتان المروحيات المروحيتين المروحيتان المقاتلات القوات الجنود الطيران الدبابات`)

// armedBefore returns the country whose craft or armed men, named by its
// adjective, open the clause of the Arabic verb at ti as its subject
// (أن "مروحيتين أميركيتين هاجمتا"، والطائرات الروسية قصفت): the noun of
// arArmedCraft or arMembers and the adjective right before the verb, at
// the start of the sentence or after punctuation or «أن». It returns the
// entity and its argument; -1 when none.
func (s *state) armedBefore(ti int, sen doc.Sentence) (int, *Arg) {
	a, h := ti-1, ti-2
	if s.en || s.c.Demonym == nil || h < sen.FirstToken || s.tokM[h] >= 0 || s.tokM[a] >= 0 {
		return -1, nil
	}
	n := strings.TrimPrefix(s.norms[h], "و")
	if !arArmedCraft[n] && !arMembers[n] {
		return -1, nil
	}
	if p := h - 1; p >= sen.FirstToken && s.d.Tokens[p].Kind != doc.KindPunct && !arThat[strings.TrimPrefix(s.norms[p], "و")] {
		return -1, nil
	}
	tok := s.d.Tokens[a]
	if tok.Kind != doc.KindWord || hasArticle(s.norms[a]) != hasArticle(n) {
		return -1, nil
	}
	id, name, ok := s.c.Demonym(tok.Text)
	if !ok {
		return -1, nil
	}
	return s.entityFor(id, name), &Arg{ID: id, Name: name, Start: tok.Start, End: tok.End}
}

// allOrgs reports whether every entity of mention m is an organisation.
func (s *state) allOrgs(m mention) bool {
	for _, e := range m.ents {
		if s.ents[e].Type != "ORG" {
			return false
		}
	}
	return len(m.ents) > 0
}

// arMembers are the plural nouns of a group's men (مسلحون، عناصر) and
// arHeld the nouns of the places it holds (مواقع، معاقل), which a name
// after ل or من owns.
var arMembers = map[string]bool{
	"مسلحون": true, "مسلحين": true, "المسلحين": true, "متشددون": true, "متشددين": true,
	"مقاتلون": true, "مقاتلين": true, "عناصر": true, "اعضاء": true, "قياديين": true,
	"قاده": true, "قيادات": true, "انصار": true, "اتباع": true, "ارهابيين": true, "ارهابيون": true,
	"مسلحا": true, "مقاتلا": true, "عنصرا": true, "جنود": true, "جنودا": true,
	"قياديا": true, "قيادي": true, "قائدا": true, "زعيما": true, "امير": true, "اميرا": true,
}

var arHeld = map[string]bool{
	"وكر": true, "وكرا": true, "اوكار": true, "مخبا": true, "مخابئ": true, "شقه": true, "منزلا": true,
	"مواقع": true, "موقع": true, "موقعا": true, "معاقل": true, "معقل": true, "مقار": true, "مقرات": true,
	"مقر": true, "مقرا": true, "تجمعات": true, "مخازن": true, "مستودعات": true, "قواعد": true,
	"قاعده": true, "ثكنه": true, "ثكنات": true, "اهداف": true, "مراكز": true, "مركز": true,
	"تحصينات": true, "دوريه": true, "دوريات": true, "قافله": true, "اليات": true, "اسلحه": true,
}

// arHarm are the categories of harm whose promise is a threat.
var arHarm = map[string]bool{"ASSAULT": true, "COERCE": true, "SANCTION": true}

// arLeaderHeads are the nouns of a body's leaders and members before its
// name (قادة داعش، أعضاء حماس), normalised.
var arLeaderHeads = map[string]bool{"قاده": true, "قيادات": true, "زعماء": true, "اعضاء": true, "انصار": true, "عناصر": true}

// complementObject returns the mention that is the object of the Arabic
// verbal noun a promise governs (tr.comp): its genitive, after a noun of
// places or holdings, its fighters or leaders (بقصف مواقع داعش، باعتقال
// قادة داعش), or after the complement's own
// preposition (بفرض عقوبات على X); -1 when none.
func (s *state) complementObject(tr trigger, sen doc.Sentence) int {
	for t := tr.comp + 1; t < min(sen.EndToken, tr.comp+7); t++ {
		if s.d.Tokens[t].Kind == doc.KindPunct {
			return -1
		}
		mi := s.tokM[t]
		if mi < 0 {
			continue
		}
		m := s.ments[mi]
		if m.prep == "" && (m.titleA == tr.comp+1 || m.titleA == tr.comp+2 && (arHeld[s.norms[tr.comp+1]] || placeNouns[s.norms[tr.comp+1]] ||
			arArmedHeads[s.norms[tr.comp+1]] || arLeaderHeads[s.norms[tr.comp+1]])) ||
			m.prep != "" && tr.compE.hasPrep(m.prep) {
			return mi
		}
		return -1
	}
	return -1
}

// arTimeBefore are the words of time before a verbal noun (بعد استهدافها،
// خلال زيارتها), normalised, without و.
var arTimeBefore = arWordSet("بعد قبل عقب اثر خلال منذ اثناء ابان اعقاب")

// chargeAfter reports whether the Arabic word at t is the charge of an
// accusation, ب and a noun (باستغلال، بالفساد), not a word of time or
// place that begins with ب (بعد، بين).
func (s *state) chargeAfter(t int) bool {
	n := s.norms[t]
	if !strings.HasPrefix(n, "ب") || s.tokM[t] >= 0 || s.d.Tokens[t].Kind != doc.KindWord {
		return false
	}
	switch n {
	case "بعد", "بين", "بسبب", "بشان", "بحسب", "بحق", "بدوره", "بدورها", "بل", "بان", "بانه", "بانها":
		return false
	}
	return len(n) > len("ب")*3
}

// arCounters are the number words after which a word is the counted noun
// (خمسة آلاف طالب: students, no «demanded»), normalised; a number in
// digits that is no year does the same (countBefore).
var arCounters = arWordSet("ألف آلاف الاف مئة مائة مئات عشرات ملايين مليون مليار بضعة بضع عشرة عشرين ثلاثين أربعين خمسين")

// countBefore reports whether the token before ti is a number that
// counts what follows (300 طالب), not a year or a day of a date (وفي 2015
// طالب بوتين، منذ 2011 قصفت): a number of four digits from 1900 to 2100,
// or one after a preposition of time, a month's name or «عام», counts
// nothing.
func (s *state) countBefore(ti int) bool {
	p := ti - 1
	if p < 0 || s.d.Tokens[p].Kind != doc.KindNumber {
		return false
	}
	if v, err := strconv.Atoi(s.norms[p]); err == nil && v >= 1900 && v <= 2100 { // normalised: ASCII digits
		return false
	}
	if q := p - 1; q >= 0 {
		n := strings.TrimPrefix(s.norms[q], "و")
		if arTimeBefore[n] || arMonths[n] || n == "في" || n == "منذ" || n == "عام" || n == "العام" || n == "سنه" || n == "حتي" {
			return false
		}
	}
	return true
}

// arMonths are the months' names (Gregorian and Levantine), normalised.
var arMonths = arWordSet(`يناير فبراير مارس أبريل ابريل مايو يونيو يوليو أغسطس اغسطس سبتمبر أكتوبر اكتوبر نوفمبر ديسمبر
	كانون شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين`)

// arScheduled are the adjectives of what is scheduled or expected, before
// a verbal noun whose pronoun is the scheduled thing, its object (القمة
// المقرر عقدها، الانتخابات المزمع إجراؤها), normalised.
var arScheduled = map[string]bool{"المقرر": true, "المزمع": true, "المرتقب": true, "المنتظر": true, "المتوقع": true,
	"المفترض": true, "المقرره": true, "المزمعه": true, "المرتقبه": true, "المنتظره": true, "المتوقعه": true}

// thirdPron are the attached object pronouns of the third person.
var thirdPron = map[string]bool{"ه": true, "ها": true, "هم": true, "هما": true}

var arConflict = map[string]bool{"ACCUSE": true, "REJECT": true, "THREATEN": true, "PROTEST": true,
	"SANCTION": true, "COERCE": true, "ASSAULT": true}

// arGod are the names of God (normalised) that, after دعا, make it a
// prayer, not a call on anyone.
var arGod = map[string]bool{"الله": true, "المولي": true, "ربها": true, "ربهم": true, "الباري": true}

// prayer reports whether the Arabic word at ti is دعا (or its participle)
// addressing God within three words after it: دعت القيادة الله أن
// يتقبلهم، داعيا المولى عز وجل.
func (s *state) prayer(ti int, sen doc.Sentence, a analysis) bool {
	if !slices.ContainsFunc(a.entries, func(e *entry) bool { return e.Type == "REQUEST" }) {
		return false
	}
	n := strings.TrimPrefix(strings.TrimPrefix(s.norms[ti], "و"), "ف")
	if !strings.HasPrefix(n, "دع") && !strings.HasPrefix(n, "يدع") && !strings.HasPrefix(n, "تدع") && !strings.HasPrefix(n, "ندع") && !strings.HasPrefix(n, "ادع") {
		return false
	}
	if ti+1 < sen.EndToken {
		switch s.norms[ti+1] {
		case "له", "لها", "لهم", "لهما", "لك", "لكم", "لنا", "لي":
			// ندعو لهم بالتوفيق: we pray for them (إضراب دعا له الاتحاد:
			// a strike the union called, its subject after)
			for n := ti + 2; n < min(sen.EndToken, ti+5) && s.d.Tokens[n].Kind == doc.KindWord; n++ {
				// ودعا له أردوغان بالشفاء، يدعو لهم جميعا بالتوفيق: the
				// wish after ب, over a subject or an adverb
				if w := s.norms[n]; strings.HasPrefix(w, "ب") && s.tokM[n] < 0 && (len(w) > len("بال") || w == "بان") {
					return true
				}
			}
			if n := ti + 2; n >= sen.EndToken || s.d.Tokens[n].Kind != doc.KindWord {
				return true
			}
		}
	}
	for t := ti + 1; t < min(sen.EndToken, ti+4); t++ {
		// حزب الله، عبد الله are names, not God addressed
		if arGod[s.norms[t]] && s.tokM[t] < 0 && !(t > 0 && (s.norms[t-1] == "حزب" || s.norms[t-1] == "عبد")) {
			return true
		}
	}
	return false
}

// counterpartObject returns the country of the counterpart named by
// office alone in the Arabic object after objStart (بحث مع نظيره الإيطالي،
// استقبل نظيرته الفرنسية): «نظير» with a pronoun, then a nationality
// adjective, and no name after it; the state stands for its unnamed
// official, as CAMEO codes a state's agents. -1 when none.
func (s *state) counterpartObject(objStart, right int, sen doc.Sentence, e *entry, actors []int) (int, *Arg) {
	if s.en || s.c.Demonym == nil {
		return -1, nil
	}
	for t := objStart + 1; t+1 < min(right, sen.EndToken, objStart+8); t++ {
		if s.tokM[t] >= 0 {
			return -1, nil
		}
		n, prep := s.norms[t], ""
		for _, p := range []string{"ب", "ل"} {
			if rest, ok := strings.CutPrefix(n, p); ok && strings.HasPrefix(rest, "نظير") {
				n, prep = rest, p // التقى بنظيره
			}
		}
		if !strings.HasPrefix(n, "نظير") {
			continue
		}
		// governed as the entry's recipient: بحث مع نظيره، استقبل
		// نظيره; not أشاد، في مؤتمر مع نظيره، بالاجتماع
		if prep == "" && t > objStart+1 && arPreps[s.norms[t-1]] {
			prep = s.norms[t-1]
		}
		if prep != "" && !e.hasPrep(prep) || prep == "" && !e.trans {
			return -1, nil
		}
		adj := s.d.Tokens[t+1]
		named := t+2 < sen.EndToken && s.tokM[t+2] >= 0 ||
			t+3 < sen.EndToken && s.d.Tokens[t+2].Text == "،" && s.tokM[t+3] >= 0
		if adj.Kind != doc.KindWord || named {
			return -1, nil // نظيره الأذري (،) إلهام علييف: the name is the recipient
		}
		id, name, ok := s.demonymAt(t + 1)
		if !ok {
			return -1, nil
		}
		if pi := s.titledPerson(id); pi >= 0 && !slices.Contains(actors, pi) {
			// the article names him by that country's title elsewhere
			// (باولو جينتيلوني وزير الخارجية الإيطالي)
			en := s.ents[pi]
			return pi, &Arg{ID: en.ID, Name: en.Name, Start: s.d.Tokens[t].Start, End: adj.End}
		}
		ei := s.entityFor(id, name)
		if slices.Contains(actors, ei) {
			return -1, nil
		}
		return ei, &Arg{ID: id, Name: name, Start: adj.Start, End: adj.End}
	}
	return -1, nil
}

// titledPerson returns the one person of the article named somewhere by a
// title of the country with id (وزير الخارجية الإيطالي، الرئيس الأذري):
// a mention that opens with a title word and ends with the country's
// adjective. -1 when none or more than one.
func (s *state) titledPerson(id string) int {
	found := -1
	for ei, e := range s.ents {
		if e.Type != "PER" {
			continue
		}
		for _, m := range e.Mentions {
			if m[0] < 0 || m[1] > len(s.d.Text) || m[0] >= m[1] {
				continue
			}
			ws := strings.Fields(s.d.Text[m[0]:m[1]])
			if len(ws) < 2 {
				continue
			}
			first := arNorm(ws[0])
			if !arTitles[first] && !strings.HasPrefix(first, "وزير") && !strings.HasPrefix(first, "رئيس") {
				continue
			}
			if did, _, ok := s.c.Demonym(ws[len(ws)-1]); !ok || did != id {
				continue
			}
			if found >= 0 && found != ei {
				return -1
			}
			found = ei
			break
		}
	}
	return found
}

// demonymObject returns the country named by a nationality adjective in
// the object phrase that follows token ti, the Arabic trigger or its
// subject after it (توعد بتحدي السياسات
// الأمريكية، انتقد المواقف التركية), and its argument: at most five words
// after the trigger, with no name, punctuation or preposition word
// before it, after a noun of the same definiteness. -1 when none or when
// the country acts.
func (s *state) demonymObject(ti int, sen doc.Sentence, actors []int) (int, *Arg) {
	if s.en || s.c.Demonym == nil {
		return -1, nil
	}
	for t := ti + 1; t < min(sen.EndToken, ti+6); t++ {
		tok := s.d.Tokens[t]
		if s.tokM[t] >= 0 && t >= ti+2 && s.tokM[t-1] < 0 && hasArticle(s.norms[t-1]) && hasArticle(s.norms[t]) {
			// الاتهامات السعودية: the adjective that is also the
			// country's name, agreeing with the noun before it
			if id, name, ok := s.c.Demonym(tok.Text); ok && s.countryMentionAt(t, id) {
				ei := s.entityFor(id, name)
				if slices.Contains(actors, ei) {
					return -1, nil
				}
				return ei, &Arg{ID: id, Name: name, Start: tok.Start, End: tok.End}
			}
		}
		if tok.Kind == doc.KindWord && arTowards[s.norms[t]] && t+1 < sen.EndToken && arTerritory[s.norms[t+1]] {
			continue // تسللوا إلى الأراضي السعودية: the country entered
		}
		if tok.Kind != doc.KindWord || s.tokM[t] >= 0 || arPreps[s.norms[t]] || s.norms[t] == "عبر" {
			return -1, nil // عبر الحدود اليمنية: whence, not whom
		}
		if t < ti+2 || s.tokM[t-1] >= 0 || hasArticle(s.norms[t]) != hasArticle(s.norms[t-1]) {
			continue
		}
		id, name, ok := s.c.Demonym(tok.Text)
		if !ok {
			continue
		}
		ei := s.entityFor(id, name)
		if slices.Contains(actors, ei) {
			return -1, nil
		}
		return ei, &Arg{ID: id, Name: name, Start: tok.Start, End: tok.End}
	}
	return -1, nil
}

// arTowards are the prepositions of a movement into or against a place
// (إلى الأراضي السعودية، على الحدود التركية), normalised.
var arTowards = map[string]bool{"الي": true, "علي": true, "داخل": true, "نحو": true, "باتجاه": true, "ضد": true}

// arTerritory are the nouns of a country's territory, normalised, whose
// nationality adjective names the country an act of conflict is aimed at.
var arTerritory = map[string]bool{"الاراضي": true, "الحدود": true, "المناطق": true, "المدن": true,
	"القري": true, "الاجواء": true, "المياه": true, "الاقليم": true, "المواقع": true}

// mentionBetween reports whether a mention starts among tokens [a, b).
func (s *state) mentionBetween(a, b int) bool {
	for t := a; t < b; t++ {
		if s.tokM[t] >= 0 {
			return true
		}
	}
	return false
}

// enRecipPreps are the English prepositions that introduce whom an act is
// directed at, whatever the verb: "aid to X", "ties with X", "sanctions
// against X", "fired at X", "pressure on X".
var enRecipPreps = map[string]bool{"to": true, "with": true, "against": true, "on": true, "at": true,
	"toward": true, "towards": true, "from": true}

// enRecipient reports whether mention m, after an English trigger, is its
// recipient by the general rules: the object of a preposition of
// enRecipPreps, or a bare object after the verb of the trigger's
// infinitive complement ("threatened to shell X"). A consultation's
// partner is only the one its entry names ("talks with X", "visited X"):
// "discussed the aid to X" is no talk with X.
func (s *state) enRecipient(m mention, tr trigger) bool {
	if tr.e.Type == "CONSULT" {
		return false
	}
	if enRecipPreps[m.prep] {
		return true
	}
	if m.prep == "of" {
		return s.objectOf(m, tr)
	}
	if m.prep == "in" {
		return s.restrictionIn(m, tr) || s.harmPlace(m, tr)
	}
	return m.prep == "" && tr.comp > 0 && m.tokA > tr.comp
}

// byObject reports whether the English mention m, after "by", names the
// agent of the object noun of the active trigger tr (or of its
// complement's verb): "rejected calls by X", "condemned the raids by X",
// "violated a ban by X". What X did is what the act answers, so X is its
// recipient, as CAMEO codes it. One to five words stand between the verb
// and "by", lower-case, no mention, comma or conjunction among them. A
// consultation takes only the partner its entry names.
func (s *state) byObject(m mention, tr trigger) bool {
	if m.prep != "by" || tr.e.Type == "CONSULT" || m.tokA < 1 {
		return false
	}
	by := m.tokA - 1
	for by > tr.tok && s.norms[by] != "by" {
		by--
	}
	v := tr.tok
	if tr.comp > 0 && tr.comp < by {
		v = tr.comp // "urged X to end the raids by Y", "rejected calls by Y"
	}
	if by-tr.tok < 2 || by-v > 6 {
		return false
	}
	for t := v + 1; t < by; t++ {
		n := s.norms[t]
		if s.d.Tokens[t].Kind != doc.KindWord || s.tokM[t] >= 0 || n == "and" || n == "or" || n == "that" || enAux[n] {
			return false
		}
	}
	return true
}

// enPlaceIn reports whether m is an English place that is no actor (a
// LOC: a region, a town the entity layer files so) after "in": it may be
// the recipient of a restriction or an act of harm there (restrictionIn,
// harmPlace), as CAMEO codes the target by location.
func (s *state) enPlaceIn(m mention) bool {
	return s.en && m.prep == "in" && len(m.ents) == 1 && s.ents[m.ents[0]].Type == "LOC"
}

// enHarmTypes are the categories of material conflict (and threats of
// it) whose target may be the place where the act falls: an attack, an
// arrest, a deployment or a protest in X is directed at X when the
// sentence names no one else, as CAMEO codes the target by location.
var enHarmTypes = map[string]bool{"ASSAULT": true, "COERCE": true, "MOBILIZE": true, "PROTEST": true,
	"SANCTION": true, "THREATEN": true}

// harmPlace reports whether the English mention m, after "in", is a
// country, city or other place (a GPE or a LOC: a town, a district) where the act of trigger tr (or of its
// complement) falls, tr being an act of material conflict or a threat:
// "fired shells at targets in X", "kept troops on alert in the occupied
// X", "threatened to resume attacks in X". At most eight words stand
// between, no comma and no other mention.
func (s *state) harmPlace(m mention, tr trigger) bool {
	harm := enHarmTypes[tr.e.Type] || tr.compE != nil && enHarmTypes[tr.compE.Type]
	if !harm || len(m.ents) != 1 || !isPlace(s.ents[m.ents[0]].Type) {
		return false
	}
	v := max(tr.tok, tr.comp)
	return m.tokA > v && m.tokA-v <= 9 && !s.commaBetween(v, m.tokA) && !s.mentionBetween(v+1, m.tokA)
}

// enRestrictions are the nouns of measures that bind the people of a
// place: a curfew, a state of emergency, martial law, a siege, a blockade,
// a lockdown. The place "in X" after one is whom the measure is imposed on,
// lifted or threatened for.
var enRestrictions = map[string]bool{"curfew": true, "curfews": true, "emergency": true, "martial": true,
	"siege": true, "sieges": true, "blockade": true, "blockades": true, "lockdown": true, "lockdowns": true}

// restrictionIn reports whether the English mention m, after "in", ends
// the object phrase of trigger tr (or of its complement) that names a
// restriction: "imposed a curfew in X", "lifted the state of emergency in
// X". At most eight words stand between, no comma and no other mention.
func (s *state) restrictionIn(m mention, tr trigger) bool {
	v := tr.tok
	if tr.comp > 0 {
		v = tr.comp
	}
	if m.tokA <= v || m.tokA-v > 9 || s.commaBetween(v, m.tokA) || s.mentionBetween(v+1, m.tokA) {
		return false
	}
	for t := v; t < m.tokA; t++ {
		if enRestrictions[s.norms[t]] {
			return true
		}
	}
	return false
}

// objectOf reports whether the English mention m, after "of" (and a
// determiner or adjectives), ends the object noun phrase of trigger tr (or
// of its complement's verb): "lifted the siege of X", "demanded the
// release of X", "threatened to end the blockade of X", "shelled positions
// of the X forces". Between the verb and "of" stand at most five words, no
// mention, preposition, conjunction or punctuation. A trigger that is a
// noun takes "of X" at once as its object: "the blockade of X".
func (s *state) objectOf(m mention, tr trigger) bool {
	of := m.tokA - 1
	for of > tr.tok && s.enModifier(of) {
		of--
	}
	if of < 0 || s.norms[of] != "of" {
		return false
	}
	v := tr.tok
	if tr.comp > 0 {
		v = tr.comp
	}
	if of == v+1 && v > 0 && (s.nounCue(v-1) || s.enModifier(v-1)) {
		return true
	}
	if of <= v+1 || of-v > 6 {
		return false
	}
	for t := v + 1; t < of; t++ {
		n := s.norms[t]
		if s.d.Tokens[t].Kind != doc.KindWord || s.tokM[t] >= 0 || enPreps[n] || n == "and" || n == "or" || n == "that" {
			return false
		}
	}
	return true
}

// enSpeech are the English verbs that report what their subject says; the
// clause they introduce holds the event, and a pronoun subject there is
// their subject ("Syria said it would withdraw").
var enSpeech = map[string]bool{"said": true, "says": true, "say": true, "announced": true, "announces": true,
	"stated": true, "states": true, "declared": true, "declares": true, "insisted": true, "insists": true,
	"added": true, "concluded": true, "confirmed": true, "confirms": true, "told": true, "indicated": true,
	"signaled": true, "signalled": true, "reiterated": true, "stressed": true, "maintained": true}

// reportedPronoun returns the subject of the English speech verb whose
// reported clause has a pronoun subject before the trigger at ti ("X said
// it will support", "X announced that they are ready to leave"), or -1.
// Between the pronoun and the trigger only lower-case words stand
// (auxiliaries, "willing to").
func (s *state) reportedPronoun(ti int, sen doc.Sentence, inWin func(mention) bool) int {
	if !s.en {
		return -1
	}
	p := -1
	for t := ti - 1; t >= max(sen.FirstToken, ti-6); t-- {
		if isEnPronoun(s.norms[t]) {
			p = t
			break
		}
		if s.d.Tokens[t].Kind != doc.KindWord || s.tokM[t] >= 0 || enSpeech[s.norms[t]] {
			return -1
		}
	}
	if p <= sen.FirstToken {
		return -1
	}
	q := p - 1
	if s.norms[q] == "that" && q > sen.FirstToken {
		q--
	}
	if !enSpeech[s.norms[q]] {
		return -1
	}
	return s.leftSubject(q, max(sen.FirstToken, q-12), sen, inWin)
}

// enDemands codes the demands an English sentence reports with a modal of
// obligation: "X said (that) Y must V" and "X insisted Y should V" are
// REQUEST from X to Y (PLOVER: all requests, demands and orders). The verb
// after the modal is the content of the demand, no event of its own.
func (s *state) enDemands(sen doc.Sentence) {
	for t := sen.FirstToken + 2; t+1 < sen.EndToken; t++ {
		if n := s.norms[t]; n != "must" && n != "should" {
			continue
		}
		mi := s.tokM[t-1]
		if mi < 0 || s.ments[mi].tokB != t || !s.actorOK(s.ments[mi]) {
			continue
		}
		mi = s.coordStart(mi, sen.FirstToken)
		q := s.ments[mi].tokA - 1
		if q > sen.FirstToken && s.norms[q] == "the" {
			q-- // "said the X must"
		}
		if q > sen.FirstToken && s.norms[q] == "that" {
			// over a short adjunct: "said on Tuesday that"
			for u := q - 1; u >= max(sen.FirstToken+1, q-4); u-- {
				if enSpeech[s.norms[u]] {
					q = u
					break
				}
				if s.tokM[u] >= 0 || s.punctBetween(u, u+1) {
					break
				}
			}
		}
		if q <= sen.FirstToken || !enSpeech[s.norms[q]] || s.ments[mi].prep != "" {
			continue
		}
		inWin := func(m mention) bool { return m.quote == s.quote[q] }
		sp := s.leftSubject(q, max(sen.FirstToken, q-12), sen, inWin)
		if sp < 0 {
			continue
		}
		recips, _ := s.group(mi, t)
		actors, _ := s.group(sp, q)
		for _, a := range actors {
			for _, r := range recips {
				if a == r {
					continue
				}
				argMent := map[int]int{a: sp, r: mi}
				ev := Event{Type: "REQUEST", Cameo: "100", Start: sen.Start, End: sen.End, Text: s.d.Text[sen.Start:sen.End],
					Trigger: s.d.Tokens[t].Text, TriggerStart: s.d.Tokens[t].Start, TriggerEnd: s.d.Tokens[t].End,
					Actor: s.arg(a, argMent, t), Recipient: s.arg(r, argMent, t), Date: s.date(sen, t)}
				s.events = append(s.events, ev)
			}
		}
		// the demanded act is no event of its own
		for u := t + 1; u < min(sen.EndToken, t+6); u++ {
			s.used[u] = true
			switch n := s.norms[u]; n {
			case "not", "be", "ready", "willing", "prepared", "able", "to":
				continue // "must be ready to mediate"
			default:
				if strings.HasSuffix(n, "ly") {
					continue
				}
			}
			break
		}
	}
}

func isEnPronoun(w string) bool {
	return w == "he" || w == "she" || w == "they" || w == "it" || w == "we"
}

// nounPron returns the possessive pronoun of a masdar trigger, or of its
// object word (بالإعراب عن امتنانه).
func (s *state) nounPron(tr trigger, sen doc.Sentence) string {
	if tr.a.pron != "" {
		if !s.en && tr.tok > sen.FirstToken && arScheduled[s.norms[tr.tok-1]] {
			return "" // القمة المقرر عقدها: the pronoun is what is held
		}
		if !s.en && tr.e.Type == "ACCUSE" && tr.tok+1 < sen.EndToken && s.chargeAfter(tr.tok+1) {
			return "" // بعد اتهامه باستغلال سلطته: the accused, not the accuser
		}
		return tr.a.pron
	}
	if t := tr.tok + 1; !s.en && !tr.a.article && t+1 < sen.EndToken && arPossessorNext[s.norms[t+1]] {
		// زيارة له إلى X، لقاء لها مع X: an indefinite verbal noun whose
		// possessor follows it with ل (not its object: أول زيارة لها
		// كرئيس, his first visit to it)
		switch s.norms[t] {
		case "له":
			return "ه"
		case "لها":
			return "ها"
		case "لهم":
			return "هم"
		case "لهما":
			return "هما"
		}
	}
	for t := tr.tok + 1; t < min(sen.EndToken, tr.tok+4); t++ {
		if !s.used[t] || hasArticle(s.norms[t]) {
			continue // a word with the article has no possessive
		}
		n := s.norms[t]
		for _, p := range []string{"هما", "هم", "ها", "ه", "ي", "نا"} {
			if !strings.HasSuffix(n, p) || p == "ه" && s.taMarbuta(t) || p == "ي" && s.quote[t] < 0 {
				continue // ة is no pronoun; «my» needs a speaker
			}
			return p
		}
	}
	return ""
}

// arPossessorNext are the words after «له، لها» that show it is the
// possessor of the verbal noun before: the noun's own preposition or a
// clause break.
var arPossessorNext = map[string]bool{"الي": true, "مع": true, "في": true, "ب": true, "،": true, ",": true, "امس": true, "اليوم": true}

// hasArticle reports whether the normalised Arabic word n begins with the
// article, after a proclitic or none (الدعم، بالدعم، للدعم، والدعم).
func hasArticle(n string) bool {
	for _, p := range []string{"ال", "بال", "لل", "وال", "فال", "كال", "وبال", "ولل"} {
		if strings.HasPrefix(n, p) && len(n) > len(p)+2 {
			return true
		}
	}
	return false
}

// taMarbuta reports whether the Arabic token t ends with ة (before any
// marks), which normalisation writes ه like the pronoun.
func (s *state) taMarbuta(t int) bool {
	w := strings.TrimRightFunc(s.d.Tokens[t].Text, func(r rune) bool { return r >= 0x064B && r <= 0x0652 || r == 0x0640 })
	return strings.HasSuffix(w, "ة")
}

// prepPron returns the pronoun attached to a preposition of e after the
// trigger (به، معه، لك، بكم), or "".
func (s *state) prepPron(ti, right int, e *entry) string {
	for t := ti + 1; t < min(right, ti+4); t++ {
		if s.tokM[t] >= 0 || s.inPhraseOfName(t) {
			continue // ولي ولي العهد: a title's word, not و+لي «and to me»
		}
		n := strings.TrimPrefix(s.norms[t], "و")
		for _, p := range []string{"ب", "ل", "مع", "الي", "علي", "من", "عن", "امام"} {
			if !strings.HasPrefix(n, p) || !e.hasPrep(p) && !(p == "الي" && e.hasPrep("الي")) {
				continue
			}
			rest := n[len(p):]
			if p == "الي" || p == "علي" {
				rest = strings.TrimPrefix(n, p[:len(p)-len("ي")]+"ي")
			}
			switch rest {
			case "ه", "ها", "هم", "هما", "ك", "كم", "ي", "نا":
				return rest
			}
			// the praise of its stance: مشيداً بموقفها، أشاد بجهودهم
			for _, pr := range []string{"ها", "هم", "هما", "ه"} {
				if noun, ok := strings.CutSuffix(rest, pr); ok && arPossessed[noun] {
					return pr
				}
			}
		}
	}
	return ""
}

// resolvePron resolves an attached pronoun: ك/كم are the one the speaker
// addresses, ي/نا the speaker, ه/ها/هم the latest entity mentioned before
// ti that is not an actor, هما the latest two people.
func (s *state) resolvePron(pr string, ti, speaker int, actors []int, a analysis) []int {
	switch pr {
	case "ي", "ني":
		if speaker >= 0 {
			return []int{speaker}
		}
		return nil
	case "نا":
		if speaker < 0 {
			return nil
		}
		if p, ok := s.partner[speaker]; ok && slices.Contains(actors, p) == false && actors != nil {
			return []int{p}
		}
		return []int{speaker}
	case "ك", "كم":
		if speaker < 0 {
			return nil
		}
		if p, ok := s.partner[speaker]; ok {
			return []int{p}
		}
		// the latest person before the quotation other than the speaker
		for mi := len(s.ments) - 1; mi >= 0; mi-- {
			m := s.ments[mi]
			if m.tokA < ti && len(m.ents) == 1 && m.ents[0] != speaker && s.ents[m.ents[0]].Type == "PER" {
				return []int{m.ents[0]}
			}
		}
		return nil
	case "هما":
		var prior []mention
		for _, m := range s.ments {
			if m.tokA >= ti {
				break
			}
			prior = append(prior, m)
		}
		return s.latestTwo(prior, "PER")
	}
	for mi := len(s.ments) - 1; mi >= 0; mi-- {
		m := s.ments[mi]
		if m.tokA >= ti || ti-m.tokB > 60 {
			continue
		}
		if len(m.ents) != 1 || !isActorType(s.ents[m.ents[0]].Type) || slices.Contains(actors, m.ents[0]) {
			continue
		}
		if !s.en && !s.actorOK(m) {
			continue // a reporter's byline, a dateline, a name in a title
		}
		if (pr == "ه" || pr == "هم") && s.ents[m.ents[0]].Type == "GPE" {
			continue // a country is feminine singular: ها
		}
		if pr == "هم" && s.ents[m.ents[0]].Type == "PER" && ti-m.tokB > 4 {
			// one person is no «them» (قال X إن داعش أسر جنوداً … ثم
			// أعدمهم); one of the group right before is (كان X بين عدة
			// أشخاص أدرجتهم روسيا)
			continue
		}
		if pr == "ها" && s.mascOrg(m) {
			// اللجنة … بمجلس الغرف، خلال اجتماعها: the committee's meeting
			continue
		}
		if pr == "ها" && s.mascPerson(m) {
			// المملكة بقيادة خادم الحرمين … ومطالبتها: the kingdom's
			// demand, not the king's
			continue
		}
		return []int{m.ents[0]}
	}
	return nil
}

// mascPerson reports whether the Arabic mention m names a man by a
// masculine title in it or before it (الملك سلمان، خادم الحرمين، الرئيس
// أردوغان), whom no feminine pronoun (ها) refers to.
func (s *state) mascPerson(m mention) bool {
	if s.en || len(m.ents) != 1 || s.ents[m.ents[0]].Type != "PER" {
		return false
	}
	for t := m.titleA; t < m.tokB; t++ {
		if arMascTitles[s.norms[t]] || arMascTitles[arStripProclitic(s.norms[t])] {
			return true
		}
	}
	return false
}

// arMascTitles are masculine titles, normalised, without proclitics.
var arMascTitles = arWordSet("الملك ملك الأمير أمير الرئيس رئيس الشيخ شيخ خادم السيد سيد الوزير وزير ولي سمو فخامة السلطان سلطان المشير اللواء العميد الدكتور")

// arPeopleOf are the nouns, normalised, of a people or a faith in
// construct before a country's name (أكراد سوريا، مسيحيو العراق).
var arPeopleOf = arWordSet("أكراد اكراد سنة شيعة مسيحيو مسيحيي دروز علويو علويي يهود أقباط تركمان إيزيديو إيزيديي مسلمو مسلمي لاجئو لاجئي نازحو نازحي")

// foreignEnvoy reports whether an envoy with the article and no pronoun
// (السفير السعودي، القائم بالأعمال) stands in tokens (ti, end): a foreign
// envoy summoned, whose seat is no party; one's own (سفيرها لدى طهران) is
// recalled from the place after it.
func (s *state) foreignEnvoy(ti, end int) bool {
	for t := ti + 1; t < end; t++ {
		switch n := arStripProclitic(s.norms[t]); {
		case n == "السفير" || n == "السفيره" || n == "القائم":
			return true
		case (n == "سفير" || n == "سفيره") && t+1 < end && s.tokM[t+1] >= 0:
			return true // سفير السويد في أنقرة: another country's envoy
		}
	}
	return false
}

// feigns reports whether «تظاهر» at ti is «feign»: a word of feigning
// follows (arFeigned), or, after one person's present (يتظاهر، تتظاهر), a
// noun with ب and the article that counts no crowd (يتظاهر بالحياد; not
// بالآلاف).
func (s *state) feigns(ti int) bool {
	n := s.norms[ti+1]
	if arFeigned[n] {
		return true
	}
	switch strings.TrimPrefix(s.norms[ti], "و") {
	case "يتظاهر", "تتظاهر":
		return strings.HasPrefix(n, "بال") && !arCrowds[n]
	}
	return false
}

// arCrowds are the words, normalised, of a crowd's size or place after ب
// (تظاهروا بالآلاف، بالقرب من).
var arCrowds = arWordSet("بالالاف بالمئات بالعشرات بالملايين بالقرب بالساحه بالشوارع")

// arFeigned are the words, normalised, after «تظاهر» that make it «feign»
// (تظاهر بالمرض، يتظاهر بأنه).
var arFeigned = arWordSet("بالتدين بالمرض بالنوم بالموت بالجنون بالبراءه بالحزن بالفرح بالجهل بالشجاعه بالقوه بالصمم بالعمي بالاغماء بعدم بانه بانها بانهم بان")

// arNegNoun are the nouns, normalised, that negate the verbal noun after
// them (عدم دعوة، عدم التدخل).
var arNegNoun = arWordSet("عدم")

// arDeviceNouns are the nouns, normalised, of a project, a device or its
// makers that take a verbal noun for their purpose or object (مشروع كشف
// التسربات، جهاز رصد، صناع القرار): the verbal noun is no act.
var arDeviceNouns = arWordSet("مشروع مشاريع برنامج برامج نظام أنظمة جهاز أجهزة منظومة وحدة صناع صانعي صانع")

// danName reports whether «دان» at ti is the first name Dan, not
// «condemned»: a verb of speech stands before it (وقال دان، وصف دان), or a
// person's name follows it and then what follows a speaker, no object
// (السفير السابق دان شابيرو إن، الصحفي دان بيري أن).
func (s *state) danName(ti int, sen doc.Sentence) bool {
	if ti > sen.FirstToken && (s.lexVerb(ti-1) || arSpeechBefore[strings.TrimPrefix(s.norms[ti-1], "و")]) {
		return true
	}
	mi := -1
	if ti+1 < sen.EndToken {
		mi = s.tokM[ti+1]
	}
	if mi < 0 || s.ments[mi].tokA != ti+1 || len(s.ments[mi].ents) != 1 || s.ents[s.ments[mi].ents[0]].Type != "PER" {
		return false
	}
	after := s.ments[mi].tokB
	if after >= sen.EndToken {
		return true
	}
	switch s.norms[after] {
	case "ان", "انه", "انها", ":", ".", "(":
		return true
	}
	return s.lexVerb(after)
}

// arRunHeads are the nouns, normalised, of a body's management and
// leadership before its name (إدارة الزمالك، قيادة التحالف).
var arRunHeads = map[string]bool{"اداره": true, "قياده": true}

// arKin are nouns, normalised, of a person's family and counsel that
// stand in construct before the person's name (عائلة الملا عمر، محامي X).
// Not أهل/أهالي: before a place they are its people (أهل السودان يرحبون).
var arKin = arWordSet("عائلة أسرة أقارب ذوو ذوي والد والدة شقيق شقيقة أشقاء زوجة زوج أرملة نجل أبناء ابن ابنة محامي محامو")

// kinSubject reports whether the Arabic verb at ti follows, as its
// subject, a noun of arKin and the name it is in construct with
// (عائلة الملا عمر ترفض مبايعة X): the family acts, not the person.
func (s *state) kinSubject(ti int, sen doc.Sentence) bool {
	if s.en || ti-1 < sen.FirstToken || s.tokM[ti-1] < 0 {
		return false
	}
	m := s.ments[s.tokM[ti-1]]
	p := m.titleA - 1
	return m.tokB == ti && m.prep == "" && p >= sen.FirstToken && s.tokM[p] < 0 && arKin[strings.TrimPrefix(s.norms[p], "و")]
}

// arSpeechBefore are verbs of speech and description, normalised, without
// و, after which «دان» is the first name Dan (وقال دان، وصف دان).
var arSpeechBefore = arWordSet("قال يقول أضاف أوضح ذكر صرح كتب وصف أكد أشار رأى يرى اعتبر لفت علق")

// arMembersNouns are nouns, normalised, of a group's men and sites that
// stand in construct before the group (مسلحي داعش، أهداف التنظيم).
var arMembersNouns = arWordSet("مسلحي عناصر مقاتلي أعضاء قادة قيادات زعماء أنصار مؤيدي أفراد جنود مواقع أهداف مقرات معاقل تجمعات تمركزات مخازن")

// arMembersPreps are the prepositions, normalised, that a noun of
// arMembersNouns hands on to the group after it.
var arMembersPreps = map[string]bool{"مع": true, "علي": true, "ضد": true}

// arMascOrgHeads are masculine head nouns of Arabic institutions' names.
var arMascOrgHeads = map[string]bool{"مجلس": true, "مركز": true, "معهد": true, "بنك": true, "مصرف": true,
	"حزب": true, "اتحاد": true, "صندوق": true, "جيش": true, "ديوان": true, "مكتب": true, "برلمان": true,
	"مستشفي": true, "نادي": true, "تنظيم": true, "تحالف": true, "فريق": true, "لواء": true, "مجمع": true, "ائتلاف": true}

// mascOrg reports whether the Arabic organisation mention m begins with a
// masculine head noun of arMascOrgHeads (المجلس، بمجلس، مركز), which no
// feminine pronoun (ها) refers to.
func (s *state) mascOrg(m mention) bool {
	if s.en || len(m.ents) != 1 || s.ents[m.ents[0]].Type != "ORG" {
		return false
	}
	w := strings.TrimPrefix(arStripProclitic(s.norms[m.tokA]), "ال")
	// بمجلس، ولمركز: a proclitic without the article
	for _, p := range []string{"", "و", "ف"} {
		rest, ok := strings.CutPrefix(w, p)
		if !ok {
			continue
		}
		for _, q := range []string{"", "ب", "ل", "ك"} {
			if r, ok := strings.CutPrefix(rest, q); ok && arMascOrgHeads[r] {
				return true
			}
		}
	}
	return false
}

// proDrop finds the subject a verb leaves unsaid: the actors of the event
// before it in the sentence, else of the latest event of the sentence
// before, else the first actor-type mention of the sentence before.
//
// A verb that shows its subject's gender (قبضت, she; قبض, he) takes no
// actors whose verb showed the other: disagree is then true, and the
// subject is someone the rules did not see. dropGender is the gender
// known of the actors returned.
func (s *state) proDrop(si, ti int, tr trigger, prevActors []int) (actors []int, disagree bool) {
	if !s.en && tr.a.kind != kindNoun && tr.a.pron != "" && ti+1 < len(s.norms) && s.d.Tokens[ti+1].Kind == doc.KindNumber &&
		!(ti+2 < len(s.norms) && arCountedTimes[s.norms[ti+2]]) {
		// عارضه 17 نائباً: after a verb with its object in a pronoun, a
		// number begins the subject, someone no entity names
		return nil, true
	}
	vg := tr.a.gender()
	agree := func(g byte) bool {
		s.dropGender = max(vg, g)
		return vg == 0 || g == 0 || vg == g
	}
	if tr.a.dual || (tr.a.plural && tr.a.person == 3) {
		var prior []mention
		for _, m := range s.ments {
			if m.tokA >= ti {
				break
			}
			prior = append(prior, m)
		}
		if p := s.latestTwo(prior, "PER"); p != nil && tr.a.dual {
			s.dropGender = 0
			return p, false
		}
	}
	if len(prevActors) > 0 {
		if !agree(s.prevGender) || vg == 'p' && len(prevActors) < 2 && s.prevGender != 'p' {
			// وأعربوا: a plural verb goes on with several actors or a
			// plural one, not with one named by a noun
			return nil, true
		}
		return prevActors, false
	}
	if !s.en && ti+1 < len(s.norms) && arHonorificPron[s.norms[ti+1]] {
		// وأعرب سموه: his highness is the person who acted last, or
		// else the last named, a few sentences back at most
		hon := s.norms[ti+1]
		if si-s.lastActSen <= 4 && len(s.lastActors) == 1 && s.ents[s.lastActors[0]].Type == "PER" && s.honorificFitsEntity(hon, s.lastActors[0], ti) {
			s.dropGender = vg
			return s.lastActors, false
		}
		for mi := len(s.ments) - 1; mi >= 0; mi-- {
			m := s.ments[mi]
			if m.tokA >= ti {
				continue
			}
			if si-s.sentenceOf(m.tokA) > 4 {
				break
			}
			if m.prep == "" && len(m.ents) == 1 && s.ents[m.ents[0]].Type == "PER" && m.quote == s.quote[ti] &&
				(!strings.HasPrefix(hon, "سمو") || s.royal(m)) && s.honorificFits(hon, m) {
				s.dropGender = vg
				return m.ents, false
			}
		}
	}
	if !s.en && !s.clauseInitial(ti) {
		// An Arabic verb inside its sentence with no subject of its own
		// has a subject the rules did not see (a noun that is no entity:
		// كان والدي يطلب); only a sentence that opens with its verb
		// (وأضاف، كما دعت) goes on with the subject before.
		return nil, false
	}
	if si-s.lastActSen <= 1 && len(s.lastActors) > 0 {
		if !agree(s.lastGender) || vg == 'p' && len(s.lastActors) < 2 && s.lastGender != 'p' {
			return nil, true
		}
		return s.lastActors, false
	}
	if si == 0 || vg == 'p' {
		// a plural verb's subject is a group of people the sentence
		// before named as such (ودعا المشاركون …، كما دعوا): not any
		// one name of that sentence
		return nil, false
	}
	prev := s.d.Sentences[si-1]
	for _, m := range s.ments {
		if m.tokA >= prev.FirstToken && m.tokB <= prev.EndToken && m.prep == "" && s.actorOK(m) && m.quote == s.quote[ti] && !s.mediaMention(m) {
			s.dropGender = vg
			return m.ents, false
		}
	}
	return nil, false
}

// objAside reports whether Arabic token t stands aside between a verb and
// its object: a punctuation mark, a prayer after a name (حفظه الله،
// أيده الله) or a time word.
func (s *state) objAside(t int) bool {
	if s.d.Tokens[t].Kind != doc.KindWord {
		return true
	}
	n := s.norms[t]
	if n == "الله" && t > 0 && arPrayers[s.norms[t-1]] || arPrayers[n] && t+1 < len(s.norms) && s.norms[t+1] == "الله" {
		return true
	}
	return arTimeWords[n] && n != "في" && n != "من" && n != "يوم"
}

// arPrayers are the verbs of a prayer for a person after his name (حفظه
// الله، أيده الله، رعاه الله، رحمه الله).
var arPrayers = map[string]bool{"حفظه": true, "ايده": true, "رعاه": true, "رحمه": true, "حفظها": true, "يحفظه": true}

// forwardSubject returns, for a verbal noun at ti that opens its Arabic
// sentence in an adjunct of time (وخلال لقائه X، أكد Y …، ولدى
// استقباله X، قال Y), the subject of the main clause after the comma: the
// first bare actor mention after a verb right after the comma. -1 when
// the sentence is not so built.
func (s *state) forwardSubject(ti int, sen doc.Sentence, inWin func(mention) bool) int {
	if ti-1 < sen.FirstToken || !arOpeningAdjuncts[s.norms[ti-1]] {
		return -1
	}
	if ti-1 > sen.FirstToken+1 && s.norms[ti-2] != "،" && s.norms[ti-2] != "," {
		return -1 // the phrase opens the sentence or a clause after a comma
	}
	comma := -1
	for t := ti + 1; t < min(sen.EndToken, ti+25); t++ {
		if s.norms[t] == "،" || s.norms[t] == "," {
			comma = t
			break
		}
	}
	if comma < 0 || comma+2 >= sen.EndToken {
		return -1
	}
	if a, ok := s.analyzeTok(comma + 1); !ok || a.kind == kindNoun {
		if !arSayVerbs[strings.TrimPrefix(s.norms[comma+1], "و")] {
			return -1
		}
	}
	for mi := range s.ments {
		m := s.ments[mi]
		if m.tokA <= comma+1 {
			continue
		}
		if m.titleA > comma+2 && !s.onlyTitles(comma+2, m.tokA) {
			return -1
		}
		if m.prep == "" && s.actorOK(m) && inWin(m) {
			return mi
		}
		return -1
	}
	return -1
}

// settingSubject returns, for an Arabic verbal noun of meeting or talking
// with no possessor of its own, after a word of time or setting that
// follows a verb's subject right away, with its party after مع (وقال X
// خلال لقاء مع Y، وأكد X في اتصال هاتفي مع Y، غداة اجتماع مع Y), that
// subject's mention: the meeting is the subject's own. -1 when none.
func (s *state) settingSubject(ti int, sen doc.Sentence) int {
	if s.en || ti-2 < sen.FirstToken || !arSettingPreps[s.norms[ti-1]] || s.tokM[ti-2] < 0 {
		return -1
	}
	if tr := s.d.Tokens[ti]; strings.HasPrefix(s.norms[ti], "ال") || tr.Kind != doc.KindWord {
		return -1
	}
	t := ti + 1
	if t < sen.EndToken && (s.norms[t] == "هاتفي" || s.norms[t] == "هاتفيا") {
		t++
	}
	if t >= sen.EndToken || s.norms[t] != "مع" {
		return -1
	}
	// an interview given to a paper or a channel is no meeting
	for u := t + 1; u < min(sen.EndToken, t+4); u++ {
		if o := s.tokM[u]; o >= 0 {
			if s.mediaMention(s.ments[o]) {
				return -1
			}
			break
		}
	}
	mi := s.tokM[ti-2]
	m := s.ments[mi]
	if m.tokB != ti-1 || m.prep != "" || !s.actorOK(m) || s.media(s.ents[m.ents[0]].ID) {
		return -1
	}
	// the subject of a verb: the verb right before the name or its title
	if v := m.titleA - 1; v < sen.FirstToken || !s.lexVerb(v) && !arSpeechVerb(s.norms[v]) {
		return -1
	}
	return mi
}

// arSettingPreps are the words of time and setting before a verbal noun
// of meeting (خلال لقاء، في اتصال، غداة اجتماع), normalised.
var arSettingPreps = arWordSet("خلال في أثناء عقب بعد غداة إثر لدى")

// arOpeningAdjuncts are the words of time that open an Arabic sentence
// before a verbal noun whose pronoun the main clause names (خلال لقائه).
var arOpeningAdjuncts = map[string]bool{"خلال": true, "وخلال": true, "لدي": true, "ولدي": true, "اثناء": true,
	"واثناء": true, "عقب": true, "وعقب": true, "في": true, "وفي": true, "بعد": true, "وبعد": true}

// arSayVerbs are verbs of saying that open a main clause after a comma
// (…، قال X) without being event words.
var arSayVerbs = map[string]bool{"قال": true, "اكد": true, "اكدت": true, "قالت": true, "اوضح": true,
	"اوضحت": true, "شدد": true, "شددت": true, "اشار": true, "اشارت": true, "اعلن": true, "اعلنت": true}

// arPossessed are nouns of what a party does or holds (جهود، دور، موقف):
// after ب or ل they hand that preposition to the party's name that
// follows, so that the verb of praise, thanks or blame that takes it
// (أشاد بجهود X، ندد بتصريحات X) has the party for recipient.
var arPossessed = map[string]bool{"جهود": true, "دور": true, "موقف": true, "مواقف": true, "مبادره": true,
	"سياسه": true, "سياسات": true, "قرار": true, "انجازات": true, "نجاح": true, "دعم": true, "تصريحات": true,
	"خطوات": true, "خطوه": true, "قرارات": true, "اجراءات": true, "مبادرات": true, "جهد": true,
	// what a party gives or shows: أشاد بتعاون وزارة الحج، نوّه باهتمام X
	"تعاون": true, "اهتمام": true, "مساهمه": true, "مساهمات": true, "مشاركه": true, "حرص": true,
	"التزام": true, "تجاوب": true, "استجابه": true, "وقفه": true, "تضحيات": true,
	// what a party asks or offers: وافق على طلب X، لبى دعوة X
	"طلب": true, "مقترح": true, "اقتراح": true, "دعوه": true, "مطالب": true,
	// an attack repelled or condemned: تصدى لهجوم X، ندد بهجمات X
	"هجوم": true, "هجمات": true, "اعتداء": true, "اعتداءات": true, "زحف": true}

// arDoubted are the nouns, normalised, of a party's good faith that
// doubt questions after في (شكك في نوايا X، في جدية X، في مصداقية X).
var arDoubted = map[string]bool{"نوايا": true, "نيه": true, "جديه": true, "مصداقيه": true, "نزاهه": true, "شرعيه": true}

// arAsked are the nouns of arPossessed that are also verbal nouns of the
// lexicon (طلب، دعوة): after على their genitive is still whose they are
// (وافق على طلب X), the one who asked.
var arAsked = map[string]bool{"طلب": true, "دعوه": true, "مطالب": true}

// possessedDemonym returns the country whose efforts, role or stance the
// entry's preposition governs, named by its adjective (نوّه بالدور
// السعودي، أشاد بالجهود المصرية): the first word after the trigger is the
// preposition glued to a noun of arPossessed, the next the adjective. -1
// when none.
func (s *state) possessedDemonym(objStart, right int, sen doc.Sentence, e *entry, actors []int) (int, *Arg) {
	if s.en || s.c.Demonym == nil {
		return -1, nil
	}
	for t := objStart + 1; t+1 < min(right, sen.EndToken, objStart+6); t++ {
		if s.tokM[t] >= 0 || s.d.Tokens[t].Kind != doc.KindWord {
			return -1, nil
		}
		p, rest := arPrepNoun(s.norms[t])
		if p == "" || !e.hasPrep(p) || !strings.HasPrefix(rest, "ال") || !arPossessed[strings.TrimPrefix(rest, "ال")] {
			continue
		}
		adj := s.d.Tokens[t+1]
		id, name, ok := s.demonymAt(t + 1)
		if !ok {
			return -1, nil
		}
		ei := s.entityFor(id, name)
		if slices.Contains(actors, ei) {
			return -1, nil
		}
		return ei, &Arg{ID: id, Name: name, Start: adj.Start, End: adj.End}
	}
	return -1, nil
}

// arNecessity are the nouns, normalised, of a need or a call before a
// verbal noun (ضرورة انسحاب، بضرورة وقف، وجوب): the act is demanded.
var arNecessity = map[string]bool{"ضروره": true, "بضروره": true, "وجوب": true, "بوجوب": true,
	"لضروره": true}

// demanded reports whether the Arabic verbal noun at ti follows a noun of
// arNecessity.
func (s *state) demanded(ti int) bool {
	return !s.en && ti > 0 && arNecessity[s.norms[ti-1]]
}

// arEfforts are the nouns, normalised, of a party's efforts or role,
// whose verbal noun after في or ل is that party's act (جهود المملكة في
// دعم اليمن، دور مصر في مكافحة الإرهاب).
var arEfforts = map[string]bool{"جهود": true, "جهد": true, "دور": true, "مساعي": true, "حرص": true,
	"التزام": true, "مبادره": true, "استعداد": true}

// effortAgent returns the mention of the party whose efforts or role
// the Arabic verbal noun at ti, after في or with ل, carries out: the
// genitive of a noun of arEfforts right before the preposition. -1 when
// none.
func (s *state) effortAgent(ti int, sen doc.Sentence, tr trigger, inWin func(mention) bool) int {
	if s.en || tr.a.pron != "" || ti-2 < sen.FirstToken {
		return -1
	}
	end := ti // the token after the genitive
	switch {
	case strings.TrimPrefix(s.norms[ti-1], "و") == "في":
		end = ti - 1
	case strings.HasPrefix(s.norms[ti], "ل") && !hasArticle(s.norms[ti]):
	default:
		return -1
	}
	mi := s.tokM[end-1]
	if mi < 0 {
		return -1
	}
	m := s.ments[mi]
	if m.tokB != end || !inWin(m) || !s.actorOK(m) || m.titleA-1 < sen.FirstToken {
		return -1
	}
	n := s.norms[m.titleA-1]
	if _, rest := arPrepNoun(n); rest != "" {
		n = rest
	}
	if !arEfforts[strings.TrimPrefix(n, "و")] {
		return -1
	}
	return mi
}

// attackedPlace returns the first Arabic mention after the attack word at
// ti, within six words and before a comma, when it is a country after في
// (هجمات في الكاميرون، غارة أمريكية في أفغانستان), none of the actors; -1
// when none. A town is left out: the target inside it is named as often
// (استهداف مسجد … في أبها).
func (s *state) attackedPlace(ti, right int, actors []int, inWin func(mention) bool) int {
	for mi := range s.ments {
		m := s.ments[mi]
		if m.tokA <= ti {
			continue
		}
		if m.tokA >= min(right, ti+7) || s.commaBetween(ti+1, m.tokA) || s.clauseBetween(ti+1, m.titleA) {
			break
		}
		if shareEntity(m.ents, actors) || !inWin(m) {
			continue
		}
		if m.prep == "في" && len(m.ents) == 1 && s.ents[m.ents[0]].Kind == "country" {
			return mi
		}
		return -1 // في غزة وروسيا: the first place names where
	}
	return -1
}

// clauseBetween reports whether the Arabic tokens [a, b) hold a verb, a
// time adjunct (خلال، أثناء) or a title: the words after them are of
// another phrase (الهجمات الحوثية خلال اجتماعهم في مصر، هاجم الوزير
// المسؤول في الحكومة الإسرائيلية).
func (s *state) clauseBetween(a, b int) bool {
	for t := a; t < b; t++ {
		if s.tokM[t] >= 0 || s.d.Tokens[t].Kind != doc.KindWord {
			continue
		}
		n := strings.TrimPrefix(s.norms[t], "و")
		if arDuring[n] || arTitles[n] {
			return true
		}
		if an, ok := s.analyzeTok(t); ok && an.kind != kindNoun {
			return true
		}
		if s.c.ArabicVerb(s.d.Tokens[t].Text) && !hasArticle(n) {
			return true
		}
	}
	return false
}

// effortPhraseAgent reads the Arabic verbal noun at ti as the act of a
// party's efforts or role when it stands in the phrase after في (or is
// joined by و to one that does) of a noun of arEfforts up to six words
// before: دور دول التحالف بقيادة المملكة في استعادة اليمن ودحر الحوثيين.
// It returns the first mention after the noun (the party), -1 when none
// stands there, and whether ti stands in such a phrase at all.
func (s *state) effortPhraseAgent(ti int, sen doc.Sentence, tr trigger, inWin func(mention) bool) (int, bool) {
	if s.en || tr.a.pron != "" {
		return -1, false
	}
	fi := -1 // في
	for t := ti - 1; t >= max(sen.FirstToken, ti-8); t-- {
		if s.d.Tokens[t].Kind != doc.KindWord {
			return -1, false
		}
		if strings.TrimPrefix(s.norms[t], "و") == "في" {
			fi = t
			break
		}
	}
	if fi < 0 || fi < ti-1 && !strings.HasPrefix(s.norms[ti], "و") {
		return -1, false // only the noun right after في, or one joined to it
	}
	for t := fi - 1; t >= max(sen.FirstToken, fi-7); t-- {
		if s.d.Tokens[t].Kind != doc.KindWord {
			return -1, false
		}
		if s.tokM[t] >= 0 {
			continue
		}
		n := s.norms[t]
		if _, rest := arPrepNoun(n); rest != "" {
			n = rest
		}
		n = strings.TrimPrefix(n, "و")
		if !arEfforts[n] && !arEfforts[strings.TrimPrefix(n, "ال")] {
			continue
		}
		if hasArticle(n) {
			return -1, false // الدور في …: no party named by it
		}
		for k := t + 1; k < fi; k++ {
			if mi := s.tokM[k]; mi >= 0 && s.ments[mi].tokA == k && inWin(s.ments[mi]) && s.actorOK(s.ments[mi]) {
				return mi, true
			}
		}
		return -1, true
	}
	return -1, false
}

// arPrepNoun splits the preposition ب or ل off the normalised word n
// (بجهود → ب، جهود), "" when it has none.
func arPrepNoun(n string) (string, string) {
	for _, p := range []string{"ب", "ل"} {
		if rest, ok := strings.CutPrefix(n, p); ok && utf8.RuneCountInString(rest) >= 3 {
			return p, rest
		}
	}
	return "", n
}

// titleApposition reports whether the Arabic person mention m follows,
// after a comma, a title phrase that opens at token from with no other
// mark (لقائه القنصل الأميركي العام في القدس، دونالد بلوم): the name is
// the title's, set off by the comma, and the verb's object.
func (s *state) titleApposition(from int, m mention) bool {
	c := m.tokA - 1
	if c <= from || (s.norms[c] != "،" && s.norms[c] != ",") || len(m.ents) != 1 || s.ents[m.ents[0]].Type != "PER" ||
		!link.ArTitleHead(s.d.Tokens[from].Text) || c-from > maxTitleChain {
		return false
	}
	for t := from; t < c; t++ {
		if s.d.Tokens[t].Kind != doc.KindWord {
			return false
		}
		if o := s.tokM[t]; o >= 0 && len(s.ments[o].ents) == 1 && s.ents[s.ments[o].ents[0]].Type == "PER" {
			return false // a name already: the comma ends its phrase
		}
	}
	return true
}

// arDuringIt are «during it» and «in it» after a verb, pointing back to
// the noun before the verb (زيارة التقى خلالها).
var arDuringIt = map[string]bool{"خلالها": true, "خلاله": true}

// arMaterial are the types of material acts a news outlet never does.
var arMaterial = map[string]bool{"ASSAULT": true, "COERCE": true, "MOBILIZE": true, "RETREAT": true, "SANCTION": true}

// mediaMention reports whether the Arabic mention m names a news outlet
// (the lexicon's, or one named by its noun: وكالة الأنباء اليمنية، صحيفة
// X): an outlet reports what the next sentence's verb says, it does not
// do it (ذكرت وكالة الأنباء اليمنية أن … . وأعرب نائب الرئيس …).
func (s *state) mediaMention(m mention) bool {
	if s.en {
		return false
	}
	for _, e := range m.ents {
		if s.ents[e].Kind == "media" {
			return true
		}
	}
	n := s.norms[m.tokA]
	if strings.HasPrefix(n, "و") && !arOutletNouns[n] && n != "وكاله" {
		n = n[len("و"):]
	}
	if n == "وكاله" {
		// a news agency (وكالة الأنباء X، وكالة أنباء، وكالة دوجان
		// التركية للأنباء), not the IAEA
		if m.tokA+1 < m.tokB && (s.norms[m.tokA+1] == "الانباء" || s.norms[m.tokA+1] == "انباء") {
			return true
		}
		return m.tokB < len(s.norms) && s.norms[m.tokB] == "للانباء"
	}
	return arOutletNouns[n]
}

// arOutletNouns are the nouns of newspapers and stations (صحيفة، قناة),
// normalised; «وكالة» only with «الأنباء».
var arOutletNouns = arWordSet("صحيفة قناة إذاعة تلفزيون مجلة جريدة")

// media reports whether the entity id is a news outlet: the lexicon's,
// or one a mention names as such (وكالة دوجان التركية للأنباء).
func (s *state) media(id string) bool {
	for ei, e := range s.ents {
		if e.ID != id {
			continue
		}
		if e.Kind == "media" {
			return true
		}
		for _, m := range s.ments {
			if slices.Contains(m.ents, ei) && s.mediaMention(m) {
				return true
			}
		}
		return false
	}
	return false
}

// arRoyalWords are the words, normalised, of a royal's title or address
// (الأمير، سمو، ولي العهد، الملك).
var arRoyalWords = map[string]bool{"الامير": true, "الاميره": true, "سمو": true, "لسمو": true, "ولسمو": true, "وسمو": true,
	"ولي": true, "الملك": true, "للامير": true, "والامير": true, "بالامير": true}

// royal reports whether the Arabic mention m names a royal: its own words
// or the three words before it hold a royal title (الأمير X، لسمو ولي
// العهد): «سموه» (his highness) speaks of a prince, not of the adviser
// named after him.
func (s *state) royal(m mention) bool {
	for t := m.tokA; t < m.tokB; t++ {
		if arRoyalWords[s.norms[t]] {
			return true
		}
	}
	// the words right before it, not across a mark (another sentence)
	for t := m.tokA - 1; t >= max(m.tokA-3, 0) && s.d.Tokens[t].Kind == doc.KindWord; t-- {
		if arRoyalWords[s.norms[t]] {
			return true
		}
	}
	return false
}

// honorificFits reports whether the honorific hon (normalised) may stand
// for the person of mention m by the office the text gives before it:
// «معاليه» a minister, «فخامته» a president; the others any person.
func (s *state) honorificFits(hon string, m mention) bool {
	var cue string
	switch {
	case strings.HasPrefix(hon, "معالي"):
		cue = "وزير"
	case strings.HasPrefix(hon, "فخامت"):
		cue = "رئيس"
	default:
		return true
	}
	for t := m.tokA - 1; t >= max(0, m.tokA-7) && s.d.Tokens[t].Kind == doc.KindWord; t-- {
		if strings.Contains(s.norms[t], cue) || strings.HasPrefix(s.norms[t], hon[:len(hon)-len("ه")]) {
			return true
		}
	}
	return false
}

// honorificFitsEntity is honorificFits for entity e, by its latest
// mention before token ti.
func (s *state) honorificFitsEntity(hon string, e, ti int) bool {
	for mi := len(s.ments) - 1; mi >= 0; mi-- {
		if m := s.ments[mi]; m.tokA < ti && slices.Contains(m.ents, e) {
			return s.honorificFits(hon, m)
		}
	}
	return true
}

// arHonorificPron are the honorifics with a pronoun that stand for a
// person as a verb's subject (وأعرب سموه، وأكد معاليه).
var arHonorificPron = map[string]bool{"سموه": true, "معاليه": true, "فخامته": true, "سماحته": true,
	"سعادته": true, "دولته": true, "سموها": true, "معاليها": true}

// sentenceOf returns the index of the sentence that holds token t.
func (s *state) sentenceOf(t int) int {
	i, _ := slices.BinarySearchFunc(s.d.Sentences, t, func(se doc.Sentence, t int) int {
		if se.EndToken <= t {
			return -1
		}
		if se.FirstToken > t {
			return 1
		}
		return 0
	})
	return i
}

// mainSubject returns the subject of the main verb of the Arabic sentence
// before ti, for a circumstantial participle: a bare mention near the
// sentence's start (at most eight tokens in), right after the sentence's
// first word or a verb that opens its clause (وعبّر وزير الخارجية X، من
// جهته، أكد X) or in
// subject position before it, with no relative pronoun or أنّ before it.
// -1 when none: the actors of the words before the participle are not
// taken, for their subject may be a noun or a pronoun the rules resolved
// (وأثنى سموه …، مشيداً).
func (s *state) mainSubject(ti int, sen doc.Sentence, inWin func(mention) bool) int {
	mi := s.sentenceSubject(ti, sen, inWin)
	if mi < 0 {
		return -1
	}
	m := s.ments[mi]
	if m.tokA-sen.FirstToken > 8 || s.relativeBetween(sen.FirstToken, m.titleA) || s.complementizerBetween(sen.FirstToken, m.titleA) {
		return -1
	}
	if m.titleA <= sen.FirstToken+1 || s.subjectPos(m, sen) {
		return mi
	}
	if !s.clauseInitial(m.titleA - 1) {
		return -1 // على دعم X: the word before is no verb opening the clause
	}
	p := s.norms[m.titleA-1]
	if arTitleStops[p] {
		return mi
	}
	if a, ok := s.analyzeTok(m.titleA - 1); ok && a.kind != kindNoun && a.kind != kindPart {
		return mi
	}
	if arSpeechVerb(p) {
		return mi
	}
	return -1
}

// arSpeechVerbs are verbs of saying whose subject the participles after
// them take (وأوضح X …، مشيراً).
var arSpeechVerbs = map[string]bool{"قال": true, "قالت": true, "اكد": true, "اكدت": true, "اضاف": true, "اضافت": true,
	"اوضح": true, "اوضحت": true, "اشار": true, "اشارت": true, "شدد": true, "شددت": true, "اعتبر": true, "اعتبرت": true,
	"صرح": true, "صرحت": true, "ذكر": true, "ذكرت": true, "بين": true, "بينت": true, "لفت": true, "لفتت": true,
	"تحدث": true, "تحدثت": true, "اختتم": true, "اختتمت": true, "ختم": true, "ختمت": true}

// SpeechVerb reports whether the Arabic word w is a verb of saying in the
// past (وقال، وأكدت، فأوضح).
func SpeechVerb(w string) bool { return arSpeechVerb(arNorm(w)) }

// arSpeechVerb is SpeechVerb for a normalised word.
func arSpeechVerb(n string) bool {
	return arSpeechVerbs[n] || arSpeechVerbs[strings.TrimPrefix(strings.TrimPrefix(n, "و"), "ف")]
}

// ArabicVerbOnly reports whether the Arabic word w reads as a verb of the
// lexicon and as no verbal noun (اتهم; not وصف, «description» too).
func (c *Coder) ArabicVerbOnly(w string) bool {
	n := arNorm(w)
	a, ok := c.lx.analyzeAr(n, false)
	if !ok || a.kind == kindNoun {
		return false
	}
	_, noun := c.lx.analyzeAr(n, true)
	return !noun
}

// nounOpens reports whether the Arabic verb at ti follows the definite
// noun that opens its clause, at the start of the sentence or after
// punctuation («الصمم يهدد سارة»، «.. والمعارضة تتهم X»): that noun, no
// entity, is its subject. Titles, relative pronouns, nouns of time, the
// nouns of armed or governing agents and «الطرفان» are not taken for one.
func (s *state) nounOpens(ti int, sen doc.Sentence) bool {
	p := ti - 1
	if s.en || p < sen.FirstToken || s.tokM[p] >= 0 || s.used[p] || s.d.Tokens[p].Kind != doc.KindWord {
		return false
	}
	n := s.norms[p]
	opens := p == sen.FirstToken || s.d.Tokens[p-1].Kind == doc.KindPunct
	return opens && (strings.HasPrefix(n, "ال") || strings.HasPrefix(n, "وال")) && hasArticle(n) && !arTitles[strings.TrimPrefix(n, "و")] &&
		!arTimeNouns[strings.TrimPrefix(n, "و")] &&
		!relPronouns[strings.TrimPrefix(n, "و")] && !s.agentHead(p, p+1) && !arBothSides[n] && !s.isEventWord(p)
}

// nounSubjectAfter reports whether the Arabic verb at ti has for subject
// a noun right after it that is no entity: a definite noun after a verb
// that carries its object as a pronoun (الهجمات التي شنتها الجماعات), or a
// definite noun before the entry's object (وفرضت الدول الغربية عقوبات).
// (A singular demonstrative's noun, هذا التنظيم، points back at a name:
// not one; a plural one after a verb with its object pronoun is.)
// The verb's subject is then no name, and taking the name before it or
// the last actor would invent one.
func (s *state) nounSubjectAfter(ti int, sen doc.Sentence, tr trigger) bool {
	n := s.afterAdverbs(ti+1, sen) // استهدفها بشكل مباشر التنظيم
	if s.en || tr.a.kind == kindNoun || n >= sen.EndToken || s.tokM[n] >= 0 || s.d.Tokens[n].Kind != doc.KindWord {
		return false
	}
	w := s.norms[n]
	if arPluralDemonstratives[w] && thirdPron[tr.a.pron] && !s.nounReading(tr) && n+1 < sen.EndToken && s.tokM[n+1] < 0 && hasArticle(s.norms[n+1]) {
		// العقوبات التي فرضتها هذه البلدان: a plural the text named
		// before, not the one name before the verb
		return true
	}
	if !strings.HasPrefix(w, "ال") || !hasArticle(w) || arTitles[w] || arTimeNouns[w] || arBothSides[w] || relPronouns[w] ||
		s.agentHead(n, n+1) || s.isEventWord(n) || s.demonymAdjAt(n+1) {
		return false
	}
	if len(tr.e.obj) > 0 && s.objAt(n, sen.EndToken, tr.e) > 0 {
		return false // حمّلتهم المسؤولية: the entry's object
	}
	if tr.a.pron != "" && thirdPron[tr.a.pron] {
		// not a verbal noun and its adjective (دعمها الكبير، وشجبه الشديدين)
		return !s.nounReading(tr)
	}
	if len(tr.e.obj) == 0 {
		return false
	}
	// the noun and an adjective of its, then the object
	for t := n + 1; t <= n+2 && t < sen.EndToken; t++ {
		if s.tokM[t] >= 0 || s.d.Tokens[t].Kind != doc.KindWord {
			return false
		}
		if s.objAt(t, sen.EndToken, tr.e) > 0 {
			return true
		}
		if !hasArticle(s.norms[t]) {
			return false
		}
	}
	return false
}

// afterAdverbs returns the first token from t on that is no adverb
// standing between an Arabic verb and its subject (قتله أيضاً X،
// استهدفها بشكل مباشر X، هاجمته مجدداً X).
func (s *state) afterAdverbs(t int, sen doc.Sentence) int {
	for t < sen.EndToken && s.tokM[t] < 0 && s.d.Tokens[t].Kind == doc.KindWord {
		switch n := s.norms[t]; {
		case arVerbAdverbs[n]:
			t++
		case (n == "بشكل" || n == "بصوره") && t+1 < sen.EndToken && s.tokM[t+1] < 0 && s.d.Tokens[t+1].Kind == doc.KindWord:
			t += 2
		default:
			return t
		}
	}
	return t
}

// arVerbAdverbs are the adverbs, normalised, that may stand between an
// Arabic verb and its subject.
var arVerbAdverbs = arWordSet("أيضا كذلك بدوره بدورها مجددا مرة أخرى سابقا أمس بالفعل فعلا")

// arPluralDemonstratives are the demonstratives, normalised, of a
// feminine or plural noun (هذه البلدان، هؤلاء المسلحون، تلك الدول).
var arPluralDemonstratives = arWordSet("هذه هؤلاء تلك")

// demonymAdjAt reports whether the token t is a nationality adjective
// (الطائرات الأمريكية: the country's craft act).
func (s *state) demonymAdjAt(t int) bool {
	if t >= len(s.d.Tokens) || s.c.Demonym == nil {
		return false
	}
	_, _, ok := s.demonymAt(t)
	return ok
}

// arTimeNouns are the definite nouns of time that may open a clause
// before its verb (اليوم استقبل، والليلة قصفت), normalised: an adverb, no
// subject.
var arTimeNouns = arWordSet("اليوم الليلة الآن الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الصباح المساء الغد البارحة الظهر العصر الفجر")

// nounSubject reports whether the Arabic verb at ti has a noun for
// subject that is no entity: the definite noun that opens its clause
// right before it, or in a clause opened by أن or إن the word right after
// it, a noun
// that is no entity (أكد المخرج أن العمل يناقش …): the verb's subject is
// that noun. A pronoun subject is one word with أن (أنه) and a name is a
// mention, so neither is taken for one.
func (s *state) nounSubject(ti int, sen doc.Sentence) bool {
	if s.en {
		return false
	}
	if s.nounOpens(ti, sen) {
		return true
	}
	if s.armedMenBefore(ti, sen) {
		return true
	}
	for t := ti - 1; t >= max(sen.FirstToken, ti-8); t-- {
		if k := s.d.Tokens[t].Kind; k != doc.KindWord && k != doc.KindNumber {
			return false
		}
		switch s.norms[t] {
		case "ان", "وان", "بان", "لان", "فان":
			n := t + 1
			if n >= ti || s.tokM[n] >= 0 || arTitles[s.norms[n]] || s.d.Tokens[n].Kind != doc.KindWord && s.d.Tokens[n].Kind != doc.KindNumber {
				return false
			}
			if hasArticle(s.norms[n]) {
				return true
			}
			if arCountHeads[s.norms[n]] || s.d.Tokens[n].Kind == doc.KindNumber {
				return true // أن أكثر من 1500 مدرسة دمرت، أن 20 مسلحاً هاجموا
			}
			if arArmedHeads[s.norms[n]] && n+1 < ti && s.tokM[n+1] < 0 && !hasArticle(s.norms[n+1]) {
				// إن طائرات تورنيدو شنت: craft or men no name owns (a
				// country's adjective is armedBefore's)
				return true
			}
			// a noun in construct with a defined one (أن مقاتلات التحالف
			// شنت، بأن قوات الأمن داهمت): no name, no verb of the lexicon
			if n+1 < ti && (hasArticle(s.norms[n+1]) || s.tokM[n+1] >= 0) && s.d.Tokens[n+1].Kind == doc.KindWord {
				if s.tokM[n+1] >= 0 && s.agentHead(n, n+1) {
					return false // أن عناصر تنظيم داعش هاجمت: the group's men, the group acts
				}
				w := s.norms[n]
				if _, verb := s.analyzeTok(n); !verb && !strings.HasPrefix(w, "ي") && !strings.HasPrefix(w, "ت") {
					return true
				}
			}
			// an indefinite noun in the accusative after أنّ (أن عدداً
			// آخر قتلوا), with or without its tanween written, that the
			// lexicon does not read as a verb
			w := s.norms[n]
			if strings.ContainsAny(s.d.Tokens[n].Text, "\u064B") || strings.HasSuffix(w, "ا") && len([]rune(w)) >= 4 {
				_, verb := s.analyzeTok(n)
				return !verb && !strings.HasPrefix(w, "ي") && !strings.HasPrefix(w, "ت")
			}
			return false
		}
	}
	return false
}

// arCountHeads are the words of number that open a counted subject
// (أكثر من، نحو، عشرات), normalised.
var arCountHeads = arWordSet("أكثر نحو قرابة حوالي زهاء عشرات مئات آلاف عشرة")

// armedMenBefore reports whether the Arabic verb at ti follows at once armed
// men that no name follows, alone or with an indefinite adjective (واجه
// مليشيات مرتزقة دمرت المؤسسات، مسلحون هاجموا): they did it, no entity.
func (s *state) armedMenBefore(ti int, sen doc.Sentence) bool {
	if s.en {
		return false
	}
	if a, ok := s.analyzeTok(ti); !ok || a.kind == kindNoun || a.conj {
		return false // وطارد الجيش مسلحين وقصف: a verb joined by و goes on with its subject
	}
	for t := ti - 1; t >= max(sen.FirstToken, ti-2) && s.tokM[t] < 0 && s.d.Tokens[t].Kind == doc.KindWord; t-- {
		if (arArmedHeads[s.norms[t]] || arArmedMen[s.norms[t]]) && (t == ti-1 || !hasArticle(s.norms[t+1]) && !arClauseJoiners[s.norms[t+1]] && s.norms[t+1] != "ثم") {
			return true
		}
	}
	return false
}

// arArmedMen are plural nouns, normalised, of armed men no name goes with
// (أن مسلحين هاجموا، مجهولون أطلقوا).
var arArmedMen = arWordSet("مسلحين مسلحون متشددين متشددون مقاتلين مقاتلون مجهولين مجهولون ارهابيين ارهابيون مرتزقه")

// clauseInitial reports whether the Arabic token ti opens its sentence
// or a clause after a comma, a quotation mark or a colon, with only
// conjunctions and particles (و ف ثم كما كذلك قد) before it.
func (s *state) clauseInitial(ti int) bool {
	for t := ti - 1; t >= 0; t-- {
		tok := s.d.Tokens[t]
		if tok.Kind != doc.KindWord {
			return true // punctuation: a new clause
		}
		if !arClauseOpeners[s.norms[t]] {
			return false
		}
		if t > 0 && strings.Contains(s.d.Text[s.d.Tokens[t-1].End:tok.Start], "\n") {
			return true
		}
	}
	return true
}

var arClauseOpeners = map[string]bool{"و": true, "ف": true, "ثم": true, "كما": true, "وكما": true, "كذلك": true,
	"قد": true, "وقد": true, "فقد": true, "لقد": true, "ولقد": true, "بدوره": true, "بدورها": true}

// arg builds the argument of entity ei, with the mention the rules used
// (or the entity's latest mention before the trigger).
func (s *state) arg(ei int, used map[int]int, ti int) *Arg {
	en := s.ents[ei]
	a := &Arg{ID: en.ID, Name: en.Name}
	if mi, ok := used[ei]; ok && len(s.ments[mi].ents) == 1 {
		a.Start, a.End = s.ments[mi].start, s.ments[mi].end
		return a
	}
	start := s.d.Tokens[ti].Start
	best := [2]int{-1, -1}
	for _, m := range en.Mentions {
		if m[0] >= 0 && m[1] <= len(s.d.Text) && m[0] < m[1] && (best[0] < 0 || m[0] <= start && m[0] > best[0]) {
			best = m
		}
	}
	if best[0] >= 0 {
		a.Start, a.End = best[0], best[1]
	}
	return a
}

// place returns the GPE or LOC after في/in nearest the trigger in the
// sentence, that is not an argument.
func (s *state) place(sen doc.Sentence, ti int, actors, recips []int) *Arg {
	bestD := 1 << 30
	var best *Arg
	for _, m := range s.ments {
		if m.tokA < sen.FirstToken || m.tokB > sen.EndToken || len(m.ents) != 1 {
			continue
		}
		if m.prep != "في" && m.prep != "in" && m.prep != "at" {
			continue
		}
		ei := m.ents[0]
		if !isPlace(s.ents[ei].Type) || slices.Contains(actors, ei) || slices.Contains(recips, ei) {
			continue
		}
		d := m.tokA - ti
		if d < 0 {
			d = -d + 3 // a place after the trigger is likelier its own
		}
		if d < bestD {
			bestD = d
			en := s.ents[ei]
			best = &Arg{ID: en.ID, Name: en.Name, Start: m.start, End: m.end}
		}
	}
	return best
}

// maxDateGap is the most tokens between a trigger and the date it takes.
const maxDateGap = 15

// date returns the value of the date span nearest the trigger in its
// clause: in the same sentence, with no comma or semicolon between them and
// at most maxDateGap tokens away — a date across a clause boundary usually
// dates another happening («لقاء بوتين مع علييف …، منذ تحطم الطائرة في
// ديسمبر 2024»). "" when none.
func (s *state) date(sen doc.Sentence, ti int) string {
	bestD, best := 1<<30, ""
	for _, ds := range s.dates {
		if ds.Start < sen.Start || ds.End > sen.End || ds.Value == "" {
			continue
		}
		// The tokens between the trigger and the date.
		a, b := ti+1, s.tokenAt(ds.Start)
		if b < 0 {
			continue
		}
		if b < ti {
			a, b = s.tokenAt(ds.End-1)+1, ti
		}
		if b-a > maxDateGap || s.clauseBreak(a, b) {
			continue
		}
		if d := b - a; d < bestD {
			bestD, best = d, ds.Value
		}
	}
	return best
}

// clauseBreak reports whether a comma or semicolon stands among tokens
// [a, b).
func (s *state) clauseBreak(a, b int) bool {
	for t := max(a, 0); t < b && t < len(s.d.Tokens); t++ {
		switch s.d.Tokens[t].Text {
		case "،", ",", "؛", ";":
			return true
		}
	}
	return false
}

// validUTF8Span is used by tests: it reports whether [a,b) is inside t and,
// when t is valid UTF-8, cuts no rune (an invalid byte is a token of its
// own, so in invalid text only the bounds are checked).
func validUTF8Span(t string, a, b int) bool {
	if a < 0 || b > len(t) || a > b {
		return false
	}
	if !utf8.ValidString(t) {
		return true
	}
	return (a == len(t) || utf8.RuneStart(t[a])) && (b == len(t) || utf8.RuneStart(t[b]))
}

// pronounClause reports whether an Arabic clause with a pronoun for
// subject (ونحن نتمنى، وهو يقف) opens in [a, b): a bare name after it is
// that clause's, not the object of a verb before (ترفض أي تدخل عسكري في
// ليبيا ونحن نتمنى … لسوريا والعراق).
func (s *state) pronounClause(a, b int) bool {
	for t := max(a, 0); t < b && t < len(s.norms); t++ {
		if arSubjectPronouns[strings.TrimPrefix(s.norms[t], "و")] {
			return true
		}
	}
	return false
}

// arSubjectPronouns are the independent pronouns that open a nominal
// clause (normalised).
var arSubjectPronouns = arWordSet("نحن هو هي هم هما انا انتم")

// arLedBy are the words after which a name is who heads a body (برئاسة
// X، بقيادة X), not the act's recipient.
var arLedBy = map[string]bool{"برئاسه": true, "برياسه": true, "بقياده": true}

// arFeelings are the feelings and states that «يدعو إلى» gives rise to
// (مما يدعو إلى القلق، بشكل يدعو إلى الريبة): no request of anyone.
var arFeelings = arWordSet(`الريبة القلق الشك التفاؤل الاستغراب الدهشة الحيرة السخرية الأسف الاطمئنان
	التساؤل الضحك الفخر الاعتزاز الاستهجان التعجب الارتياح الخوف`)

// arousesFeeling reports whether the Arabic verb at ti, an entry of
// REQUEST, has إلى and a noun of arFeelings right after it.
func (s *state) arousesFeeling(ti int, sen doc.Sentence, a analysis) bool {
	if ti+2 >= sen.EndToken || s.norms[ti+1] != "الي" || !arFeelings[s.norms[ti+2]] {
		return false
	}
	return slices.ContainsFunc(a.entries, func(e *entry) bool { return e.Type == "REQUEST" })
}

// arPatients are the nouns of the wounded, the sick and the dead that a
// hospital or a country receives: no guests of a reception.
var arPatients = map[string]bool{"المصابين": true, "مصابين": true, "الجرحي": true, "جرحي": true,
	"المرضي": true, "مرضي": true, "الضحايا": true, "ضحايا": true, "المتضررين": true, "جثث": true,
	"جثامين": true, "جثمان": true, "جثه": true, "الحالات": true, "حالات": true, "المصابون": true}

// receivesPatients reports whether the Arabic word at ti is a verb or noun
// of hosting (CAMEO 043: استقبل، استضاف) whose object, within the three
// words after it, is a noun of arPatients: a hospital receiving the
// wounded holds no meeting.
func (s *state) receivesPatients(ti int, sen doc.Sentence, a analysis) bool {
	if !slices.ContainsFunc(a.entries, func(e *entry) bool { return e.Cameo == "043" }) {
		return false
	}
	for t := ti + 1; t < min(sen.EndToken, ti+4); t++ {
		if s.tokM[t] < 0 && arPatients[arStripProclitic(s.norms[t])] {
			return true
		}
	}
	return false
}

// arWithPronouns are مع with an attached pronoun (with him, her, them …).
var arWithPronouns = map[string]bool{"معه": true, "معها": true, "معهم": true, "معهما": true, "معي": true,
	"معنا": true, "معك": true, "معكم": true, "معهن": true}

// opinionAgree reports whether the Arabic verb of agreeing at ti (اتفق،
// يتفق) has مع with a pronoun right after it and no على (on what) before
// the next punctuation mark: «واتفق معه X»، «وتتفق معها Y» share a speaker's
// view, which PLOVER does not code; اتفق معه على is an agreement.
func (s *state) opinionAgree(ti int, sen doc.Sentence, a analysis) bool {
	if ti+1 >= sen.EndToken || !arWithPronouns[s.norms[ti+1]] || !slices.ContainsFunc(a.entries, func(e *entry) bool { return e.Type == "AGREE" && e.sym }) {
		return false
	}
	for t := ti + 2; t < sen.EndToken && s.d.Tokens[t].Kind != doc.KindPunct; t++ {
		if strings.TrimPrefix(s.norms[t], "و") == "علي" && s.tokM[t] < 0 { // على, not the name علي
			return false
		}
	}
	return true
}

// arThreatEnds are the words that open a clause of its own after a
// threat (… فيما قصفت X، مؤكدة أن X قصفت): what it says may have happened.
var arThreatEnds = map[string]bool{"ان": true, "بان": true, "لان": true, "فيما": true, "بينما": true,
	"حيث": true, "حين": true, "وفيما": true, "وبينما": true, "وحيث": true, "كما": true, "وكان": true, "كان": true}

// arCauseWords are the prepositions of a cause or an earlier time, after
// which a verbal noun is a happening of its own, not what is threatened or
// promised (هدد X بالرد على قصف Y، توعد X بالانتقام بعد اغتيال Y).
var arCauseWords = map[string]bool{"بعد": true, "وبعد": true, "عقب": true, "اثر": true, "بسبب": true,
	"جراء": true, "علي": true, "ردا": true, "منذ": true, "نتيجه": true}

// arCauseBetween reports whether a word of arCauseWords lies in tokens
// [a, b); على (in response to) counts only when withAla is set.
func (s *state) arCauseBetween(a, b int, withAla bool) bool {
	for t := max(a, 0); t < b; t++ {
		if n := s.norms[t]; arCauseWords[n] && s.tokM[t] < 0 && (withAla || n != "علي") { // not the name علي
			return true
		}
	}
	return false
}

// verbBetween reports whether a word of tokens [a, b) reads as a verb or
// joins a clause of its own (ثم، بينما، فيما، حيث).
func (s *state) verbBetween(a, b int) bool {
	for t := a; t < b; t++ {
		n := s.norms[t]
		bare := strings.TrimPrefix(strings.TrimPrefix(n, "و"), "ف")
		if arClauseJoiners[n] || s.tokM[t] < 0 && (arAnnounceVerbs[bare] || arAuxVerbs[bare] || s.c.ArabicVerb(s.d.Tokens[t].Text)) {
			return true
		}
	}
	return false
}

// arClauseJoiners are the words, normalised, that open a clause of its own.
var arClauseJoiners = map[string]bool{"ثم": true, "بينما": true, "فيما": true, "حيث": true, "حين": true, "عندما": true, "لكن": true, "ولكن": true}

// onlySubjectBetween reports whether tokens [a, b) hold no more than the
// subject, adverbs of manner and, when the second verb takes its object in
// a pronoun (objPron), the object that pronoun stands for (تدين روسيا بشدة
// وترفض، استنكار المملكة ورفضها، أدانت روسيا الهجوم ورفضته).
func (s *state) onlySubjectBetween(a, b int, objPron bool) bool {
	seen, other := false, 0
	for t := a; t < b; t++ {
		switch {
		case s.tokM[t] >= 0:
			m := s.ments[s.tokM[t]]
			if seen && m.tokA == t {
				if !objPron {
					return false // a second party: انتقدت إيران السعودية ورفضت
				}
				other++
			}
			seen = true
		case arMannerWords[s.norms[t]]:
		case objPron && s.d.Tokens[t].Kind == doc.KindWord:
			other++ // the object the pronoun takes up: أدانت X الهجوم ورفضته
		default:
			return false
		}
	}
	return other <= 2
}

// arMannerWords are the adverbs of manner, normalised, between a verb of
// condemning and its pair (تدين تركيا بشدة وترفض).
var arMannerWords = map[string]bool{"بشده": true, "بقوه": true, "بحزم": true}

// punctBetween reports whether a punctuation token lies in tokens [a, b).
func (s *state) punctBetween(a, b int) bool {
	for t := a; t < b; t++ {
		if s.d.Tokens[t].Kind == doc.KindPunct {
			return true
		}
	}
	return false
}

// commaBetween reports whether a comma or a colon lies in tokens [a, b).
func (s *state) commaBetween(a, b int) bool {
	for t := a; t < b; t++ {
		switch s.d.Tokens[t].Text {
		case "،", ",", ":", ";", "؛":
			return true
		}
	}
	return false
}

// genitive reports whether the Arabic mention m is the complement of a
// noun of a prepositional phrase (على هامش قمة آسيان، في مؤتمر الأمم
// المتحدة): then it is no object of the verb. A title, a time adverb, the
// verb itself or a name right before it leaves m an object.
func (s *state) genitive(m mention, objStart int) bool {
	if s.en || m.start > s.d.Tokens[m.tokA].Start {
		return false // English, or a clitic (و، ب) glued to the name
	}
	p := m.tokA - 1
	if p <= objStart || s.tokM[p] >= 0 || s.d.Tokens[p].Kind != doc.KindWord {
		return false
	}
	n := s.norms[p]
	if arTitles[n] || arObjAdverbs[n] || hasArticle(n) || subjectIntro[n] || arNounBefore[n] {
		return false
	}
	if strings.HasSuffix(n, "ي") && p-1 > objStart && s.tokM[p-1] < 0 && s.d.Tokens[p-1].Kind == doc.KindWord &&
		!arNounBefore[s.norms[p-1]] && !hasArticle(s.norms[p-1]) {
		// في تقرير سنوي X: an adjective closes the noun's construct,
		// the name after it is no genitive
		return false
	}
	// a chain of nouns after a preposition: في مؤتمر، على هامش قمة
	for q := p - 1; q > objStart && q >= p-3; q-- {
		if arNounBefore[s.norms[q]] {
			// partitive من names the members the act is for: دعا
			// نظراءه من زعماء بلدان رابطة الدول المستقلة
			return s.norms[q] != "من" && s.norms[q] != "ومن"
		}
		if s.tokM[q] >= 0 || s.d.Tokens[q].Kind != doc.KindWord {
			return false
		}
	}
	return false
}

// arObjAdverbs are words that may stand between a verb and its object.
var arObjAdverbs = map[string]bool{"امس": true, "غدا": true, "ايضا": true, "مجددا": true,
	"رسميا": true, "هاتفيا": true, "مساء": true, "صباح": true, "ظهر": true, "اول": true}

var arTitles = map[string]bool{"الرئيس": true, "رئيس": true, "وزير": true, "الوزير": true, "وزيره": true,
	"الملك": true, "الامير": true, "الزعيم": true, "المستشار": true, "السيد": true, "السيده": true,
	"نظيره": true, "نظيرها": true, "ضيفه": true, "الشيخ": true, "الجنرال": true, "العاهل": true,
	"الرئيسان": true, "والرئيس": true, "ورئيس": true, "رئيسه": true, "الحكومه": true,
	// honorifics, ranks and callings written before a name (أن المدرب X
	// التقى، أن اللواء X قال)
	"سمو": true, "معالي": true, "فضيله": true, "الدكتور": true, "د": true, "المهندس": true, "الاستاذ": true,
	"اللواء": true, "العميد": true, "العقيد": true, "المقدم": true, "الفريق": true, "المشير": true,
	"الاميره": true, "الملكه": true, "الشيخه": true, "ولي": true, "العهد": true, "السفير": true,
	"المدرب": true, "اللاعب": true, "الفنان": true, "الكاتب": true, "الشاعر": true, "الاعلامي": true,
	"الصحفي": true, "الناشط": true, "المحامي": true, "القاضي": true, "الامام": true, "المفتي": true}

// arDualTitles are titles of two people before the first one's name (مع
// الأميرين X والأمير Y), normalised, with ل or ب glued to the article.
var arDualTitles = map[string]bool{"الاميرين": true, "الرئيسين": true, "الوزيرين": true, "الشيخين": true, "الملكين": true,
	"للاميرين": true, "للرئيسين": true, "للوزيرين": true, "للشيخين": true, "بالاميرين": true, "بالرئيسين": true}

// subjectIntro are the words after which a noun begins a clause (so a
// mention there is a subject, not a genitive): conjunctions,
// complementisers, كان and its sisters, pronouns.
var subjectIntro = map[string]bool{"و": true, "ف": true, "ثم": true, "كان": true, "وكان": true, "فكان": true,
	"ان": true, "انه": true, "لكن": true, "ولكن": true, "كما": true, "وكما": true, "حيث": true, "بينما": true,
	"فيما": true, "قد": true, "وقد": true, "ها": true, "هو": true, "هي": true, "وها": true, "اما": true,
	"واما": true, "بل": true, "فان": true, "وان": true, "لان": true, "بان": true, "اذ": true, "اذا": true, "حين": true, "عندما": true, "لقد": true, "ولقد": true, "كانت": true, "وكانت": true}

var relPronouns = map[string]bool{"الذي": true, "التي": true, "الذين": true, "اللذان": true, "اللتان": true, "who": true, "which": true, "that": true}

// subjectPos reports whether mention m stands where a subject stands.
func (s *state) subjectPos(m mention, sen doc.Sentence) bool {
	if s.en {
		return true
	}
	if m.titleA < m.tokA {
		// the title phrase stands where the name would
		t := s.d.Tokens[m.titleA]
		m = mention{tokA: m.titleA, start: t.Start + titleProclitic(t.Text), titleA: m.titleA}
	}
	if t := s.d.Tokens[m.tokA]; m.start > t.Start {
		pre := arNorm(s.d.Text[t.Start:m.start])
		return pre == "و" || pre == "ف"
	}
	p := m.tokA - 1
	for p >= sen.FirstToken && arTitles[s.norms[p]] {
		p--
	}
	if p >= sen.FirstToken && s.tokM[p] < 0 && s.agentHead(p, p+1) {
		p-- // أن عناصر تنظيم داعش هاجمت: the noun of the group's men stands first
	}
	if p < sen.FirstToken {
		return true
	}
	if k := s.d.Tokens[p].Kind; k == doc.KindPunct || k == doc.KindSymbol {
		return true
	}
	n := s.norms[p]
	return subjectIntro[n] || arStill[n] || arAuxVerbs[strings.TrimPrefix(n, "و")]
}

// arAuxVerbs are the sisters of كان that stand before a subject and its
// present verb (ظلت واشنطن ترفض، لم تعد روسيا تدعم، باتت تركيا تشارك),
// normalised, without و.
var arAuxVerbs = map[string]bool{"ظل": true, "ظلت": true, "يظل": true, "تظل": true, "بات": true, "باتت": true,
	"اصبح": true, "اصبحت": true, "يصبح": true, "تصبح": true, "تعد": true, "يعد": true, "عاد": true, "عادت": true,
	"صار": true, "صارت": true, "يكون": true, "تكون": true}

// leftSubject returns the mention before trigger ti that is its subject:
// the antecedent of a relative pronoun just before it, else the nearest
// bare mention in subject position, or -1.
func (s *state) leftSubject(ti, left int, sen doc.Sentence, inWin func(mention) bool) int {
	if s.armedMenBefore(ti, sen) {
		return -1
	}
	if s.en {
		if mi := s.appositionHead(ti, sen, inWin); mi >= 0 {
			return mi
		}
	}
	p := ti - 1
	if p > sen.FirstToken && (s.norms[p] == "،" || s.norms[p] == ",") {
		p--
	}
	if p > sen.FirstToken && relPronouns[s.norms[p]] {
		q := p - 1
		if q >= sen.FirstToken && (s.norms[q] == "،" || s.norms[q] == ",") {
			q--
		}
		if q > sen.FirstToken && s.norms[q] == ")" {
			// an aside between the name and the pronoun: فقيري (20 سنة) الذي
			for k := q - 1; k >= max(sen.FirstToken, q-8); k-- {
				if s.norms[k] == "(" {
					q = k - 1
					break
				}
			}
		}
		if q >= sen.FirstToken {
			if mi := s.tokM[q]; mi >= 0 && s.actorOK(s.ments[mi]) {
				if pm := s.officeHolder(mi); pm >= 0 && s.bodyDisagrees(mi, s.norms[p]) {
					// موجيريني مفوضة السياسة الخارجية بالاتحاد الأوروبي
					// التي زارت: the body ends the person's office; the
					// clause is the person's
					return pm
				}
				return mi
			}
		}
	}
	for mi := len(s.ments) - 1; mi >= 0; mi-- {
		m := s.ments[mi]
		if m.tokB > ti {
			continue
		}
		if m.tokA < left || !inWin(m) {
			break
		}
		if !s.en && s.inParenBefore(m, ti) {
			continue // سبق- (تصوير: X): كرّم Y: a credit or an aside, not the subject
		}
		if m.prep == "" && s.actorOK(m) && s.subjectPos(m, sen) {
			return mi
		}
		if s.en && m.prep == "" && s.actorOK(m) {
			return mi
		}
	}
	return -1
}

// inParenBefore reports whether mention m stands inside parentheses that
// close before token ti and hold a credit or a newspaper's name after ل:
// (تصوير: X)، لـ(عكاظ). A name in other parentheses (الرئيس (بوتين)
// يلتقي) may still be the subject.
func (s *state) inParenBefore(m mention, ti int) bool {
	closed := false
	for t := m.tokB; t < ti; t++ {
		if s.d.Tokens[t].Text == ")" {
			closed = true
			break
		}
		if s.d.Tokens[t].Text == "(" {
			return false
		}
	}
	if !closed {
		return false
	}
	for t := m.tokA - 1; t >= max(0, m.tokA-6); t-- {
		switch s.d.Tokens[t].Text {
		case "(":
			return t+1 < m.tokA && arCredits[s.norms[t+1]] || t > 0 && strings.TrimSuffix(s.d.Tokens[t-1].Text, "ـ") == "ل"
		case ")":
			return false
		}
	}
	return false
}

// arCredits are the words that open a credit in parentheses (تصوير: X).
var arCredits = arWordSet("تصوير عدسة كتب إعداد تحرير")

// appositionHead returns, for an English verb at ti after an apposition
// ("X, a key ally of Y, has refused …", "X, the Y envoy, said"), the
// mention X before it: the verb (over auxiliaries and adverbs) follows a
// comma, the apposition between the two commas opens with a determiner
// and holds at most ten words, and a bare actor mention ends at the first
// comma. -1 when the sentence has no such shape.
func (s *state) appositionHead(ti int, sen doc.Sentence, inWin func(mention) bool) int {
	p := ti - 1
	for p > sen.FirstToken && (enAux[s.norms[p]] || strings.HasSuffix(s.norms[p], "ly")) {
		p--
	}
	if p <= sen.FirstToken || s.norms[p] != "," {
		return -1
	}
	for c := p - 1; c > sen.FirstToken && c >= p-11; c-- {
		switch s.norms[c] {
		case ";", ":":
			return -1
		case ",":
			if !enObjDeterminers[s.norms[c+1]] && s.norms[c+1] != "its" && s.norms[c+1] != "his" && s.norms[c+1] != "her" {
				return -1
			}
			mi := s.tokM[c-1]
			if mi < 0 || s.ments[mi].tokB != c {
				return -1
			}
			if m := s.ments[mi]; m.prep == "" && s.actorOK(m) && inWin(m) {
				return mi
			}
			return -1
		}
	}
	return -1
}

// relativeNonEntity reports whether the trigger at ti follows a relative
// pronoun whose antecedent is not an entity mention.
func (s *state) relativeNonEntity(ti int, sen doc.Sentence) bool {
	p := ti - 1
	if p > sen.FirstToken && (s.norms[p] == "،" || s.norms[p] == ",") {
		p--
	}
	if p <= sen.FirstToken || !relPronouns[s.norms[p]] {
		return false
	}
	q := p - 1
	if q >= sen.FirstToken && (s.norms[q] == "،" || s.norms[q] == ",") {
		q--
	}
	return q < sen.FirstToken || s.tokM[q] < 0
}

// ownRelativeSubject reports whether the Arabic verb at ti opens a
// relative clause (right after its pronoun) and has a name right after it
// behind a title that carries the antecedent's pronoun (نيجيريا، التي حذر
// رئيسها محمد بخاري): that name is its subject, and the antecedent is no
// actor.
func (s *state) ownRelativeSubject(ti int, sen doc.Sentence, rightFirst int) bool {
	if s.en || rightFirst < 0 || ti <= sen.FirstToken || !relPronouns[s.norms[ti-1]] {
		return false
	}
	m := s.ments[rightFirst]
	if m.titleA != ti+1 || m.titleA >= m.tokA {
		return false // الذي زار موسكو، هو الذي دمر اليمن: the name is the object
	}
	// a title with the antecedent's pronoun (رئيسها، وزير خارجيتها)
	for t := ti + 1; t < m.tokA; t++ {
		for _, p := range []string{"ها", "ه", "هم", "هما"} {
			if strings.HasSuffix(s.norms[t], p) && !s.taMarbuta(t) {
				return true
			}
		}
	}
	return false
}

// nounAntecedent reports whether the Arabic verb at ti opens a relative
// clause on a definite noun that is no entity (استنكر X العمل الإرهابي
// الذي استهدف Y): the noun is the verb's subject, not the name before
// it. Not a pronoun (X هو الذي دمر اليمن: the name is) nor an aside in
// brackets.
func (s *state) nounAntecedent(ti int, sen doc.Sentence) bool {
	p := ti - 1
	if p <= sen.FirstToken || !relPronouns[s.norms[p]] {
		return false
	}
	q := p - 1
	if q > sen.FirstToken && (s.norms[q] == "،" || s.norms[q] == ",") {
		q--
	}
	if s.tokM[q] >= 0 || s.d.Tokens[q].Kind != doc.KindWord || !hasArticle(arStripProclitic(s.norms[q])) {
		return false
	}
	// تنظيم داعش الإرهابي الذي هاجم: a name's adjectives (nisbas), and
	// the name acts; العمل الإرهابي الذي استهدف: a noun's, and it does
	for k := q; k >= max(sen.FirstToken, q-3); k-- {
		if s.tokM[k] >= 0 {
			return false
		}
		if n := s.norms[k]; s.d.Tokens[k].Kind != doc.KindWord || !hasArticle(arStripProclitic(n)) || !nisbaLike(n) {
			break
		}
	}
	return true
}

// nisbaLike is nisbaEnd with the plural and dual endings (الحوثيين،
// الإرهابيون، الإرهابيتين).
func nisbaLike(n string) bool {
	return nisbaEnd(n) || strings.HasSuffix(n, "يين") || strings.HasSuffix(n, "يون") || strings.HasSuffix(n, "يتين")
}

// resumptive reports whether the Arabic verb at ti stands in a relative
// clause, so that its object pronoun points back at the clause's
// antecedent, and returns the antecedent's mention, -1 when it is no name
// (الفكرة التي ظلت واشنطن ترفضها: the idea, no party; دونباس التي ظلت
// أوكرانيا تهاجمها: Donbas). The relative pronoun stands before the verb
// with only the verb's subject, a sister of كان and a negation between,
// and the clause has a subject of its own, before the verb or right after
// it (التي تستضيفه أمانة الطائف); without one the antecedent is the
// subject and the pronoun another (المحكمة التي تحاكمه: the court tries
// him).
func (s *state) resumptive(ti int, sen doc.Sentence) (int, bool) {
	if s.en {
		return -1, false
	}
	nx := s.afterAdverbs(ti+1, sen) // الذي قتله أيضاً تنظيم داعش
	subject := nx < sen.EndToken && s.tokM[nx] >= 0 && s.ments[s.tokM[nx]].prep == "" ||
		slices.ContainsFunc(s.ments, func(m mention) bool { return m.titleA == nx && m.prep == "" })
	for t := ti - 1; t > sen.FirstToken && t >= ti-8; t-- {
		n := s.norms[t]
		switch {
		case s.tokM[t] >= 0 && s.ments[s.tokM[t]].prep == "":
			subject = true
			continue
		case arAuxVerbs[n] || arStill[n] || n == "كان" || n == "كانت" || arNeg[n]:
			continue
		case relPronouns[n]:
			q := t - 1
			if q > sen.FirstToken && (s.norms[q] == "،" || s.norms[q] == ",") {
				q--
			}
			if !subject {
				return -1, false
			}
			if mi := s.tokM[q]; mi >= 0 && len(s.ments[mi].ents) > 0 {
				return mi, true
			}
			return -1, s.tokM[q] < 0
		}
		return -1, false
	}
	return -1, false
}

// kamaSubject returns, for an Arabic verb right after «كما» (or «وكما»)
// that follows a comma, the subject of its sentence's first clause (see
// sentenceSubject): the clause goes on with it. -1 otherwise.
func (s *state) kamaSubject(ti int, sen doc.Sentence, tr trigger, inWin func(mention) bool) int {
	if s.en || ti-2 < sen.FirstToken {
		return -1
	}
	if k := strings.TrimPrefix(s.norms[ti-1], "و"); k != "كما" || s.norms[ti-2] != "،" && s.norms[ti-2] != "," {
		return -1
	}
	mi := s.sentenceSubject(ti, sen, inWin)
	if mi < 0 || s.mediaMention(s.ments[mi]) {
		return -1 // قالت وكالة تاس إن …، كما زارت: not the agency
	}
	// the verb agrees with the subject: a feminine verb has no man (PER
	// read as a man) for subject, a masculine one no country
	if len(s.ments[mi].ents) == 1 {
		switch typ := s.ents[s.ments[mi].ents[0]].Type; tr.a.gender() {
		case 'f':
			if typ == "PER" {
				return -1 // وقال الجبير إن …، كما أكدت: the kingdom's
			}
		case 'm':
			if typ == "GPE" {
				return -1
			}
		}
	}
	return mi
}

// joinedToMasdar reports whether the Arabic word at ti, with «و», is
// joined to a verbal noun after a preposition a few words before it (في
// استعادة اليمن لليمنيين ودحر الحوثيين): it is a verbal noun too, no verb.
// The noun is known by the shape of the derived verbal nouns (see
// masdarShape), so that a place or a common noun there (في مكتبه وبحث
// معه) leaves the verb be.
func (s *state) joinedToMasdar(ti int, sen doc.Sentence) bool {
	if !strings.HasPrefix(s.norms[ti], "و") {
		return false
	}
	if a, ok := s.analyzeTok(ti); !ok || a.kind != kindPast || !a.conj {
		return false // only a past verb reads as a verbal noun of form I (دحر، قصف); ونطالب is a verb
	}
	for t := ti - 1; t > max(sen.FirstToken, ti-6); t-- {
		if s.d.Tokens[t].Kind != doc.KindWord {
			return false
		}
		if s.tokM[t] >= 0 || !arNounBefore[s.norms[t-1]] {
			continue
		}
		return masdarShape(s.norms[t])
	}
	return false
}

// masdarShape reports whether the normalised word n, without its article,
// has the shape of a verbal noun of a derived form: a prefix ا، ت or م and
// a long vowel before the last radical (استعادة، اعتقال، إطلاق، انسحاب،
// تحرير، تعاون، مكافحة).
func masdarShape(n string) bool {
	n = strings.TrimPrefix(n, "ال")
	core, fem := strings.CutSuffix(n, "ه")
	r := []rune(core)
	if len(r) < 5 || len(r) > 7 {
		return false
	}
	switch r[0] {
	case 'ا', 'ت':
		return r[len(r)-2] == 'ا' || r[len(r)-2] == 'ي'
	case 'م':
		return fem && len(r) == 5 && r[2] == 'ا' // مفاعلة: مكافحة، مواجهة
	}
	return false
}

// onePerson reports whether mention mi names one person and no one is
// joined to it by و (X وY يجتمعون are two).
func (s *state) onePerson(mi int) bool {
	m := s.ments[mi]
	if len(m.ents) != 1 || s.ents[m.ents[0]].Type != "PER" {
		return false
	}
	return mi+1 >= len(s.ments) || !s.ments[mi+1].coord
}

// sentenceSubject returns the first bare actor mention of the sentence
// before ti (the subject of its main verb), or -1.
func (s *state) sentenceSubject(ti int, sen doc.Sentence, inWin func(mention) bool) int {
	for mi := range s.ments {
		m := s.ments[mi]
		if m.tokA < sen.FirstToken {
			continue
		}
		if m.tokB > ti {
			break
		}
		if m.prep == "" && s.actorOK(m) && inWin(m) {
			return mi
		}
	}
	return -1
}

var placeNouns = map[string]bool{"مدينه": true, "العاصمه": true, "عاصمه": true, "بلده": true, "محافظه": true,
	"ولايه": true, "اقليم": true, "منطقه": true, "قريه": true, "بالعاصمه": true, "بمدينه": true, "بمنطقه": true}

// nounAgent returns the mention that names who acts with an Arabic verbal
// noun with no article: a name right after it (اجتماع بوتين، قصف التحالف),
// also after an agent noun (قصف طيران التحالف); for an attack also a
// name with ل after it and an adjective (غارات للتحالف، ضربات جوية
// للتحالف). -1 when none.
func (s *state) nounAgent(ti int, sen doc.Sentence, tr trigger) int {
	at := func(t int) int {
		if t >= sen.EndToken || s.tokM[t] < 0 {
			return -1
		}
		m := s.ments[s.tokM[t]]
		if m.tokA != t || !s.actorOK(m) {
			return -1
		}
		return s.tokM[t]
	}
	if mi := at(ti + 1); mi >= 0 && s.ments[mi].prep == "" {
		if !s.en && tr.e.Type == "ASSAULT" && s.capitalOnly(mi) && !s.targetAfter(s.ments[mi].tokB, sen) {
			// هجمات كابول، تفجيرات باريس: where the attacks were, not who
			// made them (a state's capital stands for it in words, not in
			// arms)
			return -1
		}
		if !s.en && tr.e.Type == "CONSULT" && s.capitalOnly(mi) && !(mi+1 < len(s.ments) && s.ments[mi+1].coord && s.ments[mi+1].tokA == s.ments[mi].tokB+1) &&
			!(s.ments[mi].tokB < sen.EndToken && s.norms[s.ments[mi].tokB] == "مع") {
			// اجتماع الدوحة، محادثات جنيف: where they met; two capitals
			// (محادثات واشنطن وطهران) are the sides
			return -1
		}
		if !s.en && tr.e.Type == "ACCUSE" && s.ments[mi].tokB < sen.EndToken && s.chargeAfter(s.ments[mi].tokB) {
			// اتهام روسيا بدعم الانفصاليين: the accused, the charge after
			// ب (the accuser's object would take ل: اتهام روسيا لأوكرانيا);
			// no agent. A demand's genitive before ب is its agent
			// (مطالبة أردوغان بوقف القتال).
			return -1
		}
		return mi
	}
	if mi := at(ti + 2); mi >= 0 && s.ments[mi].prep == "" && s.agentHead(ti+1, ti+2) {
		return mi
	}
	if !s.en {
		// a name after its title: زيارة الأمير X، لقاء وزير الخارجية X
		for mi := range s.ments {
			if m := s.ments[mi]; m.titleA == ti+1 && m.tokA > ti+1 && m.prep == "" && s.actorOK(m) {
				return mi
			}
		}
	}
	if tr.e.Type != "ASSAULT" {
		return -1
	}
	for t := ti + 1; t < min(sen.EndToken, ti+3); t++ {
		if mi := at(t); mi >= 0 {
			if s.ments[mi].prep == "ل" {
				return mi
			}
			return -1
		}
		if r, ok := strings.CutPrefix(s.norms[t], "ل"); ok && arAgentHeads[r] {
			if mi := at(t + 1); mi >= 0 {
				return mi // غارات مكثفة لقوات روسيا: the agents' noun between
			}
		}
		if s.d.Tokens[t].Kind != doc.KindWord || hasArticle(s.norms[t]) != hasArticle(s.norms[ti]) || arPreps[s.norms[t]] {
			return -1 // only an adjective stands between
		}
	}
	return -1
}

// arMeetingNouns are the nouns, normalised, of a meeting that «brought
// together» its sides (اللقاء الذي جمع X وY).
var arMeetingNouns = map[string]bool{"اللقاء": true, "الاجتماع": true, "القمه": true, "المباحثات": true,
	"المحادثات": true, "لقاء": true, "اجتماع": true, "قمه": true, "الاتصال": true}

// gathered reports, for the Arabic verb جمع (a CONSULT entry without an
// object), ok and the first of the two or more coordinated mentions after
// it when a meeting noun and a relative pronoun stand right before it
// (اللقاء الذي جمع X وY), or ok and -1 when they do not.
func (s *state) gathered(ti, right int, e *entry, inWin func(mention) bool) (int, bool) {
	if s.en || e.Type != "CONSULT" || len(e.obj) > 0 {
		return -1, false
	}
	switch strings.TrimPrefix(s.norms[ti], "و") {
	case "جمع", "جمعت", "يجمع", "تجمع":
	default:
		return -1, false
	}
	if ti < 2 || !relPronouns[s.norms[ti-1]] || !arMeetingNouns[arStripProclitic(s.norms[ti-2])] {
		return -1, true
	}
	for mi := range s.ments {
		m := s.ments[mi]
		if m.titleA != ti+1 && m.tokA != ti+1 {
			continue
		}
		if m.tokA >= right || !inWin(m) || !s.actorOK(m) {
			break
		}
		if g, last := s.group(mi, right); len(g) >= 2 {
			return mi, true
		} else if n := last + 1; n < len(s.ments) && s.ments[n].prep == "ب" && s.ments[n].titleA == s.ments[last].tokB {
			return mi, true // الاجتماع الذي جمع X بـY: Y is the one met
		}
		break
	}
	return -1, true
}

// objIsBetween reports whether the entry's object is بين itself (جمع
// بين X وY): the pair after it are the ones who act, whatever name
// stands before the verb (بالاجتماع الذي جمع بين X وY).
func objIsBetween(e *entry) bool {
	return len(e.obj) == 1 && len(e.obj[0]) == 1 && e.obj[0][0] == "بين"
}

// betweenPair returns, for an Arabic verbal noun of a symmetric entry
// with no pronoun of its own, or a verb of one with its object words, the
// first of two or more coordinated mentions after بين, over at most four
// words that are no names (adjectives, a time word: مواجهات عنيفة اليوم
// بين X وY; عُقد اجتماع بين X وY); -1 when it names no such pair.
func (s *state) betweenPair(ti, right int, sen doc.Sentence, tr trigger, inWin func(mention) bool) int {
	if s.en || !tr.e.sym || tr.a.pron != "" {
		return -1
	}
	for t := ti + 1; t < min(right, ti+6); t++ {
		if s.tokM[t] >= 0 || s.d.Tokens[t].Kind != doc.KindWord {
			return -1
		}
		if s.used[t] && s.norms[t] != "بين" {
			continue // the object of a light verb: عُقد اجتماع بين X وY
		}
		if s.norms[t] != "بين" {
			if arPreps[s.norms[t]] || s.isEventWord(t) {
				return -1
			}
			continue
		}
		// the relations between X and Y are what is discussed, not who
		// discusses them (استعراض العلاقات بين المملكة والولايات المتحدة)
		if p := t - 1; p > ti && (arRelations[arStripProclitic(s.norms[p])] || p-1 > ti && arRelations[arStripProclitic(s.norms[p-1])]) {
			return -1
		}
		// the first side, after its title (جمع بين الرئيس X وY)
		mi := -1
		for k := range s.ments {
			if m := s.ments[k]; m.titleA == t+1 || m.tokA == t+1 {
				mi = k
				break
			}
		}
		if mi < 0 || s.ments[mi].tokA >= right {
			return -1
		}
		m := s.ments[mi]
		if !inWin(m) || !s.actorOK(m) {
			return -1
		}
		if g, _ := s.group(mi, right); len(g) < 2 {
			return -1
		}
		return mi
	}
	return -1
}

// arRelations are the nouns, normalised, of the ties between two parties
// (العلاقات بين X وY).
var arRelations = arWordSet("العلاقات علاقات العلاقة علاقة التعاون تعاون الروابط الشراكة شراكة الصلات")

// agentHead reports whether tokens [a, b) are one Arabic noun of the
// armed or governing agents of a name after it (مقاتلات التحالف، قوات
// الحكومة، طيران التحالف), which acts for it.
func (s *state) agentHead(a, b int) bool {
	return !s.en && b == a+1 && (arAgentHeads[arStripProclitic(s.norms[a])] || arArmedHeads[s.norms[a]])
}

// verbalAttack reports whether the Arabic attack word at ti (هاجم،
// الهجوم) is an attack in words: a named person attacks people or bodies
// (المالكي يهاجم عسيري ويصفه بالفاشل، هجومهم على ميسي), or anyone when
// the sentence speaks of statements (تصريحات … التي هاجم فيها المملكة),
// and the sentence has no word of arms or bodily harm. PLOVER codes
// criticism as ACCUSE.
func (s *state) verbalAttack(ti int, sen doc.Sentence, actors, recips []int) bool {
	w := arStripProclitic(s.norms[ti])
	if arDeedVerbs[strings.TrimPrefix(s.norms[ti], "و")] && ti-2 >= sen.FirstToken && relPronouns[s.norms[ti-1]] {
		w = strings.TrimPrefix(arStripProclitic(s.norms[ti-2]), "ال") // الهجوم الذي شنه: the attack it takes up
	} else if arLaunch[strings.TrimPrefix(s.norms[ti], "و")] {
		// شن X هجوماً حاداً على Y: the attack it launches, after its subject
		for t := ti + 1; t < min(sen.EndToken, ti+6); t++ {
			if n := s.norms[t]; s.tokM[t] < 0 && (strings.HasPrefix(n, "هجوم") || strings.HasPrefix(n, "هجم")) {
				// only with a word of words: شن هجوماً عسكرياً is one of arms
				if t+1 < sen.EndToken && arWordyAttack[strings.TrimPrefix(s.norms[t+1], "ال")] {
					w = n
				}
				break
			}
		}
	}
	if !strings.Contains(w, "هاجم") && !strings.HasPrefix(w, "هجوم") && !strings.HasPrefix(w, "هجم") {
		return false
	}
	if len(actors) == 0 || len(recips) == 0 {
		return false
	}
	for _, a := range actors {
		if s.ents[a].Type != "PER" {
			return false
		}
	}
	// التصريحات التي هاجم فيها المملكة: words attack a country too; the
	// noun of speech governs the attack through a relative pronoun
	speech := false
	for t := max(sen.FirstToken, ti-8); t < ti && !speech; t++ {
		if arSpeechNouns[arStripProclitic(s.norms[t])] {
			for k := t + 1; k < ti; k++ {
				speech = speech || relPronouns[strings.TrimPrefix(s.norms[k], "و")]
			}
		}
	}
	for _, r := range recips {
		if t := s.ents[r].Type; t != "PER" && t != "ORG" && !speech {
			return false
		}
	}
	for t := sen.FirstToken; t < sen.EndToken; t++ {
		n := strings.TrimPrefix(arStripProclitic(s.norms[t]), "ال")
		for _, c := range arHarmWords {
			if strings.HasPrefix(n, c) || len(n) > 2 && strings.ContainsRune("بلك", []rune(n)[0]) && strings.HasPrefix(n[2:], c) {
				return false // بسكين، بالرصاص
			}
		}
	}
	return true
}

// arWordyAttack are the adjectives, normalised, without the article, of
// an attack in words (هجوماً حاداً، لاذعاً، كلامياً، إعلامياً).
var arWordyAttack = arWordSet("حادا حاد لاذعا لاذع كلاميا كلامي اعلاميا اعلامي شديد شديدا")

// arLaunch are the forms of شنّ (launched) before the attack launched.
var arLaunch = arWordSet("شن شنت شنوا يشن تشن يشنون")

// arHarmWords begin the words of arms and bodily harm (normalised, without
// the article) that make an attack one of force.
var arHarmWords = []string{"سلاح", "اسلح", "مسلح", "سكين", "رصاص", "نار", "ناري", "قنبل", "عبو", "صاروخ",
	"صواريخ", "قذيف", "قذائف", "قتل", "مقتل", "قتيل", "قتلي", "جرح", "جريح", "اصاب", "اصيب", "طعن", "ضرب",
	"دهس", "حجار", "عصا", "عصي", "غاز", "جنود", "قوات", "شرط", "طائر", "غار", "انتحار", "تفجير", "متفجر",
	"اعتدا", "مسلحين", "خطف", "اختطاف", "ذبح", "معرك", "اشتباك", "حرب",
	"ساطور", "خنجر", "مسدس", "بندقي", "هراو"}

// arBothSides are «the two sides» (الجانبان، الطرفان) as a dual verb's
// subject.
var arBothSides = arWordSet("الجانبان الجانبين الطرفان الطرفين")

// arWhat are «ما» and «من», the relatives «what» and «whoever», with their
// proclitics: before a present verb each is the verb's subject (ما يهدد،
// مما يدعو، كل من ينوي؛ a preposition «من» stands before no verb).
var arWhat = map[string]bool{"ما": true, "مما": true, "وما": true, "بما": true, "من": true, "ومن": true, "لمن": true}

// arTake are the forms of أخذ (took) before a pledge taken from someone.
var arTake = arWordSet("أخذ أخذت أخذوا بأخذ يأخذ تأخذ")

// phoneNoun reports whether the Arabic word at ti, هاتف with a pronoun,
// is the noun «phone» (هاتفها الرائد، عبر هاتفه، طرح هاتفها) rather than
// the verb «phoned»: an adjective of phones after it, or a preposition or
// a noun of selling before it.
func (s *state) phoneNoun(ti int, sen doc.Sentence) bool {
	if ti+1 < sen.EndToken && arPhoneAdjs[s.norms[ti+1]] {
		return true
	}
	if ti == sen.FirstToken {
		return false
	}
	p := strings.TrimPrefix(s.norms[ti-1], "و")
	return arPreps[p] || arPhoneBefore[p]
}

var (
	arPhoneAdjs   = arWordSet("الذكي المحمول الجوال الخلوي النقال الجديد الرائد الشخصي الخاص الأرضي الثابت")
	arPhoneBefore = arWordSet("عبر طرح إطلاق بيع شراء شاشة سعر رقم كاميرا مواصفات نسخة إصدار")
)

// decidedBefore reports whether a verb of deciding (قرر) governs the Arabic
// verbal noun at ti from at most six words before it, with no punctuation
// between: قررت القيادة الفلسطينية اليوم إجراء اتصالات is talks to come.
func (s *state) decidedBefore(ti int, sen doc.Sentence) bool {
	for t := ti - 1; t >= max(sen.FirstToken, ti-6); t-- {
		if s.d.Tokens[t].Kind != doc.KindWord {
			return false
		}
		if arDecide[strings.TrimPrefix(s.norms[t], "و")] {
			return true
		}
	}
	return false
}

// arDecide are the forms of قرر (decided), normalised.
var arDecide = arWordSet("قرر قررت قررا قرروا يقرر تقرر يقررون")

// nominativePlural reports whether the normalised Arabic word n is a
// masculine plural in the nominative (المشاركون، المسؤولون، صحافيون):
// right after a verb it can only be its subject.
func nominativePlural(n string) bool {
	stem, ok := strings.CutPrefix(n, "ال")
	if !ok {
		// indefinite (انسحب صحافيون كبار): not a present verb's plural
		// (يقولون، تطالبون، نعملون، سيعملون)
		// or a word with a proclitic (بالقانون، للمسؤولين)
		if r, _ := utf8.DecodeRuneInString(n); strings.ContainsRune("يتنسوبلكف", r) {
			return false
		}
	}
	return strings.HasSuffix(stem, "ون") && utf8.RuneCountInString(stem) >= 5 && !arWaawNounStems[stem]
}

// arWaawNounStems are singular nouns ending in ون (القانون، المليون).
var arWaawNounStems = arWordSet("قانون مليون كانون زيتون صابون تلفزيون فرعون ليمون مضمون مخزون")

// arAgentNouns are the nouns of unnamed people that stand right after an
// Arabic verb as its subject (VSO): فجّر انتحاري نفسه، أطلق مجهولون النار
// (normalised). Only nouns of attackers, or forms whose ending shows the
// subject's case (ون، ان، عدد without the accusative's alef: يساندها عدد
// من الآليات); أحد، رجل، مواطن are as often the object (التقى أحد
// المسؤولين).
var arAgentNouns = arWordSet(`انتحاري انتحاريان انتحاريون مسلح مسلحان مسلحون مجهول مجهولون مهاجم مهاجمون
	لص لصان إرهابي إرهابيان إرهابيون متشدد متشددون متظاهرون محتجون شابان رجلان مواطنون جنديان عدد`)

// quotedOrgHead reports whether Arabic tokens [a, m.tokA) are a noun of
// a body (تنظيم، حركة) and the quotation mark that opens the name of
// the organisation m: تبنى تنظيم «داعش» الهجوم.
func (s *state) quotedOrgHead(a int, m mention) bool {
	if s.en || m.tokA < a+2 || !arQuotedOrgHeads[arStripProclitic(s.norms[a])] || !s.allOrgs(m) {
		return false
	}
	for t := a + 1; t < m.tokA; t++ {
		if !s.scareMark(t) {
			return false
		}
	}
	return true
}

// arQuotedOrgHeads are the nouns of a body that news writes before an
// organisation's name in quotation marks (تنظيم «داعش»، حركة «حماس»).
var arQuotedOrgHeads = arWordSet("تنظيم حركة جماعة حزب ميليشيا مليشيا ميليشيات جبهة كتائب منظمة شركة")

// arArmedHeads are indefinite nouns of armed agents before the name they
// belong to (مسلحو التنظيم، عناصر داعش).
var arArmedHeads = map[string]bool{"مقاتلات": true, "طائرات": true, "طيران": true, "مقاتلو": true,
	"مسلحو": true, "عناصر": true, "قوات": true, "جيش": true, "ميليشيات": true, "مليشيات": true,
	"مقاتلي": true, "مسلحي": true, "متشددو": true, "متشددي": true, "ميليشيا": true, "مليشيا": true}

// onlyTitles reports whether tokens [a, b) are all titles (الرئيس …).
func (s *state) onlyTitles(a, b int) bool {
	for t := a; t < b; t++ {
		if s.scareMark(t) {
			continue
		}
		if !arTitles[s.norms[t]] {
			return false
		}
	}
	return true
}

// firstPerson rereads, inside a quotation, a verb that is both a past third
// person and a present first person (أعرب، أعتذر، أتفق) as the first person
// when a particle that governs the present stands before it (أن، لم، لن، لا).
func (s *state) firstPerson(ti int, sen doc.Sentence, a analysis) analysis {
	if s.quote[ti] < 0 || a.kind != kindPast || a.person != 3 || a.plural || ti <= sen.FirstToken {
		return a
	}
	w := s.norms[ti]
	if !strings.HasPrefix(w, "ا") {
		return a
	}
	switch s.norms[ti-1] {
	case "ان", "لم", "لن", "لا", "ولم", "ولا", "ولن":
		if p, ok := s.c.lx.present(w); ok {
			return p
		}
	}
	return a
}

// pronounSubject reports whether a pronoun before the verb is its subject
// (أنه التقى، لكنها قصفت), so that a mention after it is its object.
func (s *state) pronounSubject(ti int, sen doc.Sentence) bool {
	p := ti - 1
	if p >= sen.FirstToken && (s.norms[p] == "قد" || s.norms[p] == "لقد") {
		p--
	}
	if p < sen.FirstToken {
		return false
	}
	switch strings.TrimPrefix(strings.TrimPrefix(s.norms[p], "و"), "ف") {
	case "انه", "انها", "انهم", "انهما", "لكنه", "لكنها", "لكنهم", "لكنهما", "هو", "هي", "هم", "بانه", "بانها", "بانهم", "لانه", "لانها", "لانهم":
		return true
	}
	return false
}

// arFurniture are the words that open a line of a news site's furniture
// rather than its story: the link line that repeats the headline (رابط
// الخبر بصحيفة …: العنوان) and the line of tags (سمات …). Their events are
// the headline's again or none.
var arFurniture = [][]string{{"رابط", "الخبر"}, {"سمات"}}

// furniture reports whether the Arabic sentence is a line of site
// furniture (arFurniture): it opens its line with those words.
func (s *state) furniture(sen doc.Sentence) bool {
	a := sen.FirstToken
	if a < sen.EndToken && s.norms[a] == "سمات" {
		// a site's tag line closes its paragraph, even after a full stop
		// on the same line: «… في اليمن. سمات اليمن صنعاء»
		rest := s.d.Text[sen.End:]
		if i := strings.IndexByte(rest, '\n'); i >= 0 {
			rest = rest[:i]
		}
		if strings.TrimSpace(rest) == "" {
			return true
		}
	}
	if a > 0 && !strings.Contains(s.d.Text[s.d.Tokens[a-1].End:s.d.Tokens[a].Start], "\n") {
		return false
	}
	for _, ws := range arFurniture {
		if a+len(ws) > sen.EndToken {
			continue
		}
		ok := true
		for k, w := range ws {
			if s.norms[a+k] != w {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// relativeBetween reports whether an Arabic relative pronoun stands in the
// tokens [a, b).
// complementizerBetween reports whether an Arabic أنّ/إنّ (with or
// without a proclitic or an attached pronoun) opens a clause in tokens
// [a, b).
func (s *state) complementizerBetween(a, b int) bool {
	for t := a; t < b && t < len(s.norms); t++ {
		if arComplementizers[s.norms[t]] {
			return true
		}
	}
	return false
}

var arComplementizers = map[string]bool{"ان": true, "بان": true, "وان": true, "لان": true, "فان": true,
	"انه": true, "بانه": true, "وانه": true, "انها": true, "بانها": true, "وانها": true, "انهم": true, "بانهم": true}

func (s *state) relativeBetween(a, b int) bool {
	for t := a; t < b && t < len(s.norms); t++ {
		if relPronouns[s.norms[t]] {
			return true
		}
	}
	return false
}

// arSport are words of a sports report (المباراة، المنتخب، الدوري): in
// their sentence teams meet and face each other on a pitch.
var arSport = map[string]bool{
	"مباراه": true, "المباراه": true, "مباراته": true, "مباريات": true, "المباريات": true,
	"منتخب": true, "المنتخب": true, "بطوله": true, "البطوله": true, "الدوري": true,
	"كره": true, "الملعب": true, "ملعب": true, "استاد": true, "الشوط": true,
	"اللاعب": true, "اللاعبين": true, "لاعبي": true, "المدرب": true,
}

// sportSentence reports whether the Arabic sentence has a word of arSport,
// after its conjunction and preposition.
func (s *state) sportSentence(sen doc.Sentence) bool {
	for t := sen.FirstToken; t < sen.EndToken; t++ {
		if arSport[s.norms[t]] || arSport[arStripProclitic(s.norms[t])] {
			return true
		}
		// a score: بسبعة أهداف مقابل هدف، بهدفين مقابل لا شيء، بسباعية
		// نظيفة، 7-1 (not «12 هدفاً» in a war, «ثلاثة أهداف» of a policy)
		if arGoals[s.norms[t]] && (t+1 < sen.EndToken && s.norms[t+1] == "مقابل" ||
			t > sen.FirstToken && strings.HasPrefix(s.norms[t-1], "ب") && arGoalCounts[strings.TrimPrefix(s.norms[t-1], "ب")]) ||
			arScores[strings.TrimPrefix(s.norms[t], "ب")] ||
			s.d.Tokens[t].Kind == doc.KindNumber && t+2 < sen.EndToken && s.norms[t+1] == "-" && s.d.Tokens[t+2].Kind == doc.KindNumber &&
				!strings.Contains(s.d.Text[s.d.Tokens[t].End:s.d.Tokens[t+2].Start], " ") && len(s.norms[t]) <= 2 && len(s.norms[t+2]) <= 2 {
			return true
		}
	}
	return false
}

// sportStrict reports whether the Arabic sentence speaks of sport by a
// word that has no other sense in politics and war: not المنتخب (also
// «elected»), ملعب (a town's stadium in a war report), منتخب.
func (s *state) sportStrict(sen doc.Sentence) bool {
	for t := sen.FirstToken; t < sen.EndToken; t++ {
		n := arStripProclitic(s.norms[t])
		if n == "الدوري" && t > sen.FirstToken && arPeriodic[arStripProclitic(s.norms[t-1])] {
			continue // الاجتماع الدوري: periodic
		}
		if (arSport[s.norms[t]] || arSport[n]) && !arLooseSport[s.norms[t]] && !arLooseSport[n] {
			return true
		}
	}
	return false
}

// arLooseSport are words of arSport that have other senses.
var arLooseSport = map[string]bool{"منتخب": true, "المنتخب": true, "ملعب": true, "الملعب": true}

// arPeriodic are the nouns, normalised, that «الدوري» (periodic) follows.
var arPeriodic = arWordSet("الاجتماع اجتماع الاجتماعات للاجتماع التقرير تقرير الفحص الاستعراض المؤتمر")

// bareNounAfter reports whether the first word after the Arabic verb at
// ti, over adjuncts of time and «خلالها», is a definite title or noun of
// people (الرئيس، الوفد) that no mention or name's title covers.
func (s *state) bareNounAfter(ti int) bool {
	t := ti + 1
	for t < len(s.norms) && s.tokM[t] < 0 && (arTimeWords[s.norms[t]] && s.norms[t] != "في" || arDuringIt[s.norms[t]]) {
		t++
	}
	if t >= len(s.norms) || s.tokM[t] >= 0 || s.d.Tokens[t].Kind != doc.KindWord || s.inPhraseOfName(t) {
		return false
	}
	n := s.norms[t]
	return strings.HasPrefix(n, "ال") && (link.ArTitleHead(s.d.Tokens[t].Text) || arPeopleNouns[n])
}

// arPeopleNouns are definite nouns of people, normalised, that stand as a
// verb's subject without naming anyone (الوفد، الفريق، الأعضاء).
var arPeopleNouns = arWordSet(`الوفد الفريق الأعضاء المشاركون المسؤولون المواطنون الجانبان الطرفان الحضور المجتمعون`)

// arCountedTimes are the nouns, normalised, that count times or spans of
// time after a number (استقبله 3 مرات): an adverb, no subject.
var arCountedTimes = map[string]bool{"مرات": true, "مره": true, "ايام": true, "ساعات": true, "اسابيع": true,
	"اشهر": true, "شهور": true, "سنوات": true, "دقائق": true, "ساعه": true}

// arGoalCounts are the numbers, normalised and without ب, that count
// goals (بسبعة أهداف، ثلاثة أهداف).
var arGoalCounts = map[string]bool{"ثلاثه": true, "اربعه": true, "خمسه": true, "سته": true, "سبعه": true,
	"ثمانيه": true, "تسعه": true, "عشره": true}

// arGoals are the words of goals scored, normalised.
var arGoals = map[string]bool{"اهداف": true, "هدف": true, "هدفين": true, "بهدفين": true, "هدفا": true}

// arScores are the nouns of a score, normalised and without ب (بثلاثية،
// بسباعية نظيفة).
var arScores = map[string]bool{"ثنائيه": true, "ثلاثيه": true, "رباعيه": true, "خماسيه": true, "سداسيه": true,
	"سباعيه": true}
