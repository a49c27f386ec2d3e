package events

import "strings"

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
	groups, order := dedup(evs)
	return foldUnsaid(groups, order)
}

// dedup groups evs by dedupKey and compatible dates and places; order
// holds, for each group, the input index of each of its mentions.
func dedup(evs []Event) ([]Group, [][]int) {
	var groups []Group
	var order [][]int
	index := map[string][]int{} // key → groups
	for n, ev := range evs {
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
			order[gi] = append(order[gi], n)
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
			order = append(order, []int{n})
		}
	}
	return groups, order
}

// foldUnsaid moves each group without a recipient into the one group of
// the same type and actor that has a recipient and compatible dates and
// places, merging the mentions in their input order (order); the group
// takes the place of the earlier of the two, and its representative stays
// the first mention that names the recipient.
func foldUnsaid(groups []Group, order [][]int) []Group {
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
		f.Mentions, order[into] = mergeInOrder(f.Mentions, order[into], groups[i].Mentions, order[i])
		if len(g.Date) > len(f.Event.Date) {
			f.Event.Date = g.Date
		}
		if f.Event.Place == nil {
			f.Event.Place = g.Place
		}
		drop[i] = true
		if i < into {
			groups[i], groups[into] = *f, Group{}
			order[i], order[into] = order[into], nil
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

// mergeInOrder merges two lists of mentions by their input indexes.
func mergeInOrder(a []Event, ai []int, b []Event, bi []int) ([]Event, []int) {
	out := make([]Event, 0, len(a)+len(b))
	oi := make([]int, 0, len(a)+len(b))
	for len(ai) > 0 || len(bi) > 0 {
		if len(bi) == 0 || len(ai) > 0 && ai[0] < bi[0] {
			out, oi = append(out, a[0]), append(oi, ai[0])
			a, ai = a[1:], ai[1:]
		} else {
			out, oi = append(out, b[0]), append(oi, bi[0])
			b, bi = b[1:], bi[1:]
		}
	}
	return out, oi
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
