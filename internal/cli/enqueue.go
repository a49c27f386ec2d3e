package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/marsad/marsad/internal/feeds"
	"github.com/marsad/marsad/internal/ingest"
	"github.com/marsad/marsad/internal/storage"
)

// enqueueSummary is what marsad enqueue did.
type enqueueSummary struct {
	// Documents were queued; Known ones were queued before (in any state).
	Documents int `json:"documents"`
	Known     int `json:"known"`
	// Links are URLs queued to be fetched; KnownLinks were queued or
	// stored before.
	Links      int `json:"links"`
	KnownLinks int `json:"known_links"`
	// Unreadable lists the inputs that could not be read, and why.
	Unreadable []ingest.Failure `json:"unreadable,omitempty"`
	Elapsed    time.Duration    `json:"elapsed_ns"`
}

// runEnqueue puts documents (files, folders, archives: each JSON article a
// document of its own) and links on the store's queues, for marsad worker
// processes to analyse and store.
func runEnqueue(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "enqueue", "FILE|DIR|URL|-...")
	db := dbFlag(fs)
	maxBytes := fs.Int64("max-bytes", 32<<20, "largest item read, in bytes")
	url := fs.String("url", "", "the original address of a single file or of stdin")
	asJSON := fs.Bool("json", false, "print the summary as JSON")
	inputs, err := parseInputs(e, fs, args, url)
	if err != nil {
		return err
	}
	st, err := storage.Open(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	start := time.Now()
	var sum enqueueSummary
	var links []feeds.Item
	var files []string
	for _, in := range inputs {
		if strings.HasPrefix(in, "http://") || strings.HasPrefix(in, "https://") {
			links = append(links, feeds.Item{URL: in})
		} else {
			files = append(files, in)
		}
	}
	if len(links) > 0 {
		n, err := st.Enqueue(ctx, 0, links)
		if err != nil {
			return err
		}
		sum.Links, sum.KnownLinks = n, len(links)-n
	}
	r := &ingest.Reader{MaxBytes: *maxBytes, Stdin: e.stdin, URL: *url}
	var batch []storage.Document
	flush := func() error {
		n, err := st.EnqueueDocuments(ctx, batch)
		if err != nil {
			return err
		}
		sum.Documents += n
		sum.Known += len(batch) - n
		batch = batch[:0]
		return nil
	}
	err = r.Walk(ctx, files, func(it ingest.Item) error {
		if it.Err != nil {
			sum.Unreadable = append(sum.Unreadable, ingest.Failure{Name: it.Name, Reason: it.Err.Error()})
			return nil
		}
		for _, d := range ingest.Split(it) {
			batch = append(batch, storage.Document{Name: d.Name, URL: d.URL, Kind: d.Kind, Data: d.Data})
		}
		if len(batch) >= 500 {
			return flush()
		}
		return nil
	})
	if err == nil {
		err = flush()
	}
	sum.Elapsed = time.Since(start)
	if *asJSON {
		enc := json.NewEncoder(e.stdout)
		enc.SetEscapeHTML(false)
		if jerr := enc.Encode(sum); jerr != nil {
			return jerr
		}
	} else {
		fmt.Fprintf(e.stdout, "queued %d documents (%d queued before) and %d links (%d known) in %s into %s; 'marsad worker' processes them\n",
			sum.Documents, sum.Known, sum.Links, sum.KnownLinks, sum.Elapsed.Round(time.Millisecond), storage.Redact(*db))
		for _, f := range sum.Unreadable {
			fmt.Fprintf(e.stdout, "  unreadable: %s: %s\n", f.Name, f.Reason)
		}
	}
	return err
}
