package storage

import (
	"context"
	"fmt"
	"sync"
	"testing"

	"github.com/marsad/marsad/internal/model"
)

// TestConcurrentSavesStoreOnce has many writers save overlapping articles
// at once, as workers on several machines do: every article must be stored
// once, with no error, whatever the backend (PostgreSQL runs the
// transactions concurrently and retries the loser of a race).
func TestConcurrentSavesStoreOnce(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	s.batchSize = 7
	const articles, writers = 60, 6
	var wg sync.WaitGroup
	errs := make(chan error, writers)
	for w := range writers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var as []*model.Article
			for i := range articles {
				k := (i + w*11) % articles // each writer in its own order
				as = append(as, &model.Article{
					URL:   fmt.Sprintf("https://c.example/%d", k),
					Title: fmt.Sprintf("عنوان %d", k),
					Text:  fmt.Sprintf("نص المقال رقم %d عن روسيا وأذربيجان", k),
				})
			}
			if _, err := s.SaveArticles(ctx, as); err != nil {
				errs <- err
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if a, f := countRows(t, s); a != articles || f != articles {
		t.Errorf("rows: articles %d, index %d; want %d each", a, f, articles)
	}
	checkIntegrity(t, s)
}
