package api

import (
	"net/http"
	"strconv"

	"github.com/marsad/marsad/internal/storage"
)

// Stories lists stories — articles about one happening, across sources and
// languages — the most recently active first: ?from= ?to= ?entity=
// ?min= (articles, default 2) ?limit= ?cursor=.
func (h *Handler) Stories(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := h.ctx(r)
	defer cancel()
	p := &params{r: r}
	q := storage.StoryQuery{From: p.date("from"), To: p.date("to"), Cursor: p.str("cursor")}
	q.Limit = p.limit(20, 200)
	if m := p.str("min"); m != "" {
		n, err := strconv.Atoi(m)
		if err != nil || n < 1 {
			p.set(badParam("min", m, "want a number of articles, 1 or more"))
		}
		q.MinArticles = n
	}
	q.Entities = h.entities(ctx, p, "entity")
	if p.err != nil {
		h.fail(w, r, p.err)
		return
	}
	ss, next, err := h.st.Stories(ctx, q)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	if ss == nil {
		ss = []storage.Story{}
	}
	writeJSON(w, http.StatusOK, map[string]any{"stories": ss, "next": omitEmpty(next)})
}

// Story returns one story with its articles, earliest first, each marked
// when it is a near-copy of another.
func (h *Handler) Story(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := h.ctx(r)
	defer cancel()
	id, err := pathID(r, "a story")
	if err != nil {
		h.fail(w, r, err)
		return
	}
	st, err := h.st.Story(ctx, id)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, st)
}
