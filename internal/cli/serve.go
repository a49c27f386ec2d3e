package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"net"
	"os"
	"strconv"
	"sync"
	"time"

	"github.com/marsad/marsad/internal/analyze"
	"github.com/marsad/marsad/internal/api"
	"github.com/marsad/marsad/internal/crawl"
	"github.com/marsad/marsad/internal/feeds"
	"github.com/marsad/marsad/internal/ingest"
	"github.com/marsad/marsad/internal/server"
	"github.com/marsad/marsad/internal/storage"
	"github.com/marsad/marsad/internal/stories"
	"github.com/marsad/marsad/internal/ui"
	"github.com/marsad/marsad/internal/worker"
)

// serveConfig is marsad serve's configuration: each field a flag, with an
// environment variable as its default.
type serveConfig struct {
	DB             string        `json:"db"`
	Addr           string        `json:"addr"`
	Token          string        `json:"token"`
	AllowPrivate   bool          `json:"allow_private"`
	Samples        bool          `json:"samples"`
	LogFormat      string        `json:"log_format"`
	QueryTimeout   time.Duration `json:"query_timeout"`
	Crawl          bool          `json:"crawl"`
	DefaultSources bool          `json:"default_sources"`
	CrawlEvery     time.Duration `json:"crawl_every"`
	crawlConfig
}

func envOr(name, def string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return def
}

func envBool(name string, def bool) bool {
	if v, err := strconv.ParseBool(os.Getenv(name)); err == nil {
		return v
	}
	return def
}

func envDuration(name string, def time.Duration) time.Duration {
	if v, err := time.ParseDuration(os.Getenv(name)); err == nil {
		return v
	}
	return def
}

