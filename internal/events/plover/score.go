package plover

import (
	_ "embed"
	"slices"
	"strings"
	"unicode"

	"github.com/marsad/marsad/internal/events"
)

// PRF counts a precision/recall pair. The two sides are matched
// separately, not one to one: a system item is correct when it matches
// some gold item, a gold item is found when some system item matches it.
type PRF struct {
	// System is the number of system items, Correct those matching gold.
	System, Correct int
	// Gold is the number of gold items, Found those a system item matches.
	Gold, Found int
}

// Precision is Correct/System, 0 when there is no system item.
func (c PRF) Precision() float64 { return ratio(c.Correct, c.System) }

// Recall is Found/Gold, 0 when there is no gold item.
func (c PRF) Recall() float64 { return ratio(c.Found, c.Gold) }

// F1 is the harmonic mean of Precision and Recall.
func (c PRF) F1() float64 { return f1(c.Precision(), c.Recall()) }

func (c *PRF) add(o PRF) {
	c.System += o.System
	c.Correct += o.Correct
	c.Gold += o.Gold
	c.Found += o.Found
}

// TypeScore counts one event type.
type TypeScore struct {
	// Support is the number of records of the type; TopCoded the number of
	// records whose first coded event has it, TopCorrect those of them
	// whose gold type it is (single-label: one type a record).
	Support, TopCoded, TopCorrect int
	// Sentences is the number of sentences with the type in gold; Coded
	// the number where some coded event has it, Correct those of them
	// with it in gold (multi-label: a set of types a sentence).
	Sentences, Coded, Correct int
}

// F1 is the type's F1 as one of the labels of a sentence (any coded
// event).
func (t TypeScore) F1() float64 {
	return f1(ratio(t.Correct, t.Coded), ratio(t.Correct, t.Sentences))
}

// TopF1 is the type's F1 with the first coded event as the record's label.
func (t TypeScore) TopF1() float64 {
	return f1(ratio(t.TopCorrect, t.TopCoded), ratio(t.TopCorrect, t.Support))
}

// Result is the score of a coder on a set of records.
type Result struct {
	// Records is the number of records scored; Sentences the number of
	// distinct sentences among them (a few sentences carry two records,
	// each with its own event).
	Records, Sentences int
	// TypeFound counts the records whose type is among the types of the
	// events coded in the sentence; TopCorrect those whose first coded
	// event (in the coder's order) has the type.
	TypeFound, TopCorrect int
	// Events scores (type, actor, recipient) tuples, sentence by sentence
	// against the gold events of all the sentence's records; FullyFound
	// counts the records all of whose gold events were found.
	Events     PRF
	FullyFound int
	// Actors and Recipients score the arguments whatever the event type:
	// the distinct actors (recipients) of a sentence's coded events
	// against its gold actors (recipients). A role is scored only in the
	// sentences where gold fills it; in a reciprocal record the coded
	// actors and recipients are all scored as actors.
	Actors, Recipients PRF
	// Types scores each type, by type name (coded types outside PLOVER
	// included).
	Types map[string]TypeScore
	// Confusion counts the records by gold type and the type of the
	// first coded event of their sentence ("" when nothing was coded):
	// Confusion[gold][coded].
	Confusion map[string]map[string]int
	// NoEvent counts the sentences where nothing was coded; Negated the
	// coded events left out because they are negated.
	NoEvent, Negated int
	// WrongType counts the coded events whose type is not the type of any
	// of their sentence's records: an event the sentence does not report,
	// whatever its arguments.
	WrongType int
	// Details has one line of evidence a sentence, in the order scored.
	Details []Detail
}

// Detail is how one sentence was scored: its gold records and the events
// coded in it, for reading the errors (marsad eval events -v).
type Detail struct {
	// IDs are the ids of the sentence's records; Text is the sentence.
	IDs  []string
	Text string
	// Gold describes the records' events ("AGREE Hungarian+Romanian
	// (reciprocal)", "ASSAULT Israeli soldiers -> Palestinian").
	Gold []string
	// Coded describes the coded events ("ASSAULT Israel -> Palestine"),
	// Correct says for each whether it matches a gold event.
	Coded   []string
	Correct []bool
	// Found is true when all the gold events of the sentence were found.
	Found bool
}

// TypeAccuracy is TypeFound/Records.
func (r Result) TypeAccuracy() float64 { return ratio(r.TypeFound, r.Records) }

