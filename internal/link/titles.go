package link

import (
	"strings"
	"unicode/utf8"
)

// findTitles finds title phrases used as names: a title (الرئيس, وزير
// الخارجية, رئيس الحكومة) followed by a nationality adjective with the
// article (الروسي, الأذرية). A conjunction or preposition may precede the
// title (والرئيس); the span starts after it.
func (l *Linker) findTitles(text string, toks []token) []*item {
	var out []*item
	maxT := l.lex.MaxTitleWords()
	saudi := -1 // whether the article is about the Saudi kingdom; -1 not yet known
	for i := 0; i < len(toks); i++ {
		if n, role, prefix := bareRoyalTitle(toks, i); n > 0 {
			if saudi < 0 {
				saudi = 0
				if strings.Contains(text, "السعودي") || strings.Contains(text, "خادم الحرمين") {
					saudi = 1
				}
			}
			if saudi == 1 {
				// ولي العهد، ولي ولي العهد with no nation after them, in
				// an article of the kingdom: its crown prince and deputy
				start, end := toks[i].start+prefix, toks[i+n-1].end
				out = append(out, &item{Span: Span{start, end, text[start:end]}, name: text[start:end], typ: "PER",
					role: role, country: "SA", title: true, royal: true})
				i += n - 1
				continue
			}
		}
		most := 0
		for _, tail := range tails(toks[i].key) {
			most = max(most, l.lex.TitleWords(tail))
		}
		if most == 0 {
			continue
		}
		found := false
		for n := min(maxT, most, len(toks)-i-1); n >= 1 && !found; n-- {
			if !joinedRun(text, toks[i:i+n+1]) {
				continue
			}
			rest := ""
			for _, t := range toks[i+1 : i+n] {
				rest += " " + t.key
			}
			for _, c := range toks[i].readings() {
				role, ok := l.lex.RoleKey(c.Stem + rest)
				if !ok {
					continue
				}
				dem := toks[i+n]
				code, byName := "", false
				if country, ok := l.lex.DemonymKey(dem.key); ok && strings.HasPrefix(dem.key, "ال") {
					code = country.Country
				} else if c := l.countryNamed(dem.key); c != "" && !strings.HasPrefix(toks[i+n-1].key, "ال") {
					// وزير خارجية إيران، رئيس وزراء العراق: the title in
					// construct with the country's name
					code, byName = c, true
				}
				if code == "" {
					continue
				}
				start, end, former := toks[i].start+c.Prefix, dem.end, false
				if k := i + n + 1; k < len(toks) && formerWords[toks[k].key] && joined(text, dem, toks[k]) {
					// الرئيس اليمني السابق: not the office holder of today
					end, former = toks[k].end, true
					n++
				} else if k < len(toks) && currentWords[toks[k].key] && joined(text, dem, toks[k]) {
					// الرئيس التشادي الحالي إدريس ديبي: the holder of today,
					// the name right after
					end = toks[k].end
					n++
				}
				out = append(out, &item{Span: Span{start, end, text[start:end]}, name: text[start:end], typ: "PER",
					role: role, country: code, title: true, former: former, byName: byName})
				i += n
				found = true
				break
			}
		}
	}
	return out
}

// arWali is «ولي» normalised.
const arWali = "ولي"

// bareRoyalTitle returns the number of tokens from i of «ولي العهد» or
// «ولي ولي العهد» (with a conjunction or preposition on the first) that
// no nation's adjective or name follows and no title stands before
// (مستشار ولي العهد is another's title), its role, and the byte length of
// the proclitic on its first word; 0 when none.
func bareRoyalTitle(toks []token, i int) (n int, role string, prefix int) {
	if i+1 >= len(toks) || !strings.HasSuffix(toks[i].key, arWali) {
		return 0, "", 0 // (no clitic readings computed for other words)
	}
	wali := false
	for _, r := range toks[i].readings() {
		if r.Stem == arWali {
			wali, prefix = true, r.Prefix
			break
		}
	}
	if !wali {
		return 0, "", 0
	}
	n, role = 2, "crown-prince"
	if toks[i+1].key == arWali {
		n, role = 3, "deputy-crown-prince"
	}
	if i+n-1 >= len(toks) || toks[i+n-1].key != "العهد" {
		return 0, "", 0
	}
	if i > 0 && ArTitleHead(toks[i-1].raw) && toks[i-1].key != arWali {
		return 0, "", 0 // نائب ولي العهد، مستشار ولي العهد
	}
	if k := i + n; k < len(toks) && (strings.HasPrefix(toks[k].key, "ال") && (strings.HasSuffix(toks[k].key, "ي") || strings.HasSuffix(toks[k].key, "يه")) ||
		strings.HasPrefix(toks[k].key, "ل") && !strings.HasPrefix(toks[k].key, "ال")) {
		return 0, "", 0 // ولي العهد البحريني، ولي العهد لدولة الكويت: another nation's
	}
	return n, role, prefix
}

// countryNamed returns the code of the country whose one-word name is the
// normalised key (إيران، العراق), "" when none.
func (l *Linker) countryNamed(key string) string {
	for _, e := range l.lex.LookupKey(key) {
		if e.Type == "GPE" && e.Kind == "country" && e.Country != "" {
			return e.Country
		}
	}
	return ""
}

// currentWords mark a title as today's office (الرئيس التشادي الحالي),
// set against a former one.
var currentWords = map[string]bool{"الحالي": true, "الحاليه": true}

// formerWords mark a title as a past office (الرئيس اليمني السابق).
var formerWords = map[string]bool{"السابق": true, "السابقه": true, "الاسبق": true, "الاسبقه": true, "الراحل": true}

// joinedRun reports whether consecutive tokens are separated by white space
// only.
func joinedRun(text string, toks []token) bool {
	for k := 1; k < len(toks); k++ {
		if !joined(text, toks[k-1], toks[k]) {
			return false
		}
	}
	return true
}

// longest returns the longest mention text of a cluster that is not a
// title phrase.
func longest(items []*item) string {
	best := ""
	for _, it := range items {
		if !it.title && utf8.RuneCountInString(it.name) > utf8.RuneCountInString(best) {
			best = it.name
		}
	}
	return best
}

// majorityType returns the most frequent type among the mentions of a
// cluster that have the most words, ties going to the cluster's type.
func majorityType(c *cluster) string {
	// The fullest forms of the name vote: a tagger that types a surname
	// alone as a place (كوليسنيكوف) does not outvote the full name it
	// joined («أندريه كوليسنيكوف», a person).
	most := 0
	for _, it := range c.items {
		if it.typ != "" && it.typ != "-" {
			most = max(most, len(it.words))
		}
	}
	count := map[string]int{}
	for _, it := range c.items {
		if it.typ != "" && it.typ != "-" && len(it.words) >= most {
			count[it.typ]++
		}
	}
	// The highest count wins; a tie goes to the cluster's type, else to
	// the first type in alphabetical order (map order is random).
	best := c.typ
	for typ, n := range count {
		switch {
		case n > count[best]:
			best = typ
		case n == count[best] && best != c.typ && (typ == c.typ || typ < best):
			best = typ
		}
	}
	return best
}
