package analyze

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/marsad/marsad/internal/doc"
	"github.com/marsad/marsad/internal/events"
	"github.com/marsad/marsad/internal/lexicon"
	"github.com/marsad/marsad/internal/link"
)

// An article names a person in full once (نائب وزير الصحة حمد بن محمد
// الضويلع) and then by the family name alone (وأبدى الضويلع استعداد
// الوزارة). The tagger finds the full name but often not the bare family
// name; addSurnames finds it by the person's own name.

// arabicNamed are countries outside the Arab League whose people's names
// are mostly Arabic or Persian words (رئيسي، ظريف، زاده، الدين، مجاهد): a
// bare last word of theirs is no safe mention, except as the subject
// right after a verb (see addSurnames).
var arabicNamed = map[string]bool{"IR": true, "PK": true, "AF": true, "TJ": true, "UZ": true, "TM": true, "KZ": true,
	"KG": true, "AZ": true, "TR": true, "ID": true, "MY": true, "BD": true, "SN": true, "ML": true, "NE": true,
	"NG": true, "TD": true, "BN": true, "MV": true, "ET": true, "ER": true}

// addSurnames adds to ents, for each person whose fullest mention is a
// full name (a first name, then first names joined by بن, آل, أبو to a
// family name with the article: حمد بن محمد الضويلع، محمد القحطاني), the bare occurrences of that family name no mention covers,
// and returns ents. A family name two people of the article share, or
// that is also a place, a nation's adjective or a known name, is left
// alone, and so is an occurrence after a definite noun other than a title
// (الوطن العربي is no mention of نبيل العربي; التقى الضويلع is). A person
// of arabicNamed's countries named in full gets the bare last word only
// right after a verb (اتهم ظريف البحرين).
func (a *Analyzer) addSurnames(d *doc.Doc, ents []link.Entity) []link.Entity {
	owner := map[string]int{}     // family name → person; -1 when shared
	verbOnly := map[string]bool{} // family names that count only right after a verb
	var ends []string             // the family names' last letters, to skip other tokens unread
	for ei, e := range ents {
		if e.Type != "PER" {
			continue
		}
		full := ""
		for _, m := range e.Mentions {
			if f, _, _ := strings.Cut(m.Text, " "); link.ArTitleHead(f) {
				continue // a title used as a name (وزير الخارجية السوري)
			}
			if strings.Count(m.Text, " ") > strings.Count(full, " ") {
				full = m.Text
			}
		}
		ws := strings.Fields(full)
		if len(ws) < 2 {
			continue
		}
		// a foreign person of the lexicon named in full (أشتون كارتر) is
		// then called by the last word (مع «كارتر»), with no article
		foreign, afterVerb := false, false
		if le, ok := a.lex.ByID(e.ID); ok && le.Foreign() && len(a.lex.LookupKey(lexicon.Normalize(full))) > 0 {
			last := lexicon.Normalize(ws[len(ws)-1])
			// not a name or word of Arabic (نواز شريف، آبي أحمد)
			foreign = !arabicNamed[le.Country] && !a.nameWords[last] && !a.wordNames[last]
			// the last word of a name of those countries (محمد جواد
			// ظريف، often a word of Arabic) is his only as the subject
			// right after a verb that is nothing else («اتهم ظريف
			// البحرين»، «وقال ظريف»), where no adjective stands; not a
			// first name (آبي أحمد: «وقال أحمد» is anyone)
			afterVerb = arabicNamed[le.Country] && !strings.HasPrefix(last, "ال") && !a.nameWords[last]
		}
		// a full name is a first name (one the lists know, or any before
		// بن) and first names joined by بن to the family name
		first := lexicon.Normalize(ws[0])
		known := a.nameWords[first] || a.nameWords[strings.TrimPrefix(first, "و")] // وليد، وبوتين
		if !foreign && !afterVerb && (!known && !(len(ws) > 2 && lexicon.Normalize(ws[1]) == "بن") || !a.middleNames(ws[1:len(ws)-1])) {
			continue
		}
		sn := lexicon.Normalize(ws[len(ws)-1])
		loose := foreign || afterVerb
		if !strings.HasPrefix(sn, "ال") && !loose || utf8.RuneCountInString(sn) < 4 || !loose && utf8.RuneCountInString(sn) < 5 || orgStops[sn] ||
			a.placeName(sn) || a.isDemonymKey(sn) || a.otherName(sn) ||
			loose && (a.notNames[sn] || a.otherEntityKey(sn, e.ID)) {
			continue
		}
		if afterVerb {
			verbOnly[sn] = true
		}
		if k, ok := owner[sn]; ok && k != ei {
			owner[sn] = -1
			continue
		}
		owner[sn] = ei
		// the last three letters as written, which normalising leaves be
		if r := []rune(ws[len(ws)-1]); len(r) >= 3 {
			ends = append(ends, string(r[len(r)-3:]))
		}
	}
	if len(owner) == 0 {
		return ents
	}
	toks := d.Tokens
	added := false
	for i, t := range toks {
		if t.Kind != doc.KindWord || !doc.IsArabicWord(t) || !slices.ContainsFunc(ends, func(e string) bool { return strings.HasSuffix(t.Text, e) }) {
			continue
		}
		ei, off, ok := ownerAfterProclitic(t.Text, owner)
		if !ok || coveredBy(ents, t.Start, t.End) {
			continue
		}
		afterVerb := verbOnly[lexicon.Normalize(t.Text[off:])]
		if afterVerb && (i == 0 || toks[i-1].Kind != doc.KindWord ||
			!a.coder.ArabicVerbOnly(toks[i-1].Text) && !events.SpeechVerb(toks[i-1].Text)) {
			continue // وهذا وصف ظريف: «a witty description»
		}
		if afterVerb && i > 1 && demonstratives[lexicon.Normalize(strings.TrimPrefix(toks[i-2].Text, "و"))] {
			continue // هذا وصف ظريف: after a demonstrative the word is a noun
		}
		if i > 0 && toks[i-1].Kind == doc.KindWord && !strings.Contains(d.Text[toks[i-1].End:t.Start], "\n") {
			prev := strings.TrimPrefix(lexicon.Normalize(toks[i-1].Text), "و")
			definite := strings.HasPrefix(prev, "ال") || strings.HasPrefix(prev, "لل") || strings.HasPrefix(prev, "بال")
			if definite && !orgStops[prev] && !a.coder.ArabicVerb(toks[i-1].Text) {
				continue // الوطن العربي: the adjective of a noun
			}
		}
		if !afterVerb && i+1 < len(toks) && toks[i+1].Kind == doc.KindWord && coveredBy(ents, toks[i+1].Start, toks[i+1].End) &&
			!strings.Contains(d.Text[t.End:toks[i+1].Start], "\n") {
			continue // part of a longer name the tagger split
		}
		appendMention(d, &ents[ei], t.Start+off, t.End)
		added = true
	}
	if added {
		sortMentions(ents)
	}
	return ents
}

// demonstratives are the demonstratives, normalised, before a noun.
var demonstratives = normSet(`هذا هذه ذلك تلك هؤلاء`)

// middleNames reports whether the words ws between a first name and a
// family name are first names and words of lineage (بن، آل); «عبد» and
// the name of God after it, written apart, are one name (محمد بن عبد
// الرحمن الفالح).
func (a *Analyzer) middleNames(ws []string) bool {
	for i := 0; i < len(ws); i++ {
		n := lexicon.Normalize(ws[i])
		if n == "عبد" && i+1 < len(ws) && strings.HasPrefix(lexicon.Normalize(ws[i+1]), "ال") {
			god := lexicon.Normalize(ws[i+1])
			i++
			if a.nameWords[n+" "+god] || a.nameWords[n+god] {
				continue
			}
			return false
		}
		if !a.nameWords[n] && !lineageWords[n] {
			return false
		}
	}
	return true
}

// otherEntityKey reports whether the normalised key k is an alias in the
// lexicon of an entity other than id (and not of id).
func (a *Analyzer) otherEntityKey(k, id string) bool {
	es := a.lex.LookupKey(k)
	return len(es) > 0 && !slices.ContainsFunc(es, func(le *lexicon.Entity) bool { return le.ID == id })
}
