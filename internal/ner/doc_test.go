package ner

import (
	"math/rand/v2"
	"reflect"
	"testing"
)

func TestBILOU(t *testing.T) {
	tests := []struct{ bio, want []string }{
		{[]string{"B-PERS", "I-PERS", "I-PERS", "O", "B-LOC"}, []string{"B-PERS", "I-PERS", "L-PERS", "O", "U-LOC"}},
		{[]string{"I-ORG", "B-ORG", "I-ORG"}, []string{"U-ORG", "B-ORG", "L-ORG"}},
		{[]string{"O"}, []string{"O"}},
	}
	for _, tt := range tests {
		got := toBILOU(tt.bio)
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("toBILOU(%v): got %v, want %v", tt.bio, got, tt.want)
		}
		tags := []string{"O", "B-LOC", "I-LOC", "L-LOC", "U-LOC", "B-ORG", "I-ORG", "L-ORG", "U-ORG", "B-PERS", "I-PERS", "L-PERS", "U-PERS"}
		out := outputTags(tags)
		back := make([]string, len(got))
		for i, g := range got {
			back[i] = out[indexOf(tags, g)]
		}
		if !reflect.DeepEqual(Spans(back), Spans(tt.bio)) {
			t.Errorf("%v: spans after BILOU and back: got %v, want %v", tt.bio, Spans(back), Spans(tt.bio))
		}
	}
}

func indexOf(l []string, s string) int {
	for i, x := range l {
		if x == s {
			return i
		}
	}
	return -1
}

func TestAllowedTransitionsBILOU(t *testing.T) {
	tags := []string{"O", "B-LOC", "I-LOC", "L-LOC", "U-LOC"}
	allowed, final := allowedTransitions(tags)
	T := len(tags)
	ok := func(prev, next int) bool { return allowed[(prev+1)*T+next] }
	tests := []struct {
		prev, next int
		want       bool
	}{
		{-1, 0, true}, {-1, 1, true}, {-1, 2, false}, {-1, 3, false}, {-1, 4, true},
		{1, 2, true}, {1, 3, true}, {1, 0, false}, {1, 4, false},
		{2, 3, true}, {3, 0, true}, {3, 2, false}, {4, 1, true},
	}
	for _, tt := range tests {
		if got := ok(tt.prev, tt.next); got != tt.want {
			t.Errorf("%d → %d: got %v, want %v", tt.prev, tt.next, got, tt.want)
		}
	}
	if want := []bool{true, false, false, true, true}; !reflect.DeepEqual(final, want) {
		t.Errorf("final: got %v, want %v", final, want)
	}
}

// TestTagDocument trains a document model on synthetic text and checks that
// it tags documents and single sentences validly, and survives Save/Load.
func TestTagDocument(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	m := Train(synthetic(rng, 300, trainPeople, trainPlaces, trainOrgs), TrainOptions{Epochs: 3, Document: true, CrossFolds: 3, Window: 5})
	if m.pass1 == nil {
		t.Fatal("Document: true gave a model without a first pass")
	}
	test := synthetic(rng, 20, testPeople, testPlaces, testOrgs)
	doc := make([][]string, len(test))
	for i, s := range test {
		doc[i] = s.Tokens
	}
	got := m.TagDocument(doc)
	if len(got) != len(doc) {
		t.Fatalf("got %d sentences, want %d", len(got), len(doc))
	}
	wrong := 0
	for i, s := range test {
		checkValid(t, s.Tokens, got[i])
		if !reflect.DeepEqual(got[i], s.Tags) {
			wrong++
		}
	}
	if wrong > 2 {
		t.Errorf("%d of %d synthetic sentences tagged wrong", wrong, len(test))
	}
	if tags := m.Tag(test[0].Tokens); len(tags) != len(test[0].Tokens) {
		t.Errorf("Tag: got %d tags for %d tokens", len(tags), len(test[0].Tokens))
	}
	if got := m.TagDocument([][]string{nil, {}}); len(got) != 2 || len(got[0]) != 0 || len(got[1]) != 0 {
		t.Errorf("empty sentences: got %v", got)
	}

	m2 := roundTrip(t, m)
	if m2.pass1 == nil || m2.window != 5 {
		t.Fatalf("loaded model: first pass %v, window %d; want a first pass and window 5", m2.pass1 != nil, m2.window)
	}
	if got2 := m2.TagDocument(doc); !reflect.DeepEqual(got2, got) {
		t.Errorf("after Save/Load: got %v, want %v", got2, got)
	}
}

func TestDocVotes(t *testing.T) {
	dt := newDocTags([]string{"O", "B-PERS", "I-PERS", "L-PERS", "U-PERS"})
	keys := [][]string{{"بوتين", "قال"}, {"بوتين"}, {"وبوتين"}, {"قال"}}
	specs := [][]string{{"", ""}, {""}, {"بوتين"}, {""}}
	trig := [][]uint8{{trigPERS, 0}, {0}, {0}, {0}}
	p1 := [][]uint8{{4, 0}, {0}, {0}, {0}}
	docs := buildDocs(dt, keys, specs, trig, p1, nil, 1)
	D := dt.dim
	// Sentence 1 sees sentence 0's بوتين tagged U-PERS after a title.
	v := docs[1].votes[:D]
	if v[4] != 1 || v[0] != 0 || v[len(dt.names)] != 1 {
		t.Errorf("sentence 1 votes: got %v", v)
	}
	// Sentence 0 sees only sentence 1 (window 1): بوتين tagged O.
	if v := docs[0].votes[:D]; v[0] != 1 || v[4] != 0 {
		t.Errorf("sentence 0 votes: got %v", v)
	}
	// Sentence 2's وبوتين finds بوتين in sentence 1 through its speculative key.
	if sv := docs[2].spec[:D]; sv[0] != 1 {
		t.Errorf("sentence 2 speculative votes: got %v", sv)
	}
	// Sentence 3 is outside sentence 0's window.
	if v := docs[3].votes[:D]; v[0] != 0 {
		t.Errorf("sentence 3 votes: got %v", v)
	}
}
