package ner

import (
	"compress/gzip"
	"encoding/gob"
	"errors"
	"fmt"
	"io"
	"maps"
	"math"
	"slices"
)

const modelVersion = 3

// quantLevels is the number of quantisation steps between 0 and the
// largest absolute weight in a saved model.
const quantLevels = 1 << 12

// modelFile is the serialised form of a Model (gob inside gzip). Keys are
// sorted and delta-coded; weights are quantised to integers.
type modelFile struct {
	Version int
	Tags    []string
	Keys    []uint64 // deltas of sorted feature hashes
	Scale   float32  // weight = int × Scale
	W       []int32  // len(Keys) × len(Tags), row per key
	Trans   []float32
	OBias   float32
	// Pass1 is the first pass of a document-level model, nil otherwise;
	// Window is then the second pass's window in sentences.
	Pass1  *modelFile
	Window int
	// Learned is the name list learned from the training data; a first
	// pass without one shares the second pass's.
	Learned *learnedFile
	// PKeys and PW are the pair features and their weights, one per
	// allowed entry of Trans for each key (none in a model without them).
	PKeys []uint64
	PW    []float32
	// StatsWindow is the window of the document statistics features (0:
	// none; see tokStat).
	StatsWindow int
	// Near is set when the second pass counts the first pass's near
	// misses (see nearMisses).
	Near bool
	// Refine is the number of extra runs of the second pass (see
	// WithRefine).
	Refine int
	// Clusters is set when the features include the word clusters (see
	// wordClusters).
	Clusters bool
}

// learnedFile is the serialised form of a learnedLex: sorted, delta-coded
// hashes and their codes.
type learnedFile struct {
	WordKeys    []uint64
	WordCodes   []uint32
	PhraseKeys  []uint64
	PhraseCodes []uint8
	MaxWords    int
}

func (ll *learnedLex) file() *learnedFile {
	if ll == nil {
		return nil
	}
	lf := &learnedFile{MaxWords: ll.maxWords}
	keys := slices.Sorted(maps.Keys(ll.words))
	var last uint64
	for _, h := range keys {
		lf.WordKeys = append(lf.WordKeys, h-last)
		lf.WordCodes = append(lf.WordCodes, ll.words[h])
		last = h
	}
	keys = slices.Sorted(maps.Keys(ll.phrases))
	last = 0
	for _, h := range keys {
		lf.PhraseKeys = append(lf.PhraseKeys, h-last)
		lf.PhraseCodes = append(lf.PhraseCodes, ll.phrases[h])
		last = h
	}
	return lf
}

func (lf *learnedFile) lex() (*learnedLex, error) {
	if lf == nil {
		return nil, nil
	}
	if len(lf.WordKeys) != len(lf.WordCodes) || len(lf.PhraseKeys) != len(lf.PhraseCodes) || lf.MaxWords < 1 {
		return nil, errors.New("ner: model file is inconsistent (learned name list)")
	}
	ll := &learnedLex{words: make(map[uint64]uint32, len(lf.WordKeys)), phrases: make(map[uint64]uint8, len(lf.PhraseKeys)), maxWords: lf.MaxWords}
	var h uint64
	for i, d := range lf.WordKeys {
		h += d
		ll.words[h] = lf.WordCodes[i]
	}
	h = 0
	for i, d := range lf.PhraseKeys {
		h += d
		ll.phrases[h] = lf.PhraseCodes[i]
	}
	return ll, nil
}

