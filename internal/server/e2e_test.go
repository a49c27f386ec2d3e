package server_test

import (
	"context"
	"errors"
	"log/slog"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/marsad/marsad/internal/analyze"
	"github.com/marsad/marsad/internal/ingest"
	"github.com/marsad/marsad/internal/server"
	"github.com/marsad/marsad/internal/storage"
	"github.com/marsad/marsad/internal/stories"
)

// TestEndToEnd drives the web UI in headless Chromium as a person would:
// it opens the home page, types «علييف» into the search box and submits,
// opens the article from the results, checks that Putin's quotations are
// highlighted, clicks through to Putin's entity page (with its chart),
// opens the actor graph, and switches to English. Each page is kept as a
// PNG in $MARSAD_ARTIFACTS (default artifacts/e2e at the repository's
// root). Without Chromium the test is skipped, unless CI=true.
func TestEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end browser test: skipped in -short mode")
	}
	browser := findChromium()
	if browser == "" {
		msg := "no Chromium found (looked for $MARSAD_CHROMIUM, /usr/bin/chromium, chromium, chromium-browser, google-chrome): " +
			"install Debian's chromium package to run the end-to-end test"
		if os.Getenv("CI") == "true" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	artifacts := artifactsDir(t)

	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	st, err := storage.Open(ctx, filepath.Join(t.TempDir(), "e2e.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if err := ingestSamples(ctx, st); err != nil {
		t.Fatal(err)
	}
	// A followed source, for the sources page (never fetched: no crawler
	// runs in this test).
	if _, _, err := st.AddSource(ctx, storage.Source{URL: "https://www.independentarabia.com/rss", Kind: "feed", Title: "إندبندنت عربية"}); err != nil {
		t.Fatal(err)
	}
	srv, err := server.New(st, slog.New(slog.DiscardHandler), server.Options{})
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	serveCtx, stop := context.WithCancel(ctx)
	served := make(chan error, 1)
	go func() { served <- srv.Serve(serveCtx, ln) }()
	defer func() {
		stop()
		if err := <-served; err != nil {
			t.Errorf("server: %v", err)
		}
	}()
	base := "http://" + ln.Addr().String()

	actx, cancelAlloc := chromedp.NewExecAllocator(ctx,
		chromedp.ExecPath(browser),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.Flag("hide-scrollbars", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 900),
	)
	defer cancelAlloc()
	bctx, cancelBrowser := chromedp.NewContext(actx)
	defer cancelBrowser()

	// What the console says about blocked content (the server's
	// Content-Security-Policy) fails the test.
	var mu sync.Mutex
	var blocked []string
	messages := chromedp.Console(bctx)
	go func() {
		for m, err := range messages {
			if err != nil {
				return
			}
			if s := m.String(); strings.Contains(s, "Content Security Policy") || m.IsException() {
				mu.Lock()
				blocked = append(blocked, s)
				mu.Unlock()
			}
		}
	}()

	b := &browserRun{t: t, ctx: bctx, dir: artifacts}

	// 1. The home page, and a search typed into its box.
	b.do("open the home page", chromedp.Navigate(base+"/"), chromedp.WaitVisible(chromedp.ID("q")))
	b.expect("the page is Arabic, right to left", `document.documentElement.lang + " " + document.documentElement.dir`, "ar rtl")
	b.shot("01-home")
	b.do("type «علييف»", chromedp.SendKeys(chromedp.ID("q"), "علييف"))
	b.navigate("submit the search", chromedp.Click(chromedp.CSS("#search-form button[type=submit]")))
	b.do("wait for the results", chromedp.WaitVisible(chromedp.CSS("ol.hits")))
	b.expect("the query is in the address", `decodeURIComponent(location.search)`, "?q=علييف")
	b.atLeast("highlighted matches", `[...document.querySelectorAll("ol.hits mark")].filter(m => m.textContent === "علييف").length`, 2)
	b.atLeast("facets", `document.querySelectorAll(".facets a").length`, 3)
	b.shot("02-search")

	// 2. The article about Putin and Aliyev.
	b.navigate("open the article", chromedp.Click(`//ol[@class="hits"]//a[@class="title"][contains(., "لبوتين")]`))
	b.do("wait for the text", chromedp.WaitVisible(chromedp.CSS(".article-text")))
	b.atLeast("Putin's quotations marked in the text",
		`document.querySelectorAll('.article-text q.quote[data-speaker="فلاديمير بوتين"]').length`, 10)
	b.expect("a quotation is highlighted",
		`getComputedStyle(document.querySelector('.article-text q.quote[data-speaker="فلاديمير بوتين"]')).backgroundColor !== "rgba(0, 0, 0, 0)"`, true)
	b.expect("its speaker is shown before it",
		`getComputedStyle(document.querySelector('.article-text q.quote[data-speaker="فلاديمير بوتين"]'), "::before").content`, `"فلاديمير بوتين"`)
	b.atLeast("entity links", `document.querySelectorAll('.article-text a.ent').length`, 50)
	b.atLeast("events listed", `document.querySelectorAll('#events .happening').length`, 5)
	b.atLeast("a link to its story", `document.querySelectorAll('.story-link a').length`, 1)
	b.shot("03-article")

	// 3. Putin's entity page, from a mention in the text.
	b.navigate("click a mention of Putin", chromedp.Click(chromedp.CSS(`.article-text a.ent[href="/entities/Q:vladimir-putin"]`)))
	b.do("wait for the chart", chromedp.WaitVisible(chromedp.CSS("svg.timechart")))
	b.expect("the entity's name", `document.querySelector("h1").textContent`, "فلاديمير بوتين")
	b.atLeast("bars in the chart", `document.querySelectorAll("svg.timechart rect.bar").length`, 1)
	b.atLeast("quotations on the page", `document.querySelectorAll(".quote-card").length`, 5)
	b.shot("04-entity")

	// 4. The actor graph, from the navigation.
	b.navigate("open the graph", chromedp.Click(chromedp.CSS(`nav.nav a[href="/graph"]`)))
	b.do("wait for the graph", chromedp.WaitVisible(chromedp.CSS("svg.actor-graph")))
	b.atLeast("nodes", `document.querySelectorAll("svg.actor-graph a.node").length`, 3)
	b.atLeast("edges", `document.querySelectorAll("svg.actor-graph line.edge").length`, 2)
	b.shot("05-graph")

	// 5. The other pages, and the language switch.
	b.navigate("open the quotations", chromedp.Click(chromedp.CSS(`nav.nav a[href="/quotes"]`)))
	b.atLeast("quotations", `document.querySelectorAll(".quote-card").length`, 10)
	b.shot("06-quotes")
	b.navigate("open the events", chromedp.Click(chromedp.CSS(`nav.nav a[href="/events"]`)))
	b.atLeast("days on the timeline", `document.querySelectorAll(".timeline .day").length`, 1)
	b.shot("07-events")
	b.navigate("open the entities", chromedp.Click(chromedp.CSS(`nav.nav a[href="/entities"]`)))
	b.atLeast("entities", `document.querySelectorAll("table.entities tbody tr").length`, 10)
	b.shot("08-entities")
	b.navigate("open the stories", chromedp.Click(chromedp.CSS(`nav.nav a[href="/stories"]`)))
	b.atLeast("stories", `document.querySelectorAll(".story-card").length`, 1)
	b.shot("09-stories")
	b.navigate("open a story", chromedp.Click(chromedp.CSS(`.story-card a.title`)))
	b.atLeast("its Arabic and English articles", `document.querySelectorAll(".story-members li").length`, 2)
	b.shot("10-story")
	b.navigate("open the sources", chromedp.Click(chromedp.CSS(`nav.nav a[href="/sources"]`)))
	b.atLeast("followed sources", `document.querySelectorAll("table.sources tbody tr").length`, 1)
	b.shot("13-sources")
	b.navigate("switch to English", chromedp.Click(chromedp.CSS("a.lang-switch")))
	b.expect("the page is English, left to right", `document.documentElement.lang + " " + document.documentElement.dir`, "en ltr")
	b.navigate("open the home page in English", chromedp.Click(chromedp.CSS(`nav.nav a[href="/"]`)))
	b.expect("English is remembered", `document.documentElement.lang`, "en")
	b.shot("11-home-en")
	b.navigate("open a missing page", chromedp.Navigate(base+"/articles/999999"))
	b.expect("the 404 page", `document.querySelector(".error-page .status").textContent`, "404")
	b.shot("12-not-found")

	mu.Lock()
	defer mu.Unlock()
	for _, m := range blocked {
		t.Errorf("browser console: %s", m)
	}
}

// browserRun runs the steps of one browser session, failing the test at
// the first step that fails.
type browserRun struct {
	t   *testing.T
	ctx context.Context
	dir string
}

func (b *browserRun) do(what string, steps ...chromedp.Action[chromedp.Void]) {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 60*time.Second)
	defer cancel()
	if err := chromedp.Do(ctx, steps...); err != nil {
		b.t.Fatalf("%s: %v", what, err)
	}
}

