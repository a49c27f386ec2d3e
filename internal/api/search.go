package api

import (
	"net/http"

	"github.com/marsad/marsad/internal/storage"
)

// searchResponse is the body of GET /api/v1/search.
type searchResponse struct {
	Query  string          `json:"query"`
	Hits   []storage.Hit   `json:"hits"`
	Facets *storage.Facets `json:"facets,omitempty"`
	Next   string          `json:"next,omitempty"`
}

// Search is full-text search, best first: ?q= with the filters ?lang=
// ?site= ?entity= ?from= ?to=, ?limit= ?cursor=, and ?facets=0 to leave
// the facets out. Facets count the matching articles (the best 2,000) by
// site, language and entity.
func (h *Handler) Search(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := h.ctx(r)
	defer cancel()
	p := &params{r: r}
	q := storage.SearchQuery{
		Text: p.str("q"), Lang: p.str("lang"), Site: p.str("site"),
		From: p.date("from"), To: p.date("to"),
	}
	limit := p.limit(20, 100)
	offset := p.offset()
	q.Entities = h.entities(ctx, p, "entity")
	if p.err != nil {
		h.fail(w, r, p.err)
		return
	}
	if q.Text == "" && len(q.Entities) == 0 {
		h.fail(w, r, badRequest{"give ?q= (words to find) or ?entity="})
		return
	}
	q.Limit, q.Offset = limit+1, offset
	resp := searchResponse{Query: q.Text, Hits: []storage.Hit{}}
	var hits []storage.Hit
	var err error
	if p.str("facets") != "0" && offset == 0 {
		hits, resp.Facets, err = h.st.SearchWithFacets(ctx, q)
	} else {
		hits, err = h.st.Search(ctx, q)
	}
	if err != nil {
		h.fail(w, r, err)
		return
	}
	var n int
	resp.Next, n = next(offset, len(hits), limit)
	resp.Hits = append(resp.Hits, hits[:n]...)
	writeJSON(w, http.StatusOK, resp)
}
