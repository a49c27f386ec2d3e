// Package link links entity mentions to entities within an article and
// across articles: lexicon aliases, name variants (فلاديمير بوتين … بوتين),
// patronymic address (فلاديمير فلاديميروفيتش) and titles used as names
// (الرئيس الروسي) become mentions of one entity with a stable id.
package link

import (
	"encoding/hex"
	"hash/fnv"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/marsad/marsad/internal/doc"
	"github.com/marsad/marsad/internal/lexicon"
)

// Mention is a span found by the tagger or the gazetteer.
type Mention struct {
	// Start and End are byte offsets into the text; End is exclusive.
	Start, End int
	// Text is text[Start:End].
	Text string
	// Type is PER, ORG, GPE or LOC, or the tagger's PERS, LOC, ORG.
	Type string
}

// Span is one mention of an entity.
type Span struct {
	Start, End int
	Text       string
}

// Entity is one referent of an article with all its mentions.
type Entity struct {
	// ID is the lexicon id, or "x:" and a hash of the type and the
	// normalised longest name for entities the lexicon lacks; the same
	// name gets the same id in every article.
	ID string
	// Name and NameAr are the English and Arabic canonical names; for
	// unknown entities Name is empty and NameAr is the longest name.
	Name, NameAr string
	// Type is PER, ORG, GPE or LOC.
	Type string
	// Mentions are in text order.
	Mentions []Span
}

// Linker links mentions to entities. It is safe for concurrent use.
type Linker struct {
	lex *lexicon.Lexicon
}

// New returns a Linker over lex.
func New(lex *lexicon.Lexicon) *Linker {
	return &Linker{lex: lex}
}

// item is a mention during linking.
type item struct {
	Span
	// name is the mention's text as a name: Span.Text, with the article's
	// alef restored where ل dropped it (لليمن: the span is «ليمن», the
	// name «اليمن»).
	name    string
	typ     string
	words   []string // normalised words
	cluster *cluster
	// For title mentions (الرئيس الروسي): the role and country code.
	role, country string
	title         bool
	former        bool // a past office (الرئيس اليمني السابق)
	// deputy marks a title after a word of anotherOf (نائب رئيس الوزراء
	// التركي): it names no holder, only the name right after it.
	deputy bool
	byName bool // a title with the country's name (وزير خارجية إيران), which stays a mention of it
	// royal marks a bare «ولي العهد» (bareRoyalTitle): only a prince after
	// it is its holder (not the minister of «المرافق لسمو ولي العهد وزير
	// الشؤون الاجتماعية الدكتور X»)
	royal bool
	order int
}

// cluster is an entity being built.
type cluster struct {
	ent     *lexicon.Entity // nil for unknown entities
	id      string
	typ     string
	country string
	roles   []string
	former  bool       // named by a past office (الرئيس التشادي السابق X): no holder of today's
	names   [][]string // normalised names, as words
	items   []*item
	first   int
}

// normType maps the tagger's labels to the entity types.
func normType(t string) string {
	switch strings.ToUpper(t) {
	case "PER", "PERS", "PERSON":
		return "PER"
	case "ORG", "ORGANIZATION":
		return "ORG"
	case "GPE":
		return "GPE"
	case "LOC", "LOCATION":
		return "LOC"
	}
	return ""
}

func compatible(mention, lexType string) bool {
	switch mention {
	case "":
		return true
	case "GPE", "LOC":
		return lexType == "GPE" || lexType == "LOC"
	}
	return mention == lexType
}

// Link groups the mentions into entities and adds the title phrases it finds
// in text (الرئيس الروسي) as mentions of the people they name. Nationality
// adjectives given as mentions are dropped. Entities are returned in order of
// their first mention.
func (l *Linker) Link(text string, mentions []Mention) []Entity {
	return l.LinkAt(text, mentions, time.Time{})
}