// Save writes the model in its gzipped gob format. Weights are quantised;
// rows that quantise to zero are dropped.
func (m *Model) Save(w io.Writer) error {
	mf := m.file()
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	if err := gob.NewEncoder(zw).Encode(mf); err != nil {
		return fmt.Errorf("ner: encoding model: %w", err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("ner: writing model: %w", err)
	}
	return nil
}

// file returns the serialised form of m.
func (m *Model) file() *modelFile {
	T := len(m.tags)
	var maxAbs float32
	for _, v := range m.w {
		maxAbs = max(maxAbs, float32(math.Abs(float64(v))))
	}
	scale := maxAbs / quantLevels
	if scale == 0 {
		scale = 1
	}
	keys := make([]uint64, 0, m.index.n)
	rows := make(map[uint64]int32, m.index.n)
	m.index.each(func(h uint64, row int32) {
		keys = append(keys, h)
		rows[h] = row
	})
	slices.Sort(keys)
	mf := &modelFile{Version: modelVersion, Tags: m.tags, Scale: scale, Trans: m.trans, OBias: m.oBias, Window: m.window, StatsWindow: m.statsWindow, Near: m.near, Refine: m.refine, Clusters: m.lex.clusters != nil}
	mf.Learned = m.learned.file()
	if m.pindex != nil {
		A := len(m.pairIdx)
		pk := make([]uint64, 0, m.pindex.n)
		m.pindex.each(func(h uint64, _ int32) { pk = append(pk, h) })
		slices.Sort(pk)
		for _, h := range pk {
			f, _ := m.pindex.get(h)
			mf.PKeys = append(mf.PKeys, h)
			mf.PW = append(mf.PW, m.pw[int(f)*A:int(f+1)*A]...)
		}
	}
	if m.pass1 != nil {
		mf.Pass1 = m.pass1.file()
		if m.pass1.learned == m.learned {
			mf.Pass1.Learned = nil
		}
	}
	var last uint64
	for _, h := range keys {
		f := int(rows[h])
		row := make([]int32, T)
		nz := false
		for y := 0; y < T; y++ {
			q := int32(math.Round(float64(m.w[f*T+y] / scale)))
			row[y] = q
			nz = nz || q != 0
		}
		if !nz {
			continue
		}
		mf.Keys = append(mf.Keys, h-last)
		last = h
		mf.W = append(mf.W, row...)
	}
	return mf
}

// Load reads a model written by Save.
func Load(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("ner: model is not gzipped: %w", err)
	}
	var mf modelFile
	if err := gob.NewDecoder(zr).Decode(&mf); err != nil {
		return nil, fmt.Errorf("ner: decoding model: %w", err)
	}
	if mf.Version != modelVersion {
		return nil, fmt.Errorf("ner: model format %d, this build reads %d: retrain with go generate", mf.Version, modelVersion)
	}
	return fromFile(&mf, 0)
}

// fromFile builds a model from its serialised form.
func fromFile(mf *modelFile, depth int) (*Model, error) {
	T := len(mf.Tags)
	if T == 0 || T > 255 || len(mf.W) != len(mf.Keys)*T || len(mf.Trans) != (T+1)*T {
		return nil, errors.New("ner: model file is inconsistent (tag, key and weight counts disagree)")
	}
	m := &Model{
		tags:  mf.Tags,
		index: newFeatTable(len(mf.Keys)),
		w:     make([]float32, len(mf.W)),
		trans: mf.Trans,
		out:   outputTags(mf.Tags),
		lex:   newLexicon(),
		oBias: mf.OBias,
		pool:  newPool(),

		statsWindow: mf.StatsWindow,
		near:        mf.Near,
		refine:      mf.Refine,
	}
	if mf.Clusters {
		m.lex.clusters = wordClusters()
	}
	m.allowed, m.final = allowedTransitions(mf.Tags)
	m.prevs = predecessors(m.allowed, len(mf.Tags))
	var err error
	if m.learned, err = mf.Learned.lex(); err != nil {
		return nil, err
	}
	if len(mf.PKeys) > 0 {
		m.pairIdx = allowedIndex(m.allowed)
		if len(mf.PW) != len(mf.PKeys)*len(m.pairIdx) {
			return nil, errors.New("ner: model file is inconsistent (pair feature weights)")
		}
		m.pindex, m.pw = newFeatTable(len(mf.PKeys)), mf.PW
		for i, h := range mf.PKeys {
			m.pindex.set(h, int32(i))
		}
	}
	var h uint64
	for i, d := range mf.Keys {
		h += d
		m.index.set(h, int32(i))
	}
	for i, q := range mf.W {
		m.w[i] = float32(q) * mf.Scale
	}
	if mf.Pass1 != nil {
		if depth > 0 {
			return nil, errors.New("ner: model file is inconsistent (first pass of a first pass)")
		}
		p, err := fromFile(mf.Pass1, depth+1)
		if err != nil {
			return nil, err
		}
		if mf.Pass1.Learned == nil {
			p.learned = m.learned
		}
		m.pass1, m.window = p, mf.Window
	}
	return m, nil
}
