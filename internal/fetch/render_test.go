package fetch

import (
	"context"
	"errors"
	"net/http"
	"os"
	"strings"
	"testing"
	"time"
)

func TestNewRendererWithoutChromium(t *testing.T) {
	_, err := NewRenderer(RenderOptions{ExecPath: "/nonexistent/chromium"})
	if !errors.Is(err, ErrNoChromium) || !strings.Contains(err.Error(), "needs JavaScript") {
		t.Fatalf("NewRenderer(no browser) = %v, want ErrNoChromium", err)
	}
}

// TestRenderScriptWrittenPage renders a page whose text only its script
// writes. It is skipped without /usr/bin/chromium, except in CI.
func TestRenderScriptWrittenPage(t *testing.T) {
	if _, err := os.Stat("/usr/bin/chromium"); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("CI needs /usr/bin/chromium: %v", err)
		}
		t.Skip("no /usr/bin/chromium")
	}
	if testing.Short() {
		t.Skip("starts a browser")
	}
	s := newSite(t, "", map[string]http.HandlerFunc{
		"/app": func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Write([]byte(`<!doctype html><html><head><title>app</title></head><body>
<noscript>Please enable JavaScript.</noscript><div id="root"></div>
<script>document.getElementById("root").innerHTML = "<article><p>" + ["أعلنت", "الحكومة", "خطة", "جديدة"].join(" ") + "</p></article>";
document.title = navigator.userAgent;</script></body></html>`))
		},
	})
	r, err := NewRenderer(RenderOptions{Settle: 50 * time.Millisecond, Timeout: 30 * time.Second, StartTimeout: 60 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	html, err := r.Render(context.Background(), s.URL+"/app")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(html, "<p>أعلنت الحكومة خطة جديدة</p>") {
		t.Errorf("rendered HTML lacks the script's text:\n%s", html)
	}
	if !strings.Contains(html, "marsad/") {
		t.Errorf("the browser's User-Agent does not name marsad:\n%s", html)
	}
}
