package fetch

import (
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"
)

func TestRobotsAllowed(t *testing.T) {
	arabic := (&url.URL{Path: "/أخبار/سياسة"}).EscapedPath()
	tests := []struct {
		name  string
		file  string
		paths map[string]bool // path → allowed
	}{
		{"no file", "", map[string]bool{"/": true, "/a": true}},
		{"all forbidden", "User-agent: *\nDisallow: /\n", map[string]bool{
			"/": false, "/news/1": false, "/robots.txt": true}},
		{"empty disallow forbids nothing", "User-agent: *\nDisallow:\n", map[string]bool{"/a": true}},
		{"own group beats star", "User-agent: *\nDisallow: /\n\nUser-agent: marsad\nDisallow: /private\n", map[string]bool{
			"/news": true, "/private/x": false}},
		{"product token, any case and version", "User-agent: Marsad/2.0\nDisallow: /x\n", map[string]bool{"/x": false, "/y": true}},
		{"a longer token is another agent", "User-agent: marsadbot\nDisallow: /\nUser-agent: *\nDisallow: /z\n", map[string]bool{
			"/a": true, "/z": false}},
		{"several agents share a group", "User-agent: googlebot\nUser-agent: marsad\nDisallow: /x\n", map[string]bool{"/x": false}},
		{"groups for one agent merge", "User-agent: marsad\nDisallow: /a\n\nUser-agent: other\nDisallow: /b\n\nUser-agent: marsad\nDisallow: /c\n", map[string]bool{
			"/a": false, "/b": true, "/c": false}},
		{"longest match wins", "User-agent: *\nDisallow: /a\nAllow: /a/b\n", map[string]bool{
			"/a/b/c": true, "/a/c": false, "/ab": false}},
		{"allow wins a tie", "User-agent: *\nDisallow: /p\nAllow: /p\n", map[string]bool{"/p": true}},
		{"star and dollar", "User-agent: *\nDisallow: /*.pdf$\nDisallow: /search*q=\nDisallow: /$\n", map[string]bool{
			"/x.pdf": false, "/x.pdf?dl=1": true, "/search?q=1": false, "/search?x=1": true,
			"/": false, "/index": true}},
		{"query counts", "User-agent: *\nDisallow: /*?print=\n", map[string]bool{"/a?print=1": false, "/a": true}},
		{"Arabic path raw in file", "User-agent: *\nDisallow: /أخبار/\n", map[string]bool{arabic: false, "/sport": true}},
		{"Arabic path, lower-case escapes", "User-agent: *\nDisallow: " + strings.ToLower(arabic) + "\n", map[string]bool{arabic: false}},
		{"rules before any agent are ignored", "Disallow: /\nUser-agent: *\nDisallow: /x\n", map[string]bool{"/a": true, "/x": false}},
		{"comments, odd case, typos, BOM", "\ufeffUSER-AGENT: * # all\ndisalow: /old # typo\n", map[string]bool{"/old/1": false, "/new": true}},
		{"CRLF lines", "User-agent: *\r\nDisallow: /x\r\n", map[string]bool{"/x": false}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := ParseRobots([]byte(tt.file), "marsad")
			for p, want := range tt.paths {
				if got := r.Allowed(p); got != want {
					t.Errorf("Allowed(%q) = %v, want %v", p, got, want)
				}
			}
		})
	}
}

func TestRobotsCrawlDelayAndSitemaps(t *testing.T) {
	file := "Sitemap: https://ex.com/news.xml\nUser-agent: *\nCrawl-delay: 10\n\nUser-agent: marsad\nCrawl-delay: 2.5\nDisallow: /x\nSitemap: https://ex.com/s2.xml\n"
	r := ParseRobots([]byte(file), "marsad")
	if got, want := r.CrawlDelay(), 2500*time.Millisecond; got != want {
		t.Errorf("CrawlDelay() = %v, want %v", got, want)
	}
	if got := strings.Join(r.Sitemaps(), " "); got != "https://ex.com/news.xml https://ex.com/s2.xml" {
		t.Errorf("Sitemaps() = %q", got)
	}
	if got := ParseRobots([]byte(file), "other").CrawlDelay(); got != 10*time.Second {
		t.Errorf("star CrawlDelay() = %v, want 10s", got)
	}
}

// FuzzRobots checks that no file makes the parser panic or hang, and that
// the wildcard matcher agrees with a regular expression.
func FuzzRobots(f *testing.F) {
	f.Add("User-agent: *\nDisallow: /*a*b$\nAllow: /a", "/xaab")
	f.Add("User-agent: marsad\nDisallow: /%d8%a3\n", "/%D8%A3/x")
	f.Add("User-agent: *\nDisallow: ****************a\n", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab")
	f.Fuzz(func(t *testing.T, file, path string) {
		r := ParseRobots([]byte(file), "marsad")
		r.Allowed(path)
		for _, ru := range r.rules {
			expr := regexp.QuoteMeta(strings.TrimSuffix(ru.pattern, "$"))
			expr = "^" + strings.ReplaceAll(expr, `\*`, `.*`)
			if strings.HasSuffix(ru.pattern, "$") {
				expr += "$"
			}
			re, err := regexp.Compile("(?s)" + expr)
			if err != nil {
				continue
			}
			p := normalise(path)
			if got, want := match(ru.pattern, p), re.MatchString(p); got != want {
				t.Errorf("match(%q, %q) = %v, regexp says %v", ru.pattern, p, got, want)
			}
		}
	})
}
