package server

import (
	"net/http"
)

// route is one entry of the routing table.
type route struct {
	pattern string
	handler http.Handler
}

// table lists every route of marsad serve in one place: the operational
// endpoints, the JSON API under /api/v1, and the web UI.
func (s *Server) table() []route {
	a, u := s.api, s.ui
	f := func(p string, h http.HandlerFunc) route { return route{p, h} }
	return []route{
		f("GET /healthz", s.healthz),
		f("GET /metrics", s.metrics.serve),

		f("GET /api/v1/openapi.json", a.OpenAPI),
		f("GET /api/v1/articles", a.Articles),
		f("GET /api/v1/articles/{id}", a.Article),
		f("GET /api/v1/search", a.Search),
		f("GET /api/v1/entities", a.Entities),
		f("GET /api/v1/entities/{id}", a.Entity),
		f("GET /api/v1/entities/{id}/timeline", a.EntityTimeline),
		f("GET /api/v1/entities/{id}/quotes", a.EntityQuotes),
		f("GET /api/v1/entities/{id}/related", a.EntityRelated),
		f("GET /api/v1/entities/{id}/events", a.EntityEvents),
		f("GET /api/v1/relations", a.Relations),
		f("GET /api/v1/graph", a.Graph),
		f("GET /api/v1/quotes", a.Quotes),
		f("GET /api/v1/amounts", a.Amounts),
		f("GET /api/v1/events", a.Events),
		f("GET /api/v1/stories", a.Stories),
		f("GET /api/v1/stories/{id}", a.Story),
		f("POST /api/v1/ingest", a.Ingest),
		f("GET /api/v1/sources", a.Sources),
		f("POST /api/v1/sources", a.AddSource),
		f("DELETE /api/v1/sources/{id}", a.RemoveSource),
		f("/api/", a.NotFound),

		f("GET /{$}", u.Home),
		f("GET /search", u.Search),
		f("GET /articles/{id}", u.Article),
		f("GET /entities", u.Entities),
		f("GET /entities/{id}", u.Entity),
		f("GET /quotes", u.Quotes),
		f("GET /events", u.Events),
		f("GET /graph", u.Graph),
		f("GET /stories", u.Stories),
		f("GET /stories/{id}", u.Story),
		f("GET /sources", u.Sources),
		{"GET /static/", u.Static()},
		f("/", u.NotFound),
	}
}

// routes returns the mux of the routing table.
func (s *Server) routes() *http.ServeMux {
	mux := http.NewServeMux()
	for _, r := range s.table() {
		mux.Handle(r.pattern, r.handler)
	}
	return mux
}

// Patterns returns the patterns of the routing table, in its order.
func (s *Server) Patterns() []string {
	var out []string
	for _, r := range s.table() {
		out = append(out, r.pattern)
	}
	return out
}
