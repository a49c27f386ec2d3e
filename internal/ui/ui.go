// Package ui is marsad's web UI: server-rendered pages over the store.
// (Scaffolding: the pages are being written.)
package ui

import (
	"net/http"

	"github.com/marsad/marsad/internal/storage"
)

// Options configure the UI.
type Options struct{}

// Handler serves the UI's pages.
type Handler struct{ st *storage.Store }

// New returns the UI over st.
func New(st *storage.Store, opts Options) (*Handler, error) { return &Handler{st: st}, nil }

func todo(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "not yet", http.StatusNotImplemented)
}

func (h *Handler) Home(w http.ResponseWriter, r *http.Request)     { todo(w, r) }
func (h *Handler) Search(w http.ResponseWriter, r *http.Request)   { todo(w, r) }
func (h *Handler) Article(w http.ResponseWriter, r *http.Request)  { todo(w, r) }
func (h *Handler) Entities(w http.ResponseWriter, r *http.Request) { todo(w, r) }
func (h *Handler) Entity(w http.ResponseWriter, r *http.Request)   { todo(w, r) }
func (h *Handler) Quotes(w http.ResponseWriter, r *http.Request)   { todo(w, r) }
func (h *Handler) Events(w http.ResponseWriter, r *http.Request)   { todo(w, r) }
func (h *Handler) Graph(w http.ResponseWriter, r *http.Request)    { todo(w, r) }
func (h *Handler) Stories(w http.ResponseWriter, r *http.Request)  { todo(w, r) }
func (h *Handler) Story(w http.ResponseWriter, r *http.Request)    { todo(w, r) }
func (h *Handler) NotFound(w http.ResponseWriter, r *http.Request) { http.NotFound(w, r) }
func (h *Handler) Static() http.Handler                            { return http.NotFoundHandler() }
