package ui

import (
	"context"
	"net/http"

	"github.com/marsad/marsad/internal/storage"
)

// listPageSize is the number of quotations or happenings on a page.
const listPageSize = 25

// quotesView is the Data of the quotations page.
type quotesView struct {
	Speaker, Q, From, To string
	// SpeakerName names the speaker filter; Unknown says it names no
	// entity.
	SpeakerName string
	Unknown     bool
	Quotes      []storage.QuoteHit
	Pager       *pager
}

// Quotes is "who said what": quotations, newest first, filtered by speaker
// (?speaker=, a name or an id), words (?q=) and dates (?from= ?to=).
func (h *Handler) Quotes(w http.ResponseWriter, r *http.Request) {
	p := h.newPage(w, r, "quotes")
	ctx, cancel := h.ctx(r)
	defer cancel()
	f := newForm(r, p)
	v := &quotesView{Speaker: f.str("speaker"), Q: f.str("q"), From: f.str("from"), To: f.str("to")}
	q := storage.QuoteQuery{Text: v.Q, From: f.date("from"), To: f.date("to")}
	n := f.page()
	if f.err != nil {
		h.fail(w, r, p, f.err)
		return
	}
	p.Title, p.Data = p.T("quotes.title"), v
	var err error
	if v.Speaker != "" {
		if q.Speakers, v.SpeakerName, err = h.resolve(ctx, p, v.Speaker); err != nil {
			h.fail(w, r, p, err)
			return
		}
		if v.Unknown = len(q.Speakers) == 0; v.Unknown {
			h.render(w, r, "quotes", p)
			return
		}
	}
	q.Limit, q.Offset = listPageSize+1, (n-1)*listPageSize
	if v.Quotes, err = h.st.Quotes(ctx, q); err != nil {
		h.fail(w, r, p, err)
		return
	}
	more := len(v.Quotes) > listPageSize
	v.Quotes = v.Quotes[:min(len(v.Quotes), listPageSize)]
	if err := h.loadNames(ctx, p, quoteIDs(v.Quotes)); err != nil {
		h.fail(w, r, p, err)
		return
	}
	v.Pager = newPager(r, n, more)
	h.render(w, r, "quotes", p)
}

// resolve finds the entities that a filter names (an id, a name, or the
// text of a mention) and the name to show for it.
func (h *Handler) resolve(ctx context.Context, p *page, s string) ([]string, string, error) {
	ids, err := h.st.FindEntities(ctx, s)
	if err != nil || len(ids) == 0 {
		return nil, s, err
	}
	if e, err := h.st.Entity(ctx, ids[0]); err == nil {
		return ids, p.Name(e.Name, e.NameAr), nil
	}
	return ids, s, nil
}
