package eval

import (
	"github.com/marsad/marsad/internal/model"
)

// GoldEvent is an event of a gold file (GUIDELINES.md, Events).
type GoldEvent struct {
	Type         string `json:"type"`
	Actor        string `json:"actor"`
	Recipient    string `json:"recipient"`
	AltActor     string `json:"alt_actor"`
	AltRecipient string `json:"alt_recipient"`
	Optional     bool   `json:"optional"`
}

// ScoreEvents matches events as GUIDELINES.md says: same type, the actor
// (and the recipient, where gold has one) matching by alias, in either
// order for CONSULT. Events are compared as a set per article: repeated
// system events of one (type, actor, recipient) — in either order for
// CONSULT — count once, and negated ones are not events.
func ScoreEvents(gold []GoldEvent, sys []model.Event, golds []GoldEntity, ents []model.Entity) EventScore {
	var s EventScore
	type key struct{ t, a, r string }
	seen := map[key]bool{}
	var uniq []model.Event
	for _, e := range sys {
		if e.Negated || e.Actor == nil {
			continue
		}
		k := key{e.Type, e.Actor.ID, refIDOf(e.Recipient)}
		if e.Type == "CONSULT" && k.r != "" && k.r < k.a {
			k.a, k.r = k.r, k.a // a meeting has no direction
		}
		if !seen[k] {
			seen[k] = true
			uniq = append(uniq, e)
		}
	}
	names := func(want ...string) []string {
		var out []string
		for _, w := range want {
			if w != "" {
				out = append(out, w)
			}
		}
		return out
	}
	refMatches := func(r *model.Ref, want []string) bool {
		if r == nil {
			return false
		}
		for _, w := range want {
			if speakerMatches(&model.Speaker{ID: r.ID, Name: r.Name}, GoldQuote{Speaker: w}, golds, ents) {
				return true
			}
		}
		return false
	}
	matches := func(g GoldEvent, e model.Event) bool {
		if g.Type != e.Type {
			return false
		}
		actors, recips := names(g.Actor, g.AltActor), names(g.Recipient, g.AltRecipient)
		ok := func(a, r *model.Ref) bool {
			return refMatches(a, actors) && (len(recips) == 0 || refMatches(r, recips))
		}
		return ok(e.Actor, e.Recipient) || e.Type == "CONSULT" && ok(e.Recipient, e.Actor)
	}
	used := make([]bool, len(uniq))
	for _, g := range gold {
		found := -1
		for i, e := range uniq {
			if !used[i] && matches(g, e) {
				found = i
				break
			}
		}
		if found < 0 {
			if !g.Optional {
				s.FN++
				s.Missed = append(s.Missed, g.Type+" "+g.Actor+" → "+g.Recipient)
			}
			continue
		}
		used[found] = true
		if !g.Optional {
			s.TP++
		}
	}
	for i, e := range uniq {
		if !used[i] {
			s.FP++
			s.Spurious = append(s.Spurious, e.Type+" "+e.Actor.Name+" → "+refNameOf(e.Recipient)+": "+clip(e.Text))
		}
	}
	return s
}

func refIDOf(r *model.Ref) string {
	if r == nil {
		return ""
	}
	return r.ID
}

func refNameOf(r *model.Ref) string {
	if r == nil {
		return "—"
	}
	return r.Name
}
