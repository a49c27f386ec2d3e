// Package server is marsad serve: the HTTP server that carries the JSON API
// (internal/api) and the web UI (internal/ui) over one store, with
// /healthz, /metrics, structured request logs, security headers and a
// graceful shutdown.
package server

import (
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/marsad/marsad/internal/api"
	"github.com/marsad/marsad/internal/storage"
	"github.com/marsad/marsad/internal/ui"
)

// Options configure a Server. The zero value serves with the defaults.
type Options struct {
	// API configures the JSON API (ingest token, fetch guard …).
	API api.Options
	// UI configures the web UI.
	UI ui.Options
	// ShutdownTimeout bounds the wait for requests in flight at shutdown
	// (10s).
	ShutdownTimeout time.Duration
}

// Server serves one store over HTTP. Build it with New.
type Server struct {
	st      *storage.Store
	api     *api.Handler
	ui      *ui.Handler
	metrics *metrics
	log     *slog.Logger
	opts    Options
	handler http.Handler
}

// New returns a Server over st that logs to log.
func New(st *storage.Store, log *slog.Logger, opts Options) (*Server, error) {
	if opts.ShutdownTimeout <= 0 {
		opts.ShutdownTimeout = 10 * time.Second
	}
	s := &Server{st: st, log: log, opts: opts}
	s.metrics = newMetrics(st)
	opts.API.OnIngest = s.metrics.ingested
	var err error
	if s.api, err = api.New(st, log, opts.API); err != nil {
		return nil, err
	}
	if opts.UI.Log == nil {
		opts.UI.Log = log
	}
	if s.ui, err = ui.New(st, opts.UI); err != nil {
		return nil, err
	}
	s.handler = s.middleware(s.routes())
	return s, nil
}

// Handler returns the server's root handler, for tests and for embedding.
func (s *Server) Handler() http.Handler { return s.handler }

// Serve serves on ln until ctx ends, then shuts down gracefully: it stops
// accepting, waits up to Options.ShutdownTimeout for requests in flight,
// and returns nil.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	hs := &http.Server{
		Handler:           s.handler,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       60 * time.Second,
		WriteTimeout:      120 * time.Second,
		IdleTimeout:       120 * time.Second,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
		BaseContext:       func(net.Listener) context.Context { return context.WithoutCancel(ctx) },
	}
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	s.log.Info("shutting down", "timeout", s.opts.ShutdownTimeout)
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), s.opts.ShutdownTimeout)
	defer cancel()
	err := hs.Shutdown(sctx)
	if e := <-errc; !errors.Is(e, http.ErrServerClosed) && err == nil {
		err = e
	}
	return err
}

// health is the body of /healthz.
type health struct {
	Status string `json:"status"` // ok, unavailable
	Store  string `json:"store"`  // up, down
	// Backend is "sqlite" or "postgres".
	Backend string `json:"backend"`
	// Schema is the database's schema version, SchemaKnown this marsad's.
	Schema      int `json:"schema,omitempty"`
	SchemaKnown int `json:"schema_known,omitempty"`
	// LatencyMS is how long the database took to answer, in milliseconds.
	LatencyMS float64 `json:"latency_ms"`
	// Pool is the connection pool: open, busy and most connections, and
	// how many times a query waited for one.
	Pool struct {
		Open   int   `json:"open"`
		InUse  int   `json:"in_use"`
		Max    int   `json:"max"`
		Waited int64 `json:"waited"`
	} `json:"pool"`
	Error string `json:"error,omitempty"`
}

// healthz answers 200 when the database answers within two seconds, 503
// otherwise, with what it knows of the database as JSON (see health): the
// backend, the schema version, the time it took to answer and the
// connection pool, on SQLite and PostgreSQL alike.
func (s *Server) healthz(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
	defer cancel()
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	h, err := s.st.Health(ctx)
	out := health{Status: "ok", Store: "up", Backend: h.Backend, Schema: h.Schema, SchemaKnown: h.SchemaKnown,
		LatencyMS: float64(h.Latency.Microseconds()) / 1000}
	out.Pool.Open, out.Pool.InUse, out.Pool.Max, out.Pool.Waited = h.OpenConns, h.InUse, h.MaxConns, h.WaitCount
	if err != nil {
		s.log.Error("health check", "err", err)
		out.Status, out.Store, out.Error = "unavailable", "down", "the database did not answer"
		w.WriteHeader(http.StatusServiceUnavailable)
	}
	json.NewEncoder(w).Encode(out)
}