// LinkAt is Link for an article published at published (zero: unknown): a
// title is resolved to the lexicon's office holder only in an article
// published since lexicon.HoldersAsOf, or of unknown date.
func (l *Linker) LinkAt(text string, mentions []Mention, published time.Time) []Entity {
	toks := tokenize(text)
	titles := l.findTitles(text, toks)
	for _, t := range titles {
		t.deputy = ofAnother(text, t.Start)
	}

	// Collect the items: title phrases win over mentions inside them.
	var items []*item
	seen := map[[2]int]bool{}
	for _, t := range titles {
		seen[[2]int{t.Start, t.End}] = true
		items = append(items, t)
	}
	sorted := append([]Mention(nil), mentions...)
	sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].Start < sorted[j].Start })
	for _, m := range sorted {
		if m.Start < 0 || m.End > len(text) || m.Start >= m.End || seen[[2]int{m.Start, m.End}] {
			continue
		}
		if insideTitle(titles, m.Start, m.End) {
			continue
		}
		if w := wordBefore(text, m.Start); (adviserOf[w] || deputyOf[w] && personNext(text, sorted, m)) && titleOnly(&item{Span: Span{Text: text[m.Start:m.End]}}) {
			continue // مستشار خادم الحرمين: the adviser's title, not the king
		}
		seen[[2]int{m.Start, m.End}] = true
		txt := m.Text
		if txt == "" || txt != text[m.Start:m.End] {
			txt = text[m.Start:m.End]
		}
		name := txt
		if elidedArticle(text, m.Start) && len(l.lex.Lookup(txt)) == 0 {
			name = "ا" + txt // لليمن; but للبنان is لـ + لبنان
		}
		items = append(items, &item{Span: Span{m.Start, m.End, txt}, name: name, typ: normType(m.Type),
			words: strings.Fields(lexicon.Normalize(name))})
	}
	sort.SliceStable(items, func(i, j int) bool { return items[i].Start < items[j].Start })
	for i, it := range items {
		it.order = i
	}

	st := &state{l: l, text: text, byID: map[string]*cluster{}, published: published}

	// 1. Lexicon aliases; nationality adjectives are dropped.
	var unknown, patron []*item
	for _, it := range items {
		if it.title || len(it.words) == 0 {
			continue
		}
		if e := l.resolve(it, text); e != nil {
			st.attach(it, st.lexCluster(e))
			continue
		}
		if l.isDemonym(it) {
			it.typ = "-"
			continue
		}
		if len(it.words) == 2 && patronymic(it.words[1]) && (it.typ == "" || it.typ == "PER") {
			patron = append(patron, it)
			continue
		}
		unknown = append(unknown, it)
	}

	// 2. Unknown names, longest first, merge with the names already seen.
	sort.SliceStable(unknown, func(i, j int) bool {
		a, b := unknown[i], unknown[j]
		if len(a.words) != len(b.words) {
			return len(a.words) > len(b.words)
		}
		if len(a.Text) != len(b.Text) {
			return len(a.Text) > len(b.Text)
		}
		return a.Start < b.Start
	})
	for _, it := range unknown {
		if c := st.match(it); c != nil {
			st.attach(it, c)
			continue
		}
		st.attach(it, st.newUnknown(it))
	}

	// 3. Patronymic address: first name + patronymic.
	for _, it := range patron {
		if c := st.byFirstName(it.words[0]); c != nil {
			st.attach(it, c)
			continue
		}
		it.typ = "PER"
		if c := st.match(it); c != nil {
			st.attach(it, c)
		} else {
			st.attach(it, st.newUnknown(it))
		}
	}

	// 4. Title phrases: appositive name, office holder, or a person of that
	// country in the article.
	// Appositions first, so that the offices they give are known to the
	// titles used alone before them (a headline's «الرئيس اليمني» before
	// the report's «الرئيس عبد ربه منصور هادي رئيس الجمهورية اليمنية»).
	for _, it := range items {
		if it.title && st.appositive(it, items) != nil {
			st.attach(it, st.resolveTitle(it, items))
		}
	}
	for _, it := range items {
		if it.title && it.cluster == nil {
			if c := st.resolveTitle(it, items); c != nil {
				st.attach(it, c)
			}
		}
	}
	// 5. A title used as a name and the name after it are one person.
	st.mergeAppositions(items)
	st.mergeTitleNames(items)
	st.addOfficeNames(toks, items)
	return st.entities()
}

// elidedArticle reports whether the Arabic mention at byte start begins
// with the lam of an article whose alef the preposition ل dropped: the
// word is لل… (لليمن، وللحوثيين) and the mention starts at its second ل.
func elidedArticle(text string, start int) bool {
	if !strings.HasPrefix(text[start:], "ل") {
		return false
	}
	before := text[:start]
	rest, ok := strings.CutSuffix(before, "ل")
	if !ok {
		return false
	}
	rest = strings.TrimSuffix(strings.TrimSuffix(rest, "و"), "ف")
	r, _ := utf8.DecodeLastRuneInString(rest)
	return rest == "" || !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r)
}

