package analyze

import (
	"slices"
	"strings"

	"github.com/marsad/marsad/internal/doc"
	"github.com/marsad/marsad/internal/lexicon"
	"github.com/marsad/marsad/internal/link"
)

// An article that has named a coalition in full («التحالف العربي»،
// «تحالف دعم الشرعية في اليمن»، «التحالف الدولي») goes on calling it by
// its head alone: «وقصف التحالف», «طائرات التحالف». The bare head is a
// mention of that coalition, the last one named before it; before any
// full name, or followed by an adjective of its own (التحالف الوطني, a
// name of another), it is nothing.

// shortFormHeads are the heads, normalised with the article, that stand
// for the organisation named in full with them earlier in the article.
var shortFormHeads = normSet(`التحالف الائتلاف`)

// shortFormProclitics are the conjunctions and prepositions, as written,
// that may be glued to a short form; the mention starts after them (for
// لل, after the first ل, as the event coder reads للحكومة).
var shortFormProclitics = []string{"", "و", "ف", "ب", "وب", "فب", "ل", "ول", "فل"}

// addShortForms adds to ents the bare-head mentions of the organisations
// they name in full, and returns ents.
func addShortForms(d *doc.Doc, ents []link.Entity) []link.Entity {
	if !strings.Contains(d.Text, "ئتلاف") && !strings.Contains(d.Text, "تحالف") {
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
			head := first
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
	covered := func(s, e int) bool {
		for _, en := range ents {
			for _, m := range en.Mentions {
				if m.Start < e && s < m.End {
					return true
				}
			}
		}
		return false
	}
	toks := d.Tokens
	added := false
	for i, t := range toks {
		if t.Kind != doc.KindWord {
			continue
		}
		head, off := "", 0
		for _, p := range shortFormProclitics {
			if !strings.HasPrefix(t.Text, p) {
				continue
			}
			rest := lexicon.Normalize(t.Text[len(p):])
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
		if head == "" || covered(t.Start, t.End) {
			continue
		}
		// an adjective after it makes the name of another (التحالف الوطني)
		if i+1 < len(toks) && toks[i+1].Kind == doc.KindWord && !strings.Contains(d.Text[t.End:toks[i+1].Start], "\n") {
			if next := lexicon.Normalize(toks[i+1].Text); strings.HasPrefix(next, "ال") && adjectiveLike(next) {
				continue
			}
		}
		k := -1
		for j, f := range fulls {
			if f.head == head && f.start < t.Start && (k < 0 || f.start > fulls[k].start) {
				k = j
			}
		}
		if k < 0 {
			continue
		}
		e := &ents[fulls[k].ent]
		e.Mentions = append(e.Mentions, link.Span{Start: t.Start + off, End: t.End, Text: d.Text[t.Start+off : t.End]})
		added = true
	}
	if added {
		for i := range ents {
			slices.SortFunc(ents[i].Mentions, func(a, b link.Span) int { return a.Start - b.Start })
		}
	}
	return ents
}

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
		for ei, e := range ents {
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
