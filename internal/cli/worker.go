package cli

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"log/slog"
	"os"
	"time"

	"github.com/marsad/marsad/internal/analyze"
	"github.com/marsad/marsad/internal/crawl"
	"github.com/marsad/marsad/internal/ingest"
	"github.com/marsad/marsad/internal/storage"
	"github.com/marsad/marsad/internal/stories"
	"github.com/marsad/marsad/internal/worker"
)

// runWorker is a stateless worker: it claims due sources, queued links and
// queued documents from the store and processes them until stopped.
func runWorker(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "worker", "")
	db := dbFlag(fs)
	var c crawlConfig
	concurrency := fs.Int("concurrency", envInt("MARSAD_CONCURRENCY", 4), "documents and pages processed at once (env MARSAD_CONCURRENCY)")
	lease := fs.Duration("lease", 5*time.Minute, "how long a claimed item is this worker's; after that, if this worker died, another claims it")
	maxAttempts := fs.Int("max-attempts", 4, "claims an item gets before it is failed for good, with the reason")
	idle := fs.Duration("idle", 5*time.Second, "pause between two looks at empty queues")
	exitIdle := fs.Bool("exit-idle", false, "exit once the queues have nothing claimable (for a batch: marsad enqueue, then workers with --exit-idle)")
	doCrawl := fs.Bool("crawl", envBool("MARSAD_CRAWL", true), "poll the due sources and fetch their queued links, besides the queued documents (env MARSAD_CRAWL)")
	logFormat := fs.String("log-format", envOr("MARSAD_LOG_FORMAT", "text"), "log format: text or json (env MARSAD_LOG_FORMAT)")
	verbose := fs.Bool("v", false, "log every claim")
	fs.StringVar(&c.Render, "render", envOr("MARSAD_RENDER", "auto"), "render pages that need JavaScript in headless Chromium: auto (when installed) or off (env MARSAD_RENDER)")
	fs.StringVar(&c.Archive, "archive", os.Getenv("MARSAD_ARCHIVE"), "keep every page this worker fetches in rotating WARC files in this folder (env MARSAD_ARCHIVE)")
	fs.BoolVar(&c.NoAnalyze, "no-analyze", false, "store articles without analysing them (no entities, no stories)")
	if _, err := parseN(fs, args, 0); err != nil {
		return err
	}
	if *concurrency < 1 || *maxAttempts < 1 || *lease < time.Second {
		fmt.Fprintln(e.stderr, "--concurrency and --max-attempts must be at least 1, --lease at least 1s")
		return errUsage
	}
	level := slog.LevelInfo
	if *verbose {
		level = slog.LevelDebug
	}
	log, err := newLogger(e, *logFormat, level)
	if err != nil {
		return err
	}
	st, err := storage.Open(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	var an *analyze.Analyzer
	if !c.NoAnalyze {
		if an, err = analyze.New(); err != nil {
			return err
		}
	}
	proc := ingest.NewProcessor(nil)
	proc.Analyzer = an
	holder := workerID()
	opts := worker.Options{
		Concurrency: *concurrency,
		Lease:       *lease,
		MaxAttempts: *maxAttempts,
		Idle:        *idle,
		ExitIdle:    *exitIdle,
	}
	if !c.NoAnalyze {
		opts.AfterStore = func(ctx context.Context) error { return updateStoriesLeased(ctx, st, holder, log) }
	}
	if *doCrawl {
		c.Workers = *concurrency
		cr, closeCrawler, err := newCrawler(st, c, log, crawl.Options{Lease: *lease, MaxAttempts: *maxAttempts}, an)
		if err != nil {
			return err
		}
		defer closeCrawler()
		opts.Crawler = cr
	}
	w := worker.New(st, proc, log, opts)
	log.Info("worker: started", "worker", holder, "backend", st.Backend(), "concurrency", *concurrency, "crawl", *doCrawl)
	start := time.Now()
	err = w.Run(ctx)
	n := w.Counters()
	log.Info("worker: stopped", "worker", holder, "documents", n.Documents, "pages", n.Pages, "polled", n.Polled,
		"stored", n.Stored, "unchanged", n.Unchanged, "failed", n.Failed, "retried", n.Retried,
		"elapsed", time.Since(start).Round(time.Millisecond).String())
	return err
}

// storiesLease names the lease of the story update: one process at a time
// clusters, or two would save stories made from different snapshots.
const storiesLease = "stories"

// updateStoriesLeased brings the stories up to date once this process
// holds the stories lease, waiting for it while another process holds it
// (that process may have started before this one stored its articles).
func updateStoriesLeased(ctx context.Context, st *storage.Store, holder string, log *slog.Logger) error {
	const ttl = 10 * time.Minute
	for {
		ok, err := st.TryLease(ctx, storiesLease, holder, time.Now(), ttl)
		if err != nil {
			return err
		}
		if ok {
			break
		}
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(time.Second):
		}
	}
	defer st.ReleaseLease(context.WithoutCancel(ctx), storiesLease, holder)
	r, err := stories.Update(ctx, st, stories.Options{})
	if err != nil {
		return err
	}
	if r.New > 0 {
		log.Info("worker: stories", "new", r.New, "articles", r.Articles, "stories", r.Stories, "grouped", r.Grouped,
			"elapsed", r.Elapsed.Round(time.Millisecond).String())
	}
	return nil
}

// workerID names this process in leases and logs: host, process id and a
// random suffix (process ids repeat across restarts).
func workerID() string {
	host, _ := os.Hostname()
	var b [3]byte
	rand.Read(b[:])
	return fmt.Sprintf("%s:%d:%s", host, os.Getpid(), hex.EncodeToString(b[:]))
}

// newLogger returns a logger writing to e.stderr in format (text or json).
func newLogger(e *env, format string, level slog.Level) (*slog.Logger, error) {
	opts := &slog.HandlerOptions{Level: level}
	switch format {
	case "text":
		return slog.New(slog.NewTextHandler(e.stderr, opts)), nil
	case "json":
		return slog.New(slog.NewJSONHandler(e.stderr, opts)), nil
	}
	fmt.Fprintf(e.stderr, "bad --log-format %q: want text or json\n", format)
	return nil, errUsage
}

func envInt(name string, def int) int {
	var n int
	if _, err := fmt.Sscan(os.Getenv(name), &n); err == nil {
		return n
	}
	return def
}