// anotherOf are the nouns, normalised, that before a title make it the
// title of another person: a deputy, an envoy, an adviser (نائب خادم
// الحرمين الشريفين، مستشار الرئيس الأمريكي), or the holder's kin (نجل
// الرئيس اليمني السابق).
var anotherOf = map[string]bool{"نائب": true, "نائبه": true, "مستشار": true, "مستشاره": true, "مساعد": true,
	"وكيل": true, "مبعوث": true, "ممثل": true, "مندوب": true, "سكرتير": true, "حرس": true, "مكتب": true,
	"نجل": true, "ابن": true, "ابنه": true, "شقيق": true, "شقيقه": true, "زوجه": true, "زوج": true,
	"والد": true, "والده": true, "حفيد": true, "اخو": true, "اخت": true, "عم": true}

// adviserOf are the nouns, normalised, of anotherOf that before a title
// used as a name (خادم الحرمين الشريفين) make it part of another
// person's office; a deputy's (نائب) is left to the title: the press
// writes «نائب خادم الحرمين» for the crown prince standing in for him.
var adviserOf = map[string]bool{"مستشار": true, "ومستشار": true, "لمستشار": true, "مستشاره": true,
	"مبعوث": true, "ومبعوث": true, "ممثل": true, "وممثل": true, "مندوب": true, "ومندوب": true}

// deputyOf are the deputy's nouns, normalised: before a title used as a
// name they make it the office of the person named right after it (نائب
// خادم الحرمين الشريفين صاحب السمو الملكي الأمير محمد بن نايف), and
// alone they are left to the title (see adviserOf).
var deputyOf = map[string]bool{"نائب": true, "ونائب": true, "لنائب": true}

// personNext reports whether a person's mention follows m in mentions
// (sorted by offset) with at most six words and no punctuation between:
// the name whose office m is part of.
func personNext(text string, mentions []Mention, m Mention) bool {
	for _, n := range mentions {
		if n.Start < m.End {
			continue
		}
		if normType(n.Type) != "PER" {
			return false
		}
		gap := text[m.End:n.Start]
		return !strings.ContainsAny(gap, "،,.:؛()«»\"") && len(strings.Fields(gap)) <= 6
	}
	return false
}

// wordBefore returns the word, normalised, right before offset start
// over white space; "" when a letter touches start.
func wordBefore(text string, start int) string {
	before := strings.TrimRight(text[:start], " \t\u00a0")
	if len(before) == len(text[:start]) {
		return ""
	}
	i := strings.LastIndexFunc(before, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) })
	return lexicon.Normalize(before[i+1:])
}

// ofAnother reports whether the word right before offset start (white
// space between) is one of anotherOf, with or without a conjunction or
// preposition glued to it (ونائب، لمستشار).
func ofAnother(text string, start int) bool {
	w := wordBefore(text, start)
	for _, p := range []string{"", "و", "ف", "ل", "ب", "ول", "وب"} {
		if p == "" || strings.HasPrefix(w, p) && len(w) > len(p)+2 {
			if anotherOf[w[len(p):]] {
				return true
			}
		}
	}
	return false
}

// insideTitle reports whether [s, e) lies inside one of the title phrases.
func insideTitle(titles []*item, s, e int) bool {
	for _, t := range titles {
		if !t.byName && s >= t.Start && e <= t.End {
			return true
		}
	}
	return false
}

// resolve returns the lexicon entity a mention names, trying the mention as
// written, without clitics, and without a leading title (الرئيس فلاديمير
// بوتين, الرئيس الأذري إلهام علييف).
func (l *Linker) resolve(it *item, text string) *lexicon.Entity {
	if opensQuote(text, it.Start) && closesQuote(text, it.End) {
		if es := l.lex.LookupQuoted(it.name); len(es) > 0 {
			return es[0]
		}
	}
	if es := l.lex.Lookup(it.name); len(es) > 0 {
		if e := l.pick(es, it.typ); e != nil {
			if c := l.capitalInContext(es, e, it.name, text[max(0, it.Start-400):min(len(text), it.End+400)]); c != nil && !l.countryNext(text, it.End) {
				return c
			}
			return e
		}
	}
	if e := l.lineage(it); e != nil {
		return e
	}
	if first, rest, ok := strings.Cut(it.name, " "); ok && GroupKind(first) {
		// حركة بوكو حرام: the group the lexicon knows by its name
		if e := l.pick(l.lex.Lookup(rest), "ORG"); e != nil && e.Type == "ORG" {
			return e
		}
	}
	// Leading title words and an optional nationality adjective.
	words := strings.Fields(it.name)
	for n := min(l.lex.MaxTitleWords(), len(words)-1); n >= 1; n-- {
		role, ok := l.lex.Role(strings.Join(words[:n], " "))
		if !ok {
			continue
		}
		rest := words[n:]
		if len(rest) > 1 {
			if c, ok := l.lex.Demonym(rest[0]); ok {
				it.role, it.country = role, c.Country
				rest = rest[1:]
			}
		}
		if e := l.pick(l.lex.Lookup(strings.Join(rest, " ")), it.typ); e != nil && e.Type == "PER" {
			return e
		}
		break
	}
	return nil
}

