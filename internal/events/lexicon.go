package events

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/marsad/marsad/internal/doc"
)

//go:embed lexicon_ar.tsv
var lexiconAr string

//go:embed lexicon_en.tsv
var lexiconEn string

// lexiconEnCameo is generated from PETRARCH2's CAMEO verb dictionary (MIT
// licence); see gen/main.go and the header of the file.
//
//go:generate go run ./gen -verbs ../../../shared/eval/events/cameo-en/CAMEO.verbpatterns.150430.txt -plover ../../../shared/eval/events/plover/CAMEO2PLOVER-2021.txt -o lexicon_en_cameo.tsv
//go:embed lexicon_en_cameo.tsv
var lexiconEnCameo string

// entry is one line of a lexicon: a PLOVER category and how it is said.
type entry struct {
	Type, Cameo string
	// obj lists the words that must follow the trigger (each a sequence of
	// normalised words matched as prefixes); empty when none is needed.
	obj [][]string
	// preps are the normalised prepositions that introduce the recipient.
	preps []string
	// trans, sym, needRec, interj, invite are the FLAGS column.
	trans, sym, needRec, interj, invite bool
	// hamza (flag H): the past forms count only when the text writes
	// their hamza (هنأ; written هنا it is «here»).
	hamza bool
	// converse (flag C): the subject receives the act and the recipient
	// does it (تلقى X برقية تهنئة من Y: Y congratulates X); the entry
	// needs both.
	converse bool
	// objGen (flag O): the genitive or the pronoun of the verbal noun is
	// its object, never its agent (تحرير عدن، بعد تحريرها، مواجهة الإرهاب);
	// the noun's agent comes only from an announcing verb, بين, an
	// adjective or من قبل.
	objGen bool
	// part (flag P): the active participle, م and the present stem, in
	// the accusative of a circumstantial clause (مطالباً، منددةً، محمّلاً
	// X المسؤولية) is a form of the entry. Only verbs of the derived
	// forms carry it: of a verb of form I, م and the stem is a passive
	// participle or a noun (مقتل، مزور).
	part bool
	// objNext (flag A): the OBJ words stand right after the verb, or
	// right after its subject's name (قطع X رأس …), not further on (قطع
	// الطريق المؤدي إلى رأس العين).
	objNext bool
	// sportMetaphor: in a sentence about sport the word is a figure of
	// the game (اجتاحت ألمانيا البرازيل بسبعة أهداف), no attack (flag M)
	sportMetaphor bool
	// fallback (flag F, English) marks a hand entry that does not hide
	// the generated entries of its forms: it is tried after them, when
	// none fits ("urge" with no object pattern of PETRARCH's is REQUEST).
	// Like a generated entry it is no trigger after a noun cue.
	fallback bool
	// gen marks an entry of the generated lexicon (lexicon_en_cameo.tsv),
	// whose forms are verbs only: the coder does not read them as nouns.
	gen  bool
	line int
}

func (e *entry) hasPrep(p string) bool {
	for _, q := range e.preps {
		if q == p {
			return true
		}
	}
	return false
}

// lexicon maps normalised forms to the entries they may express. Arabic
// present forms are keyed without their prefix (يلتقي → لتقي).
type lexicon struct {
	past, pres, masdar map[string][]*entry
	en                 map[string][]*entry
	size               map[string]int
	// stop are the words that are never triggers (اقرأ reads as أقرّا),
	// by normalised form: stopBare when the STOP line writes the form
	// without hamza, stopHamza when with it.
	stop map[string]uint8
}

const (
	stopBare  = 1
	stopHamza = 2
)

// hamzaLetters are the letters of hamza that normalisation folds away.
const hamzaLetters = "أإآؤئء"

// stopped reports whether the word raw (its surface form), normalised as
// n, is never a trigger: a STOP form written without hamza stops only
// words written without it (هنا stops هنا, not هنأ).
func (lx *lexicon) stopped(n, raw string) bool {
	st := lx.stop[n]
	if st == 0 {
		return false
	}
	if strings.ContainsAny(raw, hamzaLetters) {
		return st&stopHamza != 0
	}
	return true
}

