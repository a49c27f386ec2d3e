package events

import (
	"github.com/marsad/marsad/internal/doc"
)

// enAgentHeads are the nouns of a subject that names a group of people by
// what they are or do rather than by name: "demonstrators in X",
// "opposition groups in X", "supporters of X", "thousands of X". As CAMEO
// codes such agents by their place or their organisation, the entity after
// of/in/from stands for the subject.
var enAgentHeads = map[string]bool{
	"supporters": true, "members": true, "member": true, "followers": true, "loyalists": true,
	"thousands": true, "hundreds": true, "dozens": true, "scores": true, "millions": true,
	"inhabitants": true, "residents": true, "people": true, "citizens": true, "villagers": true,
	"protesters": true, "protestors": true, "demonstrators": true, "marchers": true, "strikers": true,
	"activists": true, "students": true, "workers": true, "employees": true, "unions": true,
	"groups": true, "group": true, "parties": true, "party": true, "opposition": true,
	"rebels": true, "militants": true, "insurgents": true, "guerrillas": true, "guerillas": true,
	"fighters": true, "gunmen": true, "militiamen": true, "troops": true, "soldiers": true,
	"forces": true, "police": true, "policemen": true, "officials": true, "leaders": true,
	"authorities": true, "lawmakers": true, "legislators": true, "deputies": true, "judges": true,
	"doctors": true, "experts": true, "inspectors": true, "monitors": true, "observers": true,
	"peacekeepers": true, "diplomats": true, "envoys": true, "representatives": true, "delegates": true,
	"delegation": true, "elders": true, "refugees": true, "prisoners": true, "hackers": true, "settlers": true,
	"farmers": true, "teachers": true, "journalists": true, "lawyers": true, "officers": true,
	"commanders": true, "units": true, "agents": true, "volunteers": true, "youths": true,
	"ministers": true, "governments": true, "countries": true, "nations": true, "states": true,
	"presidents": true, "heads": true,
}

// enAgentSubject returns, for an English verb at ti with no named subject,
// the entity mention that qualifies a subject noun of enAgentHeads:
// "Demonstrators in X blocked …", "Supporters of X rallied …", "Thousands
// of X marched …". The head noun must stand near the start of the clause
// (at most five words after the sentence start or a comma), the mention
// follow it through of/in/from within three words, and no other entity
// mention or comma come between the mention and the verb.
func (s *state) enAgentSubject(ti, left int, sen doc.Sentence, inWin func(mention) bool) int {
	if !s.en {
		return -1
	}
	for mi := range s.ments {
		m := s.ments[mi]
		if m.tokA < max(left, sen.FirstToken) || !inWin(m) {
			continue
		}
		if m.tokB > ti {
			break
		}
		if m.prep != "of" && m.prep != "in" && m.prep != "from" || !s.actorOK(m) {
			continue
		}
		if s.mentionBetween(m.tokB, ti) && s.tokM[m.tokB] < 0 || s.commaBetween(m.tokB, ti) {
			continue
		}
		// the head noun: before the preposition, over a determiner or an
		// adjective ("supporters of the defeated X")
		h := m.tokA - 1
		for h > sen.FirstToken && !enPreps[s.norms[h]] {
			h--
		}
		h--
		if h < sen.FirstToken || !enAgentHeads[s.norms[h]] {
			continue
		}
		start := sen.FirstToken
		for t := h - 1; t >= sen.FirstToken; t-- {
			if s.norms[t] == "," {
				start = t + 1
				break
			}
		}
		if h-start <= 5 && !s.mentionBetween(start, h) {
			return mi
		}
		return -1
	}
	return -1
}
