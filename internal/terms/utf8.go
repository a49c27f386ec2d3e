package terms

import "unicode/utf8"

// decodeRune is utf8.DecodeRune with a fast path for the two-byte
// sequences that Arabic letters are made of; utf8.DecodeRune has one only
// for ASCII, which the callers have already dealt with.
func decodeRune(b []byte) (rune, int) {
	if len(b) > 1 {
		if c0, c1 := b[0], b[1]; c0&0xE0 == 0xC0 && c0 > 0xC1 && c1&0xC0 == 0x80 {
			return rune(c0&0x1F)<<6 | rune(c1&0x3F), 2
		}
	}
	return decodeRuneSlow(b)
}

//go:noinline
func decodeRuneSlow(b []byte) (rune, int) { return utf8.DecodeRune(b) }
