package ner

import "unicode/utf8"

// tokInfo is the per-token analysis that features are built from. Byte
// ranges point into sentState.arena.
type tokInfo struct {
	norm0, norm1 int32 // normalised form
	strip        int32 // bytes of proclitics at the start of the normalised form
	spec         int32 // bytes of a speculative single proclitic (0: none)
	shape0       int32 // compressed shape: arena[shape0:shape1]
	shape1       int32
	script       uint8
	capital      bool
	gaz          uint8  // single-word gazetteer types
	trig         uint8  // trigger classes
	gazB, gazI   uint8  // multi-word gazetteer match: begins / continues here
	gazSpec      uint8  // gazetteer types of the word without its speculative proclitic
	learn        uint32 // learned-list code of the word (see learnedLex)
	learnSpec    uint32 // learned-list code of the word without its speculative proclitic
	learnPhrase  uint8  // learned phrase covering the word: 0x80 | position<<5 | phrase code
	clus         uint32 // word cluster code (see wordClusters; 0: none or unknown)
}

// sentState holds the reusable buffers for one sentence.
type sentState struct {
	arena    []byte
	toks     []tokInfo
	phrase   []byte
	feats    []uint64
	hs       []uint64  // word hashes for the learned list
	learned  bool      // the learned-list fields are set
	clusters bool      // the cluster codes are set
	doc      *docInfo  // first-pass document information (second pass only)
	stats    []tokStat // document statistics of each token (nil: none)
}

func (st *sentState) norm(i int) []byte {
	t := &st.toks[i]
	return st.arena[t.norm0:t.norm1]
}

func (st *sentState) stripped(i int) []byte {
	t := &st.toks[i]
	return st.arena[t.norm0+t.strip : t.norm1]
}

// prepare analyses tokens into st.
func (st *sentState) prepare(tokens []string, lx *lexicon, extra Gazetteer, ll *learnedLex) {
	st.arena = st.arena[:0]
	st.toks = st.toks[:0]
	st.clusters = lx.clusters != nil
	for _, tok := range tokens {
		var t tokInfo
		t.norm0 = int32(len(st.arena))
		st.arena = appendNorm(st.arena, tok)
		t.norm1 = int32(len(st.arena))
		w := st.arena[t.norm0:t.norm1]
		t.strip = int32(stripLen(w))
		if t.strip == 0 {
			t.spec = int32(speculativeStrip(w))
		}
		t.shape0 = int32(len(st.arena))
		var sc int
		st.arena, sc, t.capital = shape(st.arena, tok)
		t.script = uint8(sc)
		t.shape1 = int32(len(st.arena))
		st.toks = append(st.toks, t)
	}
	pg, _ := extra.(PhraseGazetteer)
	mg, _ := extra.(*MapGazetteer) // looked up without allocating
	lookup := func(b []byte) uint8 {
		if mg != nil {
			return mg.m[string(b)]
		}
		return extra.Lookup(string(b))
	}
	for i := range st.toks {
		s := st.stripped(i)
		t := &st.toks[i]
		t.trig = lx.triggers[string(s)]
		t.gaz = lx.gaz.m[string(s)]
		if lx.clusters != nil {
			t.clus = lx.clusters[string(s)]
		}
		if extra != nil && len(s) > 0 {
			t.gaz |= lookup(s)
		}
		if t.spec > 0 {
			sp := st.arena[t.norm0+t.spec : t.norm1]
			t.gazSpec = lx.gaz.m[string(sp)]
			if extra != nil {
				t.gazSpec |= lookup(sp)
			}
		}
	}
	for i := range st.toks {
		// Only phrases that can start with this word are looked up.
		first := st.stripped(i)
		maxWords := lx.gaz.phraseWords(first)
		switch {
		case mg != nil:
			maxWords = max(maxWords, mg.phraseWords(first))
		case pg != nil:
			maxWords = max(maxWords, pg.MaxWords())
		}
		for n := min(maxWords, len(st.toks)-i); n >= 2; n-- {
			st.phrase = st.phrase[:0]
			for j := i; j < i+n; j++ {
				if j > i {
					st.phrase = append(st.phrase, ' ')
				}
				st.phrase = append(st.phrase, st.stripped(j)...)
			}
			types := lx.gaz.m[string(st.phrase)]
			if pg != nil {
				types |= lookup(st.phrase)
			}
			if types != 0 {
				st.toks[i].gazB |= types
				for j := i + 1; j < i+n; j++ {
					st.toks[j].gazI |= types
				}
				break
			}
		}
	}
	st.learned = ll != nil
	st.applyLearned(ll)
}

