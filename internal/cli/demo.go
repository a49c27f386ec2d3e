package cli

import (
	"context"
	"fmt"
	"os"

	"github.com/marsad/marsad/internal/analyze"
	"github.com/marsad/marsad/internal/fetch"
	"github.com/marsad/marsad/internal/ingest"
	"github.com/marsad/marsad/internal/storage"
	"github.com/marsad/marsad/internal/stories"
)

// runDemo is marsad's main job on the embedded default, for a first run:
// it ingests (extracts and analyses) the bundled samples into the store,
// then shows what is stored: articles, searches, entities, who said what
// and who did what to whom.
func runDemo(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "demo", "")
	db := dbFlag(fs)
	if _, err := parse(fs, args); err != nil {
		return err
	}
	dir, err := os.MkdirTemp("", "marsad-samples-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	if err := ingest.WriteSamples(dir); err != nil {
		return err
	}
	st, err := storage.Open(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	r := &ingest.Reader{Fetcher: fetch.New(fetch.Options{})}
	proc := ingest.NewProcessor(nil)
	if proc.Analyzer, err = analyze.New(); err != nil {
		return err
	}
	sum, err := ingest.Run(ctx, r, proc, st, []string{dir}, ingest.Options{})
	if err != nil {
		return err
	}
	printSummary(e.stdout, sum, *db)
	upd, err := stories.Update(ctx, st, stories.Options{})
	if err != nil {
		return err
	}
	printStoriesUpdate(e.stdout, upd)
	fmt.Fprintln(e.stdout)
	if err := runList(ctx, e, []string{"--db", *db, "-n", "5"}); err != nil {
		return err
	}
	for _, q := range []string{"اذربيجان", "والرئيس بوتين"} {
		fmt.Fprintf(e.stdout, "\n$ marsad search %s\n", q)
		if err := runSearch(ctx, e, []string{"--db", *db, "-n", "3", q}); err != nil {
			return err
		}
	}
	fmt.Fprintf(e.stdout, "\n$ marsad entities -n 8\n")
	if err := runEntities(ctx, e, []string{"--db", *db, "-n", "8"}); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "\n$ marsad search --entity \"Ilham Aliyev\"\n")
	if err := runSearch(ctx, e, []string{"--db", *db, "-n", "3", "--entity", "Ilham Aliyev"}); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "\n$ marsad quotes --speaker \"Ilham Aliyev\" -n 3\n")
	if err := runQuotes(ctx, e, []string{"--db", *db, "-n", "3", "--speaker", "Ilham Aliyev"}); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "\n$ marsad events --entity \"Vladimir Putin\" -n 5\n")
	if err := runEvents(ctx, e, []string{"--db", *db, "-n", "5", "--entity", "Vladimir Putin"}); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "\n$ marsad stories --min 1 -n 5\n")
	return runStories(ctx, e, []string{"--db", *db, "--min", "1", "-n", "5"})
}

func fileExists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}
