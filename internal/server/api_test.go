package server_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/marsad/marsad/internal/api"
	"github.com/marsad/marsad/internal/server"
	"github.com/marsad/marsad/internal/storage"
)

// openAPI reads the served OpenAPI document.
func openAPI(t *testing.T, ts *testServer) map[string]any {
	t.Helper()
	resp, body := ts.get(t, "/api/v1/openapi.json")
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("openapi.json: %s", resp.Status)
	}
	var doc map[string]any
	if err := json.Unmarshal(body, &doc); err != nil {
		t.Fatalf("openapi.json: %v", err)
	}
	return doc
}

// TestOpenAPIMatchesRoutes checks that the document describes exactly the
// API's routes: every route in the routing table is documented, and every
// documented operation is routed.
func TestOpenAPIMatchesRoutes(t *testing.T) {
	ts := startServer(t, server.Options{})
	doc := openAPI(t, ts)
	var documented []string
	for path, item := range doc["paths"].(map[string]any) {
		for method := range item.(map[string]any) {
			documented = append(documented, strings.ToUpper(method)+" /api/v1"+path)
		}
	}
	var routed []string
	for _, p := range ts.Srv.Patterns() {
		if strings.Contains(p, " /api/v1/") {
			routed = append(routed, p)
		}
	}
	sort.Strings(documented)
	sort.Strings(routed)
	if !slices.Equal(documented, routed) {
		t.Errorf("OpenAPI operations and routes differ:\ndocumented %q\nrouted     %q", documented, routed)
	}
}

// TestAPIResponsesMatchSchemas calls every GET operation of the document
// on the real server with the sample store and checks the response
// against the operation's 200 schema.
func TestAPIResponsesMatchSchemas(t *testing.T) {
	ts := startServer(t, server.Options{})
	if _, _, err := ts.St.AddSource(context.Background(), storage.Source{URL: "https://news.example/feed.xml", Kind: "feed", Title: "أخبار"}); err != nil {
		t.Fatal(err)
	}
	doc := openAPI(t, ts)
	schemas := doc["components"].(map[string]any)["schemas"].(map[string]any)
	// Queries that give non-empty answers on the sample.
	queries := map[string]string{
		"/search":    "q=" + url.QueryEscape("علييف"),
		"/relations": "a=Q:vladimir-putin&b=Q:ilham-aliyev",
		"/quotes":    "speaker=" + url.QueryEscape("بوتين"),
		"/stories":   "min=1",
	}
	ids := map[string]string{
		"/articles/{id}": "1",
		"/stories/{id}":  "1",
	}
	for path, item := range doc["paths"].(map[string]any) {
		op, ok := item.(map[string]any)["get"].(map[string]any)
		if !ok {
			continue
		}
		t.Run(path, func(t *testing.T) {
			p := path
			if id, ok := ids[path]; ok {
				if id == "" {
					t.Skip("no fixed id for " + path)
				}
				p = strings.Replace(p, "{id}", id, 1)
			}
			p = strings.Replace(p, "{id}", "Q:vladimir-putin", 1)
			if q := queries[path]; q != "" {
				p += "?" + q
			}
			resp, body := ts.get(t, "/api/v1"+p)
			if resp.StatusCode == http.StatusNotImplemented {
				t.Skip("not implemented yet")
			}
			if resp.StatusCode != http.StatusOK {
				t.Fatalf("GET %s: %s: %s", p, resp.Status, body)
			}
			if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
				t.Errorf("GET %s: Content-Type %q, want application/json", p, ct)
			}
			schema := op["responses"].(map[string]any)["200"].(map[string]any)["content"].(map[string]any)["application/json"].(map[string]any)["schema"]
			var v any
			if err := json.Unmarshal(body, &v); err != nil {
				t.Fatalf("GET %s: %v", p, err)
			}
			for _, e := range validate(schemas, schema.(map[string]any), v, "$") {
				t.Errorf("GET %s: %s", p, e)
			}
		})
	}
}

