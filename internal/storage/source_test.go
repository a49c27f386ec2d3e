package storage

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"
)

func TestAddRemoveSources(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	id1, added, err := s.AddSource(ctx, Source{URL: "HTTPS://Feeds.Example.com/arabic/rss.xml?utm_source=x#top", Title: " BBC  عربي "})
	if err != nil || !added || id1 == 0 {
		t.Fatalf("AddSource = %d, %v, %v; want a new id", id1, added, err)
	}
	// The same address in another spelling is the same source.
	id, added, err := s.AddSource(ctx, Source{URL: "https://feeds.example.com:443/arabic/rss.xml", Kind: "sitemap"})
	if err != nil || added || id != id1 {
		t.Errorf("AddSource again = %d, %v, %v; want %d, false, nil", id, added, err, id1)
	}
	id2, _, err := s.AddSource(ctx, Source{URL: "https://s.example/news-sitemap.xml", Kind: "sitemap", Builtin: true})
	if err != nil {
		t.Fatal(err)
	}
	if id2 != id1+1 {
		t.Errorf("second source id %d, want %d: adding a known source must not use up an id", id2, id1+1)
	}
	for _, bad := range []Source{{URL: "feeds.example.com/rss"}, {URL: "ftp://x.example/rss"}, {URL: "https://x.example/", Kind: "podcast"}} {
		if _, _, err := s.AddSource(ctx, bad); err == nil {
			t.Errorf("AddSource(%+v) succeeded, want an error", bad)
		}
	}

	list, err := s.Sources(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 2 {
		t.Fatalf("got %d sources, want 2", len(list))
	}
	got := list[0].Source
	if got.ID != id1 || got.URL != "https://feeds.example.com/arabic/rss.xml" || got.Kind != "feed" || got.Title != "BBC عربي" ||
		!got.Enabled || got.Builtin || got.Interval != DefaultInterval || got.NextPoll.IsZero() || got.Added.IsZero() {
		t.Errorf("first source = %+v", got)
	}
	if b := list[1].Source; b.ID != id2 || b.Kind != "sitemap" || !b.Builtin {
		t.Errorf("second source = %+v, want the builtin sitemap", b)
	}

	if err := s.RemoveSource(ctx, "https://feeds.example.com/arabic/rss.xml#x"); err != nil {
		t.Errorf("RemoveSource by URL: %v", err)
	}
	if err := s.RemoveSource(ctx, fmt.Sprint(id2)); err != nil {
		t.Errorf("RemoveSource by id: %v", err)
	}
	for _, gone := range []string{fmt.Sprint(id1), "https://s.example/news-sitemap.xml", "not a source"} {
		if err := s.RemoveSource(ctx, gone); err == nil || (gone != "not a source" && !errors.Is(err, ErrNotFound)) {
			t.Errorf("RemoveSource(%q) = %v, want ErrNotFound", gone, err)
		}
	}
	if list, _ := s.Sources(ctx); len(list) != 0 {
		t.Errorf("%d sources left after removing both", len(list))
	}
	// A removed source can be added again, with a new id.
	id3, added, err := s.AddSource(ctx, Source{URL: "https://feeds.example.com/arabic/rss.xml"})
	if err != nil || !added || id3 == id1 {
		t.Errorf("AddSource after removal = %d, %v, %v", id3, added, err)
	}
}

func TestDueSources(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	t0 := time.Date(2025, 1, 1, 12, 0, 0, 0, time.UTC)
	ids := map[string]int64{}
	for _, c := range []struct {
		url  string
		next time.Time
	}{
		{"https://a.example/rss", t0.Add(-time.Minute)},
		{"https://b.example/rss", t0.Add(-time.Hour)},
		{"https://c.example/rss", t0.Add(time.Minute)},
		{"https://d.example/rss", t0.Add(-2 * time.Hour)},
	} {
		id, _, err := s.AddSource(ctx, Source{URL: c.url, NextPoll: c.next, Added: t0.Add(-3 * time.Hour)})
		if err != nil {
			t.Fatal(err)
		}
		ids[c.url] = id
	}
	if err := s.SetSourceEnabled(ctx, ids["https://d.example/rss"], false); err != nil {
		t.Fatal(err)
	}
	if err := s.SetSourceEnabled(ctx, 999, true); !errors.Is(err, ErrNotFound) {
		t.Errorf("SetSourceEnabled(999) = %v, want ErrNotFound", err)
	}
	tests := []struct {
		limit int
		want  []string
	}{
		{10, []string{"https://b.example/rss", "https://a.example/rss"}},
		{1, []string{"https://b.example/rss"}},
		{0, nil},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprint("limit ", tt.limit), func(t *testing.T) {
			due, err := s.DueSources(ctx, t0, tt.limit)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, d := range due {
				got = append(got, d.URL)
			}
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

func TestSourcePolled(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	t0 := time.Date(2025, 1, 1, 12, 0, 0, 0, time.UTC)
	id, _, err := s.AddSource(ctx, Source{URL: "https://p.example/rss", Added: t0})
	if err != nil {
		t.Fatal(err)
	}
	fail := errors.New("HTTP 503")
	// Each step polls at the previous NextPoll and checks the interval
	// and the wait before the next poll.
	steps := []struct {
		name     string
		r        PollResult
		interval time.Duration // after the poll
		wait     time.Duration // NextPoll - At
	}{
		{"first poll: nothing to measure by", PollResult{NewItems: 20, ETag: `"v1"`, Title: "Feed"}, 30 * time.Minute, 30 * time.Minute},
		{"2 items in 30 min: halfway to 30 min", PollResult{NewItems: 2, ETag: `"v2"`}, 30 * time.Minute, 30 * time.Minute},
		{"6 items in 30 min: halfway to 10 min", PollResult{NewItems: 6}, 20 * time.Minute, 20 * time.Minute},
		{"60 items in 20 min: halfway to 40 s", PollResult{NewItems: 60}, 10*time.Minute + 20*time.Second, 10*time.Minute + 20*time.Second},
		{"not modified: longer by half", PollResult{NotModified: true}, 15*time.Minute + 30*time.Second, 15*time.Minute + 30*time.Second},
		{"an error backs off, interval kept", PollResult{Err: fail}, 15*time.Minute + 30*time.Second, 31 * time.Minute},
		{"a second error doubles the wait", PollResult{Err: fail}, 15*time.Minute + 30*time.Second, 62 * time.Minute},
		{"a success resets", PollResult{NewItems: 0, ETag: `"v3"`}, 23*time.Minute + 15*time.Second, 23*time.Minute + 15*time.Second},
	}
	at := t0
	for _, st := range steps {
		st.r.At = at
		if err := s.SourcePolled(ctx, id, st.r); err != nil {
			t.Fatalf("%s: %v", st.name, err)
		}
		src, err := s.Source(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if src.Interval != st.interval || src.NextPoll.Sub(at) != st.wait {
			t.Errorf("%s: interval %v, wait %v; want %v, %v", st.name, src.Interval, src.NextPoll.Sub(at), st.interval, st.wait)
		}
		if !src.LastPoll.Equal(at) {
			t.Errorf("%s: LastPoll %v, want %v", st.name, src.LastPoll, at)
		}
		at = src.NextPoll
	}
	src, _ := s.Source(ctx, id)
	if src.Title != "Feed" || src.ETag != `"v3"` || src.LastError != "HTTP 503" || src.Failures != 0 ||
		src.LastSuccess.IsZero() || src.LastErrorAt.IsZero() || !src.LastSuccess.After(src.LastErrorAt) {
		t.Errorf("after the polls: %+v", src)
	}

	// Long silence reaches the maximum; long failure the maximum backoff.
	for range 20 {
		s.SourcePolled(ctx, id, PollResult{At: at})
	}
	if src, _ = s.Source(ctx, id); src.Interval != MaxInterval {
		t.Errorf("after 20 empty polls: interval %v, want %v", src.Interval, MaxInterval)
	}
	for range 20 {
		s.SourcePolled(ctx, id, PollResult{At: at, Err: fail})
	}
	if src, _ = s.Source(ctx, id); src.NextPoll.Sub(at) != MaxBackoff || src.Failures != 20 {
		t.Errorf("after 20 errors: wait %v, failures %d; want %v, 20", src.NextPoll.Sub(at), src.Failures, MaxBackoff)
	}
	if err := s.SourcePolled(ctx, 999, PollResult{}); !errors.Is(err, ErrNotFound) {
		t.Errorf("SourcePolled(999) = %v, want ErrNotFound", err)
	}
}

func TestClaimSources(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	t0 := time.Date(2025, 1, 1, 12, 0, 0, 0, time.UTC)
	for i, next := range []time.Duration{-time.Minute, -time.Hour, time.Minute} {
		if _, _, err := s.AddSource(ctx, Source{URL: fmt.Sprintf("https://%d.example/rss", i), NextPoll: t0.Add(next), Added: t0.Add(-3 * time.Hour)}); err != nil {
			t.Fatal(err)
		}
	}
	urls := func(ss []Source) string {
		var out []string
		for _, s := range ss {
			out = append(out, s.URL)
		}
		return fmt.Sprint(out)
	}
	got, err := s.ClaimSources(ctx, t0, 10*time.Minute, 10)
	if err != nil {
		t.Fatal(err)
	}
	if want := "[https://1.example/rss https://0.example/rss]"; urls(got) != want {
		t.Fatalf("first claim: got %s, want %s", urls(got), want)
	}
	if !got[0].NextPoll.Equal(t0.Add(10 * time.Minute)) {
		t.Errorf("claimed source's next poll = %v, want the lease's end", got[0].NextPoll)
	}
	// Held while the lease runs: the third source is due by then.
	if got, _ := s.ClaimSources(ctx, t0.Add(5*time.Minute), 10*time.Minute, 10); urls(got) != "[https://2.example/rss]" {
		t.Errorf("claim during the lease: got %s, want only the source due meanwhile", urls(got))
	}
	// The poller of source 1 died: its lease runs out. Source 0 was polled.
	if err := s.SourcePolled(ctx, got[1].ID, PollResult{At: t0.Add(time.Minute)}); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.ClaimSources(ctx, t0.Add(11*time.Minute), 10*time.Minute, 10); urls(got) != "[https://1.example/rss]" {
		t.Errorf("after the lease: got %s, want the source whose poller died", urls(got))
	}
	if _, err := s.ClaimSources(ctx, t0, time.Millisecond, 1); err == nil {
		t.Error("a lease under a second was accepted")
	}
}

func TestClaimSourcesConcurrent(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	t0 := time.Now().Add(-time.Hour)
	for i := range 60 {
		if _, _, err := s.AddSource(ctx, Source{URL: fmt.Sprintf("https://s%d.example/rss", i), NextPoll: t0}); err != nil {
			t.Fatal(err)
		}
	}
	claimAllOnce(t, 6, 60, "sources", func() ([]int64, error) {
		got, err := s.ClaimSources(ctx, time.Now(), time.Hour, 4)
		ids := make([]int64, len(got))
		for i, src := range got {
			ids[i] = src.ID
		}
		return ids, err
	})
}