// navigate runs a step that loads a page and checks it came with 200 or,
// for a missing page, 404.
func (b *browserRun) navigate(what string, step chromedp.Action[chromedp.Void]) {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 60*time.Second)
	defer cancel()
	res, err := chromedp.RunResponse(ctx, step)
	if err != nil {
		b.t.Fatalf("%s: %v", what, err)
	}
	if res == nil || (res.Status != 200 && !strings.Contains(what, "missing")) {
		b.t.Fatalf("%s: response %+v", what, res)
	}
}

// expect evaluates js in the page and compares its value with want.
func (b *browserRun) expect(what, js string, want any) {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 30*time.Second)
	defer cancel()
	var got any
	var err error
	switch want.(type) {
	case bool:
		got, err = chromedp.Run(ctx, chromedp.Evaluate[bool](js))
	default:
		got, err = chromedp.Run(ctx, chromedp.Evaluate[string](js))
	}
	if err != nil {
		b.t.Fatalf("%s: %v", what, err)
	}
	if got != want {
		b.t.Errorf("%s: got %v, want %v", what, got, want)
	}
}

// atLeast evaluates js, a count, and wants at least n.
func (b *browserRun) atLeast(what, js string, n int) {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 30*time.Second)
	defer cancel()
	got, err := chromedp.Run(ctx, chromedp.Evaluate[int](js))
	if err != nil {
		b.t.Fatalf("%s: %v", what, err)
	}
	if got < n {
		b.t.Errorf("%s: %d, want at least %d", what, got, n)
	}
}

