package terms

import (
	"unicode"
	"unicode/utf8"
)

// lowerCase is the token filter that lower-cases words of cased scripts
// (Latin, Greek, Cyrillic, Armenian…): Putin → putin, МОСКВА → москва.
// Arabic and numbers have no case and are left alone.
type lowerCase struct{}

func (lowerCase) filter(t *token) {
	if t.kind != kindWord {
		return
	}
	b := t.term
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				b[i] = c + 'a' - 'A'
			}
			i++
			continue
		}
		r, size := decodeRune(b[i:])
		l := unicode.ToLower(r)
		if l == r {
			i += size
			continue
		}
		if utf8.RuneLen(l) != size {
			// The lower case is not as long as the upper (İ, Ⱥ): rare
			// enough to rebuild the term.
			t.term = appendLower(append([]byte(nil), b[:i]...), b[i:])
			return
		}
		utf8.EncodeRune(b[i:], l)
		i += size
	}
}

func appendLower(dst, b []byte) []byte {
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
		b = b[size:]
	}
	return dst
}
