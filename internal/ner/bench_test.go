package ner

import (
	"bytes"
	"os"
	"strings"
	"testing"
)

// benchSentences splits the bundled Arabic report into sentences of tokens.
func benchSentences(b *testing.B) ([][]string, int) {
	text, err := os.ReadFile("testdata/independent-arabia-putin-aliyev-dushanbe.txt")
	if err != nil {
		b.Fatal(err)
	}
	var sents [][]string
	n := 0
	for _, line := range strings.Split(string(text), "\n") {
		var cur []string
		for _, tok := range tokenize(line) {
			cur = append(cur, tok)
			if tok == "." || tok == "؟" || tok == "!" || len(cur) >= 60 {
				sents = append(sents, cur)
				n += len(cur)
				cur = nil
			}
		}
		if len(cur) > 0 {
			sents = append(sents, cur)
			n += len(cur)
		}
	}
	return sents, n
}

func BenchmarkTag(b *testing.B) {
	m, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	sents, n := benchSentences(b)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, s := range sents {
			m.Tag(s)
		}
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	b.SetBytes(int64(len(defaultModel)))
	for b.Loop() {
		if _, err := Load(bytes.NewReader(defaultModel)); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkTrain trains on ANERcorp when it is present next to the repository.
func BenchmarkTrain(b *testing.B) {
	sents, err := ReadCoNLLFile(anercorpPath, nil)
	if err != nil {
		b.Skipf("ANERcorp not available (%v); it is not part of the repository", err)
	}
	for b.Loop() {
		Train(sents, TrainOptions{Seed: 1})
	}
}
