package terms

import "unicode/utf8"

// arabicStemmer is the token filter that strips the commonest prefixes and
// suffixes from Arabic words, in the spirit of Larkey's light10 stemmer
// (Larkey, Ballesteros and Connell, 2002): no roots, no dictionary, only the
// clitics and endings that turn one search word into dozens of surface
// forms. It runs on normalised words (see arabicNormalizer), so it sees ا for
// أ and ه for ة. Lengths below are counted in letters.
//
// 1. The article, alone or after a conjunction or preposition, is removed
// when at least three letters remain: وبال فبال وكال فكال, then وال فال بال
// كال ولل فلل, then ال لل (longest first, one of them). والرئيس, الرئيس and
// للرئيس all become رئيس. Three letters, not light10's two, keep الله
// from becoming له ("to him"), and the like.
//
// 2. The conjunction و is removed, again and again, while at least three
// letters remain, unless the word is one of the few listed in
// lang/arabic_waw.txt whose own first letter is و (وزير, وزارة, واشنطن).
// Removing it also after the article makes الوزير, والوزير and وزير agree
// where light10 does not. The other one-letter proclitics, ف ب ك ل and the
// future س, are never removed on their own: too many words and names begin
// with them (بوتين, فلاديمير, لبنان, كييف), and a wrong cut is worse than
// a missed one. They go only as part of an article, as in step 1.
//
// 3. Suffixes are removed, again and again, while one of them ends the word
// and enough letters remain before it:
//
//	ات      (feminine plural)              three letters remain
//	ان ون ين (dual, masculine plural)      four letters remain
//	ها      (her, its)                     three letters remain
//	ه       (ة, and "his")                 three letters remain
//	ي       (nisba, "my")                  four letters remain
//
// The dual and plural endings need four letters before them because so many
// names and common words end in those letters: بوتين, لبنان, ايران, البحرين,
// قانون, كانون, مليون keep their ending, while مسلحين, الرئيسان and يقولون
// lose it. The nisba ي needs four too, so that a three-letter adjective
// keeps it and stays apart from its base (روسي, مدني and دولي are not روس,
// مدن and دول) and the Soviet السوفياتية does not become سوف ("will").
// Light10's يه is not needed: ه then ي does the same, under the same limits.
// Repeating the step joins the forms of one word: الفلسطينيين, فلسطينية,
// فلسطيني and فلسطين all become فلسط, الروسي and الروسية become روسي,
// اللبناني becomes لبنان, and كبيرة becomes كبير.
//
// Because the same rules run on the index and on the query, a stem needs to
// be consistent, not pretty: اذربيجان and أذربيجان both give اذربيج, and
// دوشنبه gives دوشنب.
//
// Known misses, each the price of a rule above: a word after the
// prepositions ب ك ل or the conjunction ف without the article keeps them
// (لبوتين is not بوتين, and the ين rule then makes it لبوت); ل before a word
// that starts with ل reads as the article (للبنان gives بنان); an unlisted
// word that starts with و loses it (وصية gives صيه); and a broken plural is
// a word of its own (رؤساء is not رئيس, اسلحة is not سلاح).
type arabicStemmer struct{}

// arabicArticles are the article prefixes of step 1, longest first.
var arabicArticles = [...]string{
	"وبال", "فبال", "وكال", "فكال",
	"وال", "فال", "بال", "كال", "ولل", "فلل",
	"ال", "لل",
}

// arabicSuffix is one suffix of step 3 and the letters it must leave.
type arabicSuffix struct {
	s       string
	letters int // letters in s
	min     int // letters that must remain
}

var arabicSuffixes = [...]arabicSuffix{
	{"ات", 2, 3},
	{"ان", 2, 4},
	{"ون", 2, 4},
	{"ين", 2, 4},
	{"ها", 2, 3},
	{"ه", 1, 3},
	{"ي", 1, 4},
}

// maxArabicWord is the length, in bytes, beyond which a token is not taken
// for a word and is not stemmed: 40 letters, far more than any Arabic word
// with all its clitics. It keeps the stemmer linear on runs of letters.
const maxArabicWord = 40 * len("ا")

func (arabicStemmer) filter(t *token) {
	if t.kind != kindArabic || len(t.term) > maxArabicWord {
		return
	}
	t.term = stemArabic(t.term)
}

// stemArabic returns the stem of a normalised Arabic word, a subslice of w.
func stemArabic(w []byte) []byte {
	n := utf8.RuneCount(w)
	for _, p := range arabicArticles {
		if hasPrefix(w, p) {
			if k := utf8.RuneCountInString(p); n-k >= 3 {
				w, n = w[len(p):], n-k
			}
			break
		}
	}
	for n > 3 && hasPrefix(w, "و") {
		if _, keep := arabicWawStems()[string(stripArabicSuffixes(w))]; keep {
			break
		}
		w, n = w[len("و"):], n-1
	}
	return stripArabicSuffixes(w)
}

// stripArabicSuffixes removes the suffixes of step 3 from w.
func stripArabicSuffixes(w []byte) []byte {
	n := utf8.RuneCount(w)
	for stripped := true; stripped; {
		stripped = false
		for _, s := range arabicSuffixes {
			if n-s.letters >= s.min && hasSuffix(w, s.s) {
				w, n = w[:len(w)-len(s.s)], n-s.letters
				stripped = true
				break
			}
		}
	}
	return w
}

func hasPrefix(b []byte, p string) bool {
	return len(b) >= len(p) && string(b[:len(p)]) == p
}

func hasSuffix(b []byte, s string) bool {
	return len(b) >= len(s) && string(b[len(b)-len(s):]) == s
}
