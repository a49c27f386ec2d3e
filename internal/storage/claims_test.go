package storage

import (
	"sync"
	"testing"
)

// claimAllOnce has workers goroutines call claim until it returns nothing,
// as concurrent workers do, and checks that want distinct items (of what
// kind: "links", …) were claimed, each exactly once.
func claimAllOnce[K comparable](t *testing.T, workers, want int, what string, claim func() ([]K, error)) {
	t.Helper()
	var mu sync.Mutex
	seen := map[K]int{}
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for {
				got, err := claim()
				if err != nil {
					t.Error(err)
					return
				}
				if len(got) == 0 {
					return
				}
				mu.Lock()
				for _, k := range got {
					seen[k]++
				}
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	if len(seen) != want {
		t.Errorf("%d %s claimed, want %d", len(seen), what, want)
	}
	for k, n := range seen {
		if n != 1 {
			t.Errorf("%s %v claimed %d times", what, k, n)
		}
	}
}
