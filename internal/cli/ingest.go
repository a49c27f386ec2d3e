package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"runtime/pprof"
	"time"

	"github.com/marsad/marsad/internal/analyze"
	"github.com/marsad/marsad/internal/fetch"
	"github.com/marsad/marsad/internal/ingest"
	"github.com/marsad/marsad/internal/storage"
	"github.com/marsad/marsad/internal/stories"
)

func runIngest(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "ingest", "FILE|DIR|URL|-...")
	db := dbFlag(fs)
	workers := fs.Int("workers", 0, "items extracted at once (0 = one per CPU)")
	maxBytes := fs.Int64("max-bytes", 32<<20, "largest item read, in bytes")
	url := fs.String("url", "", "the original address of a single file or of stdin")
	asJSON := fs.Bool("json", false, "print the summary as JSON")
	quiet := fs.Bool("q", false, "no progress output")
	noAnalyze := fs.Bool("no-analyze", false, "store articles without analysing them (no entities)")
	cpuprofile := fs.String("cpuprofile", "", "write a CPU profile to this file")
	inputs, err := parseInputs(e, fs, args, url)
	if err != nil {
		return err
	}
	if *cpuprofile != "" {
		f, err := os.Create(*cpuprofile)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
		defer pprof.StopCPUProfile()
	}
	st, err := storage.Open(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	r := &ingest.Reader{
		Fetcher:  fetch.New(fetch.Options{MaxBytes: *maxBytes}),
		MaxBytes: *maxBytes,
		Stdin:    e.stdin,
		URL:      *url,
	}
	opts := ingest.Options{Workers: *workers}
	if !*quiet {
		opts.Progress = e.stderr
		opts.Terminal = isTerminal(e.stderr)
		if opts.Terminal {
			opts.Total = r.Count(ctx, inputs)
		}
	}
	proc := ingest.NewProcessor(nil)
	if !*noAnalyze {
		if proc.Analyzer, err = analyze.New(); err != nil {
			return err
		}
	}
	sum, err := ingest.Run(ctx, r, proc, st, inputs, opts)
	if sum != nil {
		if *asJSON {
			enc := json.NewEncoder(e.stdout)
			enc.SetEscapeHTML(false)
			if err := enc.Encode(sum); err != nil {
				return err
			}
		} else {
			printSummary(e.stdout, sum, *db)
		}
	}
	if err != nil {
		return err
	}
	// Stories group articles by their entities: without analysis they
	// wait for an ingest that has it (or for 'marsad stories').
	if sum.Stored() > 0 && !*noAnalyze {
		r, err := stories.Update(ctx, st, stories.Options{})
		if err != nil {
			return err
		}
		if !*asJSON {
			printStoriesUpdate(e.stdout, r)
		}
	}
	if sum.Stored()+sum.Unchanged == 0 && len(sum.Failed) > 0 {
		return fmt.Errorf("nothing stored: all %d articles failed (reasons above)", len(sum.Failed))
	}
	return nil
}

func printSummary(w io.Writer, s *ingest.Summary, db string) {
	n := s.Articles()
	fmt.Fprintf(w, "ingested %d, updated %d, unchanged %d, failed %d — %d articles from %d items in %s (%.1f articles/s) into %s\n",
		s.Inserted, s.Updated, s.Unchanged, len(s.Failed), n, s.Items, s.Elapsed.Round(time.Millisecond),
		float64(n)/max(s.Elapsed.Seconds(), 1e-9), storage.Redact(db))
	for _, f := range s.Failed {
		fmt.Fprintf(w, "  failed: %s: %s\n", f.Name, f.Reason)
	}
}

func printStoriesUpdate(w io.Writer, r stories.Result) {
	fmt.Fprintf(w, "stories: %d articles (%d new) in %d stories, %d of several articles, in %s ('marsad stories' lists them)\n",
		r.Articles, r.New, r.Stories, r.Grouped, r.Elapsed.Round(time.Millisecond))
}
