// Package api is marsad's JSON API, version 1, under /api/v1: articles with
// all their annotations, search with facets, entities, quotations, amounts,
// events, the actor graph, stories, and ingestion. openapi.json documents
// it; a test checks the document against the routes and the handlers.
//
// Every response is JSON. Errors are {"error": "message"} with the
// status that fits (400 for a bad parameter, 401 without the ingest token,
// 404 for an unknown id, 500 when the store fails). Lists page by cursor:
// a response with more to come has "next", which the next request passes
// as ?cursor=.
package api

import (
	"context"
	_ "embed"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/marsad/marsad/internal/analyze"
	"github.com/marsad/marsad/internal/fetch"
	"github.com/marsad/marsad/internal/ingest"
	"github.com/marsad/marsad/internal/storage"
)

//go:embed openapi.json
var openAPI []byte

// Options configure the API. The zero value serves read-only: without a
// Token, POST /api/v1/ingest is refused.
type Options struct {
	// Token is the bearer token that POST /api/v1/ingest requires
	// ("Authorization: Bearer TOKEN"); empty switches ingestion off.
	Token string
	// AllowPrivate lets ingestion fetch URLs on loopback, private and
	// link-local addresses. Off, such URLs are refused: a server must not
	// be a way into the network it runs in.
	AllowPrivate bool
	// MaxBody caps an ingest request's body and a fetched page (32 MiB).
	MaxBody int64
	// Fetch sets the fetcher's limits; DenyPrivate is set from
	// AllowPrivate.
	Fetch fetch.Options
	// OnIngest, when set, is told the articles of each ingest request by
	// outcome (for metrics).
	OnIngest func(outcome string, n int)
	// AfterIngest, when set, runs after articles were stored (to update
	// stories, say); its error is logged, not returned.
	AfterIngest func(ctx context.Context) error
	// QueryTimeout bounds the store's work for one request (10s).
	QueryTimeout time.Duration
	// Analyzer analyses what is ingested; nil loads one (the models take
	// memory: a server shares one between its parts).
	Analyzer *analyze.Analyzer
}

// Handler serves the API. Build it with New.
type Handler struct {
	st    *storage.Store
	log   *slog.Logger
	opts  Options
	fetch *fetch.Fetcher
	proc  *ingest.Processor
}

// New returns the API over st. It loads the analyser, which ingestion
// needs.
func New(st *storage.Store, log *slog.Logger, opts Options) (*Handler, error) {
	if opts.MaxBody <= 0 {
		opts.MaxBody = 32 << 20
	}
	if opts.QueryTimeout <= 0 {
		opts.QueryTimeout = 10 * time.Second
	}
	fo := opts.Fetch
	fo.DenyPrivate = !opts.AllowPrivate
	if fo.MaxBytes <= 0 {
		fo.MaxBytes = opts.MaxBody
	}
	h := &Handler{st: st, log: log, opts: opts, fetch: fetch.New(fo), proc: ingest.NewProcessor(nil)}
	h.proc.Analyzer = opts.Analyzer
	if h.proc.Analyzer == nil {
		var err error
		if h.proc.Analyzer, err = analyze.New(); err != nil {
			return nil, err
		}
	}
	return h, nil
}

// OpenAPI serves the OpenAPI 3.1 document of the API.
func (h *Handler) OpenAPI(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	w.Write(openAPI)
}

// NotFound answers API paths that name no endpoint.
func (h *Handler) NotFound(w http.ResponseWriter, r *http.Request) {
	writeError(w, http.StatusNotFound, fmt.Sprintf("no endpoint %s %s (see /api/v1/openapi.json)", r.Method, r.URL.Path))
}

// ctx bounds a request's work on the store.
func (h *Handler) ctx(r *http.Request) (context.Context, context.CancelFunc) {
	return context.WithTimeout(r.Context(), h.opts.QueryTimeout)
}

// writeJSON writes v as the response, with status.
func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(true)
	enc.Encode(v)
}

// apiError is the body of every error response.
type apiError struct {
	Error string `json:"error"`
}

func writeError(w http.ResponseWriter, status int, msg string) {
	writeJSON(w, status, apiError{msg})
}

// badRequest is a client error: its message is shown as it is, with 400.
type badRequest struct{ msg string }

func (e badRequest) Error() string { return e.msg }

