// Package charset turns the raw bytes of a fetched page or text file into
// valid UTF-8 text.
//
// Decode chooses the encoding by marsad's precedence; the first rule that
// applies wins:
//
//  1. A byte-order mark: UTF-8, UTF-16LE or UTF-16BE.
//  2. UTF-8 content: if the bytes are valid UTF-8 and contain non-ASCII
//     bytes, they are UTF-8 whatever the header or <meta> says. A character
//     cut off at the very end (a truncated download) is allowed, and so are
//     rare stray bytes: at least 8 valid multi-byte sequences and at most one
//     invalid byte per 16 of them, counted in the sample that detection uses.
//  3. The charset parameter of the HTTP Content-Type header.
//  4. The document's own declaration within its first 8 KB: an XML
//     declaration at the very start, else a <meta charset> or <meta
//     http-equiv="Content-Type" content="…; charset=…">, found with the HTML
//     standard's prescan (comments and other tags are skipped).
//  5. Statistical detection, for pages that declare nothing; see detect.go
//     for the method. It tells apart windows-1256, ISO-8859-6,
//     windows-1252, windows-1251, KOI8-R, GBK, Big5, Shift_JIS, EUC-JP,
//     EUC-KR, UTF-8 with some invalid bytes, UTF-16 without a byte-order
//     mark, and ISO-2022-JP.
//  6. windows-1252, the web's default.
//
// Labels are resolved as the WHATWG Encoding Standard says, so iso-8859-1
// and latin1 mean windows-1252, and gb2312 means gbk. A declared label that
// is unknown, or that names the "replacement" encoding, is ignored and the
// next rule applies. Three more declarations are ignored because the bytes
// prove them wrong: UTF-8 declared for bytes of which more are invalid than
// valid UTF-8 (the usual case is a windows-1256 page on a server that says
// UTF-8 for everything); UTF-16 declared in the header for a body whose
// first KB has no zero byte; and UTF-16 declared inside the document, which
// the HTML standard reads as UTF-8.
//
// Decoding never fails. Invalid sequences become U+FFFD. A byte-order mark
// is dropped, and so are NUL characters (U+0000): they have no meaning in
// HTML or text, browsers drop them, and they break storage that uses C
// strings. Other control characters are kept; normalising them is a matter
// for the text pipeline, not for decoding.
package charset

import (
	"bytes"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
)

// Source names the rule that chose the encoding of a document.
type Source string

// The rules, in order of precedence.
const (
	SourceBOM      Source = "bom"        // a byte-order mark
	SourceUTF8     Source = "utf8-valid" // the bytes are UTF-8
	SourceHeader   Source = "header"     // the Content-Type header
	SourceMeta     Source = "meta"       // <meta> or the XML declaration
	SourceDetected Source = "detected"   // statistical detection
	SourceDefault  Source = "default"    // nothing else applied
)

// Result is a decoded document.
type Result struct {
	// Text is the document as valid UTF-8, without a byte-order mark or NUL
	// characters.
	Text string
	// Charset is the WHATWG name of the encoding used, such as "utf-8",
	// "windows-1256" or "shift_jis".
	Charset string
	// Source is the rule that chose Charset.
	Source Source
}

// Decode converts body to UTF-8 text. contentType is the value of the HTTP
// Content-Type header, or "" if there is none (a file, an archive record
// without headers).
func Decode(body []byte, contentType string) Result {
	c := choose(body, contentType)
	return Result{Text: c.decode(body), Charset: c.name, Source: c.source}
}

// Detect reports the encoding that Decode would use for body and the rule
// that chose it, without decoding.
func Detect(body []byte, contentType string) (charset string, source Source) {
	c := choose(body, contentType)
	return c.name, c.source
}

// choice is an encoding chosen for a body.
type choice struct {
	name   string
	enc    encoding.Encoding // nil for UTF-8
	source Source
	skip   int // length of a byte-order mark to drop
	// For UTF-8 only: valid reports that the body, less a tail of that
	// many bytes that begin a character cut off at the end, is known to be
	// valid UTF-8.
	valid bool
	tail  int
	// ascii reports that the body has no byte above 0x7F, so that every
	// ASCII-compatible encoding decodes it to itself.
	ascii bool
}

