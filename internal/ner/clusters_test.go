package ner

import (
	"bytes"
	"compress/gzip"
	"math/rand/v2"
	"testing"
)

// TestWordClusters: the embedded table reads, nests its levels (every
// word of one fine class has the same middle and coarse class), and puts
// words that stand in the same places of news together.
func TestWordClusters(t *testing.T) {
	m := wordClusters()
	if len(m) < 10000 {
		t.Fatalf("%d clustered words, want the corpus's vocabulary", len(m))
	}
	upper := map[uint32]uint32{} // fine → middle and coarse
	for w, c := range m {
		if c&0xff == 0 || c>>clusMiddleShift&0xfff == 0 || c>>clusFineShift == 0 {
			t.Fatalf("%q: code %x lacks a level", w, c)
		}
		f, mc := c>>clusFineShift, c&0xfffff
		if prev, ok := upper[f]; ok && prev != mc {
			t.Fatalf("fine class %d under two middle or coarse classes (%x, %x)", f, prev, mc)
		}
		upper[f] = mc
	}
	// first names go with first names, family names with family names
	same := func(a, b string) bool {
		ca, cb := m[Key(a)], m[Key(b)]
		return ca != 0 && ca&0xfffff == cb&0xfffff
	}
	for _, p := range [][2]string{{"محمد", "عبدالله"}, {"خالد", "سلطان"}, {"الغامدي", "القحطاني"}} {
		if !same(p[0], p[1]) {
			t.Errorf("%s and %s in different middle classes (%x, %x)", p[0], p[1], m[Key(p[0])], m[Key(p[1])])
		}
	}
	if same("محمد", "الغامدي") {
		t.Errorf("a first name and a family name share a middle class")
	}
}

func TestReadClustersErrors(t *testing.T) {
	gz := func(s string) []byte {
		var b bytes.Buffer
		w := gzip.NewWriter(&b)
		w.Write([]byte(s))
		w.Close()
		return b.Bytes()
	}
	m, err := readClusters(gz("ا\t1\t2\t3\n"))
	if err != nil || m["ا"] != 2|3<<clusMiddleShift|4<<clusFineShift {
		t.Fatalf("got %v, %v", m, err)
	}
	for _, bad := range []string{"ا\t1\t2\n", "ا\t1\tx\t3\n", "ا\t1\t2\t5000\n", "ا\t300\t2\t3\n"} {
		if _, err := readClusters(gz(bad)); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
	if _, err := readClusters([]byte("not gzip")); err == nil {
		t.Error("not gzip: no error")
	}
}

// TestClustersRoundTrip: a model trained with clusters keeps them through
// Save and Load, and tags the same.
func TestClustersRoundTrip(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	m := Train(synthetic(rng, 150, trainPeople, trainPlaces, trainOrgs), TrainOptions{Epochs: 2, Clusters: true})
	if m.lex.clusters == nil {
		t.Fatal("trained model has no clusters")
	}
	m2 := roundTrip(t, m)
	if m2.lex.clusters == nil {
		t.Fatal("loaded model has no clusters")
	}
	for _, s := range synthetic(rng, 10, testPeople, testPlaces, testOrgs) {
		a, b := m.Tag(s.Tokens), m2.Tag(s.Tokens)
		for i := range a {
			if a[i] != b[i] {
				t.Fatalf("%v: trained %v, loaded %v", s.Tokens, a, b)
			}
		}
	}
	d, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if d.lex.clusters == nil {
		t.Error("the embedded model does not use the clusters")
	}
}
