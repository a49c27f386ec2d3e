package link

import (
	_ "embed"
	"maps"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/marsad/marsad/internal/doc"
	"github.com/marsad/marsad/internal/lexicon"
)

//go:embed titleheads_ar.txt
var titleHeadsData string

// arTitleHeads are the normalised words of titleheads_ar.txt.
var arTitleHeads = func() map[string]bool {
	m := map[string]bool{}
	for _, line := range strings.Split(titleHeadsData, "\n") {
		if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") {
			m[lexicon.Normalize(line)] = true
		}
	}
	return m
}()

// ArTitleHead reports whether the Arabic word w is a noun that opens a
// title phrase (رئيس، وزير، ولي، الأمير، والملك، لرئيس): its stem, once a
// conjunction, a preposition ب ل and the article are off, or a possessive
// pronoun after it (نظيره، نظيرتها، نظيريه، نظرائهم), is one of
// titleheads_ar.txt.
func ArTitleHead(w string) bool {
	for _, c := range lexicon.Clitics(w) {
		if ArTitleStem(c.Stem) {
			return true
		}
	}
	return false
}

// ArTitleStem is ArTitleHead for a stem already normalised and cut from
// its proclitics (a word of the document's clitic layer): it allocates
// nothing.
func ArTitleStem(stem string) bool {
	st := lexicon.StripArticle(stem)
	if arTitleHeads[st] {
		return true
	}
	for _, p := range arPossessives {
		if r, ok := strings.CutSuffix(st, p); ok && r != st && arTitleHeads[r] {
			return true
		}
	}
	return false
}

// arPossessives are the possessive pronouns a title head takes, with the
// ي of a dual in construct (نظيريه: his two counterparts), longest first.
var arPossessives = []string{"يهما", "يهم", "يها", "هما", "يه", "هم", "ها", "ه"}

// maxTitleGap is the most words a title phrase between two names may have.
const maxTitleGap = 12

// titleGap reports whether the text between two person mentions holds
// only the words of a title phrase: no punctuation, at most maxTitleGap
// words, each a title head, a word with the article (الثاني، الدفاع،
// الشريفين) or a noun in construct with the word after it (مجلس الوزراء،
// حزب القوات). An empty gap qualifies.
func titleGap(gap string) bool {
	words := strings.Fields(gap)
	if len(words) > maxTitleGap {
		return false
	}
	for i, w := range words {
		for _, r := range w {
			if !unicode.Is(unicode.Arabic, r) || unicode.IsPunct(r) {
				return false
			}
		}
		if n := lexicon.Normalize(w); strings.HasPrefix(n, "و") && !arTitleHeads[n] && ArTitleHead(w[len("و"):]) {
			return false // ووزير الخارجية: «and» another person of a list
		}
		if ArTitleHead(w) {
			continue
		}
		if gapStops[lexicon.Normalize(w)] {
			return false // a preposition or a verb of saying: مع الرئيس Y
		}
		if strings.HasPrefix(lexicon.Normalize(w), "ال") || strings.HasPrefix(lexicon.Normalize(w), "لل") {
			continue
		}
		if i+1 < len(words) && strings.HasPrefix(lexicon.Normalize(words[i+1]), "ال") {
			continue
		}
		return false
	}
	return true
}

// gapStops are words that never stand in a title phrase: prepositions and
// particles (normalised).
var gapStops = map[string]bool{"مع": true, "في": true, "من": true, "الي": true, "علي": true, "عن": true,
	"لدي": true, "بين": true, "ضد": true, "حول": true, "امام": true, "عند": true, "و": true, "ان": true,
	"قال": true, "وقال": true, "اكد": true, "واكد": true}