// arNorm is the normalisation the lexicon and the coder share: doc.Normalize
// (no diacritics or tatweel, one alef, ى → ي) and ة → ه.
func arNorm(s string) string {
	n := doc.Normalize(s)
	if strings.ContainsRune(n, 'ة') {
		n = strings.ReplaceAll(n, "ة", "ه")
	}
	return n
}

func splitCol(s string) []string {
	if s == "-" || s == "" {
		return nil
	}
	parts := strings.Split(s, "|")
	out := parts[:0]
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, arNorm(p))
		}
	}
	return out
}

func parseEntry(typ, cameo, obj, prep, flags string, line int) (*entry, error) {
	if !validTypes[typ] {
		return nil, fmt.Errorf("line %d: unknown PLOVER type %q", line, typ)
	}
	e := &entry{Type: typ, Cameo: cameo, line: line}
	for _, o := range splitCol(obj) {
		e.obj = append(e.obj, strings.Fields(o))
	}
	e.preps = splitCol(prep)
	if flags != "-" {
		for _, f := range flags {
			switch f {
			case 'T':
				e.trans = true
			case 'S':
				e.sym = true
			case 'R':
				e.needRec = true
			case 'I':
				e.interj = true
			case 'V':
				e.invite = true
			case 'F':
				e.fallback = true
			case 'P':
				e.part = true
			case 'H':
				e.hamza = true
			case 'C':
				e.converse = true
			case 'O':
				e.objGen = true
			case 'A':
				e.objNext = true
			case 'M':
				e.sportMetaphor = true
			default:
				return nil, fmt.Errorf("line %d: unknown flag %q", line, f)
			}
		}
	}
	return e, nil
}

var validTypes = map[string]bool{
	"AGREE": true, "CONSULT": true, "SUPPORT": true, "CONCEDE": true,
	"COOPERATE": true, "AID": true, "RETREAT": true, "REQUEST": true,
	"ACCUSE": true, "REJECT": true, "THREATEN": true, "SANCTION": true,
	"PROTEST": true, "MOBILIZE": true, "COERCE": true, "ASSAULT": true,
	typeNone: true,
}

// typeNone is the type of an entry that says a phrase is no event (رفض
// التعليق: declining to comment rejects no one): when its object matches,
// the word is no trigger.
const typeNone = "NONE"

// parseLexicons reads the Arabic lexicon, the hand-written English one and
// the generated English one (enExtra, optional).
func parseLexicons(ar, en, enExtra string) (*lexicon, error) {
	lx := &lexicon{
		past: map[string][]*entry{}, pres: map[string][]*entry{},
		masdar: map[string][]*entry{}, en: map[string][]*entry{},
		size: map[string]int{}, stop: map[string]uint8{},
	}
	for i, ln := range strings.Split(ar, "\n") {
		if ln = strings.TrimRight(ln, "\r"); ln == "" || ln[0] == '#' {
			continue
		}
		c := strings.Split(ln, "\t")
		if c[0] == "STOP" && len(c) >= 2 {
			for _, raw := range strings.Split(c[1], "|") {
				bit := uint8(stopBare)
				if strings.ContainsAny(raw, hamzaLetters) {
					bit = stopHamza
				}
				for _, f := range splitCol(raw) {
					lx.stop[f] |= bit
				}
			}
			continue
		}
		if len(c) != 8 {
			return nil, fmt.Errorf("events: lexicon_ar.tsv line %d has %d columns, want 8", i+1, len(c))
		}
		e, err := parseEntry(c[0], c[1], c[5], c[6], c[7], i+1)
		if err != nil {
			return nil, fmt.Errorf("events: lexicon_ar.tsv %w", err)
		}
		lx.size[e.Type]++
		for _, f := range splitCol(c[2]) {
			lx.past[f] = append(lx.past[f], e)
		}
		for _, f := range splitCol(c[3]) {
			if !strings.HasPrefix(f, "ي") {
				return nil, fmt.Errorf("events: lexicon_ar.tsv line %d: present form %q must begin with ي", i+1, f)
			}
			lx.pres[f[len("ي"):]] = append(lx.pres[f[len("ي"):]], e)
		}
		for _, f := range splitCol(c[4]) {
			lx.masdar[f] = append(lx.masdar[f], e)
		}
	}
	if err := lx.parseEn(en, "lexicon_en.tsv", nil); err != nil {
		return nil, err
	}
	if enExtra != "" {
		// hand entries win: a form with a bare hand entry keeps only the
		// hand ones; a hand entry that needs an object covers its sense
		// only ("impose sanctions"), so the generated entries of its
		// forms stay behind it ("impose a curfew")
		hand := make(map[string]bool, len(lx.en))
		for f, es := range lx.en {
			hand[f] = slices.ContainsFunc(es, func(e *entry) bool { return !e.fallback && len(e.obj) == 0 && !e.invite })
		}
		if err := lx.parseEn(enExtra, "lexicon_en_cameo.tsv", hand); err != nil {
			return nil, err
		}
	}
	for _, m := range []map[string][]*entry{lx.past, lx.pres, lx.masdar, lx.en} {
		for k, es := range m {
			m[k] = orderEntries(es)
		}
	}
	return lx, nil
}

// parseEn reads an English lexicon named name into lx.en, leaving out the
// forms in skip.
func (lx *lexicon) parseEn(text, name string, skip map[string]bool) error {
	for i, ln := range strings.Split(text, "\n") {
		if ln = strings.TrimRight(ln, "\r"); ln == "" || ln[0] == '#' {
			continue
		}
		c := strings.Split(ln, "\t")
		if len(c) != 6 {
			return fmt.Errorf("events: %s line %d has %d columns, want 6", name, i+1, len(c))
		}
		e, err := parseEntry(c[0], c[1], c[3], c[4], c[5], i+1)
		if err != nil {
			return fmt.Errorf("events: %s %w", name, err)
		}
		e.gen = skip != nil || e.fallback
		n := 0
		for _, f := range splitCol(c[2]) {
			if skip[f] {
				continue
			}
			lx.en[f] = append(lx.en[f], e)
			n++
		}
		if n > 0 {
			lx.size["en:"+e.Type]++
		}
	}
	return nil
}

// orderEntries puts the entries that need an object or a condition before
// the bare ones, and the bare fallbacks last, keeping file order otherwise.
func orderEntries(es []*entry) []*entry {
	var a, b, c []*entry
	for _, e := range es {
		switch {
		case len(e.obj) > 0 || e.invite:
			a = append(a, e)
		case e.fallback:
			c = append(c, e)
		default:
			b = append(b, e)
		}
	}
	return append(append(a, b...), c...)
}

// kinds of trigger word.
const (
	kindPast = 'v'
	kindPres = 'p'
	kindNoun = 'n'
	// kindPart is an active participle in the accusative (مطالباً): the
	// subject of its sentence's main verb acts.
	kindPart = 'a'
)

// analysis is what the Arabic morphology rules make of a word.
type analysis struct {
	entries []*entry
	kind    byte
	// person is 1, 2 or 3; plural is true for a dual or plural subject
	// (or a dual possessor of a masdar).
	person int
	plural bool
	dual   bool
	future bool
	// pron is the attached object or possessive pronoun (ه ها هم هما ك كم
	// ي نا), "" when none.
	pron string
	// prefixed is true when the word carries a conjunction (و ف).
	conj bool
	// article is true for a masdar with the article (اللقاء).
	article bool
	// ta is true for a verb whose ت may mark a feminine singular subject:
	// the past suffix ت (قبضت: I, you or she) and the present prefix ت
	// (تقبض: you or she).
	ta bool
	// jussive is true for a present form read without the weak letter of
	// its stem (يلتق of يلتقي), which only a jussive particle allows (لم
	// يلتق); elsewhere the word is another verb (يعتد, «reckons», is no
	// يعتدي).
	jussive bool
}

