package charset

import (
	"bytes"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

// Statistical detection (rule 5).
//
// The detector decodes a sample of the body with every candidate encoding
// and scores each decoding as text. The highest score wins; if no score is
// above zero, detection gives up and the caller falls back to windows-1252.
// Ties go to the candidate listed first in newDetector, so windows-1252 wins
// over windows-1256 for French text that decodes the same in both.
//
// The score adds up evidence from the non-ASCII characters only, because
// every candidate decodes ASCII the same way. Text is cut into words (runs
// of letters and marks). With the weights of the constants below:
//
//   - A letter of the script the candidate's language uses earns points by
//     its rank in the language's frequency list (langdata.go): the first ten
//     letters earn 8, the next ten 5 or 6, and the rarest Russian letters
//     -2, since a wrong decoding hits them as often as common ones.
//     Upper-case Latin and Cyrillic letters earn half, because real text is
//     mostly lower case. For CJK candidates, a character from the list of
//     common characters earns 8 and any other character 0; Japanese kana
//     earn 5 to 8, as only Japanese writes them.
//   - A word that mixes scripts scores weightMixed per non-ASCII character
//     instead: an Arabic letter beside a Latin one ("نè"), a Cyrillic letter
//     inside an ASCII word ("Universitдt"), or a Latin word made mostly of
//     accented letters ("ÇáÚÑÈíÉ", which is Arabic read as windows-1252).
//     Japanese may mix kanji and kana, Korean Hangul and hanja.
//   - A lower-case letter followed by an upper-case one inside a word costs
//     weightFlip ("лНЯЙБЮ" is Russian windows-1251 read as KOI8-R); an
//     Arabic vowel sign with no letter before it costs weightStray.
//   - U+FFFD, a control or a private-use character costs weightBad; a rare
//     symbol (¤ ¦ ¹ ¼, box drawing, half-width katakana) weightRare.
//   - Characters of double-byte encodings count twice, so that scores
//     compare per byte of input.
//
// What separates the difficult pairs:
//
//   - windows-1256 from ISO-8859-6: ف ق ك, common letters, are bytes that
//     ISO-8859-6 leaves undefined (U+FFFD), and و ي ه of ISO-8859-6 are
//     è ê ç in windows-1256, which makes words of mixed script.
//   - windows-1256 from windows-1252: Arabic read as windows-1252 gives words
//     of accented capitals and small letters, which the mixed-script and
//     case rules punish; windows-1252 German read as windows-1256 puts Arabic
//     letters inside Latin words (ä is ن, ß is ك).
//   - windows-1251 from KOI8-R: the same letters at swapped cases and
//     positions; the case rule and the letter frequencies decide.
//   - The CJK encodings: invalid sequences first (a candidate with more than
//     one invalid sequence per 20 non-ASCII bytes is dropped, by a check of
//     the byte structure and then by the U+FFFD of the decoding), then the
//     share of common characters, kana (only Japanese writes them) and
//     Hangul (only Korean).
//
// The sample starts just before the first non-ASCII byte and ends after
// sampleHigh non-ASCII bytes or sampleMax bytes, whichever comes first.
// Single-byte candidates score only its words with non-ASCII bytes.
const (
	sampleMax  = 64 << 10
	sampleHigh = 4 << 10
)

// Weights. A frequent letter of the right language earns 8.
const (
	weightBad    = -16 // U+FFFD, controls, private use
	weightRare   = -3  // rare symbols
	weightMixed  = -8  // per non-ASCII character of a mixed-script word
	weightFlip   = -6  // per lower-to-upper case change inside a word
	weightStray  = -4  // per vowel sign without a letter before it
	weightAlien  = -4  // a letter of a script the language does not use
	weightCommon = 8   // a character from a CJK common list
)

// lang is the language model a candidate encoding is scored with.
type lang uint8

const (
	langLatin lang = iota
	langArabic
	langRussian
	langChinese
	langJapanese
	langKorean
)

// candidate is an encoding that detection may choose.
type candidate struct {
	name string
	enc  encoding.Encoding
	lang lang
	// table describes each byte of a single-byte encoding, with weights.
	// It is nil for multi-byte encodings.
	table *[256]info
	// shape describes the byte structure of a multi-byte encoding.
	shape *shape
}

// detector holds the candidates and the language data. It is built once, on
// first use, and never changes afterwards.
type detector struct {
	candidates []candidate
	tiers      map[rune]int16 // letter weights of the alphabetic languages
	common     map[rune]uint8 // CJK common characters: bit 1<<lang per language
}

var sharedDetector = sync.OnceValue(newDetector)

func newDetector() *detector {
	d := &detector{
		tiers:  make(map[rune]int16),
		common: make(map[rune]uint8),
	}
	for _, l := range []struct {
		list  string
		tiers [4]int16
	}{
		// The rarest Russian letters (ф ъ ё) score below zero: a wrong
		// decoding hits them as often as any other letter.
		{russianLetters, [4]int16{8, 5, 1, -2}},
		{arabicLetters, [4]int16{8, 5, 2, 0}},
		// Accented letters are rare in any one Western language, and the
		// list serves ten of them, so its tail stays positive.
		{latinLetters, [4]int16{8, 6, 4, 3}},
	} {
		i := 0
		for _, r := range l.list {
			d.tiers[r] = l.tiers[min(i/10, 3)]
			i++
		}
	}
	for _, l := range []struct {
		list string
		lang lang
	}{{hanziCommon, langChinese}, {kanjiCommon, langJapanese}, {kanaCommon, langJapanese}, {hangulCommon, langKorean}} {
		for _, r := range l.list {
			d.common[r] |= 1 << l.lang
		}
	}
	// Order matters: ties go to the earlier candidate.
	d.candidates = []candidate{
		{name: "windows-1252", enc: charmap.Windows1252, lang: langLatin},
		{name: "windows-1256", enc: charmap.Windows1256, lang: langArabic},
		{name: "iso-8859-6", enc: charmap.ISO8859_6, lang: langArabic},
		{name: "windows-1251", enc: charmap.Windows1251, lang: langRussian},
		{name: "koi8-r", enc: charmap.KOI8R, lang: langRussian},
		{name: "gbk", enc: simplifiedchinese.GB18030, lang: langChinese, shape: gbkShape()},
		{name: "big5", enc: traditionalchinese.Big5, lang: langChinese, shape: big5Shape()},
		{name: "shift_jis", enc: japanese.ShiftJIS, lang: langJapanese, shape: shiftJISShape()},
		{name: "euc-jp", enc: japanese.EUCJP, lang: langJapanese, shape: eucJPShape()},
		{name: "euc-kr", enc: korean.EUCKR, lang: langKorean, shape: eucKRShape()},
	}
	for i := range d.candidates {
		c := &d.candidates[i]
		cm, ok := c.enc.(*charmap.Charmap)
		if !ok {
			continue
		}
		c.table = new([256]info)
		for b := range 256 {
			r := cm.DecodeByte(byte(b))
			c.table[b] = d.describe(r, c.lang)
		}
	}
	return d
}

// describe classifies r and weighs it for language l.
func (d *detector) describe(r rune, l lang) info {
	in := classify(r)
	in.shadda = r == 0x0651
	in.weight = d.weight(r, in, l)
	return in
}

// weight is what character r, classified as in, is worth in language l.
func (d *detector) weight(r rune, in info, l lang) int16 {
	switch in.cls {
	case bad:
		return weightBad
	case rare:
		return weightRare
	case letter, mark:
	default:
		return 0
	}
	switch l {
	case langArabic:
		switch in.script {
		case arabic:
			if in.cls == mark {
				return arabicMarkWeight(r)
			}
			if w, ok := d.tiers[r]; ok {
				return w
			}
			return 2 // Persian and Urdu letters, tatweel
		case latin:
			return 1 // French words on Arabic pages
		}
	case langLatin, langRussian:
		want := latin
		if l == langRussian {
			want = cyrillic
		}
		if in.script != want || in.cls == mark {
			break
		}
		w, ok := d.tiers[unicode.ToLower(r)]
		if !ok {
			w = 2
		}
		if in.upper {
			w = (w + 1) / 2
		}
		return w
	case langChinese:
		if in.script == han {
			if d.common[r]&(1<<langChinese) != 0 {
				return weightCommon
			}
			return 0
		}
	case langJapanese:
		switch in.script {
		case kana:
			switch {
			case d.common[r]&(1<<langJapanese) != 0:
				return weightCommon
			case r <= 0x309F: // hiragana
				return 6
			}
			return 5
		case han:
			if d.common[r]&(1<<langJapanese) != 0 {
				return 6
			}
			return 0
		}
	case langKorean:
		switch in.script {
		case hangul:
			if d.common[r]&(1<<langKorean) != 0 {
				return weightCommon
			}
			return 0
		case han:
			return 0
		}
	}
	return weightAlien
}

// arabicMarkWeight weighs the Arabic vowel signs. Tanwin fath (as in أيضاً)
// and shadda are the ones news text writes.
func arabicMarkWeight(r rune) int16 {
	switch r {
	case 0x064B, 0x0651:
		return 2
	case 0x064E, 0x064F, 0x0650, 0x0652:
		return 1
	}
	return 0
}

// detectLegacy chooses among the candidate encodings for sample, which
// holds high non-ASCII bytes. It reports false if no candidate scores above
// zero.
func (d *detector) detectLegacy(sample []byte, high int) (candidate, bool) {
	words := nonASCIIWords(sample)
	best, bestScore := -1, 0
	for i := range d.candidates {
		c := &d.candidates[i]
		var score int
		if c.table != nil {
			score = c.scoreSingle(words)
		} else {
			var ok bool
			if score, ok = d.scoreMulti(c, sample, high); !ok {
				continue
			}
		}
		if score > bestScore {
			best, bestScore = i, score
		}
	}
	if best < 0 {
		return candidate{}, false
	}
	return d.candidates[best], true
}

// nonASCIIWords returns the runs of ASCII letters and non-ASCII bytes in
// sample that hold at least one non-ASCII byte, each followed by a space.
// The rest of the sample decodes to the same ASCII in every single-byte
// candidate and scores nothing, so single-byte candidates score only this.
func nonASCIIWords(sample []byte) []byte {
	out := make([]byte, 0, len(sample)/2)
	for i := 0; i < len(sample); {
		start, hasHigh := i, false
		for ; i < len(sample); i++ {
			c := sample[i]
			if c >= utf8.RuneSelf {
				hasHigh = true
			} else if !isAlpha(c) {
				break
			}
		}
		if hasHigh {
			out = append(out, sample[start:i]...)
			out = append(out, ' ')
		}
		if i == start {
			i++
		}
	}
	return out
}

// scoreSingle scores words, from nonASCIIWords, decoded with a single-byte
// candidate.
func (c *candidate) scoreSingle(words []byte) int {
	s := scorer{unit: 1}
	for _, b := range words {
		s.add(&c.table[b])
	}
	s.endWord()
	return s.total
}

var replacementChar = []byte("\uFFFD")

// maxInvalid is how many invalid sequences a multi-byte candidate may have
// in a sample with high non-ASCII bytes before it is dropped unscored.
func maxInvalid(high int) int { return high / 20 }

// scoreMulti scores sample decoded with a multi-byte candidate. It reports
// false if the decoding has too many invalid sequences to be worth scoring:
// first by the byte structure alone, which is cheap, then by the U+FFFD of
// the decoding, which also counts valid sequences with no character.
func (d *detector) scoreMulti(c *candidate, sample []byte, high int) (int, bool) {
	if c.shape.invalid(sample) > maxInvalid(high) {
		return 0, false
	}
	out, err := c.enc.NewDecoder().Bytes(sample)
	if err != nil {
		return 0, false
	}
	if bytes.Count(out, replacementChar) > maxInvalid(high) {
		return 0, false
	}
	s := scorer{unit: 2}
	for i := 0; i < len(out); {
		r, size := utf8.DecodeRune(out[i:])
		i += size
		in := d.describe(r, c.lang)
		s.add(&in)
	}
	s.endWord()
	return s.total, true
}

// scorer adds up the score of one decoding; see the comment at the top of
// this file.
type scorer struct {
	total int
	unit  int // weight multiplier: bytes per character
	w     word
}

// word is the state of the word being read.
type word struct {
	ascii, nonASCII int
	scripts         uint16 // bit set of the scripts of non-ASCII letters and marks
	sum             int    // letter and mark weights
	flips           int    // lower-to-upper case changes
	stray           int    // vowel signs without a letter before them
	prevLower       bool
	prevMark        bool
	prevShadda      bool
}

func (s *scorer) add(in *info) {
	w := &s.w
	switch in.cls {
	case asciiLetter, letter:
		if in.upper && w.prevLower {
			w.flips++
		}
		w.prevLower = in.lower
		w.prevMark = false
		if in.cls == asciiLetter {
			w.ascii++
			return
		}
		w.nonASCII++
		w.scripts |= 1 << in.script
		w.sum += int(in.weight)
	case mark:
		if w.ascii+w.nonASCII == 0 || (w.prevMark && !w.prevShadda) {
			w.stray++
		}
		w.nonASCII++
		if in.script != noScript {
			w.scripts |= 1 << in.script
		}
		w.sum += int(in.weight)
		w.prevMark = true
		w.prevShadda = in.shadda
	case joiner:
		// Stays inside the word and scores nothing.
	default:
		s.endWord()
		s.total += int(in.weight) * s.unit
	}
}

// endWord scores the word read so far and starts a new one.
func (s *scorer) endWord() {
	w := &s.w
	if w.nonASCII > 0 {
		v := w.sum + weightFlip*w.flips + weightStray*w.stray
		if w.mixed() {
			v = weightMixed * w.nonASCII
		}
		s.total += v * s.unit
	}
	*w = word{}
}

// mixed reports whether the word mixes scripts in a way real text does not.
func (w *word) mixed() bool {
	const (
		japanese = 1<<han | 1<<kana
		korean   = 1<<han | 1<<hangul
		noASCII  = 1<<arabic | 1<<cyrillic | 1<<greek | 1<<hebrew
	)
	sc := w.scripts
	switch {
	case sc&(sc-1) != 0 && sc&^japanese != 0 && sc&^korean != 0:
		return true // two scripts, and not Japanese or Korean ones
	case w.ascii > 0 && sc&noASCII != 0:
		return true // a non-Latin letter inside an ASCII word
	case sc == 1<<latin && w.nonASCII >= 2 && w.nonASCII > w.ascii:
		return true // a Latin word made mostly of accented letters
	}
	return false
}
