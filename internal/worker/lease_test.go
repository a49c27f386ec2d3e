package worker_test

import (
	"context"
	"io"
	"log/slog"
	"path/filepath"
	"testing"
	"time"

	"github.com/marsad/marsad/internal/ingest"
	"github.com/marsad/marsad/internal/model"
	"github.com/marsad/marsad/internal/storage"
	"github.com/marsad/marsad/internal/worker"
)

// slowStore is a real store whose article writes take a while, as they do
// under load.
type slowStore struct {
	*storage.Store
	delay time.Duration
}

func (s slowStore) SaveArticles(ctx context.Context, a []*model.Article) ([]storage.SaveResult, error) {
	time.Sleep(s.delay)
	return s.Store.SaveArticles(ctx, a)
}

// queuedStore opens a SQLite store in a temporary directory with docs
// queued in it.
func queuedStore(t *testing.T, docs ...storage.Document) *storage.Store {
	t.Helper()
	st, err := storage.Open(context.Background(), filepath.Join(t.TempDir(), "marsad.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	if _, err := st.EnqueueDocuments(context.Background(), docs); err != nil {
		t.Fatal(err)
	}
	return st
}

// TestWorkerKeepsItsLeases: a worker whose documents take longer than the
// lease keeps them — another claimer gets none while it works — and
// stores each once, on its first attempt.
func TestWorkerKeepsItsLeases(t *testing.T) {
	if testing.Short() {
		t.Skip("takes 8 seconds")
	}
	ctx := context.Background()
	st := queuedStore(t,
		storage.Document{Name: "a.txt", Kind: "text", Data: []byte("العنوان الأول\n\nنص الخبر الأول عن اجتماع في الرياض.")},
		storage.Document{Name: "b.txt", Kind: "text", Data: []byte("العنوان الثاني\n\nنص الخبر الثاني عن زيارة إلى جدة.")})
	// Leases are stored to the second, so a lease of 2 s extended every
	// 667 ms always has more than a second left.
	const lease = 2 * time.Second
	w := worker.New(slowStore{st, 2 * lease}, ingest.NewProcessor(nil), slog.New(slog.NewTextHandler(io.Discard, nil)),
		worker.Options{Concurrency: 1, Lease: lease, ExitIdle: true})
	done := make(chan error, 1)
	go func() { done <- w.Run(ctx) }()
	// Look for claimable documents past the first lease, while the worker
	// is still at the first of them.
	start := time.Now()
	deadline := start.Add(3 * lease)
	for time.Now().Before(deadline) {
		select {
		case err := <-done:
			t.Fatalf("worker ended early: %v", err)
		case <-time.After(lease / 4):
		}
		got, err := st.ClaimDocuments(ctx, time.Now(), time.Hour, 10)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) > 0 {
			t.Fatalf("%s claimable %v after the worker claimed it", got[0].Name, time.Since(start).Round(time.Millisecond))
		}
	}
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if n := w.Counters(); n.Stored != 2 || n.Failed != 0 || n.Retried != 0 {
		t.Errorf("counters = %+v, want 2 stored", n)
	}
	if qs, _ := st.DocumentStats(ctx); qs != (storage.QueueStats{Done: 2}) {
		t.Errorf("queue = %+v, want both done", qs)
	}
}

// TestWorkerLetsHungBatchGo: a batch still in hand after MaxHold holds a
// document that hangs; its leases run out and another worker may claim it.
func TestWorkerLetsHungBatchGo(t *testing.T) {
	if testing.Short() {
		t.Skip("takes 8 seconds")
	}
	ctx := context.Background()
	st := queuedStore(t, storage.Document{Name: "a.txt", Kind: "text", Data: []byte("عنوان\n\nنص خبر عن اجتماع في الرياض.")})
	const lease = 2 * time.Second
	w := worker.New(slowStore{st, 8 * time.Second}, ingest.NewProcessor(nil), slog.New(slog.NewTextHandler(io.Discard, nil)),
		worker.Options{Concurrency: 1, Lease: lease, MaxHold: lease, ExitIdle: true})
	done := make(chan error, 1)
	go func() { done <- w.Run(ctx) }()
	start := time.Now()
	for {
		select {
		case err := <-done:
			t.Fatalf("the batch finished (%v) before its lease ran out", err)
		case <-time.After(250 * time.Millisecond):
		}
		got, err := st.ClaimDocuments(ctx, time.Now(), time.Hour, 10)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) > 0 {
			if el := time.Since(start); el < lease {
				t.Errorf("claimable after %v, within its first lease", el)
			}
			break
		}
	}
	<-done
}
