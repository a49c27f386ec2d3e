package doc

import (
	"unicode"
	"unicode/utf8"
)

// Sentence is a run of tokens. Sentences cover all tokens, in order.
type Sentence struct {
	// Start and End are byte offsets into Doc.Text: the start of the first
	// token and the end of the last, End exclusive.
	Start, End int
	// FirstToken and EndToken are indexes into Doc.Tokens, EndToken
	// exclusive.
	FirstToken, EndToken int
}

// term is how a token may end a sentence.
type term uint8

const (
	termNone     term = iota
	termFull          // . (and ۔)
	termStrong        // ! ? ؟ and their doubles
	termSemi          // the Arabic semicolon ؛
	termEllipsis      // ... …
	termAbbrev        // a dotted abbreviation token: U.S., e.g.
)

func termOf(t Token) term {
	switch t.Kind {
	case KindPunct:
		switch t.Text {
		case ".", "۔":
			return termFull
		case "!", "?", "؟", "‼", "⁇", "⁈", "⁉":
			return termStrong
		case "؛":
			return termSemi
		case "…":
			return termEllipsis
		}
		if len(t.Text) > 1 && t.Text[0] == '.' {
			return termEllipsis
		}
	case KindWord:
		if t.Text[len(t.Text)-1] == '.' {
			return termAbbrev
		}
	}
	return termNone
}

// splitSentences appends the sentences of toks to sents and returns it.
//
// A sentence ends:
//   - at a line break between two tokens: always at a blank line (a
//     paragraph break, or U+2029), and at a single line break too unless
//     hardWrapped is set (extracted articles put one paragraph on a line);
//   - after . ! ? ؟ and the Arabic semicolon ؛ — not after the Arabic comma
//     ، , a colon or a Latin semicolon, which join clauses of one sentence;
//   - with the closing quotation marks and brackets right after the mark
//     (.» ?" .)) taken into the sentence it ends.
//
// It does not end:
//   - at an ellipsis (... …), which mostly marks a pause or a cut inside a
//     quotation; a line break after one still ends the sentence;
//   - after a mark closed by a quotation mark when what follows continues
//     the sentence: a comma or colon, a lower-case English word («"Why?" he
//     asked»), or an Arabic cue verb (quoteCues: «…» قال بوتين);
//   - after a period that follows an abbreviation: never after a title
//     (Mr. Dr. Gen. Jan., titleAbbrevs) or a single Arabic letter (د. م. ص.,
//     an initial or abbreviation) unless that letter follows a number
//     (٢٠٢٤ م. is a year), and after another abbreviation (etc., U.S., a
//     single initial: A. B. Smith) only when a sentence starter follows;
//   - after a period with no space before a Latin word or a number
//     (example.com), or before a lower-case English word;
//   - after a number that begins a line (a list: «1. Introduction»).
//
// Numbers such as 2.52 and 1.800 are one token and never end a sentence.
func splitSentences(text string, toks []Token, sents []Sentence, hardWrapped bool) []Sentence {
	n := len(toks)
	emit := func(a, b int) {
		if a < b {
			sents = append(sents, Sentence{Start: toks[a].Start, End: toks[b-1].End, FirstToken: a, EndToken: b})
		}
	}
	s := 0
	for i := 0; i < n; {
		if i > s && breaksLine(text[toks[i-1].End:toks[i].Start], hardWrapped) {
			emit(s, i)
			s = i
		}
		k := termOf(toks[i])
		if k == termNone {
			i++
			continue
		}
		j := i + 1
		// A run of marks: ?! !! ..? ends with the strongest.
		for j < n && toks[j].Start == toks[j-1].End {
			kj := termOf(toks[j])
			if kj == termNone || kj == termAbbrev {
				break
			}
			if kj == termStrong || kj == termSemi || k == termEllipsis || k == termAbbrev {
				k = kj
			}
			j++
		}
		single := j-i == 1
		closed := false
		for j < n && toks[j].Start == toks[j-1].End && closes(toks, j) {
			closed = true
			j++
		}
		if j == n {
			break
		}
		if endsSentence(toks, s, i, j, k, single, closed) {
			emit(s, j)
			s = j
		}
		i = j
	}
	emit(s, n)
	return sents
}

// breaksLine reports whether the space between two tokens ends a sentence.
func breaksLine(gap string, hardWrapped bool) bool {
	lines := 0
	for i := 0; i < len(gap); i++ {
		switch gap[i] {
		case '\n':
			lines++
		case '\r':
			if i+1 == len(gap) || gap[i+1] != '\n' {
				lines++
			}
		case 0xE2: // U+2028 line separator, U+2029 paragraph separator
			if i+2 < len(gap) && gap[i+1] == 0x80 {
				if gap[i+2] == 0xA9 {
					return true
				}
				if gap[i+2] == 0xA8 {
					lines++
				}
			}
		}
	}
	return lines >= 2 || lines == 1 && !hardWrapped
}

