package events

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/marsad/marsad/internal/doc"
)

// Arabic news reports an attack through its dead and wounded: مقتل جندي
// تركي برصاص من جانب داعش، لقي عشرات من عناصر التنظيم مصرعهم في غارات
// للتحالف. The victim phrase names whom the attack struck (a group by its
// name, a country by the nationality of its soldiers or citizens), and the
// cause phrase names who struck: the actor of an attack noun coded in the
// sentence, or a name after برصاص، على يد، من جانب، اشتباكات مع.

// arDeathCues are the nouns of a death or a wound that open a victim
// phrase (مقتل X، إصابة X) or close one (لقي X مصرعهم).
var arDeathCues = map[string]bool{
	"مقتل": true, "ومقتل": true, "بمقتل": true, "لمقتل": true,
	"مصرع": true, "ومصرع": true, "بمصرع": true, "مصرعه": true, "مصرعهم": true, "مصرعهما": true,
	"حتفه": true, "حتفهم": true, "حتفهما": true,
	"استشهاد": true, "واستشهاد": true, "باستشهاد": true,
	"اصابه": true, "واصابه": true, "جرح": true, "وجرح": true,
}

// arDeathAfter are the cues whose victim stands before them, between لقي
// and the cue (لقي عشرات من عناصر داعش مصرعهم).
var arDeathAfter = map[string]bool{"مصرعه": true, "مصرعهم": true, "مصرعهما": true,
	"حتفه": true, "حتفهم": true, "حتفهما": true}

// arResultWords introduce a death as the result of what came before
// (أسفرت عن مقتل، ما أدى إلى مقتل).
var arResultWords = map[string]bool{"اسفر": true, "اسفرت": true, "واسفر": true, "واسفرت": true,
	"ادي": true, "ادت": true, "وادي": true, "وادت": true, "تسبب": true, "تسببت": true,
	"خلف": true, "خلفت": true, "اوقع": true, "اوقعت": true}

// arAgentMarks are the words after which the one who killed is named:
// برصاص X، بنيران X، على يد X، من جانب X، من قبل X، اشتباكات مع X.
var arAgentMarks = map[string]bool{"برصاص": true, "بنيران": true, "نيران": true, "رصاص": true,
	"يد": true, "ايدي": true, "جانب": true, "قبل": true}

// casualties completes the Arabic events of one sentence with the victims
// of its death and wound phrases: an attack coded in the sentence after
// the cue (or, for a result, before it) takes the victim as recipient (a
// copy of it does when it has another); with none, a cause phrase naming the attacker gives an ASSAULT
// of its own.
func (s *state) casualties(sen doc.Sentence, evs []Event) []Event {
	for ti := sen.FirstToken; ti < sen.EndToken; ti++ {
		if s.tokM[ti] >= 0 || !arDeathCues[s.norms[ti]] && !s.deathVerb(ti, sen) {
			continue
		}
		victim, vArg := s.victim(ti, sen)
		if victim < 0 {
			continue
		}
		end := min(sen.EndToken, ti+25)
		result := s.resultBefore(ti, sen)
		// an attack of the sentence: after the cue in its clause, or the
		// cause a result word points back to
		best := -1
		for k := range evs {
			ev := &evs[k]
			if ev.Type != "ASSAULT" || ev.Negated || ev.Actor == nil || ev.Actor.ID == s.ents[victim].ID ||
				ev.Recipient != nil && ev.Recipient.ID == s.ents[victim].ID {
				continue
			}
			at := s.tokenAt(ev.TriggerStart)
			if at > ti && at < end || result && at < ti {
				best = k
				if at > ti {
					break
				}
			}
		}
		if best >= 0 {
			if evs[best].Recipient == nil {
				evs[best].Recipient = vArg
			} else {
				// شن التحالف غارات على حلب، ما أدى إلى مقتل عناصر
				// من داعش: the place struck and the side struck
				ev := evs[best]
				ev.Recipient = vArg
				evs = append(evs, ev)
			}
			continue
		}
		if agent := s.deathAgent(ti, end, sen); agent >= 0 && s.ents[agent].ID != s.ents[victim].ID {
			m := s.ments[s.tokM[s.agentTok]]
			en := s.ents[agent]
			evs = append(evs, Event{
				Type: "ASSAULT", Cameo: "190",
				Start: sen.Start, End: sen.End, Text: s.d.Text[sen.Start:sen.End],
				Trigger: s.d.Tokens[ti].Text, TriggerStart: s.d.Tokens[ti].Start, TriggerEnd: s.d.Tokens[ti].End,
				Actor:     &Arg{ID: en.ID, Name: en.Name, Start: m.start, End: m.end},
				Recipient: vArg,
				Place:     s.place(sen, ti, []int{agent}, []int{victim}),
				Date:      s.date(sen, ti),
				Negated:   s.negated(ti, sen),
			})
		}
	}
	return evs
}

