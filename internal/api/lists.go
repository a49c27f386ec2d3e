package api

import (
	"net/http"

	"github.com/marsad/marsad/internal/storage"
)

// Quotes lists quotations, newest first: ?speaker= (an entity), ?q=
// (words of the quotation), ?from= ?to=, ?limit= ?cursor=.
func (h *Handler) Quotes(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := h.ctx(r)
	defer cancel()
	p := &params{r: r}
	q := storage.QuoteQuery{Text: p.str("q"), From: p.date("from"), To: p.date("to")}
	limit := p.limit(20, 200)
	q.Offset = p.offset()
	q.Speakers = h.entities(ctx, p, "speaker")
	if p.err != nil {
		h.fail(w, r, p.err)
		return
	}
	q.Limit = limit + 1
	h.quotes(w, r, q, limit)
}

func (h *Handler) quotes(w http.ResponseWriter, r *http.Request, q storage.QuoteQuery, limit int) {
	ctx, cancel := h.ctx(r)
	defer cancel()
	qs, err := h.st.Quotes(ctx, q)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	writePage(w, "quotes", qs, q.Offset, limit)
}

// Amounts lists amounts, newest first: ?kind= ?unit= ?from= ?to=, ?limit=
// ?cursor=.
func (h *Handler) Amounts(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := h.ctx(r)
	defer cancel()
	p := &params{r: r}
	q := storage.AmountQuery{Kind: p.str("kind"), Unit: p.str("unit"), From: p.date("from"), To: p.date("to")}
	limit := p.limit(20, 200)
	q.Offset = p.offset()
	if p.err != nil {
		h.fail(w, r, p.err)
		return
	}
	q.Limit = limit + 1
	as, err := h.st.Amounts(ctx, q)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	writePage(w, "amounts", as, q.Offset, limit)
}

// Events lists happenings (events deduplicated across reports), the most
// recently reported first, each with its mentions: ?actor= ?recipient=
// ?entity= (either role) ?type= (PLOVER, comma-separated) ?from= ?to=,
// ?limit= ?cursor=.
func (h *Handler) Events(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := h.ctx(r)
	defer cancel()
	p := &params{r: r}
	q := storage.EventQuery{Types: p.list("type"), From: p.date("from"), To: p.date("to")}
	q.Actors = h.entities(ctx, p, "actor")
	q.Recipients = h.entities(ctx, p, "recipient")
	q.Involving = h.entities(ctx, p, "entity")
	limit := p.limit(20, 200)
	q.Offset = p.offset()
	if p.err != nil {
		h.fail(w, r, p.err)
		return
	}
	q.Limit = limit + 1
	h.events(w, r, q, limit)
}

func (h *Handler) events(w http.ResponseWriter, r *http.Request, q storage.EventQuery, limit int) {
	ctx, cancel := h.ctx(r)
	defer cancel()
	evs, err := h.st.Events(ctx, q)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	writePage(w, "events", evs, q.Offset, limit)
}

// writePage writes one page of a list asked for with limit+1 rows from
// offset: {key: the first limit rows (never null), "next": the cursor of
// the following page, or null on the last}.
func writePage[T any](w http.ResponseWriter, key string, rows []T, offset, limit int) {
	next, n := next(offset, len(rows), limit)
	page := append(make([]T, 0, n), rows[:n]...)
	writeJSON(w, http.StatusOK, map[string]any{key: page, "next": omitEmpty(next)})
}

// omitEmpty is nil for "", so that a last page has "next": null.
func omitEmpty(s string) any {
	if s == "" {
		return nil
	}
	return s
}
