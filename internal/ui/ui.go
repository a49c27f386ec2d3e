// Package ui is marsad's web UI: pages rendered on the server with
// html/template over the store, right-to-left first, in Arabic with an
// English switch (?hl=en, remembered in a cookie). The pages are home,
// search, article, entities, entity, quotations, events, the actor graph,
// stories and a story, each in a file named after it; the routes are in
// internal/server.
//
// Templates (templates/) and the style sheet (static/) are embedded in the
// binary. The pages need no JavaScript: filters are links and forms, and
// the two drawings — an entity's mentions over time and the actor graph —
// are SVG made here, on the server. Server-side SVG keeps the UI free of a
// JavaScript charting library and its updates, satisfies the strict
// Content-Security-Policy that internal/server sets (no inline script, no
// style attributes, nothing from elsewhere), works with scripting off and
// in text browsers (each chart carries a <title> and the graph a table of
// its edges), and is plain markup that handler tests can check. The graph's
// layout is a force-directed one (Fruchterman–Reingold) computed in Go with
// a fixed number of iterations from positions on a circle, so the same
// graph is always drawn the same way.
//
// Everything shown is escaped by html/template. The article text and
// search snippets, whose highlighting is markup, are built in markup.go
// from pieces escaped one by one.
package ui

import (
	"bytes"
	"context"
	"embed"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"log/slog"
	"net/http"
	"net/url"
	"strconv"
	"time"

	"github.com/marsad/marsad/internal/model"
	"github.com/marsad/marsad/internal/storage"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// Options configure the UI. The zero value works.
type Options struct {
	// Log receives the errors of the store that pages hit (500 pages);
	// nil discards them.
	Log *slog.Logger
	// QueryTimeout bounds the store's work for one page (10s).
	QueryTimeout time.Duration
}

// Handler serves the UI's pages. Build it with New.
type Handler struct {
	st     *storage.Store
	log    *slog.Logger
	opts   Options
	pages  map[string]*template.Template
	static *assets
}

// pageNames are the templates of templates/ that are whole pages; the
// others (layout.html, parts.html) are shared by every page.
var pageNames = []string{"home", "search", "article", "entities", "entity", "quotes", "events", "graph", "stories", "story", "sources", "error"}

// New returns the UI over st. It parses the embedded templates.
func New(st *storage.Store, opts Options) (*Handler, error) {
	if opts.QueryTimeout <= 0 {
		opts.QueryTimeout = 10 * time.Second
	}
	log := opts.Log
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	static, err := newAssets(staticFS, "static")
	if err != nil {
		return nil, fmt.Errorf("ui: static files: %w", err)
	}
	h := &Handler{st: st, log: log, opts: opts, pages: map[string]*template.Template{}, static: static}
	base, err := template.New("").Funcs(h.funcs()).ParseFS(templateFS, "templates/layout.html", "templates/parts.html")
	if err != nil {
		return nil, fmt.Errorf("ui: templates: %w", err)
	}
	for _, name := range pageNames {
		t, err := template.Must(base.Clone()).ParseFS(templateFS, "templates/"+name+".html")
		if err != nil {
			return nil, fmt.Errorf("ui: template %s: %w", name, err)
		}
		h.pages[name] = t
	}
	return h, nil
}

// funcs are the template functions that do not depend on the language.
func (h *Handler) funcs() template.FuncMap {
	return template.FuncMap{
		"static":     h.static.url,
		"entityURL":  entityURL,
		"articleURL": func(id int64) string { return "/articles/" + strconv.FormatInt(id, 10) },
		"add":        func(a, b int) int { return a + b },
		"list":       func(s ...string) []string { return s },
		"webURL":     webURL,
		"firstMentions": func(ms []storage.EventMention, n int) []storage.EventMention {
			return ms[:min(n, len(ms))]
		},
		"navURL": func(k string) string {
			if k == "home" {
				return "/"
			}
			return "/" + k
		},
		"quadOf":    func(typ string) string { return quadCSS(model.QuadClass(typ)) },
		"quadName":  model.QuadClass,
		"quadCSSOf": quadCSS,
		"addf": func(a ...float64) float64 {
			var s float64
			for _, v := range a {
				s += v
			}
			return s
		},
		"dict": func(kv ...any) map[string]any {
			m := make(map[string]any, len(kv)/2)
			for i := 0; i+1 < len(kv); i += 2 {
				m[fmt.Sprint(kv[i])] = kv[i+1]
			}
			return m
		},
	}
}

// webURL returns u when it is an http or https address, else "": the
// link to an article's original is only made to the web.
func webURL(u string) string {
	p, err := url.Parse(u)
	if err != nil || (p.Scheme != "http" && p.Scheme != "https") || p.Host == "" {
		return ""
	}
	return u
}

// entityURL is the address of an entity's page.
func entityURL(id string) string { return "/entities/" + url.PathEscape(id) }

// page is what every template gets: the language, the layout's fields and
// the page's own Data.
type page struct {
	lang
	// Title is the page's own title, before the site's name.
	Title string
	// Nav is the navigation entry of the page ("home", "search", …).
	Nav string
	// Query fills the header's search box.
	Query string
	// SwitchURL is this page in the other language.
	SwitchURL string
	// Status is the HTTP status the page is sent with.
	Status int
	Data   any
	// names are the names of the entities the page shows by id (speakers,
	// actors), to show them in the page's language; see loadNames.
	names map[string]storage.EntityName
}

// RefName is the name to show for the entity id, which the data names
// fallback (in English, as quotations and events store it).
func (p *page) RefName(id, fallback string) string {
	return p.lang.refName(p.names, id, fallback)
}

func (l lang) refName(names map[string]storage.EntityName, id, fallback string) string {
	if e, ok := names[id]; ok {
		return l.Name(e.Name, e.NameAr)
	}
	return fallback
}

// loadNames reads the names of the entities with ids for RefName.
func (h *Handler) loadNames(ctx context.Context, p *page, ids []string) error {
	names, err := h.st.EntityNames(ctx, ids)
	if err != nil {
		return err
	}
	if p.names == nil {
		p.names = names
		return nil
	}
	for k, v := range names {
		p.names[k] = v
	}
	return nil
}

// quoteIDs are the ids of the speakers of qs.
func quoteIDs(qs []storage.QuoteHit) []string {
	var ids []string
	for _, q := range qs {
		if q.Speaker != nil {
			ids = append(ids, q.Speaker.ID)
		}
	}
	return ids
}

// eventIDs are the ids of the actors, recipients and places of evs.
func eventIDs(evs ...model.Event) []string {
	var ids []string
	for _, e := range evs {
		for _, r := range []*model.Ref{e.Actor, e.Recipient, e.Place} {
			if r != nil {
				ids = append(ids, r.ID)
			}
		}
	}
	return ids
}

// happeningIDs are the eventIDs of hs.
func happeningIDs(hs []storage.Happening) []string {
	var ids []string
	for _, h := range hs {
		ids = append(ids, eventIDs(h.Event)...)
	}
	return ids
}

// Lang and Dir are the <html> attributes.
func (p *page) Lang() string { return string(p.lang) }

// Dir is "rtl" for Arabic, "ltr" for English.
func (p *page) Dir() string {
	if p.lang == arabic {
		return "rtl"
	}
	return "ltr"
}

// OtherLang is the language SwitchURL leads to.
func (p *page) OtherLang() string {
	if p.lang == arabic {
		return string(english)
	}
	return string(arabic)
}

// langCookie remembers the interface language.
const langCookie = "hl"

// newPage starts the page of r: the language from ?hl= (then remembered
// in a cookie) or the cookie, Arabic by default.
func (h *Handler) newPage(w http.ResponseWriter, r *http.Request, nav string) *page {
	l := arabic
	if c, err := r.Cookie(langCookie); err == nil && validLang(c.Value) {
		l = lang(c.Value)
	}
	if v := r.URL.Query().Get("hl"); validLang(v) {
		l = lang(v)
		http.SetCookie(w, &http.Cookie{Name: langCookie, Value: v, Path: "/", MaxAge: 365 * 24 * 3600,
			HttpOnly: true, SameSite: http.SameSiteLaxMode})
	}
	p := &page{lang: l, Nav: nav, Status: http.StatusOK}
	u := *r.URL
	q := u.Query()
	q.Set("hl", p.OtherLang())
	u.RawQuery = q.Encode()
	p.SwitchURL = u.RequestURI()
	return p
}

// render writes page name. It renders into a buffer first, so that a
// template error becomes a 500 page rather than half a page.
func (h *Handler) render(w http.ResponseWriter, r *http.Request, name string, p *page) {
	var buf bytes.Buffer
	if err := h.pages[name].ExecuteTemplate(&buf, "layout", p); err != nil {
		h.log.Error("ui: rendering", "page", name, "path", r.URL.Path, "err", err)
		if name != "error" {
			h.failPage(w, r, p, http.StatusInternalServerError, "")
			return
		}
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	hd := w.Header()
	hd.Set("Content-Type", "text/html; charset=utf-8")
	hd.Set("Cache-Control", "no-cache")
	hd.Set("Vary", "Cookie")
	w.WriteHeader(p.Status)
	w.Write(buf.Bytes())
}

// errorView is the Data of the error page.
type errorView struct {
	Status  int
	Heading string
	Message string
}

// failPage renders the error page with status; msg, when given, says
// what was wrong (a bad parameter).
func (h *Handler) failPage(w http.ResponseWriter, r *http.Request, p *page, status int, msg string) {
	p.Status = status
	v := errorView{Status: status, Message: msg}
	switch status {
	case http.StatusNotFound:
		v.Heading = p.T("notFound")
		if msg == "" {
			v.Message = p.T("notFoundText")
		}
	case http.StatusBadRequest:
		v.Heading = p.T("badRequest")
	case http.StatusServiceUnavailable:
		v.Heading = p.T("timeout")
		v.Message = p.T("timeoutText")
	default:
		v.Heading = p.T("serverError")
		v.Message = p.T("serverErrorText")
	}
	p.Title, p.Data = v.Heading, v
	h.render(w, r, "error", p)
}

// badRequest is a parameter the user got wrong; its message is shown.
type badRequest struct{ msg string }

func (e badRequest) Error() string { return e.msg }

// fail renders the page that err calls for: 404 for an unknown id, 400 for
// a bad parameter, 503 for a store too slow, else 500, logged.
func (h *Handler) fail(w http.ResponseWriter, r *http.Request, p *page, err error) {
	var br badRequest
	switch {
	case errors.As(err, &br):
		h.failPage(w, r, p, http.StatusBadRequest, br.msg)
	case errors.Is(err, storage.ErrNotFound):
		h.failPage(w, r, p, http.StatusNotFound, "")
	case errors.Is(err, storage.ErrBadCursor):
		h.failPage(w, r, p, http.StatusBadRequest, p.T("badPage"))
	case errors.Is(err, context.DeadlineExceeded):
		h.log.Error("ui: timeout", "path", r.URL.Path, "err", err)
		h.failPage(w, r, p, http.StatusServiceUnavailable, "")
	default:
		h.log.Error("ui: store", "path", r.URL.Path, "err", err)
		h.failPage(w, r, p, http.StatusInternalServerError, "")
	}
}

// ctx bounds a page's work on the store.
func (h *Handler) ctx(r *http.Request) (context.Context, context.CancelFunc) {
	return context.WithTimeout(r.Context(), h.opts.QueryTimeout)
}

// NotFound is the 404 page of paths that name no page.
func (h *Handler) NotFound(w http.ResponseWriter, r *http.Request) {
	h.failPage(w, r, h.newPage(w, r, ""), http.StatusNotFound, "")
}

// Static serves the embedded style sheet and images under /static/.
func (h *Handler) Static() http.Handler { return h.static }

// sub returns the directory dir of fsys.
func sub(fsys fs.FS, dir string) fs.FS {
	s, err := fs.Sub(fsys, dir)
	if err != nil {
		panic(err) // dir is a constant of this package
	}
	return s
}

// pathID reads the {id} of the path as an article or story number.
func pathID(r *http.Request) (int64, bool) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	return id, err == nil && id > 0
}
