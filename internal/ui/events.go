package ui

import (
	"cmp"
	"fmt"
	"net/http"
	"slices"

	"github.com/marsad/marsad/internal/storage"
)

// ploverTypes are the PLOVER event types, cooperation first, in the order
// the filter lists them.
var ploverTypes = []string{"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
	"REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}

// eventsView is the Data of the events page.
type eventsView struct {
	Type, Actor, From, To string
	Types                 []string
	ActorName             string
	Unknown               bool
	Days                  []eventDay
	Pager                 *pager
}

// eventDay is the happenings of one date on the timeline.
type eventDay struct {
	Day    string // ISO date, "" when unknown
	Events []storage.Happening
}

// Events is the events timeline: happenings grouped by date, newest
// first, each with the sentences that report it, filtered by PLOVER type
// (?type=), actor (?actor=, a name or an id) and dates (?from= ?to=).
func (h *Handler) Events(w http.ResponseWriter, r *http.Request) {
	p := h.newPage(w, r, "events")
	ctx, cancel := h.ctx(r)
	defer cancel()
	f := newForm(r, p)
	v := &eventsView{Type: f.str("type"), Actor: f.str("actor"), From: f.str("from"), To: f.str("to"), Types: ploverTypes}
	q := storage.EventQuery{From: f.date("from"), To: f.date("to")}
	if v.Type != "" {
		if !slices.Contains(ploverTypes, v.Type) {
			f.set(badRequest{fmt.Sprintf(p.T("badType"), v.Type)})
		}
		q.Types = []string{v.Type}
	}
	n := f.page()
	if f.err != nil {
		h.fail(w, r, p, f.err)
		return
	}
	p.Title, p.Data = p.T("events.title"), v
	var err error
	if v.Actor != "" {
		if q.Actors, v.ActorName, err = h.resolve(ctx, p, v.Actor); err != nil {
			h.fail(w, r, p, err)
			return
		}
		if v.Unknown = len(q.Actors) == 0; v.Unknown {
			h.render(w, r, "events", p)
			return
		}
	}
	q.Limit, q.Offset = listPageSize+1, (n-1)*listPageSize
	evs, err := h.st.Events(ctx, q)
	if err != nil {
		h.fail(w, r, p, err)
		return
	}
	more := len(evs) > listPageSize
	evs = evs[:min(len(evs), listPageSize)]
	if err := h.loadNames(ctx, p, happeningIDs(evs)); err != nil {
		h.fail(w, r, p, err)
		return
	}
	v.Days = byDay(evs)
	v.Pager = newPager(r, n, more)
	h.render(w, r, "events", p)
}

// eventDate is the date a happening is shown under: its own, else the
// publication day of its first report.
func eventDate(hp storage.Happening) string {
	if hp.Event.Date != "" {
		return hp.Event.Date
	}
	for _, m := range hp.Mentions {
		if !m.Published.IsZero() {
			return m.Published.UTC().Format("2006-01-02")
		}
	}
	return ""
}

// byDay groups happenings by date, the latest first, undated last.
func byDay(hs []storage.Happening) []eventDay {
	sorted := slices.Clone(hs)
	slices.SortStableFunc(sorted, func(a, b storage.Happening) int {
		da, db := eventDate(a), eventDate(b)
		if (da == "") != (db == "") {
			if da == "" {
				return 1
			}
			return -1
		}
		return cmp.Compare(db, da)
	})
	var days []eventDay
	for _, hp := range sorted {
		d := eventDate(hp)
		if len(days) == 0 || days[len(days)-1].Day != d {
			days = append(days, eventDay{Day: d})
		}
		days[len(days)-1].Events = append(days[len(days)-1].Events, hp)
	}
	return days
}
