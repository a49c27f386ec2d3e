package cli

import (
	"bufio"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/marsad/marsad/internal/model"
	"github.com/marsad/marsad/internal/storage"
)

// eventFilters are the flags shared by events and export events.
type eventFilters struct {
	actor, recipient, involving, types, from, to *string
	limit                                        *int
}

func addEventFilters(fs interface {
	String(name, value, usage string) *string
	Int(name string, value int, usage string) *int
}, limit int) eventFilters {
	return eventFilters{
		actor:     fs.String("actor", "", "only events by this entity (id, name or mention)"),
		recipient: fs.String("recipient", "", "only events directed at this entity"),
		involving: fs.String("entity", "", "only events with this entity as actor or recipient"),
		types:     fs.String("type", "", "only these PLOVER types, comma-separated (CONSULT,AGREE,…)"),
		from:      fs.String("from", "", "only events on or after this date (YYYY-MM-DD)"),
		to:        fs.String("to", "", "only events before this date (YYYY-MM-DD)"),
		limit:     fs.Int("n", limit, "most happenings listed"),
	}
}

func (f eventFilters) query(ctx context.Context, st *storage.Store) (storage.EventQuery, error) {
	q := storage.EventQuery{Limit: *f.limit}
	var err error
	if q.From, q.To, err = dateRange(*f.from, *f.to); err != nil {
		return q, err
	}
	if *f.types != "" {
		q.Types = strings.Split(strings.ToUpper(*f.types), ",")
	}
	for _, p := range []struct {
		name string
		dst  *[]string
	}{{*f.actor, &q.Actors}, {*f.recipient, &q.Recipients}, {*f.involving, &q.Involving}} {
		if p.name == "" {
			continue
		}
		ids, err := entityIDs(ctx, st, p.name)
		if err != nil {
			return q, err
		}
		*p.dst = ids
	}
	return q, nil
}

// runEvents lists happenings, who did what to whom, with their reports.
func runEvents(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "events", "")
	db := dbFlag(fs)
	f := addEventFilters(fs, 30)
	asJSON := fs.Bool("json", false, "print one JSON object per happening, with its mentions")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	hs, err := storedEvents(ctx, *db, f)
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSONL(e.stdout, hs)
	}
	for _, h := range hs {
		ev := h.Event
		fmt.Fprintf(e.stdout, "%-9s %s → %s%s%s  (%d mention(s))\n  %s\n", ev.Type, ev.Actor.Name, refOr(ev.Recipient, "—"),
			prefixed(" in ", refOr(ev.Place, "")), prefixed(" on ", ev.Date), len(h.Mentions), clip(ev.Text, 160))
	}
	if len(hs) == 0 {
		fmt.Fprintln(e.stdout, "no events match")
	}
	return nil
}

func refOr(r *model.Ref, def string) string {
	if r == nil {
		return def
	}
	return r.Name
}

func prefixed(p, s string) string {
	if s == "" {
		return ""
	}
	return p + s
}

func clip(s string, n int) string {
	r := []rune(s)
	if len(r) > n {
		return string(r[:n]) + "…"
	}
	return s
}

func writeJSONL[T any](w io.Writer, items []T) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, it := range items {
		if err := enc.Encode(it); err != nil {
			return err
		}
	}
	return nil
}

// quadCodes numbers the PLOVER quad classes as GDELT's QuadClass does.
var quadCodes = map[string]int{"verbal cooperation": 1, "material cooperation": 2, "verbal conflict": 3, "material conflict": 4}

// gdeltColumns are the columns of the GDELT-style event table.
var gdeltColumns = []string{"EventID", "SQLDATE", "Actor1Code", "Actor1Name", "Actor2Code", "Actor2Name",
	"EventCode", "EventRootCode", "PloverType", "QuadClass", "ActionGeoCode", "ActionGeoName",
	"NumMentions", "NumArticles", "NumSources", "SOURCEURL", "Sentence"}

