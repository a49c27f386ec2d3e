package fetch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"sync"
	"time"
)

// ClientOptions set the crawler client's manners and limits. Every field
// has a usable zero value: the default shown.
type ClientOptions struct {
	// UserAgent is sent with every request (UserAgent).
	UserAgent string
	// RobotsAgent is the product token looked up in robots.txt (the
	// leading word of UserAgent: "marsad"). Groups for "*" apply when the
	// file has none for it.
	RobotsAgent string

	// ConnectTimeout bounds dialing and the TLS handshake (10s).
	ConnectTimeout time.Duration
	// HeaderTimeout bounds the wait for the response headers (15s).
	HeaderTimeout time.Duration
	// Timeout bounds one attempt, body included (60s).
	Timeout time.Duration
	// MaxBytes caps the body after Content-Encoding is undone, so that a
	// small compressed bomb stops at the cap too (32 MiB).
	MaxBytes int64
	// MaxRedirects caps the redirects followed by one Fetch (10).
	MaxRedirects int

	// HostInterval is the least time between the starts of two requests
	// to one host (1s). A longer Crawl-delay in robots.txt raises it.
	HostInterval time.Duration
	// MaxCrawlDelay caps the Crawl-delay honoured, so that a file asking
	// for an hour does not stall the crawler's workers (60s).
	MaxCrawlDelay time.Duration
	// HostConcurrency caps the requests in flight to one host (2).
	HostConcurrency int
	// Concurrency caps the requests in flight to all hosts (16).
	Concurrency int

	// Retries is how many times a request is tried again after a network
	// error, 408, 429 or a 5xx other than 501 and 505 (3; -1 for none).
	Retries int
	// RetryBase is the first backoff: attempt n waits a random time up to
	// RetryBase·2ⁿ ("full jitter"), or the server's Retry-After (1s).
	RetryBase time.Duration
	// MaxRetryWait caps one wait between attempts. A Retry-After longer
	// than this ends the Fetch with a StatusError carrying it, for the
	// crawler to come back later (60s).
	MaxRetryWait time.Duration

	// BreakerFailures is the number of consecutive failed attempts (network
	// errors, 429, 5xx) after which a host's circuit opens (5).
	BreakerFailures int
	// BreakerCooldown is how long an open circuit fails fast before one
	// probe request is let through (5m).
	BreakerCooldown time.Duration

	// RobotsTTL is how long a robots.txt is kept (24h).
	RobotsTTL time.Duration
	// RobotsErrorTTL is how long a host whose robots.txt could not be read
	// (5xx, 429, unreachable) is left alone before it is asked again; the
	// last good copy is used meanwhile if there is one (1h).
	RobotsErrorTTL time.Duration

	// DenyPrivate refuses internal addresses, as Options.DenyPrivate.
	DenyPrivate bool
}

func (o *ClientOptions) defaults() {
	def := func(d *time.Duration, v time.Duration) {
		if *d <= 0 {
			*d = v
		}
	}
	if o.UserAgent == "" {
		o.UserAgent = UserAgent
	}
	if o.RobotsAgent == "" {
		o.RobotsAgent = productToken(o.UserAgent)
	}
	def(&o.ConnectTimeout, 10*time.Second)
	def(&o.HeaderTimeout, 15*time.Second)
	def(&o.Timeout, 60*time.Second)
	if o.MaxBytes <= 0 {
		o.MaxBytes = 32 << 20
	}
	if o.MaxRedirects <= 0 {
		o.MaxRedirects = 10
	}
	def(&o.HostInterval, time.Second)
	def(&o.MaxCrawlDelay, time.Minute)
	if o.HostConcurrency <= 0 {
		o.HostConcurrency = 2
	}
	if o.Concurrency <= 0 {
		o.Concurrency = 16
	}
	switch {
	case o.Retries == 0:
		o.Retries = 3
	case o.Retries < 0:
		o.Retries = 0
	}
	def(&o.RetryBase, time.Second)
	def(&o.MaxRetryWait, time.Minute)
	if o.BreakerFailures <= 0 {
		o.BreakerFailures = 5
	}
	def(&o.BreakerCooldown, 5*time.Minute)
	def(&o.RobotsTTL, 24*time.Hour)
	def(&o.RobotsErrorTTL, time.Hour)
}

