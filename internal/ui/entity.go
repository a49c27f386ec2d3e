package ui

import (
	"fmt"
	"net/http"

	"github.com/marsad/marsad/internal/storage"
)

// entityTypes are the entity types, in the order filters show them.
var entityTypes = []string{"PER", "ORG", "GPE", "LOC"}

// entitiesView is the Data of the entities page.
type entitiesView struct {
	Q, Type  string
	Types    []string
	Entities []storage.EntityCount
}

// Entities lists entities, most-mentioned first, filtered by part of a
// name (?q=) and type (?type=).
func (h *Handler) Entities(w http.ResponseWriter, r *http.Request) {
	p := h.newPage(w, r, "entities")
	ctx, cancel := h.ctx(r)
	defer cancel()
	f := newForm(r, p)
	v := &entitiesView{Q: f.str("q"), Type: f.str("type"), Types: entityTypes}
	switch v.Type {
	case "", "PER", "ORG", "GPE", "LOC":
	default:
		h.fail(w, r, p, badRequest{fmt.Sprintf(p.T("badType"), v.Type)})
		return
	}
	var err error
	if v.Entities, err = h.st.Entities(ctx, v.Q, v.Type, 200); err != nil {
		h.fail(w, r, p, err)
		return
	}
	p.Title, p.Data = p.T("entities.title"), v
	h.render(w, r, "entities", p)
}

// entityView is the Data of an entity's page.
type entityView struct {
	Entity      *storage.EntityInfo
	Chart       *timeChart
	Quotes      []storage.QuoteHit
	Related     []storage.EntityCount
	AsActor     []storage.Happening
	AsRecipient []storage.Happening
	Articles    []storage.ArticleSummary
}

// Entity is an entity's page: its names and aliases, its mentions over
// time as a chart, its latest quotations, the entities mentioned with it,
// the events it took part in as actor and as recipient, and the latest
// articles that mention it.
func (h *Handler) Entity(w http.ResponseWriter, r *http.Request) {
	p := h.newPage(w, r, "entities")
	ctx, cancel := h.ctx(r)
	defer cancel()
	id := r.PathValue("id")
	e, err := h.st.Entity(ctx, id)
	if err != nil {
		h.fail(w, r, p, err)
		return
	}
	v := &entityView{Entity: e}
	name := p.Name(e.Name, e.NameAr)
	days, err := h.st.EntityTimeline(ctx, id)
	if err != nil {
		h.fail(w, r, p, err)
		return
	}
	v.Chart = newTimeChart(p.lang, fmt.Sprintf(p.T("entity.chartTitle"), name), days)
	if v.Quotes, err = h.st.Quotes(ctx, storage.QuoteQuery{Speakers: []string{id}, Limit: 8}); err != nil {
		h.fail(w, r, p, err)
		return
	}
	if v.Related, err = h.st.RelatedEntities(ctx, id, 15); err != nil {
		h.fail(w, r, p, err)
		return
	}
	if v.AsActor, err = h.st.Events(ctx, storage.EventQuery{Actors: []string{id}, Limit: 10}); err != nil {
		h.fail(w, r, p, err)
		return
	}
	if v.AsRecipient, err = h.st.Events(ctx, storage.EventQuery{Recipients: []string{id}, Limit: 10}); err != nil {
		h.fail(w, r, p, err)
		return
	}
	ids := append(quoteIDs(v.Quotes), happeningIDs(v.AsActor)...)
	if err := h.loadNames(ctx, p, append(ids, happeningIDs(v.AsRecipient)...)); err != nil {
		h.fail(w, r, p, err)
		return
	}
	page, err := h.st.Articles(ctx, storage.ArticleQuery{Entities: []string{id}, Limit: 8})
	if err != nil {
		h.fail(w, r, p, err)
		return
	}
	v.Articles = page.Articles
	p.Title, p.Data = name, v
	h.render(w, r, "entity", p)
}
