package fetch

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"sync"
	"time"
)

// host is what the Client keeps about one scheme://host:port: its request
// slots, its rate limit, its circuit breaker and its robots.txt.
type host struct {
	key   string
	slots chan struct{} // ClientOptions.HostConcurrency

	mu       sync.Mutex
	next     time.Time     // the earliest start of the next request
	interval time.Duration // HostInterval, or a longer Crawl-delay
	// The circuit breaker: closed while openUntil is zero; open until
	// openUntil; then half-open, letting one probe through.
	failures  int
	openUntil time.Time
	probing   bool

	robotsMu      sync.Mutex // held while robots.txt is fetched
	robotsRules   *Robots    // the last good copy, or nil
	robotsErr     error      // non-nil while the file is unavailable
	robotsExpires time.Time
}

// reserve books the next start time for a request to h and returns how
// long to wait for it.
func (h *host) reserve(now time.Time) time.Duration {
	h.mu.Lock()
	defer h.mu.Unlock()
	t := h.next
	if t.Before(now) {
		t = now
	}
	h.next = t.Add(h.interval)
	return t.Sub(now)
}

// delay puts off every request to h until t at least (Retry-After).
func (h *host) delay(t time.Time) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if t.After(h.next) {
		h.next = t
	}
}

type outcome int

const (
	neutral outcome = iota // cancelled: says nothing about the host
	success                // the host answered
	failure                // network error, 429 or 5xx
)

// allow lets a request through the breaker or says why not.
func (h *host) allow(now time.Time) error {
	h.mu.Lock()
	defer h.mu.Unlock()
	switch {
	case h.openUntil.IsZero():
		return nil
	case now.Before(h.openUntil):
		return fmt.Errorf("%w: %s, for %s more", ErrCircuitOpen, h.key, h.openUntil.Sub(now).Round(time.Millisecond))
	case h.probing:
		return fmt.Errorf("%w: %s, a probe request is under way", ErrCircuitOpen, h.key)
	}
	h.probing = true
	return nil
}

// record counts an attempt's outcome in the breaker: a success closes it,
// a failure of the half-open probe or the threshold-th failure in a row
// opens it for cooldown.
func (h *host) record(o outcome, now time.Time, threshold int, cooldown time.Duration) {
	h.mu.Lock()
	defer h.mu.Unlock()
	switch o {
	case success:
		h.failures, h.openUntil, h.probing = 0, time.Time{}, false
	case failure:
		h.failures++
		if h.probing || h.failures >= threshold {
			h.openUntil = now.Add(cooldown)
		}
		h.probing = false
	default:
		h.probing = false
	}
}

// Robots returns the robots.txt rules that apply to the Client's agent on
// rawURL's host, fetching the file if it is not cached: its Sitemaps, for
// one, list the site's sitemaps.
func (c *Client) Robots(ctx context.Context, rawURL string) (*Robots, error) {
	u, err := parseURL(rawURL)
	if err != nil {
		return nil, err
	}
	return c.robots(ctx, c.host(u), u)
}

// robots returns h's rules, from the cache while they are fresh. As RFC
// 9309 and Google say: a 2xx file is parsed; a 4xx other than 429, or
// more than five redirects, means no file and nothing forbidden; a 5xx,
// a 429 or no answer means the site is not crawled until the file can be
// read (ErrRobotsUnavailable), or it is crawled by the last good copy.
func (c *Client) robots(ctx context.Context, h *host, u *url.URL) (*Robots, error) {
	h.robotsMu.Lock()
	defer h.robotsMu.Unlock()
	now := time.Now()
	if !h.robotsExpires.IsZero() && now.Before(h.robotsExpires) {
		return h.robotsRules, h.robotsErr
	}
	rules, err := c.fetchRobots(ctx, u)
	now = time.Now()
	switch {
	case err == nil:
		h.robotsRules, h.robotsErr, h.robotsExpires = rules, nil, now.Add(c.opts.RobotsTTL)
	case ctx.Err() != nil, errors.Is(err, ErrCircuitOpen), errors.Is(err, ErrForbiddenAddress):
		return nil, err // says nothing about the file: do not cache
	case h.robotsRules != nil:
		h.robotsErr, h.robotsExpires = nil, now.Add(c.opts.RobotsErrorTTL)
	default:
		h.robotsErr = fmt.Errorf("%w: %v; not crawled before %s", ErrRobotsUnavailable, err, now.Add(c.opts.RobotsErrorTTL).Format(time.RFC3339))
		h.robotsExpires = now.Add(c.opts.RobotsErrorTTL)
	}
	if h.robotsRules != nil {
		h.mu.Lock()
		h.interval = max(c.opts.HostInterval, min(h.robotsRules.CrawlDelay(), c.opts.MaxCrawlDelay))
		h.mu.Unlock()
	}
	return h.robotsRules, h.robotsErr
}

// fetchRobots reads u's /robots.txt, following up to five redirects.
func (c *Client) fetchRobots(ctx context.Context, u *url.URL) (*Robots, error) {
	ru := &url.URL{Scheme: u.Scheme, Host: u.Host, Path: "/robots.txt"}
	for range 6 {
		res, err := c.retry(ctx, c.host(ru), ru, Request{}, c.opts.MaxBytes)
		var se *StatusError
		switch {
		case errors.As(err, &se) && se.Code >= 400 && se.Code < 500 && se.Code != 429:
			return &Robots{}, nil
		case err != nil:
			return nil, err
		case res.location != nil:
			ru = ru.ResolveReference(res.location)
			if ru.Scheme != "http" && ru.Scheme != "https" {
				return &Robots{}, nil
			}
			continue
		}
		return ParseRobots(res.body, c.opts.RobotsAgent), nil
	}
	return &Robots{}, nil
}
