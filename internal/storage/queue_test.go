package storage

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/marsad/marsad/internal/feeds"
)

func items(urls ...string) []feeds.Item {
	var out []feeds.Item
	for _, u := range urls {
		out = append(out, feeds.Item{URL: u, Title: "t " + u})
	}
	return out
}

func TestEnqueue(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	src, _, err := s.AddSource(ctx, Source{URL: "https://q.example/rss"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.SaveArticle(ctx, testArticle("https://q.example/stored", "نص مخزن من قبل.")); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		items []feeds.Item
		want  int
	}{
		{"new links", items("https://q.example/1", "https://q.example/2"), 2},
		{"the same links again", items("https://q.example/1", "https://Q.example/2#comments"), 0},
		{"one link twice in a batch", items("https://q.example/3", "https://q.example/3?utm_source=rss"), 1},
		{"a link already stored as an article", items("https://q.example/stored?utm_medium=feed"), 0},
		{"links that are not http", items("mailto:x@q.example", "/relative", ""), 0},
		{"nothing", nil, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := s.Enqueue(ctx, src, tt.items)
			if err != nil || got != tt.want {
				t.Errorf("Enqueue = %d, %v; want %d", got, err, tt.want)
			}
		})
	}
	if n, err := s.Enqueue(ctx, 0, items("https://q.example/4")); err != nil || n != 1 {
		t.Errorf("Enqueue without a source = %d, %v; want 1", n, err)
	}
	if st, _ := s.QueueStats(ctx); st != (QueueStats{Queued: 4}) {
		t.Errorf("QueueStats = %+v, want 4 queued", st)
	}
	// A done link is not queued again.
	claimed, _ := s.ClaimQueue(ctx, time.Now(), time.Minute, 10)
	for _, it := range claimed {
		s.QueueDone(ctx, it, 0)
	}
	if n, _ := s.Enqueue(ctx, src, items("https://q.example/1")); n != 0 {
		t.Errorf("a fetched link was queued again")
	}
}

func TestQueueLifecycle(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	src, _, _ := s.AddSource(ctx, Source{URL: "https://l.example/rss"})
	if _, err := s.Enqueue(ctx, src, items("https://l.example/a")); err != nil {
		t.Fatal(err)
	}
	time.Sleep(1100 * time.Millisecond) // stored times have a resolution of one second
	pub := time.Date(2025, 2, 3, 4, 5, 6, 0, time.UTC)
	if _, err := s.Enqueue(ctx, src, []feeds.Item{{URL: "https://l.example/b", Title: "B", Published: pub}, {URL: "https://l.example/c"}}); err != nil {
		t.Fatal(err)
	}
	now := time.Now().Add(time.Second)
	urls := func(its []QueueItem) []string {
		var out []string
		for _, it := range its {
			out = append(out, it.URL)
		}
		return out
	}

	got, err := s.ClaimQueue(ctx, now, time.Minute, 2)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"https://l.example/a", "https://l.example/b"}; !slices.Equal(urls(got), want) {
		t.Fatalf("first claim: got %v, want the oldest %v", urls(got), want)
	}
	if b := got[1]; b.Title != "B" || !b.Published.Equal(pub) || b.SourceID != src || b.Attempts != 1 {
		t.Errorf("claimed item = %+v", b)
	}
	if st, _ := s.QueueStats(ctx); st != (QueueStats{Queued: 1, Claimed: 2}) {
		t.Errorf("after a claim: %+v", st)
	}
	a, b := got[0], got[1]
	// Claimed links are not handed out again while their lease runs.
	got, _ = s.ClaimQueue(ctx, now.Add(30*time.Second), time.Minute, 10)
	if !slices.Equal(urls(got), []string{"https://l.example/c"}) {
		t.Fatalf("second claim: got %v, want only c", urls(got))
	}
	c := got[0]
	if err := s.QueueDone(ctx, a, 0); err != nil {
		t.Fatal(err)
	}
	if err := s.QueueFailed(ctx, c, "HTTP 404", time.Time{}); err != nil {
		t.Fatal(err)
	}
	// b's crawler died: its lease runs out and b is claimable again; the
	// first crawler's late outcome is refused, the second's stands.
	got, _ = s.ClaimQueue(ctx, now.Add(61*time.Second), time.Minute, 10)
	if len(got) != 1 || got[0].URL != "https://l.example/b" || got[0].Attempts != 2 {
		t.Fatalf("after the lease: got %+v, want b on its second attempt", got)
	}
	if err := s.QueueFailed(ctx, b, "late", time.Time{}); !errors.Is(err, ErrLeaseLost) {
		t.Errorf("outcome of a lost lease: %v, want ErrLeaseLost", err)
	}
	b = got[0]
	// A failure with a retry: not before the retry time.
	retry := now.Add(10 * time.Minute)
	if err := s.QueueFailed(ctx, b, "HTTP 503", retry); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.ClaimQueue(ctx, retry.Add(-time.Second), time.Minute, 10); len(got) != 0 {
		t.Errorf("claimed %v before its retry time", urls(got))
	}
	got, _ = s.ClaimQueue(ctx, retry, time.Minute, 10)
	if len(got) != 1 || got[0].Attempts != 3 {
		t.Fatalf("at the retry time: got %+v", got)
	}
	art, err := s.SaveArticle(ctx, testArticle("https://l.example/b", "نص المقال ب."))
	if err != nil {
		t.Fatal(err)
	}
	b = got[0]
	b.URL = "https://L.example/b#x" // the same link, as written elsewhere
	if err := s.QueueDone(ctx, b, art.ID); err != nil {
		t.Fatal(err)
	}
	if err := s.QueueDone(ctx, b, art.ID); !errors.Is(err, ErrLeaseLost) {
		t.Errorf("done twice: %v, want ErrLeaseLost", err)
	}
	if st, _ := s.QueueStats(ctx); st != (QueueStats{Done: 2, Failed: 1}) {
		t.Errorf("at the end: %+v", st)
	}
	var reason string
	s.db.QueryRow(`SELECT reason FROM queue WHERE url = 'https://l.example/c'`).Scan(&reason)
	if reason != "HTTP 404" {
		t.Errorf("failure reason = %q, want HTTP 404", reason)
	}
	for _, err := range []error{
		s.QueueDone(ctx, QueueItem{URL: "https://l.example/none", Attempts: 1}, 1),
		s.QueueFailed(ctx, QueueItem{URL: "https://l.example/none", Attempts: 1}, "x", time.Time{}),
	} {
		if !errors.Is(err, ErrNotFound) {
			t.Errorf("finishing a link not queued: %v, want ErrNotFound", err)
		}
	}

	// The source's status counts its links; the stored article counts
	// towards articles per day.
	list, _ := s.Sources(ctx)
	if st := list[0]; st.Done != 2 || st.Failed != 1 || st.Queued != 0 || st.LastArticle.IsZero() || st.ArticlesPerDay != 1.0/7 {
		t.Errorf("source status = %+v", st)
	}
	// Removing the source drops its waiting links and keeps the rest.
	s.Enqueue(ctx, src, items("https://l.example/d"))
	if err := s.RemoveSource(ctx, fmt.Sprint(src)); err != nil {
		t.Fatal(err)
	}
	if st, _ := s.QueueStats(ctx); st != (QueueStats{Done: 2, Failed: 1}) {
		t.Errorf("after removing the source: %+v", st)
	}
}

