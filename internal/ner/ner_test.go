package ner

import (
	"bytes"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode"
)

func readTiny(t *testing.T) []Sentence {
	t.Helper()
	f, err := os.Open("testdata/tiny.conll")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	s, err := ReadCoNLL(f, nil)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestReadCoNLL(t *testing.T) {
	s := readTiny(t)
	if len(s) != 2 {
		t.Fatalf("got %d sentences, want 2", len(s))
	}
	if got, want := s[0].Tokens[2], "سمير"; got != want {
		t.Errorf("token: got %q, want %q", got, want)
	}
	if got, want := s[1].Tags, []string{"O", "O", "B-PERS", "O", "B-LOC", "O", "B-ORG", "I-ORG", "O"}; !reflect.DeepEqual(got, want) {
		t.Errorf("tags: got %v, want %v", got, want)
	}

	in := "Ali x B-PER\nin x O\nParis x B-MIS\n\n\nRome I-LOC\n"
	got, err := ReadCoNLL(strings.NewReader(in), map[string]string{"PER": "PERS", "MIS": "MISC"})
	if err != nil {
		t.Fatal(err)
	}
	want := []Sentence{
		{Tokens: []string{"Ali", "in", "Paris"}, Tags: []string{"B-PERS", "O", "B-MISC"}},
		{Tokens: []string{"Rome"}, Tags: []string{"I-LOC"}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
	if _, err := ReadCoNLL(strings.NewReader("lonely\n"), nil); err == nil {
		t.Error("one-column line: got no error")
	}
}

func TestReadNestedCoNLL(t *testing.T) {
	types := map[string]string{"PERS": "PERS", "ORG": "ORG", "GPE": "LOC", "PER": "PERS"}
	tests := []struct {
		name, in string
		want     []Sentence
	}{
		{
			name: "kept type inside a dropped one",
			in:   "سكرتير B-OCC\nاللجنة I-OCC B-ORG\nالقومية I-OCC I-ORG\nفي I-OCC\nنابلس I-OCC B-GPE\n( O\n",
			want: []Sentence{{
				Tokens: []string{"سكرتير", "اللجنة", "القومية", "في", "نابلس", "("},
				Tags:   []string{"O", "B-ORG", "I-ORG", "O", "B-LOC", "O"},
			}},
		},
		{
			name: "outermost kept span wins",
			in:   "بلدية B-ORG\nمدينة I-ORG B-GPE\nالبيرة I-ORG I-GPE\n\nعن O\nياسين B-PERS\n",
			want: []Sentence{
				{Tokens: []string{"بلدية", "مدينة", "البيرة"}, Tags: []string{"B-ORG", "I-ORG", "I-ORG"}},
				{Tokens: []string{"عن", "ياسين"}, Tags: []string{"O", "B-PERS"}},
			},
		},
		{
			name: "one column, renamed and dropped types",
			in:   "-DOCSTART- O\nAli B-PER\nin O\n1948 B-DATE\n",
			want: []Sentence{{Tokens: []string{"Ali", "in", "1948"}, Tags: []string{"B-PERS", "O", "O"}}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ReadNestedCoNLL(strings.NewReader(tt.in), types)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
	if _, err := ReadNestedCoNLL(strings.NewReader("lonely\n"), types); err == nil {
		t.Error("one-column line: got no error")
	}
}

func TestNormaliseAndStrip(t *testing.T) {
	tests := []struct{ in, norm, key string }{
		{"أحمد", "احمد", "احمد"},
		{"إِسْلامِيَّة", "اسلاميه", "اسلاميه"},
		{"مصطفى", "مصطفي", "مصطفي"},
		{"بـالـمدينة", "بالمدينه", "مدينه"},
		{"والقاهرة", "والقاهره", "قاهره"},
		{"للرئيس", "للرئيس", "رئيس"},
		{"وليد", "وليد", "وليد"},
		{"بوتين", "بوتين", "بوتين"},
		{"الله", "الله", "له"},
		{"Putin", "putin", "putin"},
		{"٢٠٢٤", "0000", "0000"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := string(appendNorm(nil, tt.in)); got != tt.norm {
				t.Errorf("norm: got %q, want %q", got, tt.norm)
			}
			if got := Key(tt.in); got != tt.key {
				t.Errorf("key: got %q, want %q", got, tt.key)
			}
		})
	}
}

func TestSpansAndEvaluate(t *testing.T) {
	tests := []struct {
		tags []string
		want []Span
	}{
		{[]string{"B-PERS", "I-PERS", "O", "B-LOC"}, []Span{{0, 2, "PERS"}, {3, 4, "LOC"}}},
		{[]string{"I-ORG", "I-ORG", "B-ORG"}, []Span{{0, 2, "ORG"}, {2, 3, "ORG"}}}, // I- after nothing opens a chunk
		{[]string{"B-PERS", "I-LOC", "O"}, []Span{{0, 1, "PERS"}, {1, 2, "LOC"}}},   // type change opens a chunk
		{[]string{"O", "O"}, nil},
	}
	for i, tt := range tests {
		t.Run(fmt.Sprint(i), func(t *testing.T) {
			if got := Spans(tt.tags); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}

	gold := []Sentence{
		{Tags: []string{"B-PERS", "I-PERS", "O", "B-LOC", "O", "B-ORG", "I-ORG"}},
		{Tags: []string{"B-LOC", "O", "B-MISC"}},
	}
	pred := [][]string{
		{"B-PERS", "I-PERS", "O", "B-LOC", "O", "B-ORG", "O"}, // PERS ok, LOC ok, ORG too short
		{"B-LOC", "B-PERS", "O"},                              // LOC ok, spurious PERS, MISC not counted
	}
	sc := Evaluate(gold, pred, []string{"PERS", "LOC", "ORG"})
	// tp 4 (PERS, LOC, LOC... ) — gold PERS, LOC, ORG, LOC = 4 spans; pred PERS, LOC, ORG, LOC, PERS = 5.
	if got, want := [3]int{sc.Overall.TP, sc.Overall.FP, sc.Overall.FN}, [3]int{3, 2, 1}; got != want {
		t.Errorf("tp/fp/fn: got %v, want %v", got, want)
	}
	if got, want := sc.Overall.Precision, 3.0/5; !close(got, want) {
		t.Errorf("precision: got %v, want %v", got, want)
	}
	if got, want := sc.Overall.Recall, 3.0/4; !close(got, want) {
		t.Errorf("recall: got %v, want %v", got, want)
	}
	if got, want := sc.Overall.F1, 2*0.6*0.75/1.35; !close(got, want) {
		t.Errorf("F1: got %v, want %v", got, want)
	}
	if got := sc.PerType["LOC"]; got.TP != 2 || got.F1 != 1 {
		t.Errorf("LOC: got %+v, want TP 2, F1 1", got)
	}
	if got := sc.PerType["PERS"]; got.TP != 1 || got.FP != 1 || !close(got.F1, 2.0/3) {
		t.Errorf("PERS: got %+v, want TP 1 FP 1 F1 0.667", got)
	}
	if got := sc.PerType["ORG"]; got.FP != 1 || got.FN != 1 || got.F1 != 0 {
		t.Errorf("ORG: got %+v, want FP 1 FN 1 F1 0", got)
	}
	if _, ok := sc.PerType["MISC"]; ok {
		t.Error("MISC scored although not asked for")
	}
}

func close(a, b float64) bool { return a-b < 1e-9 && b-a < 1e-9 }

// synthetic builds sentences where people follow a title and places follow
// a place word, with names drawn from the given lists.
func synthetic(rng *rand.Rand, n int, people, places, orgs []string) []Sentence {
	var out []Sentence
	pick := func(l []string) string { return l[rng.IntN(len(l))] }
	for i := 0; i < n; i++ {
		var s Sentence
		add := func(tok, tag string) {
			s.Tokens = append(s.Tokens, tok)
			s.Tags = append(s.Tags, tag)
		}
		switch rng.IntN(3) {
		case 0:
			add("قال", "O")
			add("الرئيس", "O")
			first, last, _ := strings.Cut(pick(people), " ")
			add(first, "B-PERS")
			add(last, "I-PERS")
			add("إن", "O")
			add("الوضع", "O")
			add("مستقر", "O")
		case 1:
			add("وصل", "O")
			add("الوفد", "O")
			add("إلى", "O")
			add("مدينة", "O")
			add(pick(places), "B-LOC")
			add("أمس", "O")
		default:
			add("أعلنت", "O")
			add("شركة", "O")
			first, last, _ := strings.Cut(pick(orgs), " ")
			add(first, "B-ORG")
			add(last, "I-ORG")
			add("عن", "O")
			add("أرباح", "O")
		}
		add(".", "O")
		out = append(out, s)
	}
	return out
}

var (
	trainPeople = []string{"سمير حداد", "كمال ناصر", "هشام زيدان", "رامي خوري", "نبيل شعبان", "طارق منصور"}
	trainPlaces = []string{"زحلة", "طرابلس", "صيدا", "حمص", "إربد", "الزرقاء"}
	trainOrgs   = []string{"نور للطاقة", "سنا للاتصالات", "رواد للبناء", "أفق للتقنية"}
	testPeople  = []string{"غسان بركات", "فادي عيسى"}
	testPlaces  = []string{"جرش", "البترون"}
	testOrgs    = []string{"ضياء للصناعة"}
)

func TestTrainLearnsSynthetic(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	// Every training name is in every part of this data, so a learned name
	// list would never show the model an unseen name: leave it out and
	// test what the model learns from context.
	m := Train(synthetic(rng, 300, trainPeople, trainPlaces, trainOrgs), TrainOptions{Epochs: 5, WordDropout: 0.3, LearnedFolds: -1})
	test := synthetic(rng, 30, testPeople, testPlaces, testOrgs)
	for _, s := range test {
		if got := m.Tag(s.Tokens); !reflect.DeepEqual(got, s.Tags) {
			t.Errorf("%v: got %v, want %v", s.Tokens, got, s.Tags)
		}
	}
}

func TestSaveLoadRoundTrip(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	m := Train(synthetic(rng, 200, trainPeople, trainPlaces, trainOrgs), TrainOptions{Epochs: 3, Pairs: true})
	m2 := roundTrip(t, m)
	if !reflect.DeepEqual(m.Tags(), m2.Tags()) {
		t.Fatalf("tags: got %v, want %v", m2.Tags(), m.Tags())
	}
	// Saving quantises the weights: the scores stay within a quantisation
	// step per feature (a near tie may then fall the other way), and a
	// loaded model saves and loads again to the same tags.
	m3 := roundTrip(t, m2)
	var maxAbs float32
	for _, v := range m.w {
		maxAbs = max(maxAbs, v, -v)
	}
	ts, ts2 := new(tagState), new(tagState)
	for _, s := range append(synthetic(rng, 50, testPeople, testPlaces, testOrgs), readTiny(t)...) {
		m.tagIDs(ts, s.Tokens)
		m2.tagIDs(ts2, s.Tokens)
		T := len(m.tags)
		for i := range s.Tokens {
			feats, _ := ts.st.features(i, nil)
			tol := maxAbs / quantLevels * float32(len(feats))
			for y := 0; y < T; y++ {
				if d := ts.emit[i*T+y] - ts2.emit[i*T+y]; d > tol || d < -tol {
					t.Errorf("%v: token %d tag %d: score %v before save, %v after load", s.Tokens, i, y, ts.emit[i*T+y], ts2.emit[i*T+y])
				}
			}
		}
		if a, b := m2.Tag(s.Tokens), m3.Tag(s.Tokens); !reflect.DeepEqual(a, b) {
			t.Errorf("%v: loaded %v, saved and loaded again %v", s.Tokens, a, b)
		}
	}
	if _, err := Load(strings.NewReader("not a model")); err == nil {
		t.Error("loading garbage: got no error")
	}
}

// checkValid reports an I-X that does not follow B-X or I-X.
func checkValid(t *testing.T, tokens, tags []string) {
	t.Helper()
	prev := "O"
	for i, tag := range tags {
		if p, typ := splitTag(tag); p == 'I' {
			pp, pt := splitTag(prev)
			if pp == 'O' || pt != typ {
				t.Errorf("%q: invalid %s after %s at %d (%v)", tokens, tag, prev, i, tags)
			}
		}
		prev = tag
	}
}

func TestViterbiValid(t *testing.T) {
	tags := []string{"O", "B-LOC", "I-LOC", "B-PERS", "I-PERS"}
	allowed, final := allowedTransitions(tags)
	rng := rand.New(rand.NewPCG(5, 6))
	T := len(tags)
	for trial := 0; trial < 2000; trial++ {
		n := 1 + rng.IntN(12)
		emit := make([]float64, n*T)
		for i := range emit {
			emit[i] = rng.NormFloat64() * 5
			if rng.IntN(3) == 0 && i%T != 0 && tags[i%T][0] == 'I' {
				emit[i] += 50 // tempt the decoder with I- tags
			}
		}
		trans := make([]float64, (T+1)*T)
		for i := range trans {
			trans[i] = rng.NormFloat64()
		}
		out := make([]uint8, n)
		viterbi(emit, trans, nil, allowed, predecessors(allowed, T), final, n, T, make([]uint8, n*T), make([]float64, 2*T), out)
		got := make([]string, n)
		for i, y := range out {
			got[i] = tags[y]
		}
		checkValid(t, nil, got)
	}
}

// TestViterbiBest: the decoder finds the best-scoring valid path, with and
// without pair scores, as a search over all paths finds it.
func TestViterbiBest(t *testing.T) {
	tags := []string{"O", "B-LOC", "I-LOC", "L-LOC", "U-LOC", "B-PER", "I-PER", "L-PER", "U-PER"}
	allowed, final := allowedTransitions(tags)
	prevs := predecessors(allowed, len(tags))
	rng := rand.New(rand.NewPCG(7, 8))
	T, TT := len(tags), (len(tags)+1)*len(tags)
	for trial := 0; trial < 300; trial++ {
		n := 1 + rng.IntN(4)
		emit := make([]float64, n*T)
		for i := range emit {
			emit[i] = rng.NormFloat64() * 3
		}
		trans := make([]float64, TT)
		for i := range trans {
			trans[i] = rng.NormFloat64()
		}
		var pair []float64
		if trial%2 == 1 {
			pair = make([]float64, n*TT)
			for i := range pair {
				pair[i] = rng.NormFloat64()
			}
		}
		got := make([]uint8, n)
		viterbi(emit, trans, pair, allowed, prevs, final, n, T, make([]uint8, n*T), make([]float64, 2*T), got)
		score := func(path []uint8) float64 {
			s, p := 0.0, 0
			for i, y := range path {
				k := p*T + int(y)
				if !allowed[k] {
					return math.Inf(-1)
				}
				s += emit[i*T+int(y)] + trans[k]
				if pair != nil {
					s += pair[i*TT+k]
				}
				p = int(y) + 1
			}
			if !final[path[n-1]] {
				return math.Inf(-1)
			}
			return s
		}
		best := math.Inf(-1)
		path := make([]uint8, n)
		var walk func(i int)
		walk = func(i int) {
			if i == n {
				best = max(best, score(path))
				return
			}
			for y := 0; y < T; y++ {
				path[i] = uint8(y)
				walk(i + 1)
			}
		}
		walk(0)
		if s := score(got); math.Abs(s-best) > 1e-9 {
			t.Fatalf("trial %d: path %v scores %v, best %v", trial, got, s, best)
		}
	}
}

func TestDefault(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if m.NumFeatures() < 1000 {
		t.Fatalf("default model has %d features", m.NumFeatures())
	}
	tokens := strings.Fields("وقال الرئيس الروسي فلاديمير بوتين في موسكو إن روسيا ستدعم منظمة الأمم المتحدة .")
	tags := m.Tag(tokens)
	checkValid(t, tokens, tags)
	var found []Span
	for _, s := range Spans(tags) {
		found = append(found, s)
	}
	if len(found) == 0 {
		t.Errorf("%v: no entities found (%v)", tokens, tags)
	}
	t.Logf("%v", tags)
}

func TestGazetteer(t *testing.T) {
	var g MapGazetteer
	g.Add("الولايات المتحدة", GazLOC)
	g.Add("الزرقاء", GazLOC)
	if got := g.Lookup(Key("بالزرقاء")); got != GazLOC {
		t.Errorf("single word: got %d, want %d", got, GazLOC)
	}
	if got, want := g.MaxWords(), 2; got != want {
		t.Errorf("MaxWords: got %d, want %d", got, want)
	}
	var st sentState
	st.prepare(strings.Fields("وصل إلى الولايات المتحدة أمس"), newLexicon(), &g, nil)
	if st.toks[2].gazB&GazLOC == 0 || st.toks[3].gazI&GazLOC == 0 || st.toks[1].gazB != 0 {
		t.Errorf("phrase match: got %+v", st.toks)
	}
}

// tokenize splits text into words and punctuation, for tests and benchmarks.
func tokenize(text string) []string {
	var out []string
	for _, f := range strings.Fields(text) {
		start := 0
		rs := []rune(f)
		for i, r := range rs {
			if unicode.IsPunct(r) {
				if i > start {
					out = append(out, string(rs[start:i]))
				}
				out = append(out, string(r))
				start = i + 1
			}
		}
		if start < len(rs) {
			out = append(out, string(rs[start:]))
		}
	}
	return out
}

func FuzzTag(f *testing.F) {
	m, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	f.Add("قال الرئيس بوتين")
	f.Add("Vladimir Putin met Ilham Aliyev in Dushanbe")
	f.Add("ُ ـ \u200f \xff\xfe ال لل و 2024 ٢٠٢٤")
	f.Add("")
	f.Fuzz(func(t *testing.T, s string) {
		tokens := strings.Split(s, " ")
		tags := m.Tag(tokens)
		if len(tags) != len(tokens) {
			t.Fatalf("got %d tags for %d tokens", len(tags), len(tokens))
		}
		checkValid(t, tokens, tags)
	})
}

func TestConcurrentTag(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tokens := strings.Fields("التقى الرئيس فلاديمير بوتين نظيره إلهام علييف في دوشانبي")
	want := m.Tag(tokens)
	done := make(chan []string)
	for g := 0; g < 8; g++ {
		go func() {
			var got []string
			for i := 0; i < 50; i++ {
				got = m.Tag(tokens)
			}
			done <- got
		}()
	}
	for g := 0; g < 8; g++ {
		if got := <-done; !reflect.DeepEqual(got, want) {
			t.Errorf("concurrent: got %v, want %v", got, want)
		}
	}
}

// roundTrip saves m and loads it back.
func roundTrip(t *testing.T, m *Model) *Model {
	t.Helper()
	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		t.Fatal(err)
	}
	m2, err := Load(&buf)
	if err != nil {
		t.Fatal(err)
	}
	return m2
}

// readSample splits the bundled Arabic report into sentences of tokens.
func readSample(t *testing.T) [][]string {
	t.Helper()
	text, err := os.ReadFile("testdata/independent-arabia-putin-aliyev-dushanbe.txt")
	if err != nil {
		t.Fatal(err)
	}
	var sents [][]string
	for _, line := range strings.Split(string(text), "\n") {
		if toks := tokenize(line); len(toks) > 0 {
			sents = append(sents, toks)
		}
	}
	return sents
}

// TestTokenFeaturesAlone: the token features of a word are the same in
// every sentence (apart from the first words of one, see shape), which
// is what lets the tagger keep their sums.
func TestTokenFeaturesAlone(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	var st sentState
	seen := map[string][]uint64{}
	for _, s := range readSample(t) {
		st.prepare(s, m.lex, m.extra, m.learned)
		for i, tok := range s {
			if st.toks[i].shape0 < shapeMax {
				continue
			}
			got, _ := st.tokenFeatures(i, nil)
			if want, ok := seen[tok]; !ok {
				seen[tok] = got
			} else if !slices.Equal(got, want) {
				t.Errorf("%q in %v: token features %x, elsewhere %x", tok, s, got, want)
			}
		}
	}
}

// TestTokenMemo: the emission and pair scores of a sentence are the same
// whatever the token memo holds: computed afresh, or remembered from
// other sentences.
func TestTokenMemo(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	p := m.pass1
	sents := readSample(t)
	warm := new(tagState)
	for _, s := range sents {
		p.tagIDsDoc(warm, s, nil, nil)
	}
	T, A := len(p.tags), len(p.pairIdx)
	for _, s := range sents {
		p.tagIDsDoc(warm, s, nil, nil)
		st := &warm.st
		for i := range s {
			want := make([]float32, T)
			tok, _ := st.tokenFeatures(i, nil)
			p.addEmit(want, tok)
			want[0] -= p.oBias
			ctx := st.contextFeatures(i, st.wordContextFeatures(i, nil))
			p.addEmit(want, ctx)
			if got := warm.emit[i*T : (i+1)*T]; !slices.Equal(got, want) {
				t.Errorf("%v: token %d: emission %v, afresh %v", s, i, got, want)
			}
			wantPair := make([]float32, A)
			p.addPair(wantPair, st.pairFeatures(i, nil))
			if got := warm.pairRow[i*A : (i+1)*A]; !slices.Equal(got, wantPair) {
				t.Errorf("%v: token %d: pair scores differ from those afresh", s, i)
			}
		}
	}
}
