package terms

import "unicode"

// arabicMarks is the char filter that removes what Arabic writes on top of
// its letters and between them, none of which tells words apart in search:
//
//   - harakat, tanwin, shadda and sukun (U+064B–U+0652), maddah and the
//     hamza marks left over after NFKC (U+0653–U+0655), and the other marks
//     of U+0656–U+065F;
//   - the superscript (dagger) alef U+0670;
//   - the honorifics and Quranic annotation marks (U+0610–U+061A,
//     U+06D6–U+06ED, U+08D3–U+08FF and the marks of Arabic Extended-B),
//     together with the small waw and yeh U+06E5 and U+06E6;
//   - tatweel ـ (U+0640), which only stretches a word.
//
// Removing them before tokenizing keeps a word whole: كَبِيرَةٌ and كبــيرة are
// one token each, كبيرة, and their spans cover the marks.
type arabicMarks struct{}

func (arabicMarks) filterChars(dst, src []byte, m *offsetMap) ([]byte, bool) {
	return removeRunes(dst, src, m, 0x0610, isArabicMark)
}

// isArabicMark reports whether arabicMarks removes r.
func isArabicMark(r rune) bool {
	switch {
	case r == 0x0640 || r == 0x06E5 || r == 0x06E6:
		return true
	case 0x064B <= r && r <= 0x0652:
		return true
	case r < 0x0610 || r > 0x08FF, 0x0621 <= r && r <= 0x064A:
		return false
	case r > 0x06FF && r < 0x0870:
		return false
	}
	return unicode.Is(unicode.Mn, r)
}
