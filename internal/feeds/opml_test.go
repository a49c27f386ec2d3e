package feeds

import (
	"bytes"
	"net/url"
	"slices"
	"strings"
	"testing"
)

func TestOPMLRoundTrip(t *testing.T) {
	in := []Outline{
		{Title: "الجزيرة", URL: "https://www.aljazeera.net/rss?a=1&b=2", Kind: "feed"},
		{Title: "", URL: "https://s.example/news-sitemap.xml", Kind: "sitemap"},
		{Title: "Front page", URL: "https://p.example/", Kind: "page"},
	}
	var buf bytes.Buffer
	if err := WriteOPML(&buf, "marsad sources", in); err != nil {
		t.Fatal(err)
	}
	got, err := ReadOPML(&buf)
	if err != nil {
		t.Fatalf("ReadOPML: %v\n%s", err, buf.String())
	}
	want := slices.Clone(in)
	want[1].Title = want[1].URL // an outline's text is required; the URL stands in
	if !slices.Equal(got, want) {
		t.Errorf("round trip:\n got %v\nwant %v", got, want)
	}
}

func TestReadOPML(t *testing.T) {
	const doc = `<?xml version="1.0" encoding="ISO-8859-1"?>
<opml version="1.0"><head><title>Reader export</title></head><body>
<outline text="News"><outline text="A &amp; B" type="rss" xmlUrl=" https://a.example/rss "/>
<outline text="Atom" type="atom" xmlUrl="https://b.example/atom"/></outline>
<outline text="no address"/>
<outline text="Site" type="link" url="https://c.example/"/>
</body></opml>`
	got, err := ReadOPML(strings.NewReader(doc))
	if err != nil {
		t.Fatal(err)
	}
	want := []Outline{
		{Title: "A & B", URL: "https://a.example/rss", Kind: "feed"},
		{Title: "Atom", URL: "https://b.example/atom", Kind: "feed"},
		{Title: "Site", URL: "https://c.example/", Kind: "page"},
	}
	if !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
	if _, err := ReadOPML(strings.NewReader("<html></html>")); err == nil {
		t.Errorf("an HTML document read as OPML")
	}
}

func TestDefaultSources(t *testing.T) {
	got := DefaultSources()
	if len(got) < 15 || len(got) > 30 {
		t.Errorf("got %d default sources, want 15–30", len(got))
	}
	seen := map[string]bool{}
	for _, o := range got {
		u, err := url.Parse(o.URL)
		if err != nil || u.Scheme != "https" || u.Host == "" {
			t.Errorf("%q: not an https URL", o.URL)
		}
		if o.Title == "" || o.Kind != "feed" {
			t.Errorf("%q: title %q kind %q, want a title and kind feed", o.URL, o.Title, o.Kind)
		}
		if seen[o.URL] {
			t.Errorf("%q listed twice", o.URL)
		}
		seen[o.URL] = true
	}
}