// titleOnly reports whether a person mention is a title used as a name:
// its first word is a title head (ولي ولي العهد، خادم الحرمين الشريفين،
// الرئيس الأذري), not a personal name.
func titleOnly(it *item) bool {
	ws := strings.Fields(it.Text)
	if len(ws) == 0 || !doc.HasArabic(ws[0]) || !ArTitleHead(ws[0]) {
		return false
	}
	// no name after the head: every word a title head, one with the
	// article, or a noun in construct with one (رئيس جمهورية الشيشان),
	// not «الأمير محمد بن سلمان»
	for i, w := range ws[1:] {
		n := lexicon.Normalize(w)
		if ArTitleHead(w) || strings.HasPrefix(n, "ال") || strings.HasPrefix(n, "لل") {
			continue
		}
		if i+2 < len(ws) && strings.HasPrefix(lexicon.Normalize(ws[i+2]), "ال") {
			continue
		}
		return false
	}
	return true
}

// mergeAppositions joins a title used as a name to the name that follows
// it over title words only («ولي ولي العهد النائب الثاني … الأمير محمد
// بن سلمان»، «خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز»): they are
// one person (GUIDELINES: a title used as a name is an alias). The
// lexicon's entity, if one of the two is, takes the other; else the name
// takes the title. Two different lexicon people are never joined.
func (st *state) mergeAppositions(items []*item) {
	for i, a := range items {
		if a.cluster == nil || a.cluster.typ != "PER" || !titleOnly(a) {
			continue
		}
		var b *item
		for _, o := range items[i+1:] {
			if o.cluster != nil && o.cluster.typ == "PER" {
				b = o
				break
			}
		}
		if b == nil || b.cluster == a.cluster || b.Start < a.End || strings.Contains(st.text[a.End:b.Start], "\n") || !titleGap(st.text[a.End:b.Start]) ||
			a.royal && !st.princeAt(a, b) {
			continue
		}
		from, into := a.cluster, b.cluster
		if from.ent != nil && into.ent != nil {
			continue
		}
		if from.ent != nil {
			from, into = into, from
		}
		for _, it := range from.items {
			it.cluster = into
			into.items = append(into.items, it)
			if !it.title && len(it.words) > 0 {
				into.names = append(into.names, it.words)
			}
		}
		into.first = min(into.first, from.first)
		from.items = nil
	}
}

// mergeTitleNames joins a person known in the article only by a title
// used as a name (a headline's «ولي ولي العهد يشكر …») to the one named
// person the text gives that same title to, right after the name (محمد بن
// سلمان بن عبدالعزيز ولي ولي العهد) or right before it over title words.
// Nothing is joined when two people are given the title.
func (st *state) mergeTitleNames(items []*item) {
	for _, c := range st.clusters {
		if c.ent != nil || c.typ != "PER" || len(c.items) == 0 || !slices.ContainsFunc(c.items, titleOnly) ||
			slices.ContainsFunc(c.items, func(it *item) bool { return !titleOnly(it) }) {
			continue
		}
		want := lexicon.Normalize(c.items[0].Text)
		var into *cluster
		for _, o := range items {
			if o.cluster == nil || o.cluster == c || o.cluster.typ != "PER" || titleOnly(o) {
				continue
			}
			after := lexicon.Normalize(strings.TrimLeft(st.text[o.End:min(len(st.text), o.End+len(c.items[0].Text)+8)], " "))
			before := ""
			if k := strings.LastIndex(st.text[:o.Start], c.items[0].Text); k >= 0 && titleGap(st.text[k+len(c.items[0].Text):o.Start]) {
				before = want
			}
			if !strings.HasPrefix(after, want+" ") && after != want && before == "" {
				continue
			}
			if into != nil && into != o.cluster {
				into = nil
				break
			}
			into = o.cluster
		}
		if into == nil {
			continue
		}
		for _, it := range c.items {
			it.cluster = into
			into.items = append(into.items, it)
		}
		into.first = min(into.first, c.first)
		c.items = nil
	}
}

// maxOfficeWords is the most words of an office used as a name.
const maxOfficeWords = 4