// arDeathVerbs are the verbs of a death or a wound whose subject is the
// victim (استشهد جندي، أصيب ثلاثة).
var arDeathVerbs = map[string]bool{
	"استشهد": true, "استشهدت": true, "استشهدوا": true, "واستشهد": true, "واستشهدت": true, "واستشهدوا": true,
	"اصيب": true, "اصيبت": true, "اصيبوا": true, "واصيب": true, "واصيبت": true, "واصيبوا": true,
	"جرح": true, "وجرح": true,
}

// arKilled are the unvocalised forms of قُتل, which are also those of the
// active قَتل: passive only before a count or an indefinite noun (قتل 5
// جنود، قتل جندي تركي), where the active verb would have its subject.
var arKilled = map[string]bool{"قتل": true, "وقتل": true, "قتلت": true, "وقتلت": true, "قتلوا": true, "وقتلوا": true}

// deathVerb reports whether the Arabic token ti is a verb of death or
// wound whose subject, after it, is the victim.
func (s *state) deathVerb(ti int, sen doc.Sentence) bool {
	n := s.norms[ti]
	if arDeathVerbs[n] {
		return true
	}
	if !arKilled[n] || ti+1 >= sen.EndToken || s.tokM[ti+1] >= 0 {
		return false
	}
	next := s.d.Tokens[ti+1]
	return next.Kind == doc.KindNumber || next.Kind == doc.KindWord && !hasArticle(s.norms[ti+1]) && !arPreps[s.norms[ti+1]]
}

// resultBefore reports whether a result word (أسفرت عن، أدى إلى) stands
// within three words before the cue at ti.
func (s *state) resultBefore(ti int, sen doc.Sentence) bool {
	for t := ti - 1; t >= max(sen.FirstToken, ti-3); t-- {
		if arResultWords[strings.TrimPrefix(s.norms[t], "ما")] || arResultWords[s.norms[t]] {
			return true
		}
	}
	return false
}

// victim returns the entity a death cue at ti names as struck, and its
// argument: a name in the phrase after the cue (مقتل العشرات من عناصر
// داعش), or before it after لقي (لقي عشرات من عناصر داعش مصرعهم), or the
// nationality adjective of its noun (مقتل جندي تركي → Turkey). -1 when
// none.
func (s *state) victim(ti int, sen doc.Sentence) (int, *Arg) {
	a, b := ti+1, min(sen.EndToken, ti+6)
	if arDeathAfter[s.norms[ti]] {
		a, b = max(sen.FirstToken, ti-8), ti
		for t := ti - 1; t >= a; t-- {
			if n := strings.TrimPrefix(s.norms[t], "و"); n == "لقي" || n == "لقيت" || n == "لقوا" || n == "يلقي" {
				a = t + 1
				break
			}
		}
	}
	for t := a; t < b; t++ {
		tok := s.d.Tokens[t]
		if tok.Kind == doc.KindNumber {
			continue // مقتل 7 جنود ليبيين: the count before the victims
		}
		if tok.Kind != doc.KindWord {
			return -1, nil
		}
		if mi := s.tokM[t]; mi >= 0 {
			m := s.ments[mi]
			if len(m.ents) != 1 || !s.actorOK(m) || m.prep != "" && m.prep != "من" && m.prep != "ل" {
				return -1, nil
			}
			en := s.ents[m.ents[0]]
			return m.ents[0], &Arg{ID: en.ID, Name: en.Name, Start: m.start, End: m.end}
		}
		if t > a && s.c.Demonym != nil && s.tokM[t-1] < 0 {
			if id, name, ok := s.c.Demonym(tok.Text); ok {
				if mi := s.tokM[min(t+1, len(s.tokM)-1)]; t+1 < b && mi >= 0 && s.ments[mi].tokA == t+1 && len(s.ments[mi].ents) == 1 &&
					s.ents[s.ments[mi].ents[0]].Type == "PER" && s.ments[mi].prep == "" {
					// استشهد الفتى الفلسطيني ليث الخالدي: the person named
					// after the adjective is the victim
					m := s.ments[mi]
					en := s.ents[m.ents[0]]
					return m.ents[0], &Arg{ID: en.ID, Name: en.Name, Start: m.start, End: m.end}
				}
				ei := s.entityFor(id, name)
				return ei, &Arg{ID: id, Name: name, Start: tok.Start, End: tok.End}
			}
		}
		if arAgentMarks[s.norms[t]] || arPreps[s.norms[t]] && s.norms[t] != "من" {
			return -1, nil // the cause phrase begins: no victim named
		}
	}
	return -1, nil
}

