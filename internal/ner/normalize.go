package ner

import (
	"unicode"
	"unicode/utf8"
)

// appendNorm appends the normalised form of tok to dst: Arabic diacritics,
// tatweel and zero-width marks are dropped, alef forms (أ إ آ ٱ) become ا,
// ى becomes ي, ة becomes ه, Persian kaf/ya become Arabic ones, every digit
// (ASCII, Arabic-Indic, Persian) becomes '0', and other letters are
// lower-cased.
func appendNorm(dst []byte, tok string) []byte {
	for _, r := range tok {
		switch {
		case r >= 0x064B && r <= 0x065F, r == 0x0670, r >= 0x06D6 && r <= 0x06ED,
			r == 0x0640, r >= 0x200B && r <= 0x200F, r == 0xFEFF:
			continue
		case r == 'أ' || r == 'إ' || r == 'آ' || r == 'ٱ':
			r = 'ا'
		case r == 'ى' || r == 'ی':
			r = 'ي'
		case r == 'ة':
			r = 'ه'
		case r == 'ک':
			r = 'ك'
		case r >= '0' && r <= '9', r >= 0x0660 && r <= 0x0669, r >= 0x06F0 && r <= 0x06F9:
			r = '0'
		case r < utf8.RuneSelf:
			if r >= 'A' && r <= 'Z' {
				r += 'a' - 'A'
			}
		default:
			r = unicode.ToLower(r)
		}
		dst = utf8.AppendRune(dst, r)
	}
	return dst
}

// Arabic letters used by the proclitic stripper, all two bytes in UTF-8.
const (
	alef = 'ا'
	lam  = 'ل'
	waw  = 'و'
	faa  = 'ف'
	baa  = 'ب'
	kaf  = 'ك'
)

// stripLen returns how many leading bytes of the normalised word w are
// proclitics. The stripper is conservative: it removes a conjunction (و ف)
// and a preposition (ب ك ل) only together with the article ال (or the
// contracted لل), and only when at least two letters remain. Words without
// the article are left alone, so names like وليد or بوتين keep their first
// letter.
func stripLen(w []byte) int {
	var rs [4]rune
	var off [5]int
	n := 0
	for i := 0; i < len(w) && n < 4; {
		r, sz := utf8.DecodeRune(w[i:])
		rs[n] = r
		off[n] = i
		n++
		i += sz
		off[n] = i
	}
	if n < 3 {
		return 0
	}
	remaining := func(k int) bool { // at least two runes after the first k
		rest := w[off[k]:]
		return utf8.RuneCount(rest) >= 2
	}
	k := 0
	if rs[0] == waw || rs[0] == faa {
		k = 1
	}
	if k+1 < n && rs[k] == alef && rs[k+1] == lam && remaining(k+2) {
		return off[k+2]
	}
	if k+2 < n && (rs[k] == baa || rs[k] == kaf || rs[k] == lam) && rs[k+1] == alef && rs[k+2] == lam && remaining(k+3) {
		return off[k+3]
	}
	if k+1 < n && rs[k] == lam && rs[k+1] == lam && remaining(k+2) {
		return off[k+2]
	}
	return 0
}

// speculativeStrip returns the byte length of a single leading proclitic
// (و ف ب ل ك) of a normalised word that has no article, when at least three
// letters remain; 0 otherwise. It is used only as an extra feature beside
// the conservative strip, so the model can learn when to trust it.
func speculativeStrip(w []byte) int {
	r, sz := utf8.DecodeRune(w)
	switch r {
	case waw, faa, baa, lam, kaf:
	default:
		return 0
	}
	if utf8.RuneCount(w[sz:]) < 3 {
		return 0
	}
	return sz
}

// Shape classes of a token.
const (
	scriptOther  = iota
	scriptArabic // mostly Arabic letters
	scriptLatin  // mostly Latin letters
	scriptDigit  // digits, possibly with separators
	scriptPunct  // punctuation or symbols only
	scriptMixed
)

// shapeMax bounds the length of buf in shape.
const shapeMax = 6

// shape returns a compressed character-class shape of tok (at most 6
// classes, repeats collapsed: "Putin" → "Xx", "NATO" → "X", "بوتين" → "a"),
// its dominant script and whether it is Latin and starts upper-case.
//
// The shape is appended to buf only while buf is shorter than shapeMax
// bytes, and the tagger passes the sentence's whole arena as buf: only
// the first word or two of a sentence get a shape, the others an empty
// one. The embedded model was trained so; changing it needs retraining.
func shape(buf []byte, tok string) (sh []byte, script int, capital bool) {
	var last byte
	var nAr, nLat, nDig, nPun, nOth int
	first := true
	for _, r := range tok {
		var c byte
		switch {
		case r >= 0x0600 && r <= 0x06FF || r >= 0x0750 && r <= 0x077F || r >= 0xFB50 && r <= 0xFEFC:
			if r >= 0x064B && r <= 0x065F || r == 0x0640 {
				continue
			}
			if r >= 0x0660 && r <= 0x0669 || r >= 0x06F0 && r <= 0x06F9 {
				c = 'd'
				nDig++
			} else if r == '،' || r == '؛' || r == '؟' || r == '٪' {
				c = 'p'
				nPun++
			} else {
				c = 'a'
				nAr++
			}
		case r >= '0' && r <= '9':
			c = 'd'
			nDig++
		case unicode.IsUpper(r):
			c = 'X'
			nLat++
			if first {
				capital = true
			}
		case unicode.IsLetter(r):
			c = 'x'
			nLat++
		case unicode.IsPunct(r) || unicode.IsSymbol(r):
			c = 'p'
			nPun++
		default:
			c = 'o'
			nOth++
		}
		first = false
		if c != last && len(buf) < shapeMax {
			buf = append(buf, c)
		}
		last = c
	}
	switch {
	case nAr > 0 && nLat == 0:
		script = scriptArabic
	case nLat > 0 && nAr == 0:
		script = scriptLatin
	case nAr > 0:
		script = scriptMixed
	case nDig > 0:
		script = scriptDigit
	case nPun > 0:
		script = scriptPunct
	default:
		script = scriptOther
	}
	return buf, script, capital && script == scriptLatin
}
