package amounts

import (
	"context"
	"os"
	"testing"

	"github.com/marsad/marsad/internal/doc"
)

// samplePath is the bundled Arabic report, relative to this package.
const samplePath = "../../samples/independent-arabia-putin-aliyev-dushanbe.txt"

func readSample(tb testing.TB) string {
	tb.Helper()
	b, err := os.ReadFile(samplePath)
	if err != nil {
		tb.Fatalf("read sample: %v", err)
	}
	return string(b)
}

// analyse runs the doc pipeline (tokens, words, sentences) over text.
func analyse(tb testing.TB, text string) *doc.Doc {
	tb.Helper()
	p, err := doc.NewPipeline(&doc.Tokenizer{}, doc.SentenceSplitter{})
	if err != nil {
		tb.Fatal(err)
	}
	d := doc.New(text, "ar")
	if err := p.Run(context.Background(), d); err != nil {
		tb.Fatal(err)
	}
	return d
}
