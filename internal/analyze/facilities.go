package analyze

import (
	"slices"
	"strings"

	"github.com/marsad/marsad/internal/doc"
	"github.com/marsad/marsad/internal/lexicon"
	"github.com/marsad/marsad/internal/link"
)

// Airports, air bases, ports and oases are places without a government:
// the guidelines type them LOC (قاعدة إنجرليك الجوية، مطار الملك عبدالعزيز
// الدولي). facilityPhrases finds them by a head noun and the name after
// it; one named after a town the lexicon knows (مطار القاهرة الدولي) is
// left to the town's mention.

// facilityHeads are the head nouns of facilities, normalised, without the
// article.
var facilityHeads = normSet(`مطار قاعدة ميناء واحة`)

// facilityStems are letters every written form of a head of
// facilityHeads holds.
var facilityStems = []string{"مطار", "قاعد", "مينا", "واح"}

// facilityTails are the adjectives that close a facility's name.
var facilityTails = normSet(`الدولي الدولية الجوية البحرية العسكرية الجديد الجديدة`)

// facilityPhrases returns the facilities of the Arabic text of d: a head
// of facilityHeads (a proclitic may be glued to it and is left out), then
// a name — one the tagger found (tagged), a king's or a prince's name, a
// word before an adjective of facilityTails — and those adjectives. A
// head with no such name after it (قاعدة بيانات، ميناء تجاري) is none,
// and so is one named after a town the lexicon knows (مطار عدن): the
// town stays a mention of its own, the place events are reported at.
func (a *Analyzer) facilityPhrases(d *doc.Doc, tagged []link.Mention) []link.Mention {
	var out []link.Mention
	toks := d.Tokens
	tagEnd := func(t int) int { // the end of a tagged name (no body's) starting at token t, or -1
		for _, m := range tagged {
			if m.Start == toks[t].Start && m.Type != "ORG" {
				return m.End
			}
		}
		return -1
	}
	for i := 0; i+1 < len(toks); i++ {
		t := toks[i]
		if !doc.IsArabicWord(t) || !slices.ContainsFunc(facilityStems, func(st string) bool { return strings.Contains(t.Text, st) }) {
			continue // no head's letters: no clitics to read
		}
		start := -1
		for _, c := range lexicon.Clitics(t.Text) {
			pre := lexicon.Normalize(t.Text[:c.Prefix])
			if !c.Article && !strings.HasSuffix(pre, "ال") && !strings.HasSuffix(pre, "لل") && facilityHeads[c.Stem] {
				start = t.Start + c.Prefix
				break
			}
		}
		if start < 0 {
			continue
		}
		j := i + 1
		if !doc.IsArabicWord(toks[j]) || strings.Contains(d.Text[t.End:toks[j].Start], "\n") {
			continue
		}
		end := -1
		m := lexicon.Normalize(toks[j].Text)
		switch te := tagEnd(j); {
		case royalTitles[m]:
			if k := royalNameEnd(toks, j+1); k > j+1 {
				end, j = toks[k-1].End, k
			}
		case te > 0 && !a.placeName(m) && !a.otherName(m):
			end = te
			for j < len(toks) && toks[j].Start < end {
				j++
			}
		case !strings.HasPrefix(m, "ال") && j+1 < len(toks) && facilityTails[lexicon.Normalize(toks[j+1].Text)] && !a.notNames[m] && !a.placeName(m):
			// قاعدة إنجرليك الجوية: a name the tagger missed, before
			// the adjective of a facility
			end, j = toks[j].End, j+1
		}
		if end < 0 {
			continue
		}
		for j < len(toks) && doc.IsArabicWord(toks[j]) && facilityTails[lexicon.Normalize(toks[j].Text)] &&
			!strings.Contains(d.Text[toks[j-1].End:toks[j].Start], "\n") {
			end, j = toks[j].End, j+1
		}
		out = append(out, link.Mention{Start: start, End: end, Text: d.Text[start:end], Type: "LOC"})
		i = j - 1
	}
	return out
}

// withFacilities replaces the mentions of tagged that a facility of
// facilities overlaps (الملك عبدالعزيز in مطار الملك عبدالعزيز الدولي)
// with the facility.
func withFacilities(tagged, facilities []link.Mention) []link.Mention {
	if len(facilities) == 0 {
		return tagged
	}
	out := slices.DeleteFunc(slices.Clone(tagged), func(t link.Mention) bool { return mentionOverlaps(facilities, t.Start, t.End) })
	out = append(out, facilities...)
	slices.SortFunc(out, func(a, b link.Mention) int { return a.Start - b.Start })
	return out
}
