package events

import (
	"testing"
)

// BenchmarkCode codes the sample article; it reports tokens per second of
// the event layer alone (tokenizing and entities are done before the loop).
func BenchmarkCode(b *testing.B) {
	text, ents := loadSample(b)
	d := newDoc(b, text, "ar")
	c := NewCoder()
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		c.Code(d, ents, nil)
	}
	b.ReportMetric(float64(len(d.Tokens))*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

func BenchmarkNewCoder(b *testing.B) {
	for b.Loop() {
		NewCoder()
	}
}
