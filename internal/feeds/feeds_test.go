package feeds

import (
	"bytes"
	"compress/gzip"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"
)

func date(s string) time.Time {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		panic(err)
	}
	return t.UTC()
}

func TestParse(t *testing.T) {
	tests := []struct {
		name, body, contentType, base string
		kind                          Kind
		title                         string
		items                         []Item
		sitemaps, feeds               []string
	}{
		{
			name: "RSS 0.91",
			body: `<?xml version="1.0"?>
<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">
<rss version="0.91"><channel><title>قناة</title><link>https://example.com/</link><description>d</description><language>ar</language>
<item><title>الخبر الأول</title><link>https://example.com/a/1</link><description>x</description></item>
<item><title>Second</title><link>/a/2</link></item>
</channel></rss>`,
			base: "https://example.com/rss.xml", kind: KindFeed, title: "قناة",
			items: []Item{{URL: "https://example.com/a/1", Title: "الخبر الأول"}, {URL: "https://example.com/a/2", Title: "Second"}},
		},
		{
			name: "RSS 1.0 RDF",
			body: `<?xml version="1.0" encoding="utf-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://www.dw.com/ar/"><title>DW</title><link>https://www.dw.com/ar/</link><description>d</description>
<items><rdf:Seq><rdf:li rdf:resource="https://www.dw.com/ar/a-1"/></rdf:Seq></items></channel>
<item rdf:about="https://www.dw.com/ar/a-1"><title>عنوان</title><link>https://www.dw.com/ar/a-1</link><dc:date>2024-05-01T10:00:00Z</dc:date></item>
</rdf:RDF>`,
			base: "https://rss.dw.com/rdf/rss-ar-all", kind: KindFeed, title: "DW",
			items: []Item{{URL: "https://www.dw.com/ar/a-1", Title: "عنوان", Published: date("2024-05-01T10:00:00Z")}},
		},
		{
			name: "RSS 2.0 with relative links, a guid permalink and a duplicate",
			body: `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title> Feed
 Title </title><link>https://news.example/</link>
<item><title>One</title><link>article/1?x=1</link><pubDate>Wed, 01 May 2024 10:00:00 +0300</pubDate></item>
<item><title>Two</title><guid isPermaLink="true">https://news.example/article/2</guid><pubDate>Wed, 01 May 2024 11:00:00 GMT</pubDate></item>
<item><title>One again</title><link>/feeds/article/1?x=1</link></item>
<item><title>No link</title><description>nothing</description></item>
<item><title>Mail</title><link>mailto:x@example.com</link></item>
</channel></rss>`,
			base: "https://news.example/feeds/rss.xml", kind: KindFeed, title: "Feed Title",
			items: []Item{
				{URL: "https://news.example/feeds/article/1?x=1", Title: "One", Published: date("2024-05-01T07:00:00Z")},
				{URL: "https://news.example/article/2", Title: "Two", Published: date("2024-05-01T11:00:00Z")},
			},
		},
		{
			name: "RSS 2.0 in windows-1256",
			body: "<?xml version=\"1.0\" encoding=\"windows-1256\"?><rss version=\"2.0\"><channel><title>\xc3\xce\xc8\xc7\xd1</title><item><title>\xc3\xce\xc8\xc7\xd1</title><link>https://e.example/1</link></item></channel></rss>",
			base: "https://e.example/", kind: KindFeed, title: "أخبار",
			items: []Item{{URL: "https://e.example/1", Title: "أخبار"}},
		},
		{
			name: "Atom",
			body: `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://atom.example/blog/">
<title>Atom feed</title><id>urn:x</id><updated>2024-05-02T00:00:00Z</updated>
<entry><title>E1</title><id>urn:1</id><link rel="alternate" href="posts/1"/><link rel="edit" href="/edit/1"/><published>2024-05-01T12:00:00+02:00</published><updated>2024-05-02T00:00:00Z</updated></entry>
<entry><title>E2</title><id>urn:2</id><link href="https://other.example/2"/><updated>2024-05-02T00:00:00Z</updated></entry>
</feed>`,
			base: "https://atom.example/feed.atom", kind: KindFeed, title: "Atom feed",
			items: []Item{
				{URL: "https://atom.example/blog/posts/1", Title: "E1", Published: date("2024-05-01T10:00:00Z")},
				{URL: "https://other.example/2", Title: "E2", Published: date("2024-05-02T00:00:00Z")},
			},
		},
		{
			name: "JSON Feed",
			body: `{"version":"https://jsonfeed.org/version/1.1","title":"JSON","items":[
{"id":"1","url":"https://j.example/1","title":"J1","date_published":"2024-05-01T10:00:00Z"},
{"id":"2","url":"/2","title":"J2"}]}`,
			contentType: "application/feed+json",
			base:        "https://j.example/feed.json", kind: KindFeed, title: "JSON",
			items: []Item{{URL: "https://j.example/1", Title: "J1", Published: date("2024-05-01T10:00:00Z")}, {URL: "https://j.example/2", Title: "J2"}},
		},
		{
			name: "news sitemap",
			body: `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">
<url><loc>https://s.example/ar/1</loc><lastmod>2024-05-03</lastmod>
<news:news><news:publication><news:name>S</news:name><news:language>ar</news:language></news:publication>
<news:publication_date>2024-05-01T10:00:00+03:00</news:publication_date><news:title>خبر عاجل</news:title></news:news>
<image:image><image:loc>https://s.example/i.jpg</image:loc><image:title>img</image:title></image:image></url>
<url><loc>https://s.example/ar/2</loc><lastmod>2024-05-02T09:30+00:00</lastmod></url>
</urlset>`,
			base: "https://s.example/news-sitemap.xml", kind: KindSitemap,
			items: []Item{
				{URL: "https://s.example/ar/1", Title: "خبر عاجل", Published: date("2024-05-01T07:00:00Z")},
				{URL: "https://s.example/ar/2", Published: date("2024-05-02T09:30:00Z")},
			},
		},
		{
			name: "sitemap index",
			body: `<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>https://s.example/sitemap-1.xml</loc><lastmod>2024-05-01</lastmod></sitemap>
<sitemap><loc>/sitemap-2.xml.gz</loc></sitemap>
</sitemapindex>`,
			base: "https://s.example/sitemap.xml", kind: KindSitemap,
			sitemaps: []string{"https://s.example/sitemap-1.xml", "https://s.example/sitemap-2.xml.gz"},
		},
		{
			name: "text sitemap",
			body: "https://t.example/1\n\nhttps://t.example/2\n",
			base: "https://t.example/sitemap.txt", kind: KindSitemap,
			items: []Item{{URL: "https://t.example/1"}, {URL: "https://t.example/2"}},
		},
		{
			name: "HTML page announcing feeds",
			body: `<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>الصفحة  الرئيسية</title>
<base href="https://h.example/ar/">
<link rel="alternate" type="application/rss+xml" href="rss.xml">
<link rel="alternate" type="application/atom+xml" href="https://h.example/atom">
<link rel="stylesheet" href="x.css"></head><body><p>نص</p></body></html>`,
			contentType: "text/html; charset=utf-8",
			base:        "https://h.example/", kind: KindPage, title: "الصفحة الرئيسية",
			feeds: []string{"https://h.example/ar/rss.xml", "https://h.example/atom"},
		},
		{
			name:        "HTML that is not XML",
			body:        `<p>Sorry, you need to enable JavaScript to visit this website.`,
			contentType: "text/html",
			base:        "https://h.example/", kind: KindPage,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := Parse([]byte(tt.body), tt.contentType, tt.base)
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if p.Partial != nil {
				t.Errorf("Partial = %v, want nil", p.Partial)
			}
			if p.Kind != tt.kind || p.Title != tt.title {
				t.Errorf("got kind %q title %q, want %q %q", p.Kind, p.Title, tt.kind, tt.title)
			}
			if !slices.EqualFunc(p.Items, tt.items, func(a, b Item) bool {
				return a.URL == b.URL && a.Title == b.Title && a.Published.Equal(b.Published)
			}) {
				t.Errorf("items:\n got %v\nwant %v", p.Items, tt.items)
			}
			if !slices.Equal(p.Sitemaps, tt.sitemaps) {
				t.Errorf("sitemaps: got %v, want %v", p.Sitemaps, tt.sitemaps)
			}
			if !slices.Equal(p.Feeds, tt.feeds) {
				t.Errorf("feeds: got %v, want %v", p.Feeds, tt.feeds)
			}
		})
	}
}

