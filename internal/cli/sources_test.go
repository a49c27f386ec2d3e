package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestSources(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "m.db")
	opml := filepath.Join(dir, "out.opml")
	steps := []struct {
		args    []string
		stdin   string
		code    int
		wantOut string // a substring of stdout
	}{
		{[]string{"sources"}, "", 2, ""},
		{[]string{"sources", "add", "--db", db, "https://a.example/rss", "--title", "ألف"}, "", 0, "added source 1: https://a.example/rss (feed)"},
		{[]string{"sources", "add", "--db", db, "--kind", "sitemap", "https://b.example/news.xml"}, "", 0, "added source 2"},
		{[]string{"sources", "add", "--db", db, "HTTPS://A.example/rss#x"}, "", 0, "source 1 is already"},
		{[]string{"sources", "add", "--db", db, "--kind", "podcast", "https://c.example/"}, "", 1, ""},
		{[]string{"sources", "add", "--db", db, "c.example/rss"}, "", 1, ""},
		{[]string{"sources", "list", "--db", db}, "", 0, "ألف https://a.example/rss"},
		{[]string{"sources", "defaults", "--db", db}, "", 0, "default sources added"},
		{[]string{"sources", "defaults", "--db", db, "--off"}, "", 0, "default sources switched off"},
		{[]string{"sources", "disable", "--db", db, "https://a.example/rss"}, "", 0, "disabled source 1"},
		{[]string{"sources", "export-opml", "--db", db, opml}, "", 0, "to " + opml},
		{[]string{"sources", "remove", "--db", db, "1", "https://b.example/news.xml"}, "", 0, "removed source https://b.example/news.xml"},
		{[]string{"sources", "remove", "--db", db, "1"}, "", 1, ""},
		{[]string{"sources", "import-opml", "--db", db, "-"}, `<opml version="1.0"><body><outline text="A" xmlUrl="https://a.example/rss"/><outline text="bad" xmlUrl="nope"/></body></opml>`, 1, "1 sources added"},
	}
	for _, st := range steps {
		code, out, errs := run(t, st.stdin, st.args...)
		if code != st.code || !strings.Contains(out, st.wantOut) {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want exit %d and %q", st.args, code, out, errs, st.code, st.wantOut)
		}
	}

	// The OPML export holds every source; importing it elsewhere adds them.
	b, err := os.ReadFile(opml)
	if err != nil {
		t.Fatal(err)
	}
	other := filepath.Join(dir, "other.db")
	code, out, errs := run(t, string(b), "sources", "import-opml", "--db", other, "-")
	if code != 0 || !strings.Contains(out, "sources added") {
		t.Fatalf("import: exit %d, %q, %q", code, out, errs)
	}
	code, out, _ = run(t, "", "sources", "list", "--json", "--db", other)
	if code != 0 {
		t.Fatalf("list --json: exit %d", code)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) < 17 {
		t.Errorf("%d sources after import, want the 2 added and the defaults", len(lines))
	}
	var first map[string]any
	if err := json.Unmarshal([]byte(lines[0]), &first); err != nil {
		t.Fatal(err)
	}
	if first["url"] != "https://a.example/rss" || first["title"] != "ألف" || first["interval_seconds"] != 1800.0 || first["enabled"] != true {
		t.Errorf("first source as JSON: %v", first)
	}
}
