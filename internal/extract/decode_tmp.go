package extract

import (
	"golang.org/x/net/html/charset"
	"golang.org/x/text/transform"
	"unicode/utf8"
)

func decode(b []byte, ct string) string {
	if utf8.Valid(b) {
		return string(b)
	}
	e, _, _ := charset.DetermineEncoding(b, ct)
	out, _, err := transform.Bytes(e.NewDecoder(), b)
	if err != nil {
		return string(b)
	}
	return string(out)
}
