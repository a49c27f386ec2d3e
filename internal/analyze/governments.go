package analyze

import (
	"slices"
	"strings"
	"unicode"

	"github.com/marsad/marsad/internal/lexicon"
	"github.com/marsad/marsad/internal/link"
)

// governments merges into its country each organisation the lexicon lacks
// that is named «الحكومة» or «حكومة» and a country's nationality adjective
// (الحكومة الباكستانية، الحكومة اليمنية الشرعية): a state acts through its
// government, CAMEO codes a government as its state, and the gold sets
// annotate it as a mention of the country. So are a government in
// construct with a country or a region (حكومة العراق، حكومة إقليم
// كردستان العراق). The bare «الحكومة» the linker gave
// the same entity moves with it. A faction's government (الحكومة
// الشرعية، الحكومة السورية المؤقتة) stays an organisation.
func (a *Analyzer) governments(text string, ents []link.Entity) []link.Entity {
	for i := 0; i < len(ents); i++ {
		e := ents[i]
		if e.Type != "ORG" || !strings.HasPrefix(e.ID, "x:") {
			continue
		}
		c := governmentOf(a.lex, e.NameAr)
		if c == nil || factionAfter(text, e.Mentions) {
			continue
		}
		ci := slices.IndexFunc(ents, func(x link.Entity) bool { return x.ID == c.ID })
		if ci < 0 {
			ents = append(ents, link.Entity{ID: c.ID, Name: c.Name, NameAr: c.NameAr, Type: c.Type})
			ci = len(ents) - 1
		}
		ents[ci].Mentions = append(ents[ci].Mentions, e.Mentions...)
		slices.SortFunc(ents[ci].Mentions, func(x, y link.Span) int { return x.Start - y.Start })
		ents = slices.Delete(ents, i, i+1)
		i--
	}
	return ents
}

// governmentOf returns the country whose government name (an entity's
// Arabic name) is, nil when it is no «(ال)حكومة» and a country's
// nationality adjective.
func governmentOf(lex *lexicon.Lexicon, name string) *lexicon.Entity {
	ws := strings.Fields(name)
	if len(ws) < 2 {
		return nil
	}
	if h := lexicon.Normalize(ws[0]); h != lexicon.Normalize("الحكومة") && h != lexicon.Normalize("حكومة") {
		return nil
	}
	c, ok := lex.Demonym(ws[1])
	if !ok || c.Kind != "country" {
		// حكومة العراق، حكومة إقليم كردستان العراق: in construct with a
		// country's or a region's name, one the key names alone (not
		// عمان, Amman or Oman) and no common word (حكومة مالي); a
		// capital's government stays a body (حكومة صنعاء of the Houthis,
		// حكومة موسكو of the city)
		key := lexicon.Normalize(strings.Join(ws[1:], " "))
		if es := lex.LookupKey(key); len(es) == 1 && !lex.Ambiguous(key) && es[0].Type == "GPE" && (es[0].Kind == "country" || es[0].Kind == "region") {
			return es[0]
		}
		return nil
	}
	for _, w := range ws[2:] {
		if factionGovernmentWords[lexicon.Normalize(w)] {
			return nil
		}
	}
	return c
}

// factionGovernmentWords are the adjectives after «الحكومة» and a country's
// adjective that make it a faction's government, not the state's
// (الحكومة السورية المؤقتة of the opposition, الحكومة الليبية الموازية),
// normalised; الحكومة اليمنية الشرعية is the state's, and «المعارضة» after
// it is mostly its object (اتهمت الحكومة السورية المعارضة).
var factionGovernmentWords = normSet(`المؤقتة الموازية المنفى المنشقة البديلة`)

// factionAfter reports whether the word after one of mentions in text is
// an adjective of factionGovernmentWords (الحكومة الليبية | المؤقتة).
func factionAfter(text string, mentions []link.Span) bool {
	for _, m := range mentions {
		next, _, _ := strings.Cut(strings.TrimLeft(text[m.End:], " "), " ")
		if factionGovernmentWords[lexicon.Normalize(strings.TrimRightFunc(next, func(r rune) bool { return !unicode.IsLetter(r) }))] {
			return true
		}
	}
	return false
}
