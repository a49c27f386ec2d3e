package ingest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"maps"
	"runtime"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/marsad/marsad/internal/model"
	"github.com/marsad/marsad/internal/storage"
)

// Store is what ingest needs of a store.
type Store interface {
	SaveArticles(ctx context.Context, articles []*model.Article) ([]storage.SaveResult, error)
}

// Options tune an ingest run. The zero value is usable.
type Options struct {
	// Workers is the number of items extracted at once (default GOMAXPROCS).
	Workers int
	// Batch is the most articles written in one transaction (default 64).
	Batch int
	// Progress receives progress: a redrawn line when Terminal is set, else
	// a log line every LogEvery items. Nil prints nothing.
	Progress io.Writer
	Terminal bool
	// LogEvery is the number of items between progress log lines (1000).
	LogEvery int
	// Total is the number of items expected (see Reader.Count); when known
	// the terminal line draws a bar.
	Total int
}

// Failure is one item or article that could not be stored, and why.
type Failure struct {
	Name   string `json:"name"`
	Reason string `json:"reason"`
}

// Summary counts what an ingest run did.
type Summary struct {
	Items     int           `json:"items"`
	Inserted  int           `json:"inserted"`
	Updated   int           `json:"updated"`
	Unchanged int           `json:"unchanged"`
	Failed    []Failure     `json:"failed"`
	Elapsed   time.Duration `json:"elapsed_ns"`
	// IDs of the articles inserted or updated, in the order they were saved.
	IDs []int64 `json:"-"`
}

// Stored is the number of articles written (inserted or updated).
func (s *Summary) Stored() int { return s.Inserted + s.Updated }

// Articles is the number of articles the run dealt with: stored, unchanged
// or failed.
func (s *Summary) Articles() int { return s.Stored() + s.Unchanged + len(s.Failed) }

// ErrInterrupted is returned when the run's context ends before every input
// was read; what was read and extracted by then is stored.
var ErrInterrupted = errors.New("interrupted")

// numbered is one item's results with its place in the input order.
type numbered struct {
	seq int
	res []Result
}

// Run reads inputs with r, makes articles with p and saves them in st.
// Reading, extraction and writing run concurrently: one reader, Workers
// extractors, one writer that batches articles into transactions. The
// writer saves articles in input order whatever the workers' pace, so a run
// gives the same store for any number of workers. A bad item becomes a
// Failure and the run goes on; Run returns an error only when the store
// fails (store: …) or ctx ends (ErrInterrupted), with the summary of what
// was done; on interruption the articles already extracted are still saved.
func Run(ctx context.Context, r *Reader, p *Processor, st Store, inputs []string, opts Options) (*Summary, error) {
	if opts.Workers < 1 {
		opts.Workers = runtime.GOMAXPROCS(0)
	}
	if opts.Batch < 1 {
		opts.Batch = 64
	}
	if opts.LogEvery < 1 {
		opts.LogEvery = 1000
	}
	// work ends the reader and the workers: when ctx ends or the store fails.
	work, stop := context.WithCancel(ctx)
	defer stop()
	start := time.Now()

	type seqItem struct {
		seq int
		it  Item
	}
	items := make(chan seqItem, opts.Workers*2)
	results := make(chan numbered, opts.Workers*2)
	walkErr := make(chan error, 1)
	go func() {
		defer close(items)
		seq := 0
		walkErr <- r.Walk(work, inputs, func(it Item) error {
			select {
			case items <- seqItem{seq, it}:
				seq++
				return nil
			case <-work.Done():
				return work.Err()
			}
		})
	}()
	var wg sync.WaitGroup
	for range opts.Workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				var si seqItem
				var ok bool
				select {
				case si, ok = <-items:
				case <-work.Done():
					return
				}
				if !ok {
					return
				}
				res := p.Process(si.it)
				select {
				case results <- numbered{si.seq, res}:
				case <-work.Done():
					return
				}
			}
		}()
	}
	go func() { wg.Wait(); close(results) }()

	sum := &Summary{Failed: []Failure{}}
	prog := progress{w: opts.Progress, terminal: opts.Terminal, every: opts.LogEvery, start: start, total: opts.Total}
	var batch []*model.Article
	var names []string
	var storeErr error
	flush := func(ctx context.Context) {
		if len(batch) == 0 || storeErr != nil {
			return
		}
		res, err := st.SaveArticles(ctx, batch)
		if err != nil {
			storeErr = fmt.Errorf("store: %w", err)
			stop()
			return
		}
		for i, sr := range res {
			switch sr.Outcome {
			case storage.Inserted:
				sum.Inserted++
				sum.IDs = append(sum.IDs, sr.ID)
			case storage.Updated:
				sum.Updated++
				sum.IDs = append(sum.IDs, sr.ID)
			case storage.Unchanged:
				sum.Unchanged++
			default:
				reason := "not saved"
				if sr.Err != nil {
					reason = oneLine(sr.Err.Error())
				}
				sum.Failed = append(sum.Failed, Failure{Name: names[i], Reason: reason})
			}
		}
		batch, names = batch[:0], names[:0]
	}
	// Results arrive in any order; pending holds them until their turn.
	pending := map[int][]Result{}
	next := 0
	take := func(res []Result) {
		sum.Items++
		for _, r := range res {
			if r.Err != nil {
				sum.Failed = append(sum.Failed, Failure{Name: r.Name, Reason: oneLine(r.Err.Error())})
				continue
			}
			batch = append(batch, r.Article)
			names = append(names, r.Name)
		}
		if len(batch) >= opts.Batch {
			flush(work)
		}
		prog.tick(sum)
	}
	for n := range results {
		pending[n.seq] = n.res
		for res, ok := pending[next]; ok; res, ok = pending[next] {
			delete(pending, next)
			next++
			take(res)
		}
	}
	// After an interruption, items whose predecessors were never extracted
	// wait in pending: keep their work, in order.
	for _, seq := range slices.Sorted(maps.Keys(pending)) {
		take(pending[seq])
	}
	// What was extracted is saved even when the run was interrupted: a
	// Ctrl-C loses the unread inputs, not the work done.
	flush(context.WithoutCancel(ctx))
	sum.Elapsed = time.Since(start)
	prog.done(sum)
	sort.SliceStable(sum.Failed, func(i, j int) bool { return naturalLess(sum.Failed[i].Name, sum.Failed[j].Name) })
	if storeErr != nil {
		return sum, storeErr
	}
	if ctx.Err() != nil {
		return sum, fmt.Errorf("%w after %d items: %v", ErrInterrupted, sum.Items, context.Cause(ctx))
	}
	select {
	case err := <-walkErr:
		return sum, err
	default:
		return sum, nil
	}
}