// FNV-1a, 64 bits.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func hstart(tid byte) uint64 { return (fnvOffset ^ uint64(tid)) * fnvPrime }

func hbyte(h uint64, b byte) uint64 { return (h ^ uint64(b)) * fnvPrime }

func hu32(h uint64, v uint32) uint64 {
	for k := 0; k < 32; k += 8 {
		h = (h ^ uint64(byte(v>>k))) * fnvPrime
	}
	return h
}

func hbytes(h uint64, b []byte) uint64 {
	for _, c := range b {
		h = (h ^ uint64(c)) * fnvPrime
	}
	return h
}

// Feature templates. The numbers are part of the model format: do not
// reorder, only append.
const (
	fBias = iota
	fWord
	fStrip
	fProclitic
	fPrefix1
	fPrefix2
	fPrefix3
	fSuffix1
	fSuffix2
	fSuffix3
	fShape
	fScriptLen
	fStripM2
	fStripM1
	fStripP1
	fStripP2
	fNormM1
	fNormP1
	fBigramM1
	fBigramP1
	fTrigM1
	fTrigM2
	fTrigP1
	fGaz
	fGazM1
	fGazP1
	fGazPhraseB
	fGazPhraseI
	fSpecStrip
	fFirst
	fShapeM1
	fShapeP1
	fTrigM1Suffix2
	fLast
	fGazM1Trig
	fPrefix4
	fSuffix4
	fSuffix2M1
	fSuffix2P1
	fProcliticM1
	fSandwich
	fCharGram
	fP1
	fP1M1
	fP1P1
	fP1Tri
	fDocUnseen
	fDocAllO
	fDocType
	fDocTypeFrac
	fDocTag
	fDocTrig
	fDocP1Major
	fGazSpec
	fDocSpec
	fLearnWord
	fLearnSpec
	fLearnPhrase
	fLearnM1
	fLearnP1
	fLearnUnseen
	fPairBias
	fPairShape
	fPairLearn
	fPairGaz
	fPairTrig
	fPairProclitic
	fPairConj
	fPairP1
	fPairSuffix1
	fStatOcc
	fStatArt
	fStatTrig
	fNearSelf
	fNearSome
	fNearClose
	fTrigM3
	fTrigWin
	fTrigP2
	fPrefix2M1
	fPrefix2P1
	fSuffix3M1
	fSuffix3P1
	fProcliticP1
	fLearnArt
	fLearnFreq
	fLearnArtM1
	fLearnArtP1
	fProcSuffix
	fClusCoarse
	fClusMiddle
	fClusFine
	fClusM1
	fClusP1
	fClusFineM1
	fClusFineP1
)

// suffixN returns the last k runes of b (all of b when shorter).
func suffixN(b []byte, k int) []byte {
	start := len(b)
	for ; k > 0 && start > 0; k-- {
		_, sz := utf8.DecodeLastRune(b[:start])
		start -= sz
	}
	return b[start:]
}

var boundary = []byte{0}

// features appends the hashed features of token i to dst. The first nlex
// of them identify the word itself (its forms, bigrams and character
// n-grams); training may drop them to make the model lean on context and
// word shape. They are wordContextFeatures, then tokenFeatures (which
// begin with those that identify the word), then contextFeatures.
func (st *sentState) features(i int, dst []uint64) (_ []uint64, nlex int) {
	base := len(dst)
	dst = st.wordContextFeatures(i, dst)
	nlex = len(dst) - base
	dst, k := st.tokenFeatures(i, dst)
	return st.contextFeatures(i, dst), nlex + k
}

// ctxStrip returns the stripped form of token j, or a boundary mark
// outside the sentence.
func (st *sentState) ctxStrip(j int) []byte {
	if j < 0 || j >= len(st.toks) {
		return boundary
	}
	return st.stripped(j)
}

// ctxShape returns the shape of token j, or a boundary mark outside the
// sentence.
func (st *sentState) ctxShape(j int) []byte {
	if j < 0 || j >= len(st.toks) {
		return boundary
	}
	return st.arena[st.toks[j].shape0:st.toks[j].shape1]
}

