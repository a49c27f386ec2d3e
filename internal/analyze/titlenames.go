package analyze

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/marsad/marsad/internal/doc"
	"github.com/marsad/marsad/internal/lexicon"
	"github.com/marsad/marsad/internal/link"
)

// Arabic news names a foreign official by the office and the country and
// then the name: «رئيس وزراء باكستان نواز شريف», «وزيرة الخارجية
// الأسترالية جولي بيشوب». The tagger, trained on a small corpus, misses
// many such names it has never seen; the shape finds them: a title head,
// a phrase ending with a country (its name or its adjective), then two or
// three bare words before the clause goes on.

// maxTitleNameWords is the most words a name after a title may have here.
const maxTitleNameWords = 3

// titleNameStops are words, normalised, that never begin or continue a
// name after a title: particles, prepositions, verbs of saying, time and
// number words.
var titleNameStops = normSet(`في من إلى الى على عن مع أن إن ان انه أنه التي الذي الذين حيث كما لكن بعد قبل عند
	لدى خلال منذ قال وقال يقول أكد وأكد أمس غدا اليوم هذا هذه ذلك تلك كل بين حول عبر ضد نحو أو ثم قد لم لن
	لا ما عدد عدة بعض جميع أحد أول ثاني ثالث برفقة يرافقه والوفد وفد فيما مما عندما بينما لما سبق ليس كان
	كانت أصبح صار مازال ظل منذ حتى إذ إذا لدى بدوره بدورها أيضا كذلك نفسه نفسها`)

// namesAfterTitles returns the person mentions that the shape above finds
// in the Arabic text of d where no tagged mention already stands.
func (a *Analyzer) namesAfterTitles(d *doc.Doc, tagged []link.Mention) []link.Mention {
	var out []link.Mention
	toks := d.Tokens
	taken := func(t int) bool { return mentionOverlaps(tagged, toks[t].Start, toks[t].End) }
	word := func(t int) string { return lexicon.Normalize(toks[t].Text) }
	heads := titleHeadTokens(d)
	for i := 0; i < len(toks); i++ {
		if !heads[i] {
			continue
		}
		// the title phrase: words with the article, nouns in construct,
		// ending with a country's name or adjective
		end := -1
		for j := i + 1; j < min(len(toks), i+7); j++ {
			if !doc.IsArabicWord(toks[j]) || strings.Contains(d.Text[toks[j-1].End:toks[j].Start], "\n") {
				break
			}
			w := word(j)
			if a.isDemonymKey(w) || a.placeName(w) && !strings.HasPrefix(w, "ال") {
				end = j + 1 // the country ends the phrase, or its adjective
				continue
			}
			if end > 0 || titleNameStops[w] {
				break
			}
			if strings.HasPrefix(w, "ال") || heads[j] || j+1 < len(toks) && strings.HasPrefix(word(j+1), "ال") {
				continue
			}
			if j+1 < len(toks) && a.placeName(word(j+1)) {
				continue // وزراء باكستان
			}
			break
		}
		if end < 0 || end >= len(toks) {
			continue
		}
		// the name: two or three bare words, then the clause goes on
		n := 0
		for k := end; k < min(len(toks), end+maxTitleNameWords+1); k++ {
			if !doc.IsArabicWord(toks[k]) || strings.Contains(d.Text[toks[k-1].End:toks[k].Start], "\n") {
				break
			}
			w := word(k)
			if strings.HasPrefix(w, "ال") || strings.HasPrefix(w, "و") || titleNameStops[w] || heads[k] ||
				a.placeName(w) || a.isDemonymKey(w) || taken(k) || a.notNames[w] {
				break
			}
			if !a.nameWords[w] && !a.wordNames[w] && (!nameLike(toks[k].Text, n == 0) || a.coder.ArabicVerb(toks[k].Text)) {
				break // وزير الخارجية الإيراني [دعا] دول الخليج
			}
			n++
		}
		if n < 2 || n > maxTitleNameWords {
			continue
		}
		// the word after the name must not go on with it
		if k := end + n; k < len(toks) && doc.IsArabicWord(toks[k]) && !strings.Contains(d.Text[toks[k-1].End:toks[k].Start], "\n") {
			if w := word(k); !strings.HasPrefix(w, "ال") && !strings.HasPrefix(w, "و") && !titleNameStops[w] && !heads[k] && !a.placeName(w) {
				continue
			}
		}
		s, e := toks[end].Start, toks[end+n-1].End
		out = append(out, link.Mention{Start: s, End: e, Text: d.Text[s:e], Type: "PER"})
		i = end + n - 1
	}
	return out
}

