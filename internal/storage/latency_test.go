package storage

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"math"
	"os"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/marsad/marsad/internal/model"
)

// TestLatencyProfile times, on an existing store (MARSAD_LATENCY_DB, a
// path or a postgres:// URL), each read that marsad loadtest's requests
// make — the UI search for an entity's name and the reads of its entity
// page — for each entity id listed in MARSAD_LATENCY_ENTITIES (one a
// line), single-threaded, twice (the second pass is reported), and prints
// the percentiles of each kind and the slowest calls. It finds where the
// tail of a load test comes from; without the variables it is skipped.
func TestLatencyProfile(t *testing.T) {
	db, list := os.Getenv("MARSAD_LATENCY_DB"), os.Getenv("MARSAD_LATENCY_ENTITIES")
	if db == "" || list == "" {
		t.Skip("MARSAD_LATENCY_DB and MARSAD_LATENCY_ENTITIES not set")
	}
	ctx := context.Background()
	s, err := Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	f, err := os.Open(list)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if id := strings.TrimSpace(sc.Text()); id != "" {
			ids = append(ids, id)
		}
	}
	f.Close()
	only := os.Getenv("MARSAD_LATENCY_KINDS") // e.g. "search,timeline"
	type sample struct {
		kind, id, arg string
		d             time.Duration
	}
	var samples []sample
	for pass := range 2 {
		samples = samples[:0]
		for _, id := range ids {
			timed := func(kind, arg string, f func() error) {
				if only != "" && !slices.Contains(strings.Split(only, ","), kind) {
					return
				}
				t0 := time.Now()
				if err := f(); err != nil {
					t.Fatalf("%s %s: %v", kind, id, err)
				}
				samples = append(samples, sample{kind, id, arg, time.Since(t0)})
			}
			e, err := s.Entity(ctx, id)
			if err != nil {
				t.Fatal(err)
			}
			name := e.NameAr
			if name == "" {
				name = e.Name
			}
			timed("search", name, func() error {
				_, _, err := s.SearchWithFacets(ctx, SearchQuery{Text: name, Limit: 21})
				return err
			})
			// The parts of the search, as SearchWithFacets does them.
			qterms := s.queryTerms(name)
			var top []ranked
			timed("s.rank", name, func() error {
				q := SearchQuery{Text: name}
				_, all, err := s.rank(ctx, q, qterms, true)
				top = all[:min(len(all), facetWindow)]
				return err
			})
			ids := make([]int64, len(top))
			for i, r := range top {
				ids[i] = r.id
			}
			timed("s.facets", name, func() error { _, err := s.facets(ctx, ids); return err })
			timed("s.page", name, func() error {
				_, err := s.pageHits(ctx, SearchQuery{Text: name}, top[:min(21, len(top))], qterms)
				return err
			})
			timed("entity", "", func() error { _, err := s.Entity(ctx, id); return err })
			timed("timeline", "", func() error { _, err := s.EntityTimeline(ctx, id); return err })
			var quotes []QuoteHit
			timed("quotes", "", func() error {
				quotes, err = s.Quotes(ctx, QuoteQuery{Speakers: []string{id}, Limit: 8})
				return err
			})
			timed("related", "", func() error { _, err := s.RelatedEntities(ctx, id, 15); return err })
			var actor, recipient []Happening
			timed("actor", "", func() error {
				actor, err = s.Events(ctx, EventQuery{Actors: []string{id}, Limit: 10})
				return err
			})
			timed("recipient", "", func() error {
				recipient, err = s.Events(ctx, EventQuery{Recipients: []string{id}, Limit: 10})
				return err
			})
			var names []string
			for _, q := range quotes {
				if q.Speaker != nil {
					names = append(names, q.Speaker.ID)
				}
			}
			for _, h := range append(actor, recipient...) {
				for _, r := range []*model.Ref{h.Event.Actor, h.Event.Recipient, h.Event.Place} {
					if r != nil {
						names = append(names, r.ID)
					}
				}
			}
			timed("names", "", func() error { _, err := s.EntityNames(ctx, names); return err })
			timed("articles", "", func() error {
				_, err := s.Articles(ctx, ArticleQuery{Entities: []string{id}, Limit: 8})
				return err
			})
		}
		if pass == 0 {
			continue
		}
		byKind := map[string][]sample{}
		var kinds []string
		for _, x := range samples {
			if byKind[x.kind] == nil {
				kinds = append(kinds, x.kind)
			}
			byKind[x.kind] = append(byKind[x.kind], x)
		}
		ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
		var out strings.Builder
		fmt.Fprintf(&out, "%-10s %6s %8s %8s %8s %8s %9s\n", "kind", "n", "p50", "p90", "p99", "max", "total")
		for _, k := range kinds {
			xs := byKind[k]
			sort.Slice(xs, func(i, j int) bool { return xs[i].d < xs[j].d })
			var sum time.Duration
			for _, x := range xs {
				sum += x.d
			}
			at := func(q float64) float64 { return ms(xs[min(len(xs)-1, int(q*float64(len(xs))))].d) }
			fmt.Fprintf(&out, "%-10s %6d %8.1f %8.1f %8.1f %8.1f %9.1f\n", k, len(xs), at(.5), at(.9), at(.99), ms(xs[len(xs)-1].d), ms(sum))
		}
		sort.Slice(samples, func(i, j int) bool { return samples[i].d > samples[j].d })
		fmt.Fprintln(&out, "slowest:")
		for _, x := range samples[:min(40, len(samples))] {
			fmt.Fprintf(&out, "  %8.1f ms  %-9s %s %s\n", ms(x.d), x.kind, x.id, x.arg)
		}
		t.Log("\n" + out.String())
	}
}

