package ui

import (
	"context"
	"net/http"
)

// storySummary is a story in a list.
type storySummary struct {
	ID    int64
	Title string
}

// latestStories returns the newest stories, and whether the store builds
// stories at all. Story clustering is not in the store yet.
func (h *Handler) latestStories(ctx context.Context, limit int) ([]storySummary, bool, error) {
	return nil, false, nil
}

// storiesView is the Data of the stories pages.
type storiesView struct {
	Built bool
}

// Stories lists the stories: articles about one happening, grouped across
// sources and languages. Until the store builds them, the page says so.
func (h *Handler) Stories(w http.ResponseWriter, r *http.Request) {
	p := h.newPage(w, r, "stories")
	p.Title = p.T("stories.title")
	p.Data = storiesView{}
	h.render(w, r, "stories", p)
}

// Story is one story with its articles.
func (h *Handler) Story(w http.ResponseWriter, r *http.Request) {
	p := h.newPage(w, r, "stories")
	p.Title = p.T("stories.title")
	p.Data = storiesView{}
	h.render(w, r, "stories", p)
}
