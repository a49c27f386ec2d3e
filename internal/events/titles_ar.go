package events

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/marsad/marsad/internal/doc"
	"github.com/marsad/marsad/internal/link"
)

// maxTitleChain is the most tokens a title phrase before a name may have
// (ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع الأمير).
const maxTitleChain = 22

// titleStart returns the first token of the title phrase that stands in
// apposition before the Arabic person mention mi (رئيس جمهورية الشيشان
// رمضان قاديروف، مع رئيس حزب القوات اللبنانية سمير جعجع), or its own
// first token when none does. Walking back from the name, the phrase
// takes title heads (link.ArTitleHead), words with the article (الدفاع،
// الثاني), nouns in construct with the word after them (مجلس الوزراء،
// جمهورية الشيشان) and the names inside it; it stops at punctuation, a
// preposition or particle, a verb of the lexicon or another person, and
// begins at the leftmost title head it passed. The phrase decides the
// name's place in the clause: its preposition and its subject position.
func (s *state) titleStart(mi int) int {
	m := s.ments[mi]
	if s.en || len(m.ents) != 1 || s.ents[m.ents[0]].Type != "PER" {
		return m.tokA
	}
	start := m.tokA
	if t := s.d.Tokens[m.tokA]; m.start == t.Start && arArticlePrep(s.norms[m.tokA]) != "" {
		return start // للرئيس X: a preposition governs the name, no title before it
	} else if m.start > t.Start {
		switch strings.TrimPrefix(strings.TrimPrefix(arNorm(s.d.Text[t.Start:m.start]), "و"), "ف") {
		case "ل", "لل", "ب", "بال":
			return start
		}
	}
	construct := -1 // the last noun in construct the walk went over
	for k := m.tokA - 1; k >= 0 && m.tokA-k <= maxTitleChain; k-- {
		if k > 0 && strings.Contains(s.d.Text[s.d.Tokens[k].End:s.d.Tokens[k+1].Start], "\n") {
			break
		}
		if k == m.tokA-1 && s.ellipticTitle(k) {
			return k // نظيريه الأمريكي X [والروسي] Y
		}
		if o := s.tokM[k]; o >= 0 {
			om := s.ments[o]
			if len(om.ents) == 1 && slices.Equal(om.ents, m.ents) && om.tokB == k+1 && link.ArTitleHead(s.d.Tokens[om.tokA].Text) {
				// [وزير الدفاع] محمود الصبيحي: the office, a mention of
				// the same person, is his title
				k, start = om.tokA, om.tokA
				continue
			}
			if len(om.ents) != 1 || s.ents[om.ents[0]].Type == "PER" {
				break
			}
			k = om.tokA // a name inside the title: جمهورية [الشيشان]
			continue
		}
		if k == m.tokA-1 && (s.norms[k] == "،" || s.norms[k] == ",") && k > 0 && s.tokM[k-1] < 0 && s.d.Tokens[k-1].Kind == doc.KindWord {
			// وزير الدولة للشؤون الخارجية، أنور قرقاش: a comma between the
			// title and the name (start moves only if a title is found)
			continue
		}
		if s.d.Tokens[k].Kind != doc.KindWord {
			// the dot of an abbreviated title: د. (doctor), م. (engineer)
			if s.d.Tokens[k].Text == "." && k > 0 && arAbbrevTitles[s.norms[k-1]] {
				k--
				start = k
				continue
			}
			break
		}
		n := s.norms[k]
		if arHonorifics[strings.TrimPrefix(n, "و")] || arHonorifics[arNorm(s.d.Tokens[k].Text[titleProclitic(s.d.Tokens[k].Text):])] {
			start = k // معالي، فخامة، سمو: the phrase begins with them
			continue
		}
		if (n == "الي" || n == "لدي") && s.tokM[k+1] >= 0 && s.envoyBefore(k) {
			continue // مبعوث الأمين العام إلى اليمن، سفير المملكة لدى مصر
		}
		if n == "في" && s.tokM[k+1] >= 0 && s.countryEnvoyBefore(k, start, m.tokA) {
			continue // القنصل العام للمملكة في لوس أنجلوس، السفير السعودي في القاهرة
		}
		if (n == "علي" || n == "في" || n == "لدي") && k+1 < m.tokA && s.titleHeadBefore(k) && s.officeField(k+1, m.tokA) {
			// المشرف العام على مركز X، المستشار في الديوان الملكي، المنسق
			// الإقليمي للعمليات الإنسانية في اليمن: the office's field
			continue
		}
		if arRankTails[n] && s.afterRank(k) {
			continue // الفريق أول، اللواء ركن: the rank goes on
		}
		if arTitleStops[n] || arPreps[strings.TrimPrefix(n, "و")] || arNounBefore[n] || relPronouns[n] || subjectIntro[n] || arNeg[n] {
			break
		}
		if link.ArTitleHead(s.d.Tokens[k].Text) {
			start = k
			if w := s.d.Tokens[k].Text; strings.HasPrefix(w, "و") && titleProclitic(w) > 0 && s.personEndsAt(k) {
				// X نائب الوزير ومدير الجامعة Y: «و» opens the title of
				// a second person after a name
				break
			}
			continue
		}
		if a, ok := s.analyzeTok(k); ok && a.kind != kindNoun {
			break // a verb: التقى [رئيس …]
		}
		if hasArticle(arStripProclitic(n)) {
			continue
		}
		// a noun in construct: the word after it has the article or is a
		// name, or it is the board before such a noun (رئيس مجلس إدارة
		// النادي، رئيس مجلس أمناء الجامعة)
		if next := k + 1; next < m.tokA && (s.tokM[next] >= 0 || hasArticle(arStripProclitic(s.norms[next])) || next == construct && arBoards[n]) {
			construct = k
			continue
		}
		break
	}
	return start
}