// TopAccuracy is TopCorrect/Records.
func (r Result) TopAccuracy() float64 { return ratio(r.TopCorrect, r.Records) }

// Spurious is the number of coded events that match no gold event of
// their sentence. The gold codes one event a sentence, so a right event
// the gold leaves out counts here too: read it as an upper bound.
func (r Result) Spurious() int { return r.Events.System - r.Events.Correct }

// SpuriousRate is Spurious over the coded events.
func (r Result) SpuriousRate() float64 { return ratio(r.Spurious(), r.Events.System) }

// WrongTypeRate is WrongType over the coded events: the closest measure to
// UD-PETRARCH's "spurious" (a coded event that should not have been
// coded), where Spurious also counts a right event with a wrong or
// missing argument.
func (r Result) WrongTypeRate() float64 { return ratio(r.WrongType, r.Events.System) }

// MacroF1 is the mean of the types' F1 (TypeScore.F1, a sentence labelled
// with all its coded types) over the types that are in gold or were coded.
func (r Result) MacroF1() float64 {
	return r.macro(func(t TypeScore) (float64, bool) { return t.F1(), t.Sentences > 0 || t.Coded > 0 })
}

// TopMacroF1 is the mean of the types' TopF1 over the types that are in
// gold or were the first coded event of some record: single-label
// classification of the sentence, as NGEC reports it.
func (r Result) TopMacroF1() float64 {
	return r.macro(func(t TypeScore) (float64, bool) { return t.TopF1(), t.Support > 0 || t.TopCoded > 0 })
}

func (r Result) macro(f func(TypeScore) (float64, bool)) float64 {
	sum, n := 0.0, 0
	for _, t := range r.Types {
		if v, ok := f(t); ok {
			sum += v
			n++
		}
	}
	return ratio2(sum, n)
}

//go:embed countries.tsv
var countriesTSV string

// Score codes each distinct sentence of recs once with code and scores
// its events against the sentence's records, by ../shared/eval/GUIDELINES.md
// with these rules for this corpus:
//
//   - Negated events are left out (counted in Negated).
//   - Gold events: one per (actor, recipient) pair of a record; with no
//     recipient, one per actor, and any coded recipient is accepted; with
//     no actor (one record), the actor is not checked. A reciprocal record
//     (actors coded SRC/TAR, no recipient: "X and Y agreed", "X telephoned
//     Y") has one gold event per pair of its actors, found by a coded event
//     between them in either order, or by recipient-less events of the
//     type for each of them; a recipient-less coded event with one of them
//     as actor is correct.
//   - CONSULT matches with actor and recipient in either order.
//   - A sentence that carries several records is scored once against the
//     events of all of them, so that coding both is not spurious.
//   - Coded events of a sentence are a set: the same (type, actor,
//     recipient) coded twice counts once.
//   - A coded argument (its Arg.Name, or the sentence text at its span)
//     matches a gold actorText when one holds the other as a run of whole
//     words, case-insensitive, articles dropped ("Hungarian officials" and
//     "Hungarian"; each piece of "Bosnian Serbs ... forces" on its own), or
//     when it names the country of the gold actor code by a name, demonym
//     or capital of countries.tsv ("Hungary" for "Hungarian", HUN):
//     country-level matching, as CAMEO codes actors; IGO and NGO codes
//     have no country.
func Score(recs []Record, code func(text string) []events.Event) Result {
	m := newMatcher(countriesTSV)
	res := Result{Types: map[string]TypeScore{}, Confusion: map[string]map[string]int{}}
	var texts []string
	byText := map[string][]Record{}
	for _, rec := range recs {
		if _, ok := byText[rec.Text]; !ok {
			texts = append(texts, rec.Text)
		}
		byText[rec.Text] = append(byText[rec.Text], rec)
	}
	for _, text := range texts {
		group := byText[text]
		res.Records += len(group)
		res.Sentences++
		var evs []sysEvent
		seen := map[string]bool{}
		for _, e := range code(text) {
			if e.Negated {
				res.Negated++
				continue
			}
			s := newSysEvent(e, text)
			if k := s.key(); !seen[k] {
				seen[k] = true
				evs = append(evs, s)
			}
		}
		if len(evs) == 0 {
			res.NoEvent++
		}
		for _, e := range evs {
			if !slices.ContainsFunc(group, func(rec Record) bool { return rec.Type == e.typ }) {
				res.WrongType++
			}
		}
		res.scoreTypes(group, evs)
		ev, full, correct := m.scoreEvents(group, evs)
		res.Events.add(ev)
		res.FullyFound += full
		res.Details = append(res.Details, detail(group, evs, correct, full == len(group)))
		a, r := m.scoreArgs(group, evs)
		res.Actors.add(a)
		res.Recipients.add(r)
	}
	return res
}

