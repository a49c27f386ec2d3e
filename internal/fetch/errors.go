package fetch

import (
	"context"
	"errors"
	"fmt"
	"net"
	"strings"
	"time"
)

// Errors of Client.Fetch, compared with errors.Is. ErrTooLarge (fetch.go)
// is one of them too.
var (
	// ErrDisallowed: the site's robots.txt forbids marsad the URL.
	ErrDisallowed = errors.New("forbidden by robots.txt")
	// ErrRobotsUnavailable: the site's robots.txt could not be read (a
	// server error, 429, or no answer), so the site is not crawled until it
	// can be, as Google does.
	ErrRobotsUnavailable = errors.New("robots.txt unavailable")
	// ErrCircuitOpen: the host failed too many times in a row and is left
	// alone for a while.
	ErrCircuitOpen = errors.New("host circuit open after repeated failures")
	// ErrTooManyRedirects: more redirects than Options.MaxRedirects.
	ErrTooManyRedirects = errors.New("too many redirects")
	// ErrRedirectLoop: a redirect led back to a URL already visited. An
	// error that is ErrRedirectLoop is also ErrTooManyRedirects.
	ErrRedirectLoop = errors.New("redirect loop")
)

// StatusError is an answer other than 2xx or 304 (after retries and
// redirects).
type StatusError struct {
	URL    string
	Code   int
	Status string // "503 Service Unavailable"
	// RetryAfter is the server's Retry-After, when it sent one: the crawler
	// should not ask again before it has passed.
	RetryAfter time.Duration
}

func (e *StatusError) Error() string {
	s := fmt.Sprintf("GET %s: HTTP %s", e.URL, e.Status)
	if e.RetryAfter > 0 {
		s += fmt.Sprintf(" (retry after %s)", e.RetryAfter.Round(time.Second))
	}
	return s
}

// redirectError reports a redirect chain that was cut.
type redirectError struct {
	chain []string
	loop  bool
	max   int
}

func (e *redirectError) Error() string {
	if e.loop {
		return fmt.Sprintf("redirect loop: %s", strings.Join(e.chain, " → "))
	}
	return fmt.Sprintf("stopped after %d redirects: %s → … → %s", e.max, e.chain[0], e.chain[len(e.chain)-1])
}

func (e *redirectError) Is(target error) bool {
	return target == ErrTooManyRedirects || e.loop && target == ErrRedirectLoop
}

// Reason names the cause of a Fetch error in a word or two, for a crawler
// to record and count: "robots", "robots-unavailable", "circuit-open",
// "too-large", "redirect-loop", "redirects", "http-404" (any status),
// "timeout", "forbidden-address", "canceled", "network", or "error".
func Reason(err error) string {
	var se *StatusError
	var ne net.Error
	switch {
	case err == nil:
		return ""
	case errors.Is(err, ErrDisallowed):
		return "robots"
	case errors.Is(err, ErrRobotsUnavailable):
		return "robots-unavailable"
	case errors.Is(err, ErrCircuitOpen):
		return "circuit-open"
	case errors.Is(err, ErrTooLarge):
		return "too-large"
	case errors.Is(err, ErrRedirectLoop):
		return "redirect-loop"
	case errors.Is(err, ErrTooManyRedirects):
		return "redirects"
	case errors.As(err, &se):
		return fmt.Sprintf("http-%d", se.Code)
	case errors.Is(err, ErrForbiddenAddress):
		return "forbidden-address"
	case errors.Is(err, context.Canceled):
		return "canceled"
	case errors.Is(err, context.DeadlineExceeded), errors.As(err, &ne) && ne.Timeout():
		return "timeout"
	case errors.As(err, &ne):
		return "network"
	}
	return "error"
}
