package terms

import (
	"unicode"
	"unicode/utf8"
)

// wordTokenizer cuts text into runs of letters and digits.
//
//   - A token is a run of letters, digits and the combining marks that
//     follow them; everything else (spaces, punctuation, symbols, the
//     zero-width space) separates tokens, and a mark with no letter or digit
//     before it is dropped.
//   - Arabic letters and letters of other scripts never share a token:
//     «قمةG20» gives قمة and G20. Arabic letters and digits do not either
//     (٢٠٢٤م gives ٢٠٢٤ and م), while other letters and digits do, as in G20,
//     F16 and 5G.
//   - A number keeps its decimal and grouping separators: 2.52, ٢٫٥٢, 1,800
//     and ١٬٨٠٠ are one token each. A separator belongs to a number only
//     between two digits, so «2, 3» is two numbers and «2.» is 2.
//   - An apostrophe (' or ’) between two letters of a non-Arabic word stays
//     in it, so that Putin's and don't are one token each.
//
// The tokenizer sees text after the char filters, so diacritics, tatweel and
// ZWNJ inside a word are already gone and do not cut it.
type wordTokenizer struct{}

// class is what the tokenizer makes of one rune.
type class uint8

const (
	classOther class = iota
	classLetter
	classArabic
	classDigit
	classMark
)

func classify(r rune) class {
	switch {
	case r < utf8.RuneSelf:
		switch {
		case 'a' <= r && r <= 'z', 'A' <= r && r <= 'Z':
			return classLetter
		case '0' <= r && r <= '9':
			return classDigit
		}
		return classOther
	case 0x0621 <= r && r <= 0x064A:
		return classArabic
	case unicode.IsDigit(r):
		return classDigit
	case unicode.IsLetter(r):
		if unicode.Is(unicode.Arabic, r) {
			return classArabic
		}
		return classLetter
	case unicode.IsMark(r):
		return classMark
	}
	return classOther
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' }

// isNumberSeparator reports whether r may stand between two digits of one
// number: the full stop and comma, and the Arabic decimal and thousands
// separators ٫ and ٬.
func isNumberSeparator(r rune) bool {
	return r == '.' || r == ',' || r == '٫' || r == '٬'
}

func (wordTokenizer) tokenize(dst []token, text []byte) []token {
	in := false // whether a token is open
	var cur token
	last := classOther // class of the last letter or digit in cur
	closeAt := func(end int) {
		cur.end = end
		cur.term = text[cur.start:end]
		dst = append(dst, cur)
		in = false
	}
	for i := 0; i < len(text); {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = decodeRune(text[i:])
		}
		c := classify(r)
		if in {
			if joins(cur.kind, c) {
				if c == classLetter && cur.kind == kindNumber {
					cur.kind = kindWord
				}
				if c != classMark {
					last = c
				}
				i += size
				continue
			}
			if (cur.kind == kindWord && last == classLetter && isApostrophe(r)) ||
				(cur.kind == kindNumber && isNumberSeparator(r)) {
				next, nsize := utf8.DecodeRune(text[i+size:])
				if nc := classify(next); nsize > 0 && nc == last {
					i += size + nsize
					continue
				}
			}
			closeAt(i)
		}
		switch c {
		case classLetter:
			cur, in, last = token{start: i, kind: kindWord}, true, c
		case classArabic:
			cur, in, last = token{start: i, kind: kindArabic}, true, c
		case classDigit:
			cur, in, last = token{start: i, kind: kindNumber}, true, c
		}
		i += size
	}
	if in {
		closeAt(len(text))
	}
	return dst
}

// joins reports whether a rune of class c continues an open token of kind k.
func joins(k kind, c class) bool {
	switch c {
	case classMark:
		return true
	case classArabic:
		return k == kindArabic
	case classLetter, classDigit:
		return k != kindArabic
	}
	return false
}
