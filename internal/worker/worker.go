// Package worker is marsad's stateless worker: a loop that claims work
// from the store's queues — due sources to poll, queued links to fetch
// (through a crawl.Crawler), documents already in hand to analyse — does
// it and records the outcome, until it is stopped. Any number of workers,
// in any number of processes on any number of machines, share one store:
// every claim is exclusive and leased, so a worker killed at any moment
// loses nothing (what it held is claimed again when the lease runs out,
// up to a limit of attempts), and every write is idempotent (an article
// is stored once per text and per address), so work done twice is stored
// once.
package worker

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"sync"
	"sync/atomic"
	"time"

	"github.com/marsad/marsad/internal/crawl"
	"github.com/marsad/marsad/internal/ingest"
	"github.com/marsad/marsad/internal/model"
	"github.com/marsad/marsad/internal/storage"
)

// Store is what a worker needs of the store for documents.
type Store interface {
	ClaimDocuments(ctx context.Context, now time.Time, lease time.Duration, limit int) ([]storage.Document, error)
	ExtendDocuments(ctx context.Context, docs []storage.Document, until time.Time) (int, error)
	DocumentDone(ctx context.Context, d storage.Document, articleID int64) error
	DocumentFailed(ctx context.Context, d storage.Document, reason string, retryAt time.Time) error
	SaveArticles(ctx context.Context, articles []*model.Article) ([]storage.SaveResult, error)
}

// Options tune a worker. The zero value is usable.
type Options struct {
	// Concurrency is how many documents are processed at once (4).
	Concurrency int
	// Lease is how long a claimed document is the worker's before
	// another may claim it (5 minutes). A worker extends the leases of
	// the batch in hand every third of it, for at most MaxHold, so only a
	// worker that stopped (killed, cut off from the store) or a document
	// that hangs its processing loses its claim.
	Lease time.Duration
	// MaxHold is how long a worker keeps extending a batch's leases (six
	// leases): a batch still in hand after that holds a document that
	// hangs, and its leases run out.
	MaxHold time.Duration
	// MaxAttempts is how many claims a document gets before it is failed
	// for good (4).
	MaxAttempts int
	// RetryBase is the first retry's delay after a failure of the store,
	// doubled at each attempt, with jitter (10 seconds).
	RetryBase time.Duration
	// Idle is the pause between two looks at empty queues (5 seconds).
	Idle time.Duration
	// ExitIdle ends Run once a pass finds no work.
	ExitIdle bool
	// Crawler, when set, polls the due sources and fetches the queued
	// links at each pass; nil leaves them to others.
	Crawler *crawl.Crawler
	// AfterStore, when set, runs after each pass that stored articles (to
	// update stories, say); it is not run once the worker is stopping.
	AfterStore func(ctx context.Context) error
	// Now is the clock (time.Now).
	Now func() time.Time
}

// Counters count what a worker did since it started: its throughput, for
// logs and metrics.
type Counters struct {
	// Documents and Pages count the documents and fetched pages that
	// reached an outcome; Polled the sources polled.
	Documents, Pages, Polled int64
	// Stored articles were new or changed; Unchanged ones were already
	// stored; Failed items were given up on; Retried ones wait for
	// another attempt.
	Stored, Unchanged, Failed, Retried int64
}

// Worker claims and does work. Build it with New.
type Worker struct {
	st   Store
	proc *ingest.Processor
	log  *slog.Logger
	opts Options

	documents, pages, polled           atomic.Int64
	stored, unchanged, failed, retried atomic.Int64
}