// mentionOverlaps reports whether a mention of ms overlaps [start, end).
func mentionOverlaps(ms []link.Mention, start, end int) bool {
	return slices.ContainsFunc(ms, func(m link.Mention) bool { return m.Start < end && start < m.End })
}

// nameLike reports whether the Arabic word w, as written, may be a word
// of a personal name the lists do not know: not a verb in the present
// (first, يزور), nor of the tenth form (استأنف), nor a noun with ة, a
// pronoun ه, or the tanween of an adverb (بصورة خاصة، حديثه، قائلاً).
func nameLike(w string, first bool) bool {
	if strings.ContainsRune(w, '\u064B') || strings.HasSuffix(w, "ة") || strings.HasSuffix(w, "اً") {
		return false
	}
	if strings.HasSuffix(w, "ه") && !strings.HasSuffix(w, "الله") && !strings.HasSuffix(w, "اله") {
		return false
	}
	n := lexicon.Normalize(w)
	if strings.HasPrefix(n, "است") || first && (strings.HasPrefix(n, "ي") || strings.HasPrefix(n, "ت")) {
		return false
	}
	// a preposition glued to a noun (بفيروس، للاجئين)
	return !strings.HasPrefix(n, "ب") && !strings.HasPrefix(n, "ل") && !strings.HasPrefix(n, "ك") && !strings.HasPrefix(n, "ف")
}

// placeNouns are the nouns, normalised, of a town or a province before
// its name (مدينة الرمادي، بلدة القديح). منطقة is left out (منطقة
// العمليات is no name), and so are قضاء (a district, but also «spending»:
// قضاء إجازة) and ناحية (also «side»: من ناحية ثانية).
var placeNouns = normSet(`مدينة بلدة قرية محافظة ولاية مخيم`)

// commonPlaceAdjs are adjectives, normalised, that follow a place noun
// without naming the place (مدينة كبيرة، قرية صغيرة).
var commonPlaceAdjs = normSet(`كبيرة صغيرة جديدة قديمة واحدة أخرى عدة ساحلية حدودية نائية مجاورة قريبة بعيدة
	الكبيرة الصغيرة الجديدة القديمة الساحلية الحدودية المجاورة القريبة البعيدة المذكورة نفسها`)

// toponymHeads are the first words, normalised, of place names of two
// words (تل أبيض، رأس العين، دير الزور، بئر السبع).
var toponymHeads = normSet(`تل رأس جسر عين دير بئر أبو بني كفر خان سيدي شرم بيت`)