// runExport writes every happening as a GDELT-style tab-separated table or
// as JSON Lines with its mentions.
func runExport(ctx context.Context, e *env, args []string) error {
	if len(args) == 0 || args[0] != "events" {
		fmt.Fprintln(e.stderr, "usage: marsad export events [--format tsv|csv|jsonl] [filters]")
		return errUsage
	}
	fs := newFlags(e, "export events", "")
	db := dbFlag(fs)
	format := fs.String("format", "tsv", "tsv (GDELT-style table), csv (the same columns, RFC 4180) or jsonl (one happening per line, with its mentions)")
	f := addEventFilters(fs, 1<<30)
	if _, err := parse(fs, args[1:]); err != nil {
		return err
	}
	hs, err := storedEvents(ctx, *db, f)
	if err != nil {
		return err
	}
	switch *format {
	case "jsonl":
		return writeJSONL(e.stdout, hs)
	case "tsv":
		return writeGDELT(e.stdout, hs)
	case "csv":
		cw := csv.NewWriter(e.stdout)
		cw.Write(gdeltColumns)
		for _, h := range hs {
			cw.Write(gdeltRow(h))
		}
		cw.Flush()
		return cw.Error()
	}
	return fmt.Errorf("unknown --format %q: want tsv, csv or jsonl", *format)
}

func writeGDELT(w io.Writer, hs []storage.Happening) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintln(bw, strings.Join(gdeltColumns, "\t"))
	clean := func(s string) string {
		return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return r == '\t' || r == '\n' || r == '\r' }), " ")
	}
	for _, h := range hs {
		fields := gdeltRow(h)
		for i := range fields {
			fields[i] = clean(fields[i])
		}
		fmt.Fprintln(bw, strings.Join(fields, "\t"))
	}
	return bw.Flush()
}

// gdeltRow is the row of gdeltColumns for one happening.
func gdeltRow(h storage.Happening) []string {
	{
		ev := h.Event
		date := strings.ReplaceAll(ev.Date, "-", "")
		if len(date) > 8 || strings.Contains(date, "/") || strings.Contains(date, "W") {
			date = ""
		}
		if date == "" && !h.Mentions[0].Published.IsZero() {
			date = h.Mentions[0].Published.Format("20060102")
		}
		root := ""
		if len(ev.Cameo) >= 2 {
			root = ev.Cameo[:2]
		}
		articles, sources := map[int64]bool{}, map[string]bool{}
		for _, m := range h.Mentions {
			articles[m.ArticleID] = true
			sources[m.Site] = true
		}
		return []string{h.Key, date, ev.Actor.ID, ev.Actor.Name, refID(ev.Recipient), refOr(ev.Recipient, ""),
			ev.Cameo, root, ev.Type, fmt.Sprint(quadCodes[model.QuadClass(ev.Type)]), refID(ev.Place), refOr(ev.Place, ""),
			fmt.Sprint(len(h.Mentions)), fmt.Sprint(len(articles)), fmt.Sprint(len(sources)), h.Mentions[0].URL, ev.Text}
	}
}

func refID(r *model.Ref) string {
	if r == nil {
		return ""
	}
	return r.ID
}

// runRelations prints, month by month, the happenings between two entities
// by PLOVER quad class (cooperation and conflict, verbal and material).
func runRelations(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "relations", "ENTITY ENTITY")
	db := dbFlag(fs)
	asJSON := fs.Bool("json", false, "print one JSON object per month")
	names, err := parseN(fs, args, 2)
	if err != nil {
		return err
	}
	st, err := openExisting(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	var ids [2]string
	for i, n := range names {
		found, err := entityIDs(ctx, st, n)
		if err != nil {
			return err
		}
		ids[i] = found[0]
	}
	rel, err := st.Relations(ctx, ids[0], ids[1])
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSONL(e.stdout, rel)
	}
	fmt.Fprintf(e.stdout, "%-8s %12s %12s %12s %12s\n", "month", "verbal coop", "material coop", "verbal confl", "material confl")
	for _, r := range rel {
		fmt.Fprintf(e.stdout, "%-8s %12d %12d %12d %12d\n", r.Month, r.Count["verbal cooperation"], r.Count["material cooperation"], r.Count["verbal conflict"], r.Count["material conflict"])
	}
	if len(rel) == 0 {
		fmt.Fprintln(e.stdout, "no events between them")
	}
	return nil
}

// storedEvents returns the happenings of the store at db that the filters
// keep.
func storedEvents(ctx context.Context, db string, f eventFilters) ([]storage.Happening, error) {
	st, err := openExisting(ctx, db)
	if err != nil {
		return nil, err
	}
	defer st.Close()
	q, err := f.query(ctx, st)
	if err != nil {
		return nil, err
	}
	return st.Events(ctx, q)
}
