package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/marsad/marsad/internal/fetch"
	"github.com/marsad/marsad/internal/ingest"
	"github.com/marsad/marsad/internal/model"
)

func runExtract(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "extract", "FILE|DIR|URL|-...")
	asJSON := fs.Bool("json", false, "print one JSON object per article (JSON Lines)")
	url := fs.String("url", "", "the original address of a file or of stdin")
	maxBytes := fs.Int64("max-bytes", 32<<20, "largest page read, in bytes")
	inputs, err := parseInputs(e, fs, args, url)
	if err != nil {
		return err
	}
	r := &ingest.Reader{Fetcher: fetch.New(fetch.Options{MaxBytes: *maxBytes}), MaxBytes: *maxBytes, Stdin: e.stdin, URL: *url}
	p := ingest.NewProcessor(nil)
	enc := json.NewEncoder(e.stdout)
	enc.SetEscapeHTML(false)
	failed, done := 0, 0
	err = r.Walk(ctx, inputs, func(it ingest.Item) error {
		for _, res := range p.Process(it) {
			if res.Err != nil {
				failed++
				fmt.Fprintf(e.stderr, "marsad extract: %s: %v\n", res.Name, res.Err)
				continue
			}
			done++
			if *asJSON {
				if err := enc.Encode(res.Article); err != nil {
					return err
				}
				continue
			}
			printArticle(e.stdout, res.Article, done > 1)
		}
		return nil
	})
	if err != nil {
		return err
	}
	if failed > 0 && done == 0 {
		return fmt.Errorf("no article extracted (%d failed)", failed)
	}
	return nil
}

// printArticle writes an article for a person to read.
func printArticle(w io.Writer, a *model.Article, separate bool) {
	if separate {
		fmt.Fprintln(w, strings.Repeat("─", 60))
	}
	fmt.Fprintf(w, "%s\n", a.Title)
	fmt.Fprintf(w, "%s\n", joinNonEmpty(a.Site, a.Byline, date(a), a.Lang, a.URL))
	if a.Description != "" {
		fmt.Fprintf(w, "\n%s\n", a.Description)
	}
	fmt.Fprintf(w, "\n%s\n", a.Text)
}

func date(a *model.Article) string {
	if a.Published.IsZero() {
		return ""
	}
	return a.Published.Format("2006-01-02 15:04 MST")
}

// isTerminal reports whether f is a character device (a terminal).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}