// groupKinds are the nouns, normalised, of a movement's or a group's kind
// that the press puts before its name (حركة بوكو حرام، جماعة الحوثي،
// تنظيم داعش).
var groupKinds = map[string]bool{"حركه": true, "جماعه": true, "تنظيم": true, "ميليشيا": true, "ميليشيات": true,
	"مليشيا": true, "مليشيات": true}

// GroupKind reports whether the word w, as written, is a noun of a
// group's kind (حركة، جماعة، تنظيم، ميليشيا) with no proclitic.
func GroupKind(w string) bool { return groupKinds[lexicon.Normalize(w)] }

// lineage returns the person the lexicon knows by the head of a longer
// lineage name: «محمد بن سلمان بن عبدالعزيز» and «سلمان بن عبدالعزيز آل
// سعود» are «محمد بن سلمان» and «سلمان بن عبدالعزيز». The name is cut
// before a later «بن» or «آل», never below a name that still holds «بن»
// itself (one given name alone is too weak a link).
func (l *Linker) lineage(it *item) *lexicon.Entity {
	if it.typ != "" && it.typ != "PER" {
		return nil
	}
	words := strings.Fields(it.name)
	if len(words) != len(it.words) {
		return nil
	}
	for i := len(words) - 1; i >= 3; i-- {
		if !isLineageWord(it.words[i]) || !slices.ContainsFunc(it.words[1:i], isBin) {
			continue
		}
		if e := l.pick(l.lex.Lookup(strings.Join(words[:i], " ")), "PER"); e != nil && e.Type == "PER" {
			return e
		}
	}
	return nil
}

// lineageJoin reports whether the span b goes on the name of span a:
// only a space between, and b starts with بن or ابن.
func lineageJoin(text string, a, b Span) bool {
	if b.Start <= a.End || strings.TrimSpace(text[a.End:b.Start]) != "" {
		return false
	}
	first, _, _ := strings.Cut(b.Text, " ")
	return isBin(lexicon.Normalize(first))
}

// isBin reports whether the normalised word w is بن، ابن or بنت.
func isBin(w string) bool { return w == "بن" || w == "ابن" || w == "بنت" }

// isLineageWord reports whether the normalised word w opens a further
// part of a lineage: بن or آل (normalised ال: the article never stands
// alone).
func isLineageWord(w string) bool { return isBin(w) || w == "ال" }

// pick chooses among lexicon candidates: the first of a compatible type,
// preferring countries over cities of the same name; nil when none fits.
func (l *Linker) pick(es []*lexicon.Entity, typ string) *lexicon.Entity {
	var best *lexicon.Entity
	for _, e := range es {
		if !compatible(typ, e.Type) {
			continue
		}
		if best == nil || best.Kind != "country" && e.Kind == "country" {
			best = e
		}
	}
	if best == nil && len(es) > 0 && typ != "PER" {
		// The lexicon is curated: trust it over the tagger's type, except
		// that a name tagged as a person is not turned into a place.
		best = es[0]
	}
	return best
}

// capitalInContext returns, when the name that picked the country e is
// also the name of another country's capital (عمان: Oman and Amman), that
// capital if the text around the mention (a few sentences, as resolve
// passes it) names its country (الأردن، الأردنية) and names e by none of
// its fuller names (سلطنة عمان); nil otherwise.
func (l *Linker) capitalInContext(es []*lexicon.Entity, e *lexicon.Entity, name, text string) *lexicon.Entity {
	if e.Kind != "country" || len(es) < 2 {
		return nil
	}
	key, norm := lexicon.Normalize(name), ""
	for _, c := range es {
		if c.Kind != "capital" || c.Country == e.Country {
			continue
		}
		home, ok := l.lex.ByID("gpe:" + c.Country)
		if !ok || !strings.Contains(text, home.NameAr) {
			continue
		}
		if norm == "" {
			norm = lexicon.Normalize(text) // once, not per alias
		}
		fuller := false
		for _, a := range e.Aliases {
			if n := lexicon.Normalize(a); n != key && strings.Contains(n, key) && strings.Contains(norm, n) {
				fuller = true
				break
			}
		}
		if !fuller {
			return c
		}
	}
	return nil
}

