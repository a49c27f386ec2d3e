package terms

import "sort"

// An edit records that the bytes out[OutStart:OutEnd] of a char filter's
// output came from src[SrcStart:SrcEnd] of its input and are not a byte-for-
// byte copy of them. A deletion has OutStart == OutEnd.
type edit struct {
	outStart, outEnd int
	srcStart, srcEnd int
}

// offsetMap maps offsets in one char filter's output back to its input.
// Between edits the output is a copy of the input, shifted by the bytes that
// earlier edits added or removed. Edits are kept in output order.
type offsetMap struct {
	edits []edit
}

func (m *offsetMap) reset() { m.edits = m.edits[:0] }

// replace records that out[outStart:outEnd] replaces src[srcStart:srcEnd].
// Adjacent deletions are merged into one.
func (m *offsetMap) replace(outStart, outEnd, srcStart, srcEnd int) {
	if n := len(m.edits); n > 0 && outStart == outEnd {
		last := &m.edits[n-1]
		if last.outStart == outStart && last.outEnd == outEnd && last.srcEnd == srcStart {
			last.srcEnd = srcEnd
			return
		}
	}
	m.edits = append(m.edits, edit{outStart, outEnd, srcStart, srcEnd})
}

// shift is the difference between input and output offsets just after the
// edits before index i.
func (m *offsetMap) shift(i int) int {
	if i == 0 {
		return 0
	}
	e := m.edits[i-1]
	return e.srcEnd - e.outEnd
}

// start maps the offset where a token begins in the output to the offset
// where it begins in the input. A token that begins inside a replacement
// begins where the replacement's source begins; text deleted just before the
// token is not part of it.
func (m *offsetMap) start(o int) int {
	if len(m.edits) == 0 {
		return o
	}
	i := sort.Search(len(m.edits), func(i int) bool { return m.edits[i].outEnd > o })
	if i < len(m.edits) && m.edits[i].outStart <= o {
		return m.edits[i].srcStart
	}
	return o + m.shift(i)
}

// end maps the offset where a token ends in the output (exclusive, after at
// least one byte) to the offset where it ends in the input. A token that ends
// inside a replacement ends where the replacement's source ends, and text
// deleted right after the token (trailing diacritics, tatweel, a joiner)
// belongs to it, so that the span covers the whole surface word.
func (m *offsetMap) end(o int) int {
	if len(m.edits) == 0 {
		return o
	}
	i := sort.Search(len(m.edits), func(i int) bool { return m.edits[i].outEnd >= o })
	var src int
	if i < len(m.edits) && m.edits[i].outStart < o {
		src = m.edits[i].srcEnd
		i++
	} else {
		src = o + m.shift(i)
	}
	for ; i < len(m.edits) && m.edits[i].outStart == o && m.edits[i].outEnd == o; i++ {
		src = m.edits[i].srcEnd
	}
	return src
}
