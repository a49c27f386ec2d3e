package analyze

import (
	"context"

	"github.com/marsad/marsad/internal/dates"
	"github.com/marsad/marsad/internal/doc"
)

// LayerDates holds date expressions: Label the precision, ID the ISO 8601
// value.
const LayerDates = "dates"

// datesAnnotator finds date expressions, resolved against the document's
// publication time (relative ones are skipped when it is unknown).
type datesAnnotator struct{}

func (datesAnnotator) Name() string       { return "dates" }
func (datesAnnotator) Requires() []string { return []string{doc.LayerText} }
func (datesAnnotator) Provides() []string { return []string{LayerDates} }

func (datesAnnotator) Annotate(_ context.Context, d *doc.Doc) error {
	for _, e := range dates.Extract(d.Text, d.Published, nil) {
		d.AddSpans(LayerDates, doc.Span{Start: e.Start, End: e.End, Label: e.Precision, ID: e.Value})
	}
	return nil
}
