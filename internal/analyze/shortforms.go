package analyze

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/marsad/marsad/internal/doc"
	"github.com/marsad/marsad/internal/lexicon"
	"github.com/marsad/marsad/internal/link"
)

// An article that has named a coalition or a group in full («التحالف
// العربي»، «تحالف دعم الشرعية في اليمن»، «تنظيم داعش»، «حركة حماس») goes
// on calling it by its head alone: «وقصف التحالف», «مركبات للتنظيم»,
// «الحركة»; so with a committee, an authority, a ministry, a council
// («دعت لجنة مبادرة السلام العربية …، وحملت اللجنة …»), a municipality, a
// court, a fund («أمانة الرياض … دعم الأمانة»). The bare head is a
// mention of that coalition, the last one named before it; before any
// full name, or followed by an adjective of its own (التحالف الوطني, a
// name of another), it is nothing.

// shortFormHeads are the heads, normalised with the article, that stand
// for the organisation named in full with them earlier in the article.
var shortFormHeads = normSet(`التحالف الائتلاف التنظيم الحركة الجماعة الحزب المتمردين
	اللجنة الهيئة الوزارة المنظمة الجمعية المجلس الجامعة الشركة الوكالة المجمع المركز الحكومة
	الأمانة البلدية الإمارة المحكمة الغرفة الصندوق المؤسسة`)

// coalitionHeads are the heads that stand for their coalition even before
// its full name (a headline's «التحالف»); the others (الحركة, «movement»,
// الجماعة, «congregation») are common nouns until the name is given.
var coalitionHeads = normSet(`التحالف الائتلاف`)

// shortFormStems are letters every written form of a head of
// shortFormHeads holds: an article without them has no short form.
var shortFormStems = []string{"ئتلاف", "تحالف", "تنظيم", "حرك", "جماع", "حزب", "متمرد",
	"لجن", "هيئ", "وزار", "منظم", "جمعي", "مجلس", "جامع", "شرك", "وكال", "مجمع", "مركز", "حكوم",
	"مان", "بلدي", "مار", "محكم", "غرف", "صندوق", "ؤسس"}

// hasShortFormStem reports whether the text s holds the letters of a
// head of shortFormHeads: a text without them needs no normalising.
func hasShortFormStem(s string) bool {
	return slices.ContainsFunc(shortFormStems, func(st string) bool { return strings.Contains(s, st) })
}

// shortFormProclitics are the conjunctions and prepositions, as written,
// that may be glued to a short form; the mention starts after them (for
// لل, after the first ل, as the event coder reads للحكومة).
var shortFormProclitics = []string{"", "و", "ف", "ب", "وب", "فب", "ل", "ول", "فل"}

// articleProclitics are the conjunctions and prepositions, as written,
// that may be glued to a word with the article; a mention starts after
// them (for لل, after the first ل, as the event coder reads للحكومة).
var articleProclitics = []string{"", "و", "ف", "ب", "وب", "ل", "ول"}

// ownerAfterProclitic returns the value owner gives the token text w
// once one of articleProclitics is off it (لل read as ل and the article),
// normalised, and the byte length of that proclitic; ok is false when no
// reading is a key of owner with a value of zero or more.
func ownerAfterProclitic(w string, owner map[string]int) (k, off int, ok bool) {
	for _, p := range articleProclitics {
		if !strings.HasPrefix(w, p) {
			continue
		}
		rest := w[len(p):]
		if strings.HasSuffix(p, "ل") {
			if !strings.HasPrefix(rest, "ل") {
				continue
			}
			rest = "ال" + rest[len("ل"):]
		}
		if k, found := owner[lexicon.Normalize(rest)]; found && k >= 0 {
			return k, len(p), true
		}
	}
	return -1, 0, false
}

// appendMention adds the mention d.Text[start:end] to e.
func appendMention(d *doc.Doc, e *link.Entity, start, end int) {
	e.Mentions = append(e.Mentions, link.Span{Start: start, End: end, Text: d.Text[start:end]})
}

// sortMentions puts the mentions of each entity in text order.
func sortMentions(ents []link.Entity) {
	for i := range ents {
		slices.SortFunc(ents[i].Mentions, func(a, b link.Span) int { return a.Start - b.Start })
	}
}

