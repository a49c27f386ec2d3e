package server

import (
	"bufio"
	"context"
	"fmt"
	"net/http"
	"slices"
	"strconv"
	"sync"
	"time"

	"github.com/marsad/marsad/internal/storage"
)

// metrics keeps the counters of /metrics and writes them in the Prometheus
// text exposition format (version 0.0.4). The format is a few lines of
// text; writing it here keeps marsad free of the client library's
// dependencies.
type metrics struct {
	st    *storage.Store
	start time.Time

	mu       sync.Mutex
	requests map[reqKey]uint64
	latency  map[string]*histogram
	ingest   map[string]uint64 // outcome → articles
}

type reqKey struct {
	route string
	code  int
}

// buckets are the upper bounds of the latency histogram, in seconds.
var buckets = []float64{0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10}

type histogram struct {
	counts []uint64 // per bucket, not cumulative; one more for +Inf
	sum    float64
	n      uint64
}

func newMetrics(st *storage.Store) *metrics {
	return &metrics{
		st: st, start: time.Now(),
		requests: map[reqKey]uint64{},
		latency:  map[string]*histogram{},
		ingest:   map[string]uint64{},
	}
}

// request counts one served request.
func (m *metrics) request(route string, code int, d time.Duration) {
	if code == 0 {
		code = http.StatusOK
	}
	sec := d.Seconds()
	m.mu.Lock()
	defer m.mu.Unlock()
	m.requests[reqKey{route, code}]++
	h := m.latency[route]
	if h == nil {
		h = &histogram{counts: make([]uint64, len(buckets)+1)}
		m.latency[route] = h
	}
	i, _ := slices.BinarySearch(buckets, sec)
	h.counts[i]++
	h.sum += sec
	h.n++
}

// ingested counts the articles of one ingest request by outcome
// ("inserted", "updated", "unchanged", "rejected", "failed").
func (m *metrics) ingested(outcome string, n int) {
	m.mu.Lock()
	m.ingest[outcome] += uint64(n)
	m.mu.Unlock()
}

