package charset

import (
	"bytes"
	"strings"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

// metaScanLimit is how much of the body is searched for a <meta> charset or
// an XML declaration. The HTML standard prescans 1024 bytes; pages with long
// heads declare the charset later, so marsad looks further, as Chromium does.
const metaScanLimit = 8 << 10

// Encodings that resolve does not take from htmlindex as they are.
var (
	utf16LE = unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM)
	utf16BE = unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM)
)

// resolve maps an encoding label to its WHATWG name and encoding, as the
// Encoding Standard's "get an encoding" does ("latin1" and "iso-8859-1" are
// windows-1252, "gb2312" is gbk). It reports false for unknown labels and for
// labels that resolve to the "replacement" encoding (iso-2022-kr,
// hz-gb-2312…), which would turn the whole page into one U+FFFD. The
// returned encoding is nil for UTF-8, which this package decodes itself.
func resolve(label string) (name string, enc encoding.Encoding, ok bool) {
	e, err := htmlindex.Get(label)
	if err != nil {
		return "", nil, false
	}
	name, err = htmlindex.Name(e)
	if err != nil {
		return "", nil, false
	}
	switch name {
	case "replacement":
		return "", nil, false
	case "utf-8":
		return name, nil, true
	case "utf-16le":
		return name, utf16LE, true
	case "utf-16be":
		return name, utf16BE, true
	case "x-user-defined":
		// Maps bytes 0x80-0xFF to private-use characters; no text page
		// means that. The HTML standard reads it as windows-1252 in <meta>.
		return "windows-1252", charmap.Windows1252, true
	case "gbk":
		// The Encoding Standard decodes gbk with the gb18030 decoder,
		// which also reads the four-byte sequences.
		return name, simplifiedchinese.GB18030, true
	}
	return name, e, true
}

// resolveInDocument is resolve for a label found inside the document. A
// document that could be read as ASCII to find its own label is not UTF-16,
// so the HTML standard reads a UTF-16 label there as UTF-8.
func resolveInDocument(label string) (name string, enc encoding.Encoding, ok bool) {
	name, enc, ok = resolve(label)
	if name == "utf-16le" || name == "utf-16be" {
		return "utf-8", nil, true
	}
	return name, enc, ok
}

// bom reports the encoding that a byte-order mark at the start of body
// names, and the length of the mark.
func bom(body []byte) (name string, enc encoding.Encoding, n int) {
	switch {
	case len(body) >= 3 && body[0] == 0xEF && body[1] == 0xBB && body[2] == 0xBF:
		return "utf-8", nil, 3
	case len(body) >= 2 && body[0] == 0xFE && body[1] == 0xFF:
		return "utf-16be", utf16BE, 2
	case len(body) >= 2 && body[0] == 0xFF && body[1] == 0xFE:
		return "utf-16le", utf16LE, 2
	}
	return "", nil, 0
}

// headerCharset returns the charset parameter of a Content-Type header
// value, or "". It is lenient the way browsers are: it reads
// `text/html; charset="windows-1256"`, `text/html;charset=utf-8;` and
// `charset=cp1256` alike.
func headerCharset(contentType string) string {
	label, _ := extractCharset(contentType)
	return label
}

// extractCharset implements the HTML standard's "algorithm for extracting a
// character encoding from a meta element" on s, the value of a content
// attribute or of a Content-Type header. It returns the label, not yet
// resolved.
func extractCharset(s string) (string, bool) {
	for pos := 0; ; {
		i := indexFold(s[pos:], "charset")
		if i < 0 {
			return "", false
		}
		pos += i + len("charset")
		j := skipSpace(s, pos)
		if j >= len(s) || s[j] != '=' {
			continue
		}
		j = skipSpace(s, j+1)
		if j >= len(s) {
			return "", false
		}
		if q := s[j]; q == '"' || q == '\'' {
			end := strings.IndexByte(s[j+1:], q)
			if end < 0 {
				return "", false
			}
			return s[j+1 : j+1+end], true
		}
		end := j
		for end < len(s) && !isSpace(s[end]) && s[end] != ';' {
			end++
		}
		return s[j:end], true
	}
}

