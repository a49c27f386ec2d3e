package dates

import (
	"unicode"
	"unicode/utf8"
)

// tokKind is the kind of a token.
type tokKind uint8

const (
	tEOF   tokKind = iota // end of input, or of the line
	tNum                  // a run of digits, in any of the three scripts
	tWord                 // a run of letters
	tPunct                // one other character
)

// token is a number, a word or a punctuation mark of the input, with its
// byte span. Digits are read as values, words as lexicon ids, and
// punctuation as a normalised rune, so the matcher never looks at text.
type token struct {
	start, end int
	val        int32  // tNum: value of the first 9 digits; tPunct: the rune
	id         uint16 // tWord: lexicon id, 0 when unknown
	kind       tokKind
	nd         uint8 // tNum: number of digits, saturating at 255
	sp         bool  // white space stands before the token
	nl         bool  // a line break stands before the token
	// clitic is the length in bytes of the prefixes (و, ف, ب, ل, ك) that
	// stripClitics removed to find id; 0 for other tokens.
	clitic uint8
}

// lexer cuts a string into tokens from a byte position.
type lexer struct {
	s   string
	pos int
}

// next reads the next token into t; at the end it gives tEOF tokens.
func (lx *lexer) next(t *token) {
	*t = token{}
	s, i := lx.s, lx.pos
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			switch c {
			case ' ', '\t':
				t.sp = true
				i++
				continue
			case '\n', '\r', '\v', '\f':
				t.sp, t.nl = true, true
				i++
				continue
			}
			break
		}
		r, size := decode(s, i)
		sp, nl := isSpace(r)
		if !sp {
			break
		}
		t.sp = true
		t.nl = t.nl || nl
		i += size
	}
	t.start = i
	if i >= len(s) {
		lx.pos = i
		t.end = i
		return
	}
	r, size := decode(s, i)
	switch {
	case digitValue(r) >= 0:
		t.kind = tNum
		for i < len(s) {
			r, size = decode(s, i)
			d := digitValue(r)
			if d < 0 {
				break
			}
			if t.nd < 9 {
				t.val = t.val*10 + int32(d)
			}
			if t.nd < 255 {
				t.nd++
			}
			i += size
		}
	case isLetter(r):
		t.kind = tWord
		for i < len(s) {
			r, size = decode(s, i)
			if !isLetter(r) && !isFormat(r) {
				break
			}
			i += size
		}
		t.id = lex.lookup(s[t.start:i])
	default:
		t.kind = tPunct
		t.val = int32(normPunct(r))
		i += size
	}
	t.end = i
	lx.pos = i
}

// decode returns the rune at s[i] and its size, decoding one- and two-byte
// sequences (ASCII, Latin, Arabic) inline.
func decode(s string, i int) (rune, int) {
	c := s[i]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	if c >= 0xC2 && c < 0xE0 && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
		return rune(c&0x1F)<<6 | rune(s[i+1]&0x3F), 2
	}
	return utf8.DecodeRuneInString(s[i:])
}

// digitValue returns the value of an ASCII, Arabic-Indic (٠–٩) or Persian
// (۰–۹) digit, or -1.
func digitValue(r rune) int {
	switch {
	case '0' <= r && r <= '9':
		return int(r - '0')
	case 0x0660 <= r && r <= 0x0669:
		return int(r - 0x0660)
	case 0x06F0 <= r && r <= 0x06F9:
		return int(r - 0x06F0)
	}
	return -1
}

// isLetter reports letters and combining marks, the runes of a word. The
// Arabic block, most of the input, is decided without Unicode tables.
func isLetter(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	case 0x0600 <= r && r <= 0x06FF:
		switch {
		case r <= 0x061F, 0x0660 <= r && r <= 0x066D, r == 0x06D4, 0x06F0 <= r && r <= 0x06F9:
			return r >= 0x0610 && r <= 0x061A // signs above letters, else punctuation or digits
		case r == 0x06DD, r == 0x06DE, r == 0x06E9:
			return false
		}
		return true
	}
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
}

// isFormat reports invisible format characters (ZWNJ, bidirectional marks)
// that may sit inside a word without ending it.
func isFormat(r rune) bool {
	return r == 0x200C || r == 0x200D || r == 0x00AD
}