// gender returns the gender a third person singular verb shows of its
// subject, 'f' (قبضت، تقبض), 'm' (قبض، يقبض), or 0 when the form shows
// none (a noun, a plural, the first person).
//
// 'p' marks a plural verb of the third person (نسقوا، يقومون): its
// subject is a group of people, no singular subject.
func (a analysis) gender() byte {
	if a.kind == kindNoun || a.dual {
		return 0
	}
	if a.plural {
		if a.person == 3 {
			return 'p'
		}
		return 0
	}
	if a.ta {
		return 'f'
	}
	if a.person == 3 {
		return 'm'
	}
	return 0
}

var objPronouns = []string{"هما", "هم", "ها", "ه", "كم", "ك", "ني", "نا"}

// past-tense subject suffixes with person and number.
var pastSuffixes = []struct {
	s      string
	person int
	plural bool
	dual   bool
}{
	{"تما", 2, true, true}, {"تم", 2, true, false}, {"نا", 1, true, false},
	{"وا", 3, true, false}, {"تا", 3, true, true}, {"ت", 1, false, false}, {"ا", 3, true, true},
}

var presSuffixes = []struct {
	s      string
	plural bool
	dual   bool
}{
	{"ان", true, true}, {"ون", true, false}, {"وا", true, false}, {"ين", false, false},
	{"ا", true, true}, {"ن", true, false},
}

// stemVariants calls f with the forms a stripped stem may stand for: itself,
// with ة restored (زيارت → زياره), with a weak final letter (التق → التقي,
// دع → دعا). It stops when f returns true.
func stemVariants(s string, f func(string) bool) bool {
	if len(s) < 4 { // at least two Arabic letters
		return false
	}
	if len(s) < 6 { // two letters: a weak verb (دع → دعا) or a doubled one (شنت → شنّ)
		return f(s+"ي") || f(s+"ا") || f(s)
	}
	if f(s) {
		return true
	}
	if strings.HasSuffix(s, "ت") && f(s[:len(s)-len("ت")]+"ه") {
		return true
	}
	if strings.HasSuffix(s, "ئ") && f(s[:len(s)-len("ئ")]+"ء") { // لقائه → لقاء
		return true
	}
	return f(s+"ي") || f(s+"ا")
}

// analyzeAr finds the lexicon entries a normalised Arabic token expresses.
// With nounOnly, only nominal readings count (a word with tanween).
func (lx *lexicon) analyzeAr(w string, nounOnly bool) (analysis, bool) {
	var a analysis
	rest := w
	if utf8.RuneCountInString(rest) == 3 {
		// وحث، فشن: a geminate verb of two letters after the
		// conjunction, when the three letters are no word of their own
		// (وعد is «promised», not «and counted»)
		if a2, ok := lx.analyzeBare(rest, nounOnly); ok {
			return a2, true
		}
	}
	for _, c := range []string{"و", "ف"} {
		if strings.HasPrefix(rest, c) && utf8.RuneCountInString(rest) >= 3 {
			if a2, ok := lx.analyzeBare(rest[len(c):], nounOnly); ok {
				a2.conj = true
				return a2, true
			}
		}
	}
	if a2, ok := lx.analyzeBare(rest, nounOnly); ok {
		return a2, true
	}
	return a, false
}

func (lx *lexicon) analyzeBare(w string, nounOnly bool) (analysis, bool) {
	// whole word
	if nounOnly {
		if a, ok := lx.noun(w); ok {
			return a, true
		}
	} else if a, ok := lx.verbOrNoun(w, true); ok {
		return a, true
	}
	if a, ok := lx.participle(w); ok {
		return a, true
	}
	// future س and purpose ل before a present verb
	for _, p := range []string{"س", "ل"} {
		if nounOnly {
			break
		}
		if strings.HasPrefix(w, p) && len(w) > 6 {
			r := w[len(p):]
			if a, ok := lx.present(r); ok {
				a.future = p == "س"
				return a, true
			}
		}
	}
	// prepositions and article before a masdar
	for _, p := range []string{"بال", "لل", "ال", "ب", "ل"} {
		if strings.HasPrefix(w, p) && len(w) > len(p)+4 {
			if a, ok := lx.noun(w[len(p):]); ok {
				a.article = strings.HasSuffix(p, "ال") || p == "لل"
				if a.article && a.pron != "" {
					// no possessive after the article: الاجتماعي is
					// the adjective «social», not «my meeting»
					continue
				}
				return a, true
			}
		}
	}
	return analysis{}, false
}