// New returns a worker that processes documents with proc.
func New(st Store, proc *ingest.Processor, log *slog.Logger, opts Options) *Worker {
	if opts.Concurrency <= 0 {
		opts.Concurrency = 4
	}
	if opts.Lease <= 0 {
		opts.Lease = 5 * time.Minute
	}
	if opts.MaxHold <= 0 {
		opts.MaxHold = 6 * opts.Lease
	}
	if opts.MaxAttempts <= 0 {
		opts.MaxAttempts = 4
	}
	if opts.RetryBase <= 0 {
		opts.RetryBase = 10 * time.Second
	}
	if opts.Idle <= 0 {
		opts.Idle = 5 * time.Second
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	return &Worker{st: st, proc: proc, log: log, opts: opts}
}

// Counters returns what the worker did so far. It is safe to call while
// the worker runs.
func (w *Worker) Counters() Counters {
	return Counters{
		Documents: w.documents.Load(), Pages: w.pages.Load(), Polled: w.polled.Load(),
		Stored: w.stored.Load(), Unchanged: w.unchanged.Load(), Failed: w.failed.Load(), Retried: w.retried.Load(),
	}
}

// Run works until ctx ends (or, with ExitIdle, until a pass finds no
// work): each pass polls the due sources and fetches the queued links
// (with a Crawler), then processes the queued documents, then runs
// AfterStore if it stored articles. When ctx ends, the documents in hand
// are finished and recorded before Run returns; pages being fetched are
// abandoned to their lease. Errors of the store are logged and the next
// pass tries again.
func (w *Worker) Run(ctx context.Context) error {
	for {
		start := time.Now()
		before := w.Counters()
		if c := w.opts.Crawler; c != nil && ctx.Err() == nil {
			st, err := c.Once(ctx)
			w.polled.Add(int64(st.Polled))
			w.pages.Add(int64(st.Stored + st.Unchanged + st.Failed))
			w.stored.Add(int64(st.Stored))
			w.unchanged.Add(int64(st.Unchanged))
			w.failed.Add(int64(st.Failed))
			w.retried.Add(int64(st.Retried))
			if err != nil && ctx.Err() == nil {
				w.log.Error("worker: crawl", "err", err)
			}
		}
		if err := w.drainDocuments(ctx); err != nil && ctx.Err() == nil {
			w.log.Error("worker: documents", "err", err)
		}
		after := w.Counters()
		did := after.Documents + after.Pages + after.Polled - before.Documents - before.Pages - before.Polled
		if did > 0 {
			secs := max(time.Since(start).Seconds(), 1e-9)
			w.log.Info("worker: pass", "documents", after.Documents-before.Documents, "pages", after.Pages-before.Pages,
				"polled", after.Polled-before.Polled, "stored", after.Stored-before.Stored, "unchanged", after.Unchanged-before.Unchanged,
				"failed", after.Failed-before.Failed, "retried", after.Retried-before.Retried,
				"per_second", fmt.Sprintf("%.1f", float64(after.Documents+after.Pages-before.Documents-before.Pages)/secs),
				"elapsed", time.Since(start).Round(time.Millisecond).String())
		}
		if after.Stored > before.Stored && w.opts.AfterStore != nil && ctx.Err() == nil {
			if err := w.opts.AfterStore(ctx); err != nil && ctx.Err() == nil {
				w.log.Error("worker: after storing", "err", err)
			}
		}
		if ctx.Err() != nil {
			return nil
		}
		if did == 0 {
			if w.opts.ExitIdle {
				return nil
			}
			select {
			case <-ctx.Done():
				return nil
			case <-time.After(w.opts.Idle):
			}
		}
	}
}

// drainDocuments claims and processes documents until none is claimable or
// ctx ends. A claimed batch is finished even when ctx ends meanwhile: its
// documents are small, and recording them spares another worker the wait
// for their lease.
func (w *Worker) drainDocuments(ctx context.Context) error {
	work := context.WithoutCancel(ctx)
	for ctx.Err() == nil {
		docs, err := w.st.ClaimDocuments(ctx, w.opts.Now(), w.opts.Lease, w.opts.Concurrency*2)
		if err != nil {
			return err
		}
		if len(docs) == 0 {
			return nil
		}
		w.log.Debug("worker: claimed", "documents", len(docs))
		stopLeases := w.keepLeases(work, docs)
		ch := make(chan storage.Document)
		var wg sync.WaitGroup
		var mu sync.Mutex
		var firstErr error
		for range min(w.opts.Concurrency, len(docs)) {
			wg.Go(func() {
				for d := range ch {
					if err := w.document(work, d); err != nil {
						mu.Lock()
						firstErr = cmpErr(firstErr, err)
						mu.Unlock()
					}
				}
			})
		}
		for _, d := range docs {
			ch <- d
		}
		close(ch)
		wg.Wait()
		stopLeases()
		w.log.Debug("worker: batch done", "documents", len(docs))
		if firstErr != nil {
			return firstErr
		}
	}
	return nil
}

// keepLeases extends the leases of docs every third of the lease until
// the returned function is called (which waits for the extender to end).
// A failed extension is logged and tried again at the next tick; the
// outcome of a document whose lease ran out meanwhile is refused by the
// store (ErrLeaseLost), so nothing is stored twice either way.
func (w *Worker) keepLeases(ctx context.Context, docs []storage.Document) (stop func()) {
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		tick := time.NewTicker(max(w.opts.Lease/3, 10*time.Millisecond))
		defer tick.Stop()
		until := w.opts.Now().Add(w.opts.MaxHold)
		for {
			select {
			case <-done:
				return
			case <-tick.C:
				if w.opts.Now().After(until) {
					// A batch this slow has a document that hangs: its
					// lease runs out, and after MaxAttempts claims it
					// is given up on.
					w.log.Warn("worker: batch held too long; its leases run out", "documents", len(docs))
					<-done
					return
				}
				n, err := w.st.ExtendDocuments(ctx, docs, w.opts.Now().Add(w.opts.Lease))
				if err != nil {
					w.log.Warn("worker: extending leases", "err", err)
					continue
				}
				w.log.Debug("worker: leases extended", "documents", n)
			}
		}
	})
	return func() {
		close(done)
		wg.Wait()
	}
}

