package analyze

import (
	"context"

	"github.com/marsad/marsad/internal/doc"
	"github.com/marsad/marsad/internal/events"
	"github.com/marsad/marsad/internal/model"
)

// LayerEvents holds coded events: Label the PLOVER type; the event itself
// is kept beside the span (eventsAnnotator keeps them in order).
const LayerEvents = "events"

// eventsAnnotator codes the events of each sentence among the entities,
// dated by the date layer.
type eventsAnnotator struct{ a *Analyzer }

func (eventsAnnotator) Name() string { return "events" }
func (eventsAnnotator) Requires() []string {
	return []string{doc.LayerTokens, doc.LayerWords, doc.LayerSentences, LayerEntities, LayerDates, LayerQuotes}
}
func (eventsAnnotator) Provides() []string { return []string{LayerEvents} }

func (ea eventsAnnotator) Annotate(_ context.Context, d *doc.Doc) error {
	var ents []events.Entity
	at := map[string]int{}
	for _, sp := range d.Spans(LayerEntities) {
		i, ok := at[sp.ID]
		if !ok {
			i = len(ents)
			at[sp.ID] = i
			e := events.Entity{ID: sp.ID, Name: sp.Attrs["name"], Type: sp.Label}
			if le, ok := ea.a.lex.ByID(sp.ID); ok {
				e.Country, e.Kind = le.Country, le.Kind
			} else if e.Type == "GPE" {
				e.Kind = "city" // a place the lexicon lacks is no country
			}
			ents = append(ents, e)
		}
		ents[i].Mentions = append(ents[i].Mentions, [2]int{sp.Start, sp.End})
	}
	var ds []events.DateSpan
	for _, sp := range d.Spans(LayerDates) {
		ds = append(ds, events.DateSpan{Start: sp.Start, End: sp.End, Value: sp.ID})
	}
	var reported []events.ReportedSpan
	for _, sp := range d.Spans(LayerQuotes) {
		reported = append(reported, events.ReportedSpan{Start: sp.Start, End: sp.End, SpeakerID: sp.ID})
	}
	for _, ev := range ea.a.coder.CodeReported(d, ents, ds, reported) {
		if ev.Type == "SUPPORT" && ev.Recipient == nil && doc.HasArabic(ev.Trigger) {
			// PLOVER's SUPPORT is praise or endorsement of someone: an
			// Arabic one whose sentence names no one supported (أكد دعمه
			// للجهود، أبدى استعداده) is left out. On the local gold sets
			// it was wrong far more often than right (see README).
			continue
		}
		d.AddSpans(LayerEvents, doc.Span{Start: ev.Start, End: ev.End, Label: ev.Type, Attrs: eventAttrs(d.Text, ev)})
	}
	return nil
}

// eventAttrs keeps an event's fields on its span, with the mention that
// names each argument as written in text.
func eventAttrs(text string, ev events.Event) map[string]string {
	m := map[string]string{"cameo": ev.Cameo, "date": ev.Date, "trigger": ev.Trigger}
	if ev.Negated {
		m["negated"] = "true"
	}
	for role, arg := range map[string]*events.Arg{"actor": ev.Actor, "recipient": ev.Recipient, "place": ev.Place} {
		if arg != nil {
			m[role+"_id"], m[role] = arg.ID, arg.Name
			if 0 <= arg.Start && arg.Start < arg.End && arg.End <= len(text) {
				m[role+"_text"] = text[arg.Start:arg.End]
			}
		}
	}
	return m
}

// eventOf turns a span of LayerEvents into a model.Event.
func eventOf(d *doc.Doc, sp doc.Span) model.Event {
	start, end := d.SpanRunes(sp.Start, sp.End)
	ref := func(role string) *model.Ref {
		if sp.Attrs[role+"_id"] == "" {
			return nil
		}
		return &model.Ref{ID: sp.Attrs[role+"_id"], Name: sp.Attrs[role], Text: sp.Attrs[role+"_text"]}
	}
	return model.Event{Type: sp.Label, Cameo: sp.Attrs["cameo"], Actor: ref("actor"), Recipient: ref("recipient"),
		Date: sp.Attrs["date"], Place: ref("place"), Text: d.Text[sp.Start:sp.End], Start: start, End: end,
		Trigger: sp.Attrs["trigger"], Negated: sp.Attrs["negated"] == "true"}
}
