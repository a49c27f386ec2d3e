package stories

import (
	"context"
	"fmt"
	"time"
)

// Store is what Update and Rebuild need of a store (internal/storage
// implements it). Times are those of Doc.Time.
type Store interface {
	// UnclusteredSpan returns the earliest and latest times of the
	// articles that are in no story or changed since they were clustered,
	// and how many there are.
	UnclusteredSpan(ctx context.Context) (from, to time.Time, n int, err error)
	// EntityStats returns the document frequencies of entities.
	EntityStats(ctx context.Context) (*Stats, error)
	// StoryDocs calls fn with every article whose time is in [from, to]
	// (zero bounds are open) and every other article of the stories those
	// are in.
	StoryDocs(ctx context.Context, from, to time.Time, fn func(Doc) error) error
	// SaveStories replaces the stories of the given articles.
	SaveStories(ctx context.Context, stories []Story) error
}

// Result says what Update or Rebuild did.
type Result struct {
	// New is the number of articles that were in no story (or changed).
	New int `json:"new"`
	// Articles is the number of articles clustered, New and those around
	// them in time; Stories the number of stories they form, and Grouped
	// the number of those with more than one article.
	Articles int `json:"articles"`
	Stories  int `json:"stories"`
	Grouped  int `json:"grouped"`
	// From and To are the span of time around the new articles.
	From    time.Time     `json:"from,omitzero"`
	To      time.Time     `json:"to,omitzero"`
	Elapsed time.Duration `json:"elapsed_ns"`
}

// Update clusters the articles that are in no story yet, or changed since
// they were clustered, together with every article within opts.Window of
// them and the other articles of the stories those are in, and saves the
// result; the other stories stay as they are. Articles are compared only
// within the window, so the new articles get the stories that clustering
// the whole store would give them, but for what lies beyond the edge of the
// span (Rebuild gives those exactly). With nothing new Update does
// nothing.
func Update(ctx context.Context, st Store, opts Options) (Result, error) {
	start := time.Now()
	opts = opts.withDefaults()
	from, to, n, err := st.UnclusteredSpan(ctx)
	if err != nil || n == 0 {
		return Result{}, err
	}
	from, to = from.Add(-opts.Window), to.Add(opts.Window)
	r, err := cluster(ctx, st, from, to, opts)
	r.New, r.From, r.To = n, from, to
	r.Elapsed = time.Since(start)
	return r, err
}

// Rebuild clusters every stored article again and saves the result: after
// a change of options, or of the clustering itself.
func Rebuild(ctx context.Context, st Store, opts Options) (Result, error) {
	start := time.Now()
	_, _, n, err := st.UnclusteredSpan(ctx)
	if err != nil {
		return Result{}, err
	}
	r, err := cluster(ctx, st, time.Time{}, time.Time{}, opts.withDefaults())
	r.New = n
	r.Elapsed = time.Since(start)
	return r, err
}

func cluster(ctx context.Context, st Store, from, to time.Time, opts Options) (Result, error) {
	if opts.Stats == nil {
		stats, err := st.EntityStats(ctx)
		if err != nil {
			return Result{}, err
		}
		opts.Stats = stats
	}
	c := New(opts)
	err := st.StoryDocs(ctx, from, to, func(d Doc) error {
		c.Add(d)
		return ctx.Err()
	})
	if err != nil {
		return Result{}, fmt.Errorf("stories: %w", err)
	}
	ss := c.Stories()
	r := Result{Articles: c.Len(), Stories: len(ss)}
	for _, s := range ss {
		if len(s.Members) > 1 {
			r.Grouped++
		}
	}
	if err := st.SaveStories(ctx, ss); err != nil {
		return r, err
	}
	return r, nil
}
