package ui

import (
	"html/template"
	"net/http"
	"net/url"

	"github.com/marsad/marsad/internal/storage"
)

// searchPageSize is the number of hits on a page of results.
const searchPageSize = 20

// searchView is the Data of the search page.
type searchView struct {
	// The form's values.
	Q, Lang, Site, Entity, From, To string
	// EntityName names the entity filter.
	EntityName string
	// Searched says whether there was anything to search for.
	Searched bool
	Hits     []searchHit
	Facets   *storage.Facets
	Pager    *pager
	url      *url.URL
}

// searchHit is a hit with its snippet marked up.
type searchHit struct {
	storage.Hit
	Marked template.HTML
}

// Toggle is the address of these results with the filter key set to
// value, or without it when it is already set to value.
func (v *searchView) Toggle(key, value string) string {
	if v.url.Query().Get(key) == value {
		value = ""
	}
	u := *v.url
	q := u.Query()
	q.Del("page")
	u.RawQuery = q.Encode()
	return withParam(&u, key, value)
}

// Active reports whether the filter key is set to value.
func (v *searchView) Active(key, value string) bool { return v.url.Query().Get(key) == value }

// Search is full-text search with filters (?lang= ?site= ?entity= ?from=
// ?to=), facets that add and remove them, and pages (?page=).
func (h *Handler) Search(w http.ResponseWriter, r *http.Request) {
	p := h.newPage(w, r, "search")
	ctx, cancel := h.ctx(r)
	defer cancel()
	f := newForm(r, p)
	v := &searchView{
		Q: f.str("q"), Lang: f.str("lang"), Site: f.str("site"), Entity: f.str("entity"),
		From: f.str("from"), To: f.str("to"), url: r.URL,
	}
	q := storage.SearchQuery{Text: v.Q, Lang: v.Lang, Site: v.Site, From: f.date("from"), To: f.date("to")}
	n := f.page()
	if f.err != nil {
		h.fail(w, r, p, f.err)
		return
	}
	p.Title, p.Query, p.Data = p.T("search.title"), v.Q, v
	if v.Q != "" {
		p.Title = v.Q + " · " + p.T("search.title")
	}
	if v.Entity != "" {
		ids, err := h.st.FindEntities(ctx, v.Entity)
		if err != nil {
			h.fail(w, r, p, err)
			return
		}
		if len(ids) == 0 {
			ids = []string{"\x00none"} // a name that names nothing finds nothing
		}
		q.Entities = ids
		v.EntityName = v.Entity
		if e, err := h.st.Entity(ctx, ids[0]); err == nil {
			v.EntityName = p.Name(e.Name, e.NameAr)
		}
	}
	if v.Q == "" && v.Entity == "" {
		h.render(w, r, "search", p)
		return
	}
	v.Searched = true
	q.Limit, q.Offset = searchPageSize+1, (n-1)*searchPageSize
	// One ranking gives the page and the facets (of the best matches).
	hits, facets, err := h.st.SearchWithFacets(ctx, q)
	if err != nil {
		h.fail(w, r, p, err)
		return
	}
	v.Facets = facets
	more := len(hits) > searchPageSize
	hits = hits[:min(len(hits), searchPageSize)]
	for _, hit := range hits {
		v.Hits = append(v.Hits, searchHit{Hit: hit, Marked: markSnippet(hit.Snippet, hit.Highlights)})
	}
	v.Pager = newPager(r, n, more)
	h.render(w, r, "search", p)
}