// appendBits appends a feature of template tid for each bit set in b.
func appendBits(dst []uint64, tid byte, b uint8) []uint64 {
	for k := uint8(0); k < 8; k++ {
		if b&(1<<k) != 0 {
			dst = append(dst, hbyte(hstart(tid), k))
		}
	}
	return dst
}

// wordContextFeatures appends the features that identify token i together
// with its neighbours: the bigrams and the learned phrase covering it.
func (st *sentState) wordContextFeatures(i int, dst []uint64) []uint64 {
	s := st.stripped(i)
	dst = append(dst, hbytes(hbyte(hbytes(hstart(fBigramM1), st.ctxStrip(i-1)), 0xff), s))
	dst = append(dst, hbytes(hbyte(hbytes(hstart(fBigramP1), s), 0xff), st.ctxStrip(i+1)))
	if t := &st.toks[i]; st.learned && t.learnPhrase != 0 {
		dst = append(dst, hbyte(hstart(fLearnPhrase), t.learnPhrase))
	}
	return dst
}

// tokenFeatures appends the features of token i that depend on the token
// alone (for a given model: its gazetteer and learned list), so that
// every occurrence of a word has the same ones: its forms, affixes,
// character n-grams and shape, and what the gazetteers and the learned
// list say about it. The first nlex identify the word.
func (st *sentState) tokenFeatures(i int, dst []uint64) (_ []uint64, nlex int) {
	t := &st.toks[i]
	w := st.norm(i)
	s := st.stripped(i)
	base := len(dst)
	dst = append(dst, hbytes(hstart(fWord), w))
	dst = append(dst, hbytes(hstart(fStrip), s))
	if t.spec > 0 {
		dst = append(dst, hbytes(hstart(fSpecStrip), w[t.spec:]))
	}
	if t.script == scriptArabic {
		dst = appendCharGrams(dst, s)
	}
	if st.learned {
		dst = st.learnedWordFeatures(i, dst)
	}
	nlex = len(dst) - base
	dst = append(dst, hstart(fBias))
	dst = append(dst, hbytes(hstart(fProclitic), w[:t.strip]))

	// Prefixes and suffixes of 1-4 letters of the stripped form.
	runes := utf8.RuneCount(s)
	for k, end := 1, 0; k <= 4 && k < runes; k++ {
		_, sz := utf8.DecodeRune(s[end:])
		end += sz
		tid := byte(fPrefix1 + k - 1)
		if k == 4 {
			tid = fPrefix4
		}
		dst = append(dst, hbytes(hstart(tid), s[:end]))
	}
	for k, start := 1, len(s); k <= 4 && k < runes; k++ {
		_, sz := utf8.DecodeLastRune(s[:start])
		start -= sz
		tid := byte(fSuffix1 + k - 1)
		if k == 4 {
			tid = fSuffix4
		}
		dst = append(dst, hbytes(hstart(tid), s[start:]))
	}
	cap := byte(0)
	if t.capital {
		cap = 1
	}
	dst = append(dst, hbyte(hbytes(hstart(fShape), st.ctxShape(i)), cap))
	dst = append(dst, hbyte(hbyte(hstart(fScriptLen), t.script), byte(min(runes, 8))))
	dst = appendBits(dst, fGaz, t.gaz)
	dst = appendBits(dst, fGazSpec, t.gazSpec)
	// The article (or a preposition with it) before the last two letters
	// tells a nisba adjective (الأمريكي) from a name ending alike (علي).
	dst = append(dst, hbytes(hbyte(hbytes(hstart(fProcSuffix), w[:t.strip]), 0xff), suffixN(s, 2)))
	if st.learned {
		dst = st.learnedUsageFeatures(i, dst)
	}
	if st.clusters {
		// A word the corpus did not have often enough has code 0 at
		// every level, which is a feature of its own: a rare word.
		dst = append(dst, hu32(hstart(fClusCoarse), t.clus&0xff))
		dst = append(dst, hu32(hstart(fClusMiddle), t.clus&0xfffff))
		dst = append(dst, hu32(hstart(fClusFine), t.clus))
	}
	return dst, nlex
}

// ctxClus returns the cluster code of token j; outside the sentence, a
// code no word has.
func (st *sentState) ctxClus(j int) uint32 {
	if j < 0 || j >= len(st.toks) {
		return 0xffffffff
	}
	return st.toks[j].clus
}

