package server

import (
	"net/http"
)

// routes lists every route of marsad serve in one place: the JSON API under
// /api/v1, the web UI, and the operational endpoints.
func (s *Server) routes() *http.ServeMux {
	mux := http.NewServeMux()
	a, u := s.api, s.ui

	mux.HandleFunc("GET /healthz", s.healthz)
	mux.HandleFunc("GET /metrics", s.metrics.serve)

	mux.HandleFunc("GET /api/v1/openapi.json", a.OpenAPI)
	mux.HandleFunc("GET /api/v1/articles", a.Articles)
	mux.HandleFunc("GET /api/v1/articles/{id}", a.Article)
	mux.HandleFunc("GET /api/v1/search", a.Search)
	mux.HandleFunc("GET /api/v1/entities", a.Entities)
	mux.HandleFunc("GET /api/v1/entities/{id}", a.Entity)
	mux.HandleFunc("GET /api/v1/entities/{id}/timeline", a.EntityTimeline)
	mux.HandleFunc("GET /api/v1/entities/{id}/quotes", a.EntityQuotes)
	mux.HandleFunc("GET /api/v1/entities/{id}/related", a.EntityRelated)
	mux.HandleFunc("GET /api/v1/entities/{id}/events", a.EntityEvents)
	mux.HandleFunc("GET /api/v1/relations", a.Relations)
	mux.HandleFunc("GET /api/v1/graph", a.Graph)
	mux.HandleFunc("GET /api/v1/quotes", a.Quotes)
	mux.HandleFunc("GET /api/v1/amounts", a.Amounts)
	mux.HandleFunc("GET /api/v1/events", a.Events)
	mux.HandleFunc("GET /api/v1/stories", a.Stories)
	mux.HandleFunc("GET /api/v1/stories/{id}", a.Story)
	mux.HandleFunc("POST /api/v1/ingest", a.Ingest)
	mux.HandleFunc("/api/", a.NotFound)

	mux.HandleFunc("GET /{$}", u.Home)
	mux.HandleFunc("GET /search", u.Search)
	mux.HandleFunc("GET /articles/{id}", u.Article)
	mux.HandleFunc("GET /entities", u.Entities)
	mux.HandleFunc("GET /entities/{id}", u.Entity)
	mux.HandleFunc("GET /quotes", u.Quotes)
	mux.HandleFunc("GET /events", u.Events)
	mux.HandleFunc("GET /graph", u.Graph)
	mux.HandleFunc("GET /stories", u.Stories)
	mux.HandleFunc("GET /stories/{id}", u.Story)
	mux.Handle("GET /static/", u.Static())
	mux.HandleFunc("/", u.NotFound)
	return mux
}