func TestParseBroken(t *testing.T) {
	rss := `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
<item><title>A</title><link>https://b.example/a</link></item>
<item><title>B</title><link>https://b.example/b</link></item>
<item><title>C</title><link>https://b.exa`
	atom := `<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>
<entry><title>A</title><link href="https://b.example/a"/></entry>
<entry><title>B</title><link href="https://b.example/b"/></entry>
<entry><title>C</ti`
	sitemap := `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>https://b.example/a</loc></url><url><loc>https://b.example/b</loc></url><url><loc>https://b.ex`
	tests := []struct {
		name, body string
		want       []string // item URLs; nil: an error
		partial    bool     // Parsed.Partial is set
	}{
		{"truncated RSS", rss, []string{"https://b.example/a", "https://b.example/b"}, true},
		{"truncated Atom", atom, []string{"https://b.example/a", "https://b.example/b"}, true},
		{"truncated sitemap", sitemap, []string{"https://b.example/a", "https://b.example/b"}, true},
		{"RSS with a bare ampersand", strings.Replace(rss[:strings.LastIndex(rss, "<item>")], "<title>T", "<title>T & U", 1) + "</channel></rss>",
			[]string{"https://b.example/a", "https://b.example/b"}, false}, // gofeed reads it
		{"RSS cut before its first item ends", rss[:strings.Index(rss, "</item>")], nil, false},
		{"JSON Feed cut", `{"version":"https://jsonfeed.org/version/1.1","items":[{"url":"https://b.example/a"`, nil, false},
		{"XML of another kind", `<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"></svg>`, nil, false},
		{"plain text", "hello, world", nil, false},
		{"empty", " \n", nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := Parse([]byte(tt.body), "", "https://b.example/feed")
			if tt.want == nil {
				if err == nil {
					t.Fatalf("got %d items, want an error", len(p.Items))
				}
				if !strings.Contains(err.Error(), "https://b.example/feed") {
					t.Errorf("error %q does not name the document", err)
				}
				return
			}
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			var got []string
			for _, it := range p.Items {
				got = append(got, it.URL)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
			if (p.Partial != nil) != tt.partial {
				t.Errorf("Partial = %v, want set: %v", p.Partial, tt.partial)
			}
		})
	}
}

