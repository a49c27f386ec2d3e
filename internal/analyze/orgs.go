package analyze

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/marsad/marsad/internal/doc"
	"github.com/marsad/marsad/internal/lexicon"
	"github.com/marsad/marsad/internal/link"
)

// Arabic names an institution by a head noun in the construct state and
// what it is of: وزارة الداخلية، شرطة منطقة مكة المكرمة، هيئة التحقيق
// والادعاء العام، وكالة المغرب العربي للأنباء. The tagger, trained on a
// small corpus, misses most of them; orgPhrases finds them by that shape.

// orgHeads are the head nouns of institutions, normalised, without the
// article (they stand in the construct state: وزارة، not الوزارة).
var orgHeads = normSet(`مجمع وزارة شرطة هيئة مجلس جامعة شركة بنك مصرف حركة حزب جبهة منظمة وكالة صحيفة قناة
	إذاعة مؤسسة جمعية اتحاد لجنة محكمة نيابة رئاسة مديرية إدارة قيادة قوات جيش مركز معهد أكاديمية
	مستشفى مستوصف صندوق سفارة قنصلية أمانة بلدية غرفة نقابة تنظيم جماعة ائتلاف تحالف كتائب ميليشيا
	مليشيا لواء فيلق دائرة مصلحة ديوان مكتب برلمان حكومة كلية مكتبة دارة`)

// daraWord is دارة normalised (داره, also «his house»).
var daraWord = lexicon.Normalize("دارة")

// orgDefiniteHeads are heads that name an institution with the article
// and an adjective after them: القوات المسلحة المصرية، المقاومة الشعبية.
var orgDefiniteHeads = normSet(`القوات الجيش الشرطة الحرس المقاومة الاستخبارات المخابرات الميليشيات المليشيات الأمانة المحكمة
	الديوان المعارضة الحكومة`)

// orgForHeads are definite heads that name an institution only with a
// «for …» word of orgForTails after them (الهيئة العامة للطيران المدني،
// المؤسسة العامة للتدريب التقني): «الهيئة العامة» alone refers back.
var orgForHeads = normSet(`الهيئة المؤسسة الشركة المديرية الوكالة الجمعية المركز الصندوق اللجنة المجلس المنظمة المعهد`)

// orgForceHeads are the definite heads of a nation's armed and security
// bodies: with the nation's adjective after them (القوات المسلحة المصرية،
// الجيش اليمني، الشرطة الروسية، المخابرات الأمريكية) they name an
// organisation of that country, which the guidelines' gold annotates as
// an ORG and the event coder takes as the actor.
var orgForceHeads = normSet(`القوات الجيش الشرطة الحرس الاستخبارات المخابرات المعارضة الحكومة المقاومة`)

// orgLeadHeads are heads that, followed by the name of a place, mean the
// place's leadership or its battlefront, not an institution: «قيادة
// السعودية» is the country acting, «جبهة الضالع» the fighting at Dhale
// (the place is the mention; جبهة النصرة is in the lexicon).
var orgLeadHeads = normSet(`قيادة جبهة`)

// kingdomWord is «المملكة» normalised.
var kingdomWord = lexicon.Normalize("المملكة")

// orgConstructs are nouns without the article that may go on the name
// before what they are of: شرطة منطقة مكة، بلدية محافظة جدة.
var orgConstructs = normSet(`منطقة محافظة مدينة ولاية إقليم دولة جمهورية مملكة إمارة بلدية`)

// orgStops are words with the article that end a name rather than go on
// with it: titles of the person after it, times, and participles that
// describe the body by its ties (الموالي للأكراد، المقرب من، التابع لـ).
var orgStops = normSet(`اللواء العميد العقيد المقدم الرائد النقيب الفريق المشير الدكتور الشيخ الأمير السيد
	الرئيس الوزير المتحدث الناطق المدير الأمين السفير النائب المستشار المهندس الأستاذ الملك
	اليوم الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الماضي الماضية الحالي الحالية المقبل
	المقبلة الجاري الأسبوع الشهر الذي التي الذين اللذين اللتين الآن الأخير الأخيرة
	الموالي الموالية الموالين المؤيد المؤيدة المقرب المقربة القريب القريبة التابع التابعة
	المدعوم المدعومة المناهض المناهضة`)