func (lx *lexicon) verbOrNoun(w string, allowNoun bool) (analysis, bool) {
	if a, ok := lx.pastForm(w); ok {
		if p, ok := lx.present(w); ok && a.pron == "" && p.pron == "" {
			// تقدم is the past «came forward» and the present «she
			// gives» (تقدم المملكة مساعدات): the entries of both
			// readings, the object deciding between them
			a.entries = mergeEntries(a.entries, p.entries)
		}
		return a, true
	}
	if a, ok := lx.present(w); ok {
		return a, true
	}
	if allowNoun {
		return lx.noun(w)
	}
	return analysis{}, false
}

// mergeEntries returns a followed by the entries of b it lacks, in a new
// slice.
func mergeEntries(a, b []*entry) []*entry {
	out := slices.Clone(a)
	for _, e := range b {
		if !slices.Contains(out, e) {
			out = append(out, e)
		}
	}
	return out
}

func (lx *lexicon) pastForm(w string) (analysis, bool) {
	a := analysis{kind: kindPast, person: 3}
	try := func(s string) bool {
		return stemVariants(s, func(k string) bool {
			if es := lx.past[k]; es != nil {
				a.entries = es
				return true
			}
			return false
		})
	}
	// Before the suffixes of the first and second person and before an
	// object pronoun a weak last letter is written (التقينا، التقيتم،
	// التقاه): a stem without it is another verb (اعتدنا is «we got used
	// to», not اعتدينا or اعتدانا).
	tryWritten := func(s string) bool {
		if es := lx.past[s]; es != nil {
			a.entries = es
			return true
		}
		return false
	}
	if es := lx.past[w]; es != nil {
		a.entries = es
		return a, true
	}
	for _, op := range append([]string{""}, objPronouns...) {
		if !strings.HasSuffix(w, op) {
			continue
		}
		s := w[:len(w)-len(op)]
		if op != "" {
			a.pron = op
			// before an object pronoun too (التقاه، اعتداه، دعاه), as ا
			if tryWritten(s) || strings.HasSuffix(s, "ا") && tryWritten(s[:len(s)-len("ا")]+"ي") {
				return a, true
			}
		}
		for _, sf := range pastSuffixes {
			find := try
			if sf.person != 3 && sf.s != "ت" {
				find = tryWritten
			}
			if strings.HasSuffix(s, sf.s) && find(s[:len(s)-len(sf.s)]) {
				a.person, a.plural, a.dual = sf.person, sf.plural, sf.dual
				a.ta = sf.s == "ت"
				if op != "" {
					a.pron = op
				} else {
					a.pron = ""
				}
				return a, true
			}
		}
		a.pron = ""
	}
	return analysis{}, false
}

func (lx *lexicon) present(w string) (analysis, bool) {
	if len(w) < 6 {
		return analysis{}, false
	}
	var person int
	var plural bool
	switch {
	case strings.HasPrefix(w, "ي"):
		person = 3
	case strings.HasPrefix(w, "ت"):
		person = 3 // or second person; the context decides
	case strings.HasPrefix(w, "ن"):
		person, plural = 1, true
	case strings.HasPrefix(w, "ا"):
		person = 1
	default:
		return analysis{}, false
	}
	s := w[2:] // every prefix is a two-byte letter
	a := analysis{kind: kindPres, person: person, plural: plural, ta: strings.HasPrefix(w, "ت")}
	look := func(k string) bool {
		return stemVariants(k, func(k string) bool {
			if es := lx.pres[k]; es != nil {
				a.entries = es
				return true
			}
			return false
		})
	}
	if es := lx.pres[s]; es != nil {
		a.entries = es
		return a, true
	}
	if look(s) { // a jussive without its weak letter: يلتق
		a.jussive = true
		return a, true
	}
	for _, op := range append([]string{""}, objPronouns...) {
		if !strings.HasSuffix(s, op) {
			continue
		}
		t := s[:len(s)-len(op)]
		if op != "" && lx.pres[t] != nil { // يلتقيه: the weak letter is written before the pronoun
			a.entries = lx.pres[t]
			a.pron = op
			return a, true
		}
		for _, sf := range presSuffixes {
			if strings.HasSuffix(t, sf.s) && look(t[:len(t)-len(sf.s)]) {
				a.plural, a.dual = sf.plural, sf.dual
				a.pron = op
				return a, true
			}
		}
	}
	return analysis{}, false
}

