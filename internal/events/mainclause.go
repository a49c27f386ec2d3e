package events

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/marsad/marsad/internal/doc"
)

// codedTrigger is a trigger of a sentence and the events coded from it.
type codedTrigger struct {
	tok int
	evs []Event
	// warning: the trigger is an Arabic warning (حذر من), whose THREATEN
	// stands only with a recipient (see state.sentence)
	warning bool
}

// enMainEvents keeps, of the events coded in one English sentence, those of
// its main clause: a news sentence reports one happening, and the other
// verbs and nouns that the lexicon knows are its background or its detail
// (a relative clause, a participle, a purpose clause, what someone is said
// to have done, a nominal trigger beside a verb, a conditional clause, the
// attribution "…, officials said"). The first trigger that is none of
// these is the main event; a later one is kept only when a coordinating
// conjunction (and, but, ;) joins its clause to the main one: "X kidnapped
// Y and bombed Z". When every trigger is subordinate the first one's
// events are kept. Negated events are kept as they are, for inspection;
// the events of a condition are dropped (enConditional).
func (s *state) enMainEvents(sen doc.Sentence, cts []codedTrigger) []Event {
	var out []Event
	var live []codedTrigger
	trigToks := make([]int, len(cts))
	for i, ct := range cts {
		trigToks[i] = ct.tok
	}
	for _, ct := range cts {
		if s.enConditional(ct.tok, sen, trigToks) {
			continue // "… unless Israel withdrew": what may happen is no event
		}
		var keep []Event
		for _, ev := range ct.evs {
			if ev.Negated {
				out = append(out, ev)
			} else {
				keep = append(keep, ev)
			}
		}
		if len(keep) > 0 {
			live = append(live, codedTrigger{ct.tok, keep, ct.warning})
		}
	}
	if len(live) <= 1 {
		for _, ct := range live {
			out = append(out, ct.evs...)
		}
		return out
	}
	main := -1
	for i, ct := range live {
		if s.enSubordinate(ct.tok, sen, trigToks) {
			continue
		}
		if main < 0 {
			main = i
			out = append(out, ct.evs...)
			continue
		}
		if s.coordinated(live[main].tok, ct.tok) {
			out = append(out, ct.evs...)
		}
	}
	if main < 0 {
		out = append(out, live[0].evs...)
	}
	return out
}

// enConditional reports whether the English trigger at ti stands in a
// condition ("if X attacks", "unless X withdrew", "whether X will
// meet"): the clause back to the trigger before it, a comma, a semicolon
// or "but" opens with if, unless or whether. What may happen is no event.
func (s *state) enConditional(ti int, sen doc.Sentence, trigs []int) bool {
	for t := ti - 1; t >= sen.FirstToken; t-- {
		if isTrigger(trigs, t) {
			return false
		}
		switch s.norms[t] {
		case "if", "unless", "whether":
			return true
		case ",", ";", "but":
			return false
		}
	}
	return false
}

// enSubordinators open a clause that is no main clause: a relative clause,
// a condition, a time or a cause.
var enSubordinators = map[string]bool{"who": true, "whom": true, "whose": true, "which": true,
	"if": true, "unless": true, "because": true, "since": true, "when": true, "whenever": true,
	"while": true, "after": true, "before": true, "until": true, "although": true, "though": true,
	"whether": true, "where": true}

// enAux are the auxiliaries before a participle of the main verb.
var enAux = map[string]bool{"is": true, "are": true, "was": true, "were": true, "be": true, "been": true,
	"being": true, "has": true, "have": true, "had": true, "will": true, "would": true, "am": true}