func normSet(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[lexicon.Normalize(w)] = true
	}
	return m
}

// orgAdjectives are the adjectives that go on an institution's name that
// are no nisba (which adjectiveLike knows by its ending).
var orgAdjectives = normSet(`العام العامة العليا الأعلى الكبرى الكبير المتحدة المستقلة المشتركة الخاصة المسلحة المتخصصة
	المختصة المكرمة المنورة الحرة الأحمر الأخضر الموحدة الفيدرالية الاتحادية المعتدلة المعتدل`)

// adjectiveLike reports whether the normalised word with the article w
// is an adjective that may go on a name: a nisba (العربي، المركزية،
// الدولية، السعوديين) or one of orgAdjectives.
func adjectiveLike(w string) bool {
	return orgAdjectives[w] || strings.HasSuffix(w, "ي") || strings.HasSuffix(w, "يه") ||
		strings.HasSuffix(w, "يين") || strings.HasSuffix(w, "يون") || strings.HasSuffix(w, "يات")
}

// orgForTails are the «for …» words that end institutions' names.
var orgForTails = normSet(`للأنباء للإعلام للتنمية للإغاثة للطاقة للنفط للتعاون للسلام للبترول للتجارة
	للصحافة للدراسات للبحوث للاستثمار للطيران للإسكان للاتصالات للكهرباء للمياه للثقافة
	للصحة للتعليم للتدريب للرياضة للعلوم للتقنية للأبحاث للتأهيل للخدمات للإحصاء للمعلومات للحج
	للسياحة للآثار للتراث للمرأة للطفولة للأطفال للشباب للاجئين للسكان للأمن للدفاع للعدل للقضاء
	للزراعة للصناعة للتعدين للنقل للأدوية للغذاء للدواء للمواصفات للجودة للتأمين للتمويل للمعارض
	للمؤتمرات للفنون للآداب للترجمة للنشر للتطوير للتخطيط للإنقاذ للطوارئ للحماية للتعاونيات`)

// orgForConstructs are «for …» words in the construct state, which take
// the noun after them into the name: اللجنة الوطنية لحقوق الإنسان،
// الهيئة الوطنية لمكافحة الفساد.
var orgForConstructs = normSet(`لحقوق لمكافحة لرعاية لحماية لتنمية لتطوير لدعم لتحفيظ لشؤون لتأهيل لذوي`)

// maxOrgWords is the most words an organisation phrase takes.
const maxOrgWords = 7

