package storage

import (
	"strings"
	"testing"
)

func TestCanonicalURL(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"already canonical", "https://example.com/news/1", "https://example.com/news/1"},
		{"upper-case scheme and host", "HTTPS://WWW.Example.COM/News/1", "https://www.example.com/News/1"},
		{"fragment", "https://example.com/a#comments", "https://example.com/a"},
		{"default https port", "https://example.com:443/a", "https://example.com/a"},
		{"default http port", "http://example.com:80/a", "http://example.com/a"},
		{"other port kept", "https://example.com:8443/a", "https://example.com:8443/a"},
		{"http port 443 kept", "http://example.com:443/a", "http://example.com:443/a"},
		{"empty path", "https://example.com", "https://example.com/"},
		{"empty path with query", "https://example.com?id=3", "https://example.com/?id=3"},
		{"trailing dot on host", "https://example.com./a", "https://example.com/a"},
		{"utm parameters", "https://example.com/a?utm_source=tw&utm_medium=social", "https://example.com/a"},
		{"utm among others", "https://example.com/a?id=7&utm_campaign=x&page=2", "https://example.com/a?id=7&page=2"},
		{"utm case-insensitive", "https://example.com/a?UTM_Source=x&id=1", "https://example.com/a?id=1"},
		{"fbclid and gclid", "https://example.com/a?fbclid=abc&gclid=def", "https://example.com/a"},
		{"utm lookalike kept", "https://example.com/a?utmost=1", "https://example.com/a?utmost=1"},
		{"query order and spelling kept", "https://example.com/a?b=2&a=%2F", "https://example.com/a?b=2&a=%2F"},
		{"empty query", "https://example.com/a?", "https://example.com/a"},
		{"surrounding space", "  https://example.com/a \n", "https://example.com/a"},
		{"raw Arabic path",
			"https://www.independentarabia.com/node/1/سياسة",
			"https://www.independentarabia.com/node/1/%D8%B3%D9%8A%D8%A7%D8%B3%D8%A9"},
		{"encoded Arabic path, lower-case hex",
			"https://www.independentarabia.com/node/1/%d8%b3%d9%8a%d8%a7%d8%b3%d8%a9",
			"https://www.independentarabia.com/node/1/%D8%B3%D9%8A%D8%A7%D8%B3%D8%A9"},
		{"encoded slash kept", "https://example.com/a%2Fb", "https://example.com/a%2Fb"},
		{"trailing slash kept", "https://example.com/a/", "https://example.com/a/"},
		{"IPv6 with default port", "http://[::1]:80/a", "http://[::1]/a"},
		{"IPv6 with port", "http://[::1]:8080/a", "http://[::1]:8080/a"},
		{"not absolute", "news/1.html", "news/1.html"},
		{"file path", "/home/me/article.txt", "/home/me/article.txt"},
		{"unparsable", "http://exa mple.com/%zz", "http://exa mple.com/%zz"},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := CanonicalURL(tt.in)
			if got != tt.want {
				t.Errorf("CanonicalURL(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if again := CanonicalURL(got); again != got {
				t.Errorf("CanonicalURL is not idempotent: CanonicalURL(%q) = %q", got, again)
			}
		})
	}
}

func TestIdentity(t *testing.T) {
	tests := []struct {
		name, canonical, url, want string
	}{
		{"canonical wins", "https://example.com/a", "https://m.example.com/a?utm_source=x", "https://example.com/a"},
		{"url when no canonical", "", "https://Example.com/a#top", "https://example.com/a"},
		{"blank canonical", "  ", "https://example.com/a", "https://example.com/a"},
		{"neither", "", "", ""},
		{"relative canonical ignored", "/news/1", "https://example.com/news/1?utm_medium=x", "https://example.com/news/1"},
		{"site root canonical ignored", "https://example.com/", "https://example.com/news/1", "https://example.com/news/1"},
		{"site root with query is a page", "https://example.com/?p=12", "https://example.com/x", "https://example.com/?p=12"},
		{"file name is no identity", "", "article.txt", ""},
		{"stdin is no identity", "", "-", ""},
		{"file URL is no identity", "", "file:///home/me/a.html", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := identity(tt.canonical, tt.url); got != tt.want {
				t.Errorf("identity(%q, %q) = %q, want %q", tt.canonical, tt.url, got, tt.want)
			}
		})
	}
}

func TestContentHash(t *testing.T) {
	base := ContentHash("الرئيس الروسي في دوشنبه.\n\nوقال بوتين")
	tests := []struct {
		name string
		text string
		same bool
	}{
		{"identical", "الرئيس الروسي في دوشنبه.\n\nوقال بوتين", true},
		{"other white space", "  الرئيس\tالروسي  في دوشنبه. وقال\u00a0بوتين\n", true},
		{"long text white space", strings.Repeat(" ", 5000) + "الرئيس الروسي في دوشنبه.\n\nوقال بوتين", true},
		{"other words", "الرئيس الروسي في موسكو.\n\nوقال بوتين", false},
		{"joined words", "الرئيس الروسي في دوشنبه.وقال بوتين", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ContentHash(tt.text)
			if (got == base) != tt.same {
				t.Errorf("ContentHash(%q) = %s, base %s, want same=%v", tt.text, got, base, tt.same)
			}
			if len(got) != 64 {
				t.Errorf("ContentHash length = %d, want 64 hex digits", len(got))
			}
		})
	}
	// Flushing the buffer mid-word or at a space must not change the hash.
	long := strings.Repeat("كلمة ", 2000)
	if got, want := ContentHash(long), ContentHash(strings.Join(strings.Fields(long), " ")); got != want {
		t.Errorf("ContentHash of a long text = %s, want %s", got, want)
	}
}
