package cli

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"sync"
	"time"

	"github.com/marsad/marsad/internal/analyze"
	"github.com/marsad/marsad/internal/crawl"
	"github.com/marsad/marsad/internal/extract"
	"github.com/marsad/marsad/internal/fetch"
	"github.com/marsad/marsad/internal/ingest"
	"github.com/marsad/marsad/internal/storage"
	"github.com/marsad/marsad/internal/stories"
	"github.com/marsad/marsad/internal/warc"
)

// crawlConfig is what builds a crawler, shared by marsad crawl and serve.
type crawlConfig struct {
	Workers   int    `json:"crawl_workers"`
	Render    string `json:"render"` // auto, off
	Archive   string `json:"archive,omitempty"`
	NoAnalyze bool   `json:"-"`
}

// newCrawler builds the crawler over st, analysing with an (nil loads an
// analyzer), with a headless Chromium for pages that need JavaScript when
// one is installed (and --render is not off), and a WARC archive when
// asked. close releases them.
func newCrawler(st *storage.Store, c crawlConfig, log *slog.Logger, opts crawl.Options, an *analyze.Analyzer) (cr *crawl.Crawler, close func(), err error) {
	var closers []func()
	close = func() {
		for i := len(closers) - 1; i >= 0; i-- {
			closers[i]()
		}
	}
	proc := ingest.NewProcessor(nil)
	if !c.NoAnalyze {
		proc.Analyzer = an
		if an == nil {
			if proc.Analyzer, err = analyze.New(); err != nil {
				return nil, close, err
			}
		}
	}
	var render crawl.Renderer
	switch c.Render {
	case "off":
	case "", "auto":
		if !fetch.HaveChromium() {
			log.Info("crawl: pages that need JavaScript will be recorded, not rendered: no Chromium installed")
			break
		}
		lr := &lazyRenderer{}
		closers = append(closers, lr.close)
		render = lr
	default:
		return nil, close, fmt.Errorf("bad --render %q: want auto or off", c.Render)
	}
	arch, err := newArchiver(c.Archive)
	if err != nil {
		close()
		return nil, close, err
	}
	if arch != nil {
		closers = append(closers, func() { arch.Close() })
	}
	client := fetch.NewClient(fetch.ClientOptions{})
	opts.Workers, opts.NeedsJS = c.Workers, extract.NeedsJS
	cr = crawl.New(st, crawl.Polite(client), proc, render, archiverOf(arch), log, opts)
	return cr, close, nil
}

// runCrawl is one pass of the crawler: the due sources polled, their new
// links fetched, extracted, analysed and stored.
func runCrawl(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "crawl", "")
	db := dbFlag(fs)
	var c crawlConfig
	fs.IntVar(&c.Workers, "workers", 4, "pages fetched at once (each host is still asked politely, one request at a time)")
	fs.StringVar(&c.Render, "render", envOr("MARSAD_RENDER", "auto"), "render pages that need JavaScript in headless Chromium: auto (when installed) or off (env MARSAD_RENDER)")
	fs.StringVar(&c.Archive, "archive", os.Getenv("MARSAD_ARCHIVE"), "keep every fetched page in rotating WARC files in this folder (env MARSAD_ARCHIVE)")
	fs.BoolVar(&c.NoAnalyze, "no-analyze", false, "store articles without analysing them")
	if _, err := parseN(fs, args, 0); err != nil {
		return err
	}
	st, err := storage.Open(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	log := slog.New(slog.NewTextHandler(e.stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	cr, closeCrawler, err := newCrawler(st, c, log, crawl.Options{}, nil)
	if err != nil {
		return err
	}
	defer closeCrawler()
	start := time.Now()
	s, err := cr.Once(ctx)
	fmt.Fprintf(e.stdout, "polled %d sources (%d failed), queued %d links; stored %d articles, %d unchanged, %d failed, %d to retry — %s\n",
		s.Polled, s.PollErrors, s.Queued, s.Stored, s.Unchanged, s.Failed, s.Retried, time.Since(start).Round(time.Millisecond))
	if s.Stored > 0 && !c.NoAnalyze {
		if _, serr := stories.Update(ctx, st, stories.Options{}); serr != nil {
			return serr
		}
	}
	if errors.Is(err, context.Canceled) {
		fmt.Fprintln(e.stderr, "interrupted: the next crawl resumes where this one stopped")
		return nil
	}
	return err
}

// newArchiver opens the WARC archive in dir; nil without one.
func newArchiver(dir string) (*warc.Writer, error) {
	if dir == "" {
		return nil, nil
	}
	return warc.NewWriter(dir, warc.WriterOptions{})
}

// archiverOf is the crawler's Archiver of w: nil (no interface holding a
// nil pointer) without one.
func archiverOf(w *warc.Writer) crawl.Archiver {
	if w == nil {
		return nil
	}
	return crawl.WARC(w)
}

// lazyRenderer starts Chromium on the first page that needs it, not when
// marsad starts: most sources never need it.
type lazyRenderer struct {
	once sync.Once
	r    *fetch.Renderer
	err  error
}

func (l *lazyRenderer) Render(ctx context.Context, url string) ([]byte, error) {
	l.once.Do(func() { l.r, l.err = fetch.NewRenderer(fetch.RenderOptions{}) })
	if l.err != nil {
		return nil, l.err
	}
	return crawl.Chromium(l.r).Render(ctx, url)
}

func (l *lazyRenderer) close() {
	if l.r != nil {
		l.r.Close()
	}
}