// placesAfterNouns returns the place mentions (GPE) of d that a place
// noun introduces (في مدينة الرمادي، بقضاء حديثة، مدينة جسر الشغور) where
// no tagged mention stands: one word, or two when a bare word is in
// construct with a name that has the article.
func (a *Analyzer) placesAfterNouns(d *doc.Doc, tagged []link.Mention) []link.Mention {
	var out []link.Mention
	toks := d.Tokens
	taken := func(t int) bool { return mentionOverlaps(tagged, toks[t].Start, toks[t].End) }
	for i := 0; i+1 < len(toks); i++ {
		if !doc.IsArabicWord(toks[i]) || !mayBePlaceNoun(toks[i].Text) ||
			!placeNouns[lexicon.StripArticle(arProcliticFree(lexicon.Normalize(toks[i].Text)))] ||
			strings.HasPrefix(lexicon.Normalize(toks[i].Text), "ال") {
			continue
		}
		k := i + 1
		if !doc.IsArabicWord(toks[k]) || taken(k) || strings.Contains(d.Text[toks[i].End:toks[k].Start], "\n") {
			continue
		}
		w := lexicon.Normalize(toks[k].Text)
		if titleNameStops[w] || commonPlaceAdjs[w] || a.isDemonymKey(w) || link.ArTitleHead(toks[k].Text) || a.notNames[w] ||
			strings.HasPrefix(w, "و") || orgHeads[w] || placeNouns[w] {
			continue
		}
		if !strings.HasPrefix(w, "ال") && (strings.HasPrefix(w, "ل") || strings.HasPrefix(w, "ب") ||
			strings.HasSuffix(w, "يه") || strings.HasSuffix(w, "ي")) {
			continue // مخيم للاجئين، ولاية ثانية، ناحية أمنية: no name
		}
		end := toks[k].End
		if !strings.HasPrefix(w, "ال") && k+1 < len(toks) && doc.IsArabicWord(toks[k+1]) && !taken(k+1) {
			// جسر الشغور: a bare word in construct with a name; تل
			// عفر، رأس العين: a toponym's first word and the rest
			w2 := lexicon.Normalize(toks[k+1].Text)
			if strings.HasPrefix(w2, "ال") && !adjectiveLike(w2) && !strings.HasSuffix(w2, "ه") && !commonPlaceAdjs[w2] ||
				toponymHeads[w] && !titleNameStops[w2] && !strings.HasPrefix(w2, "و") {
				end = toks[k+1].End
			}
		}
		out = append(out, link.Mention{Start: toks[k].Start, End: end, Text: d.Text[toks[k].Start:end], Type: "GPE"})
	}
	return out
}

// arProcliticFree returns the normalised word n without one proclitic و،
// ف، ب، ل (ولمدينة → مدينة keeps only one) when what is left is a place
// noun.
func arProcliticFree(n string) string {
	for _, p := range []string{"وب", "ول", "و", "ف", "ب", "ل"} {
		if rest, ok := strings.CutPrefix(n, p); ok && placeNouns[rest] {
			return rest
		}
	}
	return n
}

// titleHeadTokens marks the Arabic tokens of d one of whose clitic-layer
// words is a title head (link.ArTitleStem), without allocating per token.
func titleHeadTokens(d *doc.Doc) []bool {
	heads := make([]bool, len(d.Tokens))
	for _, w := range d.Words {
		if !w.Clitic && !heads[w.Token] && doc.IsArabicWord(d.Tokens[w.Token]) && link.ArTitleStem(w.Norm) {
			heads[w.Token] = true
		}
	}
	return heads
}

// placeNounStems are letters every written form of a noun of placeNouns
// holds: a cheap test before the word is normalised.
var placeNounStems = []string{"مدين", "بلد", "قري", "محافظ", "ولاي", "مخيم"}

// mayBePlaceNoun reports whether the token text w may be a noun of
// placeNouns.
func mayBePlaceNoun(w string) bool {
	for _, st := range placeNounStems {
		if strings.Contains(w, st) {
			return true
		}
	}
	return false
}

// honorificForms are the forms of address and the ranks that stand right
// before a personal name (الدكتور مساعد العيبان، الفريق أول صدقي صبحي،
// المهندس زاهر الشهري), as written, with and without «و»: a token is
// looked up with no normalising.
var honorificForms = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`الدكتور د المهندس الأستاذ الاستاذ اللواء العميد العقيد المقدم الرائد النقيب الفريق
		العريف الرقيب الملازم المستشار`) {
		m[w], m["و"+w] = true, true
	}
	return m
}()

