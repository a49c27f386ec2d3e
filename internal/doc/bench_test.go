package doc

import (
	"context"
	"testing"
)

// BenchmarkAnalyse measures tokenisation, word splitting and sentence
// splitting of the bundled report, reusing the Doc's slices as a worker
// that analyses one document after another would.
func BenchmarkAnalyse(b *testing.B) {
	text := readSample(b)
	tok := &Tokenizer{}
	split := SentenceSplitter{}
	ctx := context.Background()
	d := New(text, "ar")
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	tokens := 0
	for b.Loop() {
		d.Text = text
		_ = tok.Annotate(ctx, d)
		_ = split.Annotate(ctx, d)
		tokens += len(d.Tokens)
	}
	b.ReportMetric(float64(tokens)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkAnalyseNewDoc is BenchmarkAnalyse with a fresh Doc each time,
// rune index included.
func BenchmarkAnalyseNewDoc(b *testing.B) {
	text := readSample(b)
	p, err := NewPipeline(&Tokenizer{}, SentenceSplitter{})
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	tokens := 0
	for b.Loop() {
		d := New(text, "ar")
		_ = p.Run(ctx, d)
		tokens += len(d.Tokens)
	}
	b.ReportMetric(float64(tokens)/b.Elapsed().Seconds(), "tokens/s")
}

func BenchmarkRunes(b *testing.B) {
	d := New(readSample(b), "ar")
	n := len(d.Text)
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		_ = d.Runes(i % n)
		i += 37
	}
}
