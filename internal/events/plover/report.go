package plover

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"text/tabwriter"
)

// Print writes the result as a report: the headline figures with the
// published bars beside them, then a table of the types.
func (r Result) Print(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	p := func(format string, a ...any) { fmt.Fprintf(tw, format+"\n", a...) }
	prf := func(name string, c PRF, note string) {
		p("%s\tF1 %.3f\tP %.3f (%d/%d coded right), R %.3f (%d/%d gold found)%s",
			name, c.F1(), c.Precision(), c.Correct, c.System, c.Recall(), c.Found, c.Gold, note)
	}
	p("PLOVER GSR (English)\t\t%d records, %d sentences", r.Records, r.Sentences)
	p("type accuracy\t%.3f\t%d records whose type is among the coded events'", r.TypeAccuracy(), r.TypeFound)
	p("top-event type accuracy\t%.3f\t%d records whose first coded event has the type", r.TopAccuracy(), r.TopCorrect)
	prf("events (type, actor, recipient)", r.Events, fmt.Sprintf("; %d records fully found", r.FullyFound))
	prf("actors", r.Actors, "")
	prf("recipients", r.Recipients, "")
	p("macro-F1 over types\t%.3f\tone label a record (first coded event); NGEC (2025): 0.52", r.TopMacroF1())
	p("macro-F1, all coded types\t%.3f\tevery coded type a label of the sentence", r.MacroF1())
	p("spurious events\t%.3f\t%d of %d coded events match no gold event (UD-PETRARCH, its own measure: 68 %% correct, 23 %% spurious)", r.SpuriousRate(), r.Spurious(), r.Events.System)
	p("events of a type not reported\t%.3f\t%d of %d coded events have a type none of their sentence's records has (UD-PETRARCH's spurious: an event that should not have been coded)", r.WrongTypeRate(), r.WrongType, r.Events.System)
	p("sentences with no event\t%d\t%d negated events left out", r.NoEvent, r.Negated)
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintln(w)
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	p("type\trecords\ttop-coded\ttop-right\ttop-F1\tsentences\tcoded\tright\tF1\t")
	names := make([]string, 0, len(r.Types))
	for t := range r.Types {
		names = append(names, t)
	}
	order := func(t string) int {
		if i := slices.Index(Types, t); i >= 0 {
			return i
		}
		return len(Types)
	}
	slices.SortFunc(names, func(a, b string) int {
		if d := order(a) - order(b); d != 0 {
			return d
		}
		return strings.Compare(a, b)
	})
	for _, t := range names {
		s := r.Types[t]
		p("%s\t%d\t%d\t%d\t%.3f\t%d\t%d\t%d\t%.3f\t", t, s.Support, s.TopCoded, s.TopCorrect, s.TopF1(),
			s.Sentences, s.Coded, s.Correct, s.F1())
	}
	return tw.Flush()
}

// String returns the report of Print.
func (r Result) String() string {
	var b strings.Builder
	r.Print(&b)
	return b.String()
}

// PrintDetails writes one block a sentence: its ids, the sentence, the
// gold events and the coded ones, each marked + when it matches gold and -
// when not. With errorsOnly, the sentences whose gold events were all
// found and whose coded events are all right are left out.
func (r Result) PrintDetails(w io.Writer, errorsOnly bool) {
	for _, d := range r.Details {
		if errorsOnly && d.Found && !slices.Contains(d.Correct, false) {
			continue
		}
		fmt.Fprintf(w, "%s\n  %s\n", strings.Join(d.IDs, " "), d.Text)
		for _, g := range d.Gold {
			fmt.Fprintf(w, "  gold   %s\n", g)
		}
		for i, c := range d.Coded {
			mark := "-"
			if d.Correct[i] {
				mark = "+"
			}
			fmt.Fprintf(w, "  %s coded %s\n", mark, c)
		}
		fmt.Fprintln(w)
	}
}

// PrintConfusion writes the type confusion matrix: a row a gold type, a
// column a type of the first coded event (– when nothing was coded), then
// the off-diagonal cells from the most frequent down, for reading which
// types the coder takes for which.
func (r Result) PrintConfusion(w io.Writer) error {
	const none = "–"
	label := func(t string) string {
		if t == "" {
			return none
		}
		return t
	}
	var rows []string
	cols := map[string]bool{}
	for g, row := range r.Confusion {
		rows = append(rows, g)
		for c := range row {
			cols[label(c)] = true
		}
	}
	order := func(t string) int {
		if i := slices.Index(Types, t); i >= 0 {
			return i
		}
		if t == none {
			return len(Types) + 1
		}
		return len(Types)
	}
	byOrder := func(a, b string) int {
		if d := order(a) - order(b); d != 0 {
			return d
		}
		return strings.Compare(a, b)
	}
	slices.SortFunc(rows, byOrder)
	var cs []string
	for c := range cols {
		cs = append(cs, c)
	}
	slices.SortFunc(cs, byOrder)
	abbr := func(t string) string {
		if len(t) > 4 {
			return t[:4]
		}
		return t
	}
	tw := tabwriter.NewWriter(w, 0, 0, 1, ' ', tabwriter.AlignRight)
	fmt.Fprint(tw, "gold \\ coded\t")
	for _, c := range cs {
		fmt.Fprintf(tw, "%s\t", abbr(c))
	}
	fmt.Fprintln(tw)
	type cell struct {
		gold, coded string
		n           int
	}
	var off []cell
	for _, g := range rows {
		fmt.Fprintf(tw, "%s\t", g)
		for _, c := range cs {
			key := c
			if c == none {
				key = ""
			}
			n := r.Confusion[g][key]
			if n == 0 {
				fmt.Fprint(tw, ".\t")
				continue
			}
			fmt.Fprintf(tw, "%d\t", n)
			if c != g {
				off = append(off, cell{g, c, n})
			}
		}
		fmt.Fprintln(tw)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	slices.SortStableFunc(off, func(a, b cell) int { return b.n - a.n })
	fmt.Fprintln(w, "\nmost frequent confusions (gold -> first coded):")
	for _, c := range off {
		fmt.Fprintf(w, "  %3d  %s -> %s\n", c.n, c.gold, c.coded)
	}
	return nil
}
