package amounts

import (
	"sync"
	"testing"
)

// BenchmarkFind measures the amount finder alone on the bundled report,
// after tokenisation and sentence splitting, in tokens per second.
func BenchmarkFind(b *testing.B) {
	d := analyse(b, readSample(b))
	f := NewFinder()
	b.SetBytes(int64(len(d.Text)))
	b.ReportAllocs()
	tokens := 0
	for b.Loop() {
		_ = f.Find(d)
		tokens += len(d.Tokens)
	}
	b.ReportMetric(float64(tokens)/b.Elapsed().Seconds(), "tokens/s")
}

// TestConcurrent runs one Finder from several goroutines (run with -race).
func TestConcurrent(t *testing.T) {
	d := analyse(t, readSample(t))
	f := NewFinder()
	want := len(f.Find(d))
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if n := len(f.Find(d)); n != want {
				t.Errorf("got %d amounts, want %d", n, want)
			}
		}()
	}
	wg.Wait()
}
