package charset

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/simplifiedchinese"
)

func FuzzDecode(f *testing.F) {
	seeds := []struct {
		body        []byte
		contentType string
	}{
		{[]byte(arabicTexts[0].text), ""},
		{[]byte(arabicTexts[0].text), "text/html; charset=windows-1256"},
		{encode(f, charmap.Windows1256, inMarkup(arabicTexts[2].text)), ""},
		{encode(f, charmap.ISO8859_6, arabicTexts[3].text), "text/html; charset=utf-8"},
		{encode(f, charmap.Windows1252, frenchText), ""},
		{encode(f, charmap.KOI8R, russianText), ""},
		{encode(f, japanese.ShiftJIS, japaneseText), ""},
		{encode(f, simplifiedchinese.GBK, chineseText), "text/plain; charset=gb2312"},
		{[]byte(`<?xml version="1.0" encoding="utf-16"?><a/>`), ""},
		{[]byte(`<meta http-equiv="Content-Type" content="text/html; charset=koi8-r"><!--`), ""},
		{[]byte("\xFF\xFEa\x00\x00\xD8"), ""},
		{[]byte("\xEF\xBB\xBF\xE3\x81"), ""},
		{[]byte("\x1b$B$3$s\x1b(B"), ""},
		{nil, `charset="`},
	}
	for _, s := range seeds {
		f.Add(s.body, s.contentType)
	}
	f.Fuzz(func(t *testing.T, body []byte, contentType string) {
		orig := bytes.Clone(body)
		got := Decode(body, contentType)
		if !utf8.ValidString(got.Text) {
			t.Fatalf("invalid UTF-8 from %s (%s): %q", got.Charset, got.Source, got.Text)
		}
		if strings.IndexByte(got.Text, 0) >= 0 {
			t.Fatalf("NUL in the text from %s (%s)", got.Charset, got.Source)
		}
		if got.Charset == "" || got.Source == "" {
			t.Fatalf("got charset %q, source %q", got.Charset, got.Source)
		}
		if !bytes.Equal(body, orig) {
			t.Fatalf("Decode modified its input")
		}
		if name, source := Detect(body, contentType); name != got.Charset || source != got.Source {
			t.Fatalf("Detect says %s from %s, Decode %s from %s", name, source, got.Charset, got.Source)
		}
		// Valid UTF-8 comes back unchanged.
		if got.Source == SourceUTF8 && utf8.Valid(body) && bytes.IndexByte(body, 0) < 0 && got.Text != string(body) {
			t.Fatalf("valid UTF-8 changed:\ngot  %q\nwant %q", got.Text, body)
		}
	})
}