// rankTails are the words that go on a rank before the name (الفريق أول،
// اللواء ركن).
var rankTails = normSet(`أول ركن طيار بحري أركان حرب`)

// namesAfterHonorifics returns the person mentions of the Arabic text of d
// that follow an honorific or a rank where no tagged mention stands: a
// first name (one the lists know, or a bare word that may be a name) and
// either a family name with the article (الدكتور مساعد العيبان), a
// lineage (بن X … ال Y), or a second bare word before the clause goes on
// (الفريق أول صدقي صبحي، …).
func (a *Analyzer) namesAfterHonorifics(d *doc.Doc, tagged []link.Mention) []link.Mention {
	var out []link.Mention
	toks := d.Tokens
	taken := func(t int) bool { return mentionOverlaps(tagged, toks[t].Start, toks[t].End) }
	word := func(t int) string { return lexicon.Normalize(toks[t].Text) }
	sameLine := func(k int) bool {
		return k < len(toks) && doc.IsArabicWord(toks[k]) && !strings.Contains(d.Text[toks[k-1].End:toks[k].Start], "\n")
	}
	bare := func(k int, first bool) bool {
		w := word(k)
		return !strings.HasPrefix(w, "ال") && !strings.HasPrefix(w, "و") && !titleNameStops[w] && !link.ArTitleHead(toks[k].Text) &&
			!a.placeName(w) && !a.isDemonymKey(w) && !taken(k) && !a.notNames[w] && !rankTails[w] &&
			(a.nameWords[w] || a.wordNames[w] || nameLike(toks[k].Text, first) && !a.coder.ArabicVerb(toks[k].Text))
	}
	for i := 0; i+2 < len(toks); i++ {
		if !honorificForms[toks[i].Text] {
			continue
		}
		k := i + 1
		if k < len(toks) && toks[k].Text == "." { // د. X
			k++
		}
		ranked := false
		for sameLine(k) && rankTails[word(k)] {
			k, ranked = k+1, true
		}
		if !sameLine(k) || !bare(k, true) {
			continue
		}
		if strings.TrimPrefix(toks[i].Text, "و") == "الفريق" && !ranked && !a.nameWords[word(k)] {
			continue // الفريق is also «the team»: الفريق طوال الموسم
		}
		start, end := k, k+1
		for end+1 < len(toks) && sameLine(end) && isBinWord(word(end)) && sameLine(end+1) && bare(end+1, false) {
			end += 2 // بن X
		}
		switch {
		case sameLine(end) && word(end) == "ال" && sameLine(end+1) && !taken(end+1):
			end += 2 // آل فهيد
		case sameLine(end) && strings.HasPrefix(word(end), "ال") && !taken(end) && !orgStops[word(end)] &&
			!a.isDemonymKey(word(end)) && !a.placeName(word(end)) && !personAdjs[word(end)] && !adjectiveOfTitle(word(end)) &&
			!notFamilyNames[word(end)] && !link.ArTitleHead(toks[end].Text) &&
			!a.coder.ArabicVerb(toks[end].Text):
			end++ // the family name
		case end == start+1 && sameLine(end) && bare(end, false) && !(sameLine(end+1) && bare(end+1, false)):
			end++ // two bare words: صدقي صبحي
		case end == start+1:
			continue
		}
		s, e := toks[start].Start, toks[end-1].End
		out = append(out, link.Mention{Start: s, End: e, Text: d.Text[s:e], Type: "PER"})
		i = end - 1
	}
	return out
}

// notFamilyNames are definite nouns, normalised, that follow a name as
// the verb's object or a time, not as its family name (افتتح الدكتور X
// المستشفى، قال الدكتور X الثلاثاء).
var notFamilyNames = normSet(`المستشفى الموقع المشروع المركز المبنى الاجتماع المؤتمر الحفل المعرض المدينة المنطقة
	الجامعة الوزارة المدرسة المكان الملتقى الندوة البرنامج الفعاليات المهرجان المعهد الأحد الاثنين الثلاثاء
	الأربعاء الخميس الجمعة السبت اليوم أمس الليلة الماضي الجاري المقبل`)

