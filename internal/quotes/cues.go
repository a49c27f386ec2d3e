package quotes

import (
	"strings"

	"github.com/marsad/marsad/internal/doc"
)

// cueKind says how a cue word relates to its speaker and its content.
type cueKind uint8

const (
	cueNone cueKind = iota
	// cueFinite is a finite speech verb (قال، يؤكد، said): its subject is
	// the speaker, after it in Arabic (VSO) or before it.
	cueFinite
	// cueDependent is a cue that leans on a clause before it: an active
	// participle (قائلاً، مشيراً، saying), ل + imperfect after an auxiliary
	// (مضى ليقول، عاد ليقول) or ب + verbal noun (علق بقوله). Its speaker is
	// the subject just before it or the speaker of the clause it follows.
	cueDependent
	// cueAccording is an attribution placed beside the clause: بحسب، وفق،
	// according to. Its speaker is the noun phrase after it.
	cueAccording
)

// cue is what the lexicon knows about one cue word form.
type cue struct {
	kind  cueKind
	lemma string // the 3rd person masculine past, as written in the lexicon
	// via is the preposition that introduces the source for verbs of
	// reporting (نقل عن): the speaker is the noun after it.
	via string
}

// arLemma is one Arabic speech verb in the forms the rules inflect.
// Strings are unvocalised; the rules work on their normalised forms.
type arLemma struct {
	Past   string // 3rd person masculine singular past: قال
	Imperf string // 3rd person masculine singular imperfect: يقول
	Part   string // active participle, masculine, without case ending: قائل
	Masdar string // verbal noun taken by ب + pronoun (بقوله), if used so
	Via    string // preposition that introduces the reported source (عن)
}

// arLemmas is the Arabic cue lexicon: speech and reporting verbs of news
// prose. The inflections come from arForms, not from this list.
var arLemmas = []arLemma{
	{Past: "قال", Imperf: "يقول", Part: "قائل", Masdar: "قول"},
	{Past: "أكد", Imperf: "يؤكد", Part: "مؤكد"},
	{Past: "أضاف", Imperf: "يضيف", Part: "مضيف"},
	{Past: "أوضح", Imperf: "يوضح", Part: "موضح"},
	{Past: "أشار", Imperf: "يشير", Part: "مشير"},
	{Past: "صرح", Imperf: "يصرح", Part: "مصرح"},
	{Past: "شدد", Imperf: "يشدد", Part: "مشدد"},
	{Past: "لفت", Imperf: "يلفت", Part: "لافت"},
	{Past: "اعتبر", Imperf: "يعتبر", Part: "معتبر"},
	{Past: "رأى", Imperf: "يرى"},
	{Past: "تابع", Imperf: "يتابع", Part: "متابع"},
	{Past: "استطرد", Imperf: "يستطرد", Part: "مستطرد"},
	{Past: "أردف", Imperf: "يردف", Part: "مردف"},
	{Past: "أعلن", Imperf: "يعلن", Part: "معلن"},
	{Past: "أفاد", Imperf: "يفيد"},
	{Past: "كشف", Imperf: "يكشف", Part: "كاشف"},
	{Past: "ذكر", Imperf: "يذكر"},
	{Past: "نفى", Imperf: "ينفي"},
	{Past: "حذر", Imperf: "يحذر", Part: "محذر"},
	{Past: "أعرب", Imperf: "يعرب", Part: "معرب"},
	{Past: "علق", Imperf: "يعلق", Part: "معلق"},
	{Past: "أجاب", Imperf: "يجيب", Part: "مجيب"},
	{Past: "سجل", Imperf: "يسجل"},
	{Past: "لاحظ", Imperf: "يلاحظ", Part: "ملاحظ"},
	{Past: "نقل", Imperf: "ينقل", Part: "ناقل", Via: "عن"},
}

// arAccording are the attributions placed beside a clause.
var arAccording = []string{"بحسب", "حسب", "وفق", "وفقا", "طبقا"}

// Affixes of the Arabic rules, unvocalised.
var (
	arPastSuffixes   = []string{"", "ت", "وا", "ا", "تا", "ن", "ه", "ها", "هم", "ته", "تها"}
	arImperfPrefixes = []string{"ي", "ت", "ن", "ا"}
	arImperfSuffixes = []string{"", "ون", "ان", "ين", "ن", "ه", "ها"}
	arPartSuffixes   = []string{"ا", "ة", "ين", "ون", "ان", "تين", "تان"}
	arPronouns       = []string{"ه", "ها", "هم", "هما", "ي"}
	arConj           = []string{"", "و", "ف"}
)