// addOfficeNames adds, for each person the article gives an office right
// after the name («محمد بن نايف بن عبدالعزيز ولي العهد»), a mention of him
// at every other place where that office stands alone as a name (a
// headline's «ولي العهد يبحث …»): GUIDELINES' title used as a name. An
// office given to two people, one a word of a longer office (ولي [ولي
// العهد]) or followed by a nationality (وزير الخارجية المصري: another
// office) names no one.
func (st *state) addOfficeNames(toks []token, items []*item) {
	byStart := make(map[int]int, len(toks))
	for i, t := range toks {
		byStart[t.start] = i
	}
	covered := func(a, b int) bool {
		for _, it := range items {
			if it.Start < b && a < it.End {
				return true
			}
		}
		return false
	}
	offices := map[string][]*cluster{} // office → its holders in the article
	give := func(key string, c *cluster) {
		if !slices.Contains(offices[key], c) {
			offices[key] = append(offices[key], c)
		}
	}
	for _, it := range items {
		if it.title || it.cluster == nil || it.cluster.typ != "PER" {
			continue
		}
		rest := st.text[it.End:]
		k, ok := byStart[it.End+len(rest)-len(strings.TrimLeft(rest, " "))]
		if !ok || strings.Contains(st.text[it.End:toks[k].start], "\n") {
			continue
		}
		if n := officeLen(toks, k); n >= 2 {
			if st.personAfter(toks, k+n, items) {
				continue // التقى X وزير الصحة Y: the office is Y's
			}
			give(keyOf(toks[k:k+n]), it.cluster)
		}
	}
	// and an office right before a name, over honorifics (وزير العمل
	// الدكتور مفرج الحقباني), when no other office ends right before it
	for k := range toks {
		head := officeHead(toks[k])
		if head == "" || honorificWords[head] || describedHeads[lexicon.StripArticle(head)] {
			// صاحب السمو: any prince's; مُلكية is no «ملك» with a
			// pronoun; الممثل القدير X: a trade, no office
			continue
		}
		if k > 0 && (ArTitleHead(toks[k-1].raw) || st.underOffice(toks, k)) && !strings.Contains(st.text[toks[k-1].end:toks[k].start], "\n") {
			continue // مساعد وزير الدفاع X، شقيق رئيس الوزراء X: not the holder
		}
		n := 1
		for k+n < len(toks) && n < maxOfficeWords && strings.HasPrefix(toks[k+n].key, "ال") && !ArTitleHead(toks[k+n].raw) && !isNisba(toks[k+n].key) {
			n++
		}
		if n >= 2 && k+n < len(toks) && !strings.ContainsFunc(st.text[toks[k].end:toks[k+n-1].start], unicode.IsPunct) {
			if c := st.ownerAfter(toks, k+n, items); c != nil {
				give(head+" "+keyOf(toks[k+1:k+n]), c)
			}
		}
	}
	keys := slices.Sorted(maps.Keys(offices)) // one order, whatever the map's
	for _, key := range keys {
		holders := offices[key]
		c := holders[0]
		n := strings.Count(key, " ") + 1
		// an office two people hold names no one alone; only the one
		// right after each holder's name is his (X وزير الدفاع … ووزير
		// الدفاع Y)
		shared := len(holders) > 1 || st.heldByAnother(toks, key, c, items)
		for p := 0; p+n <= len(toks); p++ {
			pre, ok := officeAt(toks, p, key)
			if !ok || covered(toks[p].start, toks[p+n-1].end) {
				continue
			}
			c := c
			if shared {
				if c = st.personEndingAt(toks, p, items); !slices.Contains(holders, c) {
					continue
				}
			}
			if o := st.ownerAfter(toks, p+n, items); o != nil && o != c {
				continue // ووزير الدفاع خواجه محمد آصف: the office of the name after it
			}
			if p > 0 && pre == 0 && (ArTitleHead(toks[p-1].raw) || st.underOffice(toks, p)) && !strings.Contains(st.text[toks[p-1].end:toks[p].start], "\n") {
				continue // ولي [ولي العهد]، مساعد [وزير الدفاع]
			}
			if st.officeGoesOn(toks, p+n) && (isNisba(toks[p+n].key) || st.personEndingAt(toks, p, items) != c) {
				// وزير الخارجية المصري، رئيس الوزراء السابق: another office
				// (right after the holder's name it is his, however it goes
				// on but by a nisba: X المدير العام لليونسكو)
				continue
			}
			a, b := toks[p].start+pre, toks[p+n-1].end
			it := &item{Span: Span{a, b, st.text[a:b]}, name: st.text[a:b], typ: "PER", title: true, order: len(items)}
			st.attach(it, c)
			items = append(items, it) // later offices do not take its words
		}
	}
}

