package charset

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/unicode"
)

// encode encodes UTF-8 text with enc, failing the test if it cannot.
func encode(t testing.TB, enc encoding.Encoding, text string) []byte {
	t.Helper()
	b, err := enc.NewEncoder().Bytes([]byte(text))
	if err != nil {
		t.Fatalf("encoding %q: %v", text, err)
	}
	return b
}

func cat(parts ...[]byte) []byte { return bytes.Join(parts, nil) }

// TestDecodePrecedence has, for each rule, cases that a lower rule would
// get wrong, so that they fail if the precedence is wrong.
func TestDecodePrecedence(t *testing.T) {
	const arabic = "أعلنت وزارة الصحة في بيان رسمي اليوم عن تسجيل انخفاض ملحوظ في عدد الإصابات الجديدة"
	cp1256 := encode(t, charmap.Windows1256, arabic)
	utf16le := encode(t, unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), "<p>"+arabic+"</p>")
	utf16be := encode(t, unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), "<p>"+arabic+"</p>")
	french1252 := encode(t, charmap.Windows1252, frenchText)
	b := func(s string) []byte { return []byte(s) }
	longHead := "<html><head><title>x</title><script>" + strings.Repeat("var a = 1;\n", 150) + "</script>"

	tests := []struct {
		name        string
		body        []byte
		contentType string
		charset     string
		source      Source
		text        string // checked when not ""
	}{
		// 1. Byte-order marks beat everything.
		{"utf-8 BOM beats header", cat(b("\xEF\xBB\xBF"), b(arabic)), "text/html; charset=windows-1256", "utf-8", SourceBOM, arabic},
		{"utf-8 BOM beats meta", cat(b("\xEF\xBB\xBF<meta charset=\"windows-1256\">"), b(arabic)), "", "utf-8", SourceBOM, "<meta charset=\"windows-1256\">" + arabic},
		{"utf-16le BOM beats header", cat(b("\xFF\xFE"), utf16le), "text/html; charset=windows-1256", "utf-16le", SourceBOM, "<p>" + arabic + "</p>"},
		{"utf-16be BOM", cat(b("\xFE\xFF"), utf16be), "", "utf-16be", SourceBOM, "<p>" + arabic + "</p>"},
		{"BOM alone", b("\xEF\xBB\xBF"), "", "utf-8", SourceBOM, ""},

		// 2. Valid UTF-8 beats a wrong declaration.
		{"utf-8 beats header windows-1256", b(arabic), "text/html; charset=windows-1256", "utf-8", SourceUTF8, arabic},
		{"utf-8 beats header iso-8859-1", b(frenchText), "text/html; charset=ISO-8859-1", "utf-8", SourceUTF8, frenchText},
		{"utf-8 beats meta", b(`<meta charset="windows-1256">` + arabic), "", "utf-8", SourceUTF8, `<meta charset="windows-1256">` + arabic},
		{"utf-8 cut inside the last character", b(arabic[:len(arabic)-1]), "text/html; charset=windows-1256", "utf-8", SourceUTF8, arabic[:len(arabic)-2] + "\uFFFD"},
		{"utf-8 with a stray windows-1252 quote", b(arabic + " \x93" + arabic), "text/html; charset=windows-1256", "utf-8", SourceUTF8, arabic + " \uFFFD" + arabic},

		// 3. The header beats the document.
		{"header beats meta", cat(b(`<meta charset="iso-8859-6">`), cp1256), "text/html; charset=windows-1256", "windows-1256", SourceHeader, `<meta charset="iso-8859-6">` + arabic},
		{"header quoted, upper case", cp1256, `text/html; Charset="Windows-1256"`, "windows-1256", SourceHeader, arabic},
		{"header without space, trailing semicolon", cp1256, "text/html;charset=cp1256;", "windows-1256", SourceHeader, arabic},
		{"header iso-8859-1 is windows-1252", french1252, "text/html; charset=iso-8859-1", "windows-1252", SourceHeader, frenchText},
		{"header on ASCII body", b("<p>hello</p>"), "text/html; charset=windows-1256", "windows-1256", SourceHeader, "<p>hello</p>"},
		{"header unknown label ignored", cat(b(`<meta charset="windows-1256">`), cp1256), "text/html; charset=x-klingon", "windows-1256", SourceMeta, ""},
		{"header replacement label ignored", cat(b(`<meta charset="windows-1256">`), cp1256), "text/html; charset=iso-2022-kr", "windows-1256", SourceMeta, ""},
		{"header utf-8 on windows-1256 bytes falls to meta", cat(b(`<meta charset="windows-1256">`), cp1256), "text/html; charset=UTF-8", "windows-1256", SourceMeta, ""},
		{"header utf-8 on windows-1256 bytes falls to detection", cp1256, "text/html; charset=utf-8", "windows-1256", SourceDetected, arabic},
		{"header utf-16 without zero bytes ignored", cp1256, "text/html; charset=utf-16", "windows-1256", SourceDetected, arabic},
		{"header x-user-defined is windows-1252", b("caf\xE9"), "text/html; charset=x-user-defined", "windows-1252", SourceHeader, "café"},

		// 4. The document's declaration beats detection.
		{"meta charset", cat(b(`<html><head><meta charset="windows-1256"></head><body>`), cp1256), "", "windows-1256", SourceMeta, ""},
		{"meta charset beats detection", cat(b(`<meta charset="iso-8859-6">`), cp1256), "", "iso-8859-6", SourceMeta, ""},
		{"meta http-equiv", cat(b(`<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=windows-1256">`), cp1256), "text/html", "windows-1256", SourceMeta, ""},
		{"meta content without http-equiv ignored", cat(b(`<meta name="x" content="text/html; charset=iso-8859-6">`), cp1256), "", "windows-1256", SourceDetected, ""},
		{"meta in a comment ignored", cat(b(`<!-- <meta charset="iso-8859-6"> --><meta charset="windows-1256">`), cp1256), "", "windows-1256", SourceMeta, ""},
		{"meta unknown label, then a known one", cat(b(`<meta charset="foo"><meta charset="windows-1256">`), cp1256), "", "windows-1256", SourceMeta, ""},
		{"meta after a long head", cat(b(longHead+`<meta charset="iso-8859-6">`), cp1256), "", "iso-8859-6", SourceMeta, ""},
		{"meta utf-16 means utf-8", b(`<meta charset="utf-16"><p>hello</p>`), "", "utf-8", SourceMeta, ""},
		{"xml declaration", cat(b(`<?xml version="1.0" encoding="windows-1256"?><rss>`), cp1256), "", "windows-1256", SourceMeta, ""},
		{"xml declaration single quotes", cat(b(`<?xml version='1.0' encoding='ISO-8859-6'?>`), cp1256), "", "iso-8859-6", SourceMeta, ""},
		{"meta utf-8 on windows-1256 bytes falls to detection", cat(b(`<meta charset="utf-8">`), cp1256), "", "windows-1256", SourceDetected, ""},

		// 5. Detection.
		{"windows-1256 undeclared", cp1256, "", "windows-1256", SourceDetected, arabic},
		{"windows-1256 with a header without charset", cp1256, "text/html", "windows-1256", SourceDetected, arabic},
		{"windows-1252 undeclared", french1252, "", "windows-1252", SourceDetected, frenchText},
		{"utf-8 with many errors undeclared", b(arabic + strings.Repeat(" \x85", 10)), "", "utf-8", SourceDetected, arabic + strings.Repeat(" \uFFFD", 10)},
		{"utf-16le without BOM", utf16le, "", "utf-16le", SourceDetected, "<p>" + arabic + "</p>"},
		{"utf-16be without BOM", utf16be, "", "utf-16be", SourceDetected, "<p>" + arabic + "</p>"},
		{"iso-2022-jp", encode(t, japanese.ISO2022JP, japaneseText), "", "iso-2022-jp", SourceDetected, japaneseText},

		// 6. The default.
		{"ASCII undeclared", b("<p>hello</p>"), "", "windows-1252", SourceDefault, "<p>hello</p>"},
		{"empty", nil, "", "windows-1252", SourceDefault, ""},
		{"empty with header", nil, "text/html; charset=windows-1256", "windows-1256", SourceHeader, ""},
		{"a lone no-break space", b("a\xA0b"), "", "windows-1252", SourceDefault, "a\u00A0b"},

		// NUL characters are dropped on every path.
		{"NUL in utf-8", b("a\x00b\u00e9"), "", "utf-8", SourceUTF8, "ab\u00e9"},
		{"NUL in windows-1256", cat(b("\x00"), cp1256, b("\x00")), "text/html; charset=windows-1256", "windows-1256", SourceHeader, arabic},
		{"NUL in ASCII", b("a\x00b"), "", "windows-1252", SourceDefault, "ab"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Decode(tt.body, tt.contentType)
			if got.Charset != tt.charset || got.Source != tt.source {
				t.Errorf("Decode: got %s from %s, want %s from %s", got.Charset, got.Source, tt.charset, tt.source)
			}
			if tt.text != "" && got.Text != tt.text {
				t.Errorf("Decode text:\ngot  %q\nwant %q", got.Text, tt.text)
			}
			if !utf8.ValidString(got.Text) {
				t.Errorf("Decode text is not valid UTF-8: %q", got.Text)
			}
			name, source := Detect(tt.body, tt.contentType)
			if name != got.Charset || source != got.Source {
				t.Errorf("Detect: got %s from %s, Decode says %s from %s", name, source, got.Charset, got.Source)
			}
		})
	}
}