// validate checks v against a JSON Schema subset (type, properties,
// required, items, enum, $ref, oneOf, additionalProperties) and returns
// the violations.
func validate(schemas map[string]any, s map[string]any, v any, at string) []string {
	if r, ok := s["$ref"].(string); ok {
		name := strings.TrimPrefix(r, "#/components/schemas/")
		sub, ok := schemas[name].(map[string]any)
		if !ok {
			return []string{fmt.Sprintf("%s: unknown schema %s", at, r)}
		}
		return validate(schemas, sub, v, at)
	}
	if alts, ok := s["oneOf"].([]any); ok {
		for _, a := range alts {
			if len(validate(schemas, a.(map[string]any), v, at)) == 0 {
				return nil
			}
		}
		return []string{fmt.Sprintf("%s: %v matches none of oneOf", at, v)}
	}
	if !typeOK(s["type"], v) {
		return []string{fmt.Sprintf("%s: %T does not have type %v", at, v, s["type"])}
	}
	var errs []string
	if enum, ok := s["enum"].([]any); ok && !slices.Contains(enum, v) {
		errs = append(errs, fmt.Sprintf("%s: %v not in %v", at, v, enum))
	}
	switch v := v.(type) {
	case map[string]any:
		props, _ := s["properties"].(map[string]any)
		for _, r := range asStrings(s["required"]) {
			if _, ok := v[r]; !ok {
				errs = append(errs, fmt.Sprintf("%s: required %q missing", at, r))
			}
		}
		for k, val := range v {
			if ps, ok := props[k].(map[string]any); ok {
				errs = append(errs, validate(schemas, ps, val, at+"."+k)...)
			} else if ap, ok := s["additionalProperties"].(map[string]any); ok {
				errs = append(errs, validate(schemas, ap, val, at+"."+k)...)
			} else if props != nil {
				errs = append(errs, fmt.Sprintf("%s: property %q not documented", at, k))
			}
		}
	case []any:
		if items, ok := s["items"].(map[string]any); ok {
			for i, e := range v {
				errs = append(errs, validate(schemas, items, e, fmt.Sprintf("%s[%d]", at, i))...)
			}
		}
	}
	return errs
}

func typeOK(t any, v any) bool {
	switch t := t.(type) {
	case nil:
		return true
	case []any:
		for _, x := range t {
			if typeOK(x, v) {
				return true
			}
		}
		return false
	case string:
		switch t {
		case "object":
			_, ok := v.(map[string]any)
			return ok
		case "array":
			_, ok := v.([]any)
			return ok
		case "string":
			_, ok := v.(string)
			return ok
		case "integer":
			f, ok := v.(float64)
			return ok && f == float64(int64(f))
		case "number":
			_, ok := v.(float64)
			return ok
		case "boolean":
			_, ok := v.(bool)
			return ok
		case "null":
			return v == nil
		}
	}
	return false
}

func asStrings(v any) []string {
	var out []string
	xs, _ := v.([]any)
	for _, x := range xs {
		out = append(out, x.(string))
	}
	return out
}

func decode(t *testing.T, body []byte, v any) {
	t.Helper()
	if err := json.Unmarshal(body, v); err != nil {
		t.Fatalf("decoding %s: %v", body, err)
	}
}

func TestAPIArticleHasAnnotations(t *testing.T) {
	ts := startServer(t, server.Options{})
	resp, body := ts.get(t, "/api/v1/articles/1")
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("%s: %s", resp.Status, body)
	}
	var a struct {
		Text     string
		Analysis struct {
			Entities []struct {
				ID       string
				Mentions []struct {
					Start, End int
					Text       string
				}
			}
			Quotes []struct {
				Speaker *struct{ ID string }
				Start   int
				End     int
				Text    string
			}
			Events []struct{ Type string }
		}
	}
	decode(t, body, &a)
	runes := []rune(a.Text)
	putin := false
	for _, e := range a.Analysis.Entities {
		for _, m := range e.Mentions {
			if got := string(runes[m.Start:m.End]); got != m.Text {
				t.Errorf("entity %s mention [%d,%d) = %q, text says %q", e.ID, m.Start, m.End, m.Text, got)
			}
		}
		putin = putin || e.ID == "Q:vladimir-putin"
	}
	if !putin {
		t.Error("Putin is not among the article's entities")
	}
	quotes := 0
	for _, q := range a.Analysis.Quotes {
		if got := string(runes[q.Start:q.End]); got != q.Text {
			t.Errorf("quote [%d,%d) = %q, text says %q", q.Start, q.End, q.Text, got)
		}
		if q.Speaker != nil && q.Speaker.ID == "Q:vladimir-putin" {
			quotes++
		}
	}
	if quotes == 0 {
		t.Error("no quotation of Putin in the article")
	}
	if len(a.Analysis.Events) == 0 {
		t.Error("no events in the article")
	}
}

