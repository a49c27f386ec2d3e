package terms

import "unicode/utf8"

// removeRunes is the body of the char filters that only delete characters.
// It appends src to dst without the runes for which drop reports true, and
// records each deletion in m. Runes below first (which must not be below
// utf8.RuneSelf) are never dropped, so ASCII goes through at the speed of a
// byte scan.
func removeRunes(dst, src []byte, m *offsetMap, first rune, drop func(rune) bool) ([]byte, bool) {
	i := 0
	for i < len(src) {
		if src[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := decodeRune(src[i:])
		if r >= first && drop(r) {
			break
		}
		i += size
	}
	if i == len(src) {
		return dst, false
	}
	kept := 0 // src[kept:i] is yet to be copied
	for i < len(src) {
		if src[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := decodeRune(src[i:])
		if r >= first && drop(r) {
			dst = append(dst, src[kept:i]...)
			m.replace(len(dst), len(dst), i, i+size)
			kept = i + size
		}
		i += size
	}
	return append(dst, src[kept:]...), true
}