// scoreTypes counts the types of a sentence's records against the coded
// types.
func (res *Result) scoreTypes(group []Record, evs []sysEvent) {
	var gold, coded []string
	for _, rec := range group {
		if !slices.Contains(gold, rec.Type) {
			gold = append(gold, rec.Type)
		}
	}
	for _, e := range evs {
		if !slices.Contains(coded, e.typ) {
			coded = append(coded, e.typ)
		}
	}
	update := func(t string, f func(*TypeScore)) {
		ts := res.Types[t]
		f(&ts)
		res.Types[t] = ts
	}
	for _, t := range gold {
		update(t, func(ts *TypeScore) { ts.Sentences++ })
	}
	for _, t := range coded {
		update(t, func(ts *TypeScore) {
			ts.Coded++
			if slices.Contains(gold, t) {
				ts.Correct++
			}
		})
	}
	for _, rec := range group {
		update(rec.Type, func(ts *TypeScore) { ts.Support++ })
		if slices.Contains(coded, rec.Type) {
			res.TypeFound++
		}
		top := ""
		if len(evs) > 0 {
			top = evs[0].typ
		}
		if res.Confusion[rec.Type] == nil {
			res.Confusion[rec.Type] = map[string]int{}
		}
		res.Confusion[rec.Type][top]++
		if len(evs) == 0 {
			continue
		}
		update(evs[0].typ, func(ts *TypeScore) {
			ts.TopCoded++
			if evs[0].typ == rec.Type {
				ts.TopCorrect++
				res.TopCorrect++
			}
		})
	}
}

// sysEvent is a coded event with its arguments as the strings that may
// name them: the Arg's Name and the sentence text at its span.
type sysEvent struct {
	typ              string
	actor, recipient []string
}

func newSysEvent(e events.Event, text string) sysEvent {
	return sysEvent{typ: strings.ToUpper(e.Type), actor: argStrings(e.Actor, text), recipient: argStrings(e.Recipient, text)}
}

func argStrings(a *events.Arg, text string) []string {
	if a == nil {
		return nil
	}
	var out []string
	if strings.TrimSpace(a.Name) != "" {
		out = append(out, a.Name)
	}
	if 0 <= a.Start && a.Start < a.End && a.End <= len(text) {
		out = append(out, text[a.Start:a.End])
	}
	return out
}

func (s sysEvent) key() string {
	return s.typ + "\x00" + argKey(s.actor) + "\x00" + argKey(s.recipient)
}

func argKey(ss []string) string {
	if len(ss) == 0 {
		return ""
	}
	return strings.Join(tokens(ss[0]), " ")
}

// gold is a gold actor or recipient.
type gold struct{ text, code string }

// goldEvent is an expected event of a record's type; a nil actor or
// recipient is not checked. pair marks the unordered pair of a reciprocal
// record.
type goldEvent struct {
	actor, recipient *gold
	pair             bool
}

func golds(texts, codes []string) []gold {
	out := make([]gold, len(texts))
	for i, t := range texts {
		out[i].text = t
		if i < len(codes) {
			out[i].code = codes[i]
		}
	}
	return out
}

// goldEvents expands a record into its gold events, one per pair.
func goldEvents(rec Record) []goldEvent {
	as, rs := golds(rec.Actors, rec.ActorCodes), golds(rec.Recipients, rec.RecipientCodes)
	var out []goldEvent
	if rec.Reciprocal {
		for i := range as {
			for j := i + 1; j < len(as); j++ {
				out = append(out, goldEvent{actor: &as[i], recipient: &as[j], pair: true})
			}
		}
		return out
	}
	actors := []*gold{nil}
	if len(as) > 0 {
		actors = actors[:0]
		for i := range as {
			actors = append(actors, &as[i])
		}
	}
	recips := []*gold{nil}
	if len(rs) > 0 {
		recips = recips[:0]
		for i := range rs {
			recips = append(recips, &rs[i])
		}
	}
	for _, a := range actors {
		for _, r := range recips {
			if a != nil && r != nil && strings.EqualFold(a.text, r.text) {
				continue
			}
			out = append(out, goldEvent{actor: a, recipient: r})
		}
	}
	if len(out) == 0 { // every recipient is also the actor
		out = append(out, goldEvent{actor: actors[0]})
	}
	return out
}