// arBoards are the nouns, normalised, of a body's board, in construct
// before its kind (مجلس إدارة، مجلس أمناء).
var arBoards = map[string]bool{"مجلس": true, "ومجلس": true}

// arRanks are the military ranks, normalised, that a word of arRankTails
// may follow (الفريق أول، اللواء ركن، العقيد طيار).
var arRanks = map[string]bool{"الفريق": true, "اللواء": true, "العميد": true, "العقيد": true, "المقدم": true,
	"الرائد": true, "النقيب": true, "المشير": true}

var arRankTails = map[string]bool{"اول": true, "ركن": true, "طيار": true, "بحري": true}

// afterRank reports whether token k follows a rank and its other tail
// words (الفريق أول [ركن]).
func (s *state) afterRank(k int) bool {
	j := k - 1
	for j > 0 && arRankTails[s.norms[j]] {
		j--
	}
	return j >= 0 && arRanks[s.norms[j]]
}

// personEndsAt reports whether a person's mention, or the office after
// it, ends right before token k (X نائب وزير الصحة | ومدير …).
func (s *state) personEndsAt(k int) bool {
	for j := k - 1; j >= max(0, k-8); j-- {
		o := s.tokM[j]
		if o < 0 {
			continue
		}
		p := s.ments[o]
		if len(p.ents) != 1 || s.ents[p.ents[0]].Type != "PER" {
			j = p.tokA // a body or a place in the office: مدير [جامعة الملك سعود]
			continue
		}
		return p.tokB == k || s.officeSpan(p.tokB, k) == k
	}
	return false
}

// ellipticTitle reports whether token k is a nationality adjective after
// و that stands for the title of the person named before it (نظيريه
// الأمريكي X والروسي Y: the Russian one, Y): the word before it ends a
// person's mention that has a title of its own.
func (s *state) ellipticTitle(k int) bool {
	rest, ok := strings.CutPrefix(s.d.Tokens[k].Text, "و")
	if !ok || k == 0 || s.c.Demonym == nil {
		return false
	}
	if _, _, ok := s.c.Demonym(rest); !ok {
		return false
	}
	o := s.tokM[k-1]
	if o < 0 {
		return false
	}
	p := s.ments[o]
	return p.tokB == k && len(p.ents) == 1 && s.ents[p.ents[0]].Type == "PER" && p.titleA < p.tokA
}

// envoyBefore reports whether one of the six words before token k is
// an envoy's title (مبعوث، سفير، مندوب، ممثل), whose «إلى X» or «لدى X»
// belongs to the title phrase.
func (s *state) envoyBefore(k int) bool {
	for t := k - 1; t >= max(0, k-6); t-- {
		n := arStripProclitic(s.norms[t])
		n = strings.TrimPrefix(n, "ال")
		if arEnvoys[n] {
			return true
		}
		if s.d.Tokens[t].Kind != doc.KindWord {
			return false
		}
	}
	return false
}

