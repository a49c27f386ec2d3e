package events

import (
	"strings"
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

// benchEnglish is a made-up English paragraph in the style of wire news.
const benchEnglish = "Putin met Aliyev in Dushanbe on Thursday, the Kremlin said. " +
	"Russia said on Tuesday that Ukraine must release prisoners. Russian forces attacked Ukraine. " +
	"Erdogan urged Russia to support Hamas, which he said would help the talks. " +
	"Israel threatened to cut power to the southern region of Gaza. The United Nations provided aid to Gaza. " +
	"Hamas refused to meet Aliyev, and Putin did not meet Erdogan. Israel said it is willing to withdraw from Gaza. "

// BenchmarkCodeEnglish codes an English paragraph with the nationality
// rules on; it reports tokens per second of the event layer alone.
func BenchmarkCodeEnglish(b *testing.B) {
	text := strings.Repeat(benchEnglish, 20)
	d := newDoc(b, text, "en")
	ents := findEntities(text, testEntities)
	c := NewCoder()
	c.Demonym = fakeDemonym
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		c.Code(d, ents, nil)
	}
	b.ReportMetric(float64(len(d.Tokens))*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}
