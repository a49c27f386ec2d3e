package analyze

import (
	"slices"
	"strings"

	"github.com/marsad/marsad/internal/doc"
	"github.com/marsad/marsad/internal/lexicon"
	"github.com/marsad/marsad/internal/link"
)

// Airports, air bases, ports, oases and stadiums are places without a
// government: the guidelines type them LOC (قاعدة إنجرليك الجوية، مطار
// الملك عبدالعزيز الدولي، استاد الأمير محمد بن فهد). facilityPhrases finds
// them by a head noun and the name after it; one named after a town the
// lexicon knows (مطار القاهرة الدولي) is left to the town's mention.
// Schools, hospitals and colleges named after a person are institutions
// (ORG: مدرسة حسان بن ثابت المتوسطة، مستشفى عبداللطيف جميل), and a
// league or a cup named after one (دوري عبداللطيف جميل) is no entity of
// the guidelines' types: in all of them the person's name is no mention
// of the person.

// facilityHeads are the head nouns of facilities, normalised, without the
// article, with the type of what they name: LOC, ORG (only after a
// person's name), or "" for a competition (no entity).
var facilityHeads = map[string]string{
	"مطار": "LOC", "قاعده": "LOC", "ميناء": "LOC", "واحه": "LOC", "ملعب": "LOC", "استاد": "LOC", "ستاد": "LOC",
	"مدرسه": "ORG", "مستشفي": "ORG", "مستوصف": "ORG", "كليه": "ORG",
	"دوري": "", "كاس": "", // not بطولة: «من بطولة X» is «starring X»
	"مدينه": "LOC", // only before a tail of cityTails
	// mosques, museums and palaces named after a person (جامع الإمام تركي
	// بن عبدالله، مسجد الملك فهد، قصر الملك سلمان): the building
	"جامع": "LOC", "مسجد": "LOC", "متحف": "LOC", "قصر": "LOC",
}

// unnamedHeads are the heads of facilityHeads whose name the tagger may
// miss before the facility's adjective (قاعدة إنجرليك الجوية); after a
// stadium's word it is as often no name (ملعب فريقه الجديد، استاد مكتظ).
var unnamedHeads = normSet(`مطار قاعدة ميناء واحة استاد ستاد`)

// stadiumHeads are the heads of unnamedHeads after which only a tail of
// stadiumTails closes a name the tagger missed (استاد لوسيل الدولي; not
// استاد فريقه الجديد).
var (
	stadiumHeads = normSet(`استاد ستاد`)
	stadiumTails = normSet(`الدولي الأولمبي الرياضي الوطني`)
)

// cityHead is «مدينة» normalised: a city named after a king or a prince
// is a facility only with an adjective of cityTails after the name
// (مدينة الملك عبدالله الرياضية, a stadium; مدينة الملك فهد الطبية, a
// hospital), not a town (مدينة الملك عبدالله الاقتصادية).
var cityHead = lexicon.Normalize("مدينة")

// cityTails are the adjectives of a facility named «مدينة», with the type
// of what they name.
var cityTails = map[string]string{lexicon.Normalize("الرياضية"): "LOC", lexicon.Normalize("الطبية"): "ORG", lexicon.Normalize("الجامعية"): "ORG",
	lexicon.Normalize("الاقتصادية"): "GPE"}

// facilityStems are letters every written form of a head of
// facilityHeads holds.
var facilityStems = []string{"مدين", "مطار", "قاعد", "مينا", "واح", "ملعب", "ستاد", "مدرس", "مستشف", "مستوص", "كلي", "دوري", "كأس", "كاس",
	"جامع", "مسجد", "متحف", "قصر"}

// facilityTails are the adjectives that close a facility's name.
var facilityTails = normSet(`الدولي الدولية الجوية البحرية العسكرية الجديد الجديدة الرياضي الرياضية الأولمبي
	الابتدائية المتوسطة الثانوية التخصصي التخصصية الخيرية الجامعي الطبية الجامعية الاقتصادية`)

// facilityPhrases returns the facilities of the Arabic text of d: a head
// of facilityHeads (a proclitic may be glued to it and is left out), then
// a name — one the tagger found (tagged), a king's or a prince's name, a
// word before an adjective of facilityTails — and those adjectives. A
// head with no such name after it (قاعدة بيانات، ميناء تجاري) is none,
// and so is one named after a town the lexicon knows (مطار عدن): the
// town stays a mention of its own, the place events are reported at. The
// heads of institutions and competitions take only a person's name (one
// the tagger found as a person's, or a king's or a prince's); a
// competition's phrase has the type "" and only takes the person's
// mention away (see withFacilities).
func (a *Analyzer) facilityPhrases(d *doc.Doc, tagged []link.Mention) []link.Mention {
	var out []link.Mention
	toks := d.Tokens
	// the end of a tagged name starting at token t, or -1: no body's,
	// and a person's after the head of an institution or a competition
	tagEnd := func(t int, person bool) int {
		for _, m := range tagged {
			if m.Start == toks[t].Start && m.Type != "ORG" && (!person || m.Type == "PER") {
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
		start, typ, city := -1, "", false
		for _, c := range lexicon.Clitics(t.Text) {
			pre := lexicon.Normalize(t.Text[:c.Prefix])
			if ty, ok := facilityHeads[c.Stem]; ok && !c.Article && !strings.HasSuffix(pre, "ال") && !strings.HasSuffix(pre, "لل") {
				start, typ, city = t.Start+c.Prefix, ty, c.Stem == cityHead
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
		head := lexicon.Normalize(t.Text[start-t.Start:])
		person := typ != "LOC"
		switch te := tagEnd(j, person); {
		case city && !royalTitles[m]:
		case typ == "ORG" && royalTitles[m]:
			// مستشفى الملك فهد التخصصي للأطفال: an institution named
			// after a king, with all its name, is orgPhrases' to find
		case royalTitles[m]:
			if k := royalNameEnd(toks, j+1); k > j+1 {
				end, j = toks[k-1].End, k
			}
		case te > 0 && !a.placeName(m) && !a.otherName(m):
			end = te
			for j < len(toks) && toks[j].Start < end {
				j++
			}
		case !person && !strings.HasPrefix(m, "ال") && unnamedHeads[head] && j+1 < len(toks) &&
			facilityTails[lexicon.Normalize(toks[j+1].Text)] && (!stadiumHeads[head] || stadiumTails[lexicon.Normalize(toks[j+1].Text)]) &&
			!a.notNames[m] && !a.placeName(m):
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
		if city {
			ty, ok := cityTails[lexicon.Normalize(toks[j-1].Text)]
			if !ok {
				continue
			}
			typ = ty
		}
		out = append(out, link.Mention{Start: start, End: end, Text: d.Text[start:end], Type: typ})
		i = j - 1
	}
	return out
}

// withFacilities replaces the mentions of tagged that a facility of
// facilities overlaps (الملك عبدالعزيز in مطار الملك عبدالعزيز الدولي)
// with the facility; a competition (type "") replaces them with nothing.
func withFacilities(tagged, facilities []link.Mention) []link.Mention {
	if len(facilities) == 0 {
		return tagged
	}
	out := slices.DeleteFunc(slices.Clone(tagged), func(t link.Mention) bool { return mentionOverlaps(facilities, t.Start, t.End) })
	for _, f := range facilities {
		if f.Type != "" {
			out = append(out, f)
		}
	}
	slices.SortFunc(out, func(a, b link.Mention) int { return a.Start - b.Start })
	return out
}