// arEnvoyRanks are the words, normalised, of a diplomat's rank or an
// honorific that may follow an envoy's post before the envoy's name
// (القنصل العام … في لوس أنجلوس السفير الدكتور X).
var arEnvoyRanks = map[string]bool{"السفير": true, "الدكتور": true, "المستشار": true, "الوزير": true, "الشيخ": true, "الامير": true}

// countryEnvoyBefore reports, for the title walk at token k (في) whose
// leftmost title head so far is start and whose name begins at name,
// whether the words before k are
// an envoy's title and the country the envoy serves, by its name or its
// adjective (سفير المملكة، القنصل العام للمملكة العربية السعودية، السفير
// السعودي): then «في X» is the envoy's post, not where the clause happens
// (التقى السفير في القاهرة الأمير X).
func (s *state) countryEnvoyBefore(k, start, name int) bool {
	if start < name && !arEnvoyRanks[s.norms[start]] {
		return false // السفير الإماراتي في مصر الرئيس X: an unnamed envoy, then X's own title
	}
	country := false
	for t := k - 1; t >= max(0, k-8); t-- {
		if o := s.tokM[t]; o >= 0 {
			if len(s.ments[o].ents) != 1 || s.ents[s.ments[o].ents[0]].Kind != "country" {
				return false
			}
			country, t = true, s.ments[o].tokA
			continue
		}
		if s.d.Tokens[t].Kind != doc.KindWord {
			return false
		}
		if s.c.Demonym != nil {
			if _, _, ok := s.c.Demonym(s.d.Tokens[t].Text); ok {
				country = true
				continue
			}
		}
		n := strings.TrimPrefix(arStripProclitic(s.norms[t]), "ال")
		if arEnvoys[n] {
			return country
		}
	}
	return false
}

// officeField reports whether the words from token f up to the name at
// token end name the field of an office (على مركز X، في الديوان الملكي، في
// اليمن), not a place the clause happens at before another title (التقى
// الرئيس في القاهرة الأمير X): a body, or a place with no title after it.
func (s *state) officeField(f, end int) bool {
	o := s.tokM[f]
	if o < 0 || len(s.ments[o].ents) != 1 {
		return true // a noun of the field: للعمليات الإنسانية
	}
	if s.ents[s.ments[o].ents[0]].Type == "ORG" {
		return true
	}
	for t := s.ments[o].tokB; t <= end && t < len(s.d.Tokens); t++ {
		if link.ArTitleHead(s.d.Tokens[t].Text) {
			return false
		}
	}
	return true
}

// titleHeadBefore reports whether one of the four words right before
// token k, with no mark between, is a title head (link.ArTitleHead) and
// none is a verb or a person: the preposition at k goes on that title.
func (s *state) titleHeadBefore(k int) bool {
	for t := k - 1; t >= max(0, k-4); t-- {
		if s.d.Tokens[t].Kind != doc.KindWord {
			return false
		}
		if o := s.tokM[t]; o >= 0 && len(s.ments[o].ents) == 1 && s.ents[s.ments[o].ents[0]].Type == "PER" {
			return false
		}
		if link.ArTitleHead(s.d.Tokens[t].Text) {
			return true
		}
		if a, ok := s.analyzeTok(t); ok && a.kind != kindNoun {
			return false
		}
	}
	return false
}

var arEnvoys = map[string]bool{"مبعوث": true, "مبعوثه": true, "سفير": true, "سفيره": true, "مندوب": true, "مندوبه": true,
	"ممثل": true, "ممثله": true, "منسق": true, "قنصل": true, "قنصله": true}

// arHonorifics are the forms of address before a title (معالي وزير
// الخارجية، فخامة الرئيس، سمو الأمير): part of the title phrase.
var arHonorifics = map[string]bool{"معالي": true, "فخامه": true, "سعاده": true, "سماحه": true, "سمو": true, "جلاله": true, "سياده": true,
	"صاحب": true, "دوله": true}

// arAbbrevTitles are the letters that abbreviate a title with a dot (د.
// for دكتور, م. for مهندس, أ. for أستاذ).
var arAbbrevTitles = map[string]bool{"د": true, "م": true, "ا": true}

// arTitleStops are words that end a title phrase walking back: verbs of
// saying and particles the lexicon does not hold.
var arTitleStops = map[string]bool{"قال": true, "وقال": true, "اكد": true, "واكد": true, "اضاف": true, "واضاف": true,
	"ان": true, "انه": true, "لان": true, "اما": true, "كان": true, "كانت": true, "ليس": true}