// Request is one page to fetch. ETag and LastModified are the validators
// of the copy already held, from an earlier Response; when set, the
// request is conditional.
type Request struct {
	URL          string
	ETag         string
	LastModified string
}

// Response is a fetched page.
type Response struct {
	// URL is the final address, after redirects.
	URL string
	// Status is the HTTP status: 2xx, or 304 when NotModified.
	Status int
	// NotModified reports a 304 to a conditional request: the held copy
	// is current and Body is empty.
	NotModified bool
	// ContentType is the Content-Type header, for charset.Decode.
	ContentType string
	// Body is the body with its Content-Encoding (gzip, br, deflate)
	// undone; its charset is left for charset.Decode.
	Body []byte
	// ETag and LastModified are the validators to send next time (the
	// request's own when a 304 carries none).
	ETag         string
	LastModified string
	// Header holds the final response's headers.
	Header http.Header
}

// Client fetches pages for the crawler as a good citizen: it obeys and
// caches robots.txt, spaces and caps the requests to each host, makes
// conditional requests, accepts gzip and brotli, bounds redirects, time
// and size, retries with backoff, and stops asking hosts that keep
// failing. Build it with NewClient; it is safe for concurrent use.
type Client struct {
	opts   ClientOptions
	http   *http.Client
	global chan struct{}

	mu    sync.Mutex
	hosts map[string]*host // by scheme://host:port
}

// NewClient returns a Client with opts' manners and limits.
func NewClient(opts ClientOptions) *Client {
	opts.defaults()
	dialer := &net.Dialer{Timeout: opts.ConnectTimeout, KeepAlive: 30 * time.Second}
	proxy := http.ProxyFromEnvironment
	if opts.DenyPrivate {
		dialer.Control = denyPrivate
		proxy = nil
	}
	tr := &http.Transport{
		Proxy:                 proxy,
		DialContext:           dialer.DialContext,
		ForceAttemptHTTP2:     true,
		TLSHandshakeTimeout:   opts.ConnectTimeout,
		ResponseHeaderTimeout: opts.HeaderTimeout,
		MaxIdleConnsPerHost:   opts.HostConcurrency,
		IdleConnTimeout:       90 * time.Second,
		// Accept-Encoding is set by hand and decoded in decodeBody, which
		// also knows brotli.
		DisableCompression: true,
	}
	return &Client{
		opts:   opts,
		global: make(chan struct{}, opts.Concurrency),
		hosts:  make(map[string]*host),
		http: &http.Client{
			Transport: tr,
			// Redirects are followed by Fetch, so that every hop obeys
			// robots.txt and the host's rate limit.
			CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
		},
	}
}

// Fetch fetches req.URL. It fails with an error that is ErrDisallowed,
// ErrRobotsUnavailable, ErrCircuitOpen, ErrTooLarge, ErrTooManyRedirects
// (ErrRedirectLoop), a *StatusError, or a network error; Reason names it
// in a word.
func (c *Client) Fetch(ctx context.Context, req Request) (*Response, error) {
	u, err := parseURL(req.URL)
	if err != nil {
		return nil, err
	}
	chain := []string{u.String()}
	for {
		h := c.host(u)
		rob, err := c.robots(ctx, h, u)
		if err != nil {
			return nil, fmt.Errorf("GET %s: %w", u, err)
		}
		if !rob.Allowed(u.RequestURI()) {
			return nil, fmt.Errorf("GET %s: %w (user-agent %s)", u, ErrDisallowed, c.opts.RobotsAgent)
		}
		res, err := c.retry(ctx, h, u, req, c.opts.MaxBytes)
		if err != nil {
			return nil, err
		}
		if loc := res.location; loc != nil {
			next := u.ResolveReference(loc)
			next.Fragment = ""
			for _, seen := range chain {
				if seen == next.String() {
					return nil, fmt.Errorf("GET %s: %w", req.URL, &redirectError{chain: append(chain, next.String()), loop: true})
				}
			}
			chain = append(chain, next.String())
			if len(chain) > c.opts.MaxRedirects+1 {
				return nil, fmt.Errorf("GET %s: %w", req.URL, &redirectError{chain: chain, max: c.opts.MaxRedirects})
			}
			if next.Scheme != "http" && next.Scheme != "https" {
				return nil, fmt.Errorf("GET %s: redirect to %s: only http and https are fetched", req.URL, next)
			}
			u = next
			continue
		}
		out := &Response{
			URL: u.String(), Status: res.status, ContentType: res.header.Get("Content-Type"),
			Body: res.body, Header: res.header,
			ETag: res.header.Get("ETag"), LastModified: res.header.Get("Last-Modified"),
		}
		if res.status == http.StatusNotModified {
			out.NotModified = true
			out.ETag = cmp(out.ETag, req.ETag)
			out.LastModified = cmp(out.LastModified, req.LastModified)
		}
		return out, nil
	}
}

