package link

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/marsad/marsad/internal/lexicon"
)

// FindGazetteerMentions finds the lexicon's aliases in raw text: the longest
// alias starting at each word, on word boundaries, with the words separated
// by white space only; a conjunction, preposition or article (و ف ب ل ك ال)
// may be attached to the first word and is left out of the span. Nationality
// adjectives and title words are not aliases and are not found.
func (l *Linker) FindGazetteerMentions(text string) []Mention {
	toks := tokenize(text)
	var out []Mention
	maxN := l.lex.MaxAliasWords()
	var b strings.Builder
	for i := 0; i < len(toks); {
		if n, m, ok := l.quotedAt(text, toks, i); ok {
			out = append(out, m)
			i += n
			continue
		}
		n, m, ok := l.longestAt(text, toks, i, maxN, 0, &b)
		if !ok {
			i++
			continue
		}
		if m.Start == toks[i].start && strings.HasPrefix(toks[i].key, "و") && len(out) > 0 && i > 0 && out[len(out)-1].End == toks[i-1].end {
			// الرياض وجدة: after a name, a word that is و and a name
			// joins that name to the list (Jeddah), though the whole word
			// is a name too (وجدة, Oujda)
			if n2, m2, ok2 := l.longestAt(text, toks, i, maxN, len("و"), &b); ok2 && m2.Type == out[len(out)-1].Type {
				n, m = n2, m2
			}
		}
		if n == 1 && (Birthplace(text, m.Start, m.End) || SunsetPrayer(text, m.Start, m.End)) {
			i++
			continue
		}
		if m.Type == "ORG" && i+n < len(toks) && l.otherCountryClub(m.Text, text[toks[i+n].start:toks[i+n].end]) {
			// نادي الهلال السوداني: another country's club of that name
			i += n
			continue
		}
		if m.Type == "PER" && i > 0 && isBin(toks[i-1].key) {
			// فيصل بن [سلمان بن عبدالعزيز]: a father's name in a
			// lineage, not a mention of him
			i += n
			continue
		}
		out = append(out, m)
		i += n
	}
	return out
}

// Birthplace reports whether text[start:end] is مسقط before رأس (head):
// مسقط رأسه is «his birthplace», not Muscat.
func Birthplace(text string, start, end int) bool {
	if lexicon.Normalize(text[start:end]) != mascat {
		return false
	}
	n := wordAfter(text, end)
	return strings.HasPrefix(n, "راس") && len(n) <= len("راسهما")
}

// wordAfter returns the word after offset end (over spaces), normalised,
// without the punctuation that closes it.
func wordAfter(text string, end int) string {
	next, _, _ := strings.Cut(strings.TrimLeft(text[end:], " "), " ")
	return lexicon.Normalize(strings.TrimRightFunc(next, func(r rune) bool { return !unicode.IsLetter(r) }))
}

var mascat = lexicon.Normalize("مسقط")

// SunsetPrayer reports whether text[start:end] is المغرب after a word of
// prayer (صلاة المغرب، أذان المغرب، صلاتي المغرب والعشاء): the sunset
// prayer, not Morocco.
func SunsetPrayer(text string, start, end int) bool {
	if lexicon.Normalize(text[start:end]) != maghrib {
		return false
	}
	before := strings.TrimRight(text[:start], " ")
	prev := lexicon.Normalize(before[strings.LastIndexByte(before, ' ')+1:])
	if prayerWords[prev] {
		return true
	}
	// موعد المغرب في القاهرة: the prayer's time; موعد المغرب مع البرتغال،
	// والبرتغال، أمام السنغال: Morocco's match
	next := wordAfter(text, end)
	match := matchNext[next] || strings.HasPrefix(next, "و") && len(next) > len("وال")
	return timeWords[prev] && !match
}

// matchNext are the words, normalised, after «موعد المغرب» that make it
// Morocco's match (with «و» and a name: والبرتغال).
var matchNext = map[string]bool{"مع": true, "امام": true, "ضد": true}

var timeWords = map[string]bool{lexicon.Normalize("موعد"): true, lexicon.Normalize("وموعد"): true}

var maghrib = lexicon.Normalize("المغرب")

// prayerWords are the words, normalised, before المغرب that make it the
// sunset prayer, with their proclitics.
var prayerWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("صلاة صلاتي صلاتا أذان آذان وقت") {
		n := lexicon.Normalize(w)
		for _, p := range []string{"", "و", "ب", "ل", "ف", "وب", "ول"} {
			m[lexicon.Normalize(p)+n] = true
		}
	}
	return m
}()

// maxQuotedWords is the most words of a name that stands for an entity
// only in quotation marks (see lexicon.LookupQuoted).
const maxQuotedWords = 4