// arTimeWords are words of time adjuncts that a comma sets apart between a
// verb's subject and its object (التقى X، في جدة أول من أمس، Y).
var arTimeWords = map[string]bool{"امس": true, "اول": true, "من": true, "اليوم": true, "مساء": true, "صباح": true,
	"ظهر": true, "يوم": true, "الاحد": true, "الاثنين": true, "الثلاثاء": true, "الاربعاء": true, "الخميس": true,
	"الجمعه": true, "السبت": true, "الماضي": true, "الحالي": true, "الجاري": true, "في": true,
	"حاليا": true, "الان": true, "غدا": true}

// adjunctsOnly reports whether tokens [a, b) hold nothing but commas and
// adjuncts of time and place (، في جدة أول من أمس،) and, last, a
// preposition word: the comma sets them apart from the clause, it does
// not end it, so a recipient after them is still the verb's.
func (s *state) adjunctsOnly(a, b int) bool {
	venue := false // in a venue phrase (في مكتبه بالوزارة) up to the next comma
	for t := a; t < b; t++ {
		n := s.norms[t]
		switch {
		case n == "،" || n == ",":
			venue = false
		case arPresence[strings.TrimPrefix(n, "و")]:
			return false // بحضور X: who attends is no adjunct
		case venue && s.d.Tokens[t].Kind == doc.KindWord:
			// في مقر الحكومة اليمنية بالرياض: the venue's words and names
		case s.tokM[t] < 0 && (arVenue(n) || n == "في" && t+1 < b && arVenue(s.norms[t+1])):
			venue = true
		case arTimeWords[n]:
		case s.inDate(t):
		case s.tokM[t] >= 0 && s.ments[s.tokM[t]].prep == "في":
		case t == b-1 && arPreps[strings.TrimPrefix(n, "و")]:
		case s.d.Tokens[t].Kind == doc.KindNumber:
		case s.objAside(t) || s.used[t] || s.tokM[t] < 0 && strings.HasSuffix(n, "يا") && utf8.RuneCountInString(n) >= 5:
			// a dash, a prayer after a name (-حفظه الله-), the words of
			// the object phrase and an adverb (اتصالاً هاتفياً)
		default:
			return false
		}
	}
	return true
}

// commaThenPrep reports whether the Arabic mention m, governed by one of
// the entry's prepositions, follows a comma that only sets off the
// subject (أشادت روسيا، بجهود المملكة; نوهت منظمة الفاو العالمية، بجهود
// X): between from and the comma only quotation marks and nisba
// adjectives and the actors' own names (منظمة الأغذية والزراعة «الفاو»،),
// after it the preposition on m or on one noun of arPossessed before it.
func (s *state) commaThenPrep(from int, m mention, e *entry, actors []int) bool {
	if m.prep == "" || !e.hasPrep(m.prep) {
		return false
	}
	c := m.tokA - 1
	if c >= from && s.tokM[c] < 0 {
		if p, rest := arPrepNoun(s.norms[c]); p == m.prep && arPossessed[rest] {
			c--
		}
	}
	if c < from || s.norms[c] != "،" && s.norms[c] != "," {
		return false
	}
	for t := from; t < c; t++ {
		n := s.norms[t]
		switch {
		case s.tokM[t] >= 0:
			if !shareEntity(s.ments[s.tokM[t]].ents, actors) {
				return false
			}
		case s.d.Tokens[t].Kind != doc.KindWord:
			if n == "،" || n == "," || n == "؛" || n == ":" || n == "." {
				return false
			}
		case !strings.HasPrefix(n, "ال") || !nisbaEnd(n):
			return false
		}
	}
	return true
}

// arPresence are the words, normalised, that bring in those present at a
// meeting besides host and guest (بحضور وكيل الإمارة X).
var arPresence = map[string]bool{"بحضور": true, "حضور": true, "بمشاركه": true, "يرافقه": true, "يرافقهم": true, "برفقه": true, "ترافقه": true}

// arVenueNouns are the rooms and seats a meeting is held in (في مكتبه
// بالوزارة، بمقر الأمانة العامة، في قصر اليمامة): an adjunct of place.
var arVenueNouns = []string{"مكتب", "مقر", "قصر", "ديوان", "منزل", "مجلس", "قاعه"}

// arVenue reports whether normalised word n is a venue noun, bare or after
// في's ب and the article (بمكتبه، بالديوان، مقر).
func arVenue(n string) bool {
	n = strings.TrimPrefix(n, "و")
	n = strings.TrimPrefix(n, "ب")
	n = strings.TrimPrefix(n, "ال")
	for _, v := range arVenueNouns {
		if rest, ok := strings.CutPrefix(n, v); ok && (rest == "" || rest == "ه" || rest == "ها" || rest == "هم" || rest == "هما") {
			return true
		}
	}
	return false
}