// matcher matches coded arguments to gold ones.
type matcher struct {
	// countries holds, by actor code, the tokens of the country's names
	// and demonyms.
	countries map[string][][]string
}

func newMatcher(tsv string) matcher {
	m := matcher{countries: map[string][][]string{}}
	for line := range strings.SplitSeq(tsv, "\n") {
		code, names, ok := strings.Cut(line, "\t")
		if !ok || strings.HasPrefix(line, "#") {
			continue
		}
		for n := range strings.SplitSeq(names, "|") {
			if t := tokens(n); len(t) > 0 {
				m.countries[code] = append(m.countries[code], t)
			}
		}
	}
	return m
}

// matchArg reports whether a coded argument (the strings that name it)
// names the gold one. Both sides are compared as lower-case word tokens
// (letters and digits; "the", "a", "an" dropped). It matches when
//
//   - a coded string holds a piece of the gold actorText as a run of whole
//     words, or a piece holds the coded string ("Hungarian officials" and
//     "Hungarian"; the pieces of "Bosnian Serbs ... forces" are "Bosnian
//     Serbs" and "forces"), or
//   - a coded string holds a name or demonym of the gold code's country
//     (countries.tsv: HUN → Hungary, Hungarian; capitals used as
//     metonyms, Moscow, are names too). This is country-level matching, as
//     CAMEO codes actors; IGO, NGO and other non-country codes have none.
func (m matcher) matchArg(cands []string, g *gold) bool {
	if g == nil {
		return true
	}
	for _, c := range cands {
		ct := tokens(c)
		if len(ct) == 0 {
			continue
		}
		for _, piece := range pieces(g.text) {
			if containsRun(ct, piece) || containsRun(piece, ct) {
				return true
			}
		}
		for _, name := range m.countries[strings.ToUpper(g.code)] {
			if containsRun(ct, name) {
				return true
			}
		}
	}
	return false
}

// pieces splits a gold actorText at runs of dots ("U.S. ... negotiators",
// "Hundreds of thousands of people .. in Hong Kong") and tokenises each.
func pieces(s string) [][]string {
	var out [][]string
	for _, p := range strings.Split(strings.ReplaceAll(s, "…", ".."), "..") {
		if t := tokens(p); len(t) > 0 {
			out = append(out, t)
		}
	}
	return out
}

// tokens lower-cases s and splits it into words of letters and digits,
// leaving out the articles.
func tokens(s string) []string {
	f := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	out := f[:0]
	for _, w := range f {
		if w != "the" && w != "a" && w != "an" {
			out = append(out, w)
		}
	}
	return out
}

// containsRun reports whether sub occurs in s as a contiguous run.
func containsRun(s, sub []string) bool {
	if len(sub) == 0 {
		return false
	}
	for i := 0; i+len(sub) <= len(s); i++ {
		if slices.Equal(s[i:i+len(sub)], sub) {
			return true
		}
	}
	return false
}

// match reports whether coded event s is gold event g of type typ.
func (m matcher) match(s sysEvent, g goldEvent, typ string) bool {
	if s.typ != typ {
		return false
	}
	if g.pair {
		return (m.matchArg(s.actor, g.actor) && m.matchArg(s.recipient, g.recipient)) ||
			(m.matchArg(s.actor, g.recipient) && m.matchArg(s.recipient, g.actor))
	}
	if g.recipient != nil && len(s.recipient) == 0 {
		return false
	}
	if m.matchArg(s.actor, g.actor) && m.matchArg(s.recipient, g.recipient) {
		return true
	}
	return typ == "CONSULT" && g.actor != nil && g.recipient != nil &&
		m.matchArg(s.actor, g.recipient) && m.matchArg(s.recipient, g.actor)
}