// countryNext reports whether a country joined by و follows offset end
// (وعمان وتركيا): a list of countries, where a country's name is one.
func (l *Linker) countryNext(text string, end int) bool {
	rest := strings.TrimLeft(text[end:], " ،,")
	w, _, _ := strings.Cut(rest, " ")
	w = strings.TrimRight(w, "،,.")
	if !strings.HasPrefix(w, "و") {
		return false
	}
	for _, e := range l.lex.Lookup(strings.TrimPrefix(w, "و")) {
		if e.Kind == "country" {
			return true
		}
	}
	return false
}

// isDemonym reports whether the mention is a nationality adjective.
func (l *Linker) isDemonym(it *item) bool {
	if len(it.words) != 1 {
		return false
	}
	_, ok := l.lex.Demonym(it.name)
	return ok
}

// state is the working set of one Link call.
type state struct {
	l         *Linker
	text      string
	published time.Time // the article's publication time, or zero
	clusters  []*cluster
	byID      map[string]*cluster
}

func (st *state) lexCluster(e *lexicon.Entity) *cluster {
	if c := st.byID[e.ID]; c != nil {
		return c
	}
	c := &cluster{ent: e, id: e.ID, typ: e.Type, country: e.Country, roles: st.l.lex.RolesAt(e, st.published), first: -1}
	for _, a := range e.Aliases {
		if w := strings.Fields(lexicon.Normalize(a)); len(w) > 0 {
			c.names = append(c.names, w)
		}
	}
	st.byID[e.ID] = c
	st.clusters = append(st.clusters, c)
	return c
}

func (st *state) newUnknown(it *item) *cluster {
	typ := it.typ
	if typ == "" {
		typ = "PER"
	}
	key := strings.Join(it.words, " ")
	idTyp := typ
	if typ == "GPE" {
		idTyp = "LOC" // a place the lexicon lacks has one id whichever kind it is
	}
	id := UnknownID(idTyp, key)
	if c := st.byID[id]; c != nil {
		return c
	}
	c := &cluster{id: id, typ: typ, first: -1}
	st.byID[id] = c
	st.clusters = append(st.clusters, c)
	return c
}

// UnknownID returns the id of an entity the lexicon lacks: "x:" and 16 hex
// digits of the FNV-1a hash of its type and normalised name.
func UnknownID(typ, normalisedName string) string {
	h := fnv.New64a()
	h.Write([]byte(typ + "|" + normalisedName))
	return "x:" + hex.EncodeToString(h.Sum(nil))
}

func (st *state) attach(it *item, c *cluster) {
	it.cluster = c
	c.items = append(c.items, it)
	if c.first < 0 || it.order < c.first {
		c.first = it.order
	}
	if !it.title && len(it.words) > 0 {
		c.names = append(c.names, it.words)
	}
	if c.ent == nil && it.country != "" && c.country == "" {
		c.country = it.country
		if it.role != "" && !it.former {
			c.roles = append(c.roles, it.role)
		}
	}
}

// variants returns the mention's words as written and with proclitics
// removed from the first word.
func variants(it *item) [][]string {
	out := [][]string{it.words}
	first := strings.Fields(it.name)
	if len(first) == 0 {
		return out
	}
	for _, c := range lexicon.Clitics(first[0])[1:] {
		if c.Article {
			continue
		}
		w := append([]string{c.Stem}, it.words[1:]...)
		out = append(out, w)
	}
	return out
}

