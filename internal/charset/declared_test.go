package charset

import (
	"strings"
	"testing"
)

func TestHeaderCharset(t *testing.T) {
	tests := []struct {
		header, want string
	}{
		{"", ""},
		{"text/html", ""},
		{"text/html; charset=utf-8", "utf-8"},
		{"text/html;charset=windows-1256", "windows-1256"},
		{"text/html; CHARSET = cp1256 ", "cp1256"},
		{`text/html; charset="iso-8859-6"`, "iso-8859-6"},
		{`text/html; charset='koi8-r'; foo=bar`, "koi8-r"},
		{"text/html; charset=utf-8;", "utf-8"},
		{"text/html; charset=", ""},
		{`text/html; charset="utf-8`, ""},
		{"text/html; charset; charset=gbk", "gbk"},
	}
	for _, tt := range tests {
		t.Run(tt.header, func(t *testing.T) {
			if got := headerCharset(tt.header); got != tt.want {
				t.Errorf("headerCharset(%q): got %q, want %q", tt.header, got, tt.want)
			}
		})
	}
}

func TestResolve(t *testing.T) {
	tests := []struct {
		label, want string // want "" means not ok
	}{
		{"utf-8", "utf-8"},
		{" UTF8 ", "utf-8"},
		{"iso-8859-1", "windows-1252"},
		{"latin1", "windows-1252"},
		{"ascii", "windows-1252"},
		{"cp1256", "windows-1256"},
		{"arabic", "iso-8859-6"},
		{"gb2312", "gbk"},
		{"x-sjis", "shift_jis"},
		{"utf-16", "utf-16le"},
		{"x-user-defined", "windows-1252"},
		{"iso-2022-kr", ""}, // the replacement encoding
		{"x-klingon", ""},
		{"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.label, func(t *testing.T) {
			got, _, ok := resolve(tt.label)
			if !ok {
				got = ""
			}
			if got != tt.want {
				t.Errorf("resolve(%q): got %q, want %q", tt.label, got, tt.want)
			}
		})
	}
}

func TestDeclaredInDocument(t *testing.T) {
	tests := []struct {
		name, doc, want string // want "" means none found
	}{
		{"meta charset", `<meta charset="windows-1256">`, "windows-1256"},
		{"meta charset unquoted", `<meta charset=windows-1256>`, "windows-1256"},
		{"unquoted value takes the slash", `<meta charset=windows-1256/>`, ""}, // label "windows-1256/"
		{"meta charset slash spaced", `<meta charset="cp1256" />`, "windows-1256"},
		{"meta upper case", `<META CHARSET="WINDOWS-1256">`, "windows-1256"},
		{"meta slash before attributes", `<meta/charset="windows-1256">`, "windows-1256"},
		{"meta no space", `<metacharset="windows-1256">`, ""},
		{"http-equiv first", `<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">`, "windows-1256"},
		{"content first", `<meta content="text/html; charset=windows-1256" http-equiv="content-type">`, "windows-1256"},
		{"content quoted label", `<meta http-equiv="content-type" content='text/html; charset="koi8-r"'>`, "koi8-r"},
		{"content without pragma", `<meta content="text/html; charset=windows-1256">`, ""},
		{"pragma is not content-type", `<meta http-equiv="refresh" content="5; charset=windows-1256">`, ""},
		{"charset beats content", `<meta http-equiv="content-type" content="text/html; charset=koi8-r" charset="windows-1256">`, "windows-1256"},
		{"first duplicate attribute counts", `<meta charset="windows-1256" charset="koi8-r">`, "windows-1256"},
		{"unknown label, next meta", `<meta charset="nonsense"><meta charset="koi8-r">`, "koi8-r"},
		{"unknown content label, next meta", `<meta http-equiv="content-type" content="charset=nonsense"><meta charset="koi8-r">`, "koi8-r"},
		{"in a comment", `<!-- <meta charset="koi8-r"> -->`, ""},
		{"shortest comment", `<!--><meta charset="koi8-r">`, "koi8-r"},
		{"after a comment", `<!-- x --><meta charset="koi8-r">`, "koi8-r"},
		{"inside another tag's attribute", `<div title='<meta charset="koi8-r">'><meta charset="windows-1256">`, "windows-1256"},
		{"after a doctype and processing instruction", `<!DOCTYPE html><?php x ?><meta charset="koi8-r">`, "koi8-r"},
		{"after an end tag", `</div><meta charset="koi8-r">`, "koi8-r"},
		{"utf-16 means utf-8", `<meta charset="utf-16le">`, "utf-8"},
		{"x-user-defined means windows-1252", `<meta charset="x-user-defined">`, "windows-1252"},
		{"xml declaration", `<?xml version="1.0" encoding="cp1256"?><root/>`, "windows-1256"},
		{"xml declaration without encoding, then meta", `<?xml version="1.0"?><html><meta charset="koi8-r">`, "koi8-r"},
		{"xml declaration not at the start", ` <?xml version="1.0" encoding="koi8-r"?>`, ""},
		{"xml declaration with unknown encoding, then meta", `<?xml version="1.0" encoding="nonsense"?><meta charset="koi8-r">`, "koi8-r"},
		{"beyond the scan limit", strings.Repeat(" ", metaScanLimit) + `<meta charset="koi8-r">`, ""},
		{"just within the scan limit", strings.Repeat(" ", metaScanLimit-30) + `<meta charset="koi8-r">`, "koi8-r"},
		{"cut off", `<meta charset="koi8`, ""},
		{"empty", ``, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _, ok := declaredInDocument([]byte(tt.doc))
			if !ok {
				got = ""
			}
			if got != tt.want {
				t.Errorf("declaredInDocument(%q): got %q, want %q", tt.doc, got, tt.want)
			}
		})
	}
}
