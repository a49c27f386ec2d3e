package terms

import "testing"

// BenchmarkAnalyze analyses a real Arabic news article (17 KB, with some
// English, digits and punctuation).
func BenchmarkAnalyze(b *testing.B) {
	text := readSample(b)
	var a Analyzer
	b.Run("Analyze", func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		b.ReportAllocs()
		for b.Loop() {
			a.Analyze(text)
		}
	})
	b.Run("AppendTokens", func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		b.ReportAllocs()
		var dst []Token
		for b.Loop() {
			dst = a.AppendTokens(dst[:0], text)
		}
	})
	b.Run("Terms", func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		b.ReportAllocs()
		for b.Loop() {
			a.Terms(text)
		}
	})
}