// enSubordinate reports whether the English trigger at ti stands outside
// the main clause of its sentence. trigs are the tokens of all the
// sentence's triggers: the clause of ti is searched back to the trigger
// before it.
func (s *state) enSubordinate(ti int, sen doc.Sentence, trigs []int) bool {
	n := s.norms[ti]
	prev := ""
	if ti > sen.FirstToken {
		prev = s.norms[ti-1]
	}
	// a noun: after a determiner, a possessive or a preposition
	if ti > sen.FirstToken && s.nounCue(ti-1) || prev == "'s" || prev == "’s" {
		return true
	}
	// a purpose clause or an infinitive complement: to V
	if prev == "to" || ti-2 >= sen.FirstToken && s.norms[ti-2] == "to" && strings.HasSuffix(prev, "ly") {
		return true
	}
	// a participle: ", killing …", "demonstrators protesting …"
	if strings.HasSuffix(n, "ing") && !enAux[prev] && !isEnPronoun(prev) {
		return true
	}
	// a reduced relative: "the curfew imposed in …"
	if strings.HasSuffix(n, "ed") && s.reducedRelative(ti, sen) {
		return true
	}
	// the clause back to the trigger before: a subordinator, or the
	// speech verb whose report it is
	// a verb phrase coordinated to one before it ("aims to tighten
	// sanctions and impose a blockade") stands where its first conjunct
	// stands: the clause is searched on over the conjunction
	coord := s.coordVerb(ti, sen)
	for t := ti - 1; t >= sen.FirstToken; t-- {
		if isTrigger(trigs, t) {
			if coord {
				return s.enSubordinate(t, sen, trigs)
			}
			break
		}
		w := s.norms[t]
		if enSubordinators[w] || enSpeech[w] {
			return true
		}
		if coord && w == "to" && t+1 < ti && s.infinitive(t) {
			return true // "to protect X … and prevent Y"
		}
		if w == ";" || (w == "and" || w == "but") && !(coord && t >= ti-2) {
			break
		}
	}
	return s.attribution(ti, sen)
}

// infinitive reports whether "to" at t marks an infinitive: a lower-case
// word follows that is no determiner, possessive or mention.
func (s *state) infinitive(t int) bool {
	n := t + 1
	if n >= len(s.norms) || s.tokM[n] >= 0 || s.d.Tokens[n].Kind != doc.KindWord {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s.d.Tokens[n].Text)
	return unicode.IsLower(r) && !enNounCues[s.norms[n]] && !enObjDeterminers[s.norms[n]]
}

func isTrigger(trigs []int, t int) bool {
	for _, x := range trigs {
		if x == t {
			return true
		}
	}
	return false
}

// reducedRelative reports whether the -ed trigger at ti modifies the noun
// before it ("the nightly curfew imposed"): a determiner stands at most
// three words back with only lower-case words, no mention, auxiliary or
// pronoun between.
func (s *state) reducedRelative(ti int, sen doc.Sentence) bool {
	for t := ti - 1; t >= max(sen.FirstToken, ti-4); t-- {
		w := s.norms[t]
		if s.tokM[t] >= 0 || s.d.Tokens[t].Kind != doc.KindWord || enAux[w] || isEnPronoun(w) {
			return false
		}
		switch w {
		case "the", "a", "an", "its", "their", "his", "her", "this", "these", "those":
			return t < ti-1
		}
	}
	return false
}

// attribution reports whether the trigger at ti is the verb of a trailing
// attribution, "…, a rights group charged on Saturday.": it follows the
// sentence's last comma with its subject between, and at most four words
// follow it.
func (s *state) attribution(ti int, sen doc.Sentence) bool {
	comma := -1
	for t := sen.EndToken - 1; t > sen.FirstToken; t-- {
		if s.norms[t] == "," {
			comma = t
			break
		}
	}
	if comma < 0 || comma > ti || sen.EndToken-ti > 6 {
		return false
	}
	return s.mentionBetween(comma+1, ti) || ti-comma >= 3
}

// coordinated reports whether a coordinating conjunction (and, but, or a
// semicolon) stands between the main trigger at a and the trigger at b.
func (s *state) coordinated(a, b int) bool {
	for t := a + 1; t < b; t++ {
		switch s.norms[t] {
		case "and", "but", ";":
			return true
		}
	}
	return false
}

// coordVerb reports whether the English verb at ti is joined by and, or,
// but to a verb phrase before it ("… killed two soldiers and wounded
// five"), with at most one adverb between: it shares that verb's subject.
func (s *state) coordVerb(ti int, sen doc.Sentence) bool {
	p := ti - 1
	if p > sen.FirstToken && strings.HasSuffix(s.norms[p], "ly") {
		p--
	}
	if p <= sen.FirstToken {
		return false
	}
	// ("X and Y met" has Y before the verb, not the conjunction)
	switch s.norms[p] {
	case "and", "or", "but":
		return true
	}
	return false
}
