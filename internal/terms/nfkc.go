package terms

import (
	"bytes"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// nfkc is the char filter that applies Unicode compatibility normalisation
// (NFKC): Arabic presentation forms become plain letters (ﻻ → لا, ﺑ → ب),
// full-width and styled letters and digits become plain ones (Ａ → A,
// ① → 1), ligatures are split (ﬁ → fi), and decomposed letters are composed
// (ا + U+0654 → أ), so that later filters see one spelling of each letter.
//
// NFKC works on segments: a character with the combining marks that follow
// it. A segment whose normal form would cut one word into several, such as
// ﷺ (a ligature of four words) or ½ (1⁄2), is left as written: the pieces
// would share one source character, and tokens must not share source text.
// So ﷺ stays one token, and ½ none.
//
// Most news text is plain Arabic and ASCII, which NFKC leaves alone; the
// filter skips it without consulting the normalisation tables (see
// inertClass), and reports no change at all for a text made only of it.
type nfkc struct{}

func (nfkc) filterChars(dst, src []byte, m *offsetMap) ([]byte, bool) {
	n := skipInert(src, 0)
	if n == len(src) {
		return dst, false
	}
	dst = append(dst, src[:n]...)
	var (
		it  norm.Iter // reused: Form.Append allocates on every call
		seg []byte    // the normal form of one segment, reused
	)
	for i := n; i < len(src); {
		if q := skipInert(src, i); q > i {
			dst = append(dst, src[i:q]...)
			i = q
			continue
		}
		if q := norm.NFKC.QuickSpan(src[i:]); q > 0 {
			dst = append(dst, src[i:i+q]...)
			i += q
			continue
		}
		j := i + norm.NFKC.NextBoundary(src[i:], true)
		if j <= i {
			j = len(src)
		}
		// Each segment is normalised on its own, never together with
		// dst, which holds the segments left as written.
		seg = seg[:0]
		for it.Init(norm.NFKC, src[i:j]); !it.Done(); {
			seg = append(seg, it.Next()...)
		}
		switch {
		case bytes.Equal(seg, src[i:j]), splitsWords(seg):
			dst = append(dst, src[i:j]...)
		default:
			o := len(dst)
			dst = append(dst, seg...)
			m.replace(o, len(dst), i, j)
		}
		i = j
	}
	return dst, true
}

// skipInert returns the end of the run of inert text that starts at
// src[i], which NFKC need not look at, cut back to a segment boundary:
// the end of text, or the start of the last inert starter before the first
// rune that is not inert, since that rune may combine with it.
//
// This is the fast path for Arabic and ASCII text; on its own, QuickSpan
// costs more than all the other filters together.
func skipInert(src []byte, i int) int {
	start := i
	lastStarter := i // start of the last inert starter seen
	for i < len(src) {
		c := src[i]
		if c < utf8.RuneSelf {
			lastStarter = i
			i++
			continue
		}
		r, size := decodeRune(src[i:])
		switch inertClass(r) {
		case inertStarter:
			lastStarter = i
		case inertMark:
		default:
			return max(start, lastStarter)
		}
		i += size
	}
	return i
}

const (
	notInert = iota
	inertStarter
	inertMark
)

// inertClass says whether NFKC may skip r without changing any token.
// Inert starters never combine with what comes before them, and NFKC
// either leaves them alone (the Arabic letters, digits and punctuation,
// tatweel, the quotation marks and dashes of running text) or makes them
// something the tokenizer treats the same way (the no-break and other
// spaces become a space, … becomes ...). Inert marks are the harakat and the
// superscript alef: no letter composes with them, and NFKC would only put a
// cluster of them in canonical order, which does not matter since
// arabicMarks removes them next. (The maddah and hamza marks U+0653–U+0655
// do compose, and are not inert.) ASCII is inert too, and is handled by the
// caller.
func inertClass(r rune) int {
	switch {
	case 0x0621 <= r && r <= 0x064A, // letters and tatweel
		0x0660 <= r && r <= 0x066C, // digits, ٪ ٫ ٬
		0x06F0 <= r && r <= 0x06F9, // Extended Arabic-Indic digits
		r == '،', r == '؛', r == '؟',
		r == '«', r == '»', r == '–', r == '—',
		r == '‘', r == '’', r == '“', r == '”',
		r == '\u00a0', 0x2000 <= r && r <= 0x200a, r == '\u202f', r == '\u205f', r == '\u3000',
		r == '…':
		return inertStarter
	case 0x064B <= r && r <= 0x0652, r == 0x0670:
		return inertMark
	}
	return notInert
}

// splitsWords reports whether b holds two runs of word characters (letters,
// marks, digits) with something else between them.
func splitsWords(b []byte) bool {
	runs, inWord := 0, false
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		b = b[size:]
		w := unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsDigit(r)
		if w && !inWord {
			runs++
		}
		inWord = w
	}
	return runs > 1
}
