package ui

import (
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"
)

// form reads a page's query parameters, keeping the first mistake as a
// badRequest in the page's language.
type form struct {
	r   *http.Request
	l   lang
	err error
}

func newForm(r *http.Request, p *page) *form { return &form{r: r, l: p.lang} }

// str is the parameter name, trimmed.
func (f *form) str(name string) string { return strings.TrimSpace(f.r.URL.Query().Get(name)) }

// date reads a YYYY-MM-DD parameter (what <input type="date"> sends).
func (f *form) date(name string) time.Time {
	s := f.str(name)
	if s == "" {
		return time.Time{}
	}
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		f.set(badRequest{fmt.Sprintf(f.l.T("badDate"), s)})
	}
	return t
}

// page reads ?page=, 1 when absent.
func (f *form) page() int {
	s := f.str("page")
	if s == "" {
		return 1
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 || n > 10000 {
		f.set(badRequest{f.l.T("badPage")})
		return 1
	}
	return n
}

func (f *form) set(err error) {
	if f.err == nil {
		f.err = err
	}
}

// pager links the pages of a list paged by number.
type pager struct {
	Page       int
	Prev, Next string
}

// newPager makes the links around page n of r's list; more says whether
// a next page exists.
func newPager(r *http.Request, n int, more bool) *pager {
	p := &pager{Page: n}
	if n > 1 {
		p.Prev = withParam(r.URL, "page", strconv.Itoa(n-1))
		if n == 2 {
			p.Prev = withParam(r.URL, "page", "")
		}
	}
	if more {
		p.Next = withParam(r.URL, "page", strconv.Itoa(n+1))
	}
	if p.Prev == "" && p.Next == "" {
		return nil
	}
	return p
}

// withParam returns u's path and query with the parameter key set to
// value, or removed when value is "". The language parameter is dropped:
// the cookie remembers it.
func withParam(u *url.URL, key, value string) string {
	q := u.Query()
	q.Del("hl")
	for k, vs := range q {
		if strings.Join(vs, "") == "" {
			q.Del(k)
		}
	}
	if value == "" {
		q.Del(key)
	} else {
		q.Set(key, value)
	}
	if len(q) == 0 {
		return u.Path
	}
	return u.Path + "?" + q.Encode()
}
