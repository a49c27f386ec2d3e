// Package crawl follows news sources: it polls each source's feed or
// sitemap when it is due, queues the new links in the store, and fetches,
// extracts, analyses and stores the queued pages. The queue lives in the
// store, so a crawler stopped at any moment — even by SIGKILL — resumes
// where it was: a page being fetched when it died is claimed again once its
// lease expires, and a page already stored is never fetched again.
package crawl

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"sync"
	"time"

	"github.com/marsad/marsad/internal/feeds"
	"github.com/marsad/marsad/internal/ingest"
	"github.com/marsad/marsad/internal/model"
	"github.com/marsad/marsad/internal/storage"
)

// Request is one fetch: a URL and the validators of a previous answer.
type Request struct {
	URL, ETag, LastModified string
}

// Response is a fetched page.
type Response struct {
	// URL is the final address, after redirects.
	URL          string
	Status       int
	ContentType  string
	Body         []byte
	ETag         string
	LastModified string
	// NotModified is set for a 304 answer to a conditional request.
	NotModified bool
	// Header holds the response's headers, for the archive.
	Header http.Header
}

// Fetcher fetches pages politely (robots.txt, rate limits, retries).
type Fetcher interface {
	Fetch(ctx context.Context, r Request) (*Response, error)
}

// Renderer renders a page that needs JavaScript and returns its HTML.
type Renderer interface {
	Render(ctx context.Context, url string) ([]byte, error)
}

// Archiver keeps the raw pages fetched (a WARC writer).
type Archiver interface {
	Archive(r Request, resp *Response) error
}

// Store is what the crawler needs of the store.
type Store interface {
	ClaimSources(ctx context.Context, now time.Time, lease time.Duration, limit int) ([]storage.Source, error)
	SourcePolled(ctx context.Context, id int64, r storage.PollResult) error
	Enqueue(ctx context.Context, sourceID int64, items []feeds.Item) (int, error)
	ClaimQueue(ctx context.Context, now time.Time, lease time.Duration, limit int) ([]storage.QueueItem, error)
	QueueDone(ctx context.Context, it storage.QueueItem, articleID int64) error
	QueueFailed(ctx context.Context, it storage.QueueItem, reason string, retryAt time.Time) error
	SaveArticles(ctx context.Context, articles []*model.Article) ([]storage.SaveResult, error)
}

// Options tune a crawler. The zero value is usable.
type Options struct {
	// Workers is how many pages are fetched and processed at once (4).
	Workers int
	// Lease is how long a claimed queue item or source is the crawler's
	// before another may claim it (5 minutes).
	Lease time.Duration
	// MaxAttempts is how many times a page is tried before it is failed
	// for good (4).
	MaxAttempts int
	// RetryBase is the first retry's delay, doubled at each attempt, with
	// jitter (1 minute).
	RetryBase time.Duration
	// NeedsJS tells a JavaScript wall or empty shell from an article: it
	// gets the page and the text extracted from it. Nil: never.
	NeedsJS func(html []byte, text string) (bool, string)
	// Now is the clock (time.Now).
	Now func() time.Time
	// AfterPass, when set, runs after each pass of Run that stored
	// articles (to update stories, say).
	AfterPass func(ctx context.Context, s Stats)
}

// Crawler polls sources and works the queue. Build it with New.
type Crawler struct {
	st     Store
	f      Fetcher
	proc   *ingest.Processor
	render Renderer
	arch   Archiver
	log    *slog.Logger
	opts   Options
}

