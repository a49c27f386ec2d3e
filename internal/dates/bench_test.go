package dates

import (
	"os"
	"strings"
	"testing"
	"time"
)

// BenchmarkParse parses the date strings harvested from real pages, one per
// iteration, round robin: meta values, <time> texts and datetime
// attributes, most of them ISO 8601.
func BenchmarkParse(b *testing.B) {
	values := readPageValues(b)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		Parse(values[i%len(values)].value, time.UTC)
	}
}

// BenchmarkParseRFC3339 parses the most common meta value.
func BenchmarkParseRFC3339(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		Parse("2024-07-03T10:30:00+03:00", time.UTC)
	}
}

// BenchmarkParseArabic parses a long Arabic dateline with a time and zone.
func BenchmarkParseArabic(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		Parse("نُشر في: الخميس ٨ يناير ٢٠٢٦ الساعة ١٠:٣٠ صباحاً بتوقيت مكة المكرمة", time.UTC)
	}
}

// BenchmarkFind finds the dateline of a real Arabic article (CNN Arabic,
// testdata/cnnarabic.txt) placed at its end, so the whole text is scanned.
func BenchmarkFind(b *testing.B) {
	text := articleText(b) + "\nالأربعاء، 28 آب/اغسطس 2013، آخر تحديث 14:00 (GMT+0400)"
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if _, ok := Find(text, time.UTC); !ok {
			b.Fatal("no date found")
		}
	}
}

// BenchmarkFindAll scans the same article for every date.
func BenchmarkFindAll(b *testing.B) {
	text := articleText(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		FindAll(text, time.UTC)
	}
}

func articleText(b *testing.B) string {
	b.Helper()
	data, err := os.ReadFile("testdata/cnnarabic.txt")
	if err != nil {
		b.Fatal(err)
	}
	return strings.TrimSpace(string(data))
}

// BenchmarkExtract extracts every date expression from the Independent
// Arabia article of the samples, whose dates TestExtractSample checks.
func BenchmarkExtract(b *testing.B) {
	data, err := os.ReadFile("../../samples/independent-arabia-putin-aliyev-dushanbe.txt")
	if err != nil {
		b.Fatal(err)
	}
	text := string(data)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		Extract(text, extractRef, nil)
	}
}

// BenchmarkExtractCNN extracts from the CNN Arabic article of testdata.
func BenchmarkExtractCNN(b *testing.B) {
	text := articleText(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		Extract(text, extractRef, nil)
	}
}