// runServe is marsad's main job: it serves the web UI and the JSON API
// over the store, ingesting the bundled samples first when the store is
// empty, and prints the address.
func runServe(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "serve", "")
	var c serveConfig
	db := dbFlag(fs)
	fs.StringVar(&c.Addr, "addr", envOr("MARSAD_ADDR", "127.0.0.1:8080"), "address to listen on; port 0 picks a free one (env MARSAD_ADDR)")
	fs.StringVar(&c.Token, "token", os.Getenv("MARSAD_TOKEN"), "bearer token that POST /api/v1/ingest requires; empty switches ingestion off (env MARSAD_TOKEN)")
	fs.BoolVar(&c.AllowPrivate, "allow-private", envBool("MARSAD_ALLOW_PRIVATE", false), "let ingestion fetch URLs on loopback, private and link-local addresses (env MARSAD_ALLOW_PRIVATE)")
	fs.BoolVar(&c.Samples, "samples", envBool("MARSAD_SAMPLES", true), "ingest the bundled samples when the store is empty (env MARSAD_SAMPLES)")
	fs.StringVar(&c.LogFormat, "log-format", envOr("MARSAD_LOG_FORMAT", "text"), "log format: text or json (env MARSAD_LOG_FORMAT)")
	fs.DurationVar(&c.QueryTimeout, "query-timeout", envDuration("MARSAD_QUERY_TIMEOUT", 10*time.Second), "longest a request may work on the store (env MARSAD_QUERY_TIMEOUT)")
	fs.BoolVar(&c.Crawl, "crawl", envBool("MARSAD_CRAWL", true), "run a worker in this process: poll the store's sources when due, store their new articles and the documents queued by marsad enqueue; off leaves the work to marsad worker processes (env MARSAD_CRAWL)")
	fs.BoolVar(&c.DefaultSources, "default-sources", envBool("MARSAD_DEFAULT_SOURCES", true), "follow marsad's default Arabic news feeds in a store that never had them (switch them off for good with 'marsad sources defaults --off') (env MARSAD_DEFAULT_SOURCES)")
	fs.DurationVar(&c.CrawlEvery, "crawl-every", envDuration("MARSAD_CRAWL_EVERY", 30*time.Second), "how often the worker looks for due sources, queued links and documents when it has nothing to do (env MARSAD_CRAWL_EVERY)")
	fs.IntVar(&c.Workers, "crawl-workers", 4, "pages the crawler fetches at once")
	fs.StringVar(&c.Render, "render", envOr("MARSAD_RENDER", "auto"), "render pages that need JavaScript in headless Chromium: auto (when installed) or off (env MARSAD_RENDER)")
	fs.StringVar(&c.Archive, "archive", os.Getenv("MARSAD_ARCHIVE"), "keep every page the crawler fetches in rotating WARC files in this folder (env MARSAD_ARCHIVE)")
	printConfig := fs.Bool("print-config", false, "print the configuration as JSON and exit")
	if _, err := parseN(fs, args, 0); err != nil {
		return err
	}
	c.DB = *db
	if *printConfig {
		shown := c
		if shown.Token != "" {
			shown.Token = "(set)"
		}
		shown.DB = storage.Redact(shown.DB)
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(shown)
	}
	var handler slog.Handler
	switch c.LogFormat {
	case "text":
		handler = slog.NewTextHandler(e.stderr, nil)
	case "json":
		handler = slog.NewJSONHandler(e.stderr, nil)
	default:
		fmt.Fprintf(e.stderr, "bad --log-format %q: want text or json\n", c.LogFormat)
		return errUsage
	}
	log := slog.New(handler)

	st, err := storage.Open(ctx, c.DB)
	if err != nil {
		return err
	}
	defer st.Close()
	n, err := st.Count(ctx)
	if err != nil {
		return err
	}
	// One analyzer (its models are the bulk of marsad's memory) for the
	// samples, the API's ingestion and the crawler.
	an, err := analyze.New()
	if err != nil {
		return err
	}
	if n == 0 && c.Samples {
		proc := ingest.NewProcessor(nil)
		proc.Analyzer = an
		if _, err := ingest.Samples(ctx, proc, st); err != nil {
			return fmt.Errorf("ingesting the bundled samples: %w", err)
		}
		if _, err := stories.Update(ctx, st, stories.Options{}); err != nil {
			return fmt.Errorf("grouping the samples into stories: %w", err)
		}
		if n, err = st.Count(ctx); err != nil {
			return err
		}
		log.Info("store was empty: ingested the bundled samples", "articles", n)
	}
	// Stories take in what the API ingests and the crawler stores, as they
	// do after marsad ingest: in the background, one update at a time,
	// however many requests asked for one meanwhile.
	var background sync.WaitGroup
	defer background.Wait() // before the store closes
	storyKick := make(chan struct{}, 1)
	background.Add(1)
	go func() {
		defer background.Done()
		for {
			select {
			case <-ctx.Done():
				return
			case <-storyKick:
				if _, err := stories.Update(ctx, st, stories.Options{}); err != nil && ctx.Err() == nil {
					log.Error("stories", "err", err)
				}
			}
		}
	}()
	updateStories := func(context.Context) error {
		select {
		case storyKick <- struct{}{}:
		default: // an update is already asked for
		}
		return nil
	}
	srv, err := server.New(st, log, server.Options{
		API: api.Options{Token: c.Token, AllowPrivate: c.AllowPrivate, QueryTimeout: c.QueryTimeout, AfterIngest: updateStories, Analyzer: an},
		UI:  ui.Options{QueryTimeout: c.QueryTimeout},
	})
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", c.Addr)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "marsad: serving http://%s/ (store %s, %d articles; Ctrl-C stops)\n", ln.Addr(), storage.Redact(c.DB), n)
	if c.Token == "" {
		log.Info("ingestion over the API is off: give --token to switch it on")
	}
	if c.Crawl && c.DefaultSources {
		added, err := seedDefaultSources(ctx, e, st)
		if err != nil {
			return err
		}
		if added > 0 {
			log.Info("following marsad's default Arabic news sources ('marsad sources defaults --off' stops it)", "sources", added)
		}
	}
	if c.Crawl {
		// serve's own worker: the work of marsad worker, in this process.
		cr, closeCrawler, err := newCrawler(st, c.crawlConfig, log, crawl.Options{}, an)
		if err != nil {
			return err
		}
		defer closeCrawler()
		proc := ingest.NewProcessor(nil)
		proc.Analyzer = an
		w := worker.New(st, proc, log, worker.Options{
			Concurrency: c.Workers,
			Idle:        c.CrawlEvery,
			Crawler:     cr,
			AfterStore:  updateStories,
		})
		defer background.Wait() // before closeCrawler: the last pass ends first
		background.Add(1)
		go func() {
			defer background.Done()
			w.Run(ctx)
		}()
	}
	return srv.Serve(ctx, ln)
}

// seedDefaultSources adds marsad's default sources to a store that never
// had them and returns how many it added; a store that has them, even
// switched off, is left as it is.
func seedDefaultSources(ctx context.Context, e *env, st *storage.Store) (int, error) {
	had, err := st.HasBuiltinSources(ctx)
	if err != nil || had {
		return 0, err
	}
	added, _, _ := addOutlines(ctx, e, st, feeds.DefaultSources(), true)
	return added, nil
}