// addressWords are the honorifics and ranks, normalised, that may stand
// between an office and its holder's name (وزير العمل الدكتور X، قائد
// القوات اللواء X، أمير المنطقة صاحب السمو الملكي الأمير X).
var addressWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`الدكتور الدكتوره د المهندس المهندسه الأستاذ الأستاذه الشيخ الشيخه السيد السيده
		اللواء الفريق العميد العقيد المقدم الرائد النقيب المستشار البروفيسور معالي سعاده فضيله سمو صاحب السمو
		الأمير الأميره الملكي ركن أول طيار بحري`) {
		m[lexicon.Normalize(w)] = true
	}
	return m
}()

// honorificWords are the words, normalised, that open a form of address
// (صاحب السمو، معالي، فخامة), no office of one person.
var honorificWords = map[string]bool{"صاحب": true, "صاحبه": true, "معالي": true, "فخامه": true, "سمو": true, "سعاده": true}

// officeProclitic reports whether token t is the title word first, alone
// or after a conjunction or preposition (لوزير العمل، ووزير العمل), and
// the bytes of that proclitic.
func officeProclitic(t token, first string) (int, bool) {
	if t.key == first {
		return 0, true
	}
	for _, p := range officeProclitics {
		if t.key == p+first && strings.HasPrefix(t.raw, p) {
			off := len(p)
			for off < len(t.raw) {
				r, size := utf8.DecodeRuneInString(t.raw[off:])
				if r != 'ـ' && !unicode.Is(unicode.Mn, r) {
					break
				}
				off += size // لـوزير، لِوزير: the tatweel or the vowel goes with the proclitic
			}
			return off, true
		}
	}
	return 0, false
}

// officeAt reports whether the office key stands at toks[p], its title
// word alone or after a proclitic (see officeProclitic), and the bytes of
// that proclitic.
func officeAt(toks []token, p int, key string) (int, bool) {
	first, rest, _ := strings.Cut(key, " ")
	n := strings.Count(key, " ") + 1
	if p+n > len(toks) {
		return 0, false
	}
	pre, ok := officeProclitic(toks[p], first)
	if !ok || keyOf(toks[p+1:p+n]) != rest {
		return 0, false
	}
	return pre, true
}

// heldByAnother reports whether the office key stands somewhere before
// the name of a person other than c's (see ownerAfter): then two people
// hold it, or the one after c's name was c's object (شكر X وزير العمل),
// and it names no one alone.
func (st *state) heldByAnother(toks []token, key string, c *cluster, items []*item) bool {
	n := strings.Count(key, " ") + 1
	for p := 0; p+n < len(toks); p++ {
		if _, ok := officeAt(toks, p, key); !ok || p > 0 && st.underOffice(toks, p) {
			continue
		}
		if o := st.ownerAfter(toks, p+n, items); o != nil && o != c {
			return true
		}
	}
	return false
}

// officeHead returns the title word of token t, normalised without its
// proclitic (ووزير، لوزير → وزير; الوزير stays), "" when t is no title
// word.
func officeHead(t token) string {
	if arTitleHeads[lexicon.StripArticle(t.key)] {
		return t.key
	}
	for _, p := range officeProclitics {
		if r, ok := strings.CutPrefix(t.key, p); ok && arTitleHeads[lexicon.StripArticle(r)] {
			return r
		}
	}
	return ""
}

// officeProclitics are the conjunctions and prepositions, normalised,
// that may be glued to the title word of an office.
var officeProclitics = []string{"و", "ل", "ب", "ف", "ول", "وب", "فل"}