// orgPhrases returns the organisation names of the Arabic sentences of d
// found by their shape: a head of orgHeads (a proclitic و ب ل ف may be
// glued to it, and is left out) followed by words with the article, names
// of places the lexicon knows, construct nouns (منطقة) and words joined
// by و with the article (التحقيق والادعاء); or a head of
// orgDefiniteHeads followed by such words; or a head of orgForHeads
// followed by such words and a «for …» word of orgForTails (الهيئة العامة
// للطيران المدني). A name needs at least one word after its head.
func (a *Analyzer) orgPhrases(d *doc.Doc) []link.Mention {
	var out []link.Mention
	toks := d.Tokens
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if !doc.IsArabicWord(t) {
			continue
		}
		if !maybeOrgHead(lexicon.Normalize(t.Text)) {
			continue
		}
		start, ok, definite, force := t.Start, false, false, false
		lead, namedAfter, chainHead := false, false, false
		needFor, sawFor := false, false
		for _, c := range lexicon.Clitics(t.Text) {
			// a reading that took the article off is no construct head:
			// الحكومة التركية is no «حكومة التركية»
			pre := lexicon.Normalize(t.Text[:c.Prefix])
			bare := !c.Article && !strings.HasSuffix(pre, "ال") && !strings.HasSuffix(pre, "لل")
			// لـ fused with the article (للمحكمة) has no span that
			// writes the name with its article: left to the tagger
			fused := c.Article && strings.HasSuffix(pre, "ل")
			switch {
			case c.Article && !fused && orgDefiniteHeads[c.Stem]:
				start, ok, definite = t.Start+c.Prefix, true, true
				force = orgForceHeads[c.Stem]
			case c.Article && fused && orgForceHeads[c.Stem]:
				// a nation's force after لـ (للجيش الأفغاني، للشرطة
				// التركية): the span starts at the article's lam, as the
				// linker writes لليمن, which names it with the alef back
				start, ok, definite, force = t.Start+c.Prefix, true, true, true
			case c.Article && !fused && orgForHeads[c.Stem]:
				start, ok, definite, needFor = t.Start+c.Prefix, true, true, true
			case bare && orgHeads[c.Stem] && (c.Stem != daraWord || strings.HasSuffix(t.Text, "ة")):
				// دارة (an institution) is داره «his house» once
				// normalised: only as written with ة
				start, ok = t.Start+c.Prefix, true
				lead = orgLeadHeads[c.Stem]
				namedAfter = namedHeads[c.Stem]
				chainHead = constructHeads[c.Stem]
			}
			if ok {
				break
			}
		}
		if !ok {
			continue
		}
		// a head after a title belongs to the title (رئيس حكومة أرمينيا),
		// unless it is named after a person (مدير مستشفى الملك فيصل)
		afterTitle := i > 0 && titleWords[lexicon.Normalize(toks[i-1].Text)]
		end, words := t.End, 1
		complement := definite // a definite head has its noun in itself
		genitive := false      // a «for …» word in construct wants its noun
		var (                  // end, words and sawFor before that word
			tailEnd, tailWords int
			tailSawFor         bool
		)
		for j := i + 1; j < len(toks) && words < maxOrgWords; j++ {
			u := toks[j]
			if !doc.IsArabicWord(u) || strings.Contains(d.Text[toks[j-1].End:u.Start], "\n") {
				break
			}
			m := lexicon.Normalize(u.Text)
			switch {
			case genitive && strings.HasPrefix(m, "ال") && len(m) > len("ال")+2:
				end, words, genitive = u.End, words+1, false // لحقوق [الإنسان]
				continue
			case orgForConstructs[m] && words > 1 && (needFor || namedAfter) && !sawFor:
				// only after heads that look for one (اللجنة الوطنية، مركز
				// الأمير سلمان): after a ministry it is a purpose (وزارة
				// الداخلية لحماية الأمن), and so is a second «for …»
				// (مركز الملك سلمان للإغاثة الإنسانية لدعم الشعب)
				tailEnd, tailWords, tailSawFor = end, words, sawFor
				end, words, sawFor, genitive = u.End, words+1, true, true
				continue
			case lead && words == 1 && (a.placeName(m) || a.isDemonymKey(m) || m == kingdomWord || orgHeads[m] || a.knownOrgAt(d.Text, toks[j:])):
				// قيادة السعودية، بقيادة المملكة، قيادة التحالف العربي،
				// قيادة قوات X: the country or the body led, which is the
				// mention
				words = 0
			case orgHeads[m] && words == 1 && !a.knownOrgAt(d.Text, toks[j:]):
				// a head in construct with another: رئاسة هيئة الأركان
				end, words = u.End, words+1
				continue
			case words == 1 && namedAfter && royalTitles[m]:
				// named after a king or a prince: مركز الملك سلمان
				// للإغاثة، جامعة الأمير محمد بن فهد
				if k := royalNameEnd(toks, j+1); k > j+1 {
					end, words, complement = toks[k-1].End, words+k-j, true
					j = k - 1
					continue
				}
			case orgStops[m]:
			case m == "العام" && j+1 < len(toks) && orgStops[lexicon.Normalize(toks[j+1].Text)]:
				// العام الماضي: a time, not «public»
			case complement && a.otherName(m):
				// المقاومة الشعبية | الحوثيين: a known name of its own
				// after the body ends it (a country's adjective does not)
			case nounsInIya[m] && complement:
				// الحكومة الإسرائيلية | المسؤولية: a noun in ية after the
				// name is the verb's object, no nisba
			case pluralsInAlif[m] && complement:
				// حكومة اليمن | الجرحى: a plural in ى normalised is no
				// nisba's ي (الأعلى، الكبرى go on with the name)
			case strings.HasPrefix(m, "ال") && len(m) > len("ال")+2 && (!complement || adjectiveLike(m)):
				// the noun the head is of, then adjectives: a definite
				// noun after them is the verb's object (الموعد)
				end, words, complement = u.End, words+1, true
				continue
			case strings.HasPrefix(m, "و") && (orgDefiniteHeads[m[len("و"):]] || orgHeads[m[len("و"):]] || a.isDemonymKey(m[len("و"):]) || a.knownWord(u.Text)):
				// الجيش الشرعي والمقاومة الشعبية: another body begins;
				// القوات السعودية والإماراتية: another nation's;
				// المقاومة الشعبية والحوثيين: a known name
			case strings.HasPrefix(m, "وال") && len(m) > len("وال")+2 && words > 1:
				end, words = u.End, words+1
				continue
			case orgForTails[m] && words > 1:
				end, words, sawFor = u.End, words+1, true // وكالة المغرب العربي للأنباء
				continue
			case orgConstructs[m] && j+1 < len(toks) && !complement:
				end, words = u.End, words+1
				continue
			case !complement && chainHead && a.constructNoun(m, d.Text, toks, j):
				// a noun in construct before the one the head is of: لجنة
				// مبادرة السلام، هيئة حقوق الإنسان، مجلس إدارة الشركة
				end, words = u.End, words+1
				continue
			case a.placeName(m) && !complement:
				end, words, complement = u.End, words+1, true
				continue
			}
			break
		}
		if genitive {
			// لدعم | سوريا، لحماية | حقوق: the «for …» word found no noun
			// with the article; the name ends before it
			end, words, sawFor = tailEnd, tailWords, tailSawFor
		}
		if words < 2 || afterTitle && !royalNamed(d.Text[start:end]) || needFor && !sawFor {
			continue
		}
		// Other definite heads with a nation's adjective (المحكمة
		// السعودية) are the country's: the event coder reads them so. Its
		// armed and security bodies (orgForceHeads) are organisations.
		if definite && !force {
			ws := strings.Fields(d.Text[start:end])
			if _, ok := a.lex.Demonym(ws[len(ws)-1]); ok {
				continue
			}
		}
		// A government is a nation's or one of govAdjs (الحكومة اليمنية،
		// الحكومة الشرعية), not e-government (الحكومة الإلكترونية).
		if definite && lexicon.StripArticle(lexicon.Normalize(t.Text[start-t.Start:])) == govStem {
			ws := strings.Fields(d.Text[start:end])
			if len(ws) < 2 {
				continue
			}
			if _, ok := a.lex.Demonym(ws[1]); !ok && !govAdjs[lexicon.Normalize(ws[1])] {
				continue
			}
		}
		// A known name followed by adjectives (حزب الله اللبناني) is the
		// known name: the lexicon finds it.
		if a.startsWithKnownName(d.Text[start:end]) {
			continue
		}
		if a.notAName(d.Text[start:end]) {
			continue // حركة المسافرين: passenger traffic
		}
		if a.interestPhrase(d.Text[start:end], start > t.Start || i > 0 && prepBefore(d, i, start)) {
			continue // في مصلحة الأمن، لمصلحة العمل الخليجي: «the interest of»
		}
		out = append(out, link.Mention{Start: start, End: end, Text: d.Text[start:end], Type: "ORG"})
		for i+1 < len(toks) && toks[i+1].Start < end {
			i++
		}
	}
	return out
}

