package api

import "net/http"

// Stories and Story are served once story clustering is in the store.
func (h *Handler) Stories(w http.ResponseWriter, r *http.Request) {
	writeError(w, http.StatusNotImplemented, "stories are not built yet")
}

func (h *Handler) Story(w http.ResponseWriter, r *http.Request) {
	writeError(w, http.StatusNotImplemented, "stories are not built yet")
}