// New returns a crawler. render and arch may be nil: without a renderer,
// pages that need JavaScript are failed with that reason instead of being
// stored as the wall they show.
func New(st Store, f Fetcher, proc *ingest.Processor, render Renderer, arch Archiver, log *slog.Logger, opts Options) *Crawler {
	if opts.Workers <= 0 {
		opts.Workers = 4
	}
	if opts.Lease <= 0 {
		opts.Lease = 5 * time.Minute
	}
	if opts.MaxAttempts <= 0 {
		opts.MaxAttempts = 4
	}
	if opts.RetryBase <= 0 {
		opts.RetryBase = time.Minute
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	return &Crawler{st: st, f: f, proc: proc, render: render, arch: arch, log: log, opts: opts}
}

// Stats count what one pass did.
type Stats struct {
	Polled, PollErrors, Queued int
	Stored, Unchanged, Failed  int
	Retried                    int
}

func (s *Stats) add(o Stats) {
	s.Polled += o.Polled
	s.PollErrors += o.PollErrors
	s.Queued += o.Queued
	s.Stored += o.Stored
	s.Unchanged += o.Unchanged
	s.Failed += o.Failed
	s.Retried += o.Retried
}

// Poll fetches every due source and queues its new links, Workers
// sources at a time (each host is still asked politely by the fetcher): a
// dead host's retries do not hold up the others. It claims the sources
// it polls (storage's ClaimSources), so that crawlers in other processes
// poll other sources meanwhile.
func (c *Crawler) Poll(ctx context.Context) (Stats, error) {
	var st Stats
	for {
		due, err := c.st.ClaimSources(ctx, c.opts.Now(), c.opts.Lease, 32)
		if err != nil {
			return st, err
		}
		if len(due) == 0 {
			return st, nil
		}
		var mu sync.Mutex
		var storeErr error
		work := make(chan storage.Source)
		var wg sync.WaitGroup
		for range min(c.opts.Workers, len(due)) {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for src := range work {
					n, err := c.pollSource(ctx, src)
					mu.Lock()
					st.Polled++
					st.Queued += n
					if err != nil && ctx.Err() == nil {
						var se sourceError
						if errors.As(err, &se) {
							st.PollErrors++
							c.log.Warn("crawl: source failed", "source", src.URL, "err", err)
						} else if storeErr == nil {
							storeErr = err
						}
					}
					mu.Unlock()
				}
			}()
		}
		for _, src := range due {
			if ctx.Err() != nil {
				break
			}
			work <- src
		}
		close(work)
		wg.Wait()
		if storeErr != nil {
			return st, storeErr
		}
		if err := ctx.Err(); err != nil {
			return st, err
		}
	}
}

// sourceError is a source's own failure (recorded with the source), as
// opposed to the store's.
type sourceError struct{ error }

func (e sourceError) Unwrap() error { return e.error }

// pollSource fetches one source (following a sitemap index one level
// down) and records the result; the error is the source's, already
// recorded.
func (c *Crawler) pollSource(ctx context.Context, src storage.Source) (int, error) {
	res := storage.PollResult{At: c.opts.Now()}
	added, err := c.fetchSource(ctx, src, &res)
	res.NewItems = added
	res.Err = err
	if ctx.Err() != nil {
		return added, ctx.Err() // not the source's fault: nothing recorded
	}
	if rerr := c.st.SourcePolled(ctx, src.ID, res); rerr != nil {
		return added, rerr
	}
	if err != nil {
		return added, sourceError{err}
	}
	return added, nil
}

