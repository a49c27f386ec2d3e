package analyze

import (
	"strings"

	"github.com/marsad/marsad/internal/doc"
	"github.com/marsad/marsad/internal/lexicon"
	"github.com/marsad/marsad/internal/link"
)

// An article that has named a president, a king or a minister with his
// title (الرئيس التركي رجب طيب أردوغان، الملك سلمان) goes on calling him
// by the bare title: «وخلال زيارة إلى إندونيسيا، قال الرئيس …». The bare
// title is a mention of the one person of the article named with it; with
// two or none, it is nobody.

// bareTitles are the titles, normalised with the article, that stand
// alone for the article's one holder.
var bareTitles = normSet(`الرئيس الملك الوزير`)

// bareTitleFollowers are the particles and prepositions, normalised, that
// may follow a bare title.
var bareTitleFollowers = normSet(`إن أن أنه إنه بأن في من على إلى عن مع خلال لدى عند قد لم لن كان ما الذي التي أمس اليوم
	ان انه ايضا أيضا نفسه بنفسه شخصيا`)

// addBareTitles adds to ents the mentions of the bare titles of
// bareTitles that no entity covers and that no adjective, name or
// genitive follows, each to the one person whose mentions begin with that
// title followed by more words (الرئيس التركي، الملك سلمان), and returns
// ents.
func (a *Analyzer) addBareTitles(d *doc.Doc, ents []link.Entity) []link.Entity {
	if !strings.Contains(d.Text, "لرئيس") && !strings.Contains(d.Text, "لملك") && !strings.Contains(d.Text, "لوزير") {
		return ents
	}
	holder := map[string]int{} // title → entity; -1 when two hold it
	for ei, e := range ents {
		if e.Type != "PER" {
			continue
		}
		for _, m := range e.Mentions {
			first, rest, ok := strings.Cut(m.Text, " ")
			if !ok || rest == "" {
				continue
			}
			t := lexicon.Normalize(strings.TrimPrefix(first, "و"))
			if !bareTitles[t] {
				continue
			}
			if k, ok := holder[t]; ok && k != ei {
				holder[t] = -1
			} else {
				holder[t] = ei
			}
		}
	}
	if len(holder) == 0 {
		return ents
	}
	toks := d.Tokens
	added := false
	for i, t := range toks {
		if t.Kind != doc.KindWord || !doc.IsArabicWord(t) ||
			!strings.Contains(t.Text, "رئيس") && !strings.Contains(t.Text, "ملك") && !strings.Contains(t.Text, "وزير") {
			continue
		}
		ei, off, ok := ownerAfterProclitic(t.Text, holder)
		if !ok || coveredBy(ents, t.Start, t.End) || i > 0 && toks[i-1].Kind == doc.KindWord && link.ArTitleHead(toks[i-1].Text) {
			// مستشار الرئيس: the title of another, in construct
			continue
		}
		if i+1 < len(toks) && !strings.Contains(d.Text[t.End:toks[i+1].Start], "\n") && toks[i+1].Kind == doc.KindWord {
			// الرئيس التنفيذي، الملك سلمان، الرئيس بيا: another title
			// or a name; the bare title is followed by a particle, a
			// preposition, a conjunction or a verb (قال الرئيس إن …،
			// أمر الملك بـ، أكد الرئيس وأضاف)
			next := toks[i+1]
			n := lexicon.Normalize(next.Text)
			if coveredBy(ents, next.Start, next.End) || !(bareTitleFollowers[n] || strings.HasPrefix(n, "و") ||
				strings.HasPrefix(n, "لل") || strings.HasPrefix(n, "بال") || a.coder.ArabicVerb(next.Text) && !a.procliticName(n)) {
				// (فيصل after الملك is a name, no «فـ + يصل»; أكرم is a verb too)
				continue
			}
		}
		appendMention(d, &ents[ei], t.Start+off, t.End)
		added = true
	}
	if added {
		sortMentions(ents)
	}
	return ents
}

// procliticName reports whether the normalised word n is a first name
// whose reading as a verb needs a proclitic (فيصل: فـ + يصل): as a name
// it is the likelier one after a title. A name that is a verb as it
// stands (أكرم) stays a verb.
func (a *Analyzer) procliticName(n string) bool {
	if !a.firstNames[n] && !a.nameWords[n] {
		return false
	}
	return strings.HasPrefix(n, "ف") || strings.HasPrefix(n, "و") || strings.HasPrefix(n, "ب") || strings.HasPrefix(n, "ل")
}
