package analyze

import (
	"slices"
	"strings"

	"github.com/marsad/marsad/internal/doc"
	"github.com/marsad/marsad/internal/lexicon"
	"github.com/marsad/marsad/internal/link"
)

// An article that names a person by an office of a body and the name
// after it («رئيس حزب القوات اللبنانية سمير جعجع»، «زعيم حركة طالبان
// الملا منصور») goes on calling the person by the office alone («وأعرب
// رئيس حزب القوات اللبنانية عن شكره»): the office there is a mention of
// the person (GUIDELINES: a title used as a name is an alias). The body
// keeps its own mentions inside the office.

// officeProclitics are the conjunctions and prepositions, as written,
// that may be glued to the title word of an office.
var officeProclitics = []string{"", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل"}

// officeOf are the nouns, normalised, that before an office make another
// office of it (وكيل محافظ، مساعد وزير، مكتب رئيس).
var officeOf = normSet(`وكيل ووكيل مساعد ومساعد مكتب ومكتب ديوان سكرتير مستشار ومستشار نائب ونائب`)

// kinOf are the nouns, normalised, of a person's kin before an office.
var kinOf = normSet(`شقيق وشقيق شقيقة زوجة وزوجة زوج نجل ونجل ابن وابن ابنة والد والدة`)

// addOffices adds to the people of ents the mentions of the offices
// («title word + a body's mention») that an earlier apposition in the
// article gave them, and returns ents.
func addOffices(d *doc.Doc, ents []link.Entity) []link.Entity {
	type ment struct {
		ent        int
		start, end int
	}
	var ms []ment
	for ei, e := range ents {
		for _, m := range e.Mentions {
			ms = append(ms, ment{ei, m.Start, m.End})
		}
	}
	if len(ms) < 2 {
		return ents
	}
	slices.SortFunc(ms, func(a, b ment) int { return a.start - b.start })
	// blank reports whether only spaces (no line break) lie in [s, e)
	blank := func(s, e int) bool {
		return s <= e && strings.TrimLeft(d.Text[s:e], " \t\u00a0") == ""
	}
	toks := d.Tokens
	ti := 0
	holder := map[string]int{} // title word + body id → person entity
	added := false
	for k, m := range ms {
		if typ := ents[m.ent].Type; typ != "ORG" && typ != "GPE" {
			continue
		}
		// the title word right before the body's mention
		for ti < len(toks) && toks[ti].End <= m.start {
			ti++
		}
		h := ti - 1
		if h < 0 || toks[h].Kind != doc.KindWord || !blank(toks[h].End, m.start) {
			continue
		}
		off := -1
		for _, p := range officeProclitics {
			if strings.HasPrefix(toks[h].Text, p) && len(toks[h].Text) > len(p) && link.ArTitleHead(toks[h].Text[len(p):]) {
				off = len(p)
			}
		}
		if off < 0 {
			continue
		}
		// an office of an office (نائب رئيس الحزب، وكيل محافظ الأحساء) is
		// another person's; so is the office holder's kin (شقيق زعيم
		// التنظيم), though the name after it is the holder's
		kin := false
		if off == 0 && h > 0 && toks[h-1].Kind == doc.KindWord && blank(toks[h-1].End, toks[h].Start) {
			w := lexicon.Normalize(toks[h-1].Text)
			if link.ArTitleHead(toks[h-1].Text) || officeOf[w] {
				continue
			}
			kin = kinOf[w]
		}
		title := lexicon.StripArticle(lexicon.Normalize(toks[h].Text[off:]))
		key := title + "|" + ents[m.ent].ID
		if ents[m.ent].ID == "" {
			continue
		}
		// an apposition: the person's name right after the office
		if k+1 < len(ms) && ents[ms[k+1].ent].Type == "PER" && blank(m.end, ms[k+1].start) {
			if _, ok := holder[key]; !ok {
				holder[key] = ms[k+1].ent
			}
			continue
		}
		pe, ok := holder[key]
		if !ok || kin || coveredBy([]link.Entity{ents[pe]}, toks[h].Start, m.end) {
			continue
		}
		s := toks[h].Start + off
		ents[pe].Mentions = append(ents[pe].Mentions, link.Span{Start: s, End: m.end, Text: d.Text[s:m.end]})
		added = true
	}
	if added {
		for i := range ents {
			slices.SortFunc(ents[i].Mentions, func(a, b link.Span) int { return a.Start - b.Start })
		}
	}
	return ents
}
