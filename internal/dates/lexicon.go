package dates

import (
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// kind is a set of roles that a word or phrase can play in a date.
type kind uint64

const (
	kMonth         kind = 1 << iota // a Gregorian month name
	kHijriMonth                     // a Hijri month name
	kWeekday                        // a weekday name
	kWeekdaySuffix                  // "feira" after "segunda-"
	kDayOrdinal                     // an Arabic ordinal naming the day (التاسع)
	kOrdSuffix                      // st, nd, rd, th, er, º after a day number
	kConnector                      // de, of, من between date parts
	kYearIntro                      // عام before a year
	kEraGregorian                   // م after a Gregorian year
	kEraHijri                       // هـ after a Hijri year
	kMeridiem                       // am, pm, صباحاً, مساءً …
	kTimeIntro                      // at, الساعة … between a date and its time
	kDateIntro                      // on, den, الموافق … before a date
	kClockSuffix                    // Uhr, h
	kZone                           // a zone that can stand alone (GMT, EDT)
	kZonePrefix                     // بتوقيت
	kZonePlace                      // a place after بتوقيت

	// Roles in the expressions of running text (Extract).
	kRelDay    // أمس, اليوم, غداً, yesterday: a day relative to the reference
	kDayPart   // صباح, مساء before a relative day or a weekday
	kUnit      // يوم, عامين, أشهر, week: a unit of time, with a count
	kUnitDef   // الأسبوع, العام: a unit with the article
	kDirAfter  // الماضي, المقبل, الحالي after what they qualify
	kDirBefore // last, next, this, هذا before what they qualify
	kShift     // قبل, منذ, بعد before a count of units
	kAgo       // ago after a count of units
	kNumWord   // ثلاثة, two: a count in words
	kFiller    // واحد after a singular unit
	kApprox    // نحو, about between a shift and its count
	kYearCue   // في, منذ, in, since before a bare year or month
	kPart      // مطلع, early before a period
	kFraction  // النصف, quarter: a fraction of a year
	kOrdinal   // first, second before an English fraction
	kDecade    // تسعينيات
	kCentury   // القرن, century
	kArticle   // ال glued to a number (الـ20)
	kRangeFrom // من, بين, from, between
	kRangeTo   // إلى, و, to, and
)

// wordInfo tells what a word or phrase means. Value fields are zero when the
// word has no such role.
type wordInfo struct {
	kinds    kind
	starts   kind // roles of longer phrases that begin with this word
	month    int8 // 1–12 for kMonth
	hijri    int8 // 1–12 for kHijriMonth
	weekday  int8 // 1 (Sunday) – 7 for kWeekday
	day      int8 // 1–31 for kDayOrdinal
	meridiem int8 // meridiemAM … for kMeridiem
	zone     int16
	// Fields of running-text expressions, zero when unused.
	rel    int8  // kRelDay: days from the reference day
	unit   int8  // kUnit, kUnitDef: unitDay … unitDecade
	count  int8  // kUnit: 1 singular, 2 dual, 0 plural
	dir    int8  // kDirAfter, kDirBefore, kShift: dirPast, dirNext, dirThis
	num    uint8 // kNumWord: the count; kOrdinal: the ordinal
	decade int8  // kDecade: the tens digit, 2–9
	months int8  // kFraction: months in the fraction
}

// maxPhrase is the number of words in the longest phrase.
const maxPhrase = 3

type phraseKey [maxPhrase]uint16

// zone is a resolved time zone of the lexicon.
type zone struct {
	loc   *time.Location // nil for local and usDST zones
	us    bool
	usDST bool
	std   int
}

// lexicon holds every word the parser knows, normalised, with its roles. It
// is built once from the data in months.go and never changed afterwards.
type lexicon struct {
	ids     map[string]uint16
	filter  [filterBits / 64]uint64 // a one-hash Bloom filter over ids' keys
	words   []wordInfo              // by id; words[0] is the unknown word
	phrases map[phraseKey]wordInfo
	zones   []zone // by wordInfo.zone-1
	maxLen  int    // longest normalised word, in bytes

	// Words that the matcher handles by hand: "a.m.", "p.m.", "ت.غ", the
	// ISO 8601 "T" and "Z".
	idA, idP, idM, idT, idZ, idTaa, idGhain uint16
	// Words that Extract checks by hand: "في" and "الأمس" before اليوم.
	idFi, idAlams uint16

	offsets [offsetSlots]*time.Location // fixed zones for whole quarter hours
}

// filterBits is the size of the lexicon's Bloom filter, which spares most
// words of running text a map lookup.
const filterBits = 1 << 13

func filterHash(key []byte) uint {
	n := len(key)
	return (uint(key[0])*131 + uint(key[n-1])*31 + uint(key[n/2])*7 + uint(key[(n-1)/3]) + uint(n)*1031) % filterBits
}

const (
	maxOffset   = 14 * 3600
	offsetStep  = 15 * 60
	offsetSlots = 2*maxOffset/offsetStep + 1
)

// lex is the package's lexicon, read-only after initialisation.
var lex = newLexicon()

func newLexicon() *lexicon {
	l := &lexicon{
		ids:     make(map[string]uint16, 1024),
		words:   make([]wordInfo, 1, 1024),
		phrases: make(map[phraseKey]wordInfo, 128),
	}
	for i := range l.offsets {
		off := (i - offsetSlots/2) * offsetStep
		if off == 0 {
			l.offsets[i] = time.UTC
			continue
		}
		l.offsets[i] = time.FixedZone(offsetName(off), off)
	}
	for _, set := range gregorianMonths {
		for m, names := range set.names {
			for _, n := range names {
				l.add(n, wordInfo{kinds: kMonth, month: int8(m + 1)})
			}
		}
	}
	for m, names := range hijriMonths {
		for _, n := range names {
			l.add(n, wordInfo{kinds: kHijriMonth, hijri: int8(m + 1)})
		}
	}
	for d, names := range weekdays {
		for _, n := range names {
			l.add(n, wordInfo{kinds: kWeekday, weekday: int8(d + 1)})
		}
	}
	l.addAll(weekdaySuffixes, wordInfo{kinds: kWeekdaySuffix})
	l.addOrdinals()
	l.addAll(ordinalSuffixes, wordInfo{kinds: kOrdSuffix})
	l.addAll(connectors, wordInfo{kinds: kConnector})
	l.addAll(yearIntros, wordInfo{kinds: kYearIntro})
	l.addAll(gregorianEras, wordInfo{kinds: kEraGregorian})
	l.addAll(hijriEras, wordInfo{kinds: kEraHijri})
	for _, m := range meridiems {
		l.addAll(m.words, wordInfo{kinds: kMeridiem, meridiem: m.kind})
	}
	l.addAll(timeIntros, wordInfo{kinds: kTimeIntro})
	l.addAll(clockSuffixes, wordInfo{kinds: kClockSuffix})
	l.addAll(dateIntros, wordInfo{kinds: kDateIntro})
	l.addAll(zonePrefixes, wordInfo{kinds: kZonePrefix})
	l.addZones(zoneAbbreviations, kZone)
	l.addZones(zonePlaces, kZonePlace)
	l.addExprWords()
	l.idA = l.id("a")
	l.idP = l.id("p")
	l.idM = l.id("m")
	l.idT = l.id("t")
	l.idZ = l.id("z")
	l.idTaa = l.id("ت")
	l.idGhain = l.id("غ")
	l.idFi = l.id("في")
	l.idAlams = l.id("الأمس")
	return l
}

func (l *lexicon) addOrdinals() {
	c := arabicOrdinalCompounds
	for u, names := range arabicDayOrdinals {
		for _, n := range names {
			l.add(n, wordInfo{kinds: kDayOrdinal, day: int8(u + 1)})
		}
	}
	// 11–19, 21–29, 31: a unit (الحادي for one) and a tens word.
	units := func(u int) []string {
		if u == 0 {
			return []string{c.one}
		}
		return arabicDayOrdinals[u]
	}
	for u := 0; u < 9; u++ {
		for _, n := range units(u) {
			l.add(n+" "+c.teen, wordInfo{kinds: kDayOrdinal, day: int8(11 + u)})
			for _, t := range c.andTwenty {
				l.add(n+" "+t, wordInfo{kinds: kDayOrdinal, day: int8(21 + u)})
			}
		}
	}
	for _, n := range units(0) {
		for _, t := range c.andThirty {
			l.add(n+" "+t, wordInfo{kinds: kDayOrdinal, day: 31})
		}
	}
	for _, t := range c.twenty {
		l.add(t, wordInfo{kinds: kDayOrdinal, day: 20})
	}
	for _, t := range c.thirty {
		l.add(t, wordInfo{kinds: kDayOrdinal, day: 30})
	}
}

// addExprWords adds the words of running-text expressions (exprwords.go).
func (l *lexicon) addExprWords() {
	for _, r := range relativeDays {
		l.addAll(r.words, wordInfo{kinds: kRelDay, rel: r.days})
	}
	l.addAll(dayParts, wordInfo{kinds: kDayPart})
	for _, u := range unitWords {
		l.addAll(u.words, wordInfo{kinds: kUnit, unit: u.unit, count: u.count})
	}
	for _, u := range definiteUnits {
		l.addAll(u.words, wordInfo{kinds: kUnitDef, unit: u.unit})
	}
	for _, d := range directionsAfter {
		l.addAll(d.words, wordInfo{kinds: kDirAfter, dir: d.dir})
	}
	for _, d := range directionsBefore {
		l.addAll(d.words, wordInfo{kinds: kDirBefore, dir: d.dir})
	}
	for _, d := range shifts {
		l.addAll(d.words, wordInfo{kinds: kShift, dir: d.dir})
	}
	l.addAll(agoWords, wordInfo{kinds: kAgo})
	for _, n := range numberWords {
		l.addAll(n.words, wordInfo{kinds: kNumWord, num: n.n})
	}
	l.addAll(unitFillers, wordInfo{kinds: kFiller})
	l.addAll(approxWords, wordInfo{kinds: kApprox})
	l.addAll(yearCues, wordInfo{kinds: kYearCue})
	l.addAll(periodParts, wordInfo{kinds: kPart})
	for _, f := range fractions {
		l.addAll(f.words, wordInfo{kinds: kFraction, months: f.months})
	}
	for i, words := range englishOrdinals {
		l.addAll(words, wordInfo{kinds: kOrdinal, num: uint8(i + 1)})
	}
	for i, stem := range decadeStems {
		info := wordInfo{kinds: kDecade, decade: int8(i + 2)}
		for _, w := range []string{stem + "يات", stem + "ات"} {
			l.add(w, info)
			l.add("ال"+w, info)
		}
	}
	l.addAll(centuryWords, wordInfo{kinds: kCentury})
	l.addAll(articles, wordInfo{kinds: kArticle})
	l.addAll(rangeFroms, wordInfo{kinds: kRangeFrom})
	l.addAll(rangeTos, wordInfo{kinds: kRangeTo})
}

func (l *lexicon) addZones(defs []zoneDef, k kind) {
	for _, d := range defs {
		z := zone{us: d.us, usDST: d.usDST, std: d.offset}
		if !d.local && !d.usDST {
			z.loc = l.offsetLoc(d.offset)
			if d.offset != 0 && isASCII(d.names[0]) {
				z.loc = time.FixedZone(d.names[0], d.offset)
			}
		}
		l.zones = append(l.zones, z)
		for _, n := range d.names {
			l.add(n, wordInfo{kinds: k, zone: int16(len(l.zones))})
		}
	}
}

func (l *lexicon) addAll(phrases []string, info wordInfo) {
	for _, p := range phrases {
		l.add(p, info)
	}
}

// add records a word or a phrase of up to maxPhrase words with its roles.
// Conflicting values for the same word are a mistake in the data and panic.
func (l *lexicon) add(phrase string, info wordInfo) {
	words := strings.Fields(phrase)
	if len(words) == 0 || len(words) > maxPhrase {
		panic(fmt.Sprintf("dates: bad phrase %q in language data", phrase))
	}
	var key phraseKey
	for i, w := range words {
		key[i] = l.id(w)
	}
	if len(words) == 1 {
		merge(&l.words[key[0]], info, phrase)
		return
	}
	p := l.phrases[key]
	merge(&p, info, phrase)
	l.phrases[key] = p
	l.words[key[0]].starts |= info.kinds
}

// id returns the id of a word, assigning one if it is new.
func (l *lexicon) id(word string) uint16 {
	var buf [64]byte
	n := normalize(buf[:0], word)
	if len(n) == 0 || len(n) == len(buf) {
		panic(fmt.Sprintf("dates: bad word %q in language data", word))
	}
	if id, ok := l.ids[string(n)]; ok {
		return id
	}
	id := uint16(len(l.words))
	l.ids[string(n)] = id
	h := filterHash(n)
	l.filter[h/64] |= 1 << (h % 64)
	l.words = append(l.words, wordInfo{})
	l.maxLen = max(l.maxLen, len(n))
	return id
}

// lookup returns the id of a word of the input, or 0 when it is unknown.
func (l *lexicon) lookup(word string) uint16 {
	if len(word) > 4*l.maxLen {
		return 0
	}
	var buf [96]byte
	n := normalize(buf[:0], word)
	if len(n) == 0 || len(n) > l.maxLen {
		return 0
	}
	if h := filterHash(n); l.filter[h/64]&(1<<(h%64)) == 0 {
		return 0
	}
	return l.ids[string(n)]
}

// offsetLoc returns a fixed zone for an offset in seconds east of UTC,
// shared for whole quarter hours.
func (l *lexicon) offsetLoc(off int) *time.Location {
	if off == 0 {
		return time.UTC
	}
	if off%offsetStep == 0 && off >= -maxOffset && off <= maxOffset {
		return l.offsets[off/offsetStep+offsetSlots/2]
	}
	return time.FixedZone(offsetName(off), off)
}

func offsetName(off int) string {
	sign := byte('+')
	if off < 0 {
		sign, off = '-', -off
	}
	h, m := off/3600, off%3600/60
	return string([]byte{sign, byte('0' + h/10), byte('0' + h%10), ':', byte('0' + m/10), byte('0' + m%10)})
}

func merge(dst *wordInfo, src wordInfo, phrase string) {
	set := func(d *int8, s int8, what string) {
		if s == 0 {
			return
		}
		if *d != 0 && *d != s {
			panic(fmt.Sprintf("dates: %q is %s %d and %d in language data", phrase, what, *d, s))
		}
		*d = s
	}
	dst.kinds |= src.kinds
	dst.starts |= src.starts
	set(&dst.month, src.month, "month")
	set(&dst.hijri, src.hijri, "Hijri month")
	set(&dst.weekday, src.weekday, "weekday")
	set(&dst.day, src.day, "day")
	set(&dst.meridiem, src.meridiem, "meridiem")
	set(&dst.rel, src.rel, "relative day")
	set(&dst.unit, src.unit, "unit")
	set(&dst.count, src.count, "unit count")
	set(&dst.dir, src.dir, "direction")
	set(&dst.decade, src.decade, "decade")
	set(&dst.months, src.months, "fraction")
	if src.num != 0 {
		if dst.num != 0 && dst.num != src.num {
			panic(fmt.Sprintf("dates: %q is number %d and %d in language data", phrase, dst.num, src.num))
		}
		dst.num = src.num
	}
	if src.zone != 0 {
		if dst.zone != 0 && dst.zone != src.zone {
			panic(fmt.Sprintf("dates: %q names two time zones in language data", phrase))
		}
		dst.zone = src.zone
	}
}

// normalize appends the normalised form of word to dst: lower case, Latin
// accents removed, Arabic diacritics and tatweel removed, alef forms folded
// to ا, ى to ي, ة to ه, and Persian letters to their Arabic forms. It stops
// when dst is full.
func normalize(dst []byte, word string) []byte {
	for i := 0; i < len(word); {
		c := word[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if len(dst) == cap(dst) {
				return dst
			}
			dst = append(dst, c)
			i++
			continue
		}
		// The Arabic block, U+0600–U+06FF, is two bytes from D8 80 to
		// DB BF, and folds within itself.
		if c >= 0xD8 && c <= 0xDB && i+1 < len(word) && word[i+1]&0xC0 == 0x80 {
			r := arabicFold[int(c&0x03)<<6|int(word[i+1]&0x3F)]
			i += 2
			if r == 0 {
				continue
			}
			if len(dst)+2 > cap(dst) {
				return dst
			}
			dst = append(dst, byte(0xC0|r>>6), byte(0x80|r&0x3F))
			continue
		}
		r, size := utf8.DecodeRuneInString(word[i:])
		i += size
		r = foldRune(r)
		if r == 0 {
			continue
		}
		if r < utf8.RuneSelf {
			if len(dst) == cap(dst) {
				return dst
			}
			dst = append(dst, byte(r))
			continue
		}
		if len(dst)+utf8.RuneLen(r) > cap(dst) {
			return dst[:cap(dst)]
		}
		dst = utf8.AppendRune(dst, r)
	}
	return dst
}

// arabicFold is foldRune over the Arabic block, indexed by rune - U+0600.
var arabicFold = func() (t [256]rune) {
	for i := range t {
		t[i] = foldRune(rune(0x0600 + i))
	}
	return t
}()

// foldRune maps a letter to its normalised form, or to 0 when it is dropped.
func foldRune(r rune) rune {
	switch {
	case r < utf8.RuneSelf:
		if 'A' <= r && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	case isFormat(r):
		return 0
	case r >= 0x0600 && r <= 0x06FF:
		switch {
		case r >= 0x064B && r <= 0x065F, r == 0x0670, r == 0x0640, r >= 0x06D6 && r <= 0x06ED:
			return 0 // harakat, superscript alef, tatweel, Quranic marks
		}
		switch r {
		case 'أ', 'إ', 'آ', 'ٱ', 'ٲ', 'ٳ':
			return 'ا'
		case 'ى', 'ی', 'ې':
			return 'ي'
		case 'ة', 'ۀ', 'ھ', 'ە':
			return 'ه'
		case 'ک':
			return 'ك'
		case 'ڤ':
			return 'ف'
		case 'گ':
			return 'ك'
		}
		return r
	case r < 0x0250:
		r = unicode.ToLower(r)
		switch r {
		case 'à', 'á', 'â', 'ã', 'ä', 'å', 'ā', 'ă', 'ą':
			return 'a'
		case 'ç', 'ć', 'č':
			return 'c'
		case 'è', 'é', 'ê', 'ë', 'ē', 'ę', 'ě':
			return 'e'
		case 'ì', 'í', 'î', 'ï', 'ı', 'ī':
			return 'i'
		case 'ñ', 'ń', 'ň':
			return 'n'
		case 'ò', 'ó', 'ô', 'õ', 'ö', 'ø', 'ō', 'ő':
			return 'o'
		case 'ù', 'ú', 'û', 'ü', 'ū', 'ů', 'ű':
			return 'u'
		case 'ý', 'ÿ':
			return 'y'
		case 'ś', 'š', 'ş', 'ș':
			return 's'
		case 'ğ':
			return 'g'
		case 'ź', 'ż', 'ž':
			return 'z'
		case 'ł':
			return 'l'
		case 'ř':
			return 'r'
		case 'ţ', 'ț':
			return 't'
		case 'đ':
			return 'd'
		}
		return r
	case r >= 0x0300 && r <= 0x036F:
		return 0 // combining accents of decomposed Latin text
	}
	return r
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