// constructNoun reports whether the normalised word m at token j, after
// an institution's head and before the noun the head is of, is a noun in
// the construct state that goes on with the name (لجنة [مبادرة] السلام،
// هيئة [حقوق] الإنسان): a bare word of three letters or more, no
// particle, no present-tense verb (مجلس يضم الأعضاء) and no known name,
// followed on the same line by a word with the article that ends no name.
func (a *Analyzer) constructNoun(m, text string, toks []doc.Token, j int) bool {
	if strings.HasPrefix(m, "ال") || strings.HasPrefix(m, "ي") || utf8.RuneCountInString(m) < 3 ||
		constructStops[m] || a.placeName(m) || a.otherName(m) || j+1 >= len(toks) {
		return false
	}
	next := toks[j+1]
	if !doc.IsArabicWord(next) || strings.Contains(text[toks[j].End:next.Start], "\n") {
		return false
	}
	n := lexicon.Normalize(next.Text)
	if a.knownOrgAt(text, toks[j+1:]) {
		return false // مجلس إدارة | مجموعة الإيكونوميست: a name of its own
	}
	return strings.HasPrefix(n, "ال") && len(n) > len("ال")+2 && !orgStops[n] && !adjectiveLike(n)
}

// constructHeads are the heads of orgHeads that are institutions whatever
// follows them, so that a chain of nouns in construct may go on their name
// (هيئة كبار العلماء، محكمة جنايات القاهرة); not the verbal nouns and
// common nouns among the heads (إدارة شؤون الدولة, «running the state's
// affairs»; تنظيم فعاليات, «organising events»; مصلحة, مكتب, حركة).
var constructHeads = normSet(`مجمع لجنة هيئة مجلس جمعية وزارة جامعة مركز معهد صندوق مؤسسة اتحاد نقابة محكمة وكالة
	غرفة أكاديمية قوات`)