func (c *Crawler) fetchSource(ctx context.Context, src storage.Source, res *storage.PollResult) (int, error) {
	if src.Kind == string(feeds.KindPage) {
		return c.st.Enqueue(ctx, src.ID, []feeds.Item{{URL: src.URL, Title: src.Title}})
	}
	resp, err := c.f.Fetch(ctx, Request{URL: src.URL, ETag: src.ETag, LastModified: src.LastModified})
	if err != nil {
		return 0, err
	}
	if c.arch != nil && !resp.NotModified {
		if err := c.arch.Archive(Request{URL: src.URL}, resp); err != nil {
			c.log.Error("crawl: archiving", "url", src.URL, "err", err)
		}
	}
	res.ETag, res.LastModified = resp.ETag, resp.LastModified
	if resp.NotModified {
		res.NotModified = true
		return 0, nil
	}
	p, err := feeds.Parse(resp.Body, resp.ContentType, resp.URL)
	if err != nil {
		return 0, fmt.Errorf("reading %s: %w", src.URL, err)
	}
	res.Title = p.Title
	items := p.Items
	// A sitemap index names sitemaps: read the newest few (news sitemaps
	// list the last two days; older ones hold nothing new).
	for i, sm := range p.Sitemaps {
		if i == 5 {
			break
		}
		r, err := c.f.Fetch(ctx, Request{URL: sm})
		if err != nil {
			c.log.Warn("crawl: sitemap", "url", sm, "err", err)
			continue
		}
		if sp, err := feeds.Parse(r.Body, r.ContentType, r.URL); err == nil {
			items = append(items, sp.Items...)
		}
	}
	if len(items) == 0 {
		return 0, nil
	}
	return c.st.Enqueue(ctx, src.ID, items)
}

// Drain fetches and stores queued pages until the queue has nothing
// claimable, or ctx ends.
func (c *Crawler) Drain(ctx context.Context) (Stats, error) {
	var total Stats
	for {
		items, err := c.st.ClaimQueue(ctx, c.opts.Now(), c.opts.Lease, c.opts.Workers*4)
		if err != nil {
			return total, err
		}
		if len(items) == 0 {
			return total, nil
		}
		var mu sync.Mutex
		var wg sync.WaitGroup
		work := make(chan storage.QueueItem)
		var firstErr error
		for range c.opts.Workers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for it := range work {
					s, err := c.page(ctx, it)
					mu.Lock()
					total.add(s)
					if err != nil && firstErr == nil {
						firstErr = err
					}
					mu.Unlock()
				}
			}()
		}
		for _, it := range items {
			if ctx.Err() != nil {
				break
			}
			work <- it
		}
		close(work)
		wg.Wait()
		if firstErr != nil {
			return total, firstErr
		}
		if err := ctx.Err(); err != nil {
			return total, err
		}
	}
}

// page fetches, extracts, analyses and stores one queued page. Its error
// is the store's: a page's own trouble is recorded in the queue.
func (c *Crawler) page(ctx context.Context, it storage.QueueItem) (Stats, error) {
	var st Stats
	if it.Attempts > c.opts.MaxAttempts {
		// Claimed again and again without an outcome: a page that kills
		// its crawler, or a crawler killed each time. Give up on it.
		return c.failed(ctx, it, fmt.Sprintf("gave up after %d attempts without an outcome", it.Attempts-1), false)
	}
	resp, err := c.f.Fetch(ctx, Request{URL: it.URL})
	if err != nil {
		if ctx.Err() != nil {
			return st, nil // the lease expires; another pass takes it
		}
		return c.failed(ctx, it, err.Error(), retryable(err))
	}
	if c.arch != nil {
		if err := c.arch.Archive(Request{URL: it.URL}, resp); err != nil {
			c.log.Error("crawl: archiving", "url", it.URL, "err", err)
		}
	}
	item := ingest.Item{Name: it.URL, URL: resp.URL, ContentType: resp.ContentType, Kind: ingest.KindOfContentType(resp.ContentType), Data: resp.Body}
	results := c.proc.Process(item)
	if len(results) == 1 && c.opts.NeedsJS != nil && item.Kind == "html" {
		text := ""
		if a := results[0].Article; a != nil {
			text = a.Text
		}
		if wall, why := c.opts.NeedsJS(resp.Body, text); wall {
			if c.render == nil {
				return c.failed(ctx, it, "needs JavaScript ("+why+"); no Chromium to render it", false)
			}
			html, err := c.render.Render(ctx, resp.URL)
			if err != nil {
				return c.failed(ctx, it, "needs JavaScript ("+why+"); rendering failed: "+err.Error(), true)
			}
			item.Data = html
			results = c.proc.Process(item)
			if a := results[0].Article; a != nil {
				if still, why := c.opts.NeedsJS(html, a.Text); still {
					return c.failed(ctx, it, "still a wall after rendering ("+why+")", false)
				}
			}
		}
	}
	articles, reason := ingest.Articles(results)
	if len(articles) == 0 {
		return c.failed(ctx, it, reason, false)
	}
	for _, a := range articles {
		if a.Title == "" {
			a.Title = it.Title
		}
		if a.Published.IsZero() {
			a.Published = it.Published
		}
	}
	saved, err := c.st.SaveArticles(ctx, articles)
	if err != nil {
		return st, err
	}
	var id int64
	for _, s := range saved {
		switch s.Outcome {
		case storage.Inserted, storage.Updated:
			st.Stored++
		case storage.Unchanged:
			st.Unchanged++
		}
		if id == 0 && s.ID != 0 {
			id = s.ID
		}
	}
	if id == 0 {
		return c.failed(ctx, it, "rejected by the store: "+saved[0].Err.Error(), false)
	}
	return st, leaseLost(c.log, it, c.st.QueueDone(ctx, it, id))
}