// inDate reports whether token t lies in a date expression.
func (s *state) inDate(t int) bool {
	tok := s.d.Tokens[t]
	for _, ds := range s.dates {
		if tok.Start >= ds.Start && tok.End <= ds.End {
			return true
		}
	}
	return false
}

// titleProclitic returns the byte length of the conjunction and
// preposition glued to the title head w (ورئيس → و, لرئيس → ل, والرئيس
// → و), 0 when none: a letter is a proclitic when the rest is still a
// title head (ولي is no و + لي).
func titleProclitic(w string) int {
	n := 0
	for _, set := range []string{"وف", "بل"} {
		r, size := utf8.DecodeRuneInString(w[n:])
		if strings.ContainsRune(set, r) && (link.ArTitleHead(w[n+size:]) || arHonorifics[arNorm(w[n+size:])]) {
			n += size
		}
	}
	return n
}

// arCampaigns are the nouns of a campaign whose purpose a verbal noun
// after ل gives (حملة جوية لقصف).
var arCampaigns = map[string]bool{"حمله": true, "عمليه": true, "عمليات": true, "حملات": true}

// arAnnounceVerbs are the Arabic verbs whose object, a verbal noun, is
// their subject's own act: announcing it, deciding, beginning, going on
// with, claiming, organising or carrying it out (أعلنت السلطات القبض على،
// تواصل بورما اضطهاد، بدأت القوات قصف، نظمت حماس مسيرة احتجاجية).
// Normalised, without و/ف.
var arAnnounceVerbs = map[string]bool{
	"اعلن": true, "اعلنت": true, "يعلن": true, "تعلن": true, "اعلنوا": true,
	"قرر": true, "قررت": true, "يقرر": true, "تقرر": true,
	"بدا": true, "بدات": true, "يبدا": true, "تبدا": true,
	// began, went on (شرعت الحكومة في إجراء تحقيقات، استمرت القوات في قصف)
	"شرع": true, "شرعت": true, "يشرع": true, "تشرع": true, "شرعوا": true,
	"استمر": true, "استمرت": true, "يستمر": true, "تستمر": true,
	"واصل": true, "واصلت": true, "يواصل": true, "تواصل": true,
	"استانف": true, "استانفت": true, "يستانف": true, "تستانف": true,
	"تبني": true, "تبنت": true, "يتبني": true, "تتبني": true,
	"نظم": true, "نظمت": true, "ينظم": true, "تنظم": true, "نظموا": true,
	"نفذ": true, "نفذت": true, "ينفذ": true, "تنفذ": true, "نفذوا": true,
	"اطلق": true, "اطلقت": true, "يطلق": true, "تطلق": true, "اطلقوا": true,
	// who orders the act: وجّه الرئيس بإرسال، أمر الملك بصرف
	"وجه": true, "وجهت": true, "يوجه": true, "توجه": true, "امر": true, "امرت": true, "يامر": true,
	// the light verb قام بـ (قام الوزير بزيارة، قامت الشرطة بمداهمة) and
	// تمكّن من (تمكنت الشرطة من القبض على)
	"قام": true, "قامت": true, "يقوم": true, "تقوم": true, "قاموا": true, "يقومان": true, "تقومان": true, "يقومون": true, "قاما": true, "قامتا": true,
	"تمكن": true, "تمكنت": true, "يتمكن": true, "تتمكن": true, "تمكنوا": true,
	// the light verb أجرى (أجرى الوزير زيارة إلى موسكو); its present يجري is
	// also «is being done» (يجري التحقيق), left out
	"اجري": true, "اجرت": true, "اجروا": true, "اجريا": true,
}

// arBeginVerbs are the verbs of arAnnounceVerbs that take their verbal
// noun after «في» (شرعت X في إجراء، استمرت X في قصف); after the others
// «في» opens an adjunct (قررت الحكومة في الاجتماع خفض الدعم).
var arBeginVerbs = map[string]bool{
	"شرع": true, "شرعت": true, "يشرع": true, "تشرع": true, "شرعوا": true,
	"استمر": true, "استمرت": true, "يستمر": true, "تستمر": true,
	"بدا": true, "بدات": true, "يبدا": true, "تبدا": true,
	"واصل": true, "واصلت": true, "يواصل": true, "تواصل": true,
	"واصلوا": true, "استمروا": true, "بداوا": true,
}