// constructStops are bare words that never go on with a name: particles,
// and nouns of time and quantity.
var constructStops = normSet(`على إلى عن من في مع بين حول بعد قبل خلال عند لدى منذ ضد عبر حتى أمام تحت فوق
	أن إن كان كانت قد لم لن كل بعض جميع عدد أكثر أقل غير مثل نحو حوالي يوم عام شهر أسبوع أمس اليوم`)

// namedHeads are the heads of orgHeads of the institutions that are
// named after people (مركز، جامعة، مستشفى); not رئاسة (برئاسة الأمير X is
// chaired by him).
var namedHeads = normSet(`مجمع جامعة مركز معهد أكاديمية مستشفى مستوصف صندوق مؤسسة جمعية مكتبة كلية دارة`)

// govStem is «حكومة» normalised without the article; govAdjs are the
// adjectives that name a government without a nation's adjective.
var (
	govStem = lexicon.Normalize("حكومة")
	govAdjs = normSet(`الشرعية الانتقالية المركزية المحلية الاتحادية المؤقتة الفيدرالية`)
)

// nounsInIya are nouns, normalised, that end like a nisba (ية) and follow
// a body's name as a verb's object (حمّلت X الحكومة الإسرائيلية
// المسؤولية).
var nounsInIya = normSet(`المسؤولية الأولوية الحرية الهوية الجنسية العضوية الأغلبية الأكثرية الحماية الرعاية
	الوصاية الولاية الأهمية`)

// pluralsInAlif are plurals in ى, normalised, that follow a body's name
// without being part of it (ستنقل حكومة اليمن الجرحى).
var pluralsInAlif = normSet(`الجرحى القتلى الأسرى المرضى الموتى الجرحي القتلي الاسري`)

// royalTitles are the titles, normalised, of the people institutions are
// named after (مركز الملك سلمان، جامعة الأمير سلطان).
var royalTitles = normSet(`الملك الأمير الشيخ الإمام`)

// royalNamed reports whether the institution's name n is named after a
// king or a prince (مركز الملك سلمان للإغاثة): the person's name in it is
// no mention of him.
func royalNamed(n string) bool {
	ws := strings.Fields(n)
	return len(ws) > 2 && royalTitles[lexicon.Normalize(ws[1])]
}

// royalNameEnd returns the token after the personal name that starts at
// token i: one word (or عبد and the word after it), then «بن X» links;
// i when no name starts there.
func royalNameEnd(toks []doc.Token, i int) int {
	word := func(k int) bool {
		if k >= len(toks) || !doc.IsArabicWord(toks[k]) {
			return false
		}
		n := lexicon.Normalize(toks[k].Text)
		return !strings.HasPrefix(n, "ال") && !strings.HasPrefix(n, "لل") && !strings.HasPrefix(n, "و")
	}
	if !word(i) {
		return i
	}
	// عبد and the name of God after it (عبد العزيز، عبد الله): its article
	// is the name's
	abd := func(k int) int {
		switch lexicon.Normalize(toks[k].Text) {
		case "عبد", "ابي", "ابو": // and a kunya: علي بن أبي طالب
			if k+1 < len(toks) && doc.IsArabicWord(toks[k+1]) {
				return k + 2
			}
		}
		return k + 1
	}
	k := abd(i)
	for k+1 < len(toks) && (lexicon.Normalize(toks[k].Text) == "بن" || lexicon.Normalize(toks[k].Text) == "بنت") && word(k+1) {
		k = abd(k + 1)
	}
	return k
}

