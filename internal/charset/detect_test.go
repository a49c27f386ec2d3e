package charset

import (
	"testing"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

// variants are the shapes in which detection tests present a text.
var variants = []struct {
	name  string
	shape func(string) string
	// cut, if not zero, keeps only the first cut bytes of the encoded
	// text; the test then checks the charset but not the text.
	cut int
}{
	{name: "plain", shape: func(s string) string { return s }},
	{name: "page", shape: inMarkup},
	{name: "lead", shape: func(s string) string {
		// About 200 bytes in windows-1256, half of them Latin markup.
		return `<div class="lead"><a href="/2024/05/12/story-48213.html" title="Read more">` + firstWords(s, 60) + `</a> <span class="time">14:30</span></div>`
	}},
	{name: "60 bytes", shape: func(s string) string { return s }, cut: 60},
}

// firstWords returns the words of s that fit in n runes.
func firstWords(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	r = r[:n]
	for i := len(r) - 1; i > 0; i-- {
		if r[i] == ' ' {
			return string(r[:i])
		}
	}
	return string(r)
}

// checkDetect encodes text with enc and checks that Decode, given no
// declaration, detects want and gives back the text.
func checkDetect(t *testing.T, enc encoding.Encoding, want, text string, cut int) {
	t.Helper()
	body := encode(t, enc, text)
	if cut > 0 && cut < len(body) {
		body = body[:cut]
	}
	got := Decode(body, "")
	if got.Charset != want || got.Source != SourceDetected {
		t.Errorf("got %s from %s, want %s from %s", got.Charset, got.Source, want, SourceDetected)
	}
	if cut == 0 && got.Text != text {
		t.Errorf("text:\ngot  %q\nwant %q", got.Text, text)
	}
}

func TestDetectArabic(t *testing.T) {
	for _, enc := range []struct {
		name string
		enc  encoding.Encoding
	}{
		{"windows-1256", charmap.Windows1256},
		{"iso-8859-6", charmap.ISO8859_6},
	} {
		for _, a := range arabicTexts {
			if _, err := enc.enc.NewEncoder().String(a.text); err != nil {
				continue // ISO-8859-6 has no Latin letters
			}
			for _, v := range variants {
				t.Run(enc.name+"/"+a.name+"/"+v.name, func(t *testing.T) {
					checkDetect(t, enc.enc, enc.name, v.shape(a.text), v.cut)
				})
			}
		}
	}
}

func TestDetectOtherLanguages(t *testing.T) {
	tests := []struct {
		name string
		enc  encoding.Encoding
		want string
		text string
	}{
		{"persian", charmap.Windows1256, "windows-1256", persianText},
		{"french", charmap.Windows1252, "windows-1252", frenchText},
		{"german", charmap.Windows1252, "windows-1252", germanText},
		{"spanish", charmap.Windows1252, "windows-1252", spanishText},
		{"portuguese", charmap.Windows1252, "windows-1252", portugueseText},
		{"russian", charmap.Windows1251, "windows-1251", russianText},
		{"russian", charmap.KOI8R, "koi8-r", russianText},
		{"ukrainian", charmap.Windows1251, "windows-1251", ukrainianText},
		{"japanese", japanese.ShiftJIS, "shift_jis", japaneseText},
		{"japanese", japanese.EUCJP, "euc-jp", japaneseText},
		{"chinese", simplifiedchinese.GBK, "gbk", chineseText},
		{"chinese traditional", traditionalchinese.Big5, "big5", taiwanText},
		{"korean", korean.EUCKR, "euc-kr", koreanText},
	}
	for _, tt := range tests {
		for _, v := range variants {
			t.Run(tt.name+"/"+tt.want+"/"+v.name, func(t *testing.T) {
				checkDetect(t, tt.enc, tt.want, v.shape(tt.text), v.cut)
			})
		}
	}
}

// TestDetectLateText checks that detection finds non-ASCII text that starts
// far into the page, after a long head of scripts.
func TestDetectLateText(t *testing.T) {
	head := make([]byte, 0, 100<<10)
	head = append(head, "<html><head><script>"...)
	for len(head) < 100<<10 {
		head = append(head, "window.dataLayer.push({event: 'view', id: 48213});\n"...)
	}
	head = append(head, "</script></head><body>"...)
	body := cat(head, encode(t, charmap.Windows1256, arabicTexts[1].text))
	if got, source := Detect(body, ""); got != "windows-1256" || source != SourceDetected {
		t.Errorf("got %s from %s, want windows-1256 from %s", got, source, SourceDetected)
	}
}