// scoreEvents scores a sentence's coded events against the gold events of
// its records, and returns the number of records all of whose gold events
// were found and, for each coded event, whether it matches a gold one.
func (m matcher) scoreEvents(group []Record, evs []sysEvent) (PRF, int, []bool) {
	c := PRF{System: len(evs)}
	// solo reports whether s is a recipient-less coded event of type typ
	// whose actor is g: one party of a reciprocal event, coded alone.
	solo := func(s sysEvent, typ string, g *gold) bool {
		return s.typ == typ && len(s.recipient) == 0 && m.matchArg(s.actor, g)
	}
	correct := make([]bool, len(evs))
	full := 0
	for _, rec := range group {
		gs := goldEvents(rec)
		c.Gold += len(gs)
		found := 0
		for _, g := range gs {
			ok := false
			for i, s := range evs {
				if m.match(s, g, rec.Type) || g.pair && (solo(s, rec.Type, g.actor) || solo(s, rec.Type, g.recipient)) {
					correct[i] = true
				}
				ok = ok || m.match(s, g, rec.Type)
			}
			if !ok && g.pair {
				ok = slices.ContainsFunc(evs, func(s sysEvent) bool { return solo(s, rec.Type, g.actor) }) &&
					slices.ContainsFunc(evs, func(s sysEvent) bool { return solo(s, rec.Type, g.recipient) })
			}
			if ok {
				found++
			}
		}
		c.Found += found
		if found == len(gs) {
			full++
		}
	}
	for _, ok := range correct {
		if ok {
			c.Correct++
		}
	}
	return c, full, correct
}

// detail describes how a sentence was scored.
func detail(group []Record, evs []sysEvent, correct []bool, found bool) Detail {
	d := Detail{Text: group[0].Text, Correct: correct, Found: found}
	for _, rec := range group {
		d.IDs = append(d.IDs, rec.ID)
		g := rec.Type + " " + strings.Join(rec.Actors, "+")
		if len(rec.Recipients) > 0 {
			g += " -> " + strings.Join(rec.Recipients, "+")
		}
		if rec.Reciprocal {
			g += " (reciprocal)"
		}
		d.Gold = append(d.Gold, g)
	}
	for _, e := range evs {
		c := e.typ + " " + argKey(e.actor)
		if len(e.recipient) > 0 {
			c += " -> " + argKey(e.recipient)
		}
		d.Coded = append(d.Coded, c)
	}
	return d
}

// scoreArgs scores a sentence's coded actors and recipients, whatever the
// event type, against the gold actors and recipients of its records.
func (m matcher) scoreArgs(group []Record, evs []sysEvent) (actors, recips PRF) {
	var goldA, goldR []gold
	reciprocal := false
	for _, rec := range group {
		goldA = appendGolds(goldA, golds(rec.Actors, rec.ActorCodes))
		goldR = appendGolds(goldR, golds(rec.Recipients, rec.RecipientCodes))
		reciprocal = reciprocal || rec.Reciprocal
	}
	var sysA, sysR [][]string
	seen := map[string]bool{}
	addArg := func(to *[][]string, a []string, role string) {
		if k := role + argKey(a); len(a) > 0 && !seen[k] {
			seen[k] = true
			*to = append(*to, a)
		}
	}
	for _, s := range evs {
		addArg(&sysA, s.actor, "a")
		if reciprocal && len(goldR) == 0 {
			addArg(&sysA, s.recipient, "a")
		} else {
			addArg(&sysR, s.recipient, "r")
		}
	}
	return m.scoreSet(sysA, goldA), m.scoreSet(sysR, goldR)
}

// appendGolds appends the gold arguments of add not yet in to.
func appendGolds(to, add []gold) []gold {
	for _, g := range add {
		if !slices.ContainsFunc(to, func(h gold) bool { return strings.EqualFold(h.text, g.text) }) {
			to = append(to, g)
		}
	}
	return to
}

// scoreSet scores coded arguments against gold ones; nothing when gold has
// none (the role is not scored there).
func (m matcher) scoreSet(sys [][]string, gs []gold) PRF {
	if len(gs) == 0 {
		return PRF{}
	}
	c := PRF{System: len(sys), Gold: len(gs)}
	for _, s := range sys {
		for i := range gs {
			if m.matchArg(s, &gs[i]) {
				c.Correct++
				break
			}
		}
	}
	for i := range gs {
		for _, s := range sys {
			if m.matchArg(s, &gs[i]) {
				c.Found++
				break
			}
		}
	}
	return c
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func ratio2(a float64, n int) float64 {
	if n == 0 {
		return 0
	}
	return a / float64(n)
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}
