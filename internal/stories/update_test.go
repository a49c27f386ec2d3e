package stories_test

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/marsad/marsad/internal/analyze"
	"github.com/marsad/marsad/internal/fetch"
	"github.com/marsad/marsad/internal/ingest"
	"github.com/marsad/marsad/internal/storage"
	"github.com/marsad/marsad/internal/stories"
)

// TestUpdateArabicEnglish ingests, with marsad's whole analysis, the
// bundled Arabic report of the Putin–Aliyev meeting in Dushanbe, an English
// report of it written for this test and an unrelated Saudi report, and
// checks that the two reports of the meeting make one story through the
// entity ids they share.
func TestUpdateArabicEnglish(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the analysis models")
	}
	ctx := context.Background()
	dir := t.TempDir()
	for name, src := range map[string]string{
		"ar.txt": filepath.Join("..", "..", "samples", "independent-arabia-putin-aliyev-dushanbe.txt"),
		"en.txt": filepath.Join("testdata", "dushanbe-en.txt"),
		"sa.txt": filepath.Join("testdata", "jeddah-port-ar.txt"),
	} {
		b, err := os.ReadFile(src)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	st, err := storage.Open(ctx, filepath.Join(t.TempDir(), "marsad.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	proc := ingest.NewProcessor(nil)
	if proc.Analyzer, err = analyze.New(); err != nil {
		t.Fatal(err)
	}
	sum, err := ingest.Run(ctx, &ingest.Reader{Fetcher: fetch.New(fetch.Options{})}, proc, st, []string{dir}, ingest.Options{Workers: 1})
	if err != nil || sum.Inserted != 3 {
		t.Fatalf("ingest: %+v, %v; want 3 articles", sum, err)
	}
	r, err := stories.Update(ctx, st, stories.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if r.New != 3 || r.Stories != 2 {
		t.Errorf("Update = %+v, want 3 new articles in 2 stories", r)
	}
	ss, _, err := st.Stories(ctx, storage.StoryQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if len(ss) != 1 {
		t.Fatalf("got %d stories of several articles, want 1: %+v", len(ss), ss)
	}
	if want := []string{"ar", "en"}; !reflect.DeepEqual(ss[0].Langs, want) {
		t.Errorf("the story's languages = %v, want %v", ss[0].Langs, want)
	}
	var top []string
	for _, e := range ss[0].Entities[:min(3, len(ss[0].Entities))] {
		top = append(top, e.ID)
	}
	for _, id := range []string{"Q:vladimir-putin", "Q:ilham-aliyev"} {
		if !contains(top, id) {
			t.Errorf("the story's top entities %v lack %s", top, id)
		}
	}
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}
