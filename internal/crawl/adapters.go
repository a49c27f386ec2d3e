package crawl

import (
	"context"
	"errors"
	"fmt"
	"net/http"

	"github.com/marsad/marsad/internal/fetch"
)

// Polite returns the Fetcher of a fetch.Client: robots.txt, per-host rate
// limits, conditional requests, retries and circuit breaking are its. The
// errors that trying later will not mend are marked ErrPermanent.
func Polite(c *fetch.Client) Fetcher { return polite{c} }

type polite struct{ c *fetch.Client }

func (p polite) Fetch(ctx context.Context, r Request) (*Response, error) {
	resp, err := p.c.Fetch(ctx, fetch.Request{URL: r.URL, ETag: r.ETag, LastModified: r.LastModified})
	if err != nil {
		if permanent(err) {
			return nil, fmt.Errorf("%w (%w)", err, ErrPermanent)
		}
		return nil, err
	}
	return &Response{URL: resp.URL, Status: resp.Status, ContentType: resp.ContentType, Body: resp.Body,
		ETag: resp.ETag, LastModified: resp.LastModified, NotModified: resp.NotModified, Header: resp.Header}, nil
}

// permanent reports the fetch errors that a later try would meet again.
func permanent(err error) bool {
	var se *fetch.StatusError
	switch {
	case errors.Is(err, fetch.ErrDisallowed), errors.Is(err, fetch.ErrTooLarge),
		errors.Is(err, fetch.ErrTooManyRedirects), errors.Is(err, fetch.ErrForbiddenAddress):
		return true
	case errors.As(err, &se):
		switch se.Code {
		case http.StatusRequestTimeout, http.StatusTooManyRequests:
			return false
		}
		return se.Code >= 400 && se.Code < 500
	}
	return false
}

// Chromium returns the Renderer of a fetch.Renderer (headless Chromium).
func Chromium(r *fetch.Renderer) Renderer { return chromium{r} }

type chromium struct{ r *fetch.Renderer }

func (c chromium) Render(ctx context.Context, url string) ([]byte, error) {
	html, err := c.r.Render(ctx, url)
	return []byte(html), err
}