var nounSuffixes = []string{"هما", "هم", "ها", "ه", "كم", "ك", "نا", "ي", "ا", "ين", "ان"}

func (lx *lexicon) noun(w string) (analysis, bool) {
	a := analysis{kind: kindNoun, person: 3}
	if es := lx.masdar[w]; es != nil {
		a.entries = es
		return a, true
	}
	for _, sf := range nounSuffixes {
		if !strings.HasSuffix(w, sf) {
			continue
		}
		s := w[:len(w)-len(sf)]
		if sf == "ي" && !strings.HasSuffix(s, "ت") && !strings.HasSuffix(s, "ئ") {
			// اجتماعي, اتصالي: the adjective of the noun, far more
			// often than «my meeting»; زيارتي and لقائي stay
			continue
		}
		ok := stemVariants(s, func(k string) bool {
			if es := lx.masdar[k]; es != nil {
				a.entries = es
				return true
			}
			return false
		})
		if !ok {
			continue
		}
		switch sf {
		case "ا", "ين", "ان": // tanween alef (شكراً), dual and oblique
		case "ي":
			a.pron, a.person = "ي", 1
		case "نا":
			a.pron, a.person, a.plural = "نا", 1, true
		default:
			a.pron = sf
			a.dual = sf == "هما"
		}
		return a, true
	}
	return analysis{}, false
}

// arFormIParticiples are the active participles of form I verbs that
// news writes in the accusative after a main verb (ندد بالهجوم رافضاً
// الاتهامات، شاكراً X): stem before the ending → the past form whose
// entries they share. Listed, not derived: most form I participles are
// nouns too (طالب, a student; واعد, promising). داعياً is left out: it
// mostly closes a statement with a call on no one (داعياً إلى
// الاستمرار), which annotators of unseen news did not code.
var arFormIParticiples = map[string]string{"رافض": "رفض", "شاكر": "شكر"}

// participle reads w as the accusative active participle of an entry of
// flag P: م, the present stem (يطالب → مطالب) and the ending of the
// accusative, ا (tanween, masculine) or ه (ة, feminine), or ين (plural).
func (lx *lexicon) participle(w string) (analysis, bool) {
	for _, end := range []string{"ا", "ه", "ين"} {
		// a participle of form I, listed (arFormIParticiples)
		if past, ok := arFormIParticiples[strings.TrimSuffix(w, end)]; ok && strings.HasSuffix(w, end) {
			if es := lx.past[past]; len(es) > 0 {
				return analysis{entries: es, kind: kindPart, person: 3, plural: end == "ين", ta: end == "ه"}, true
			}
		}
	}
	if !strings.HasPrefix(w, "م") || len(w) < 8 {
		return analysis{}, false
	}
	for _, end := range []string{"ا", "ه", "ين"} {
		if !strings.HasSuffix(w, end) {
			continue
		}
		stem := w[len("م") : len(w)-len(end)]
		var es []*entry
		for _, e := range lx.pres[stem] {
			if e.part {
				es = append(es, e)
			}
		}
		if len(es) == 0 {
			continue
		}
		return analysis{entries: es, kind: kindPart, person: 3, plural: end == "ين", ta: end == "ه"}, true
	}
	return analysis{}, false
}
