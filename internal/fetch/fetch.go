// Package fetch reads web pages over HTTP with the limits a crawler needs:
// timeouts for connecting, for headers and for the whole body, a cap on the
// body's size, a bounded number of redirects, and a User-Agent naming marsad.
//
// Fetcher (this file) reads one page for a person who asked for it. Client
// (client.go) is the crawler's: it adds robots.txt, per-host rate limits
// and concurrency caps, conditional requests, gzip and brotli, retries and
// a circuit breaker. Renderer (render.go) renders pages that need
// JavaScript in a headless Chromium.
package fetch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"time"
)

// UserAgent names marsad to the sites it reads.
const UserAgent = "marsad/0.1 (+https://github.com/marsad/marsad; news observatory)"

// Options set the fetcher's limits. Zero fields take the defaults shown.
type Options struct {
	// ConnectTimeout bounds dialing and the TLS handshake (10s).
	ConnectTimeout time.Duration
	// HeaderTimeout bounds the wait for the response headers (15s).
	HeaderTimeout time.Duration
	// Timeout bounds the whole request, body included (60s).
	Timeout time.Duration
	// MaxBytes caps the body; a larger page is an error (32 MiB).
	MaxBytes int64
	// MaxRedirects caps the redirects followed (10).
	MaxRedirects int
	// DenyPrivate refuses to connect to loopback, private, link-local and
	// other internal addresses (ErrForbiddenAddress), for a server that
	// fetches URLs its users give it. It is checked on every address
	// dialled, redirects included, and disables proxies from the
	// environment, whose address would be the one checked.
	DenyPrivate bool
}

// Page is a fetched page.
type Page struct {
	// URL is the final address, after redirects.
	URL         string
	ContentType string
	Body        []byte
	Status      int
}

// ErrTooLarge is returned for a body larger than Options.MaxBytes.
var ErrTooLarge = errors.New("page larger than the size limit")

// Fetcher fetches pages. Build it with New; it is safe for concurrent use.
type Fetcher struct {
	client      *http.Client
	maxBytes    int64
	denyPrivate bool
}

// New returns a Fetcher with opts' limits.
func New(opts Options) *Fetcher {
	if opts.ConnectTimeout <= 0 {
		opts.ConnectTimeout = 10 * time.Second
	}
	if opts.HeaderTimeout <= 0 {
		opts.HeaderTimeout = 15 * time.Second
	}
	if opts.Timeout <= 0 {
		opts.Timeout = 60 * time.Second
	}
	if opts.MaxBytes <= 0 {
		opts.MaxBytes = 32 << 20
	}
	if opts.MaxRedirects <= 0 {
		opts.MaxRedirects = 10
	}
	dialer := &net.Dialer{Timeout: opts.ConnectTimeout, KeepAlive: 30 * time.Second}
	proxy := http.ProxyFromEnvironment
	if opts.DenyPrivate {
		dialer.Control = denyPrivate
		proxy = nil
	}
	tr := &http.Transport{
		Proxy:                 proxy,
		DialContext:           dialer.DialContext,
		TLSHandshakeTimeout:   opts.ConnectTimeout,
		ResponseHeaderTimeout: opts.HeaderTimeout,
		MaxIdleConnsPerHost:   4,
		IdleConnTimeout:       90 * time.Second,
	}
	max := opts.MaxRedirects
	return &Fetcher{
		maxBytes:    opts.MaxBytes,
		denyPrivate: opts.DenyPrivate,
		client: &http.Client{
			Transport: tr,
			Timeout:   opts.Timeout,
			CheckRedirect: func(req *http.Request, via []*http.Request) error {
				if len(via) > max {
					return fmt.Errorf("stopped after %d redirects", max)
				}
				return nil
			},
		},
	}
}

// Get fetches url. A status other than 2xx is an error that names it.
func (f *Fetcher) Get(ctx context.Context, url string) (*Page, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, fmt.Errorf("bad URL: %w", err)
	}
	if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
		return nil, fmt.Errorf("bad URL %q: only http and https are fetched", url)
	}
	if f.denyPrivate {
		if err := CheckHost(req.URL.Hostname()); err != nil {
			return nil, fmt.Errorf("GET %s: %w", url, err)
		}
	}
	req.Header.Set("User-Agent", UserAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8,*/*;q=0.5")
	resp, err := f.client.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, fmt.Errorf("GET %s: HTTP %s", url, resp.Status)
	}
	if resp.ContentLength > f.maxBytes {
		return nil, fmt.Errorf("GET %s: %w: %d bytes, limit %d (raise it with --max-bytes)", url, ErrTooLarge, resp.ContentLength, f.maxBytes)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, f.maxBytes+1))
	if err != nil {
		return nil, fmt.Errorf("GET %s: reading body: %w", url, err)
	}
	if int64(len(body)) > f.maxBytes {
		return nil, fmt.Errorf("GET %s: %w: more than %d bytes (raise it with --max-bytes)", url, ErrTooLarge, f.maxBytes)
	}
	return &Page{URL: resp.Request.URL.String(), ContentType: resp.Header.Get("Content-Type"), Body: body, Status: resp.StatusCode}, nil
}
