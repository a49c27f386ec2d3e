package ui

import (
	"net/http"

	"github.com/marsad/marsad/internal/storage"
)

// homeView is the Data of the home page.
type homeView struct {
	Stats    storage.Stats
	Articles []storage.ArticleSummary
	Entities []storage.EntityCount
	Stories  []storage.Story
}

// Home is the front page: the search box, the store's size, the latest
// articles, the most-mentioned entities and the latest stories.
func (h *Handler) Home(w http.ResponseWriter, r *http.Request) {
	p := h.newPage(w, r, "home")
	ctx, cancel := h.ctx(r)
	defer cancel()
	var v homeView
	var err error
	if v.Stats, err = h.st.Stats(ctx); err != nil {
		h.fail(w, r, p, err)
		return
	}
	page, err := h.st.Articles(ctx, storage.ArticleQuery{Limit: 15})
	if err != nil {
		h.fail(w, r, p, err)
		return
	}
	v.Articles = page.Articles
	if v.Entities, err = h.st.TopEntities(ctx, "", 20); err != nil {
		h.fail(w, r, p, err)
		return
	}
	if v.Stories, err = h.latestStories(ctx, 6); err != nil {
		h.fail(w, r, p, err)
		return
	}
	p.Data = v
	h.render(w, r, "home", p)
}
