package terms

import "unicode/utf8"

// arabicNormalizer is the token filter that gives each Arabic word one
// spelling of the letters that writers, keyboards and regions spell in
// several ways:
//
//   - alef with hamza or madda, and alef wasla, become bare alef:
//     أ إ آ ٱ ٲ ٳ → ا. Hamza on alef is left out in most running text, so a
//     search must not depend on it: أذربيجان and اذربيجان are one word.
//   - alef maqsura becomes yeh, ى → ي, since Egyptian and older print write
//     final yeh without dots (فى for في, على and علي);
//   - teh marbuta becomes heh, ة → ه (also ۃ), since the two are confused at
//     the end of words and the suffix filter then treats both alike;
//   - hamza on a waw or yeh seat becomes the bare seat: ؤ → و, ئ → ي.
//     Unicode itself defines ؤ as و with hamza above and ئ as ي with hamza
//     above, so this is the same rule as for أ and إ: the hamza is a mark on
//     its seat, and marks are not searched on. It also catches writers who
//     leave the hamza off (مسوول, رييس). It does not join the two seats when
//     regions disagree on them (مسؤول in the Levant, مسئول in Egypt); folding
//     both to a bare hamza would, but would lose the hamza-less spellings
//     and still not join شيء with the common شئ. The lone hamza ء is a letter
//     of its own and is kept.
//   - Persian and Urdu forms that appear in Arabic text typed on those
//     keyboards become the Arabic letters: ی → ي, ک ڪ → ك, ھ ہ ۀ → ه.
//
// Every replacement is two bytes for two, so the term is rewritten in place.
type arabicNormalizer struct{}

func (arabicNormalizer) filter(t *token) {
	if t.kind != kindArabic {
		return
	}
	b := t.term
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := decodeRune(b[i:])
		if n := normalArabic(r); n != r {
			utf8.EncodeRune(b[i:], n)
		}
		i += size
	}
}

// normalArabic returns the letter that arabicNormalizer writes for r.
func normalArabic(r rune) rune {
	switch r {
	case 'أ', 'إ', 'آ', 'ٱ', 'ٲ', 'ٳ':
		return 'ا'
	case 'ى', 'ی', 'ئ':
		return 'ي'
	case 'ة', 'ۃ', 'ھ', 'ہ', 'ۀ':
		return 'ه'
	case 'ؤ':
		return 'و'
	case 'ک', 'ڪ':
		return 'ك'
	}
	return r
}