// match finds the entity of the article that a name belongs to: same type,
// and for people the same surname (one-letter spelling variants allowed)
// or the same first name and surname.
func (st *state) match(it *item) *cluster {
	if c := st.acronymOf(it); c != nil {
		return c
	}
	if st.sharedSurname(it) {
		return nil // two people of the article bear it: which one is not said
	}
	for _, ws := range variants(it) {
		for _, c := range st.clusters {
			// A surname alone is often mistyped by the tagger (كوليسنيكوف
			// as LOC): it still joins the person whose full name ends with
			// it, spelled exactly so.
			if c.typ == "PER" && it.typ != "PER" && len(ws) == 1 && endsFullName(ws[0], c.names) {
				return c
			}
			if !compatible(it.typ, c.typ) && it.typ != "" {
				continue
			}
			if c.typ == "PER" {
				if nameMatches(ws, c.names) {
					return c
				}
				continue
			}
			key := strings.Join(ws, " ")
			for _, n := range c.names {
				if strings.Join(n, " ") == key || lexicon.StripArticle(strings.Join(n, " ")) == lexicon.StripArticle(key) {
					return c
				}
			}
		}
	}
	// A lineage name cut short (خالد بن عبدالعزيز for خالد بن عبدالعزيز
	// بن فهد), or given in full after its short form: the one person of
	// the article whose lineage begins so.
	if (it.typ == "PER" || it.typ == "") && len(it.words) >= 3 && isBin(it.words[1]) {
		var found *cluster
		for _, c := range st.clusters {
			if c.typ != "PER" || !slices.ContainsFunc(c.names, func(n []string) bool { return lineagePrefix(it.words, n) }) {
				continue
			}
			if found != nil && found != c {
				return nil
			}
			found = c
		}
		if found != nil {
			return found
		}
	}
	// A club named with and without «نادي» (نادي الهلال … الهلال), when
	// one body of the article has that name.
	if it.typ == "ORG" && (len(it.words) == 1 || len(it.words) == 2 && it.words[0] == clubWord) {
		w := it.words[len(it.words)-1]
		var found *cluster
		for _, c := range st.clusters {
			if c.typ == "ORG" && slices.ContainsFunc(c.names, func(n []string) bool {
				return len(it.words) == 1 && len(n) == 2 && n[0] == clubWord && n[1] == w || len(it.words) == 2 && len(n) == 1 && n[0] == w
			}) {
				if found != nil && found != c {
					return nil
				}
				found = c
			}
		}
		if found != nil {
			return found
		}
	}
	// A body's name without its adjective (حزب العمال for حزب العمال
	// الكردستاني), when one body of the article has it so.
	if it.typ == "ORG" && len(it.words) >= 2 {
		var found *cluster
		for _, c := range st.clusters {
			if c.typ == "ORG" && slices.ContainsFunc(c.names, func(n []string) bool { return adjectivesAfter(it.words, n) }) {
				if found != nil && found != c {
					return nil
				}
				found = c
			}
		}
		return found
	}
	return nil
}

// clubWord is «نادي» normalised.
var clubWord = lexicon.Normalize("نادي")

// sharedSurname reports whether it is one word that is the surname of two
// or more people of the article (سعد الضويلع and حمد الضويلع, then
// «الضويلع» alone).
func (st *state) sharedSurname(it *item) bool {
	if len(it.words) != 1 || it.typ != "PER" && it.typ != "" {
		return false
	}
	var found *cluster
	for _, ws := range variants(it) {
		for _, c := range st.clusters {
			if c.typ != "PER" || c == found || !nameMatches(ws, c.names) {
				continue
			}
			if found != nil {
				return true
			}
			found = c
		}
	}
	return false
}

