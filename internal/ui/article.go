package ui

import (
	"html/template"
	"net/http"

	"github.com/marsad/marsad/internal/model"
	"github.com/marsad/marsad/internal/storage"
)

// articleView is the Data of the article page.
type articleView struct {
	Article  *model.Article
	Analysis *model.Analysis
	// Text is the article's text with its quotations, mentions and
	// amounts marked.
	Text template.HTML
	// Types are the entity types mentioned, for the key.
	Types []string
	// Story is the story of several articles the article is in, or nil.
	Story *storage.Story
}

// Article is one article: its text with quotations, entity mentions and
// amounts marked and linked, then the events, quotations and amounts
// found in it.
func (h *Handler) Article(w http.ResponseWriter, r *http.Request) {
	p := h.newPage(w, r, "")
	id, ok := pathID(r)
	if !ok {
		h.failPage(w, r, p, http.StatusNotFound, "")
		return
	}
	ctx, cancel := h.ctx(r)
	defer cancel()
	a, err := h.st.Article(ctx, id)
	if err != nil {
		h.fail(w, r, p, err)
		return
	}
	an, err := h.st.ArticleAnalysis(ctx, id)
	if err != nil {
		h.fail(w, r, p, err)
		return
	}
	var ids []string
	for _, q := range an.Quotes {
		if q.Speaker != nil {
			ids = append(ids, q.Speaker.ID)
		}
	}
	if err := h.loadNames(ctx, p, append(ids, eventIDs(an.Events...)...)); err != nil {
		h.fail(w, r, p, err)
		return
	}
	v := &articleView{Article: a, Analysis: an, Text: markText(a.Text, articleMarks(p.lang, p.names, an))}
	if v.Story, err = h.articleStory(ctx, id); err != nil {
		h.fail(w, r, p, err)
		return
	}
	seen := map[string]bool{}
	for _, e := range an.Entities {
		if !seen[e.Type] {
			seen[e.Type] = true
		}
	}
	for _, t := range []string{"PER", "ORG", "GPE", "LOC"} {
		if seen[t] {
			v.Types = append(v.Types, t)
		}
	}
	p.Title, p.Data = a.Title, v
	h.render(w, r, "article", p)
}