// leaseLost passes on the error of recording a link's outcome, but for a
// lost lease: another crawler claimed the link after this one's lease ran
// out, and its outcome stands (the article, if any, is stored once
// whoever stores it).
func leaseLost(log *slog.Logger, it storage.QueueItem, err error) error {
	if errors.Is(err, storage.ErrLeaseLost) {
		log.Warn("crawl: lease lost: another crawler has the link", "url", it.URL, "attempt", it.Attempts)
		return nil
	}
	return err
}

// failed records a page's failure: retried later with backoff when retry
// is set and attempts remain, failed for good otherwise.
func (c *Crawler) failed(ctx context.Context, it storage.QueueItem, reason string, retry bool) (Stats, error) {
	var st Stats
	var at time.Time
	if retry && it.Attempts < c.opts.MaxAttempts {
		d := c.opts.RetryBase << max(it.Attempts-1, 0)
		d = d/2 + time.Duration(rand.Int64N(int64(d/2)+1))
		at = c.opts.Now().Add(d)
		st.Retried++
	} else {
		st.Failed++
	}
	c.log.Info("crawl: page failed", "url", it.URL, "reason", reason, "retry", !at.IsZero())
	return st, leaseLost(c.log, it, c.st.QueueFailed(ctx, it, reason, at))
}

// Once polls the due sources and drains the queue: one pass of
// marsad crawl.
func (c *Crawler) Once(ctx context.Context) (Stats, error) {
	st, err := c.Poll(ctx)
	if err != nil {
		return st, err
	}
	d, err := c.Drain(ctx)
	st.add(d)
	return st, err
}

// Run crawls until ctx ends: a pass, then a pause of every (at most; the
// next source's due time is not known here), and again. Errors of the
// store are logged and the next pass tries again.
func (c *Crawler) Run(ctx context.Context, every time.Duration) {
	for {
		st, err := c.Once(ctx)
		if err != nil && !errors.Is(err, context.Canceled) {
			c.log.Error("crawl: pass", "err", err)
		}
		if st.Stored > 0 && c.opts.AfterPass != nil && ctx.Err() == nil {
			c.opts.AfterPass(ctx, st)
		}
		if st.Polled+st.Stored+st.Failed > 0 {
			c.log.Info("crawl: pass", "polled", st.Polled, "queued", st.Queued, "stored", st.Stored,
				"unchanged", st.Unchanged, "failed", st.Failed, "retried", st.Retried)
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(every):
		}
	}
}

// ErrPermanent marks, wrapped, a fetch error that trying again will not
// mend: robots.txt forbids the page, it is gone (404, 410), too large, or
// not a page at all. Other errors are retried with backoff.
var ErrPermanent = errors.New("permanent")

func retryable(err error) bool { return !errors.Is(err, ErrPermanent) }
