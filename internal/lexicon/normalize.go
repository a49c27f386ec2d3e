package lexicon

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Normalize returns the lookup key of s: NFKC, Arabic diacritics, Quranic
// marks and tatweel removed, alef forms (أ إ آ ٱ) unified to ا, ى to ي, ة to
// ه, Latin lower-cased, punctuation other than letters and digits turned into
// spaces, and runs of spaces collapsed.
func Normalize(s string) string {
	if needsNFKC(s) {
		s = norm.NFKC.String(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	space := true // suppress leading spaces
	for _, r := range s {
		switch {
		case isArabicMark(r):
			continue
		case r == 'أ' || r == 'إ' || r == 'آ' || r == 'ٱ':
			r = 'ا'
		case r == 'ى':
			r = 'ي'
		case r == 'ة':
			r = 'ه'
		case r == 'ک':
			r = 'ك'
		case r == 'ی':
			r = 'ي'
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			r = unicode.ToLower(r)
		case r == '+' || r == '&':
			// keep: "رابطة الدول المستقلة+", "AT&T"
		default:
			if !space {
				b.WriteByte(' ')
				space = true
			}
			continue
		}
		b.WriteRune(r)
		space = false
	}
	out := b.String()
	return strings.TrimRight(out, " ")
}

// needsNFKC reports whether s has a rune that NFKC may change: anything
// outside printable ASCII, white space and the basic Arabic block (whose
// compatibility characters U+0675–U+0678 excepted). Arabic marks that NFC
// would compose are dropped by Normalize anyway.
func needsNFKC(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < utf8.RuneSelf {
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r < 0x0600 || r > 0x06FF || r >= 0x0675 && r <= 0x0678 {
			return true
		}
		i += n - 1
	}
	return false
}

// isArabicMark reports whether r is an Arabic diacritic, Quranic annotation
// mark or the tatweel, all of which Normalize drops.
func isArabicMark(r rune) bool {
	return r >= 0x064B && r <= 0x065F || r == 0x0670 || r == 0x0640 ||
		r >= 0x0610 && r <= 0x061A || r >= 0x06D6 && r <= 0x06ED && r != 0x06E5 && r != 0x06E6
}

// Clitic is one way to read a word as proclitics followed by a stem.
type Clitic struct {
	// Prefix is the number of bytes of the input taken by the proclitics
	// (diacritics after them included); the stem starts there.
	Prefix int
	// Stem is the normalised rest of the word, with "ال" restored when the
	// proclitic was لِـ before the article (للرئيس → الرئيس).
	Stem string
	// Article reports whether Stem begins with the article ال.
	Article bool
}

// minStem is the shortest stem, in runes, that a clitic reading may leave:
// shorter stems are too often parts of ordinary words.
const minStem = 3

// Clitics returns the readings of one raw word as conservative Arabic
// proclitics (و or ف, then one of ب ل ك, then the article ال) followed by a
// stem, from the least to the most stripped. The first reading is the whole
// word. Readings whose stem would be shorter than three letters are left out.
func Clitics(word string) []Clitic {
	out := []Clitic{{Prefix: 0, Stem: Normalize(word)}}
	out[0].Article = strings.HasPrefix(out[0].Stem, "ال")
	pos := 0
	take := func(set string) (rune, bool) {
		r, n := utf8.DecodeRuneInString(word[pos:])
		if n == 0 || !strings.ContainsRune(set, r) {
			return 0, false
		}
		p := pos + n
		for p < len(word) {
			m, k := utf8.DecodeRuneInString(word[p:])
			if !isArabicMark(m) {
				break
			}
			p += k
		}
		pos = p
		return r, true
	}
	add := func(bool) {
		stem := Normalize(word[pos:])
		if utf8.RuneCountInString(stem) < minStem || stem == out[len(out)-1].Stem {
			return
		}
		out = append(out, Clitic{Prefix: pos, Stem: stem, Article: strings.HasPrefix(stem, "ال")})
	}
	if _, ok := take("وف"); ok {
		add(false)
	}
	if r, ok := take("بلك"); ok {
		// لل = لِ + ال: the article's alef is dropped after lam.
		if r2, n := utf8.DecodeRuneInString(word[pos:]); r == 'ل' && r2 == 'ل' {
			rest := Normalize(word[pos+n:])
			if utf8.RuneCountInString(rest) >= minStem {
				out = append(out,
					Clitic{Prefix: pos, Stem: "ال" + rest, Article: true},
					Clitic{Prefix: pos + n, Stem: rest})
			}
			return out
		}
		add(false)
	}
	// Article after the proclitics: keep the reading with it (above) and
	// add one without it.
	if strings.HasPrefix(Normalize(word[pos:]), "ال") {
		take("اأإآ")
		take("ل")
		add(false)
	}
	return out
}

// StripArticle removes a leading article ال from a normalised word when at
// least three letters remain.
func StripArticle(w string) string {
	if s, ok := strings.CutPrefix(w, "ال"); ok && utf8.RuneCountInString(s) >= minStem {
		return s
	}
	return w
}
