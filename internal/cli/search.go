package cli

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/marsad/marsad/internal/storage"
)

func runSearch(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "search", "QUERY...")
	db := dbFlag(fs)
	asJSON := fs.Bool("json", false, "print one JSON object per hit (JSON Lines)")
	limit := fs.Int("n", 20, "most hits shown")
	offset := fs.Int("offset", 0, "hits skipped, for paging")
	lang := fs.String("lang", "", "only articles in this language (ar, en, …)")
	site := fs.String("site", "", "only articles from this site")
	from := fs.String("from", "", "only articles published on or after this date (YYYY-MM-DD)")
	to := fs.String("to", "", "only articles published before this date (YYYY-MM-DD)")
	entity := fs.String("entity", "", "only articles that mention this entity (its id, name or a mention's text)")
	quotes := fs.Bool("quotes", false, "search the quotations instead of the articles (see also 'marsad quotes')")
	words, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(words) == 0 && *entity == "" {
		fs.Usage()
		return errUsage
	}
	if *quotes {
		qargs := append([]string{"--db", *db, "-n", fmt.Sprint(*limit), "--from", *from, "--to", *to}, words...)
		if *entity != "" {
			qargs = append([]string{"--speaker", *entity}, qargs...)
		}
		if *asJSON {
			qargs = append([]string{"--json"}, qargs...)
		}
		return runQuotes(ctx, e, qargs)
	}
	q := storage.SearchQuery{Text: strings.Join(words, " "), Limit: *limit, Offset: *offset, Lang: *lang, Site: *site}
	if q.From, q.To, err = dateRange(*from, *to); err != nil {
		return err
	}
	st, err := openExisting(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	if *entity != "" {
		if q.Entities, err = entityIDs(ctx, st, *entity); err != nil {
			return err
		}
	}
	hits, err := st.Search(ctx, q)
	if err != nil {
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(e.stdout)
		enc.SetEscapeHTML(false)
		for _, h := range hits {
			if err := enc.Encode(h); err != nil {
				return err
			}
		}
		return nil
	}
	if len(hits) == 0 {
		fmt.Fprintf(e.stdout, "no articles match %q\n", strings.TrimSpace(q.Text+" "+*entity))
		return nil
	}
	open, close := "«", "»"
	if isTerminal(e.stdout) {
		open, close = "\033[1;33m", "\033[0m"
	}
	for i, h := range hits {
		fmt.Fprintf(e.stdout, "%d. [%d] %s\n", *offset+i+1, h.ID, h.Title)
		if meta := joinNonEmpty(h.Site, pubDay(h.Published), h.URL); meta != "" {
			fmt.Fprintf(e.stdout, "   %s\n", meta)
		}
		fmt.Fprintf(e.stdout, "   %s\n\n", h.SnippetMarked(open, close))
	}
	return nil
}

func pubDay(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("2006-01-02")
}

// dateRange reads the --from and --to flags of a listing command.
func dateRange(from, to string) (time.Time, time.Time, error) {
	f, err := day(from)
	if err != nil {
		return f, time.Time{}, err
	}
	t, err := day(to)
	return f, t, err
}

func day(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return t, fmt.Errorf("bad date %q: want YYYY-MM-DD", s)
	}
	return t, nil
}

// openExisting opens the store at path, refusing to create a new SQLite
// file for a read-only command: a mistyped --db should not look like an
// empty store. (A PostgreSQL database is never created by marsad: opening
// one that does not exist fails.)
func openExisting(ctx context.Context, path string) (*storage.Store, error) {
	if !storage.IsPostgres(path) && !fileExists(path) {
		return nil, fmt.Errorf("no store at %s: run 'marsad ingest' first, or give --db", path)
	}
	return storage.Open(ctx, path)
}

func runList(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "list", "")
	db := dbFlag(fs)
	limit := fs.Int("n", 20, "most articles listed")
	asJSON := fs.Bool("json", false, "print one JSON object per article")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	st, err := openExisting(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	n, err := st.Count(ctx)
	if err != nil {
		return err
	}
	arts, err := st.Recent(ctx, *limit)
	if err != nil {
		return err
	}
	enc := json.NewEncoder(e.stdout)
	enc.SetEscapeHTML(false)
	if !*asJSON {
		fmt.Fprintf(e.stdout, "%d articles in %s\n", n, storage.Redact(*db))
	}
	for _, a := range arts {
		if *asJSON {
			a.Text = ""
			if err := enc.Encode(a); err != nil {
				return err
			}
			continue
		}
		fmt.Fprintf(e.stdout, "[%d] %s\n", a.ID, joinNonEmpty(a.Title, a.Site, pubDay(a.Published), a.Lang, fmt.Sprintf("%d chars", len([]rune(a.Text)))))
	}
	return nil
}

func runShow(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "show", "ID")
	db := dbFlag(fs)
	asJSON := fs.Bool("json", false, "print the article as JSON")
	rest, err := parseN(fs, args, 1)
	if err != nil {
		return err
	}
	id, err := strconv.ParseInt(rest[0], 10, 64)
	if err != nil {
		return fmt.Errorf("bad article id %q", rest[0])
	}
	st, err := openExisting(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	a, err := st.Article(ctx, id)
	if errors.Is(err, storage.ErrNotFound) {
		return fmt.Errorf("no article %d in %s", id, storage.Redact(*db))
	}
	if err != nil {
		return err
	}
	if a.Analysis, err = st.ArticleAnalysis(ctx, id); err != nil {
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(e.stdout)
		enc.SetEscapeHTML(false)
		return enc.Encode(a)
	}
	printArticle(e.stdout, a, false)
	an := a.Analysis
	fmt.Fprintf(e.stdout, "\n%d entities, %d quotations, %d amounts, %d dates, %d events (show --json for all)\n",
		len(an.Entities), len(an.Quotes), len(an.Amounts), len(an.Dates), len(an.Events))
	return nil
}

// joinNonEmpty joins the non-empty fields with " · ".
func joinNonEmpty(fields ...string) string {
	var out []string
	for _, f := range fields {
		if f != "" {
			out = append(out, f)
		}
	}
	return strings.Join(out, " · ")
}

func runEntities(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "entities", "")
	db := dbFlag(fs)
	limit := fs.Int("n", 30, "most entities listed")
	typ := fs.String("type", "", "only this type: PER, ORG, GPE or LOC")
	asJSON := fs.Bool("json", false, "print one JSON object per entity")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	st, err := openExisting(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	top, err := st.TopEntities(ctx, strings.ToUpper(*typ), *limit)
	if err != nil {
		return err
	}
	enc := json.NewEncoder(e.stdout)
	enc.SetEscapeHTML(false)
	for _, c := range top {
		if *asJSON {
			if err := enc.Encode(c); err != nil {
				return err
			}
			continue
		}
		fmt.Fprintf(e.stdout, "%5d articles %6d mentions  %-4s %s\n", c.Articles, c.Mentions, c.Type, joinNonEmpty(c.Name, c.NameAr, c.ID))
	}
	if len(top) == 0 && !*asJSON {
		fmt.Fprintln(e.stdout, "no entities stored yet: ingest articles first")
	}
	return nil
}

// entityIDs returns the ids of the stored entities that name (an id, a
// name or a mention's text) stands for; none is an error that says where
// to look.
func entityIDs(ctx context.Context, st *storage.Store, name string) ([]string, error) {
	ids, err := st.FindEntities(ctx, name)
	if err != nil {
		return nil, err
	}
	if len(ids) == 0 {
		return nil, fmt.Errorf("no entity %q in the store (see 'marsad entities')", name)
	}
	return ids, nil
}
