package doc

import (
	"unicode"
	"unicode/utf8"
)

// TokenKind is what a surface token is made of.
type TokenKind uint8

// The kinds of token.
const (
	// KindWord is a run of letters of one script (Arabic, or any other),
	// with their combining marks; a non-Arabic word may hold digits after
	// its first letter (G20, MH17), an apostrophe between letters (don't),
	// or be a dotted abbreviation with its final period (U.S., e.g., Ph.D.).
	KindWord TokenKind = iota + 1
	// KindNumber is a run of digits of any script with the decimal and
	// grouping separators between them: 2.52, ٢٫٥٢, 1,800, ١٬٨٠٠, 1.800.
	KindNumber
	// KindPunct is one punctuation mark, or a run of periods (an ellipsis).
	KindPunct
	// KindSymbol is one symbol (currency, maths, %, emoji) or a byte that is
	// not valid UTF-8.
	KindSymbol
)

var kindNames = [...]string{"", "word", "number", "punct", "symbol"}

// String returns the kind's lower-case name.
func (k TokenKind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "unknown"
}

// MarshalText gives the kind's name in JSON.
func (k TokenKind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// Token is one surface token: a stretch of Text with no space in it.
type Token struct {
	// Start and End are byte offsets into Doc.Text, End exclusive.
	Start, End int
	// Text is Doc.Text[Start:End].
	Text string
	// Kind says what the token is made of.
	Kind TokenKind
}

// rune classes of the tokenizer.
const (
	cSpace  uint8 = iota // spaces, controls and format characters: skipped
	cLetter              // a letter of a script other than Arabic
	cArabic              // an Arabic letter or tatweel
	cDigit               // a decimal digit of any script
	cMark                // a combining mark: belongs to the word before it
	cJoin                // ZWNJ, ZWJ: inside a word only
	cPunct
	cSymbol
)

var asciiClass = func() (t [utf8.RuneSelf]uint8) {
	for c := range utf8.RuneSelf {
		r := rune(c)
		switch {
		case r == ' ' || r < 0x20 || r == 0x7f:
			t[c] = cSpace
		case 'a' <= r && r <= 'z', 'A' <= r && r <= 'Z':
			t[c] = cLetter
		case '0' <= r && r <= '9':
			t[c] = cDigit
		case r == '%':
			t[c] = cSymbol
		case unicode.IsPunct(r):
			t[c] = cPunct
		default:
			t[c] = cSymbol
		}
	}
	return t
}()

// classify returns the tokenizer's class of r.
func classify(r rune) uint8 {
	if r < utf8.RuneSelf {
		return asciiClass[r]
	}
	switch {
	case 0x0621 <= r && r <= 0x064A: // the Arabic letters and tatweel
		return cArabic
	case 0x064B <= r && r <= 0x065F, r == 0x0670:
		return cMark
	case 0x0660 <= r && r <= 0x0669, 0x06F0 <= r && r <= 0x06F9:
		return cDigit
	case r == 0x200C || r == 0x200D:
		return cJoin
	case r == '٪' || r == '‰' || r == '؉' || r == '؊':
		return cSymbol
	case unicode.IsSpace(r), unicode.Is(unicode.Cf, r), unicode.Is(unicode.Cc, r):
		return cSpace
	case unicode.IsDigit(r):
		return cDigit
	case unicode.IsLetter(r):
		if unicode.Is(unicode.Arabic, r) {
			return cArabic
		}
		return cLetter
	case unicode.IsMark(r):
		return cMark
	case unicode.IsPunct(r):
		return cPunct
	}
	return cSymbol
}

// decode returns the rune at t[i:], its size and class.
func decode(t string, i int) (rune, int, uint8) {
	if c := t[i]; c < utf8.RuneSelf {
		return rune(c), 1, asciiClass[c]
	}
	r, size := utf8.DecodeRuneInString(t[i:])
	if r == utf8.RuneError && size == 1 {
		return r, 1, cSymbol
	}
	return r, size, classify(r)
}

// isNumberSep reports whether r may join two runs of digits into one number:
// the period and comma, and the Arabic decimal and thousands separators.
func isNumberSep(r rune) bool {
	return r == '.' || r == ',' || r == '٫' || r == '٬'
}

// tokenize appends the tokens of t to toks and returns it.
//
//   - Spaces, control and format characters (the bidi marks, the zero-width
//     space) separate tokens and belong to none.
//   - Arabic letters and letters of other scripts never share a token: «قمةG20»
//     is قمة and G20. Combining marks and tatweel stay in their word; ZWNJ
//     and ZWJ stay only between two letters of a word.
//   - A number is a run of digits of any script, with . , ٫ ٬ between two
//     digits: 2.52, ٢٫٥٢, 1,800 and 1.800 are one token; «2024.» is 2024 and
//     a period. Letters after a number are a word of their own (٢٠٢٤م, 10km).
//   - A non-Arabic word goes on over digits (G20), over an apostrophe between
//     two letters (don't, O'Brien), and a dotted abbreviation of one- or
//     two-letter pieces takes its periods, the last one included: U.S.,
//     e.g., a.m., Ph.D.
//   - Every other punctuation mark or symbol is a token of its own, quotation
//     marks included, except that a run of periods is one token (...).
func tokenize(t string, toks []Token) []Token {
	n := len(t)
	for i := 0; i < n; {
		r, size, c := decode(t, i)
		start := i
		kind := KindWord
		switch c {
		case cSpace, cJoin:
			i += size
			continue
		case cArabic, cLetter, cMark:
			i = scanWord(t, i+size, c == cArabic)
			if c != cArabic {
				i = scanAbbrev(t, start, i)
			}
		case cDigit:
			kind = KindNumber
			i += size
			for i < n {
				_, sz, cc := decode(t, i)
				if cc == cDigit {
					i += sz
					continue
				}
				if sep, ssz := utf8.DecodeRuneInString(t[i:]); isNumberSep(sep) && i+ssz < n {
					if _, _, nc := decode(t, i+ssz); nc == cDigit {
						i += ssz
						continue
					}
				}
				break
			}
		case cPunct:
			kind = KindPunct
			i += size
			if r == '.' {
				for i < n && t[i] == '.' {
					i++
				}
			}
		default:
			kind = KindSymbol
			i += size
		}
		toks = append(toks, Token{Start: start, End: i, Text: t[start:i], Kind: kind})
	}
	return toks
}

// scanWord returns the end of the word that goes on at i. An Arabic word
// takes Arabic letters, marks and inner joiners; another word takes letters
// of other scripts, marks, digits, inner joiners and apostrophes between
// letters.
func scanWord(t string, i int, arabic bool) int {
	n := len(t)
	for i < n {
		r, size, c := decode(t, i)
		switch {
		case c == cMark:
		case arabic && c == cArabic, !arabic && (c == cLetter || c == cDigit):
		case c == cJoin || (!arabic && (r == '\'' || r == '’')):
			// only between two letters of the word
			if i+size >= n {
				return i
			}
			_, _, nc := decode(t, i+size)
			if arabic && nc != cArabic || !arabic && nc != cLetter {
				return i
			}
		default:
			return i
		}
		i += size
	}
	return i
}

// scanAbbrev extends the non-Arabic word t[start:end] over the pieces of a
// dotted abbreviation (U.S., e.g., Ph.D.): at least two pieces of one or two
// ASCII letters, each followed by a period. Otherwise it returns end.
func scanAbbrev(t string, start, end int) int {
	pieces := 0
	i := start
	for {
		j := i
		for j < len(t) && j-i < 3 && isASCIILetter(t[j]) {
			j++
		}
		if j == i || j-i > 2 || j >= len(t) || t[j] != '.' {
			break
		}
		if pieces == 0 && j != end {
			return end // the word is not one short piece
		}
		pieces++
		i = j + 1
	}
	if pieces < 2 {
		return end
	}
	// The abbreviation must not run into a longer word (U.S.Army).
	if i < len(t) {
		if _, _, c := decode(t, i); c == cLetter || c == cDigit || c == cArabic {
			return end
		}
	}
	return i
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }
