package ner

import (
	"math"
	"math/rand/v2"
	"reflect"
	"testing"
)

// TestNearMisses compares the near-miss codes with the best path through
// each type at each token found by enumerating every path.
func TestNearMisses(t *testing.T) {
	tags := []string{"O", "B-LOC", "I-LOC", "L-LOC", "U-LOC", "B-PERS", "I-PERS", "L-PERS", "U-PERS"}
	T := len(tags)
	m := &Model{tags: tags, trans: make([]float32, (T+1)*T)}
	m.allowed, m.final = allowedTransitions(tags)
	dt := newDocTags(tags)
	NT := len(dt.types)
	rng := rand.New(rand.NewPCG(9, 10))
	for trial := 0; trial < 200; trial++ {
		n := 1 + rng.IntN(4)
		ts := new(tagState)
		ts.emit = make([]float32, n*T)
		for i := range ts.emit {
			ts.emit[i] = float32(rng.NormFloat64() * 2)
		}
		for i := range m.trans {
			m.trans[i] = float32(rng.NormFloat64())
		}
		got := m.nearMisses(ts, dt, n, nil)
		// Enumerate.
		top := math.Inf(-1)
		best := make([]float64, n*NT)
		for i := range best {
			best[i] = math.Inf(-1)
		}
		path := make([]int, n)
		var walk func(i int, score float64)
		walk = func(i int, score float64) {
			if i == n {
				if !m.final[path[n-1]] {
					return
				}
				top = max(top, score)
				for j, y := range path {
					if ty := dt.typ[y]; ty >= 0 {
						best[j*NT+int(ty)] = max(best[j*NT+int(ty)], score)
					}
				}
				return
			}
			for y := 0; y < T; y++ {
				k := y
				if i > 0 {
					k = (path[i-1]+1)*T + y
				}
				if !m.allowed[k] {
					continue
				}
				path[i] = y
				walk(i+1, score+float64(m.trans[k])+float64(ts.emit[i*T+y]))
			}
		}
		walk(0, 0)
		for j := 0; j < n*NT; j++ {
			d := top - best[j]
			want := uint8(nearFar)
			switch {
			case d <= 1e-4:
				want = nearChosen
			case d < nearMargin1:
				want = nearClose
			case d < nearMargin2:
				want = nearSome
			}
			// float32 sums may differ from float64 ones at the thresholds.
			if got[j] != want && math.Abs(d) > 1e-3 && math.Abs(d-nearMargin1) > 1e-3 && math.Abs(d-nearMargin2) > 1e-3 {
				t.Fatalf("trial %d, token %d, type %s: got code %d, want %d (margin %v)", trial, j/NT, dt.types[j%NT], got[j], want, d)
			}
		}
	}
}

func TestDocStats(t *testing.T) {
	lx := newLexicon()
	sents := [][]string{
		{"مدينة", "بلنسية", "الكبيرة"},
		{"في", "بلنسية", "و", "الكبيرة"},
		{"وبلنسية", "كبيرة"},
		{"بلنسية"},
	}
	st := docStats(sents, lx, 1)
	// Sentence 1's بلنسية sees sentence 0's (after the trigger مدينة) and
	// sentence 2's وبلنسية, neither with the article.
	if got, want := st[1][1], (tokStat{occ: bucket(2), art: 0, trig: trigLOC}); got != want {
		t.Errorf("sentence 1 بلنسية: got %+v, want %+v", got, want)
	}
	// الكبيرة in sentence 1 sees الكبيرة (article) in sentence 0 and كبيرة
	// (none) in sentence 2.
	if got := st[1][3]; got.occ != bucket(2) || got.art != uint8(shareBucket(1, 2)) {
		t.Errorf("sentence 1 الكبيرة: got %+v", got)
	}
	// Sentence 3 sees only sentence 2 (window 1).
	if got := st[3][0]; got.occ != bucket(1) || got.trig != 0 {
		t.Errorf("sentence 3 بلنسية: got %+v", got)
	}
	// Short words and punctuation get none.
	if got := st[1][2]; got != (tokStat{}) {
		t.Errorf("و: got %+v", got)
	}
}

// TestDocStatsNearMissesRoundTrip trains a document model with both
// options and checks that they survive Save and Load.
func TestDocStatsNearMissesRoundTrip(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 12))
	m := Train(synthetic(rng, 200, trainPeople, trainPlaces, trainOrgs), TrainOptions{Epochs: 2, Document: true, CrossFolds: 3, Window: 5, DocStats: true, NearMisses: true, CRF: true})
	if !m.near || m.statsWindow != 5 || m.pass1.statsWindow != 5 {
		t.Fatalf("trained model: near %v, stats windows %d and %d", m.near, m.statsWindow, m.pass1.statsWindow)
	}
	m2 := roundTrip(t, m)
	if !m2.near || m2.statsWindow != 5 || m2.pass1.statsWindow != 5 {
		t.Fatalf("loaded model: near %v, stats windows %d and %d", m2.near, m2.statsWindow, m2.pass1.statsWindow)
	}
	test := synthetic(rng, 20, testPeople, testPlaces, testOrgs)
	doc := make([][]string, len(test))
	for i, s := range test {
		doc[i] = s.Tokens
	}
	got := m2.TagDocument(doc)
	for i, s := range test {
		checkValid(t, s.Tokens, got[i])
	}
	m3 := roundTrip(t, m2)
	if got3 := m3.TagDocument(doc); !reflect.DeepEqual(got3, got) {
		t.Errorf("saved and loaded again: got %v, want %v", got3, got)
	}

	// A refining model keeps its runs through Save and Load, and the
	// sentences it skips would not change: the same as running the second
	// pass again on every sentence.
	r := m2.WithRefine(1)
	r2 := roundTrip(t, r)
	if r2.refine != 1 {
		t.Fatalf("loaded refine %d, want 1", r2.refine)
	}
	gotR := r2.TagDocument(doc)
	for i, s := range test {
		checkValid(t, s.Tokens, gotR[i])
	}
	ts := new(tagState)
	stats := r2.stats(doc)
	fp := r2.firstPass(ts, doc, stats)
	ids := make([][]uint8, len(doc))
	for i, s := range doc {
		ids[i] = append([]uint8(nil), r2.tagIDsDoc(ts, s, &fp.docs[i], stats[i])...)
	}
	docs := buildDocs(fp.dt, fp.keys, fp.specs, fp.trig, ids, fp.near, r2.window)
	for i, s := range doc {
		want := make([]string, len(s))
		for j, y := range r2.tagIDsDoc(ts, s, &docs[i], stats[i]) {
			want[j] = r2.out[y]
		}
		if !reflect.DeepEqual(gotR[i], want) {
			t.Errorf("sentence %d: refined %v, every sentence again %v", i, gotR[i], want)
		}
	}
	// Without its second run the model gives the tags it gave before.
	if got0 := r2.WithRefine(0).TagDocument(doc); !reflect.DeepEqual(got0, got) {
		t.Errorf("refine 0: got %v, want %v", got0, got)
	}
}
