package charset

import "unicode"

// class is what a decoded character means to the detector's scorer.
type class uint8

const (
	// sep is an ASCII character other than a letter. It ends a word and
	// scores nothing, because every candidate encoding decodes it the same.
	sep class = iota
	// asciiLetter is an ASCII letter.
	asciiLetter
	// letter is a non-ASCII letter.
	letter
	// mark is a combining mark, such as an Arabic vowel sign.
	mark
	// punct is common non-ASCII punctuation, a symbol or a space: quotation
	// marks, dashes, the no-break space, the Arabic comma, CJK punctuation.
	punct
	// joiner may stand inside a word without ending it: the zero-width
	// non-joiner of Persian, the soft hyphen, the typographic apostrophe.
	joiner
	// rare is a symbol that real text seldom contains and that wrong
	// decodings produce often: ¤ ¦ ¨ ¹ ¼, box drawing, half-width katakana.
	rare
	// bad is U+FFFD, a control character, a private-use or unassigned
	// code point. It almost always means the candidate is wrong.
	bad
)

// script is the writing system of a letter or mark.
type script uint8

const (
	noScript script = iota
	latin
	arabic
	cyrillic
	greek
	hebrew
	han
	kana
	hangul
	otherScript
)

// info describes one decoded character for the scorer. weight is filled in
// by a language profile (see profile.weight).
type info struct {
	cls    class
	script script
	upper  bool
	lower  bool
	shadda bool // U+0651 ARABIC SHADDA, which another vowel sign may follow
	weight int16
}

// classify describes r without reference to any language.
func classify(r rune) info {
	if r < 0x80 {
		switch {
		case 'a' <= r && r <= 'z':
			return info{cls: asciiLetter, script: latin, lower: true}
		case 'A' <= r && r <= 'Z':
			return info{cls: asciiLetter, script: latin, upper: true}
		}
		return info{cls: sep}
	}
	// The ranges that CJK decodings produce most, checked before the
	// generic (slower) Unicode tables.
	switch {
	case 0x4E00 <= r && r <= 0x9FFF, 0x3400 <= r && r <= 0x4DBF, 0xF900 <= r && r <= 0xFAFF, r == 0x3005:
		return info{cls: letter, script: han}
	case 0xAC00 <= r && r <= 0xD7A3:
		return info{cls: letter, script: hangul}
	case 0x3041 <= r && r <= 0x30FF && r != 0x30FB:
		return info{cls: letter, script: kana}
	case 0xFF61 <= r && r <= 0xFF9F: // half-width katakana and punctuation
		return info{cls: rare}
	case 0x3000 <= r && r <= 0x303F, 0xFF01 <= r && r <= 0xFF60, r == 0x30FB:
		return info{cls: punct} // CJK punctuation, full-width ASCII forms
	case 0x3131 <= r && r <= 0x318E: // Hangul compatibility jamo
		return info{cls: rare}
	case 0x2500 <= r && r <= 0x25FF: // box drawing, blocks, geometric shapes
		return info{cls: rare}
	case r == 0xFFFD, 0xE000 <= r && r <= 0xF8FF:
		return info{cls: bad}
	}
	switch r {
	case 0x00A0, 0x00AB, 0x00BB, 0x00A9, 0x00AE, 0x00B0, 0x00A7, 0x00A1, 0x00BF, 0x00B7,
		0x2013, 0x2014, 0x2018, 0x201A, 0x201C, 0x201D, 0x201E, 0x2022, 0x2026, 0x2039, 0x203A,
		0x20AC, 0x00A3, 0x2122, 0x060C, 0x061B, 0x061F, 0x066A, 0x066B, 0x066C, 0x200E, 0x200F:
		return info{cls: punct}
	case 0x2019, 0x200C, 0x200D, 0x00AD:
		return info{cls: joiner}
	case 0x00AA, 0x00BA, 0x00B5, 0x02C6, 0x02DC: // ª º µ ˆ ˜: letters to Unicode, symbols here
		return info{cls: rare}
	}
	switch {
	case unicode.IsLetter(r):
		in := info{cls: letter, script: scriptOf(r)}
		if unicode.IsUpper(r) {
			in.upper = true
		} else if unicode.IsLower(r) {
			in.lower = true
		}
		return in
	case unicode.In(r, unicode.Mn, unicode.Mc, unicode.Me):
		return info{cls: mark, script: scriptOf(r)}
	case unicode.IsControl(r), unicode.Is(unicode.Co, r):
		return info{cls: bad}
	case unicode.In(r, unicode.P, unicode.Zs, unicode.Cf, unicode.Sc):
		return info{cls: punct}
	case unicode.In(r, unicode.S, unicode.N):
		return info{cls: rare}
	}
	return info{cls: bad} // unassigned, surrogate, non-character
}

// scriptOf returns the script of a letter or mark outside the CJK ranges
// that classify handles itself.
func scriptOf(r rune) script {
	switch {
	case r <= 0x024F, 0x1E00 <= r && r <= 0x1EFF:
		return latin
	case 0x0600 <= r && r <= 0x06FF, 0x0750 <= r && r <= 0x077F, 0xFB50 <= r && r <= 0xFDFF, 0xFE70 <= r && r <= 0xFEFF:
		return arabic
	case 0x0400 <= r && r <= 0x052F:
		return cyrillic
	case 0x0370 <= r && r <= 0x03FF, 0x1F00 <= r && r <= 0x1FFF:
		return greek
	case 0x0590 <= r && r <= 0x05FF:
		return hebrew
	case 0x0300 <= r && r <= 0x036F:
		return noScript // combining diacritics take the script of their base
	case unicode.Is(unicode.Latin, r):
		return latin
	case unicode.Is(unicode.Han, r):
		return han
	case unicode.Is(unicode.Hangul, r):
		return hangul
	}
	return otherScript
}