// arForms returns the inflected forms of a lemma, normalised, each with
// its kind. The rules:
//   - past: the suffixes of person, gender and number and an object
//     pronoun (قالت، قالوا، قاله، قالته); a hollow verb (قال) also drops
//     its long vowel before a consonant suffix (قلت، قلنا); a defective
//     verb (رأى، نفى) drops its final yeh before ت and وا (رأت، رأوا);
//   - imperfect: the person prefixes ي ت ن ا on the stem with the
//     suffixes ون ان ين ن and an object pronoun; the future prefix س;
//   - ل + imperfect (ليقول، ليؤكد) is dependent, as are the participle
//     with its case and gender endings (قائلاً، قائلة، مشيرين) and ب +
//     the verbal noun + pronoun (بقوله), which lean on a clause before;
//   - every form may take the conjunction و or ف.
func arForms(l arLemma) map[string]cueKind {
	out := map[string]cueKind{}
	add := func(form string, k cueKind) {
		for _, c := range arConj {
			if _, ok := out[c+form]; !ok || k == cueFinite {
				out[c+form] = k
			}
		}
	}
	past := norm(l.Past)
	pr := []rune(past)
	for _, s := range arPastSuffixes {
		add(past+s, cueFinite)
	}
	if len(pr) == 3 && pr[1] == 'ا' { // hollow: قال → قلت
		short := string([]rune{pr[0], pr[2]})
		for _, s := range []string{"ت", "نا", "تم"} {
			add(short+s, cueFinite)
		}
	}
	if pr[len(pr)-1] == 'ي' { // defective: رأى → رأت، رأوا
		stem := string(pr[:len(pr)-1])
		add(stem+"ت", cueFinite)
		add(stem+"وا", cueFinite)
	}
	if l.Imperf != "" {
		stem := string([]rune(norm(l.Imperf))[1:])
		sr := []rune(stem)
		for _, p := range arImperfPrefixes {
			for _, s := range arImperfSuffixes {
				add(p+stem+s, cueFinite)
				add("س"+p+stem+s, cueFinite)
				add("ل"+p+stem+s, cueDependent)
			}
			if sr[len(sr)-1] == 'ي' { // defective: يرى → يرون
				add(p+string(sr[:len(sr)-1])+"ون", cueFinite)
			}
		}
	}
	if l.Part != "" {
		for _, s := range arPartSuffixes {
			add(norm(l.Part)+s, cueDependent)
		}
	}
	if l.Masdar != "" {
		m := norm(l.Masdar)
		for _, p := range arPronouns {
			add(m+p, cueDependent)
			add("ب"+m+p, cueDependent)
		}
	}
	return out
}

// enLemma is one English speech verb: its base and, when irregular, its
// past.
type enLemma struct{ Base, Past string }

// enLemmas is the English cue lexicon; enForms inflects it.
var enLemmas = []enLemma{
	{"say", "said"}, {"tell", "told"}, {"add", ""}, {"state", ""}, {"note", ""},
	{"ask", ""}, {"warn", ""}, {"explain", ""}, {"argue", ""}, {"insist", ""},
	{"claim", ""}, {"announce", ""}, {"write", "wrote"}, {"declare", ""},
	{"reply", ""}, {"respond", ""}, {"suggest", ""}, {"acknowledge", ""},
	{"recall", ""}, {"admit", ""}, {"contend", ""}, {"report", ""},
	{"tweet", ""}, {"deny", ""}, {"predict", ""}, {"complain", ""},
	{"charge", ""}, {"assert", ""}, {"emphasize", ""}, {"stress", ""},
	{"testify", ""}, {"conclude", ""}, {"observe", ""}, {"remark", ""},
	{"maintain", ""}, {"concede", ""}, {"confirm", ""}, {"vow", ""},
	{"promise", ""}, {"believe", ""}, {"think", "thought"}, {"continue", ""},
}