// lineagePrefix reports whether one of the lineage names a and b is the
// other cut short after a father's name: both of three words or more with
// بن second, the shorter equal (spelling variants allowed) to the start
// of the longer, which goes on with بن.
func lineagePrefix(a, b []string) bool {
	if len(a) == len(b) || len(a) < 3 || len(b) < 3 || !isBin(a[1]) || !isBin(b[1]) {
		return false
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	for i, w := range a {
		if !fuzzyEq(w, b[i]) && !(isBin(w) && isBin(b[i])) {
			return false
		}
	}
	return isBin(b[len(a)])
}

// adjectivesAfter reports whether the name n is the words ws followed by
// one or two nisba adjectives (الكردستاني، العربية).
func adjectivesAfter(ws, n []string) bool {
	if len(n) <= len(ws) || len(n) > len(ws)+2 || !slices.Equal(n[:len(ws)], ws) {
		return false
	}
	for _, w := range n[len(ws):] {
		if !isNisba(w) {
			return false
		}
	}
	return true
}

// acronymOf returns the organisation or place of the article that an
// acronym written in capitals stands for: the name it follows in
// brackets ("Revolutionary United Front (RUF)"), or a name of several
// words whose initials spell it, the small words of names left out
// ("Palestine Liberation Organization" for PLO). Nil when none.
func (st *state) acronymOf(it *item) *cluster {
	if strings.Contains(it.Text, " ") || len(it.Text) < 2 || strings.ToUpper(it.Text) != it.Text ||
		strings.ToLower(it.Text) == it.Text {
		return nil
	}
	for _, c := range st.clusters {
		if c.typ == "PER" {
			continue
		}
		for _, o := range c.items {
			if o.End <= it.Start && strings.TrimSpace(st.text[o.End:it.Start]) == "(" &&
				strings.HasPrefix(strings.TrimSpace(st.text[it.End:]), ")") {
				return c
			}
		}
	}
	want := strings.ToLower(it.Text)
	for _, c := range st.clusters {
		if c.typ == "PER" {
			continue
		}
		for _, n := range c.names {
			if len(n) >= 2 && initials(n) == want {
				return c
			}
		}
	}
	return nil
}

// initials returns the first letters of the words of a name, leaving out
// the small words that acronyms skip (of, the, for, and).
func initials(words []string) string {
	var b strings.Builder
	for _, w := range words {
		switch w {
		case "of", "the", "for", "and", "de", "des", "du", "la", "le":
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		b.WriteRune(r)
	}
	return b.String()
}

// endsFullName reports whether w is the last word of one of the names of
// two words or more.
func endsFullName(w string, names [][]string) bool {
	for _, n := range names {
		if len(n) >= 2 && n[len(n)-1] == w && !fatherLast(n) {
			return true
		}
	}
	return false
}

// fatherLast reports whether the last word of the name n (words) is a
// father's name after بن (محمد بن سلمان): no surname, and alone it names
// the father (سلمان), not the son. A name that opens with بن has it for
// a first name (بن رودس, Ben Rhodes).
func fatherLast(n []string) bool { return len(n) >= 3 && isBin(n[len(n)-2]) }

// otherFather reports whether two lineage names give different fathers
// at the same place (محمد بن نايف بن عبدالعزيز، محمد بن سلمان بن
// عبدالعزيز): they are two people, however alike their ends.
func otherFather(a, b []string) bool {
	for i := 1; i+1 < min(len(a), len(b)); i++ {
		if isBin(a[i]) && isBin(b[i]) && !fuzzyEq(a[i+1], b[i+1]) {
			return true
		}
	}
	return false
}

// nameMatches reports whether a person's name ws (words) is a variant of one
// of names: a single word equal to a surname (not a father's name after
// بن), or first and last words equal.
func nameMatches(ws []string, names [][]string) bool {
	for _, n := range names {
		switch {
		case len(ws) == 1 && len(n) == 1:
			if fuzzyEq(ws[0], n[0]) {
				return true
			}
		case len(ws) == 1:
			if !fatherLast(n) && fuzzyEq(ws[0], n[len(n)-1]) {
				return true
			}
		case len(n) >= 2:
			if fuzzyEq(ws[0], n[0]) && fuzzyEq(ws[len(ws)-1], n[len(n)-1]) && !otherFather(ws, n) {
				return true
			}
		}
	}
	return false
}

// byFirstName returns the person of the article whose names begin with
// first, preferring lexicon entities.
func (st *state) byFirstName(first string) *cluster {
	var found *cluster
	for _, c := range st.clusters {
		if c.typ != "PER" {
			continue
		}
		for _, n := range c.names {
			if len(n) >= 2 && n[0] == first && !patronymic(n[1]) || len(n) >= 2 && n[0] == first && c.ent != nil {
				if found == nil || found.ent == nil && c.ent != nil {
					found = c
				}
				break
			}
		}
	}
	return found
}

// appositive returns the person's name right after the title item it
// («الرئيس الأذري إلهام علييف») or right before it («الباجي قائد السبسي
// رئيس الجمهورية التونسية»), nil when none. A name before a title may
// also be a verb's subject before its object (استقبل الملك سلمان رئيس
// الوزراء الباكستاني): a known person of another country, or one the
// lexicon gives other offices, is never the title's holder.
func (st *state) appositive(it *item, items []*item) *item {
	if next := nextItem(items, it); next != nil && next.cluster != nil && next.cluster.typ == "PER" &&
		(strings.TrimSpace(st.text[it.End:next.Start]) == "" || strings.TrimSpace(st.text[it.End:next.Start]) == "،") &&
		(!it.royal || st.princeAt(it, next)) {
		if e := next.cluster.ent; e != nil && e.Country != "" && it.country != "" && e.Country != it.country {
			return nil // استقبل الرئيس المصري الأمير محمد بن سلمان: two people
		}
		return next
	}
	prev := prevItem(items, it)
	if prev == nil || prev.title || prev.cluster == nil || prev.cluster.typ != "PER" ||
		strings.TrimSpace(st.text[prev.End:it.Start]) != "" {
		return nil
	}
	c := prev.cluster
	country := c.country
	if c.ent != nil {
		country = c.ent.Country
		if len(c.ent.Roles) > 0 && !it.former && !hasRole(c.ent.Roles, it.role) {
			return nil // استقبل السيسي رئيس الوزراء المصري: another office
		}
	}
	if country != "" && country != it.country {
		return nil
	}
	return prev
}

// princeAt reports whether the name item next after the royal title it
// is a prince's: «الأمير» (or «سمو الأمير») ends the gap or opens the name.
func (st *state) princeAt(it, next *item) bool {
	ws := strings.Fields(lexicon.Normalize(st.text[it.End:next.End]))
	for _, w := range ws {
		if w == "الامير" || w == "والامير" {
			return true
		}
		if !honorificKeys[w] && !strings.HasPrefix(w, "ال") {
			return false
		}
	}
	return false
}

// honorificKeys are the honorifics, normalised, that may stand between a
// royal title and «الأمير».
var honorificKeys = map[string]bool{"سمو": true, "صاحب": true, "السمو": true, "الملكي": true}

// prevItem returns the item that ends last before it starts, nil when none.
func prevItem(items []*item, it *item) *item {
	var p *item
	for _, o := range items {
		if o.End <= it.Start && (p == nil || o.End > p.End) {
			p = o
		}
	}
	return p
}

// resolveTitle finds the person a title phrase names.
func (st *state) resolveTitle(it *item, items []*item) *cluster {
	// Appositive: «الرئيس الأذري إلهام علييف».
	if next := st.appositive(it, items); next != nil {
		c := next.cluster
		if it.deputy {
			return c // نائب رئيس الوزراء التركي X: X holds no office of the title
		}
		if it.former {
			c.former = true
		}
		if c.ent == nil && c.country == "" {
			c.country = it.country
			if !it.former {
				c.roles = append(c.roles, it.role) // a past office is no role the person holds
			}
		} else if c.ent != nil && len(c.ent.Roles) == 0 && c.country == it.country && !it.former && !hasRole(c.roles, it.role) {
			// a known person the lexicon gives no office (a former
			// leader) holds the one the article gives: «الرئيس السوري
			// بشار الأسد», then «الرئيس السوري» alone is he
			c.roles = append(c.roles, it.role)
		}
		return c
	}
	if it.former || it.deputy {
		return nil // a former holder or a deputy is named by the name after the title, or not at all
	}
	// A person of the article holding that office.
	for _, c := range st.clusters {
		if c.typ == "PER" && c.country == it.country && len(c.items) > 0 && hasRole(c.roles, it.role) {
			return c
		}
	}
	if h, ok := st.l.lex.HolderAt(it.role, it.country, st.published); ok {
		return st.lexCluster(h)
	}
	// A person of that country already mentioned whose office is not known
	// to be a different one; in a headline, mentioned in the report below
	// it (الرئيس المصري يلتقي الرئيس اليمني …).
	nl := strings.IndexByte(st.text, '\n')
	headline := nl >= 0 && it.Start < nl
	for _, c := range st.clusters {
		if c.typ == "PER" && c.country == it.country && len(c.items) > 0 && (c.first < it.order || headline) &&
			(len(c.roles) == 0 && !c.former || hasRole(c.roles, it.role)) {
			return c
		}
	}
	return nil
}

func hasRole(roles []string, role string) bool {
	for _, r := range roles {
		if r == role || role == "prime-minister" && r == "chancellor" {
			return true
		}
	}
	return false
}

func nextItem(items []*item, it *item) *item {
	for _, o := range items {
		if o.Start >= it.End {
			return o
		}
	}
	return nil
}

func (st *state) entities() []Entity {
	var out []Entity
	cs := append([]*cluster(nil), st.clusters...)
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].first < cs[j].first })
	for _, c := range cs {
		if len(c.items) == 0 {
			continue
		}
		sort.SliceStable(c.items, func(i, j int) bool { return c.items[i].Start < c.items[j].Start })
		e := Entity{ID: c.id, Type: c.typ}
		if c.ent != nil {
			e.Name, e.NameAr = c.ent.Name, c.ent.NameAr
		} else {
			e.NameAr = longest(c.items)
			if !doc.HasArabic(e.NameAr) {
				e.Name, e.NameAr = e.NameAr, ""
			}
			e.Type = majorityType(c)
		}
		for _, it := range c.items {
			if n := len(e.Mentions); n > 0 && e.Type == "PER" && lineageJoin(st.text, e.Mentions[n-1], it.Span) {
				// عبدالله الثاني + ابن الحسين: one name
				e.Mentions[n-1].End = it.End
				e.Mentions[n-1].Text = st.text[e.Mentions[n-1].Start:it.End]
				continue
			}
			e.Mentions = append(e.Mentions, it.Span)
		}
		out = append(out, e)
	}
	return out
}
