package analyze

import (
	"context"
	"strconv"

	"github.com/marsad/marsad/internal/doc"
	"github.com/marsad/marsad/internal/model"
	"github.com/marsad/marsad/internal/quotes"
)

// LayerQuotes holds quotations: Label the kind, ID the speaker's entity id,
// Attrs the speaker's name and the cue.
const LayerQuotes = "quotes"

// quotesAnnotator finds quotations and their speakers among the entities.
type quotesAnnotator struct{ f *quotes.Finder }

func (quotesAnnotator) Name() string { return "quotes" }
func (quotesAnnotator) Requires() []string {
	return []string{doc.LayerTokens, doc.LayerWords, doc.LayerSentences, LayerEntities}
}
func (quotesAnnotator) Provides() []string { return []string{LayerQuotes} }

func (q quotesAnnotator) Annotate(_ context.Context, d *doc.Doc) error {
	for _, qt := range q.f.Find(d, Entities(d)) {
		d.AddSpans(LayerQuotes, doc.Span{Start: qt.Start, End: qt.End, Label: qt.Kind, ID: qt.SpeakerID, Attrs: map[string]string{
			"speaker": qt.SpeakerName, "cue": qt.Cue, "nested": strconv.FormatBool(qt.Nested)}})
	}
	return nil
}

// Entities returns the linked entities of an analysed document in the form
// the quotation finder takes.
func Entities(d *doc.Doc) []quotes.Entity {
	var out []quotes.Entity
	at := map[string]int{}
	for _, sp := range d.Spans(LayerEntities) {
		i, ok := at[sp.ID]
		if !ok {
			i = len(out)
			at[sp.ID] = i
			out = append(out, quotes.Entity{ID: sp.ID, Name: sp.Attrs["name"], Type: sp.Label})
		}
		out[i].Mentions = append(out[i].Mentions, [2]int{sp.Start, sp.End})
	}
	return out
}

// quoteOf turns a span of LayerQuotes into a model.Quote.
func quoteOf(d *doc.Doc, sp doc.Span) model.Quote {
	start, end := d.SpanRunes(sp.Start, sp.End)
	q := model.Quote{Text: d.Text[sp.Start:sp.End], Start: start, End: end, Cue: sp.Attrs["cue"], Kind: sp.Label}
	if sp.ID != "" || sp.Attrs["speaker"] != "" {
		q.Speaker = &model.Speaker{ID: sp.ID, Name: sp.Attrs["speaker"]}
	}
	return q
}