// indexFold is strings.Index for an ASCII lower-case needle, ignoring the
// case of s.
func indexFold(s, needle string) int {
	for i := 0; i+len(needle) <= len(s); i++ {
		if hasPrefixFold(s[i:], needle) {
			return i
		}
	}
	return -1
}

// hasPrefixFold reports whether s begins with the ASCII lower-case prefix,
// ignoring the case of s.
func hasPrefixFold[T string | []byte](s T, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for i := 0; i < len(prefix); i++ {
		if lower(s[i]) != prefix[i] {
			return false
		}
	}
	return true
}

// equalFold reports whether b equals the ASCII lower-case s, ignoring the
// case of b.
func equalFold(b []byte, s string) bool {
	return len(b) == len(s) && hasPrefixFold(b, s)
}

func lower(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// isSpace reports whether c is ASCII whitespace as HTML defines it.
func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

func skipSpace(s string, i int) int {
	for i < len(s) && isSpace(s[i]) {
		i++
	}
	return i
}

// declaredInDocument returns the encoding that the document declares in an
// XML declaration or a <meta> element within its first metaScanLimit bytes.
func declaredInDocument(body []byte) (name string, enc encoding.Encoding, ok bool) {
	head := body[:min(len(body), metaScanLimit)]
	if label, found := xmlEncoding(head); found {
		if name, enc, ok = resolveInDocument(label); ok {
			return name, enc, true
		}
	}
	return prescan(head)
}

// xmlEncoding returns the encoding pseudo-attribute of an XML declaration at
// the very start of head.
func xmlEncoding(head []byte) (string, bool) {
	if !bytes.HasPrefix(head, []byte("<?xml")) {
		return "", false
	}
	end := bytes.Index(head, []byte("?>"))
	if end < 0 {
		return "", false
	}
	decl := string(head[len("<?xml"):end])
	i := strings.Index(decl, "encoding")
	if i < 0 {
		return "", false
	}
	j := skipSpace(decl, i+len("encoding"))
	if j >= len(decl) || decl[j] != '=' {
		return "", false
	}
	j = skipSpace(decl, j+1)
	if j >= len(decl) || (decl[j] != '"' && decl[j] != '\'') {
		return "", false
	}
	k := strings.IndexByte(decl[j+1:], decl[j])
	if k < 0 {
		return "", false
	}
	return decl[j+1 : j+1+k], true
}

// prescan implements the HTML standard's "prescan a byte stream to determine
// its encoding" over b: it skips comments and other tags and looks at the
// attributes of <meta> elements for charset or http-equiv plus content.
// Unknown labels are skipped, and the scan goes on to the next <meta>.
func prescan(b []byte) (name string, enc encoding.Encoding, ok bool) {
	for i := 0; i < len(b); {
		lt := bytes.IndexByte(b[i:], '<')
		if lt < 0 {
			break
		}
		i += lt
		rest := b[i:]
		switch {
		case bytes.HasPrefix(rest, []byte("<!--")):
			// The comment ends at the first "-->" whose dashes may be the
			// ones that opened it: "<!-->" is a whole comment.
			end := bytes.Index(b[i+2:], []byte("-->"))
			if end < 0 {
				return "", nil, false
			}
			i += 2 + end + 3
		case hasPrefixFold(rest, "<meta") && len(rest) > 5 && (isSpace(rest[5]) || rest[5] == '/'):
			var found bool
			name, enc, found, i = metaElement(b, i+6)
			if found {
				return name, enc, true
			}
			i++
		case len(rest) >= 2 && (isAlpha(rest[1]) || rest[1] == '/' && len(rest) >= 3 && isAlpha(rest[2])):
			// Another tag: skip its name and attributes, which may hold a
			// '>' inside quotes.
			j := i + 1
			for j < len(b) && !isSpace(b[j]) && b[j] != '>' {
				j++
			}
			for {
				var more bool
				if _, _, j, more = attribute(b, j); !more {
					break
				}
			}
			i = j + 1
		case bytes.HasPrefix(rest, []byte("<!")), bytes.HasPrefix(rest, []byte("</")), bytes.HasPrefix(rest, []byte("<?")):
			end := bytes.IndexByte(b[i+1:], '>')
			if end < 0 {
				return "", nil, false
			}
			i += 1 + end + 1
		default:
			i++
		}
	}
	return "", nil, false
}

// metaElement reads the attributes of a <meta> element from b[i:] and
// returns the encoding it declares, if any, and the position at which the
// prescan continues.
func metaElement(b []byte, i int) (name string, enc encoding.Encoding, found bool, next int) {
	var (
		seenHTTPEquiv, seenContent, seenCharset bool
		gotPragma                               bool
		needPragma                              int // 0 unknown, 1 yes, 2 no
		haveCharset, charsetFailed              bool
	)
	for {
		key, val, j, more := attribute(b, i)
		i = j
		if !more {
			break
		}
		switch {
		case equalFold(key, "http-equiv"):
			if seenHTTPEquiv {
				continue
			}
			seenHTTPEquiv = true
			if equalFold(val, "content-type") {
				gotPragma = true
			}
		case equalFold(key, "content"):
			if seenContent {
				continue
			}
			seenContent = true
			if haveCharset || charsetFailed {
				continue
			}
			if label, ok := extractCharset(string(val)); ok {
				if name, enc, ok = resolveInDocument(label); ok {
					haveCharset = true
					needPragma = 1
				}
			}
		case equalFold(key, "charset"):
			if seenCharset {
				continue
			}
			seenCharset = true
			name, enc, haveCharset = resolveInDocument(string(val))
			charsetFailed = !haveCharset
			needPragma = 2
		}
	}
	switch {
	case needPragma == 0, needPragma == 1 && !gotPragma, !haveCharset:
		return "", nil, false, i
	}
	return name, enc, true, i
}

// attribute implements the HTML standard's "get an attribute" step of the
// prescan on b[i:]. It returns the attribute's name and value as written
// (callers compare them without regard to case) and the position after
// them. It reports false when there are no more attributes: at '>' or at
// the end of b.
func attribute(b []byte, i int) (key, val []byte, next int, more bool) {
	for i < len(b) && (isSpace(b[i]) || b[i] == '/') {
		i++
	}
	if i >= len(b) || b[i] == '>' {
		return nil, nil, i, false
	}
	start := i
	for {
		if i >= len(b) {
			return nil, nil, i, false
		}
		c := b[i]
		if c == '=' && i > start {
			key = b[start:i]
			i++
			break
		}
		if isSpace(c) {
			key = b[start:i]
			i = skipSpaceBytes(b, i)
			if i >= len(b) {
				return nil, nil, i, false
			}
			if b[i] != '=' {
				return key, nil, i, true
			}
			i++
			break
		}
		if c == '/' || c == '>' {
			return b[start:i], nil, i, true
		}
		i++
	}
	i = skipSpaceBytes(b, i)
	if i >= len(b) {
		return nil, nil, i, false
	}
	switch q := b[i]; q {
	case '"', '\'':
		end := bytes.IndexByte(b[i+1:], q)
		if end < 0 {
			return nil, nil, len(b), false
		}
		return key, b[i+1 : i+1+end], i + 1 + end + 1, true
	case '>':
		return key, nil, i, true
	}
	start = i
	for i < len(b) && !isSpace(b[i]) && b[i] != '>' {
		i++
	}
	if i >= len(b) {
		return nil, nil, i, false
	}
	return key, b[start:i], i, true
}

func skipSpaceBytes(b []byte, i int) int {
	for i < len(b) && isSpace(b[i]) {
		i++
	}
	return i
}

func isAlpha(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}
