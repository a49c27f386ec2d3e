package ner

import "slices"

// learnedLex is a name list learned from the tagged training data: for
// every word (its normalised, proclitic-stripped form) how its
// occurrences were tagged, and for every word sequence that was tagged as
// a whole entity how often the same words formed an entity of each type.
// Only 64-bit hashes of the words are kept.
//
// Training features come from lists built without the sentence's own
// part of the data (jackknifing, see TrainOptions.LearnedFolds), so that
// the model learns how far a list built from other text can be trusted;
// the model keeps the list built from all its training data.
type learnedLex struct {
	words    map[uint64]uint32 // word hash → wordCode
	phrases  map[uint64]uint8  // phrase hash → phraseCode
	maxWords int
}

// learnedMaxWords is the longest entity learned as a phrase.
const learnedMaxWords = 5

// A word code holds, for each of up to 4 entity types and for the first
// and the following words of a span, the share of the word's occurrences
// tagged so (2 bits each: 0 none, 1 under a third, 2 under two thirds, 3
// more), the number of occurrences (bits 16-18, see bucket), the share of
// them with the article (bits 19-20, as above) and their frequency class
// (bits 21-23, see freqClass).
//
// A phrase code holds the majority type + 1 (bits 2-4) and the share of
// the phrase's occurrences that were an entity (bits 0-1, as above).

// shareBucket returns the 2-bit share of c occurrences out of total.
func shareBucket(c, total int32) uint32 {
	switch {
	case c <= 0:
		return 0
	case 3*c < total:
		return 1
	case 3*c < 2*total:
		return 2
	}
	return 3
}

// learnedTypes returns the entity types of internal tags in tag order.
func learnedTypes(tags []string) []string {
	var types []string
	for _, t := range tags {
		if p, typ := splitInner(t); p != 'O' && !slices.Contains(types, typ) {
			types = append(types, typ)
		}
	}
	return types
}

// wordHash hashes a word's key; phrases hash their words' hashes
// (phraseHash).
func wordHash(s []byte) uint64 { return hbytes(hstart(0xf0), s) }

// buildLearned builds the list from sents[i] for i outside [skipLo, skipHi).
func buildLearned(sents []Sentence, skipLo, skipHi int, types []string) *learnedLex {
	nt := min(len(types), 4)
	typeIdx := func(typ string) int {
		for i, t := range types[:nt] {
			if t == typ {
				return i
			}
		}
		return -1
	}
	words := map[uint64]*[10]int32{} // 8 counts, then total, then with the article
	type pc struct {
		byType [4]int32
		occ    int32
	}
	phrases := map[uint64]*pc{}
	var st sentState
	lx := newLexicon()
	hashes := make([][]uint64, len(sents)) // word keys of each kept sentence
	for si, s := range sents {
		if si >= skipLo && si < skipHi {
			continue
		}
		st.prepare(s.Tokens, lx, nil, nil)
		hs := make([]uint64, len(s.Tokens))
		for i := range s.Tokens {
			hs[i] = wordHash(st.stripped(i))
		}
		hashes[si] = hs
		for i := range s.Tokens {
			c := words[hs[i]]
			if c == nil {
				c = new([10]int32)
				words[hs[i]] = c
			}
			c[8]++
			if st.toks[i].strip > 0 {
				c[9]++
			}
			if i < len(s.Tags) {
				if p, typ := splitTag(s.Tags[i]); p != 'O' {
					if k := typeIdx(typ); k >= 0 {
						b := 0
						if p == 'I' {
							b = 1
						}
						c[2*k+b]++
					}
				}
			}
		}
		for _, sp := range Spans(s.Tags) {
			k := typeIdx(sp.Type)
			if k < 0 || sp.End-sp.Start > learnedMaxWords || sp.End > len(hs) {
				continue
			}
			h := phraseHash(hs[sp.Start:sp.End])
			c := phrases[h]
			if c == nil {
				c = new(pc)
				phrases[h] = c
			}
			c.byType[k]++
		}
	}
	// How often each learned phrase occurs at all.
	for si := range sents {
		hs := hashes[si]
		for i := range hs {
			for n := 1; n <= learnedMaxWords && i+n <= len(hs); n++ {
				if c := phrases[phraseHash(hs[i:i+n])]; c != nil {
					c.occ++
				}
			}
		}
	}
	ll := &learnedLex{words: make(map[uint64]uint32, len(words)), phrases: make(map[uint64]uint8, len(phrases)), maxWords: learnedMaxWords}
	for h, c := range words {
		var code uint32
		for f := 0; f < 8; f++ {
			code |= shareBucket(c[f], c[8]) << (2 * f)
		}
		code |= uint32(bucket(c[8])) << 16
		code |= shareBucket(c[9], c[8]) << 19
		code |= uint32(freqClass(c[8])) << 21
		ll.words[h] = code
	}
	for h, c := range phrases {
		best, ent := 0, int32(0)
		for k := range c.byType {
			ent += c.byType[k]
			if c.byType[k] > c.byType[best] {
				best = k
			}
		}
		ll.phrases[h] = uint8(best+1)<<2 | uint8(shareBucket(ent, max(c.occ, ent)))
	}
	return ll
}