// choose applies the rules in the package comment.
func choose(body []byte, contentType string) choice {
	if name, enc, n := bom(body); n > 0 {
		return choice{name: name, enc: enc, source: SourceBOM, skip: n}
	}
	firstHigh := asciiPrefix(body)
	c := chooseByContent(body, contentType, firstHigh)
	c.ascii = firstHigh == len(body)
	return c
}

// chooseByContent applies the rules after the byte-order mark. firstHigh is
// the offset of the first non-ASCII byte, or len(body).
func chooseByContent(body []byte, contentType string, firstHigh int) choice {
	ascii := firstHigh == len(body)
	var (
		sample []byte // what detection and the UTF-8 tolerances look at
		high   int    // non-ASCII bytes in sample
		stats  utf8Stats
	)
	if !ascii {
		// A character cut off at the end counts only beside other valid
		// non-ASCII: "caf\xE9" is windows-1252, not UTF-8 cut short.
		tail := incompleteTail(body)
		if firstHigh < len(body)-tail && utf8.Valid(body[firstHigh:len(body)-tail]) {
			return choice{name: "utf-8", source: SourceUTF8, valid: true, tail: tail}
		}
		sample, high = window(body, firstHigh)
		stats = countUTF8(sample)
		if stats.nearlyValid() {
			return choice{name: "utf-8", source: SourceUTF8}
		}
	}

	// believable rejects declarations that the bytes prove wrong.
	believable := func(name string) bool {
		switch name {
		case "utf-8":
			return ascii || stats.valid >= stats.invalid
		case "utf-16le", "utf-16be":
			return bytes.IndexByte(body[:min(len(body), 1024)], 0) >= 0
		}
		return true
	}
	if label := headerCharset(contentType); label != "" {
		if name, enc, ok := resolve(label); ok && believable(name) {
			return choice{name: name, enc: enc, source: SourceHeader}
		}
	}
	if name, enc, ok := declaredInDocument(body); ok && believable(name) {
		return choice{name: name, enc: enc, source: SourceMeta}
	}

	if c, ok := detect(body, sample, high, stats); ok {
		return c
	}
	return choice{name: "windows-1252", enc: charmap.Windows1252, source: SourceDefault}
}

// detect applies rule 5. sample is nil and high zero when body is ASCII.
func detect(body, sample []byte, high int, stats utf8Stats) (choice, bool) {
	if name, enc, ok := utf16Pattern(body[:min(len(body), 1024)]); ok {
		return choice{name: name, enc: enc, source: SourceDetected}, true
	}
	if high == 0 {
		head := body[:min(len(body), sampleMax)]
		if bytes.Contains(head, []byte("\x1b$B")) || bytes.Contains(head, []byte("\x1b$@")) {
			return choice{name: "iso-2022-jp", enc: japanese.ISO2022JP, source: SourceDetected}, true
		}
		return choice{}, false
	}
	if stats.valid > stats.invalid {
		return choice{name: "utf-8", source: SourceDetected}, true
	}
	c, ok := sharedDetector().detectLegacy(sample, high)
	if !ok {
		return choice{}, false
	}
	return choice{name: c.name, enc: c.enc, source: SourceDetected}, true
}

// utf16Pattern recognises UTF-16 without a byte-order mark by its zero
// bytes: the high bytes of ASCII characters, spaces included, which fall on
// odd offsets in UTF-16LE and on even ones in UTF-16BE. No other encoding
// that marsad meets has zero bytes in text.
func utf16Pattern(head []byte) (name string, enc encoding.Encoding, ok bool) {
	var even, odd int
	for i := 0; i+1 < len(head); i += 2 {
		if head[i] == 0 {
			even++
		}
		if head[i+1] == 0 {
			odd++
		}
	}
	pairs := len(head) / 2
	switch {
	case pairs < 2:
	case odd*8 >= pairs && even*8 <= odd:
		return "utf-16le", utf16LE, true
	case even*8 >= pairs && odd*8 <= even:
		return "utf-16be", utf16BE, true
	}
	return "", nil, false
}