func TestAPIErrors(t *testing.T) {
	ts := startServer(t, server.Options{})
	tests := []struct {
		path   string
		status int
		want   string
	}{
		{"/api/v1/articles/999999", 404, "not found"},
		{"/api/v1/articles/abc", 400, "bad id"},
		{"/api/v1/entities/nobody", 404, "not found"},
		{"/api/v1/articles?limit=0", 400, "bad limit"},
		{"/api/v1/articles?limit=x", 400, "bad limit"},
		{"/api/v1/articles?cursor=!!", 400, "bad cursor"},
		{"/api/v1/search?q=x&cursor=Zm9v", 400, "bad cursor"},
		{"/api/v1/search", 400, "give ?q="},
		{"/api/v1/events?from=yesterday", 400, "bad from"},
		{"/api/v1/entities?type=CAT", 400, "bad type"},
		{"/api/v1/relations?a=Q:vladimir-putin", 400, "two entities"},
		{"/api/v1/nothing-here", 404, "no endpoint"},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			resp, body := ts.get(t, tt.path)
			if resp.StatusCode != tt.status {
				t.Errorf("status %d, want %d (%s)", resp.StatusCode, tt.status, body)
			}
			var e struct{ Error string }
			decode(t, body, &e)
			if !strings.Contains(e.Error, tt.want) {
				t.Errorf("error %q, want it to contain %q", e.Error, tt.want)
			}
		})
	}
}

func TestAPIPagingByCursor(t *testing.T) {
	ts := startServer(t, server.Options{})
	for _, base := range []string{
		"/api/v1/articles?limit=1",
		"/api/v1/search?limit=1&q=" + url.QueryEscape("بوتين"),
		"/api/v1/quotes?limit=2",
		"/api/v1/events?limit=2",
	} {
		t.Run(base, func(t *testing.T) {
			seen := map[string]bool{}
			next, pages := "", 0
			for {
				p := base
				if next != "" {
					p += "&cursor=" + url.QueryEscape(next)
				}
				resp, body := ts.get(t, p)
				if resp.StatusCode != http.StatusOK {
					t.Fatalf("%s: %s %s", p, resp.Status, body)
				}
				var page map[string]json.RawMessage
				decode(t, body, &page)
				var items []json.RawMessage
				for _, k := range []string{"articles", "hits", "quotes", "events"} {
					if page[k] != nil {
						decode(t, page[k], &items)
					}
				}
				for _, it := range items {
					if seen[string(it)] {
						t.Fatalf("page %d repeats %s", pages, it)
					}
					seen[string(it)] = true
				}
				pages++
				next = ""
				if page["next"] != nil {
					json.Unmarshal(page["next"], &next)
				}
				if next == "" || pages > 100 {
					break
				}
			}
			if pages < 2 {
				t.Errorf("%d page(s), want at least 2 for paging to be tested", pages)
			}
		})
	}
}

func TestSecurityHeadersAndHealth(t *testing.T) {
	ts := startServer(t, server.Options{})
	for _, p := range []string{"/", "/api/v1/articles", "/healthz", "/nowhere"} {
		resp, _ := ts.get(t, p)
		csp := resp.Header.Get("Content-Security-Policy")
		if !strings.Contains(csp, "default-src 'self'") || !strings.Contains(csp, "script-src 'self'") {
			t.Errorf("%s: Content-Security-Policy %q", p, csp)
		}
		if resp.Header.Get("X-Content-Type-Options") != "nosniff" {
			t.Errorf("%s: no X-Content-Type-Options: nosniff", p)
		}
	}
	resp, body := ts.get(t, "/healthz")
	if resp.StatusCode != http.StatusOK || !strings.Contains(string(body), `"ok"`) {
		t.Errorf("/healthz: %s %s", resp.Status, body)
	}
	resp, body = ts.get(t, "/metrics")
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("/metrics: %s", resp.Status)
	}
	for _, want := range []*regexp.Regexp{
		regexp.MustCompile(`(?m)^marsad_http_requests_total\{route="GET /healthz",code="200"\} 2$`),
		regexp.MustCompile(`(?m)^marsad_http_request_duration_seconds_count\{route="GET /healthz"\} 2$`),
		regexp.MustCompile(`(?m)^marsad_articles [1-9]`),
		regexp.MustCompile(`(?m)^marsad_ingest_errors_total 0$`),
		regexp.MustCompile(`(?m)^# TYPE marsad_http_request_duration_seconds histogram$`),
	} {
		if !want.Match(body) {
			t.Errorf("/metrics lacks %s:\n%s", want, body)
		}
	}
}