// naturalLess orders names as people read them: "x#2" before "x#10".
func naturalLess(a, b string) bool {
	for a != "" && b != "" {
		da, db := digitPrefix(a), digitPrefix(b)
		if da > 0 && db > 0 {
			na, _ := strconv.Atoi(a[:da])
			nb, _ := strconv.Atoi(b[:db])
			if na != nb {
				return na < nb
			}
			a, b = a[da:], b[db:]
			continue
		}
		if a[0] != b[0] {
			return a[0] < b[0]
		}
		a, b = a[1:], b[1:]
	}
	return len(a) < len(b)
}

func digitPrefix(s string) int {
	n := 0
	for n < len(s) && n < 9 && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	return n
}

// oneLine keeps the first line of a message, so that every failure is one
// line of the summary.
func oneLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	return s
}

// progress shows how far a run is: a line redrawn in place on a terminal,
// a log line every N items otherwise.
type progress struct {
	w        io.Writer
	terminal bool
	every    int
	start    time.Time
	last     time.Time
	total    int
}

func (p *progress) line(s *Summary) string {
	el := time.Since(p.start).Seconds()
	return fmt.Sprintf("%d items, %d stored, %d unchanged, %d failed (%.1f items/s)",
		s.Items, s.Stored(), s.Unchanged, len(s.Failed), float64(s.Items)/max(el, 1e-9))
}

func (p *progress) tick(s *Summary) {
	if p.w == nil {
		return
	}
	if p.terminal {
		if now := time.Now(); now.Sub(p.last) >= 100*time.Millisecond {
			p.last = now
			fmt.Fprintf(p.w, "\r\033[K%s %s", p.bar(s.Items), p.line(s))
		}
		return
	}
	if s.Items%p.every == 0 {
		fmt.Fprintf(p.w, "ingest: %s\n", p.line(s))
	}
}

func (p *progress) done(s *Summary) {
	if p.w != nil && p.terminal {
		fmt.Fprintf(p.w, "\r\033[K")
	}
}

// bar draws a 30-cell bar when the total is known, a spinner otherwise.
func (p *progress) bar(n int) string {
	if p.total <= 0 {
		return string("⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏"[(n%10)*3 : (n%10)*3+3])
	}
	const width = 30
	done := min(n*width/p.total, width)
	return fmt.Sprintf("[%s%s] %3d%%", strings.Repeat("█", done), strings.Repeat("░", width-done), min(n*100/p.total, 100))
}
