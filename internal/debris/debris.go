// Package debris recognises the boilerplate lines of news pages — menus,
// share and subscribe prompts, "اقرأ المزيد", related-article labels,
// comment policies, script walls, photo credits — so that the extractor and
// the text-dump reader can drop them. Its phrase lists are plain data in
// lexicon.go.
package debris

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Filter recognises debris lines. Build it with New; it is safe for
// concurrent use.
type Filter struct {
	exact         map[string]bool
	prefixes      []string
	anywhere      []string
	shortAnywhere []string
}

// New returns a Filter over marsad's own lexicon.
func New() *Filter {
	f := &Filter{exact: make(map[string]bool, len(exact))}
	for _, p := range exact {
		f.exact[norm(p)] = true
	}
	for _, p := range prefixes {
		f.prefixes = append(f.prefixes, norm(p))
	}
	for _, p := range anywhere {
		f.anywhere = append(f.anywhere, norm(p))
	}
	for _, p := range shortAnywhere {
		f.shortAnywhere = append(f.shortAnywhere, norm(p))
	}
	return f
}

// IsNavigation reports whether line is, as a whole, a navigation or
// service label (التالي, "Related articles", اشترك): the kind of line after
// which a page's article has ended.
func (f *Filter) IsNavigation(line string) bool {
	return f.exact[norm(line)]
}

// IsDebris reports whether line, one paragraph of a page, is boilerplate.
func (f *Filter) IsDebris(line string) bool {
	n := norm(line)
	if n == "" {
		return !HasLetter(line) && strings.TrimSpace(line) != ""
	}
	if f.exact[n] {
		return true
	}
	for _, p := range f.anywhere {
		if strings.Contains(n, p) {
			return true
		}
	}
	words := strings.Count(n, " ") + 1
	if words <= maxNoticeWords {
		for _, p := range f.shortAnywhere {
			if strings.Contains(n, p) {
				return true
			}
		}
	}
	if words <= maxPrefixWords {
		raw := strings.ToLower(strings.TrimSpace(line))
		for _, p := range labelPrefixes {
			if strings.HasPrefix(raw, p) {
				return true
			}
		}
		for _, p := range f.prefixes {
			if strings.HasPrefix(n, p) && (len(n) == len(p) || n[len(p)] == ' ') {
				return true
			}
		}
	}
	return false
}

// IsCaption reports whether line is a photo caption: a short line that ends
// with a picture credit such as «(أ ف ب)», «(رويترز)», "(AFP)" or
// "(Getty Images)".
func IsCaption(line string) bool {
	s := strings.TrimSpace(line)
	if utf8.RuneCountInString(s) > 400 || !strings.HasSuffix(s, ")") {
		return false
	}
	open := strings.LastIndex(s, "(")
	if open < 0 {
		return false
	}
	credit := norm(s[open:])
	for _, c := range credits {
		if credit == c {
			return true
		}
	}
	return false
}

var credits = func() []string {
	raw := []string{
		"أ ف ب", "أ.ف.ب", "ا ف ب", "رويترز", "أ ب", "أ.ب", "اسوشييتد برس", "أسوشيتد برس", "الأناضول", "غيتي", "غيتي إيمجز", "غيتي ايماجز",
		"إ ب أ", "ا ب ا", "د ب أ", "شينخوا", "سبوتنيك", "تاس", "واس", "مواقع التواصل", "مواقع التواصل الاجتماعي", "أرشيفية", "ارشيفية", "أرشيف",
		"afp", "reuters", "ap", "getty", "getty images", "epa", "anadolu", "xinhua", "file photo", "file", "afp via getty images",
	}
	out := make([]string, len(raw))
	for i, r := range raw {
		out[i] = norm(r)
	}
	return out
}()

// HasLetter reports whether s holds a letter of any script.
func HasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// norm lower-cases s, drops Arabic diacritics and tatweel, folds alef forms,
// ى and ة, and turns every run of non-letters into one space.
func norm(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case r >= 0x064B && r <= 0x065F, r == 0x0670, r == 0x0640:
			continue
		case r == 'أ' || r == 'إ' || r == 'آ' || r == 'ٱ':
			r = 'ا'
		case r == 'ى':
			r = 'ي'
		case r == 'ة':
			r = 'ه'
		case r == '©':
			// kept: "©" lines are copyright notices.
		case !unicode.IsLetter(r) && !unicode.IsNumber(r):
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}
