package ner

import (
	"unicode"
	"unicode/utf8"
)

// tokStat is what the other occurrences of a word in its document say
// about it without any tagger: how often it occurs, how many of them carry
// the article (a name such as بلنسية never does, a common noun often
// does) and which trigger words preceded them (مدينة بلنسية in one
// sentence, بلنسية alone in the next).
type tokStat struct {
	occ  uint8 // other occurrences in the window (see bucket; 0: none)
	art  uint8 // share of the other occurrences with the article (see shareBucket)
	trig uint8 // trigger classes before the other occurrences
}

// statKey returns the hash of the normalised word tok without its
// proclitics and, when it has a speculative single proclitic, the hash
// without that too (0: none); ok is false for words too short or not
// starting with a letter, which get no statistics. art reports the
// article.
func statKey(buf []byte, tok string) (_ []byte, key, spec uint64, art, ok bool) {
	buf = appendNorm(buf[:0], tok)
	strip := stripLen(buf)
	s := buf[strip:]
	r, _ := utf8.DecodeRune(s)
	if len(s) <= 2 || !unicode.IsLetter(r) {
		return buf, 0, 0, false, false
	}
	key = wordHash(s)
	if strip == 0 {
		if sp := speculativeStrip(buf); sp > 0 {
			spec = wordHash(buf[sp:])
		}
	}
	return buf, key, spec, strip > 0, true
}

// docStats computes the statistics of every token of a document's
// sentences, given in order, counting the occurrences of the same word
// (or of the word without a speculative proclitic) within window
// sentences on either side.
func docStats(sents [][]string, lx *lexicon, window int) [][]tokStat {
	type tokKey struct {
		key, spec uint64
		art       bool
		trig      uint8 // trigger classes of the word before
		ok        bool
	}
	var buf []byte
	keys := make([][]tokKey, len(sents))
	for si, s := range sents {
		ks := make([]tokKey, len(s))
		var prev uint8
		for i, tok := range s {
			var k tokKey
			buf, k.key, k.spec, k.art, k.ok = statKey(buf, tok)
			k.trig = prev
			prev = lx.triggers[string(buf[stripLen(buf):])]
			ks[i] = k
		}
		keys[si] = ks
	}
	// counts per word: occurrences, with the article, then each trigger class
	const D = 2 + numTrig
	counts := make(map[uint64]*[D]int32)
	addOne := func(h uint64, k *tokKey, sign int32) {
		c := counts[h]
		if c == nil {
			c = new([D]int32)
			counts[h] = c
		}
		c[0] += sign
		if k.art {
			c[1] += sign
		}
		for b := 0; b < numTrig; b++ {
			if k.trig&(1<<b) != 0 {
				c[2+b] += sign
			}
		}
	}
	add := func(s int, sign int32) {
		for i := range keys[s] {
			k := &keys[s][i]
			if !k.ok {
				continue
			}
			addOne(k.key, k, sign)
			if k.spec != 0 {
				addOne(k.spec, k, sign)
			}
		}
	}
	out := make([][]tokStat, len(sents))
	hi, lo := -1, 0
	for s := range sents {
		for hi < min(len(sents)-1, s+window) {
			hi++
			add(hi, 1)
		}
		for lo < s-window {
			add(lo, -1)
			lo++
		}
		st := make([]tokStat, len(keys[s]))
		for i := range keys[s] {
			k := &keys[s][i]
			if !k.ok {
				continue
			}
			var c [D]int32
			for _, h := range []uint64{k.key, k.spec} {
				if h == 0 {
					continue
				}
				if v := counts[h]; v != nil {
					for j := range c {
						c[j] += v[j]
					}
				}
				// not this occurrence
				c[0]--
				if k.art {
					c[1]--
				}
				for b := 0; b < numTrig; b++ {
					if k.trig&(1<<b) != 0 {
						c[2+b]--
					}
				}
			}
			if c[0] <= 0 {
				continue
			}
			t := tokStat{occ: bucket(c[0]), art: uint8(shareBucket(c[1], c[0]))}
			for b := 0; b < numTrig; b++ {
				if c[2+b] > 0 {
					t.trig |= 1 << b
				}
			}
			st[i] = t
		}
		out[s] = st
	}
	return out
}

// statFeatures appends the document statistics features of token i.
func (st *sentState) statFeatures(i int, dst []uint64) []uint64 {
	t := st.stats[i]
	art := byte(0)
	if st.toks[i].strip > 0 {
		art = 1
	}
	dst = append(dst, hbyte(hbyte(hstart(fStatOcc), t.occ), art))
	if t.occ == 0 {
		return dst
	}
	dst = append(dst, hbyte(hbyte(hstart(fStatArt), t.art), art))
	for b := uint8(0); b < numTrig; b++ {
		if t.trig&(1<<b) != 0 {
			dst = append(dst, hbyte(hstart(fStatTrig), b))
		}
	}
	return dst
}
