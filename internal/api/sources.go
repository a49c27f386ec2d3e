package api

import (
	"crypto/subtle"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"strings"

	"github.com/marsad/marsad/internal/feeds"
	"github.com/marsad/marsad/internal/storage"
)

// sourceStatus is a source as the API shows it.
type sourceStatus struct {
	storage.SourceStatus
	IntervalSeconds int `json:"interval_seconds"`
}

// Sources lists the sources marsad follows, each with its status (last
// success, last error, articles per day, its links by state), and the
// queue's totals.
func (h *Handler) Sources(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := h.ctx(r)
	defer cancel()
	ss, err := h.st.Sources(ctx)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	q, err := h.st.QueueStats(ctx)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	out := make([]sourceStatus, len(ss))
	for i, s := range ss {
		out[i] = sourceStatus{s, int(s.Interval.Seconds())}
	}
	writeJSON(w, http.StatusOK, map[string]any{"sources": out, "queue": q})
}

// authorized checks the bearer token of a request that changes the store,
// answering it when the check fails.
func (h *Handler) authorized(w http.ResponseWriter, r *http.Request) bool {
	if h.opts.Token == "" {
		writeError(w, http.StatusForbidden, "changes over the API are switched off: start marsad serve with --token (or MARSAD_TOKEN)")
		return false
	}
	token, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	if !ok || subtle.ConstantTimeCompare([]byte(token), []byte(h.opts.Token)) != 1 {
		w.Header().Set("WWW-Authenticate", `Bearer realm="marsad"`)
		writeError(w, http.StatusUnauthorized, "missing or wrong token: send Authorization: Bearer TOKEN")
		return false
	}
	return true
}

// AddSource adds a source to follow: {"url", "kind": "feed"|"sitemap"|"page",
// "title"}. It needs the token. The answer is 201 with the source's id, or
// 200 when it was already followed.
func (h *Handler) AddSource(w http.ResponseWriter, r *http.Request) {
	if !h.authorized(w, r) {
		return
	}
	var in struct{ URL, Kind, Title string }
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, 64<<10))
	if err == nil {
		err = json.Unmarshal(body, &in)
	}
	if err != nil {
		writeError(w, http.StatusBadRequest, `send {"url": "https://…/feed.xml", "kind": "feed", "title": "…"}: `+err.Error())
		return
	}
	if in.Kind == "" {
		in.Kind = string(feeds.KindFeed)
	}
	if !feeds.Kind(in.Kind).Valid() {
		writeError(w, http.StatusBadRequest, `bad kind `+in.Kind+`: want feed, sitemap or page`)
		return
	}
	if !strings.HasPrefix(in.URL, "http://") && !strings.HasPrefix(in.URL, "https://") {
		writeError(w, http.StatusBadRequest, `"url" must be an http(s) address`)
		return
	}
	ctx, cancel := h.ctx(r)
	defer cancel()
	id, added, err := h.st.AddSource(ctx, storage.Source{URL: in.URL, Kind: in.Kind, Title: in.Title})
	if err != nil {
		h.fail(w, r, err)
		return
	}
	status := http.StatusOK
	if added {
		status = http.StatusCreated
	}
	writeJSON(w, status, map[string]any{"id": id, "added": added})
}

// RemoveSource stops following a source (by id or URL); its stored
// articles stay. It needs the token.
func (h *Handler) RemoveSource(w http.ResponseWriter, r *http.Request) {
	if !h.authorized(w, r) {
		return
	}
	ctx, cancel := h.ctx(r)
	defer cancel()
	if err := h.st.RemoveSource(ctx, r.PathValue("id")); err != nil {
		if errors.Is(err, storage.ErrNotFound) {
			writeError(w, http.StatusNotFound, "no such source")
			return
		}
		h.fail(w, r, err)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
