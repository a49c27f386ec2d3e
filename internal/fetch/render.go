package fetch

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// ErrNoChromium is returned by NewRenderer when no Chromium is installed:
// a page that needs JavaScript cannot be rendered, and the crawler should
// record that rather than store the page's wall as an article.
var ErrNoChromium = errors.New("needs JavaScript; no Chromium to render it (install Debian's chromium package, or set the path to a Chromium or Chrome binary)")

// RenderOptions set up a Renderer. Zero fields take the defaults shown.
type RenderOptions struct {
	// ExecPath is the browser to run (/usr/bin/chromium if it exists,
	// else chromium, chromium-browser or google-chrome on the PATH).
	ExecPath string
	// Timeout bounds one Render, from navigation to the returned HTML (30s).
	Timeout time.Duration
	// Settle is how long scripts are given to write the page after its
	// load event (1s).
	Settle time.Duration
	// Tabs caps the pages rendered at once (2).
	Tabs int
	// MaxBytes caps the returned HTML; a larger DOM is ErrTooLarge (32 MiB).
	MaxBytes int
	// UserAgent is appended to the browser's own User-Agent, so that sites
	// see both a browser and who runs it (UserAgent).
	UserAgent string
	// StartTimeout bounds the browser's start (20s).
	StartTimeout time.Duration
}

// Renderer renders pages that need JavaScript in a headless Chromium and
// returns their DOM as HTML. One browser, with a fresh profile in a
// temporary directory, serves all calls; each page gets its own tab.
// Images are not loaded. It is safe for concurrent use; Close ends the
// browser.
//
// The Renderer does not consult robots.txt or the rate limits: render
// only URLs that Client.Fetch has just fetched, so that the site sees one
// more visit to an allowed page (plus its scripts and styles).
type Renderer struct {
	// browser is chromedp's handle on the browser process. chromedp ties
	// a browser's life to a context, so this one context is kept for the
	// Renderer's life; the contexts of Render calls are never stored.
	browser context.Context
	cancel  func()
	tabs    chan struct{}
	opts    RenderOptions
	ua      string
}

// findChromium returns the browser to run, or "".
func findChromium(path string) string {
	if path != "" {
		if p, err := exec.LookPath(path); err == nil {
			return p
		}
		return ""
	}
	if st, err := os.Stat("/usr/bin/chromium"); err == nil && !st.IsDir() {
		return "/usr/bin/chromium"
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// NewRenderer starts a headless Chromium. It returns an error that is
// ErrNoChromium when there is none, or says why it would not start.
func NewRenderer(opts RenderOptions) (*Renderer, error) {
	path := findChromium(opts.ExecPath)
	if path == "" {
		if opts.ExecPath != "" {
			return nil, fmt.Errorf("%w: %s not found", ErrNoChromium, opts.ExecPath)
		}
		return nil, ErrNoChromium
	}
	if opts.Timeout <= 0 {
		opts.Timeout = 30 * time.Second
	}
	if opts.Settle <= 0 {
		opts.Settle = time.Second
	}
	if opts.Tabs <= 0 {
		opts.Tabs = 2
	}
	if opts.MaxBytes <= 0 {
		opts.MaxBytes = 32 << 20
	}
	if opts.UserAgent == "" {
		opts.UserAgent = UserAgent
	}
	if opts.StartTimeout <= 0 {
		opts.StartTimeout = 20 * time.Second
	}
	// No user-data-dir is given: chromedp makes a fresh one in a
	// temporary directory and removes it when the browser ends.
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(path),
		chromedp.Headless,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.Flag("disable-default-apps", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("mute-audio", true),
		chromedp.Flag("blink-settings", "imagesEnabled=false"),
		chromedp.WSURLReadTimeout(opts.StartTimeout),
	)
	ctx, cancelBrowser := chromedp.NewContext(alloc)
	cancel := func() { cancelBrowser(); cancelAlloc() }
	// The first call starts the browser and ties it to ctx, which has no
	// deadline: WSURLReadTimeout bounds the start instead.
	version, err := chromedp.CallBrowser(ctx, browser.GetVersion, cdp.Empty{})
	if err != nil {
		cancel()
		return nil, fmt.Errorf("starting %s: %w", path, err)
	}
	return &Renderer{
		browser: ctx, cancel: cancel, opts: opts,
		tabs: make(chan struct{}, opts.Tabs),
		ua:   version.UserAgent + " " + opts.UserAgent,
	}, nil
}

// Render loads url in a new tab, lets its scripts run, and returns the
// page's DOM as HTML.
func (r *Renderer) Render(ctx context.Context, url string) (string, error) {
	select {
	case r.tabs <- struct{}{}:
		defer func() { <-r.tabs }()
	case <-ctx.Done():
		return "", ctx.Err()
	}
	tab, closeTab := chromedp.NewContext(r.browser)
	defer closeTab()
	stop := context.AfterFunc(ctx, closeTab)
	defer stop()
	tctx, cancel := context.WithTimeout(tab, r.opts.Timeout)
	defer cancel()
	html, err := chromedp.Run(tctx, func(ctx context.Context, t *chromedp.Target) (string, error) {
		if _, err := cdp.Call(ctx, t, emulation.SetUserAgentOverride, emulation.SetUserAgentOverrideParams{UserAgent: r.ua}); err != nil {
			return "", err
		}
		for _, step := range []chromedp.Action[chromedp.Void]{
			chromedp.Navigate(url),
			chromedp.WaitReady(chromedp.CSS("body")),
			chromedp.Sleep(r.opts.Settle),
		} {
			if _, err := step(ctx, t); err != nil {
				return "", err
			}
		}
		return chromedp.OuterHTML(chromedp.CSS("html"))(ctx, t)
	})
	if err != nil {
		if ctx.Err() != nil {
			return "", ctx.Err()
		}
		if errors.Is(err, context.DeadlineExceeded) || tctx.Err() != nil {
			return "", fmt.Errorf("render %s: no page within %s: %w", url, r.opts.Timeout, context.DeadlineExceeded)
		}
		return "", fmt.Errorf("render %s: %w", url, err)
	}
	if len(html) > r.opts.MaxBytes {
		return "", fmt.Errorf("render %s: %w: %d bytes of HTML, limit %d", url, ErrTooLarge, len(html), r.opts.MaxBytes)
	}
	return html, nil
}

// Close ends the browser and removes its profile.
func (r *Renderer) Close() error {
	r.cancel()
	return nil
}

// HaveChromium reports whether a Chromium to render with is installed.
func HaveChromium() bool { return findChromium("") != "" }
