package storage

import (
	"crypto/sha256"
	"encoding/hex"
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"
)

// CanonicalURL returns the form of a URL that identifies an article: the
// scheme and host in lower case, without a trailing dot on the host, without
// the default port (80 for http, 443 for https), without the fragment,
// without tracking parameters (utm_*, fbclid, gclid), with an empty path
// written "/", and with the path in one percent-encoding (so that an Arabic
// path typed raw and the same path percent-encoded are one URL). Other query
// parameters keep their order and spelling. A string that is not an absolute
// URL is returned trimmed of surrounding space and otherwise unchanged.
func CanonicalURL(raw string) string {
	raw = strings.TrimSpace(raw)
	u, err := url.Parse(raw)
	if err != nil || u.Scheme == "" || u.Host == "" || u.Opaque != "" {
		return raw
	}
	u.Scheme = strings.ToLower(u.Scheme)
	web := u.Scheme == "http" || u.Scheme == "https"
	host, port := strings.TrimSuffix(strings.ToLower(u.Hostname()), "."), u.Port()
	if u.Scheme == "http" && port == "80" || u.Scheme == "https" && port == "443" {
		port = ""
	}
	if strings.Contains(host, ":") { // IPv6 literal
		host = "[" + host + "]"
	}
	if port != "" {
		host += ":" + port
	}
	u.Host = host
	u.Fragment, u.RawFragment = "", ""
	// One encoding for the path, unless it holds an encoded slash, which
	// decoding would turn into a path separator.
	if !strings.Contains(strings.ToLower(u.RawPath), "%2f") {
		u.RawPath = ""
	}
	if web && u.Path == "" {
		u.Path = "/"
	}
	u.RawQuery = dropTracking(u.RawQuery)
	u.ForceQuery = false
	return u.String()
}

// dropTracking removes tracking parameters from a raw query, keeping the
// others as they were written.
func dropTracking(rawQuery string) string {
	if rawQuery == "" {
		return ""
	}
	parts := strings.Split(rawQuery, "&")
	kept := parts[:0]
	for _, p := range parts {
		if p == "" {
			continue
		}
		key, _, _ := strings.Cut(p, "=")
		if k, err := url.QueryUnescape(key); err == nil {
			key = k
		}
		key = strings.ToLower(key)
		if strings.HasPrefix(key, "utm_") || key == "fbclid" || key == "gclid" {
			continue
		}
		kept = append(kept, p)
	}
	return strings.Join(kept, "&")
}

// identity returns the key under which an article is stored: the canonical
// form of its canonical URL, or of its URL when it has no usable canonical
// URL; "" when it has neither, and such articles are told apart by their
// content hash alone. Only absolute URLs with a host are identities: a file
// name or "-" could name unrelated texts. A canonical URL that points to
// the root of a site is ignored, because misconfigured sites give that one
// for every article, and trusting it would make each new article overwrite
// the last.
func identity(canonical, raw string) string {
	if c := CanonicalURL(canonical); isAbsolute(c) && !isSiteRoot(c) {
		return c
	}
	if c := CanonicalURL(raw); isAbsolute(c) {
		return c
	}
	return ""
}

// isAbsolute reports whether u parses as a URL with a scheme and a host.
func isAbsolute(u string) bool {
	p, err := url.Parse(u)
	return err == nil && p.Scheme != "" && p.Host != ""
}

// isSiteRoot reports whether the canonical URL u is a site's home page.
func isSiteRoot(u string) bool {
	p, err := url.Parse(u)
	return err == nil && (p.Path == "" || p.Path == "/") && p.RawQuery == ""
}

// ContentHash returns the hex SHA-256 of text after whitespace
// normalisation: leading and trailing white space removed and every run of
// white space (spaces, tabs, newlines, blank lines) written as one space.
// Two texts that differ only in white space have the same hash.
func ContentHash(text string) string {
	h := sha256.New()
	buf := make([]byte, 0, 4096)
	started, space := false, false // a word was written; a space is pending
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		word := text[i : i+size]
		i += size
		if unicode.IsSpace(r) {
			space = started
			continue
		}
		if space {
			buf = append(buf, ' ')
			space = false
		}
		started = true
		buf = append(buf, word...)
		if len(buf) >= 4000 {
			h.Write(buf)
			buf = buf[:0]
		}
	}
	h.Write(buf)
	return hex.EncodeToString(h.Sum(nil))
}
