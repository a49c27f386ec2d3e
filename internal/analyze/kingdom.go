package analyze

import (
	"slices"
	"strings"

	"github.com/marsad/marsad/internal/doc"
	"github.com/marsad/marsad/internal/lexicon"
	"github.com/marsad/marsad/internal/link"
)

// The Arab press calls its own kingdom «المملكة» (تقوده المملكة، مندوب
// المملكة، وأدانت المملكة): the gold sets annotate it as a mention of
// the country. It is Saudi Arabia, the kingdom of the Saudi press, unless
// the article names Morocco or Jordan (المغرب، المملكة الأردنية
// الهاشمية), one of them only, and nothing Saudi (no Saudi town, person
// or body the lexicon knows). Bahrain is left out: the Saudi press writes «مملكة
// البحرين» of it while «المملكة» stays Saudi Arabia. The event coder
// reads the bare word the same way.

// kingdomAdjs are the words after المملكة that make it another kingdom
// than the article's own (المملكة المتحدة، المملكة العربية السعودية).
var kingdomAdjs = normSet(`المتحدة العربية الهاشمية`)

// addKingdom adds to ents a mention of the article's kingdom for each
// bare «المملكة» (a conjunction or a preposition may be glued to it; the
// mention starts after them, after the first ل of للمملكة) that no
// mention covers and no adjective of a country follows; it returns ents.
func (a *Analyzer) addKingdom(d *doc.Doc, ents []link.Entity) []link.Entity {
	if !strings.Contains(d.Text, "لمملكة") && !strings.Contains(d.Text, "المملكة") {
		return ents
	}
	toks := d.Tokens
	type at struct{ start, end int }
	var ats []at
	for i, t := range toks {
		if t.Kind != doc.KindWord {
			continue
		}
		off := kingdomProclitic(t.Text)
		if off < 0 {
			continue
		}
		if i+1 < len(toks) && toks[i+1].Kind == doc.KindWord {
			if kingdomAdjs[lexicon.Normalize(toks[i+1].Text)] {
				continue
			}
			if _, ok := a.lex.Demonym(toks[i+1].Text); ok {
				continue // المملكة المغربية، المملكة الأردنية
			}
		}
		if coveredBy(ents, t.Start, t.End) {
			continue
		}
		ats = append(ats, at{t.Start + off, t.End})
	}
	if len(ats) == 0 {
		return ents
	}
	sa, ok := a.lex.Demonym("السعودية")
	if !ok {
		return ents
	}
	kingdom := sa
	has := func(id string) bool { return slices.ContainsFunc(ents, func(e link.Entity) bool { return e.ID == id }) }
	saudi := slices.ContainsFunc(ents, func(e link.Entity) bool {
		le, ok := a.lex.ByID(e.ID)
		return ok && le.Country == sa.Country
	})
	if !saudi && !has(sa.ID) && !strings.Contains(d.Text, "السعودي") {
		var others []*lexicon.Entity
		for _, adj := range []string{"المغربية", "الأردنية"} {
			if o, ok := a.lex.Demonym(adj); ok && (has(o.ID) || strings.Contains(d.Text, "المملكة "+adj)) {
				others = append(others, o)
			}
		}
		if len(others) == 1 {
			kingdom = others[0]
		}
	}
	ei := slices.IndexFunc(ents, func(e link.Entity) bool { return e.ID == kingdom.ID })
	if ei < 0 {
		ei = len(ents)
		ents = append(ents, link.Entity{ID: kingdom.ID, Name: kingdom.Name, NameAr: kingdom.NameAr, Type: "GPE"})
	}
	for _, k := range ats {
		ents[ei].Mentions = append(ents[ei].Mentions, link.Span{Start: k.start, End: k.end, Text: d.Text[k.start:k.end]})
	}
	slices.SortFunc(ents[ei].Mentions, func(a, b link.Span) int { return a.Start - b.Start })
	return ents
}

// kingdomProclitic returns the length of the conjunction and preposition
// before «المملكة» in the written word w (0 for المملكة, len("و") for
// والمملكة, len("ل") for للمملكة), or -1 when w is no such word.
func kingdomProclitic(w string) int {
	for _, p := range []string{"", "و", "ف", "ب", "وب", "فب", "ك", "وك"} {
		if w == p+"المملكة" {
			return len(p)
		}
	}
	for _, p := range []string{"ل", "ول", "فل"} {
		if w == p+"لمملكة" {
			return len(p)
		}
	}
	return -1
}

// coveredBy reports whether a mention of ents overlaps [s, e).
func coveredBy(ents []link.Entity, s, e int) bool {
	for _, en := range ents {
		for _, m := range en.Mentions {
			if m.Start < e && s < m.End {
				return true
			}
		}
	}
	return false
}