// post sends an ingest request.
func (ts *testServer) post(t *testing.T, path, token, contentType, body string) (int, string) {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, ts.URL+path, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

func TestIngestRequiresToken(t *testing.T) {
	off := startServer(t, server.Options{})
	if code, body := off.post(t, "/api/v1/ingest", "anything", "text/plain", "نص"); code != http.StatusForbidden {
		t.Errorf("ingest without a configured token: %d %s, want 403", code, body)
	}
	on := startServer(t, server.Options{API: api.Options{Token: "s3cret"}})
	for _, tok := range []string{"", "wrong", "s3cret2", "s3cre"} {
		if code, body := on.post(t, "/api/v1/ingest", tok, "text/plain", "نص"); code != http.StatusUnauthorized {
			t.Errorf("ingest with token %q: %d %s, want 401", tok, code, body)
		}
	}
}

func TestIngestDocument(t *testing.T) {
	ts := startServer(t, server.Options{API: api.Options{Token: "tok"}})
	text := "استقبل الرئيس الروسي فلاديمير بوتين في موسكو اليوم الرئيس الأذربيجاني إلهام علييف، وقال بوتين إن «العلاقات بين البلدين تتطور بشكل جيد»."
	doc, _ := json.Marshal(map[string]string{"url": "https://news.example/a/1", "title": "<script>alert(1)</script> بوتين يستقبل علييف", "published": "2026-11-30", "text": text})
	code, body := ts.post(t, "/api/v1/ingest", "tok", "application/json", string(doc))
	if code != http.StatusOK || !strings.Contains(body, `"outcome":"inserted"`) {
		t.Fatalf("ingest: %d %s", code, body)
	}
	var res struct{ Results []struct{ ID int64 } }
	decode(t, []byte(body), &res)
	code, body = ts.post(t, "/api/v1/ingest", "tok", "application/json", string(doc))
	if code != http.StatusOK || !strings.Contains(body, `"outcome":"unchanged"`) {
		t.Errorf("ingest again: %d %s, want unchanged", code, body)
	}
	// Stored, analysed and searchable.
	resp, b := ts.get(t, fmt.Sprintf("/api/v1/articles/%d", res.Results[0].ID))
	if resp.StatusCode != http.StatusOK || !strings.Contains(string(b), "Q:vladimir-putin") {
		t.Errorf("stored article: %s %s", resp.Status, b)
	}
	if bytes.Contains(b, []byte("<script>")) {
		t.Errorf("JSON carries a raw <script>: %s", b)
	}
	_, b = ts.get(t, "/api/v1/search?q="+url.QueryEscape("العلاقات تتطور"))
	if !strings.Contains(string(b), "news.example") {
		t.Errorf("search does not find the ingested article: %s", b)
	}
	_, b = ts.get(t, "/metrics")
	if !strings.Contains(string(b), `marsad_ingested_articles_total{outcome="inserted"} 1`) {
		t.Errorf("/metrics does not count the ingested article")
	}
	// A page sent as HTML, its address in ?url=.
	page := `<html><head><title>خبر</title></head><body><article><h1>وزير الخارجية يزور القاهرة</h1><p>` + strings.Repeat("زار وزير الخارجية القاهرة وبحث مع نظيره المصري العلاقات الثنائية والتطورات في المنطقة. ", 5) + `</p></article></body></html>`
	code, body = ts.post(t, "/api/v1/ingest?url="+url.QueryEscape("https://news.example/b"), "tok", "text/html; charset=utf-8", page)
	if code != http.StatusOK || !strings.Contains(body, `"inserted"`) {
		t.Errorf("ingest HTML: %d %s", code, body)
	}
}

func TestIngestBadRequests(t *testing.T) {
	ts := startServer(t, server.Options{API: api.Options{Token: "tok", MaxBody: 1 << 10}})
	tests := []struct {
		name, ct, body string
		status         int
	}{
		{"empty", "application/json", "  ", 400},
		{"not JSON", "application/json", "hello", 400},
		{"url not a string", "application/json", `{"url": 3}`, 400},
		{"no text", "application/json", `{"url": "https://x.example/", "title": "t"}`, 422},
		{"content type", "image/png", "xxxx", 415},
		{"too large", "text/plain", strings.Repeat("ا", 2000), 413},
		{"not http", "application/json", `{"url": "file:///etc/passwd"}`, 502},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, body := ts.post(t, "/api/v1/ingest", "tok", tt.ct, tt.body)
			if code != tt.status {
				t.Errorf("%d %s, want %d", code, body, tt.status)
			}
			if !strings.Contains(body, `"error"`) && !strings.Contains(body, `"results"`) {
				t.Errorf("body %s is not a JSON answer", body)
			}
		})
	}
}