// ofOffice are the nouns, normalised, that before an office name another
// person: a subordinate, an office of the office, a relative (مساعد وزير
// الدفاع، مدير مكتب وزير الدفاع، المتحدث باسم وزير الصحة، شقيق رئيس الوزراء).
var ofOffice = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`وكيل مساعد مكتب ديوان سكرتير مستشار نائب باسم شقيق زوج نجل ابن والد حرم مرافق`) {
		m[lexicon.Normalize(w)] = true
	}
	return m
}()

// underOffice reports whether the word before toks[p], with no
// conjunction, is a noun of ofOffice (مساعد [وزير الدفاع]).
func (st *state) underOffice(toks []token, p int) bool {
	if p == 0 || strings.Contains(st.text[toks[p-1].end:toks[p].start], "\n") {
		return false
	}
	w := lexicon.StripArticle(toks[p-1].key)
	for _, pc := range []string{"و", "ب", "ل", "ف"} {
		if r, ok := strings.CutPrefix(w, pc); ok && ofOffice[r] {
			w = r // بمكتب وزير الدفاع X، ومساعد وزير الدفاع X
			break
		}
	}
	if ofOffice[w] {
		return true
	}
	// a feminine noun in construct, written with ة (شقيقة، زوجة، نائبة
	// الرئيس); with ه it is «his» (والده الملك المؤسس: his father, the king)
	m, ok := strings.CutSuffix(w, "ه")
	return ok && ofOffice[m] && strings.HasSuffix(toks[p-1].raw, "ة")
}

// officeGoesOn reports whether the word at toks[q], on the line of the
// office before it, makes it another office: a nisba (وزير الخارجية
// المصري), a former holder's word (السابق، الأسبق), a body's noun with ل
// (المدير العام لشركة سابك), a second field joined by و (وزير العمل
// والتنمية الاجتماعية) or a government's (وزير الدفاع في حكومة الإقليم).
// A definite genitive with لل is left be: the twelfth and thirteenth
// rounds' never-read half lost an event when «الأمين العام للـ…» was
// another office.
func (st *state) officeGoesOn(toks []token, q int) bool {
	if q >= len(toks) || strings.Contains(st.text[toks[q-1].end:toks[q].start], "\n") {
		return false
	}
	w := toks[q].key
	switch {
	case isNisba(w), formerWords[w], strings.HasPrefix(w, "وال"):
		return true
	case strings.HasPrefix(w, "ل") && bodyHeads[w[len("ل"):]]:
		return true // المدير العام لشركة سابك (not «قال الوزير لوكالة الأنباء»: a word of the clause)
	case w == "في" && q+1 < len(toks) && governmentWords[lexicon.StripArticle(toks[q+1].key)]:
		return true
	}
	return false
}

// bodyHeads are the nouns, normalised, of a body whose office an office
// in construct with ل names (المدير العام لشركة X).
var bodyHeads = map[string]bool{"شركه": true, "جمعيه": true, "هيئه": true, "مؤسسه": true, "مجلس": true, "نادي": true,
	"منظمه": true, "وزاره": true, "جامعه": true, "بنك": true, "صندوق": true, "مركز": true, "مجموعه": true, "اتحاد": true}

// governmentWords are the nouns, normalised without the article, of the
// government or region an office after في belongs to.
var governmentWords = map[string]bool{"حكومه": true, "اقليم": true, "ولايه": true, "اماره": true}

// describedHeads are title words, normalised without the article, that
// name a trade or a role on stage rather than an office (الممثل القدير X).
var describedHeads = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`ممثل ممثلة فنان فنانة لاعب لاعبة نجم نجمة كاتب كاتبة شاعر شاعرة إعلامي إعلامية مطرب مطربة`) {
		m[lexicon.Normalize(w)] = true
	}
	return m
}()

// ownerAfter returns the cluster of the person named at toks[k] or after
// honorifics and ranks (وزير العمل [الدكتور] مفرج الحقباني), on the same
// line with no punctuation between; nil when none. A nisba is no such
// word: وزير الدفاع الأمريكي X holds another office than وزير الدفاع.
func (st *state) ownerAfter(toks []token, k int, items []*item) *cluster {
	bare := false // one word of the name the tagger left out: خواجه [محمد آصف]
	for end := min(len(toks), k+4); k < end && k > 0 && !strings.ContainsAny(st.text[toks[k-1].end:toks[k].start], "\n،,.:؛"); k++ {
		if o := st.personAt(toks[k].start, items); o != nil {
			return o
		}
		switch w := toks[k].key; {
		case addressWords[w]:
		case !bare && w != "" && !strings.HasPrefix(w, "ال") && !strings.HasPrefix(w, "و") && !gapStops[w] && isArabicStart(w):
			bare = true
		default:
			// ورئيس الاستخبارات X: another person of a list; الذي التقى
			// X: a clause; الرئيس الروسي X: another person's title
			return nil
		}
	}
	return nil
}

// isArabicStart reports whether w begins with an Arabic letter.
func isArabicStart(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.Is(unicode.Arabic, r) && unicode.IsLetter(r)
}

// personEndingAt returns the cluster of the person's item that ends right
// before toks[p] on its line, nil when none (X [وزير الدفاع]).
func (st *state) personEndingAt(toks []token, p int, items []*item) *cluster {
	if p == 0 || strings.Contains(st.text[toks[p-1].end:toks[p].start], "\n") {
		return nil
	}
	for _, it := range items {
		if it.End == toks[p-1].end && !it.title && it.cluster != nil && it.cluster.typ == "PER" {
			return it.cluster
		}
	}
	return nil
}

// personAt returns the cluster of the person's item (no title) that
// starts at byte start, nil when none.
func (st *state) personAt(start int, items []*item) *cluster {
	for _, it := range items {
		if it.Start == start && !it.title && it.cluster != nil && it.cluster.typ == "PER" {
			return it.cluster
		}
	}
	return nil
}

// personAfter reports whether a person's item starts at toks[k], or after
// nisbas and «for …» words that go on with an office (وزير الدولة للشؤون
// الخارجية الإماراتي Y), on the same line.
func (st *state) personAfter(toks []token, k int, items []*item) bool {
	for ; k < len(toks) && k > 0 && !strings.ContainsAny(st.text[toks[k-1].end:toks[k].start], "\n،,.:؛"); k++ {
		if st.personAt(toks[k].start, items) != nil {
			return true
		}
		if w := toks[k].key; !isNisba(w) && !strings.HasPrefix(w, "لل") && !strings.HasPrefix(w, "ال") || relatives[w] || ArTitleHead(toks[k].raw) {
			return false // وزير الطاقة الذي التقى X: a clause, no office
		}
	}
	return false
}

// relatives are the relative pronouns, normalised (الذي reads as a nisba).
var relatives = map[string]bool{"الذي": true, "التي": true, "الذين": true, "اللذين": true, "اللتين": true, "اللواتي": true, "اللاتي": true}

// officeLen returns the number of words of the office that starts at
// toks[k]: a title head, again for ولي ولي, then words with the article
// that are no title heads (العهد، الخارجية); 0 when toks[k] is no head.
func officeLen(toks []token, k int) int {
	if !ArTitleHead(toks[k].raw) || strings.HasPrefix(toks[k].key, "و") && ArTitleHead(toks[k].raw[len("و"):]) {
		return 0
	}
	n := 1
	for k+n < len(toks) && n < maxOfficeWords {
		w := toks[k+n]
		switch {
		case w.key == toks[k].key && n == 1: // ولي ولي العهد
		case strings.HasPrefix(w.key, "ال") && !ArTitleHead(w.raw) && !isNisba(w.key):
		default:
			return n
		}
		n++
	}
	return n
}

func keyOf(ts []token) string {
	ks := make([]string, len(ts))
	for i, t := range ts {
		ks[i] = t.key
	}
	return strings.Join(ks, " ")
}

// isNisba reports whether the normalised word w is an adjective of
// relation with the article (المصري، الأمريكية).
func isNisba(w string) bool {
	return strings.HasPrefix(w, "ال") && (strings.HasSuffix(w, "ي") || strings.HasSuffix(w, "يه"))
}