func badParam(name, value, want string) error {
	return badRequest{fmt.Sprintf("bad %s %q: %s", name, value, want)}
}

// fail writes err with the status it calls for, logging server errors.
func (h *Handler) fail(w http.ResponseWriter, r *http.Request, err error) {
	var br badRequest
	switch {
	case errors.As(err, &br):
		writeError(w, http.StatusBadRequest, br.msg)
	case errors.Is(err, storage.ErrBadCursor):
		writeError(w, http.StatusBadRequest, "bad cursor: pass the \"next\" of the previous page")
	case errors.Is(err, storage.ErrNotFound):
		writeError(w, http.StatusNotFound, "not found")
	case errors.Is(err, context.DeadlineExceeded):
		h.log.Error("api: timeout", "path", r.URL.Path, "err", err)
		writeError(w, http.StatusServiceUnavailable, "the store took too long to answer")
	default:
		h.log.Error("api", "path", r.URL.Path, "err", err)
		writeError(w, http.StatusInternalServerError, "internal error")
	}
}

// params reads query parameters, keeping the first error.
type params struct {
	r   *http.Request
	err error
}

func (p *params) str(name string) string { return strings.TrimSpace(p.r.URL.Query().Get(name)) }

// list reads a comma-separated parameter, also given several times.
func (p *params) list(name string) []string {
	var out []string
	for _, v := range p.r.URL.Query()[name] {
		for _, s := range strings.Split(v, ",") {
			if s = strings.TrimSpace(s); s != "" {
				out = append(out, s)
			}
		}
	}
	return out
}

// limit reads ?limit=, between 1 and max, def when absent.
func (p *params) limit(def, max int) int {
	s := p.str("limit")
	if s == "" {
		return def
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 || n > max {
		p.set(badParam("limit", s, fmt.Sprintf("want a number from 1 to %d", max)))
		return def
	}
	return n
}

// date reads a YYYY-MM-DD or RFC 3339 parameter.
func (p *params) date(name string) time.Time {
	s := p.str(name)
	if s == "" {
		return time.Time{}
	}
	if t, err := time.Parse("2006-01-02", s); err == nil {
		return t
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t
	}
	p.set(badParam(name, s, "want YYYY-MM-DD or an RFC 3339 time"))
	return time.Time{}
}

// offset reads an offset cursor (see offsetCursor).
func (p *params) offset() int {
	s := p.str("cursor")
	if s == "" {
		return 0
	}
	b, err := base64.RawURLEncoding.DecodeString(s)
	n, err2 := strconv.Atoi(strings.TrimPrefix(string(b), "o:"))
	if err != nil || err2 != nil || !strings.HasPrefix(string(b), "o:") || n < 0 {
		p.set(badParam("cursor", s, "pass the \"next\" of the previous page"))
		return 0
	}
	return n
}

func (p *params) set(err error) {
	if p.err == nil {
		p.err = err
	}
}

// offsetCursor is the cursor of lists ranked by relevance or grouped, which
// page by position: opaque to clients, like every cursor.
func offsetCursor(n int) string {
	return base64.RawURLEncoding.EncodeToString([]byte("o:" + strconv.Itoa(n)))
}

// next returns the cursor after a page that started at offset and got got
// of the limit+1 rows asked for, and how many rows to keep.
func next(offset, got, limit int) (string, int) {
	if got > limit {
		return offsetCursor(offset + limit), limit
	}
	return "", got
}

// entities resolves ?NAME= parameters that name entities (an id, a name in
// English or Arabic, or the text of a mention) to ids. A name that matches
// nothing gives an impossible id, so that the filter finds nothing rather
// than everything.
func (h *Handler) entities(ctx context.Context, p *params, name string) []string {
	var ids []string
	for _, v := range p.list(name) {
		found, err := h.st.FindEntities(ctx, v)
		if err != nil {
			p.set(err)
			return nil
		}
		if len(found) == 0 {
			found = []string{"\x00none"}
		}
		ids = append(ids, found...)
	}
	return ids
}

// pathID reads the {id} of the path as the number of what (an article, a
// story), or returns a bad-parameter error.
func pathID(r *http.Request, what string) (int64, error) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil || id <= 0 {
		return 0, badParam("id", r.PathValue("id"), "want "+what+" number")
	}
	return id, nil
}
