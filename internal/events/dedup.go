package events

import (
	"slices"
	"strings"
)

// Group is one happening: the event that stands for it and every coded
// mention of it (sentences, articles, sources), in the order given.
type Group struct {
	Event    Event
	Mentions []Event
}

// Dedup merges the events that report the same happening: same type, same
// actor and recipient entity ids (either order for CONSULT), compatible
// dates (equal, one empty, or one a more precise form of the other:
// "2025-10" and "2025-10-09") and compatible places (equal ids or one
// unsaid). It works within a document and across documents alike, as it
// looks only at entity ids, not offsets. Negated events and events without
// an actor are not events and are left out. The representative Event of a
// group is its first mention, with the most precise date and the first
// place any mention gives. Groups come in the order of their first mention.
//
// A happening told once without its recipient (a headline's «الرئيس اليمني
// يطالب المتمردين») joins the group of the same type and actor that has
// one, when exactly one such group is compatible with it: it is that
// happening told less fully, not another.
func Dedup(evs []Event) []Group {
	return foldUnsaid(dedup(evs))
}

func dedup(evs []Event) []Group {
	var groups []Group
	index := map[string][]int{} // key → groups
	for _, ev := range evs {
		if ev.Negated || ev.Actor == nil {
			continue
		}
		k := dedupKey(ev)
		merged := false
		for _, gi := range index[k] {
			g := &groups[gi]
			if !datesCompatible(g.Event.Date, ev.Date) || !placesCompatible(g.Event.Place, ev.Place) {
				continue
			}
			g.Mentions = append(g.Mentions, ev)
			if len(ev.Date) > len(g.Event.Date) {
				g.Event.Date = ev.Date
			}
			if g.Event.Place == nil && ev.Place != nil {
				g.Event.Place = ev.Place
			}
			merged = true
			break
		}
		if !merged {
			index[k] = append(index[k], len(groups))
			groups = append(groups, Group{Event: ev, Mentions: []Event{ev}})
		}
	}
	return groups
}

// foldUnsaid moves each group without a recipient into the one group of
// the same type and actor that has a recipient and compatible dates and
// places, keeping the mentions in their order; the group takes the place
// of the earlier of the two, and its representative stays the first
// mention that names the recipient.
func foldUnsaid(groups []Group) []Group {
	drop := make([]bool, len(groups))
	for i := range groups {
		g := groups[i].Event
		if drop[i] || g.Recipient != nil {
			continue
		}
		into := -1
		for j := range groups {
			h := groups[j].Event
			if j == i || drop[j] || h.Recipient == nil || h.Type != g.Type || h.Actor.ID != g.Actor.ID ||
				!datesCompatible(g.Date, h.Date) || !placesCompatible(g.Place, h.Place) {
				continue
			}
			if into >= 0 {
				into = -2 // two candidates: not the same happening told less fully
				break
			}
			into = j
		}
		if into < 0 {
			continue
		}
		f := &groups[into]
		if i < into {
			f.Mentions = append(slices.Clone(groups[i].Mentions), f.Mentions...)
		} else {
			f.Mentions = append(f.Mentions, groups[i].Mentions...)
		}
		if len(g.Date) > len(f.Event.Date) {
			f.Event.Date = g.Date
		}
		if f.Event.Place == nil {
			f.Event.Place = g.Place
		}
		drop[i] = true
		if i < into {
			groups[i], groups[into] = *f, Group{}
			drop[i], drop[into] = false, true
		}
	}
	out := groups[:0]
	for i, g := range groups {
		if !drop[i] {
			out = append(out, g)
		}
	}
	return out
}

func dedupKey(ev Event) string {
	a, r := ev.Actor.ID, ""
	if ev.Recipient != nil {
		r = ev.Recipient.ID
	}
	if ev.Type == "CONSULT" && r != "" && r < a {
		a, r = r, a
	}
	return ev.Type + "\x00" + a + "\x00" + r
}

func datesCompatible(a, b string) bool {
	return a == "" || b == "" || strings.HasPrefix(a, b) || strings.HasPrefix(b, a)
}

func placesCompatible(a, b *Arg) bool {
	return a == nil || b == nil || a.ID == b.ID
}