func cmp(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

func parseURL(raw string) (*url.URL, error) {
	u, err := url.Parse(raw)
	if err != nil {
		return nil, fmt.Errorf("bad URL: %w", err)
	}
	if u.Scheme != "http" && u.Scheme != "https" || u.Host == "" {
		return nil, fmt.Errorf("bad URL %q: only absolute http and https URLs are fetched", raw)
	}
	u.Fragment = ""
	return u, nil
}

// result is one answer: a body (2xx), a 304, or a redirect's target.
type result struct {
	status   int
	header   http.Header
	body     []byte
	location *url.URL
}

// retry makes the request, again after failures that may pass, waiting
// with exponential backoff and full jitter or as Retry-After says.
func (c *Client) retry(ctx context.Context, h *host, u *url.URL, req Request, limit int64) (*result, error) {
	for attempt := 0; ; attempt++ {
		res, wait, err := c.attempt(ctx, h, u, req, limit)
		if err == nil || wait < 0 || attempt >= c.opts.Retries {
			return res, err
		}
		if wait == 0 {
			wait = rand.N(min(c.opts.MaxRetryWait, c.opts.RetryBase<<attempt) + 1)
		}
		if err := sleep(ctx, wait); err != nil {
			return nil, err
		}
	}
}

// attempt makes one request. wait is -1 when the error is final, 0 when a
// retry should back off as usual, or the server's Retry-After.
func (c *Client) attempt(ctx context.Context, h *host, u *url.URL, req Request, limit int64) (res *result, wait time.Duration, err error) {
	if err := h.allow(time.Now()); err != nil {
		return nil, -1, fmt.Errorf("GET %s: %w", u, err)
	}
	outcome := neutral
	defer func() { h.record(outcome, time.Now(), c.opts.BreakerFailures, c.opts.BreakerCooldown) }()
	if c.opts.DenyPrivate {
		if err := CheckHost(u.Hostname()); err != nil {
			return nil, -1, fmt.Errorf("GET %s: %w", u, err)
		}
	}
	release, err := c.acquire(ctx, h)
	if err != nil {
		return nil, -1, err
	}
	defer release()

	actx, cancel := context.WithTimeout(ctx, c.opts.Timeout)
	defer cancel()
	hreq, err := http.NewRequestWithContext(actx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, -1, fmt.Errorf("bad URL: %w", err)
	}
	hreq.Header.Set("User-Agent", c.opts.UserAgent)
	hreq.Header.Set("Accept", "text/html,application/xhtml+xml;q=0.9,application/xml;q=0.8,text/plain;q=0.8,*/*;q=0.5")
	hreq.Header.Set("Accept-Encoding", "gzip, br")
	if req.ETag != "" {
		hreq.Header.Set("If-None-Match", req.ETag)
	}
	if req.LastModified != "" {
		hreq.Header.Set("If-Modified-Since", req.LastModified)
	}
	resp, err := c.http.Do(hreq)
	if err != nil {
		if ctx.Err() != nil {
			return nil, -1, ctx.Err()
		}
		outcome = failure
		return nil, 0, fmt.Errorf("GET %s: %w", u, err)
	}
	defer resp.Body.Close()
	res = &result{status: resp.StatusCode, header: resp.Header}
	switch code := resp.StatusCode; {
	case code >= 200 && code <= 299:
		body, err := readBody(resp, limit)
		if err != nil {
			if errors.Is(err, ErrTooLarge) {
				outcome = success
				return nil, -1, fmt.Errorf("GET %s: %w", u, err)
			}
			if ctx.Err() != nil {
				return nil, -1, ctx.Err()
			}
			outcome = failure
			return nil, 0, fmt.Errorf("GET %s: reading body: %w", u, err)
		}
		outcome, res.body = success, body
		return res, -1, nil
	case code == http.StatusNotModified:
		outcome = success
		return res, -1, nil
	case code == 301, code == 302, code == 303, code == 307, code == 308:
		outcome = success
		loc := resp.Header.Get("Location")
		if loc == "" {
			return nil, -1, &StatusError{URL: u.String(), Code: code, Status: resp.Status + " without a Location"}
		}
		l, err := url.Parse(loc)
		if err != nil {
			return nil, -1, fmt.Errorf("GET %s: bad redirect Location %q: %w", u, loc, err)
		}
		res.location = l
		return res, -1, nil
	}
	io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10)) // reuse the connection
	se := &StatusError{URL: u.String(), Code: resp.StatusCode, Status: resp.Status}
	if !retryable(resp.StatusCode) {
		outcome = success // the host answers; the page is the matter
		return nil, -1, se
	}
	outcome = failure
	se.RetryAfter = retryAfter(resp.Header.Get("Retry-After"), time.Now())
	if se.RetryAfter <= 0 {
		return nil, 0, se
	}
	h.delay(time.Now().Add(se.RetryAfter))
	if se.RetryAfter > c.opts.MaxRetryWait {
		return nil, -1, se
	}
	return nil, se.RetryAfter, se
}

