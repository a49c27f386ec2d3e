package events

import "github.com/marsad/marsad/internal/doc"

// arKana are the forms of كان that open the Arabic phrase of greeting a
// visitor on arrival: كان X في استقبال Y، وكان في استقباله X.
var arKana = map[string]bool{
	"كان": true, "وكان": true, "كانت": true, "وكانت": true, "فكان": true,
}

// arGreetNouns are the verbal nouns of greeting a visitor on arrival or
// seeing him off (في استقباله، في وداعه), normalised, with their pronouns.
var arGreetNouns = map[string]bool{
	"استقبال": true, "استقباله": true, "استقبالها": true, "استقبالهم": true, "استقبالهما": true,
	"وداع": true, "وداعه": true, "وداعها": true, "وداعهم": true, "وداعهما": true,
}

// greeting returns, for the Arabic verbal noun استقبال after في in a
// clause of كان, the greeter (the subject of كان) and the visitor (the
// genitive of the noun or its pronoun's antecedent, usually the subject
// of وصل or قدم before): كان الأمير X في استقبال Y، وكان في استقباله X،
// وكان في استقبال Y لدى وصوله X. ok is false when the phrase is not there.
func (s *state) greeting(ti, right int, sen doc.Sentence, tr trigger, speaker int, inWin func(mention) bool) (greeter, visitor []int, gm, vm int, ok bool) {
	gm, vm = -1, -1
	if s.en || tr.e.Type != "CONSULT" || tr.a.article || ti-2 < sen.FirstToken || s.norms[ti-1] != "في" || !arGreetNouns[s.norms[ti]] {
		return nil, nil, -1, -1, false
	}
	// the greeter before في: كان X في استقبال
	if mi := s.tokM[ti-2]; mi >= 0 {
		m := s.ments[mi]
		for mi > 0 && s.ments[mi].coord && s.ments[mi-1].prep == "" {
			mi--
		}
		m = s.ments[mi]
		if m.prep == "" && s.actorOK(m) && inWin(m) && m.titleA-1 >= sen.FirstToken && arKana[s.norms[m.titleA-1]] {
			gm = mi
		}
	} else if !arKana[s.norms[ti-2]] {
		return nil, nil, -1, -1, false
	}
	// the visitor: the pronoun's antecedent or the name right after
	from := ti + 1
	if tr.a.pron != "" {
		visitor = s.resolvePron(tr.a.pron, ti, speaker, nil, tr.a)
	} else if mi := s.tokM[ti+1]; ti+1 < sen.EndToken && mi >= 0 && s.ments[mi].prep == "" && s.recipientOK(s.ments[mi]) && inWin(s.ments[mi]) {
		g, last := s.group(mi, right)
		visitor, vm = g, mi
		from = s.ments[last].tokB
	} else {
		for mi := range s.ments {
			m := s.ments[mi]
			if m.titleA == ti+1 && !m.inTitle && m.prep == "" && s.recipientOK(m) && inWin(m) {
				g, last := s.group(mi, right)
				visitor, vm = g, mi
				from = s.ments[last].tokB
				break
			}
		}
	}
	if len(visitor) == 0 {
		return nil, nil, -1, -1, false
	}
	if gm >= 0 {
		greeter, _ = s.group(gm, ti)
		return greeter, visitor, gm, vm, true
	}
	// وكان في استقباله [لدى وصوله إلى X] الأمير Y: the first bare name
	// after, over an adjunct of arrival
	for mi := range s.ments {
		m := s.ments[mi]
		if m.tokA < from || m.tokA >= right || !inWin(m) || m.inTitle {
			continue
		}
		if m.tokA-from > 12 {
			break
		}
		if m.prep == "" && s.actorOK(m) {
			greeter, _ = s.group(mi, right)
			return greeter, visitor, mi, vm, true
		}
	}
	return nil, nil, -1, -1, false
}