// addShortForms adds to ents the bare-head mentions of the organisations
// they name in full, and returns ents.
func addShortForms(d *doc.Doc, ents []link.Entity) []link.Entity {
	if !hasShortFormStem(d.Text) {
		return ents
	}
	type full struct {
		ent   int
		start int // where the full name is first mentioned
		head  string
	}
	var fulls []full
	for ei, e := range ents {
		if e.Type != "ORG" {
			continue
		}
		for _, m := range e.Mentions {
			first, rest, ok := strings.Cut(lexicon.Normalize(m.Text), " ")
			if first == "قوات" { // قوات التحالف العربي
				first, rest, ok = strings.Cut(rest, " ")
			}
			if !ok || rest == "" {
				continue
			}
			head := pluralOblique(first)
			if !strings.HasPrefix(head, "ال") {
				head = "ال" + head
			}
			if shortFormHeads[head] {
				fulls = append(fulls, full{ei, m.Start, head})
				break
			}
		}
	}
	if len(fulls) == 0 {
		return ents
	}
	added := false
	for _, b := range bareHeads(d, ents) {
		k := -1
		for j, f := range fulls {
			if f.head == b.head && f.start < b.start && (k < 0 || f.start > fulls[k].start) {
				k = j
			}
		}
		if k < 0 && coalitionHeads[b.head] {
			// before any full name (a headline's «التحالف»): the one
			// coalition the article names in full after it
			for j, f := range fulls {
				if f.head != b.head {
					continue
				}
				if k >= 0 && fulls[k].ent != f.ent {
					k = -2
					break
				}
				if k == -1 {
					k = j
				}
			}
		}
		if k < 0 {
			continue
		}
		e := &ents[fulls[k].ent]
		e.Mentions = append(e.Mentions, link.Span{Start: b.start, End: b.end, Text: d.Text[b.start:b.end]})
		added = true
	}
	if added {
		sortMentions(ents)
	}
	return ents
}

// pluralOblique writes a sound masculine plural in its oblique case
// (المتمردون → المتمردين), so that both cases of a head compare equal.
func pluralOblique(w string) string {
	if stem, ok := strings.CutSuffix(w, "ون"); ok && len(stem) > len("ال")+2 {
		return stem + "ين"
	}
	return w
}

// bareHead is a short form standing alone in the text.
type bareHead struct {
	start, end int // the mention, after its proclitics
	head       string
}

// bareHeads returns the short forms of shortFormHeads in d that no entity
// of ents covers and no adjective of their own follows (التحالف الوطني).
func bareHeads(d *doc.Doc, ents []link.Entity) []bareHead {
	var out []bareHead
	toks := d.Tokens
	for i, t := range toks {
		if t.Kind != doc.KindWord || !hasShortFormStem(t.Text) {
			continue // no head's letters: not normalised at all
		}
		head, off := "", 0
		for _, p := range shortFormProclitics {
			if !strings.HasPrefix(t.Text, p) {
				continue
			}
			rest := pluralOblique(lexicon.Normalize(t.Text[len(p):]))
			if strings.HasSuffix(p, "ل") {
				// للتحالف: ل and the article written ل
				if !strings.HasPrefix(rest, "ل") {
					continue
				}
				rest = "ال" + rest[len("ل"):]
			}
			if shortFormHeads[rest] {
				head, off = rest, len(p)
				break
			}
		}
		if head == "" || coveredBy(ents, t.Start, t.End) {
			continue
		}
		// an adjective after it makes the name of another (التحالف الوطني)
		if i+1 < len(toks) && toks[i+1].Kind == doc.KindWord && !strings.Contains(d.Text[t.End:toks[i+1].Start], "\n") {
			// (إلى and التي, normalised الي and التي, are no adjectives)
			if next := lexicon.Normalize(toks[i+1].Text); strings.HasPrefix(next, "ال") && adjectiveLike(next) &&
				utf8.RuneCountInString(next) >= 5 && !orgStops[next] {
				continue
			}
		}
		out = append(out, bareHead{t.Start + off, t.End, head})
	}
	return out
}

