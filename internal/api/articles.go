package api

import (
	"net/http"

	"github.com/marsad/marsad/internal/storage"
)

// Articles lists stored articles, newest first: ?lang= ?site= ?entity=
// ?from= ?to= ?limit= ?cursor=.
func (h *Handler) Articles(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := h.ctx(r)
	defer cancel()
	p := &params{r: r}
	q := storage.ArticleQuery{
		Lang: p.str("lang"), Site: p.str("site"),
		From: p.date("from"), To: p.date("to"),
		Limit: p.limit(20, 200), Cursor: p.str("cursor"),
	}
	q.Entities = h.entities(ctx, p, "entity")
	if p.err != nil {
		h.fail(w, r, p.err)
		return
	}
	page, err := h.st.Articles(ctx, q)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, page)
}

// Article returns one article with its text and every annotation:
// entities with their mentions, quotations, amounts, dates and events,
// offsets in code points of the text.
func (h *Handler) Article(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := h.ctx(r)
	defer cancel()
	id, err := pathID(r, "an article")
	if err != nil {
		h.fail(w, r, err)
		return
	}
	a, err := h.st.Article(ctx, id)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	if a.Analysis, err = h.st.ArticleAnalysis(ctx, id); err != nil {
		h.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, a)
}
