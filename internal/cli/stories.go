package cli

import (
	"cmp"
	"context"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/marsad/marsad/internal/storage"
	"github.com/marsad/marsad/internal/stories"
)

// runStories lists stories: articles about one happening, across sources
// and languages.
func runStories(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "stories", "[ID]")
	db := dbFlag(fs)
	asJSON := fs.Bool("json", false, "print one JSON object per story (with its articles when one ID is given)")
	from := fs.String("from", "", "only stories with articles on or after this date (YYYY-MM-DD)")
	to := fs.String("to", "", "only stories with articles before this date (YYYY-MM-DD)")
	entity := fs.String("entity", "", "only stories with an article that mentions this entity (id, name or mention)")
	limit := fs.Int("n", 20, "most stories listed")
	minArticles := fs.Int("min", 2, "only stories of at least this many articles")
	rebuild := fs.Bool("rebuild", false, "cluster every stored article again before listing")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 1 {
		fs.Usage()
		return errUsage
	}
	q := storage.StoryQuery{Limit: *limit, MinArticles: *minArticles}
	if q.From, q.To, err = dateRange(*from, *to); err != nil {
		return err
	}
	st, err := openExisting(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	update := stories.Update
	if *rebuild {
		update = stories.Rebuild
	}
	// Stores filled before stories existed, or by ingest --no-analyze,
	// have articles in no story yet.
	if _, err := update(ctx, st, stories.Options{}); err != nil {
		return err
	}
	if len(pos) == 1 {
		return showStory(ctx, e, st, pos[0], *asJSON)
	}
	if *entity != "" {
		if q.Entities, err = entityIDs(ctx, st, *entity); err != nil {
			return err
		}
	}
	ss, _, err := st.Stories(ctx, q)
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSONL(e.stdout, ss)
	}
	for _, s := range ss {
		printStory(e.stdout, s)
	}
	if len(ss) == 0 {
		fmt.Fprintln(e.stdout, "no stories match")
	}
	return nil
}

func printStory(w io.Writer, s storage.Story) {
	var names []string
	for _, en := range s.Entities[:min(len(s.Entities), 5)] {
		names = append(names, cmp.Or(en.Name, en.NameAr, en.ID))
	}
	size := "1 article"
	if s.Articles != 1 {
		size = fmt.Sprintf("%d articles", s.Articles)
	}
	if s.NearDuplicates > 0 {
		size += fmt.Sprintf(" (%d near-copies)", s.NearDuplicates)
	}
	sites := strings.Join(s.Sites[:min(len(s.Sites), 6)], ", ")
	if len(s.Sites) > 6 {
		sites += fmt.Sprintf(" and %d more", len(s.Sites)-6)
	}
	fmt.Fprintf(w, "[%d] %s\n   %s\n", s.ID, s.Title, joinNonEmpty(size, span(s.First, s.Last), strings.Join(s.Langs, ","), sites))
	if len(names) > 0 {
		fmt.Fprintf(w, "   %s\n", strings.Join(names, " · "))
	}
	fmt.Fprintln(w)
}

// showStory prints one story with its articles.
func showStory(ctx context.Context, e *env, st *storage.Store, arg string, asJSON bool) error {
	var id int64
	if _, err := fmt.Sscan(arg, &id); err != nil {
		return fmt.Errorf("bad story id %q", arg)
	}
	d, err := st.Story(ctx, id)
	if err != nil {
		return err
	}
	if asJSON {
		return writeJSONL(e.stdout, []*storage.StoryDetail{d})
	}
	printStory(e.stdout, d.Story)
	for _, m := range d.Members {
		dup := ""
		if m.NearDuplicateOf != 0 {
			dup = fmt.Sprintf(" ≈ copy of [%d]", m.NearDuplicateOf)
		}
		fmt.Fprintf(e.stdout, "   [%d] %s%s\n       %s\n", m.ID, m.Title, dup, joinNonEmpty(m.Site, m.Lang, pubDay(m.Published), m.URL))
	}
	return nil
}

// span prints a story's first and last days.
func span(first, last time.Time) string {
	a, b := pubDay(first), pubDay(last)
	if a == b {
		return a
	}
	return a + " – " + b
}