func TestClaimQueueConcurrent(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	var its []feeds.Item
	for i := range 200 {
		its = append(its, feeds.Item{URL: fmt.Sprintf("https://c.example/%d", i)})
	}
	if n, err := s.Enqueue(ctx, 0, its); err != nil || n != 200 {
		t.Fatalf("Enqueue = %d, %v", n, err)
	}
	now := time.Now().Add(time.Second)
	claimAllOnce(t, 8, 200, "links", func() ([]string, error) {
		got, err := s.ClaimQueue(ctx, now, time.Hour, 7)
		urls := make([]string, len(got))
		for i, it := range got {
			urls[i] = it.URL
		}
		return urls, err
	})
}

// TestQueueSurvivesKill kills (SIGKILL) a process that queues, claims and
// finishes links in a loop, then checks that the store is sound, that
// every batch it reported committed is there, that no batch is there in
// part, and that the links it held are claimable again.
func TestQueueSurvivesKill(t *testing.T) {
	if path := os.Getenv("MARSAD_QUEUE_KILL_DB"); path != "" {
		queueForever(path)
		return
	}
	if testing.Short() {
		t.Skip("starts a process")
	}
	path := filepath.Join(t.TempDir(), "marsad.db")
	cmd := exec.Command(os.Args[0], "-test.run=^TestQueueSurvivesKill$")
	cmd.Env = append(os.Environ(), "MARSAD_QUEUE_KILL_DB="+path)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(stdout)
	committed := 0
	for sc.Scan() {
		if n, err := strconv.Atoi(sc.Text()); err == nil {
			committed = n
		}
		if committed >= 30 {
			break
		}
	}
	cmd.Process.Kill()
	cmd.Wait()
	if committed < 30 {
		t.Fatalf("the child committed %d batches before it ended, want 30", committed)
	}

	s, err := Open(context.Background(), path)
	if err != nil {
		t.Fatalf("Open after kill: %v", err)
	}
	defer s.Close()
	checkIntegrity(t, s)
	st, err := s.QueueStats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	total := st.Queued + st.Claimed + st.Done + st.Failed
	if total < committed*10 || total%10 != 0 {
		t.Errorf("%d links after the kill; want at least %d, in whole batches of 10", total, committed*10)
	}
	// Whatever the child held is claimable once its lease runs out.
	got, err := s.ClaimQueue(context.Background(), time.Now().Add(2*time.Minute), time.Minute, total)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != st.Queued+st.Claimed {
		t.Errorf("claimed %d after the lease, want %d waiting or held", len(got), st.Queued+st.Claimed)
	}
}

// queueForever queues batches of 10 links, claims 5 and marks them done,
// printing the number of each batch once it is committed, until killed.
func queueForever(path string) {
	ctx := context.Background()
	s, err := Open(ctx, path)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	for b := 1; ; b++ {
		var its []feeds.Item
		for i := range 10 {
			its = append(its, feeds.Item{URL: fmt.Sprintf("https://k.example/%d/%d", b, i)})
		}
		if _, err := s.Enqueue(ctx, 0, its); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		fmt.Println(b)
		got, err := s.ClaimQueue(ctx, time.Now().Add(time.Second), time.Minute, 5)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		for _, it := range got {
			s.QueueDone(ctx, it, 0)
		}
	}
}
