package storage

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"
)

func TestDocumentQueue(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	docs := []Document{
		{Name: "a.json#1", Kind: "json", Data: []byte(`{"text":"أ"}`)},
		{Name: "b.html", URL: "https://d.example/b", Kind: "html", Data: []byte("<p>ب</p>")},
		{Name: "c.txt", Kind: "text", Data: []byte("ج")},
	}
	if n, err := s.EnqueueDocuments(ctx, docs); err != nil || n != 3 {
		t.Fatalf("EnqueueDocuments = %d, %v; want 3", n, err)
	}
	// The same bytes again add nothing; the same bytes at another address
	// are another document.
	again := []Document{docs[0], {Name: "b2.html", URL: "https://d.example/b2", Data: docs[1].Data}}
	if n, err := s.EnqueueDocuments(ctx, again); err != nil || n != 1 {
		t.Errorf("EnqueueDocuments again = %d, %v; want 1", n, err)
	}
	now := time.Now().Add(time.Second)
	got, err := s.ClaimDocuments(ctx, now, time.Minute, 2)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0].Name != "a.json#1" || string(got[0].Data) != `{"text":"أ"}` || got[1].URL != "https://d.example/b" ||
		got[1].Kind != "html" || got[0].Attempts != 1 {
		t.Fatalf("first claim = %+v", got)
	}
	if st, _ := s.DocumentStats(ctx); st != (QueueStats{Queued: 2, Claimed: 2}) {
		t.Errorf("after a claim: %+v", st)
	}
	a, b := got[0], got[1]
	if err := s.DocumentDone(ctx, a, 0); err != nil {
		t.Fatal(err)
	}
	// b's worker died: its lease runs out, another worker claims it, and
	// the first worker's late outcome is refused.
	got, _ = s.ClaimDocuments(ctx, now.Add(61*time.Second), time.Minute, 10)
	if len(got) != 3 || got[2].ID != b.ID || got[2].Attempts != 2 {
		t.Fatalf("after the lease: %+v, want c, b2 and b on its second attempt", got)
	}
	if err := s.DocumentFailed(ctx, b, "late", time.Time{}); !errors.Is(err, ErrLeaseLost) {
		t.Errorf("outcome of a lost lease: %v, want ErrLeaseLost", err)
	}
	c, d, b2 := got[0], got[1], got[2]
	if err := s.DocumentDone(ctx, b2, 0); err != nil {
		t.Fatal(err)
	}
	if err := s.DocumentDone(ctx, b2, 0); !errors.Is(err, ErrLeaseLost) {
		t.Errorf("done twice: %v, want ErrLeaseLost", err)
	}
	// A retry is not claimable before its time; a dead letter keeps its
	// reason.
	retry := now.Add(10 * time.Minute)
	if err := s.DocumentFailed(ctx, c, "database busy", retry); err != nil {
		t.Fatal(err)
	}
	if err := s.DocumentFailed(ctx, d, " no article ", time.Time{}); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.ClaimDocuments(ctx, retry.Add(-time.Second), time.Minute, 10); len(got) != 0 {
		t.Errorf("claimed %d before the retry time", len(got))
	}
	if got, _ := s.ClaimDocuments(ctx, retry, time.Minute, 10); len(got) != 1 || got[0].ID != c.ID || got[0].Attempts != 2 {
		t.Errorf("at the retry time: %+v", got)
	}
	if st, _ := s.DocumentStats(ctx); st != (QueueStats{Claimed: 1, Done: 2, Failed: 1}) {
		t.Errorf("at the end: %+v", st)
	}
	fails, err := s.FailedDocuments(ctx, 10)
	if err != nil || len(fails) != 1 || fails[0].ID != d.ID || fails[0].Reason != "no article" {
		t.Errorf("FailedDocuments = %+v, %v", fails, err)
	}
	var size int
	s.db.QueryRow(`SELECT length(data) FROM documents WHERE id = ?`, a.ID).Scan(&size)
	if size != 0 {
		t.Errorf("a done document keeps %d bytes", size)
	}
}

