package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestStories ingests the Arabic sample and an English report of the same
// meeting, then lists and shows their story.
func TestStories(t *testing.T) {
	db := filepath.Join(t.TempDir(), "m.db")
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "ar.txt"), []byte(repoFile(t, "samples/independent-arabia-putin-aliyev-dushanbe.txt")), 0o644)
	os.WriteFile(filepath.Join(dir, "en.txt"), []byte(repoFile(t, "internal/stories/testdata/dushanbe-en.txt")), 0o644)
	code, out, errs := run(t, "", "ingest", "--db", db, dir)
	if code != 0 {
		t.Fatalf("ingest exit %d: %s", code, errs)
	}
	if !strings.Contains(out, "stories: 2 articles (2 new) in 1 stories") {
		t.Errorf("ingest does not report the stories: %q", out)
	}
	code, out, errs = run(t, "", "stories", "--db", db, "--json")
	if code != 0 {
		t.Fatalf("stories exit %d: %s", code, errs)
	}
	var st struct {
		ID       int64    `json:"id"`
		Title    string   `json:"title"`
		Articles int      `json:"articles"`
		Langs    []string `json:"langs"`
		Entities []struct {
			ID string `json:"id"`
		} `json:"entities"`
	}
	if err := json.Unmarshal([]byte(strings.SplitN(out, "\n", 2)[0]), &st); err != nil {
		t.Fatalf("stories --json: %v (%q)", err, out)
	}
	if st.Articles != 2 || strings.Join(st.Langs, ",") != "ar,en" || st.Title == "" || len(st.Entities) == 0 {
		t.Errorf("story = %+v, want the meeting in Arabic and English", st)
	}
	code, out, _ = run(t, "", "stories", "--db", db, "--entity", "Ilham Aliyev", strconv.FormatInt(st.ID, 10))
	if code != 0 || !strings.Contains(out, "2 articles") || !strings.Contains(out, "Putin apologises to Aliyev") {
		t.Errorf("stories ID: exit %d, %s", code, out)
	}
	code, out, _ = run(t, "", "stories", "--db", db, "--entity", "Ilham Aliyev", "--from", "2000-01-01", "-n", "5")
	if code != 0 || !strings.Contains(out, "2 articles") {
		t.Errorf("stories --entity: exit %d, %s", code, out)
	}
	if code, _, errs := run(t, "", "stories", "--db", db, "--from", "yesterday"); code != 1 || !strings.Contains(errs, "YYYY-MM-DD") {
		t.Errorf("bad date: exit %d, %s", code, errs)
	}
}
