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
func Dedup(evs []Event) []Group {
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