// retryable reports whether a status may pass on a later try.
func retryable(code int) bool {
	switch {
	case code == http.StatusRequestTimeout, code == http.StatusTooManyRequests:
		return true
	case code == http.StatusNotImplemented, code == http.StatusHTTPVersionNotSupported:
		return false
	}
	return code >= 500 && code <= 599
}

// retryAfter reads a Retry-After header, in seconds or an HTTP date; 0 if
// absent, bad or past.
func retryAfter(v string, now time.Time) time.Duration {
	if v == "" {
		return 0
	}
	if s, err := strconv.Atoi(v); err == nil {
		if s <= 0 {
			return 0
		}
		return time.Duration(min(s, 1<<20)) * time.Second
	}
	if t, err := http.ParseTime(v); err == nil && t.After(now) {
		return t.Sub(now)
	}
	return 0
}

// acquire waits for a request slot for h: its concurrency cap, then its
// rate limit, then the global cap.
func (c *Client) acquire(ctx context.Context, h *host) (release func(), err error) {
	select {
	case h.slots <- struct{}{}:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	if err := sleep(ctx, h.reserve(time.Now())); err != nil {
		<-h.slots
		return nil, err
	}
	select {
	case c.global <- struct{}{}:
	case <-ctx.Done():
		<-h.slots
		return nil, ctx.Err()
	}
	return func() { <-c.global; <-h.slots }, nil
}

// sleep waits d or until ctx is done.
func sleep(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// host returns the state kept for u's scheme, host and port.
func (c *Client) host(u *url.URL) *host {
	key := u.Scheme + "://" + u.Host
	c.mu.Lock()
	defer c.mu.Unlock()
	h := c.hosts[key]
	if h == nil {
		if len(c.hosts) >= maxHosts {
			c.forgetIdleHosts(time.Now().Add(-time.Hour))
		}
		h = &host{key: key, slots: make(chan struct{}, c.opts.HostConcurrency), interval: c.opts.HostInterval}
		c.hosts[key] = h
	}
	return h
}

// maxHosts is how many hosts the client keeps state for before it forgets
// the idle ones: a crawler that follows links to many sites must not grow
// without bound.
const maxHosts = 4096

// forgetIdleHosts drops the hosts with no request in flight, none since
// before, and a closed circuit; their robots.txt is fetched again when
// they come back. c.mu is held.
func (c *Client) forgetIdleHosts(before time.Time) {
	for k, h := range c.hosts {
		h.mu.Lock()
		idle := len(h.slots) == 0 && h.next.Before(before) && h.openUntil.IsZero() && h.failures == 0
		h.mu.Unlock()
		if idle {
			delete(c.hosts, k)
		}
	}
}