func TestParseUnknownFormat(t *testing.T) {
	_, err := Parse([]byte(`<svg xmlns="http://www.w3.org/2000/svg"/>`), "image/svg+xml", "https://x.example/")
	if !errors.Is(err, ErrUnknownFormat) {
		t.Errorf("got %v, want ErrUnknownFormat", err)
	}
}

func TestParseGzip(t *testing.T) {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write([]byte(`<urlset><url><loc>https://g.example/1</loc></url></urlset>`))
	zw.Close()
	p, err := Parse(buf.Bytes(), "application/gzip", "https://g.example/sitemap.xml.gz")
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Items) != 1 || p.Items[0].URL != "https://g.example/1" {
		t.Errorf("got %v, want one item https://g.example/1", p.Items)
	}

	buf.Reset()
	zw = gzip.NewWriter(&buf)
	zeros := make([]byte, 1<<20)
	for range maxGunzip>>20 + 1 {
		zw.Write(zeros)
	}
	zw.Close()
	if _, err := Parse(buf.Bytes(), "", "https://g.example/bomb.xml.gz"); err == nil {
		t.Errorf("a gzip bomb parsed without error")
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{
		`<rss version="2.0"><channel><title>T</title><item><title>A</title><link>/a</link></item></channel></rss>`,
		`<feed xmlns="http://www.w3.org/2005/Atom"><entry><link href="a"/></entry></feed>`,
		`<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><item rdf:about="https://x/1"><title>x</title></item></rdf:RDF>`,
		`{"version":"https://jsonfeed.org/version/1.1","items":[{"url":"/a"}]}`,
		`<urlset><url><loc>/a</loc><news:news><news:title>t</news:title></news:news></url></urlset>`,
		`<sitemapindex><sitemap><loc>/s.xml</loc></sitemap></sitemapindex>`,
		`<!DOCTYPE html><html><head><title>t</title><link rel=alternate type=application/rss+xml href=/rss></head></html>`,
		"https://x.example/1\n",
	} {
		f.Add([]byte(s), "")
	}
	f.Fuzz(func(t *testing.T, body []byte, contentType string) {
		p, err := Parse(body, contentType, "https://fuzz.example/dir/feed")
		if err != nil {
			return
		}
		if !p.Kind.Valid() {
			t.Fatalf("kind %q", p.Kind)
		}
		for _, it := range p.Items {
			if !strings.HasPrefix(it.URL, "http://") && !strings.HasPrefix(it.URL, "https://") {
				t.Fatalf("item URL %q is not http(s)", it.URL)
			}
		}
	})
}