// contextFeatures appends the features of token i that depend on its
// neighbours, its place in the sentence or its document, apart from those
// of wordContextFeatures.
func (st *sentState) contextFeatures(i int, dst []uint64) []uint64 {
	n := len(st.toks)
	t := &st.toks[i]
	s := st.stripped(i)
	ctxNorm := func(j int) []byte {
		if j < 0 || j >= n {
			return boundary
		}
		return st.norm(j)
	}
	ctxBits := func(j int, trig bool) uint8 {
		if j < 0 || j >= n {
			return 0
		}
		if trig {
			return st.toks[j].trig
		}
		return st.toks[j].gaz
	}
	dst = append(dst, hbytes(hstart(fSuffix2M1), suffixN(st.ctxStrip(i-1), 2)))
	dst = append(dst, hbytes(hstart(fSuffix2P1), suffixN(st.ctxStrip(i+1), 2)))
	if i > 0 {
		t1 := &st.toks[i-1]
		dst = append(dst, hbytes(hstart(fProcliticM1), st.arena[t1.norm0:t1.norm0+t1.strip]))
	}
	dst = append(dst, hbytes(hbyte(hbytes(hstart(fSandwich), st.ctxStrip(i-1)), 0xff), st.ctxStrip(i+1)))
	dst = append(dst, hbytes(hstart(fStripM2), st.ctxStrip(i-2)))
	dst = append(dst, hbytes(hstart(fStripM1), st.ctxStrip(i-1)))
	dst = append(dst, hbytes(hstart(fStripP1), st.ctxStrip(i+1)))
	dst = append(dst, hbytes(hstart(fStripP2), st.ctxStrip(i+2)))
	dst = append(dst, hbytes(hstart(fNormM1), ctxNorm(i-1)))
	dst = append(dst, hbytes(hstart(fNormP1), ctxNorm(i+1)))

	if st.clusters {
		m1, p1 := st.ctxClus(i-1), st.ctxClus(i+1)
		dst = append(dst, hu32(hstart(fClusM1), m1&0xfffff))
		dst = append(dst, hu32(hstart(fClusP1), p1&0xfffff))
		dst = append(dst, hu32(hstart(fClusFineM1), m1))
		dst = append(dst, hu32(hstart(fClusFineP1), p1))
	}
	dst = appendBits(dst, fTrigM1, ctxBits(i-1, true))
	dst = appendBits(dst, fTrigM2, ctxBits(i-2, true))
	dst = appendBits(dst, fTrigP1, ctxBits(i+1, true))
	dst = appendBits(dst, fGazM1, ctxBits(i-1, false))
	dst = appendBits(dst, fGazP1, ctxBits(i+1, false))
	dst = appendBits(dst, fGazPhraseB, t.gazB)
	dst = appendBits(dst, fGazPhraseI, t.gazI)
	if i == 0 {
		dst = append(dst, hstart(fFirst))
	}
	if i == n-1 {
		dst = append(dst, hstart(fLast))
	}
	sh := st.ctxShape(i)
	dst = append(dst, hbytes(hbyte(hbytes(hstart(fShapeM1), st.ctxShape(i-1)), 0xff), sh))
	dst = append(dst, hbytes(hbyte(hbytes(hstart(fShapeP1), sh), 0xff), st.ctxShape(i+1)))
	if tr := ctxBits(i-1, true); tr != 0 && utf8.RuneCount(s) > 2 {
		_, sz := utf8.DecodeLastRune(s)
		_, sz2 := utf8.DecodeLastRune(s[:len(s)-sz])
		dst = append(dst, hbytes(hbyte(hstart(fTrigM1Suffix2), tr), s[len(s)-sz-sz2:]))
	}
	dst = st.windowFeatures(i, dst)
	if st.learned {
		dst = st.learnedUsageContext(i, dst)
		dst = st.learnedContextFeatures(i, dst)
	}
	if st.stats != nil {
		dst = st.statFeatures(i, dst)
	}
	if st.doc != nil {
		dst = st.docFeatures(i, dst)
	}
	return dst
}