// arAffiliation are the words that tie a noun to the group it belongs to
// (خلية تابعة لداعش، مسلحين موالين لـ، عناصر ينتمون إلى). Normalised.
var arAffiliation = map[string]bool{
	"تابع": true, "تابعه": true, "تابعين": true, "تابعون": true, "التابع": true, "التابعه": true, "التابعين": true,
	"موال": true, "مواليه": true, "موالين": true, "موالون": true, "الموالي": true, "المواليه": true, "الموالين": true,
	"مرتبط": true, "مرتبطه": true, "مرتبطين": true, "المرتبطه": true, "المرتبطين": true,
	"ينتمي": true, "تنتمي": true, "ينتمون": true, "ينتميان": true, "تنتميان": true, "المنتمين": true, "منتمين": true,
	// the verbal noun: مشتبهين بانتمائهم لتنظيم X
	"بانتمائهم": true, "بانتمائه": true, "بانتمائها": true, "لانتمائهم": true, "لانتمائه": true, "بالانتماء": true,
}

// announcedBy returns, for an Arabic verbal noun with the article and no
// possessor at ti, the subject of the verb of arAnnounceVerbs whose
// object it is: «أعلنت السلطات المغربية القبض» (verb, subject, noun) or
// «بورما تواصل اضطهاد» (subject, verb, noun). -1 when none.
func (s *state) announcedBy(ti, left int, sen doc.Sentence, inWin func(mention) bool) int {
	if s.en || ti-1 < sen.FirstToken {
		return -1
	}
	verb := func(t int) bool {
		// وجّه begins with و: the word as written, then without و or ف
		return t >= sen.FirstToken && s.d.Tokens[t].Kind == doc.KindWord && s.tokM[t] < 0 &&
			(arAnnounceVerbs[s.norms[t]] || arAnnounceVerbs[strings.TrimPrefix(strings.TrimPrefix(s.norms[t], "و"), "ف")])
	}
	// over an adjunct of time and the من of تمكّن من: قام الوزير اليوم
	// بزيارة، تمكنت الشرطة من القبض
	p := ti - 1
	if strings.HasPrefix(s.norms[ti], "ل") {
		// the purpose of a campaign the subject launched: أطلقت X حملة
		// جوية لقصف Y
		q := p
		for q > sen.FirstToken && ti-q <= 3 && s.tokM[q] < 0 && !arCampaigns[s.norms[q]] && nisbaEnd(s.norms[q]) {
			q-- // its adjectives: جوية، عسكرية
		}
		if q > sen.FirstToken && s.tokM[q] < 0 && arCampaigns[s.norms[q]] {
			p = q - 1
		}
	}
	for p > sen.FirstToken && s.tokM[p] < 0 && (arTimeWords[s.norms[p]] && (s.norms[p] != "في" || s.inDate(p+1)) || s.inDate(p) || s.norms[p] == "،" || s.norms[p] == ",") {
		p-- // over «أمس»، «في 2012» (a date's في, not a verbal noun's)
	}
	fi := false // «في»: only after a verb of beginning or going on
	if p > sen.FirstToken && (s.norms[p] == "من" || s.norms[p] == "عن" || s.norms[p] == "في") && s.tokM[p] < 0 {
		fi = s.norms[p] == "في"
		p-- // تمكنت الشرطة من القبض، أعلنت X عن إرسال، شرعت X في إجراء
	}
	if fi {
		verb0 := verb
		verb = func(t int) bool {
			return verb0(t) && (arBeginVerbs[s.norms[t]] || arBeginVerbs[strings.TrimPrefix(strings.TrimPrefix(s.norms[t], "و"), "ف")])
		}
	}
	if mi := s.tokM[p]; mi >= 0 {
		if s.ments[mi].tokB != p+1 {
			return -1
		}
		// the first of coordinated subjects: أعلنت X وY عن اتفاق
		for mi > 0 && s.ments[mi].coord && s.ments[mi].prep == "" && s.ments[mi-1].tokB == s.ments[mi].tokA && s.ments[mi-1].prep == "" {
			mi--
		}
		m := s.ments[mi]
		if m.prep == "" && s.actorOK(m) && inWin(m) && verb(m.titleA-1) {
			return mi
		}
		return -1
	}
	if verb(p) {
		return s.leftSubject(p, max(left, sen.FirstToken), sen, inWin)
	}
	return -1
}
