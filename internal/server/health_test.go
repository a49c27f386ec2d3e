package server_test

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"regexp"
	"testing"
	"time"

	"github.com/marsad/marsad/internal/feeds"
	"github.com/marsad/marsad/internal/pgtest"
	"github.com/marsad/marsad/internal/server"
	"github.com/marsad/marsad/internal/storage"
)

// checkHealthAndMetrics checks /healthz and the store's part of /metrics
// of a server over st, after queueing three links and claiming one.
func checkHealthAndMetrics(t *testing.T, st *storage.Store, backend string) {
	t.Helper()
	ctx := context.Background()
	if _, err := st.Enqueue(ctx, 0, []feeds.Item{{URL: "https://news.example.org/1"}, {URL: "https://news.example.org/2"}, {URL: "https://news.example.org/3"}}); err != nil {
		t.Fatal(err)
	}
	if _, err := st.ClaimQueue(ctx, time.Now(), time.Hour, 1); err != nil {
		t.Fatal(err)
	}
	srv, err := server.New(st, slog.New(slog.NewTextHandler(io.Discard, nil)), server.Options{})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv.Handler())
	defer ts.Close()
	get := func(path string) (int, string) {
		resp, err := http.Get(ts.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}

	code, body := get("/healthz")
	var h struct {
		Status, Store, Backend string
		Schema                 int
		SchemaKnown            int `json:"schema_known"`
		Pool                   struct{ Max int }
	}
	if err := json.Unmarshal([]byte(body), &h); err != nil {
		t.Fatalf("/healthz is not JSON: %v: %s", err, body)
	}
	if code != http.StatusOK || h.Status != "ok" || h.Store != "up" || h.Backend != backend ||
		h.Schema == 0 || h.Schema != h.SchemaKnown || h.Pool.Max == 0 {
		t.Errorf("/healthz: %d %s", code, body)
	}

	_, body = get("/metrics")
	for _, want := range []string{
		`(?m)^marsad_queue_links\{state="queued"\} 2$`,
		`(?m)^marsad_queue_links\{state="claimed"\} 1$`,
		`(?m)^marsad_queue_links\{state="done"\} 0$`,
		`(?m)^marsad_queue_links\{state="failed"\} 0$`,
		`(?m)^marsad_queue_documents\{state="queued"\} 0$`,
		`(?m)^marsad_store_info\{backend="` + backend + `",schema="[1-9][0-9]*"\} 1$`,
		`(?m)^marsad_store_connections\{state="max"\} [1-9]`,
		`(?m)^marsad_store_up 1$`,
	} {
		if !regexp.MustCompile(want).MatchString(body) {
			t.Errorf("/metrics lacks %s:\n%s", want, body)
		}
	}

	// A database that does not answer: 503, and the store is down.
	st.Close()
	code, body = get("/healthz")
	if code != http.StatusServiceUnavailable || !regexp.MustCompile(`"status":"unavailable","store":"down","backend":"`+backend+`"`).MatchString(body) {
		t.Errorf("/healthz of a closed store: %d %s", code, body)
	}
	_, body = get("/metrics")
	if !regexp.MustCompile(`(?m)^marsad_store_up 0$`).MatchString(body) {
		t.Errorf("/metrics of a closed store does not say it is down:\n%s", body)
	}
}

func TestHealthAndMetricsSQLite(t *testing.T) {
	st, err := storage.Open(context.Background(), copyDB(t))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	checkHealthAndMetrics(t, st, "sqlite")
}

func TestHealthAndMetricsPostgres(t *testing.T) {
	st, err := storage.Open(context.Background(), pgtest.URL(t))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	checkHealthAndMetrics(t, st, "postgres")
}