// isQuote reports whether s is a quotation mark.
func isQuote(s string) bool {
	switch s {
	case "\"", "'", "«", "»", "“", "”", "„", "‘", "’", "‹", "›":
		return true
	}
	return false
}

// closes reports whether token j, which touches the token before it, closes
// a quotation or a bracket. A quotation mark closes when no word or number
// touches it on the right; one that touches both sides closes unless it is
// an opening glyph (« “ ‘ ‹ „).
func closes(toks []Token, j int) bool {
	t := toks[j].Text
	switch t {
	case ")", "]", "}":
		return true
	}
	if !isQuote(t) {
		return false
	}
	if j+1 < len(toks) && toks[j+1].Start == toks[j].End {
		if k := toks[j+1].Kind; k == KindWord || k == KindNumber {
			switch t {
			case "«", "“", "‘", "‹", "„":
				return false
			}
		}
	}
	return true
}

// endsSentence decides whether the sentence that began at token s ends
// after the marks at [i, j) (j < len(toks)): kind k, a single mark when
// single, followed by closing quotes or brackets when closed.
func endsSentence(toks []Token, s, i, j int, k term, single, closed bool) bool {
	next := toks[j]
	switch k {
	case termEllipsis:
		return false
	case termSemi:
		return true
	}
	if closed {
		return !continues(next)
	}
	if k == termStrong {
		return true
	}
	if next.Start == toks[j-1].End && (next.Kind == KindNumber || next.Kind == KindWord && !IsArabicWord(next)) {
		return false // example.com, 3.x
	}
	if next.Kind == KindWord && startsLower(next.Text) {
		return false
	}
	if k == termAbbrev {
		return startsSentence(next)
	}
	// A single period: look at the token before it.
	if !single || i == s || toks[i-1].End != toks[i].Start {
		return true
	}
	prev := toks[i-1]
	switch prev.Kind {
	case KindNumber:
		return i-1 != s // «1. Introduction»
	case KindWord:
	default:
		return true
	}
	if IsArabicWord(prev) {
		if arabicLetters(prev.Text) != 1 {
			return true
		}
		// A chain of single letters with periods (ق.م.) after a number is
		// an era or a unit and may end the sentence; otherwise an initial.
		a := i - 1
		for a-2 >= s && toks[a-1].Text == "." && toks[a-2].Kind == KindWord &&
			IsArabicWord(toks[a-2]) && arabicLetters(toks[a-2].Text) == 1 {
			a -= 2
		}
		return a > s && toks[a-1].Kind == KindNumber
	}
	var low [16]byte
	key, ok := lowerASCII(low[:0], prev.Text)
	switch {
	case ok && titleAbbrevs[string(key)]:
		return false
	case ok && otherAbbrevs[string(key)], utf8.RuneCountInString(prev.Text) == 1:
		return startsSentence(next)
	}
	return true
}

// continues reports whether a token after a closed quotation goes on with
// the quotation's sentence.
func continues(t Token) bool {
	switch t.Kind {
	case KindPunct:
		switch t.Text {
		case ",", "،", ":", ";", "-", "–", "—":
			return true
		}
	case KindWord:
		if !IsArabicWord(t) {
			return startsLower(t.Text)
		}
		var buf [64]byte
		norm, _ := appendNorm(buf[:0], t.Text)
		return quoteCues[string(norm)]
	}
	return false
}

// startsSentence reports whether t can begin a sentence after an
// abbreviation: an English sentence starter, an Arabic word, or an opening
// quotation mark.
func startsSentence(t Token) bool {
	switch t.Kind {
	case KindWord:
		return IsArabicWord(t) || sentenceStarters[t.Text]
	case KindPunct:
		return isQuote(t.Text)
	}
	return false
}

// IsArabicWord reports whether t is a word of Arabic script.
func IsArabicWord(t Token) bool {
	if t.Kind != KindWord {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t.Text)
	c := classify(r)
	return c == cArabic || c == cMark && r >= 0x064B && r <= 0x0670
}

// HasArabic reports whether s holds a character of Arabic script.
func HasArabic(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Arabic, r) {
			return true
		}
	}
	return false
}

// arabicLetters counts the base letters of an Arabic word (not its marks
// or tatweel).
func arabicLetters(s string) int {
	n := 0
	for _, r := range s {
		if !isArabicMark(r) {
			n++
		}
	}
	return n
}

func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// lowerASCII appends s lower-cased to buf; ok is false when s is not short
// ASCII, and so not an abbreviation in the lists.
func lowerASCII(buf []byte, s string) ([]byte, bool) {
	if len(s) > cap(buf) {
		return buf, false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return buf, false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return buf, true
}