// otherName reports whether the normalised word m is the name of an
// organisation the lexicon knows (الحوثيين); a place's name after a body
// is its adjective or what it is of (شرطة المنطقة الشرقية، القوات
// المسلحة السعودية).
func (a *Analyzer) otherName(m string) bool {
	return !a.isDemonymKey(m) && a.orgKey(m)
}

// orgKey reports whether the lexicon knows the normalised key as an
// organisation's name.
func (a *Analyzer) orgKey(key string) bool {
	for _, e := range a.lex.LookupKey(key) {
		if e.Type == "ORG" {
			return true
		}
	}
	return false
}

// maybeOrgHead reports whether the normalised word n may be a head of
// orgHeads or orgDefiniteHeads after up to three letters of proclitics: a
// cheap test before the clitic readings are computed.
func maybeOrgHead(n string) bool {
	for i, k := 0, 0; k <= 3 && i < len(n); k++ {
		if orgHeads[n[i:]] || orgDefiniteHeads[n[i:]] || orgForHeads[n[i:]] {
			return true
		}
		_, size := utf8.DecodeRuneInString(n[i:])
		i += size
	}
	return false
}

// startsWithKnownName reports whether the phrase s begins with two words
// or more that the lexicon knows as a name.
func (a *Analyzer) startsWithKnownName(s string) bool {
	ws := strings.Fields(lexicon.Normalize(s))
	for k := len(ws); k >= 2; k-- {
		if len(a.lex.LookupKey(strings.Join(ws[:k], " "))) > 0 {
			return true
		}
	}
	return false
}

// knownOrgAt reports whether the tokens toks begin with the name of an
// organisation the lexicon knows, of up to three words (التحالف العربي).
func (a *Analyzer) knownOrgAt(text string, toks []doc.Token) bool {
	var ws []string
	for _, t := range toks[:min(3, len(toks))] {
		if !doc.IsArabicWord(t) {
			break
		}
		ws = append(ws, lexicon.Normalize(t.Text))
		if a.orgKey(strings.Join(ws, " ")) {
			return true
		}
	}
	return false
}

// titleWords are the words of an office that an institution's name after
// them completes (رئيس حكومة X، وزير خارجية X، قائد قوات X).
var titleWords = normSet(`رئيس ورئيس لرئيس برئيس وزير ووزير لوزير سفير مدير نائب قائد زعيم أمين مسؤول
	ناطق متحدث عضو أعضاء رئيسا وزيرا مستشار ممثل مندوب محافظ`)

// isDemonymKey reports whether the normalised word w is a country's
// adjective, which for some countries is its name too (السعودية).
func (a *Analyzer) isDemonymKey(w string) bool {
	_, ok := a.lex.DemonymKey(w)
	return ok
}

// placeName reports whether the normalised word w names a place the
// lexicon knows (جدة، القطيف، مكة).
func (a *Analyzer) placeName(w string) bool {
	for _, e := range a.lex.LookupKey(w) {
		if e.Type == "GPE" || e.Type == "LOC" {
			return true
		}
	}
	return false
}

// withOrgPhrases adds the organisation phrases to the tagger's mentions.
// A phrase that a person's mention overlaps, or that lies inside a longer
// mention of the tagger, is left out: the tagger's reading stands. A
// phrase kept replaces the tagger's mentions that overlap it.
func withOrgPhrases(tagged, orgs []link.Mention) []link.Mention {
	overlap := func(a, b link.Mention) bool { return a.Start < b.End && b.Start < a.End }
	var kept []link.Mention
	for _, o := range orgs {
		ok := true
		for _, t := range tagged {
			if overlap(t, o) && (t.Type == "PER" && !royalNamed(o.Text) || t.Start <= o.Start && t.End >= o.End && (t.Start < o.Start || t.End > o.End)) {
				ok = false
				break
			}
		}
		if ok {
			kept = append(kept, o)
		}
	}
	if len(kept) == 0 {
		return tagged
	}
	out := make([]link.Mention, 0, len(tagged)+len(kept))
	for _, t := range tagged {
		if !slices.ContainsFunc(kept, func(o link.Mention) bool { return overlap(t, o) }) {
			out = append(out, t)
		}
	}
	out = append(out, kept...)
	sort.Slice(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}
