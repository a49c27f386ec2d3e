package api

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"

	"github.com/marsad/marsad/internal/fetch"
	"github.com/marsad/marsad/internal/ingest"
	"github.com/marsad/marsad/internal/model"
)

// ingestResult is what happened to one article of an ingest request.
type ingestResult struct {
	Name    string `json:"name"`
	ID      int64  `json:"id,omitempty"`
	Outcome string `json:"outcome"` // inserted, updated, unchanged, rejected, failed
	Title   string `json:"title,omitempty"`
	Error   string `json:"error,omitempty"`
}

// Ingest stores what it is given, extracted and analysed like marsad
// ingest does, and answers what became of each article. It requires
// "Authorization: Bearer TOKEN". The body is one of:
//
//   - JSON {"url": "https://…"}: the page is fetched (never from loopback,
//     private or link-local addresses unless the server allows it);
//   - JSON with the document: an article object ({"url", "title",
//     "published", "text"} or {"url", "html"}), an array of them, or JSON
//     Lines;
//   - text/html or text/plain: the page itself, its address in ?url=.
//
// The status is 200 when something was stored or already was, 422 when
// every article failed (the reasons are in the results), 502 when the URL
// could not be fetched, 403 for a forbidden address.
func (h *Handler) Ingest(w http.ResponseWriter, r *http.Request) {
	if !h.authorized(w, r) {
		return
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, h.opts.MaxBody))
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			writeError(w, http.StatusRequestEntityTooLarge, fmt.Sprintf("body larger than %d bytes", h.opts.MaxBody))
			return
		}
		writeError(w, http.StatusBadRequest, "reading the body: "+err.Error())
		return
	}
	if len(bytes.TrimSpace(body)) == 0 {
		writeError(w, http.StatusBadRequest, `empty body: send {"url": "https://…"}, an article as JSON, or a page as text/html`)
		return
	}
	it, status, err := h.item(r, body)
	if err != nil {
		writeError(w, status, err.Error())
		return
	}
	h.store(w, r, it)
}

// item makes the ingest item of a request body, or says what is wrong
// with it and the status to answer.
func (h *Handler) item(r *http.Request, body []byte) (ingest.Item, int, error) {
	ct, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	url := r.URL.Query().Get("url")
	switch ct {
	case "text/html", "application/xhtml+xml":
		return ingest.Item{Name: firstNonEmpty(url, "request"), URL: url, Kind: "html", Data: body}, 0, nil
	case "text/plain":
		return ingest.Item{Name: firstNonEmpty(url, "request"), URL: url, Kind: "text", Data: body}, 0, nil
	case "application/json", "application/x-ndjson", "":
	default:
		return ingest.Item{}, http.StatusUnsupportedMediaType, fmt.Errorf("content type %q: send application/json, text/html or text/plain", ct)
	}
	if !json.Valid(body) && !bytes.HasPrefix(bytes.TrimSpace(body), []byte("{")) {
		return ingest.Item{}, http.StatusBadRequest, errors.New("the body is not JSON")
	}
	var only map[string]json.RawMessage
	if err := json.Unmarshal(body, &only); err == nil && len(only) == 1 && only["url"] != nil {
		var u string
		if err := json.Unmarshal(only["url"], &u); err != nil || u == "" {
			return ingest.Item{}, http.StatusBadRequest, errors.New(`"url" must be a non-empty string`)
		}
		// The fetcher's own timeouts bound the fetch (the query timeout is
		// for the store's work).
		p, err := h.fetch.Get(r.Context(), u)
		switch {
		case errors.Is(err, fetch.ErrForbiddenAddress):
			return ingest.Item{}, http.StatusForbidden, fmt.Errorf("not fetched: %v", err)
		case err != nil:
			return ingest.Item{}, http.StatusBadGateway, fmt.Errorf("fetching %s: %v", u, err)
		}
		return ingest.Item{Name: u, URL: p.URL, ContentType: p.ContentType, Kind: ingest.KindOfContentType(p.ContentType), Data: p.Body}, 0, nil
	}
	return ingest.Item{Name: firstNonEmpty(url, "request"), URL: url, Kind: "json", Data: body}, 0, nil
}

// store processes and stores an item and writes the response.
func (h *Handler) store(w http.ResponseWriter, r *http.Request, it ingest.Item) {
	ctx, cancel := h.ctx(r)
	defer cancel()
	results := h.proc.Process(it)
	out := make([]ingestResult, len(results))
	var articles []*model.Article
	var at []int
	for i, res := range results {
		out[i] = ingestResult{Name: res.Name, Outcome: "failed"}
		if res.Err != nil {
			out[i].Error = res.Err.Error()
			continue
		}
		out[i].Title = res.Article.Title
		articles = append(articles, res.Article)
		at = append(at, i)
	}
	stored := false
	if len(articles) > 0 {
		saved, err := h.st.SaveArticles(ctx, articles)
		if err != nil {
			h.fail(w, r, err)
			return
		}
		for j, s := range saved {
			o := &out[at[j]]
			o.ID, o.Outcome = s.ID, s.Outcome.String()
			if s.Err != nil {
				o.Error = s.Err.Error()
			} else {
				stored = true
			}
		}
	}
	if h.opts.OnIngest != nil {
		counts := map[string]int{}
		for _, o := range out {
			counts[o.Outcome]++
		}
		for k, n := range counts {
			h.opts.OnIngest(k, n)
		}
	}
	if stored && h.opts.AfterIngest != nil {
		if err := h.opts.AfterIngest(ctx); err != nil {
			h.log.Error("api: after ingest", "err", err)
		}
	}
	status := http.StatusOK
	if !stored {
		status = http.StatusUnprocessableEntity
	}
	writeJSON(w, status, map[string]any{"results": out})
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}