// TestSameAnswersAtScale compares, on two existing stores holding the same
// articles with the same ids and the same index (MARSAD_COMPARE_SQLITE, a
// path, and MARSAD_COMPARE_POSTGRES, a URL: a SQLite store and its copy
// by marsad migrate-store; stores filled separately differ — the
// benchmark's two million-article stores, replicated by two different
// paths, number their copies differently and differ by 34 tokens in 300
// million),
// the search for each entity listed in MARSAD_LATENCY_ENTITIES (its name,
// as the load test searches it): the same hits in the same order with the
// same scores, and the same facets. TestSearchSameOnBothBackends proves it
// on a small corpus; this checks the windows and counts that only a large
// store exercises. Without the variables it is skipped.
func TestSameAnswersAtScale(t *testing.T) {
	lite, pg, list := os.Getenv("MARSAD_COMPARE_SQLITE"), os.Getenv("MARSAD_COMPARE_POSTGRES"), os.Getenv("MARSAD_LATENCY_ENTITIES")
	if lite == "" || pg == "" || list == "" {
		t.Skip("MARSAD_COMPARE_SQLITE, MARSAD_COMPARE_POSTGRES and MARSAD_LATENCY_ENTITIES not set")
	}
	ctx := context.Background()
	var stores [2]*Store
	for i, path := range []string{lite, pg} {
		s, err := Open(ctx, path)
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		stores[i] = s
	}
	b, err := os.ReadFile(list)
	if err != nil {
		t.Fatal(err)
	}
	compared := 0
	for _, id := range strings.Fields(string(b)) {
		e, err := stores[0].Entity(ctx, id)
		if errors.Is(err, ErrNotFound) {
			continue // a list made on another store
		}
		if err != nil {
			t.Fatal(err)
		}
		name := e.NameAr
		if name == "" {
			name = e.Name
		}
		for _, q := range []SearchQuery{{Text: name, Limit: 20}, {Text: name, Limit: 10, Offset: 190},
			{Text: name, Limit: 20, Offset: 640}, {Text: name, Lang: "ar", Limit: 20}, {Entities: []string{id}, Limit: 20},
			{Text: name, From: time.Date(2015, 7, 1, 0, 0, 0, 0, time.UTC), To: time.Date(2015, 8, 1, 0, 0, 0, 0, time.UTC), Limit: 20}} {
			var hits [2][]Hit
			var facets [2]*Facets
			for i, s := range stores {
				if hits[i], facets[i], err = s.SearchWithFacets(ctx, q); err != nil {
					t.Fatalf("%s: %q: %v", s.Backend(), name, err)
				}
			}
			compared++
			if len(hits[0]) != len(hits[1]) {
				t.Errorf("%+v: sqlite %d hits, postgres %d", q, len(hits[0]), len(hits[1]))
				continue
			}
			for i := range hits[0] {
				a, b := hits[0][i], hits[1][i]
				if a.ID != b.ID || math.Abs(a.Score-b.Score) > 1e-12*math.Max(1, math.Abs(a.Score)) {
					t.Errorf("%+v: hit %d: sqlite article %d (%v), postgres %d (%v)", q, i, a.ID, a.Score, b.ID, b.Score)
					break
				}
			}
			if fmt.Sprint(facets[0]) != fmt.Sprint(facets[1]) {
				t.Errorf("%+v: facets differ:\nsqlite   %+v\npostgres %+v", q, facets[0], facets[1])
			}
		}
	}
	t.Logf("%d searches compared", compared)
}