// phraseHash hashes a sequence of word hashes.
func phraseHash(hs []uint64) uint64 {
	h := uint64(fnvOffset)
	for _, w := range hs {
		h = (h ^ w) * fnvPrime
		h ^= h >> 29
	}
	return h
}

// applyLearned sets the learned-list fields of st's tokens.
func (st *sentState) applyLearned(ll *learnedLex) {
	if ll == nil {
		return
	}
	n := len(st.toks)
	st.hs = slices.Grow(st.hs[:0], n)[:n]
	for i := range st.toks {
		t := &st.toks[i]
		st.hs[i] = wordHash(st.stripped(i))
		t.learn = ll.words[st.hs[i]]
		if t.spec > 0 {
			t.learnSpec = ll.words[wordHash(st.arena[t.norm0+t.spec:t.norm1])]
		}
	}
	for i := 0; i < n; {
		adv := 1
		for k := min(ll.maxWords, n-i); k >= 1; k-- {
			code, ok := ll.phrases[phraseHash(st.hs[i:i+k])]
			if !ok {
				continue
			}
			for j := i; j < i+k; j++ {
				pos := uint8(1) // inside
				switch {
				case k == 1:
					pos = 3 // unit
				case j == i:
					pos = 0 // begin
				case j == i+k-1:
					pos = 2 // last
				}
				st.toks[j].learnPhrase = pos<<5 | code | 0x80
			}
			adv = k
			break
		}
		i += adv
	}
}

// learnedWordFeatures appends what the learned list says about the word
// of token i (the phrase covering it is in wordContextFeatures).
func (st *sentState) learnedWordFeatures(i int, dst []uint64) []uint64 {
	t := &st.toks[i]
	dst = appendWordCode(dst, fLearnWord, t.learn, true)
	if t.spec > 0 {
		dst = appendWordCode(dst, fLearnSpec, t.learnSpec, false)
	}
	return dst
}

// learnedContextFeatures appends what the learned list says about the
// words around token i.
func (st *sentState) learnedContextFeatures(i int, dst []uint64) []uint64 {
	major := st.learnedMajor
	dst = append(dst, hbyte(hstart(fLearnM1), major(i-1)))
	dst = append(dst, hbyte(hstart(fLearnP1), major(i+1)))
	return dst
}

// learnedUsageFeatures appends how the word of token i was used in the
// training text whatever its tags: how often it occurred and how often
// with the article. Arabic has no capital letters, and these stand in for
// them: a name such as بوش or القاهرة keeps one form, a common noun
// comes with and without the article, and a frequent word is rarely a
// name.
func (st *sentState) learnedUsageFeatures(i int, dst []uint64) []uint64 {
	c := st.toks[i].learn
	dst = append(dst, hbyte(hbyte(hstart(fLearnArt), byte(c>>19&3)), byte(c>>16&7)))
	return append(dst, hbyte(hstart(fLearnFreq), byte(c>>21&7)))
}

// learnedUsageContext appends the usage (see learnedUsageFeatures) of
// the words before and after token i.
func (st *sentState) learnedUsageContext(i int, dst []uint64) []uint64 {
	code := func(j int) byte {
		if j < 0 || j >= len(st.toks) {
			return 0xff
		}
		c := st.toks[j].learn
		return byte(c>>19&3) | byte(c>>16&7)<<2
	}
	dst = append(dst, hbyte(hstart(fLearnArtM1), code(i-1)))
	return append(dst, hbyte(hstart(fLearnArtP1), code(i+1)))
}

// learnedMajor returns the strongest field of token j's learned word code
// with its share, or a mark for no such token or an unseen word.
func (st *sentState) learnedMajor(j int) byte {
	if j < 0 || j >= len(st.toks) || !st.learned {
		return 0xff
	}
	code := st.toks[j].learn
	if code == 0 {
		return 0xfe
	}
	best, bv := byte(0xfd), uint32(0)
	for f := 0; f < 8; f++ {
		if v := code >> (2 * f) & 3; v > bv {
			best, bv = byte(f)<<2|byte(v), v
		}
	}
	return best
}

func appendWordCode(dst []uint64, tid byte, code uint32, unseen bool) []uint64 {
	if code == 0 {
		if unseen {
			dst = append(dst, hstart(fLearnUnseen))
		}
		return dst
	}
	any := false
	for f := 0; f < 8; f++ {
		if v := code >> (2 * f) & 3; v != 0 {
			any = true
			dst = append(dst, hbyte(hbyte(hstart(tid), byte(f)), byte(v)))
		}
	}
	if !any {
		dst = append(dst, hbyte(hbyte(hstart(tid), 0xff), byte(code>>16&7)))
	}
	return dst
}

// freqClass maps a count to 0 (1), 1 (2-3), 2 (4-7), 3 (8-15), 4 (16-31),
// 5 (32-127) or 6 (128 or more).
func freqClass(c int32) uint32 {
	switch {
	case c <= 1:
		return 0
	case c <= 3:
		return 1
	case c <= 7:
		return 2
	case c <= 15:
		return 3
	case c <= 31:
		return 4
	case c <= 127:
		return 5
	}
	return 6
}