// serve writes the metrics. The store's sizes are read at each scrape.
func (m *metrics) serve(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), 5*time.Second)
	defer cancel()
	stats, statsErr := m.st.Stats(ctx)
	queue, queueErr := m.st.QueueStats(ctx)
	docs, docsErr := m.st.DocumentStats(ctx)
	health, healthErr := m.st.Health(ctx)
	w.Header().Set("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
	b := bufio.NewWriter(w)
	defer b.Flush()

	m.mu.Lock()
	defer m.mu.Unlock()
	fmt.Fprintln(b, "# HELP marsad_http_requests_total HTTP requests served, by route pattern and status code.")
	fmt.Fprintln(b, "# TYPE marsad_http_requests_total counter")
	keys := make([]reqKey, 0, len(m.requests))
	for k := range m.requests {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b reqKey) int {
		if a.route != b.route {
			if a.route < b.route {
				return -1
			}
			return 1
		}
		return a.code - b.code
	})
	for _, k := range keys {
		fmt.Fprintf(b, "marsad_http_requests_total{route=%s,code=\"%d\"} %d\n", quote(k.route), k.code, m.requests[k])
	}
	fmt.Fprintln(b, "# HELP marsad_http_request_duration_seconds Time to serve a request, by route pattern.")
	fmt.Fprintln(b, "# TYPE marsad_http_request_duration_seconds histogram")
	routes := make([]string, 0, len(m.latency))
	for r := range m.latency {
		routes = append(routes, r)
	}
	slices.Sort(routes)
	for _, route := range routes {
		h := m.latency[route]
		var cum uint64
		for i, le := range buckets {
			cum += h.counts[i]
			fmt.Fprintf(b, "marsad_http_request_duration_seconds_bucket{route=%s,le=\"%s\"} %d\n", quote(route), strconv.FormatFloat(le, 'g', -1, 64), cum)
		}
		cum += h.counts[len(buckets)]
		fmt.Fprintf(b, "marsad_http_request_duration_seconds_bucket{route=%s,le=\"+Inf\"} %d\n", quote(route), cum)
		fmt.Fprintf(b, "marsad_http_request_duration_seconds_sum{route=%s} %g\n", quote(route), h.sum)
		fmt.Fprintf(b, "marsad_http_request_duration_seconds_count{route=%s} %d\n", quote(route), h.n)
	}
	fmt.Fprintln(b, "# HELP marsad_ingested_articles_total Articles received through the ingest API, by outcome.")
	fmt.Fprintln(b, "# TYPE marsad_ingested_articles_total counter")
	for _, o := range []string{"inserted", "updated", "unchanged", "rejected", "failed"} {
		fmt.Fprintf(b, "marsad_ingested_articles_total{outcome=%q} %d\n", o, m.ingest[o])
	}
	fmt.Fprintln(b, "# HELP marsad_ingest_errors_total Ingest requests or articles that failed.")
	fmt.Fprintln(b, "# TYPE marsad_ingest_errors_total counter")
	fmt.Fprintf(b, "marsad_ingest_errors_total %d\n", m.ingest["failed"]+m.ingest["rejected"])
	if statsErr == nil {
		for _, g := range []struct {
			name, help string
			v          int
		}{
			{"marsad_articles", "Articles in the store.", stats.Articles},
			{"marsad_entities", "Entities in the store.", stats.Entities},
			{"marsad_mentions", "Entity mentions in the store.", stats.Mentions},
			{"marsad_quotes", "Quotations in the store.", stats.Quotes},
			{"marsad_events", "Happenings (deduplicated events) in the store.", stats.Events},
		} {
			fmt.Fprintf(b, "# HELP %s %s\n# TYPE %s gauge\n%s %d\n", g.name, g.help, g.name, g.name, g.v)
		}
	}
	for _, g := range []struct {
		name, help string
		q          storage.QueueStats
		err        error
	}{
		{"marsad_queue_links", "Links in the fetch queue", queue, queueErr},
		{"marsad_queue_documents", "Documents queued for workers (marsad enqueue)", docs, docsErr},
	} {
		if g.err != nil {
			continue
		}
		fmt.Fprintf(b, "# HELP %s %s, by state (queued: waiting or with an expired lease; claimed: held by a worker; done; failed: given up, with a reason). The rate of done is the workers' throughput.\n", g.name, g.help)
		fmt.Fprintf(b, "# TYPE %s gauge\n", g.name)
		for _, q := range []struct {
			state string
			n     int
		}{{"queued", g.q.Queued}, {"claimed", g.q.Claimed}, {"done", g.q.Done}, {"failed", g.q.Failed}} {
			fmt.Fprintf(b, "%s{state=%q} %d\n", g.name, q.state, q.n)
		}
	}
	fmt.Fprintf(b, "# HELP marsad_store_info The store's backend and schema version.\n# TYPE marsad_store_info gauge\nmarsad_store_info{backend=%q,schema=\"%d\"} 1\n",
		health.Backend, health.Schema)
	fmt.Fprintln(b, "# HELP marsad_store_connections Connections of the store's pool, by state (in_use, idle), and its limit (max).")
	fmt.Fprintln(b, "# TYPE marsad_store_connections gauge")
	fmt.Fprintf(b, "marsad_store_connections{state=\"in_use\"} %d\n", health.InUse)
	fmt.Fprintf(b, "marsad_store_connections{state=\"idle\"} %d\n", health.OpenConns-health.InUse)
	fmt.Fprintf(b, "marsad_store_connections{state=\"max\"} %d\n", health.MaxConns)
	fmt.Fprintf(b, "# HELP marsad_store_connection_waits_total Times a query waited for a free connection of the pool.\n# TYPE marsad_store_connection_waits_total counter\nmarsad_store_connection_waits_total %d\n", health.WaitCount)
	up := 0
	if statsErr == nil && queueErr == nil && docsErr == nil && healthErr == nil {
		up = 1
	}
	fmt.Fprintf(b, "# HELP marsad_store_up Whether the store answered every query of this scrape.\n# TYPE marsad_store_up gauge\nmarsad_store_up %d\n", up)
	fmt.Fprintf(b, "# HELP marsad_uptime_seconds Seconds since the server started.\n# TYPE marsad_uptime_seconds gauge\nmarsad_uptime_seconds %g\n",
		time.Since(m.start).Seconds())
}

// quote returns a label value in the exposition format's quoting.
func quote(s string) string { return strconv.Quote(s) }
