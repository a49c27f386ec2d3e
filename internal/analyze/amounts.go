package analyze

import (
	"context"
	"strconv"

	"github.com/marsad/marsad/internal/amounts"
	"github.com/marsad/marsad/internal/doc"
	"github.com/marsad/marsad/internal/model"
)

// LayerAmounts holds amounts: Label the kind; the amount itself is kept
// beside the span (see amountsAnnotator).
const LayerAmounts = "amounts"

// amountsAnnotator finds the amounts of the text.
type amountsAnnotator struct{ f *amounts.Finder }

func (amountsAnnotator) Name() string { return "amounts" }
func (amountsAnnotator) Requires() []string {
	return []string{doc.LayerTokens, doc.LayerWords, doc.LayerSentences}
}
func (amountsAnnotator) Provides() []string { return []string{LayerAmounts} }

func (a amountsAnnotator) Annotate(_ context.Context, d *doc.Doc) error {
	for _, am := range a.f.Find(d) {
		attrs := map[string]string{"unit": am.Unit, "direction": am.Direction, "object": am.Object, "period": am.Period}
		if am.Approx {
			attrs["approx"] = "true"
		}
		d.AddSpans(LayerAmounts, doc.Span{Start: am.Start, End: am.End, Label: am.Kind, ID: formatFloat(am.Value), Attrs: attrs})
	}
	return nil
}

// amountOf turns a span of LayerAmounts back into a model.Amount.
func amountOf(d *doc.Doc, sp doc.Span) model.Amount {
	start, end := d.SpanRunes(sp.Start, sp.End)
	return model.Amount{
		Value: parseFloat(sp.ID), Unit: sp.Attrs["unit"], Kind: sp.Label, Direction: sp.Attrs["direction"],
		Approx: sp.Attrs["approx"] == "true", Object: sp.Attrs["object"], Period: sp.Attrs["period"],
		Text: d.Text[sp.Start:sp.End], Start: start, End: end,
	}
}

func formatFloat(v float64) string { return strconv.FormatFloat(v, 'g', -1, 64) }

func parseFloat(s string) float64 {
	v, _ := strconv.ParseFloat(s, 64)
	return v
}