// coalitionOf are the coalitions «التحالف» alone names in an article
// that never names one in full, by the war the article reports: the one
// fighting the Houthis in Yemen, or the one fighting the Islamic State.
var coalitionOf = []struct {
	id  string
	war []string
}{
	{"org:arab-coalition", []string{"org:houthis", "gpe:YE"}},
	{"org:intl-coalition", []string{"org:isis"}},
}

// addCoalition adds, in an article that names no coalition in full, the
// mentions of «التحالف» alone to the coalition of the one war among
// coalitionOf that the article's entities name (the Houthis or Yemen, or
// the Islamic State); with both or neither it adds nothing.
func (a *Analyzer) addCoalition(d *doc.Doc, ents []link.Entity) []link.Entity {
	if !strings.Contains(d.Text, "تحالف") {
		return ents
	}
	has := func(id string) bool { return slices.ContainsFunc(ents, func(e link.Entity) bool { return e.ID == id }) }
	pick := ""
	for _, c := range coalitionOf {
		if has(c.id) {
			return ents // named in full: addShortForms has linked its short forms
		}
		if slices.ContainsFunc(c.war, has) {
			if pick != "" {
				return ents
			}
			pick = c.id
		}
	}
	if pick == "" {
		return ents
	}
	le, ok := a.lex.ByID(pick)
	if !ok {
		return ents
	}
	var ms []link.Span
	for _, b := range bareHeads(d, ents) {
		if b.head == lexicon.Normalize("التحالف") {
			ms = append(ms, link.Span{Start: b.start, End: b.end, Text: d.Text[b.start:b.end]})
		}
	}
	if len(ms) == 0 {
		return ents
	}
	return append(ents, link.Entity{ID: le.ID, Name: le.Name, NameAr: le.NameAr, Type: "ORG", Mentions: ms})
}

// forcesWord is «قوات» normalised: before a body's name it is that body
// (قوات الجيش المصري).
var forcesWord = lexicon.Normalize("قوات")

// genericPlaces map the definite place nouns that, after an
// institution's head, stand for the place named in full before
// (شرطة المنطقة for شرطة منطقة مكة المكرمة) to their construct forms.
var genericPlaces = map[string]string{
	lexicon.Normalize("المنطقة"):  lexicon.Normalize("منطقة"),
	lexicon.Normalize("المحافظة"): lexicon.Normalize("محافظة"),
	lexicon.Normalize("الولاية"):  lexicon.Normalize("ولاية"),
	lexicon.Normalize("الإمارة"):  lexicon.Normalize("إمارة"),
}

// mergeGenericPlaceOrgs merges an organisation the lexicon does not know,
// named by a head and a definite place noun alone («شرطة المنطقة»), into
// the last organisation before it with the same head and that place noun
// in construct with a name («شرطة منطقة مكة المكرمة»): the article's
// region; and one named by the first words of a longer name before it
// («وزارة الداخلية» after «وزارة الداخلية المغربية») into that one. It
// returns ents without the merged entities.
func mergeGenericPlaceOrgs(ents []link.Entity) []link.Entity {
	type full struct {
		ent   int
		start int
	}
	var drop []int
	for gi, g := range ents {
		if g.Type != "ORG" || len(g.Mentions) == 0 || !strings.HasPrefix(g.ID, "x:") {
			continue
		}
		ws := strings.Fields(lexicon.Normalize(g.Mentions[0].Text))
		if len(ws) < 2 {
			continue
		}
		// «شرطة المنطقة» for «شرطة منطقة …»; else the name itself, a
		// shorter form of a longer one (وزارة الداخلية for وزارة الداخلية
		// المغربية، قوات الشرطة for قوات الشرطة الاتحادية)
		prefix := strings.Join(ws, " ") + " "
		if len(ws) == 2 && genericPlaces[ws[1]] != "" {
			prefix = ws[0] + " " + genericPlaces[ws[1]] + " "
		}
		if slices.ContainsFunc(g.Mentions, func(m link.Span) bool {
			return len(strings.Fields(m.Text)) != len(ws)
		}) {
			continue // the entity has longer names of its own
		}
		best := full{-1, -1}
		if ws[0] == forcesWord && strings.HasPrefix(ws[1], "ال") {
			// قوات الجيش المصري is الجيش المصري, wherever that stands
			rest := strings.Join(ws[1:], " ")
			for ei, e := range ents {
				if ei != gi && e.Type == "ORG" && slices.ContainsFunc(e.Mentions, func(m link.Span) bool { return lexicon.Normalize(m.Text) == rest }) {
					best = full{ei, 0}
					break
				}
			}
		}
		for ei, e := range ents {
			if best.ent >= 0 {
				break
			}
			if ei == gi || e.Type != "ORG" {
				continue
			}
			for _, m := range e.Mentions {
				if m.Start < g.Mentions[0].Start && m.Start > best.start && strings.HasPrefix(lexicon.Normalize(m.Text), prefix) {
					best = full{ei, m.Start}
				}
			}
		}
		if best.ent < 0 {
			continue
		}
		ents[best.ent].Mentions = append(ents[best.ent].Mentions, g.Mentions...)
		slices.SortFunc(ents[best.ent].Mentions, func(a, b link.Span) int { return a.Start - b.Start })
		drop = append(drop, gi)
	}
	if len(drop) == 0 {
		return ents
	}
	out := ents[:0]
	for i, e := range ents {
		if !slices.Contains(drop, i) {
			out = append(out, e)
		}
	}
	return out
}