// isBinWord reports whether the normalised word w joins a lineage.
func isBinWord(w string) bool { return w == "بن" || w == "ابن" || w == "بنت" }

// adjectiveOfTitle reports whether the normalised word w is an adjective
// that qualifies a title rather than a family name (العام، الأول).
func adjectiveOfTitle(w string) bool {
	return w == "العام" || w == "الاول" || w == "الثاني" || w == "المساعد" || w == "التنفيذي"
}

// quotedNotPerson reports whether the normalised word w, right before a
// quoted family name, makes it the name of a firm, a group or the family
// (أسواق «العثيم»، سهم «العثيم»، ميليشيات «الحوثي»، آل «الشريف»).
func quotedNotPerson(w string) bool {
	w = strings.TrimPrefix(w, "و")
	if r, ok := strings.CutPrefix(w, "ب"); ok && len(r) > 2 {
		w = r
	} else if r, ok := strings.CutPrefix(w, "ل"); ok && len(r) > 2 {
		w = r
	}
	return orgHeads[w] || link.GroupKind(w) || quotedFirmWords[w] || quotedFirmWords[lexicon.StripArticle(w)]
}

// quotedFirmWords are the nouns, normalised, before a firm's, a group's or
// a family's name in quotation marks.
var quotedFirmWords = normSet(`سهم أسهم أسواق مجموعة مصنع مصانع مؤسسة مطعم مطاعم فندق محلات متاجر علامة ماركة
	ميليشيات مليشيات ميليشيا مليشيا جماعة قبيلة عائلة أسرة آل ال أنصار عناصر مسلحي مسلحو`)

// quoteOpen and quoteClose pair the quotation marks the press puts round a
// name («الشريف»، "الشريف"، “الشريف”).
var quoteOpen = map[string]string{`"`: `"`, "«": "»", "“": "”"}

// quotedSurnames returns the person mentions of the Arabic text of d that
// are one word in quotation marks equal to the last word of a person's
// name found in the article: Sabq and others name a person in quotes in
// full, then by the family name in quotes («عبد الإله بن محمد الشريف»،
// then «الشريف»), where the tagger, on a word that is also an adjective,
// may see none. Only a name of two words or more lends its last word,
// and only a family name with the article or one of four letters or more.
func (a *Analyzer) quotedSurnames(d *doc.Doc, tagged []link.Mention) []link.Mention {
	lasts := map[string]bool{}
	for _, m := range tagged {
		if m.Type != "PER" {
			continue
		}
		f := strings.Fields(m.Text)
		if len(f) < 2 || link.ArTitleHead(f[0]) {
			continue // خادم الحرمين: a title's last word is no family name
		}
		if w := lexicon.Normalize(f[len(f)-1]); utf8.RuneCountInString(w) >= 4 && !isBinWord(w) {
			lasts[w] = true
		}
	}
	if len(lasts) == 0 {
		return nil
	}
	var out []link.Mention
	toks := d.Tokens
	for i := 1; i+1 < len(toks); i++ {
		cl, ok := quoteOpen[toks[i-1].Text]
		if !ok || toks[i+1].Text != cl || !lasts[lexicon.Normalize(toks[i].Text)] || mentionOverlaps(tagged, toks[i].Start, toks[i].End) {
			continue
		}
		if i > 1 && toks[i-2].Kind == doc.KindWord && quotedNotPerson(lexicon.Normalize(toks[i-2].Text)) {
			continue // أسواق «العثيم»، ميليشيات «الحوثي»: the firm or the group named after the family
		}
		out = append(out, link.Mention{Start: toks[i].Start, End: toks[i].End, Text: toks[i].Text, Type: "PER"})
	}
	return out
}