// TestIngestAddressGuard checks that the server does not fetch internal
// addresses for its users unless told to.
func TestIngestAddressGuard(t *testing.T) {
	site := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprintf(w, `<html><head><title>داخلي</title></head><body><article><h1>صفحة داخلية</h1><p>%s</p></article></body></html>`,
			strings.Repeat("هذه صفحة على عنوان داخلي لا ينبغي أن يجلبها الخادم لمستخدميه. ", 6))
	}))
	defer site.Close()
	guarded := startServer(t, server.Options{API: api.Options{Token: "tok"}})
	for _, target := range []string{
		site.URL,
		strings.Replace(site.URL, "127.0.0.1", "localhost", 1),
		"http://10.0.0.1/",
		"http://169.254.169.254/latest/meta-data/",
		"http://[::1]:9/",
	} {
		code, body := guarded.post(t, "/api/v1/ingest", "tok", "application/json", `{"url": "`+target+`"}`)
		if code != http.StatusForbidden || !strings.Contains(body, "not allowed") {
			t.Errorf("ingest %s: %d %s, want 403 address not allowed", target, code, body)
		}
	}
	allowed := startServer(t, server.Options{API: api.Options{Token: "tok", AllowPrivate: true}})
	code, body := allowed.post(t, "/api/v1/ingest", "tok", "application/json", `{"url": "`+site.URL+`/page"}`)
	if code != http.StatusOK || !strings.Contains(body, `"inserted"`) {
		t.Errorf("ingest with AllowPrivate: %d %s, want inserted", code, body)
	}
}

func TestAPISources(t *testing.T) {
	ts := startServer(t, server.Options{API: api.Options{Token: "tok"}})
	add := `{"url": "https://news.example/rss", "kind": "feed", "title": "أخبار المثال"}`
	if code, body := ts.post(t, "/api/v1/sources", "", "application/json", add); code != http.StatusUnauthorized {
		t.Errorf("add without token: %d %s, want 401", code, body)
	}
	if code, body := ts.post(t, "/api/v1/sources", "tok", "application/json", `{"url": "ftp://x", "kind": "feed"}`); code != http.StatusBadRequest {
		t.Errorf("add ftp: %d %s, want 400", code, body)
	}
	code, body := ts.post(t, "/api/v1/sources", "tok", "application/json", add)
	if code != http.StatusCreated {
		t.Fatalf("add: %d %s, want 201", code, body)
	}
	if code, _ := ts.post(t, "/api/v1/sources", "tok", "application/json", add); code != http.StatusOK {
		t.Errorf("add again: %d, want 200 (already followed)", code)
	}
	var added struct{ ID int64 }
	decode(t, []byte(body), &added)
	_, b := ts.get(t, "/api/v1/sources")
	if !strings.Contains(string(b), "news.example/rss") || !strings.Contains(string(b), `"interval_seconds"`) {
		t.Errorf("sources: %s", b)
	}
	resp, page := ts.get(t, "/sources")
	if resp.StatusCode != http.StatusOK || !strings.Contains(string(page), "أخبار المثال") {
		t.Errorf("sources page: %s", resp.Status)
	}
	del := func(token string) int {
		req, _ := http.NewRequest(http.MethodDelete, fmt.Sprintf("%s/api/v1/sources/%d", ts.URL, added.ID), nil)
		if token != "" {
			req.Header.Set("Authorization", "Bearer "+token)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	if c := del("nope"); c != http.StatusUnauthorized {
		t.Errorf("delete with a wrong token: %d", c)
	}
	if c := del("tok"); c != http.StatusNoContent {
		t.Errorf("delete: %d, want 204", c)
	}
	if c := del("tok"); c != http.StatusNotFound {
		t.Errorf("delete again: %d, want 404", c)
	}
}