// entityFor returns the index of the entity with id, adding a GPE entity
// (with no mentions) when there is none.
func (s *state) entityFor(id, name string) int {
	for i, e := range s.ents {
		if e.ID == id {
			return i
		}
	}
	s.ents = append(s.ents[:len(s.ents):len(s.ents)], Entity{ID: id, Name: name, Type: demonymType(id)})
	return len(s.ents) - 1
}

// demonymType is the type of the entity a Demonym id names: an
// organisation for a group's adjective (org:houthis), else a GPE.
func demonymType(id string) string {
	if strings.HasPrefix(id, "org:") {
		return "ORG"
	}
	return "GPE"
}

// deathAgent returns the entity named by a cause phrase among tokens
// (ti, end): the name at most three words after برصاص، بنيران، على يد،
// من جانب، من قبل, or after مع following clashes (اشتباكات مع). It sets
// s.agentTok to the name's first token; -1 when none.
func (s *state) deathAgent(ti, end int, sen doc.Sentence) int {
	for t := ti + 1; t < end; t++ {
		n := s.norms[t]
		mark := arAgentMarks[n]
		if n == "مع" && t > ti+1 && strings.Contains(s.norms[t-1], "اشتباك") {
			mark = true
		}
		if (n == "يد" || n == "ايدي") && s.norms[t-1] != "علي" {
			mark = false
		}
		if (n == "جانب" || n == "قبل") && s.norms[t-1] != "من" {
			mark = false
		}
		if !mark {
			continue
		}
		for u := t + 1; u < min(end, t+4); u++ {
			if mi := s.tokM[u]; mi >= 0 {
				m := s.ments[mi]
				if len(m.ents) == 1 && s.actorOK(m) && (m.prep == "" || m.prep == "ل" || m.prep == "by" || m.prep == "مع") {
					s.agentTok = u
					return m.ents[0]
				}
				break
			}
			if s.d.Tokens[u].Kind != doc.KindWord && !isQuoteMark(s.d.Tokens[u].Text) {
				break
			}
		}
	}
	return -1
}

// isQuoteMark reports whether t is a quotation mark, which may stand
// around a name (برصاص من جانب «داعش»).
func isQuoteMark(t string) bool {
	switch t {
	case "«", "»", "“", "”", "\"", "„":
		return true
	}
	return false
}

// arAdjAgentTypes are the categories whose Arabic verbal noun may name its
// doer by a nationality or a group's adjective (الهجوم الروسي، غارات
// أمريكية، العقوبات الأوروبية، القصف الحوثي).
var arAdjAgentTypes = map[string]bool{"ASSAULT": true, "COERCE": true, "SANCTION": true, "THREATEN": true,
	"AID": true, "MOBILIZE": true}

// adjAgent returns who acts in an Arabic verbal noun of arAdjAgentTypes
// with no possessor: the country or group of the nationality adjective
// right after it, over at most one other adjective, agreeing in the
// article (الضربات الجوية الأمريكية، بغارة روسية; the adjective that is
// also the country's name, القصف السعودي، is the entity layer's mention
// of it). It returns the entity, its argument and the adjective's token;
// -1 when none.
func (s *state) adjAgent(ti int, sen doc.Sentence, tr trigger) (int, *Arg, int) {
	if s.en || s.c.Demonym == nil || tr.a.kind != kindNoun || tr.a.pron != "" || !arAdjAgentTypes[tr.e.Type] {
		return -1, nil, 0
	}
	def := hasArticle(s.norms[ti])
	for t := ti + 1; t < min(sen.EndToken, ti+3); t++ {
		tok := s.d.Tokens[t]
		if tok.Kind != doc.KindWord || hasArticle(s.norms[t]) != def {
			return -1, nil, 0
		}
		id, name, ok := s.demonymAt(t)
		if !ok {
			if n := s.norms[t]; s.tokM[t] < 0 && nisbaEnd(n) {
				continue // another adjective: الجوية، عسكرية
			}
			return -1, nil, 0
		}
		return s.entityFor(id, name), &Arg{ID: id, Name: name, Start: tok.Start, End: tok.End}, t
	}
	return -1, nil, 0
}

