package terms

// englishStemmer is the token filter that strips English inflections, in
// the manner of Harman's S-stemmer with a cautious step for -ed and -ing.
// It touches only words made of the letters a–z and apostrophes, after
// lower-casing and folding, and leaves the words listed in
// lang/english_keep.txt whole (news, united, hamas…).
//
//  1. Possessive and apostrophes: a final 's goes (putin's → putin), then
//     every other apostrophe (don't → dont). A plural possessive needs no
//     rule: the tokenizer keeps no apostrophe at the end of a word.
//  2. Plural, for words of four letters or more, first rule that applies:
//     -ies → -y unless only one letter would remain (countries → country,
//     ties → tie); -sses, -ches, -shes, -xes → drop -es (taxes → tax);
//     -es → -e (houses → house); -s → drop it, unless the word ends in -ss,
//     -us or -is (elections → election; press, bus and crisis stay).
//  3. Past and gerund: -ied → -y (carried → carry); -ed and -ing go when at
//     least four letters remain, one of them a vowel, and for -ed the stem
//     does not end in e (killed, killing → kill; talked → talk; agreed,
//     during, bring stay); a doubled final consonant is then undoubled
//     (planned → plan, running → run).
//
// Derivational endings (-tion, -al, -ly) are left alone: they change the
// meaning more than the number or tense does. No stop words are removed, by
// this filter or any other: FTS5 ranks common words down by itself, and
// phrase queries such as "in the" or «في المئة» need every word.
type englishStemmer struct{}

func (englishStemmer) filter(t *token) {
	if t.kind != kindWord || !isEnglishWord(t.term) {
		return
	}
	w := removeApostrophes(t.term)
	if _, keep := englishKeep()[string(w)]; !keep {
		w = stemEnglishPast(stemEnglishPlural(w))
	}
	t.term = w
}

// isEnglishWord reports whether b is made of the letters a–z and
// apostrophes (' or ’) alone.
func isEnglishWord(b []byte) bool {
	for i := 0; i < len(b); i++ {
		switch c := b[i]; {
		case 'a' <= c && c <= 'z', c == '\'':
		case hasPrefix(b[i:], "’"):
			i += len("’") - 1
		default:
			return false
		}
	}
	return true
}

// removeApostrophes applies step 1 in place to an English word.
func removeApostrophes(b []byte) []byte {
	w := 0
	for i := 0; i < len(b); {
		if hasPrefix(b[i:], "’") {
			b[w] = '\''
			i += len("’")
		} else {
			b[w] = b[i]
			i++
		}
		w++
	}
	b = b[:w]
	if hasSuffix(b, "'s") {
		b = b[:len(b)-2]
	}
	return removeByte(b, '\'')
}

func stemEnglishPlural(w []byte) []byte {
	n := len(w)
	switch {
	case n < 4:
	case hasSuffix(w, "ies"):
		if n > 4 {
			return append(w[:n-3], 'y')
		}
		return w[:n-1]
	case hasSuffix(w, "sses"), hasSuffix(w, "ches"), hasSuffix(w, "shes"), hasSuffix(w, "xes"):
		return w[:n-2]
	case hasSuffix(w, "es"):
		return w[:n-1]
	case hasSuffix(w, "s") && !hasSuffix(w, "ss") && !hasSuffix(w, "us") && !hasSuffix(w, "is"):
		return w[:n-1]
	}
	return w
}

func stemEnglishPast(w []byte) []byte {
	n := len(w)
	var stem []byte
	switch {
	case hasSuffix(w, "ied") && n > 4:
		return append(w[:n-3], 'y')
	case hasSuffix(w, "ed"):
		stem = w[:n-2]
		if hasSuffix(stem, "e") {
			return w
		}
	case hasSuffix(w, "ing"):
		stem = w[:n-3]
	default:
		return w
	}
	if len(stem) < 4 || !hasVowel(stem) {
		return w
	}
	if k := len(stem); stem[k-1] == stem[k-2] && isUndoubled(stem[k-1]) {
		stem = stem[:k-1]
	}
	return stem
}

func hasVowel(b []byte) bool {
	for _, c := range b {
		switch c {
		case 'a', 'e', 'i', 'o', 'u', 'y':
			return true
		}
	}
	return false
}

// isUndoubled reports whether a doubled c at the end of a stem is one
// letter doubled by -ed or -ing (planned, running) rather than a double
// letter of the word itself (killed, passed, buzzing).
func isUndoubled(c byte) bool {
	switch c {
	case 'b', 'd', 'g', 'm', 'n', 'p', 'r', 't':
		return true
	}
	return false
}