// enForms returns the forms of an English lemma: the base, the third
// person -s, the past and the -ing participle (dependent: ", saying …").
func enForms(l enLemma) map[string]cueKind {
	b := l.Base
	out := map[string]cueKind{b: cueFinite}
	switch {
	case strings.HasSuffix(b, "y") && !strings.HasSuffix(b, "ay"):
		out[b[:len(b)-1]+"ies"] = cueFinite
	case strings.HasSuffix(b, "s") || strings.HasSuffix(b, "sh") || strings.HasSuffix(b, "ch"):
		out[b+"es"] = cueFinite
	default:
		out[b+"s"] = cueFinite
	}
	past := l.Past
	if past == "" {
		switch {
		case strings.HasSuffix(b, "e"):
			past = b + "d"
		case strings.HasSuffix(b, "y") && !strings.HasSuffix(b, "ay"):
			past = b[:len(b)-1] + "ied"
		default:
			past = b + "ed"
		}
	}
	out[past] = cueFinite
	ing := b + "ing"
	if strings.HasSuffix(b, "e") && !strings.HasSuffix(b, "ee") {
		ing = b[:len(b)-1] + "ing"
	}
	out[ing] = cueDependent
	return out
}

// lexicon maps normalised word forms to cues.
type lexicon map[string]cue

func buildLexicon() lexicon {
	lx := lexicon{}
	for _, l := range arLemmas {
		for f, k := range arForms(l) {
			lx[f] = cue{kind: k, lemma: l.Past, via: norm(l.Via)}
		}
	}
	for _, w := range arAccording {
		for _, c := range arConj {
			lx[c+norm(w)] = cue{kind: cueAccording, lemma: w}
		}
	}
	for _, l := range enLemmas {
		for f, k := range enForms(l) {
			lx[f] = cue{kind: k, lemma: l.Base}
		}
	}
	lx["according"] = cue{kind: cueAccording, lemma: "according to"}
	return lx
}

// norm is the form words are compared in: doc.Normalize (no diacritics
// or tatweel, one alef, ى → ي, lower case). Teh marbuta is kept: folding
// it into heh would make the verbal noun إشارة the verb أشاره.
func norm(s string) string { return doc.Normalize(s) }

// Closed classes used by the rules, normalised.
var (
	// arComps are the complementisers that open a reported clause, with
	// their attached pronouns.
	arComps = normSet("أن", "إن", "أنه", "إنه", "أنها", "إنها", "أنهم", "إنهم", "أنهما", "أنني", "إنني", "أننا", "إننا", "بأن", "بأنه", "بأنها", "بأنهم", "وأن", "وإن", "وأنه", "وإنه", "أنّ", "إنّ")
	// notComp are words after which أن is not a complementiser of speech:
	// قبل أن، غير أن، يمكن أن …
	notComp = normSet("قبل", "بعد", "بدل", "بدلا", "دون", "غير", "رغم", "برغم", "يمكن", "يجب", "منذ", "لو", "حتى", "لابد", "بد", "يبدو", "فيما", "ما", "كما", "مجرد", "بمجرد", "عسى", "شأن", "شأنه", "أجل")
	// fillers may stand between a cue and the quotation it governs.
	fillers = normSet("ما", "أيضا", "أيضاً", "كذلك", "حديثه", "حديثها", "ملاحظته", "ملاحظتها", "بدوره", "بدورها", "من", "جانبه", "جانبها", "عن", "إلى", "لـ", "ل",
		"he", "she", "they", "it", "i", "we", "also", "then", "later", "has", "had", "have", "reporters", "journalists", "that", "once", "again", "simply", "recently", "previously")
	// impersonal are the passive forms that open background, not speech:
	// «يذكر أن …» (it is worth noting that), «يشار إلى أن …».
	impersonal = normSet("يذكر", "ويذكر", "يشار", "ويشار", "يُذكر", "ويُذكر")
	// enPronouns are English subject pronouns: the speaker is found by
	// the continuation rule.
	enPronouns = normSet("he", "she", "they", "i", "we", "it")
	// enNotClause are words after a verb that begin an adjunct, not the
	// reported clause of "said he would …".
	enNotClause = normSet("in", "on", "at", "to", "of", "for", "during", "after", "before", "about", "with", "from", "by", "last", "this", "yesterday", "today", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "and", "but", "or", "so", "so,", "repeatedly", "earlier", "recently", "again", "as", "while", "when", "not", "no", "nothing", "something", "anything", "so.", "yes", "more", "much", "little", "otherwise", "afterward", "afterwards", "later", "publicly", "privately", "openly", "then")
)

func normSet(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[norm(w)] = true
	}
	return m
}