// quotedAt returns the name in quotation marks that starts at token i and
// stands for an entity only so quoted («الشرق الأوسط» the newspaper, not
// the region), and the number of tokens it spans.
func (l *Linker) quotedAt(text string, toks []token, i int) (int, Mention, bool) {
	if !opensQuote(text, toks[i].start) {
		return 0, Mention{}, false
	}
	for n := min(maxQuotedWords, len(toks)-i); n >= 1; n-- {
		start, end := toks[i].start, toks[i+n-1].end
		if !closesQuote(text, end) {
			continue
		}
		if es := l.lex.LookupQuoted(text[start:end]); len(es) > 0 {
			return n, Mention{Start: start, End: end, Text: text[start:end], Type: es[0].Type}, true
		}
	}
	return 0, Mention{}, false
}

// opensQuote reports whether a quotation mark stands right before byte i
// of text; closesQuote whether one stands right at byte i.
func opensQuote(text string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return r == '«' || r == '"' || r == '“'
}

func closesQuote(text string, i int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:])
	return r == '»' || r == '"' || r == '”'
}

// longestAt returns the longest alias match starting at token i and the
// number of tokens it spans, reading at least minPrefix bytes of the first
// word as proclitics.
func (l *Linker) longestAt(text string, toks []token, i, maxN, minPrefix int, b *strings.Builder) (int, Mention, bool) {
	// Cheap test on the normalised word before computing clitic readings:
	// some alias must start with the word or with one of its tails.
	most := 0
	for _, tail := range tails(toks[i].key) {
		most = max(most, l.lex.AliasWords(tail))
	}
	if most == 0 {
		return 0, Mention{}, false
	}
	for n := min(maxN, most, len(toks)-i); n >= 1; n-- {
		if n > 1 && !joined(text, toks[i+n-2], toks[i+n-1]) {
			continue
		}
		if n > 1 && !joinedRun(text, toks[i:i+n]) {
			continue
		}
		for _, c := range toks[i].readings() {
			if c.Prefix < minPrefix {
				continue
			}
			if n == 1 && (utf8.RuneCountInString(c.Stem) < 3 || l.lex.Ambiguous(c.Stem)) {
				continue
			}
			b.Reset()
			b.WriteString(c.Stem)
			for _, t := range toks[i+1 : i+n] {
				b.WriteByte(' ')
				b.WriteString(t.key)
			}
			es := l.lex.LookupKey(b.String())
			if len(es) == 0 {
				continue
			}
			e := l.pick(es, "")
			if n == 1 && e.Type == "GPE" && strippedArticle(text[toks[i].start:toks[i].start+c.Prefix]) {
				// الحدود السورية: a place's one-word name (سورية) takes no
				// article; with one it is the nationality adjective
				continue
			}
			start, end := toks[i].start+c.Prefix, toks[i+n-1].end
			return n, Mention{Start: start, End: end, Text: text[start:end], Type: e.Type}, true
		}
	}
	return 0, Mention{}, false
}

// strippedArticle reports whether the proclitics before a reading's stem
// end with the article (ال، وال، بال، لل).
func strippedArticle(pre string) bool {
	p := lexicon.Normalize(pre)
	return strings.HasSuffix(p, "ال") || strings.HasSuffix(p, "لل")
}

// tails returns k and k without its first one to four letters: the
// candidates for the stem of k after proclitics (وبال, لل …). A lam is put
// back as the article where لل stood for لِ + ال.
func tails(k string) []string {
	out := make([]string, 0, 6)
	out = append(out, k)
	rest := k
	for range 4 {
		_, n := utf8.DecodeRuneInString(rest)
		if n == 0 {
			break
		}
		rest = rest[n:]
		if utf8.RuneCountInString(rest) < 2 {
			break
		}
		out = append(out, rest)
		if strings.HasPrefix(rest, "ل") {
			out = append(out, "ا"+rest)
		}
	}
	return out
}

// otherCountryClub reports whether the alias a names a club of the
// lexicon and the word after it, next, is the nisba of another country
// (نادي الهلال السوداني، نادي النصر الإماراتي). Not other bodies: a
// nisba after them is as often another noun's (مخازن حزب الله السورية)
// or the speaker's (حزب الله الإيراني in the Gulf press).
func (l *Linker) otherCountryClub(a, next string) bool {
	if !strings.HasPrefix(next, "ال") {
		return false // a nisba has the article: the cheap test first
	}
	es := l.lex.Lookup(a)
	if len(es) != 1 || es[0].Kind != "club" || es[0].Country == "" {
		return false
	}
	if ws := strings.Fields(a); len(ws) > 1 {
		if _, ok := l.lex.Demonym(ws[len(ws)-1]); ok {
			return false // السد القطري الإسباني X: the club's own nisba, then a person's
		}
	}
	c, ok := l.lex.Demonym(next)
	return ok && c.Country != "" && c.Country != es[0].Country
}