func TestClaimDocumentsConcurrent(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	var docs []Document
	for i := range 200 {
		docs = append(docs, Document{Name: fmt.Sprint(i), Data: fmt.Appendf(nil, "نص %d", i)})
	}
	if n, err := s.EnqueueDocuments(ctx, docs); err != nil || n != 200 {
		t.Fatalf("EnqueueDocuments = %d, %v", n, err)
	}
	now := time.Now().Add(time.Second)
	claimAllOnce(t, 8, 200, "documents", func() ([]int64, error) {
		got, err := s.ClaimDocuments(ctx, now, time.Hour, 7)
		ids := make([]int64, len(got))
		for i, d := range got {
			ids[i] = d.ID
		}
		return ids, err
	})
}

func TestLease(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	t0 := time.Date(2025, 1, 1, 12, 0, 0, 0, time.UTC)
	steps := []struct {
		name, holder string
		at           time.Duration
		want         bool
	}{
		{"free", "a", 0, true},
		{"held by another", "b", 30 * time.Second, false},
		{"renewed by its holder", "a", 50 * time.Second, true},
		{"still held after the first term", "b", 70 * time.Second, false},
		{"run out", "b", 111 * time.Second, true},
	}
	for _, st := range steps {
		got, err := s.TryLease(ctx, "stories", st.holder, t0.Add(st.at), time.Minute)
		if err != nil || got != st.want {
			t.Errorf("%s: TryLease = %v, %v; want %v", st.name, got, err, st.want)
		}
	}
	if err := s.ReleaseLease(ctx, "stories", "a"); err != nil {
		t.Fatal(err)
	}
	if ok, _ := s.TryLease(ctx, "stories", "a", t0.Add(112*time.Second), time.Minute); ok {
		t.Error("a release by another holder freed the lease")
	}
	s.ReleaseLease(ctx, "stories", "b")
	if ok, _ := s.TryLease(ctx, "stories", "a", t0.Add(113*time.Second), time.Minute); !ok {
		t.Error("a released lease could not be taken")
	}
}

func TestExtendDocuments(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	if _, err := s.EnqueueDocuments(ctx, []Document{{Name: "a", Data: []byte("أ")}, {Name: "b", Data: []byte("ب")}}); err != nil {
		t.Fatal(err)
	}
	now := time.Now().Add(time.Second)
	got, err := s.ClaimDocuments(ctx, now, time.Minute, 2)
	if err != nil || len(got) != 2 {
		t.Fatalf("claim = %v, %v", got, err)
	}
	a, b := got[0], got[1]
	if n, err := s.ExtendDocuments(ctx, []Document{a}, now.Add(10*time.Minute)); err != nil || n != 1 {
		t.Fatalf("ExtendDocuments = %d, %v; want 1", n, err)
	}
	// After the first lease only b, not extended, is claimable again.
	got, _ = s.ClaimDocuments(ctx, now.Add(2*time.Minute), time.Minute, 10)
	if len(got) != 1 || got[0].ID != b.ID || got[0].Attempts != 2 {
		t.Fatalf("after the first lease: %+v, want b alone on its second attempt", got)
	}
	// The first claim of b can no longer extend it; a finished document
	// is not extended either.
	if n, err := s.ExtendDocuments(ctx, []Document{b}, now.Add(time.Hour)); err != nil || n != 0 {
		t.Errorf("extending a lost claim = %d, %v; want 0", n, err)
	}
	if err := s.DocumentDone(ctx, a, 0); err != nil {
		t.Fatal(err)
	}
	if n, err := s.ExtendDocuments(ctx, []Document{a}, now.Add(time.Hour)); err != nil || n != 0 {
		t.Errorf("extending a finished document = %d, %v; want 0", n, err)
	}
	if _, err := s.ExtendDocuments(ctx, []Document{got[0]}, time.Time{}); err == nil {
		t.Error("a zero lease end was accepted")
	}
	if st, _ := s.DocumentStats(ctx); st != (QueueStats{Claimed: 1, Done: 1}) {
		t.Errorf("stats = %+v, want one claimed, one done", st)
	}
}
