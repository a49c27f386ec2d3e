package doc

import (
	"context"
	"os"
	"strings"
	"testing"
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

// analyse runs the built-in pipeline over text.
func analyse(tb testing.TB, text string) *Doc {
	tb.Helper()
	p, err := NewPipeline(&Tokenizer{}, SentenceSplitter{})
	if err != nil {
		tb.Fatal(err)
	}
	d := New(text, "")
	if err := p.Run(context.Background(), d); err != nil {
		tb.Fatal(err)
	}
	return d
}

// tokenStream writes tokens as "text/kind" separated by spaces.
func tokenStream(toks []Token) string {
	var b strings.Builder
	for i, t := range toks {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.Text)
		b.WriteByte('/')
		b.WriteString(t.Kind.String()[:1])
	}
	return b.String()
}