// isSpace reports white space, including no-break and thin spaces and the
// bidirectional marks that pages put around dates, and whether it breaks
// the line.
func isSpace(r rune) (space, newline bool) {
	switch r {
	case 0x2028, 0x2029, 0x0085:
		return true, true
	case 0x00A0, 0x1680, 0x202F, 0x205F, 0x3000, 0xFEFF, 0x061C,
		0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2060, 0x00AD:
		return true, false
	}
	if 0x2000 <= r && r <= 0x200A || 0x202A <= r && r <= 0x202E || 0x2066 <= r && r <= 0x2069 {
		return true, false
	}
	return false, false
}

// normPunct folds punctuation variants onto the ASCII mark the matcher
// looks for.
func normPunct(r rune) rune {
	switch r {
	case '،', '٬', '﹐', '，':
		return ','
	case '٫':
		return '.'
	case '؛':
		return ';'
	case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D:
		return '-'
	case '／', 0x2044, 0x2215:
		return '/'
	case '：':
		return ':'
	case '（', '﴾':
		return '('
	case '）', '﴿':
		return ')'
	case '＋':
		return '+'
	}
	return r
}

// windowSize bounds how many tokens one date expression may span.
const windowSize = 48

// window gives the matcher random access to the tokens that follow a start
// position, lexing them on demand. A line break ends the window: a date
// expression never spans lines.
type window struct {
	lx   lexer
	toks [windowSize]token
	n    int
	stop bool
	// clitics makes the window look up Arabic words without their
	// prefixes when they are unknown as written (Extract sets it).
	clitics bool
}

func (w *window) reset(s string, pos int, clitics bool) {
	w.lx = lexer{s: s, pos: pos}
	w.clitics = clitics
	w.n = 0
	w.stop = false
}

// eof is returned past the end of a window; it is never written.
var eof token

// at returns token i of the window, or a tEOF token past its end. The
// token must not be modified.
func (w *window) at(i int) *token {
	if i < w.n {
		return &w.toks[i]
	}
	for w.n <= i {
		if w.stop || w.n == windowSize {
			return &eof
		}
		t := &w.toks[w.n]
		w.lx.next(t)
		if t.kind == tEOF || t.nl && w.n > 0 {
			w.stop = true
			return &eof
		}
		if w.clitics {
			stripClitics(w.lx.s, t)
		}
		w.n++
	}
	return &w.toks[i]
}

// Arabic prefixes in UTF-8: و and ف stand first, then one of ب, ل, ك.
const (
	waw  = "\u0648"
	fa   = "\u0641"
	ba   = "\u0628"
	lam  = "\u0644"
	kaf  = "\u0643"
	alef = "\u0627"
)

// stripClitics looks up an Arabic word that the lexicon does not know as
// written without its prefixes: "والعام" as العام, "وبالأمس" as بالأمس,
// "للعام" as العام (ل before the article drops its alef). It sets t.id and
// t.clitic when a shorter form is known.
func stripClitics(s string, t *token) {
	if t.kind != tWord || t.id != 0 || t.end-t.start < 6 || s[t.start] < 0xD8 {
		return
	}
	w := s[t.start:t.end]
	cut := 0
	if hasPrefix(w, waw) || hasPrefix(w, fa) {
		cut = 2
		if id := lex.lookup(w[cut:]); id != 0 {
			t.id, t.clitic = id, uint8(cut)
			return
		}
	}
	rest := w[cut:]
	if !(hasPrefix(rest, ba) || hasPrefix(rest, lam) || hasPrefix(rest, kaf)) || len(rest) < 6 {
		return
	}
	if hasPrefix(rest, lam+lam) {
		// ل + ال: "للعام" is ل + العام.
		var buf [64]byte
		if len(rest) > len(buf) {
			return
		}
		n := copy(buf[:], alef)
		n += copy(buf[n:], rest[2:])
		if id := lex.lookup(string(buf[:n])); id != 0 {
			t.id, t.clitic = id, uint8(cut) // the span keeps "لل"
		}
		return
	}
	if id := lex.lookup(rest[2:]); id != 0 {
		t.id, t.clitic = id, uint8(cut+2)
	}
}

func hasPrefix(s, p string) bool { return len(s) >= len(p) && s[:len(p)] == p }