// terrorGroups are the groups the press calls terrorist by name; in an
// article that names one of them only, «الإرهابيين» and «العناصر
// الإرهابية» are its men (as the guidelines' gold reads them).
var terrorGroups = []string{"org:isis", "org:al-qaeda", "org:nusra"}

// terrorNouns are the phrases, normalised, that name a terrorist group's
// men without naming the group.
var terrorNouns = [][]string{
	{lexicon.Normalize("الإرهابيين")}, {lexicon.Normalize("الإرهابيون")},
	{lexicon.Normalize("العناصر"), lexicon.Normalize("الإرهابية")},
	{lexicon.Normalize("التنظيم"), lexicon.Normalize("الإرهابي")},
}

// addTerrorists adds, in an article that names exactly one of
// terrorGroups, the mentions of terrorNouns (after a proclitic) to it.
func addTerrorists(d *doc.Doc, ents []link.Entity) []link.Entity {
	if !strings.Contains(d.Text, "رهابي") {
		return ents
	}
	group := -1
	for ei, e := range ents {
		if slices.Contains(terrorGroups, e.ID) {
			if group >= 0 {
				return ents
			}
			group = ei
		}
	}
	if group < 0 {
		return ents
	}
	toks := d.Tokens
	norm := make([]string, len(toks)) // normalised once, when first needed
	normAt := func(t int) string {
		if norm[t] == "" {
			norm[t] = lexicon.Normalize(toks[t].Text)
		}
		return norm[t]
	}
	var ms []link.Span
	for i := 0; i < len(toks); i++ {
		if !doc.IsArabicWord(toks[i]) || coveredBy(ents, toks[i].Start, toks[i].End) {
			continue
		}
		for _, ph := range terrorNouns {
			if i+len(ph) > len(toks) {
				continue
			}
			off, ok := 0, true
			for k, w := range ph {
				n := normAt(i + k)
				if k == 0 {
					for _, p := range []string{"و", "ب", "ل", "وب", "ول", "ف"} {
						if rest, cut := strings.CutPrefix(n, p); cut && (rest == w || "ال"+rest == w) {
							n, off = w, len(p)
							break
						}
					}
				}
				if n != w || k > 0 && !doc.IsArabicWord(toks[i+k]) {
					ok = false
					break
				}
			}
			if !ok {
				continue
			}
			end := toks[i+len(ph)-1].End
			ms = append(ms, link.Span{Start: toks[i].Start + off, End: end, Text: d.Text[toks[i].Start+off : end]})
			i += len(ph) - 1
			break
		}
	}
	if len(ms) == 0 {
		return ents
	}
	e := &ents[group]
	e.Mentions = append(e.Mentions, ms...)
	slices.SortFunc(e.Mentions, func(a, b link.Span) int { return a.Start - b.Start })
	return ents
}