// arUndergo are the forms of تعرّض (underwent), whose subject suffers
// what the verbal noun after ل says: تعرضت مواقع X لقصف من Y.
var arUndergo = map[string]bool{"تعرض": true, "تعرضت": true, "تعرضوا": true, "يتعرض": true, "تتعرض": true,
	"يتعرضون": true, "تعرضها": true, "تعرضه": true, "تعرضهم": true}

// arActKinds are the nouns, normalised, that count acts before their
// verbal noun (عمليات قتل، سلسلة هجمات، موجة اعتقالات).
var arActKinds = map[string]bool{"عمليات": true, "عمليه": true, "سلسله": true, "موجه": true, "حمله": true, "حملات": true}

// arFace are the forms of واجه (faced), whose subject suffers the act its
// bare object names when the act's doer follows (واجهت X هجمات نفذها Y،
// واجه X انتقادات من Y).
var arFace = map[string]bool{"واجه": true, "واجهت": true, "واجهوا": true, "يواجه": true, "تواجه": true,
	"يواجهون": true}

// undergone reads the Arabic passive of experience at the verbal noun ti
// (X تعرض لهجوم من Y، تعرضت مواقع X لقصف مكثف من طيران Y، تعرضت X لغارات
// روسية): it returns the mention of who suffered (after تعرض, or before
// it), and who acted: a mention after من, من قبل or من جانب within four
// words after the noun, or the adjective that names a country. -1 when
// ti is not such a noun.
func (s *state) undergone(ti int, sen doc.Sentence, tr trigger, inWin func(mention) bool) (patient, agent int, adj *Arg) {
	patient, agent = -1, -1
	if s.en || tr.a.kind != kindNoun || tr.a.pron != "" {
		return
	}
	head := ti // the act's phrase: لقصف، لعمليات قتل
	if ti > sen.FirstToken && s.tokM[ti-1] < 0 && arActKinds[strings.TrimPrefix(strings.TrimPrefix(s.norms[ti-1], "و"), "ل")] {
		head = ti - 1
	}
	lam := strings.HasPrefix(s.norms[head], "ل")
	v := -1
	if !lam && (strings.HasPrefix(s.norms[head], "ب") || strings.HasPrefix(s.norms[head], "وب")) {
		return // واجهت X الحوثيين بغارات: the subject acts with them
	}
	for t := head - 1; t >= max(sen.FirstToken, head-6); t-- {
		n := strings.TrimPrefix(s.norms[t], "و")
		if s.tokM[t] < 0 && (lam && arUndergo[n] || !lam && (arFace[n] || arFace[s.norms[t]])) { // (واجهت: the root's own و)
			v = t
			break
		}
		if s.d.Tokens[t].Kind != doc.KindWord && !isQuoteMark(s.d.Tokens[t].Text) {
			return
		}
		if !lam && s.tokM[t] < 0 {
			return // واجهت X هجمات: the verb, its subject, the act
		}
	}
	if v < 0 {
		return
	}
	for t := v + 1; t < ti; t++ {
		if mi := s.tokM[t]; mi >= 0 && inWin(s.ments[mi]) && s.recipientOK(s.ments[mi]) {
			patient = mi
			break
		}
	}
	if patient < 0 {
		patient = s.leftSubject(v, sen.FirstToken, sen, inWin)
	}
	if patient < 0 {
		return
	}
	if ei, a, _ := s.adjAgent(ti, sen, tr); ei >= 0 {
		return patient, -1, a
	}
	for t := ti + 1; t < min(sen.EndToken, ti+5); t++ {
		mi := s.tokM[t]
		if mi < 0 {
			if s.d.Tokens[t].Kind != doc.KindWord {
				break
			}
			if arDeedVerbs[strings.TrimPrefix(s.norms[t], "و")] && t+1 < sen.EndToken && (s.adjectivesOnly(ti+1, t) || s.joinedDeeds(ti+1, t)) {
				// تعرضت X لهجمات (إرهابية) نفذها Y: who carried them out
				// (not «لهجوم مشابه لما نفذه Y»: one compared)
				if ai := s.tokM[t+1]; ai >= 0 && s.ments[ai].tokA == t+1 && s.ments[ai].prep == "" && s.actorOK(s.ments[ai]) && inWin(s.ments[ai]) {
					return patient, ai, nil
				}
			}
			continue
		}
		// من طيران X: over the noun of its armed agents
		headed := s.ments[mi].prep == "" && t >= ti+3 && s.agentHead(t-1, t) && s.norms[t-2] == "من"
		if m := s.ments[mi]; m.tokA == t && (m.prep == "من" || m.prep == "by" || headed) && s.actorOK(m) && inWin(m) {
			return patient, mi, nil
		}
		break
	}
	return -1, -1, nil
}

