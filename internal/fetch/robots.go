package fetch

import (
	"bytes"
	"strconv"
	"strings"
	"time"
)

// maxRobotsBytes is how much of a robots.txt file is read and parsed; RFC
// 9309 asks crawlers to parse at least 500 KiB.
const maxRobotsBytes = 500 << 10

// Robots holds the rules of one robots.txt file that apply to one crawler,
// read as RFC 9309 and Google's parser say:
//
//   - The crawler's group is every group whose user-agent line names its
//     product token (case-insensitively; "marsad/0.1" names "marsad"); when
//     none does, every "*" group; when there is none either, nothing is
//     forbidden. Groups for the same agent are merged.
//   - A rule matches a path when its pattern matches a prefix of the path
//     and query; "*" matches any run of characters and a final "$" anchors
//     the pattern at the end. The longest matching pattern wins, and Allow
//     wins over Disallow when they are as long. An empty Disallow forbids
//     nothing, and /robots.txt itself is always allowed.
//   - Non-ASCII characters and percent-escapes are compared in one form, so
//     an Arabic path written raw in robots.txt matches the escaped URL.
//   - Crawl-delay (seconds, fractions allowed) is read from the crawler's
//     groups, Sitemap lines from anywhere in the file.
//
// The zero Robots allows everything.
type Robots struct {
	rules      []rule
	crawlDelay time.Duration
	sitemaps   []string
}

type rule struct {
	pattern string // normalised, see normalise
	allow   bool
}

// ParseRobots reads a robots.txt body for the crawler whose product token
// is agent (such as "marsad"). It never fails: lines it cannot read are
// skipped, as crawlers must.
func ParseRobots(body []byte, agent string) *Robots {
	if len(body) > maxRobotsBytes {
		body = body[:maxRobotsBytes]
	}
	body = bytes.TrimPrefix(body, []byte("\xef\xbb\xbf"))
	agent = productToken(agent)

	type group struct {
		agents []string
		rules  []rule
		delay  time.Duration
		hasDly bool
	}
	var groups []*group
	var cur *group
	inAgents := false // the previous directive was a user-agent line
	r := &Robots{}
	for line := range strings.Lines(string(body)) {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		key, val, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		key = strings.ToLower(strings.TrimSpace(key))
		val = strings.TrimSpace(val)
		switch key {
		case "user-agent", "useragent", "user agent":
			if !inAgents {
				cur = &group{}
				groups = append(groups, cur)
			}
			inAgents = true
			cur.agents = append(cur.agents, val)
		case "allow", "disallow", "dissallow", "dissalow", "disalow", "disallaw":
			inAgents = false
			if cur == nil || val == "" {
				continue
			}
			cur.rules = append(cur.rules, rule{pattern: normalise(val), allow: key == "allow"})
		case "crawl-delay", "crawldelay", "crawl delay":
			inAgents = false
			if cur == nil || cur.hasDly {
				continue
			}
			if s, err := strconv.ParseFloat(val, 64); err == nil && s >= 0 && s < 1e6 {
				cur.delay, cur.hasDly = time.Duration(s*float64(time.Second)), true
			}
		case "sitemap", "site-map":
			if val != "" {
				r.sitemaps = append(r.sitemaps, val)
			}
		default:
			// Other directives (Host, Clean-param, …) neither start nor end
			// a group.
		}
	}
	pick := func(match func(string) bool) bool {
		found := false
		for _, g := range groups {
			for _, a := range g.agents {
				if match(a) {
					found = true
					r.rules = append(r.rules, g.rules...)
					if g.hasDly && r.crawlDelay == 0 {
						r.crawlDelay = g.delay
					}
					break
				}
			}
		}
		return found
	}
	if agent == "" || !pick(func(a string) bool { return strings.EqualFold(productToken(a), agent) }) {
		pick(func(a string) bool { return a == "*" })
	}
	return r
}

// productToken is the leading run of letters, '-' and '_' of a user-agent
// value: "marsad/0.1 (+https://…)" → "marsad".
func productToken(s string) string {
	s = strings.TrimSpace(s)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '-' || c == '_') {
			return s[:i]
		}
	}
	return s
}

// Allowed reports whether the crawler may fetch pathQuery, the path and
// query of a URL as sent on the wire ("/news/1?p=2"; "" means "/").
func (r *Robots) Allowed(pathQuery string) bool {
	if pathQuery == "" {
		pathQuery = "/"
	}
	p := normalise(pathQuery)
	if p == "/robots.txt" {
		return true
	}
	best, allow := -1, true
	for _, ru := range r.rules {
		if n := len(ru.pattern); n >= best && match(ru.pattern, p) {
			if n > best || ru.allow {
				allow = ru.allow
			}
			best = n
		}
	}
	return allow
}

// CrawlDelay is the Crawl-delay the file asks of the crawler, or 0.
func (r *Robots) CrawlDelay() time.Duration { return r.crawlDelay }

// Sitemaps lists the file's Sitemap URLs, in order.
func (r *Robots) Sitemaps() []string { return r.sitemaps }

// normalise puts a pattern or a path into one form for comparison: bytes
// outside printable ASCII are percent-escaped, and the hex digits of every
// escape are upper case.
func normalise(s string) string {
	clean := true
	for i := 0; i < len(s); i++ {
		if c := s[i]; c <= ' ' || c >= 0x7f || c == '%' {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	const hex = "0123456789ABCDEF"
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '%' && i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]):
			b.WriteByte('%')
			b.WriteByte(upper(s[i+1]))
			b.WriteByte(upper(s[i+2]))
			i += 2
		case c <= ' ' || c >= 0x7f:
			b.WriteByte('%')
			b.WriteByte(hex[c>>4])
			b.WriteByte(hex[c&15])
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

func upper(c byte) byte {
	if c >= 'a' && c <= 'z' {
		return c - 'a' + 'A'
	}
	return c
}

// match reports whether pattern matches a prefix of path ("*" is any run,
// a final "$" demands the whole path). It is the usual greedy wildcard
// match with backtracking to the last star, linear for patterns with one
// star and at worst len(pattern)×len(path).
func match(pattern, path string) bool {
	anchored := strings.HasSuffix(pattern, "$")
	if anchored {
		pattern = pattern[:len(pattern)-1]
	} else if !strings.Contains(pattern, "*") {
		return strings.HasPrefix(path, pattern)
	}
	p, s := 0, 0
	star, mark := -1, 0
	for s < len(path) {
		switch {
		case p < len(pattern) && pattern[p] == '*':
			star, mark = p, s
			p++
		case p < len(pattern) && pattern[p] == path[s]:
			p++
			s++
		case p == len(pattern) && !anchored:
			return true
		case star >= 0:
			mark++
			p, s = star+1, mark
		default:
			return false
		}
	}
	for p < len(pattern) && pattern[p] == '*' {
		p++
	}
	return p == len(pattern)
}
