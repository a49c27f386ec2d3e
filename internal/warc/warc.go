// Package warc reads and writes WARC files (ISO 28500, WARC 1.0 and 1.1),
// the format web archives keep fetched pages in: a sequence of records,
// each a block of named header fields followed by a content block of
// Content-Length bytes. A .warc.gz file is a concatenation of gzip
// members, usually one per record.
//
// Reader streams: it holds one record's header and a buffer, never a whole
// block, so an archive of any size reads in constant memory. Writer keeps
// what a crawler fetches in rotating .warc.gz files.
package warc

import (
	"crypto/sha1"
	"encoding/base32"
	"strings"
	"time"
)

// Field is one named field of a record's header.
type Field struct {
	Name  string
	Value string
}

// Header is a record's named fields in the order they were written.
type Header []Field

// Get returns the value of the first field called name, compared without
// regard to case, or "".
func (h Header) Get(name string) string {
	for _, f := range h {
		if strings.EqualFold(f.Name, name) {
			return f.Value
		}
	}
	return ""
}

// Record types that marsad reads or writes.
const (
	TypeWarcinfo = "warcinfo"
	TypeResponse = "response"
	TypeResource = "resource"
	TypeRequest  = "request"
	TypeMetadata = "metadata"
	TypeRevisit  = "revisit"
)

// DigestSHA1 returns the WARC form of b's SHA-1 digest: "sha1:" and the
// base-32 digits, as WARC-Block-Digest and WARC-Payload-Digest hold it.
func DigestSHA1(b []byte) string {
	sum := sha1.Sum(b)
	return "sha1:" + base32.StdEncoding.EncodeToString(sum[:])
}

// parseDate reads a WARC-Date: W3C date-time in UTC, with or without
// fractions of a second (WARC 1.1), or reduced to a date.
func parseDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04Z07:00", "2006-01-02", "20060102150405"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.UTC(), true
		}
	}
	return time.Time{}, false
}
