package charset

import (
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
)

// arabicPage returns an Arabic news page of at least size bytes in UTF-8,
// with a <meta> declaration if meta is true.
func arabicPage(size int, meta bool) string {
	var sb strings.Builder
	sb.WriteString("<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><head>")
	if meta {
		sb.WriteString(`<meta charset="utf-8">`)
	}
	sb.WriteString(`<title>أخبار</title><link rel="stylesheet" href="/static/css/main.css"></head><body>`)
	for i := 0; sb.Len() < size; i++ {
		a := arabicTexts[i%len(arabicTexts)]
		sb.WriteString(`<article class="story"><h2><a href="/news/` + a.name + `.html">`)
		sb.WriteString(firstWords(a.text, 40))
		sb.WriteString(`</a></h2><p class="summary">`)
		sb.WriteString(a.text)
		sb.WriteString(`</p><span class="time">14:30</span></article>` + "\n")
	}
	sb.WriteString("</body></html>")
	return sb.String()
}

func BenchmarkDecode(b *testing.B) {
	const size = 200 << 10
	utf8Page := []byte(arabicPage(size, true))
	cp1256Page := encode(b, charmap.Windows1256, arabicPage(size, false))
	benchmarks := []struct {
		name        string
		body        []byte
		contentType string
	}{
		{"utf-8", utf8Page, "text/html; charset=utf-8"},
		{"windows-1256 undeclared", cp1256Page, ""},
		{"windows-1256 in header", cp1256Page, "text/html; charset=windows-1256"},
	}
	for _, bm := range benchmarks {
		b.Run(bm.name, func(b *testing.B) {
			b.SetBytes(int64(len(bm.body)))
			b.ReportAllocs()
			for b.Loop() {
				Decode(bm.body, bm.contentType)
			}
		})
	}
}

func BenchmarkDetect(b *testing.B) {
	cp1256Page := encode(b, charmap.Windows1256, arabicPage(200<<10, false))
	b.ReportAllocs()
	for b.Loop() {
		Detect(cp1256Page, "")
	}
}
