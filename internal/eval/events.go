package eval

import (
	"slices"

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

// EventScore is the Score of events with a breakdown of the required gold
// events that were missed, by the first step that failed, so that a
// held-out set can say where the coder fails without being read.
type EventScore struct {
	Score
	// NoActorEntity: no system entity carries the gold actor's aliases
	// (the entity layer missed the actor). NoType: the actor was found but
	// no unmatched system event has the gold type. WrongActor: events of
	// the type exist but none has the gold actor. WrongRecipient: type and
	// actor match but the recipient does not (NoRecipientEntity of them:
	// no system entity carries the recipient's aliases). The four sum to FN.
	NoActorEntity, NoType, WrongActor, WrongRecipient, NoRecipientEntity int
	// OtherType counts the missed gold events whose actor and recipient
	// one unmatched system event has under another type.
	OtherType int
	// ByType holds the true positives, false positives and false
	// negatives of each PLOVER type (the gold type for TP and FN, the
	// system's for FP).
	ByType map[string]TypeCount
}

// TypeCount is the Score counts of one event type.
type TypeCount struct{ TP, FP, FN int }

func (s *EventScore) count(typ string, tp, fp, fn int) {
	if s.ByType == nil {
		s.ByType = map[string]TypeCount{}
	}
	c := s.ByType[typ]
	c.TP += tp
	c.FP += fp
	c.FN += fn
	s.ByType[typ] = c
}

// Add sums s2 into s.
func (s *EventScore) Add(s2 EventScore) {
	s.Score.Add(s2.Score)
	s.NoActorEntity += s2.NoActorEntity
	s.NoType += s2.NoType
	s.WrongActor += s2.WrongActor
	s.WrongRecipient += s2.WrongRecipient
	s.NoRecipientEntity += s2.NoRecipientEntity
	s.OtherType += s2.OtherType
	for t, c := range s2.ByType {
		s.count(t, c.TP, c.FP, c.FN)
	}
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
	// An event without its recipient is, when exactly one event of the
	// same type and actor names one, that happening told less fully, as
	// events.Dedup groups them: it is no happening of its own.
	type typeActor struct{ t, a string }
	named := map[typeActor]int{} // events of a type and actor with a recipient
	for _, e := range uniq {
		if e.Recipient != nil {
			named[typeActor{e.Type, e.Actor.ID}]++
		}
	}
	uniq = slices.DeleteFunc(uniq, func(e model.Event) bool {
		return e.Recipient == nil && named[typeActor{e.Type, e.Actor.ID}] == 1
	})
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
	// args says whether e's actor (and recipient, unless actorOnly) are
	// g's, in either order for CONSULT.
	args := func(g GoldEvent, e model.Event, actorOnly bool) bool {
		actors, recips := names(g.Actor, g.AltActor), names(g.Recipient, g.AltRecipient)
		ok := func(a, r *model.Ref) bool {
			return refMatches(a, actors) && (actorOnly || len(recips) == 0 || refMatches(r, recips))
		}
		return ok(e.Actor, e.Recipient) || g.Type == "CONSULT" && ok(e.Recipient, e.Actor)
	}
	matches := func(g GoldEvent, e model.Event) bool {
		return g.Type == e.Type && args(g, e, false)
	}
	// why counts and names the first step at which a missed gold event
	// failed.
	why := func(g GoldEvent, used []bool) string {
		var typed, actor, other bool
		for i, e := range uniq {
			if used[i] {
				continue
			}
			if e.Type == g.Type {
				typed = true
				actor = actor || args(g, e, true)
			} else if args(g, e, false) {
				other = true
			}
		}
		if other {
			s.OtherType++
		}
		found := func(want []string) bool {
			for _, e := range ents {
				if refMatches(&model.Ref{ID: e.ID, Name: e.Name}, want) {
					return true
				}
			}
			return false
		}
		switch {
		case !found(names(g.Actor, g.AltActor)):
			s.NoActorEntity++
			return "actor not an entity"
		case !typed:
			s.NoType++
			return "no event of the type"
		case !actor:
			s.WrongActor++
			return "type without the actor"
		}
		s.WrongRecipient++
		if !found(names(g.Recipient, g.AltRecipient)) {
			s.NoRecipientEntity++
			return "recipient not an entity"
		}
		return "without the recipient"
	}
	used := make([]bool, len(uniq))
	var missed []GoldEvent
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
				missed = append(missed, g)
				s.FN++
				s.count(g.Type, 0, 0, 1)
			}
			continue
		}
		used[found] = true
		if !g.Optional {
			s.TP++
			s.count(g.Type, 1, 0, 0)
		}
	}
	for _, g := range missed {
		s.Missed = append(s.Missed, g.Type+" "+g.Actor+" → "+g.Recipient+" ("+why(g, used)+")")
	}
	for i, e := range uniq {
		if !used[i] {
			s.FP++
			s.count(e.Type, 0, 1, 0)
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