// shot saves a screenshot of the whole page as name.png.
func (b *browserRun) shot(name string) {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 60*time.Second)
	defer cancel()
	// A page no taller than the window is shot as it is: Chromium shifts a
	// right-to-left page sideways when it captures "beyond the viewport"
	// what the viewport holds.
	short, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`document.documentElement.scrollHeight <= innerHeight`))
	if err != nil {
		b.t.Fatalf("screenshot %s: %v", name, err)
	}
	shoot := chromedp.FullScreenshot(100)
	if short {
		shoot = chromedp.CaptureScreenshot()
	}
	png, err := chromedp.Run(ctx, shoot)
	if err != nil {
		b.t.Fatalf("screenshot %s: %v", name, err)
	}
	path := filepath.Join(b.dir, name+".png")
	if err := os.WriteFile(path, png, 0o644); err != nil {
		b.t.Fatal(err)
	}
	b.t.Logf("screenshot %s", path)
}

// findChromium returns the browser to drive: $MARSAD_CHROMIUM, else
// Debian's chromium, else one on the PATH; "" when there is none.
func findChromium() string {
	if p := os.Getenv("MARSAD_CHROMIUM"); p != "" {
		return p
	}
	if _, err := os.Stat("/usr/bin/chromium"); err == nil {
		return "/usr/bin/chromium"
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// artifactsDir is $MARSAD_ARTIFACTS, else artifacts/e2e at the root of
// the repository; it is made if missing.
func artifactsDir(t *testing.T) string {
	dir := os.Getenv("MARSAD_ARTIFACTS")
	if dir == "" {
		root, err := repoRoot()
		if err != nil {
			t.Fatal(err)
		}
		dir = filepath.Join(root, "artifacts", "e2e")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

func repoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("no go.mod above the test's directory")
		}
		dir = parent
	}
}

// ingestSamples stores the bundled samples, extracted and analysed, as
// marsad serve does on an empty store, with an English report of the
// meeting the Arabic sample describes, and groups them into stories.
func ingestSamples(ctx context.Context, st *storage.Store) error {
	proc := ingest.NewProcessor(nil)
	var err error
	if proc.Analyzer, err = analyze.New(); err != nil {
		return err
	}
	articles, err := ingest.SampleArticles(proc, filepath.Join("..", "stories", "testdata", "dushanbe-en.txt"))
	if err != nil {
		return err
	}
	saved, err := st.SaveArticles(ctx, articles)
	if err != nil {
		return err
	}
	for _, s := range saved {
		if s.Err != nil {
			return s.Err
		}
	}
	_, err = stories.Update(ctx, st, stories.Options{})
	return err
}
