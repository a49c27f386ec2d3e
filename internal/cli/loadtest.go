package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"sync"
	"time"
)

// runLoadtest is a load generator for marsad serve, run as a second
// process on loopback: it learns entities from the server's API, then
// requests search and entity pages (UI and API) from several connections
// at once for a while, and prints the latency percentiles of each kind of
// request.
func runLoadtest(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "loadtest", "")
	base := fs.String("url", "http://127.0.0.1:8080", "address of a running marsad serve")
	duration := fs.Duration("duration", 30*time.Second, "how long to send requests")
	conc := fs.Int("c", 4, "concurrent connections")
	entities := fs.Int("entities", 200, "how many of the most-mentioned entities to draw pages and queries from")
	kinds := fs.String("kinds", "search,entity,api-search,api-entity", "request kinds: search (UI), entity (UI), api-search, api-entity")
	asJSON := fs.Bool("json", false, "print the results as JSON")
	if _, err := parseN(fs, args, 0); err != nil {
		return err
	}
	client := &http.Client{
		Timeout:   30 * time.Second,
		Transport: &http.Transport{MaxIdleConnsPerHost: *conc, MaxConnsPerHost: *conc},
	}
	type entity struct {
		ID     string `json:"id"`
		Name   string `json:"name"`
		NameAr string `json:"name_ar"`
	}
	var list struct{ Entities []entity }
	if err := getJSON(ctx, client, fmt.Sprintf("%s/api/v1/entities?limit=%d", *base, *entities), &list); err != nil {
		return fmt.Errorf("learning entities from %s: %w", *base, err)
	}
	if len(list.Entities) == 0 {
		return fmt.Errorf("the store at %s has no entities to load-test with", *base)
	}
	// One request of a kind, given a random entity.
	makers := map[string]func(entity) string{
		"search": func(x entity) string { return "/search?q=" + url.QueryEscape(name(x.NameAr, x.Name)) },
		"entity": func(x entity) string { return "/entities/" + url.PathEscape(x.ID) },
		"api-search": func(x entity) string {
			return "/api/v1/search?q=" + url.QueryEscape(name(x.NameAr, x.Name))
		},
		"api-entity": func(x entity) string { return "/api/v1/entities/" + url.PathEscape(x.ID) },
	}
	var use []string
	for _, k := range strings.Split(*kinds, ",") {
		if makers[k] == nil {
			fmt.Fprintf(e.stderr, "unknown kind %q\n", k)
			return errUsage
		}
		use = append(use, k)
	}
	type sample struct {
		kind string
		d    time.Duration
		ok   bool
	}
	var mu sync.Mutex
	var samples []sample
	stop := time.Now().Add(*duration)
	var wg sync.WaitGroup
	start := time.Now()
	for w := range *conc {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rng := rand.New(rand.NewPCG(uint64(w), 7))
			var mine []sample
			for i := 0; time.Now().Before(stop) && ctx.Err() == nil; i++ {
				kind := use[i%len(use)]
				x := list.Entities[rng.IntN(len(list.Entities))]
				t0 := time.Now()
				ok := fetchOK(ctx, client, *base+makers[kind](x))
				mine = append(mine, sample{kind, time.Since(t0), ok})
			}
			mu.Lock()
			samples = append(samples, mine...)
			mu.Unlock()
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	type result struct {
		Kind     string  `json:"kind"`
		Requests int     `json:"requests"`
		Errors   int     `json:"errors"`
		PerSec   float64 `json:"per_second"`
		P50      float64 `json:"p50_ms"`
		P90      float64 `json:"p90_ms"`
		P99      float64 `json:"p99_ms"`
		Max      float64 `json:"max_ms"`
	}
	var results []result
	for _, k := range use {
		var ds []time.Duration
		errs := 0
		for _, s := range samples {
			if s.kind != k {
				continue
			}
			ds = append(ds, s.d)
			if !s.ok {
				errs++
			}
		}
		slices.Sort(ds)
		r := result{Kind: k, Requests: len(ds), Errors: errs, PerSec: float64(len(ds)) / elapsed.Seconds()}
		if len(ds) > 0 {
			ms := func(q float64) float64 {
				return float64(ds[min(len(ds)-1, int(q*float64(len(ds))))].Microseconds()) / 1000
			}
			r.P50, r.P90, r.P99, r.Max = ms(0.50), ms(0.90), ms(0.99), float64(ds[len(ds)-1].Microseconds())/1000
		}
		results = append(results, r)
	}
	if *asJSON {
		return json.NewEncoder(e.stdout).Encode(results)
	}
	fmt.Fprintf(e.stdout, "%d connections, %s, %d entities\n", *conc, elapsed.Round(time.Millisecond), len(list.Entities))
	fmt.Fprintf(e.stdout, "%-11s %8s %6s %8s %8s %8s %8s %8s\n", "kind", "requests", "errors", "req/s", "p50 ms", "p90 ms", "p99 ms", "max ms")
	for _, r := range results {
		fmt.Fprintf(e.stdout, "%-11s %8d %6d %8.1f %8.1f %8.1f %8.1f %8.1f\n", r.Kind, r.Requests, r.Errors, r.PerSec, r.P50, r.P90, r.P99, r.Max)
	}
	return nil
}

func name(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

func getJSON(ctx context.Context, c *http.Client, u string, v any) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return err
	}
	resp, err := c.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("GET %s: %s", u, resp.Status)
	}
	return json.NewDecoder(resp.Body).Decode(v)
}

// fetchOK requests u, reads the whole body, and reports a 200.
func fetchOK(ctx context.Context, c *http.Client, u string) bool {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return false
	}
	resp, err := c.Do(req)
	if err != nil {
		return false
	}
	defer resp.Body.Close()
	_, err = io.Copy(io.Discard, resp.Body)
	return err == nil && resp.StatusCode == http.StatusOK
}

// runReplicate adds copies of every stored article with new ids (see
// storage.Replicate), to load-test a store larger than the corpus at hand.
func runReplicate(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "replicate", "")
	db := dbFlag(fs)
	copies := fs.Int("copies", 1, "copies of each article to add")
	shift := fs.Duration("shift", 62*24*time.Hour, "each copy is published this much later than the one before")
	if _, err := parseN(fs, args, 0); err != nil {
		return err
	}
	st, err := openExisting(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	start := time.Now()
	n, err := st.Replicate(ctx, *copies, *shift)
	fmt.Fprintf(e.stdout, "added %d articles in %s\n", n, time.Since(start).Round(time.Millisecond))
	return err
}