// TestDecodeGarbage checks that binary input decodes to valid UTF-8 without
// panicking, whatever is declared.
func TestDecodeGarbage(t *testing.T) {
	var lcg uint32 = 1
	random := make([]byte, 64<<10)
	for i := range random {
		lcg = lcg*1664525 + 1013904223
		random[i] = byte(lcg >> 24)
	}
	inputs := map[string][]byte{
		"random":         random,
		"random short":   random[:37],
		"zeros":          make([]byte, 4096),
		"high bytes":     bytes.Repeat([]byte{0xFF, 0xFE, 0x80}, 1000),
		"lone lead byte": {0xE3},
		"lone BOM half":  {0xFF},
		"odd utf-16":     {0xFF, 0xFE, 'a'},
		"png header":     []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00"),
		"meta at end":    []byte(`<meta charset="`),
		"comment at end": []byte(`<!-- <meta charset="windows-1256"`),
		"attribute eof":  []byte(`<meta http-equiv='Content-Type' content='text/html; charset=`),
	}
	for name, body := range inputs {
		for _, ct := range []string{"", "text/html; charset=utf-16be", "text/html; charset=shift_jis", "charset=\"", "charset="} {
			t.Run(name+"/"+ct, func(t *testing.T) {
				got := Decode(body, ct)
				if !utf8.ValidString(got.Text) {
					t.Errorf("got invalid UTF-8 from %s", got.Charset)
				}
				if strings.IndexByte(got.Text, 0) >= 0 {
					t.Errorf("got a NUL in the text from %s", got.Charset)
				}
				if got.Charset == "" || got.Source == "" {
					t.Errorf("got charset %q, source %q", got.Charset, got.Source)
				}
			})
		}
	}
}

// TestDecodeDoesNotModifyInput checks that Decode leaves body alone.
func TestDecodeDoesNotModifyInput(t *testing.T) {
	body := []byte("a\x00b\xE9\x00c")
	orig := bytes.Clone(body)
	Decode(body, "text/html; charset=utf-8")
	Decode(body, "")
	if !bytes.Equal(body, orig) {
		t.Errorf("body changed: got %q, want %q", body, orig)
	}
}
