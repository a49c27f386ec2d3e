package api

import (
	"context"
	"net/http"

	"github.com/marsad/marsad/internal/storage"
)

// Entities lists entities, most-mentioned first: ?q= (part of a name or
// id), ?type=PER|ORG|GPE|LOC, ?limit=.
func (h *Handler) Entities(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := h.ctx(r)
	defer cancel()
	p := &params{r: r}
	typ := p.str("type")
	switch typ {
	case "", "PER", "ORG", "GPE", "LOC":
	default:
		p.set(badParam("type", typ, "want PER, ORG, GPE or LOC"))
	}
	limit := p.limit(50, 500)
	if p.err != nil {
		h.fail(w, r, p.err)
		return
	}
	es, err := h.st.Entities(ctx, p.str("q"), typ, limit)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	if es == nil {
		es = []storage.EntityCount{}
	}
	writeJSON(w, http.StatusOK, map[string]any{"entities": es})
}

// Entity returns one entity: names, type, counts and aliases.
func (h *Handler) Entity(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := h.ctx(r)
	defer cancel()
	e, err := h.st.Entity(ctx, r.PathValue("id"))
	if err != nil {
		h.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, e)
}

// EntityTimeline returns the number of articles that mention the entity,
// per day.
func (h *Handler) EntityTimeline(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := h.ctx(r)
	defer cancel()
	id := r.PathValue("id")
	if !h.entityExists(ctx, w, r, id) {
		return
	}
	days, err := h.st.EntityTimeline(ctx, id)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"id": id, "days": days})
}

// EntityQuotes returns the entity's quotations, newest first.
func (h *Handler) EntityQuotes(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := h.ctx(r)
	defer cancel()
	id := r.PathValue("id")
	p := &params{r: r}
	limit := p.limit(20, 200)
	offset := p.offset()
	if p.err != nil {
		h.fail(w, r, p.err)
		return
	}
	if !h.entityExists(ctx, w, r, id) {
		return
	}
	h.quotes(w, r, storage.QuoteQuery{Speakers: []string{id}, Limit: limit + 1, Offset: offset}, limit)
}

// EntityRelated returns the entities most often mentioned with it.
func (h *Handler) EntityRelated(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := h.ctx(r)
	defer cancel()
	id := r.PathValue("id")
	p := &params{r: r}
	limit := p.limit(20, 100)
	if p.err != nil {
		h.fail(w, r, p.err)
		return
	}
	if !h.entityExists(ctx, w, r, id) {
		return
	}
	es, err := h.st.RelatedEntities(ctx, id, limit)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"id": id, "entities": es})
}

// EntityEvents returns the happenings with the entity as actor or
// recipient (?role=actor|recipient keeps one role), newest first.
func (h *Handler) EntityEvents(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := h.ctx(r)
	defer cancel()
	id := r.PathValue("id")
	p := &params{r: r}
	q := storage.EventQuery{Types: p.list("type"), From: p.date("from"), To: p.date("to")}
	switch role := p.str("role"); role {
	case "":
		q.Involving = []string{id}
	case "actor":
		q.Actors = []string{id}
	case "recipient":
		q.Recipients = []string{id}
	default:
		p.set(badParam("role", role, "want actor or recipient"))
	}
	limit := p.limit(20, 200)
	q.Offset = p.offset()
	if p.err != nil {
		h.fail(w, r, p.err)
		return
	}
	if !h.entityExists(ctx, w, r, id) {
		return
	}
	q.Limit = limit + 1
	h.events(w, r, q, limit)
}

// Relations counts cooperation and conflict between ?a= and ?b= (ids or
// names) per month and PLOVER quad class.
func (h *Handler) Relations(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := h.ctx(r)
	defer cancel()
	p := &params{r: r}
	a, b := h.entities(ctx, p, "a"), h.entities(ctx, p, "b")
	if p.err == nil && (len(a) == 0 || len(b) == 0) {
		p.set(badRequest{"give two entities: ?a= and ?b="})
	}
	if p.err != nil {
		h.fail(w, r, p.err)
		return
	}
	rel, err := h.st.Relations(ctx, a[0], b[0])
	if err != nil {
		h.fail(w, r, err)
		return
	}
	if rel == nil {
		rel = []storage.RelationCount{}
	}
	writeJSON(w, http.StatusOK, map[string]any{"a": a[0], "b": b[0], "months": rel})
}

// Graph is the actor graph of a period (?from= ?to=): entities as nodes,
// happenings between them as edges counted by quad class; ?limit= edges.
func (h *Handler) Graph(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := h.ctx(r)
	defer cancel()
	p := &params{r: r}
	q := storage.GraphQuery{From: p.date("from"), To: p.date("to"), Limit: p.limit(50, 500)}
	if p.err != nil {
		h.fail(w, r, p.err)
		return
	}
	g, err := h.st.ActorGraph(ctx, q)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, g)
}

// entityExists answers 404 (or the store's error) and reports false when
// there is no entity id.
func (h *Handler) entityExists(ctx context.Context, w http.ResponseWriter, r *http.Request, id string) bool {
	if _, err := h.st.Entity(ctx, id); err != nil {
		h.fail(w, r, err)
		return false
	}
	return true
}
