package ui

import (
	"context"
	"errors"
	"net/http"
	"time"

	"github.com/marsad/marsad/internal/storage"
)

// storyPageSize is the number of stories on a page.
const storyPageSize = 20

// latestStories returns the newest stories of several articles.
func (h *Handler) latestStories(ctx context.Context, limit int) ([]storage.Story, error) {
	ss, _, err := h.st.Stories(ctx, storage.StoryQuery{Limit: limit})
	return ss, err
}

// storiesView is the Data of the stories page.
type storiesView struct {
	From, To, Entity string
	EntityName       string
	Unknown          bool
	Stories          []storage.Story
	// Next is the address of the next page, "" on the last.
	Next string
	// First links back to the first page from a later one.
	First string
}

// Stories lists the stories — articles about one happening, grouped
// across sources and languages — the most recently active first,
// filtered by an entity (?entity=) and dates (?from= ?to=), paged by
// cursor (?cursor=).
func (h *Handler) Stories(w http.ResponseWriter, r *http.Request) {
	p := h.newPage(w, r, "stories")
	ctx, cancel := h.ctx(r)
	defer cancel()
	f := newForm(r, p)
	v := &storiesView{From: f.str("from"), To: f.str("to"), Entity: f.str("entity")}
	q := storage.StoryQuery{From: f.date("from"), To: f.date("to"), Cursor: f.str("cursor"), Limit: storyPageSize}
	if f.err != nil {
		h.fail(w, r, p, f.err)
		return
	}
	p.Title, p.Data = p.T("stories.title"), v
	var err error
	if v.Entity != "" {
		if q.Entities, v.EntityName, err = h.resolve(ctx, p, v.Entity); err != nil {
			h.fail(w, r, p, err)
			return
		}
		if v.Unknown = len(q.Entities) == 0; v.Unknown {
			h.render(w, r, "stories", p)
			return
		}
	}
	var next string
	v.Stories, next, err = h.st.Stories(ctx, q)
	if errors.Is(err, storage.ErrBadCursor) {
		h.fail(w, r, p, badRequest{p.T("badPage")})
		return
	}
	if err != nil {
		h.fail(w, r, p, err)
		return
	}
	if next != "" {
		v.Next = withParam(r.URL, "cursor", next)
	}
	if q.Cursor != "" {
		v.First = withParam(r.URL, "cursor", "")
	}
	h.render(w, r, "stories", p)
}

// storyView is the Data of a story's page.
type storyView struct {
	Story *storage.StoryDetail
}

// Story is one story: its span, sources, languages and entities, and its
// articles in time order, near-copies marked.
func (h *Handler) Story(w http.ResponseWriter, r *http.Request) {
	p := h.newPage(w, r, "stories")
	id, ok := pathID(r)
	if !ok {
		h.failPage(w, r, p, http.StatusNotFound, "")
		return
	}
	ctx, cancel := h.ctx(r)
	defer cancel()
	s, err := h.st.Story(ctx, id)
	if err != nil {
		h.fail(w, r, p, err)
		return
	}
	p.Title, p.Data = s.Title, &storyView{Story: s}
	h.render(w, r, "story", p)
}

// articleStory returns the story of several articles that article id is
// in, or nil.
func (h *Handler) articleStory(ctx context.Context, id int64) (*storage.Story, error) {
	s, err := h.st.ArticleStory(ctx, id)
	if errors.Is(err, storage.ErrNotFound) || err == nil && s.Articles < 2 {
		return nil, nil
	}
	return s, err
}

// Span formats the time a story spans: one day, or its first and last.
func (l lang) Span(first, last time.Time) string {
	a, b := l.Date(first.UTC()), l.Date(last.UTC())
	if a == b {
		return a
	}
	return a + " – " + b
}
