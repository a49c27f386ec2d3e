package analyze

import (
	"slices"
	"strings"

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
	لا ما عدد عدة بعض جميع أحد أول ثاني ثالث برفقة يرافقه والوفد وفد`)

// namesAfterTitles returns the person mentions that the shape above finds
// in the Arabic text of d where no tagged mention already stands.
func (a *Analyzer) namesAfterTitles(d *doc.Doc, tagged []link.Mention) []link.Mention {
	var out []link.Mention
	toks := d.Tokens
	taken := func(t int) bool {
		return slices.ContainsFunc(tagged, func(m link.Mention) bool { return m.Start < toks[t].End && toks[t].Start < m.End })
	}
	word := func(t int) string { return lexicon.Normalize(toks[t].Text) }
	for i := 0; i < len(toks); i++ {
		if !doc.IsArabicWord(toks[i]) || !link.ArTitleHead(toks[i].Text) {
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
			if strings.HasPrefix(w, "ال") || link.ArTitleHead(toks[j].Text) || j+1 < len(toks) && strings.HasPrefix(word(j+1), "ال") {
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
			if strings.HasPrefix(w, "ال") || strings.HasPrefix(w, "و") || titleNameStops[w] || link.ArTitleHead(toks[k].Text) ||
				a.placeName(w) || a.isDemonymKey(w) || taken(k) || a.notNames[w] {
				break
			}
			if !a.nameWords[w] && !a.wordNames[w] && !nameLike(toks[k].Text, n == 0) {
				break
			}
			n++
		}
		if n < 2 || n > maxTitleNameWords {
			continue
		}
		// the word after the name must not go on with it
		if k := end + n; k < len(toks) && doc.IsArabicWord(toks[k]) && !strings.Contains(d.Text[toks[k-1].End:toks[k].Start], "\n") {
			if w := word(k); !strings.HasPrefix(w, "ال") && !strings.HasPrefix(w, "و") && !titleNameStops[w] && !link.ArTitleHead(toks[k].Text) && !a.placeName(w) {
				continue
			}
		}
		s, e := toks[end].Start, toks[end+n-1].End
		out = append(out, link.Mention{Start: s, End: e, Text: d.Text[s:e], Type: "PER"})
		i = end + n - 1
	}
	return out
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
	return true
}