func cmpErr(first, err error) error {
	if first != nil {
		return first
	}
	return err
}

// document analyses and stores one claimed document and records the
// outcome. Its error is the store's; a document's own trouble is recorded
// in the queue.
func (w *Worker) document(ctx context.Context, d storage.Document) error {
	if d.Attempts > w.opts.MaxAttempts {
		// Claimed again and again without an outcome: a document that
		// kills its worker, or workers killed each time.
		return w.fail(ctx, d, fmt.Sprintf("gave up after %d attempts without an outcome", d.Attempts-1), false)
	}
	results := w.proc.Process(ingest.Item{Name: d.Name, URL: d.URL, Kind: d.Kind, Data: d.Data})
	articles, reason := ingest.Articles(results)
	if len(articles) == 0 {
		return w.fail(ctx, d, reason, false)
	}
	saved, err := w.st.SaveArticles(ctx, articles)
	if err != nil {
		// The store's trouble, not the document's: try again later.
		w.log.Warn("worker: storing a document", "document", d.Name, "err", err)
		return w.fail(ctx, d, "storing: "+err.Error(), true)
	}
	var id int64
	for _, s := range saved {
		switch s.Outcome {
		case storage.Inserted, storage.Updated:
			w.stored.Add(1)
		case storage.Unchanged:
			w.unchanged.Add(1)
		}
		if id == 0 && s.ID != 0 {
			id = s.ID
		}
	}
	if id == 0 {
		return w.fail(ctx, d, "rejected by the store: "+saved[0].Err.Error(), false)
	}
	w.documents.Add(1)
	return w.record(d, w.st.DocumentDone(ctx, d, id))
}

// fail records a document's failure: retried later with backoff when retry
// is set and attempts remain, failed for good (a dead letter) otherwise.
func (w *Worker) fail(ctx context.Context, d storage.Document, reason string, retry bool) error {
	var at time.Time
	if retry && d.Attempts < w.opts.MaxAttempts {
		wait := w.opts.RetryBase << max(d.Attempts-1, 0)
		wait = wait/2 + time.Duration(rand.Int64N(int64(wait/2)+1))
		at = w.opts.Now().Add(wait)
		w.retried.Add(1)
	} else {
		w.documents.Add(1)
		w.failed.Add(1)
	}
	w.log.Info("worker: document failed", "document", d.Name, "attempt", d.Attempts, "reason", reason, "retry", !at.IsZero())
	return w.record(d, w.st.DocumentFailed(ctx, d, reason, at))
}

// record passes on the error of recording d's outcome, but for a lost
// lease: another worker claimed d after this one's lease ran out, and its
// outcome stands (the article, if any, is stored once whoever stores it).
func (w *Worker) record(d storage.Document, err error) error {
	if errors.Is(err, storage.ErrLeaseLost) {
		w.log.Warn("worker: lease lost: another worker has the document", "document", d.Name, "attempt", d.Attempts)
		return nil
	}
	return err
}