// windowFeatures appends the features of the words around token i that
// reach beyond its neighbours' whole forms: a trigger word up to three
// words before it (الرئيس الأمريكي السابق جورج), the trigger two words
// after it, and the first two and last three letters of the neighbours
// and the next word's proclitics, which carry their part of speech and
// definiteness (a nisba adjective after a place, a verb before a name)
// where their whole forms were too rare to learn from.
func (st *sentState) windowFeatures(i int, dst []uint64) []uint64 {
	n := len(st.toks)
	trig := func(j int) uint8 {
		if j < 0 || j >= n {
			return 0
		}
		return st.toks[j].trig
	}
	dst = appendBits(dst, fTrigM3, trig(i-3))
	dst = appendBits(dst, fTrigWin, trig(i-1)|trig(i-2)|trig(i-3))
	dst = appendBits(dst, fTrigP2, trig(i+2))
	dst = append(dst, hbytes(hstart(fPrefix2M1), prefixN(st.ctxStrip(i-1), 2)))
	dst = append(dst, hbytes(hstart(fPrefix2P1), prefixN(st.ctxStrip(i+1), 2)))
	dst = append(dst, hbytes(hstart(fSuffix3M1), suffixN(st.ctxStrip(i-1), 3)))
	dst = append(dst, hbytes(hstart(fSuffix3P1), suffixN(st.ctxStrip(i+1), 3)))
	if i+1 < n {
		t1 := &st.toks[i+1]
		dst = append(dst, hbytes(hstart(fProcliticP1), st.arena[t1.norm0:t1.norm0+t1.strip]))
	}
	return dst
}

// prefixN returns the first k runes of b (all of b when shorter).
func prefixN(b []byte, k int) []byte {
	end := 0
	for ; k > 0 && end < len(b); k-- {
		_, sz := utf8.DecodeRune(b[end:])
		end += sz
	}
	return b[:end]
}

// appendCharGrams appends the hashed character 2-, 3- and 4-grams of the
// stripped word w padded with a boundary mark at both ends.
func appendCharGrams(dst []uint64, w []byte) []uint64 {
	var rs [24]int // rune start offsets, padded word only up to 22 runes
	n := 0
	for i := 0; i < len(w) && n < len(rs)-1; {
		rs[n] = i
		_, sz := utf8.DecodeRune(w[i:])
		i += sz
		n++
	}
	if n < 2 || n >= len(rs)-1 {
		return dst
	}
	rs[n] = len(w)
	// Positions -1 and n are the boundaries.
	for k := 2; k <= 4; k++ {
		for a := -1; a+k <= n+1; a++ {
			b := a + k // exclusive, may be n+1
			h := hbyte(hstart(fCharGram), byte(k))
			lo, hi := a, b
			if lo < 0 {
				h = hbyte(h, '^')
				lo = 0
			}
			if hi > n {
				hi = n
			}
			h = hbytes(h, w[rs[lo]:rs[hi]])
			if b > n {
				h = hbyte(h, '$')
			}
			if a < 0 && b > n {
				continue // the whole word: already a feature
			}
			dst = append(dst, h)
		}
	}
	return dst
}

// pairFeatures appends the features of token i that are weighted per pair
// of previous and current tag: a few coarse properties of the word, so
// that the model learns, for example, that a word with و after a name
// starts a new one.
func (st *sentState) pairFeatures(i int, dst []uint64) []uint64 {
	t := &st.toks[i]
	w := st.norm(i)
	s := st.stripped(i)
	cap := byte(0)
	if t.capital {
		cap = 1
	}
	dst = append(dst, hstart(fPairBias))
	dst = append(dst, hbyte(hbyte(hstart(fPairShape), t.script), cap))
	dst = append(dst, hbyte(hstart(fPairLearn), st.learnedMajor(i)))
	dst = append(dst, hbyte(hstart(fPairGaz), t.gaz|t.gazB<<3))
	if i > 0 {
		dst = append(dst, hbyte(hstart(fPairTrig), st.toks[i-1].trig))
	}
	dst = append(dst, hbytes(hstart(fPairProclitic), w[:t.strip]))
	if t.spec > 0 {
		dst = append(dst, hbytes(hstart(fPairConj), w[:t.spec]))
	}
	dst = append(dst, hbytes(hstart(fPairSuffix1), suffixN(s, 1)))
	if st.doc != nil {
		dst = append(dst, hbyte(hstart(fPairP1), st.doc.p1[i]))
	}
	return dst
}
