package terms

import "unicode"

// formatChars is the char filter that removes invisible format characters
// (Unicode category Cf): zero-width non-joiner and joiner (U+200C, U+200D),
// the direction marks and embeddings (U+200E, U+200F, U+061C, U+202A–U+202E,
// U+2066–U+2069), the soft hyphen, the word joiner and the byte order mark.
// They shape how a word is drawn, not which word it is, and copied text is
// full of them: «بوتين» with a stray U+200F must still be بوتين, and a
// ZWNJ inside a word must not cut it in two.
//
// The zero-width space U+200B is kept: it marks a word boundary, and the
// tokenizer treats it as one.
type formatChars struct{}

func (formatChars) filterChars(dst, src []byte, m *offsetMap) ([]byte, bool) {
	return removeRunes(dst, src, m, 0x00AD, isFormatChar)
}

// isFormatChar reports whether formatChars removes r.
func isFormatChar(r rune) bool {
	if 0x0621 <= r && r <= 0x06DC { // Arabic letters and marks: the common case
		return false
	}
	return r != 0x200B && unicode.Is(unicode.Cf, r)
}
