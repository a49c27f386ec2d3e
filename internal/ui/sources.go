package ui

import (
	"net/http"

	"github.com/marsad/marsad/internal/storage"
)

// sourcesView is the Data of the sources page.
type sourcesView struct {
	Sources []storage.SourceStatus
	Queue   storage.QueueStats
}

// Sources shows the sources marsad follows, each with its status: when it
// was last read, its last error, articles per day and its queued links.
func (h *Handler) Sources(w http.ResponseWriter, r *http.Request) {
	p := h.newPage(w, r, "sources")
	ctx, cancel := h.ctx(r)
	defer cancel()
	v := &sourcesView{}
	var err error
	if v.Sources, err = h.st.Sources(ctx); err != nil {
		h.fail(w, r, p, err)
		return
	}
	if v.Queue, err = h.st.QueueStats(ctx); err != nil {
		h.fail(w, r, p, err)
		return
	}
	p.Title, p.Data = p.T("sources.title"), v
	h.render(w, r, "sources", p)
}