// joinedDeeds reports whether the Arabic tokens [a, b) are event nouns
// joined by و to the one before them (عمليات قتل وتفجير نفذها Y).
func (s *state) joinedDeeds(a, b int) bool {
	for t := a; t < b; t++ {
		if s.tokM[t] >= 0 || !strings.HasPrefix(s.norms[t], "و") || !s.isEventWord(t) {
			return false
		}
	}
	return a < b
}

// adjectivesOnly reports whether the Arabic tokens [a, b) are words that
// read as adjectives (إرهابية، انتحاري، المسلحة): nisbas, no names.
func (s *state) adjectivesOnly(a, b int) bool {
	for t := a; t < b; t++ {
		n := strings.TrimPrefix(s.norms[t], "ال")
		if s.tokM[t] >= 0 || s.d.Tokens[t].Kind != doc.KindWord || !nisbaEnd(n) || utf8.RuneCountInString(n) < 4 ||
			arNotAdjectives[arStripProclitic(s.norms[t])] {
			return false
		}
	}
	return true
}

// arNotAdjectives are words, normalised and without the proclitics
// arStripProclitic takes off (بالذي، للتي are here as الذي، التي), that
// end as a nisba does and are none: relative pronouns (كالذي نفذه) and
// «شبيه».
var arNotAdjectives = map[string]bool{"الذي": true, "التي": true, "كالذي": true, "كالتي": true, "شبيه": true, "الشبيه": true}

// adjPair returns the two sides a verbal noun of a symmetric entry names
// by two nationality adjectives in a row (المباحثات السعودية الأمريكية،
// تعاون مصري سعودي), with their arguments and the last adjective's token;
// nil when there are not two.
func (s *state) adjPair(ti int, sen doc.Sentence, tr trigger) ([]int, []*Arg, int) {
	if s.en || s.c.Demonym == nil || tr.a.kind != kindNoun || tr.a.pron != "" || !tr.e.sym {
		return nil, nil, 0
	}
	def := hasArticle(s.norms[ti])
	var eis []int
	var args []*Arg
	last := 0
	for t := ti + 1; t < min(sen.EndToken, ti+3); t++ {
		tok := s.d.Tokens[t]
		if tok.Kind != doc.KindWord || hasArticle(s.norms[t]) != def {
			break
		}
		id, name, ok := s.demonymAt(t)
		if !ok {
			break
		}
		ei := s.entityFor(id, name)
		if slices.Contains(eis, ei) {
			break
		}
		eis, args, last = append(eis, ei), append(args, &Arg{ID: id, Name: name, Start: tok.Start, End: tok.End}), t
	}
	if len(eis) < 2 {
		return nil, nil, 0
	}
	return eis, args, last
}

// demonymAt returns the country or group that the Arabic nationality
// adjective at token t names: a word the Demonym hook knows and no
// mention, or the entity layer's mention of the country where the
// adjective is also its name (القصف السعودي). ok is false otherwise.
func (s *state) demonymAt(t int) (id, name string, ok bool) {
	id, name, ok = s.c.Demonym(s.d.Tokens[t].Text)
	if !ok || s.tokM[t] >= 0 && !s.countryMentionAt(t, id) {
		return "", "", false
	}
	return id, name, true
}
