package ingest

import (
	"context"
	"fmt"
	"io"
	"runtime"
	"sort"
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

// Run reads inputs with r, makes articles with p and saves them in st.
// Reading, extraction and writing run concurrently: one reader, Workers
// extractors, one writer that batches articles into transactions. A bad
// item becomes a Failure and the run goes on; Run returns an error only when
// the store fails or ctx is done, with the summary of what was done so far.
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
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	start := time.Now()

	items := make(chan Item, opts.Workers*2)
	results := make(chan []Result, opts.Workers*2)
	var walkErr error
	go func() {
		defer close(items)
		walkErr = r.Walk(ctx, inputs, func(it Item) error {
			select {
			case items <- it:
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		})
	}()
	var wg sync.WaitGroup
	for range opts.Workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for it := range items {
				res := p.Process(it)
				it.Data = nil
				select {
				case results <- res:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() { wg.Wait(); close(results) }()

	sum := &Summary{}
	prog := progress{w: opts.Progress, terminal: opts.Terminal, every: opts.LogEvery, start: start, total: opts.Total}
	var batch []*model.Article
	var names []string
	var storeErr error
	flush := func() {
		if len(batch) == 0 || storeErr != nil {
			return
		}
		res, err := st.SaveArticles(ctx, batch)
		if err != nil {
			storeErr = fmt.Errorf("store: %w", err)
			cancel()
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
	for res := range results {
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
			flush()
		}
		prog.tick(sum)
	}
	flush()
	sum.Elapsed = time.Since(start)
	prog.done(sum)
	sort.SliceStable(sum.Failed, func(i, j int) bool { return sum.Failed[i].Name < sum.Failed[j].Name })
	if storeErr != nil {
		return sum, storeErr
	}
	if walkErr != nil {
		return sum, walkErr
	}
	return sum, ctx.Err()
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
