package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/marsad/marsad/internal/storage"
)

// runQuotes lists stored quotations, "who said what", newest first.
func runQuotes(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "quotes", "[WORDS]")
	db := dbFlag(fs)
	speaker := fs.String("speaker", "", "only this speaker (an entity id, a name or a mention's text)")
	limit := fs.Int("n", 20, "most quotations listed")
	from := fs.String("from", "", "only articles published on or after this date (YYYY-MM-DD)")
	to := fs.String("to", "", "only articles published before this date (YYYY-MM-DD)")
	asJSON := fs.Bool("json", false, "print one JSON object per quotation")
	words, err := parse(fs, args)
	if err != nil {
		return err
	}
	q := storage.QuoteQuery{Text: strings.Join(words, " "), Limit: *limit}
	if q.From, q.To, err = dateRange(*from, *to); err != nil {
		return err
	}
	st, err := openExisting(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	if *speaker != "" {
		if q.Speakers, err = entityIDs(ctx, st, *speaker); err != nil {
			return err
		}
	}
	hits, err := st.Quotes(ctx, q)
	if err != nil {
		return err
	}
	enc := json.NewEncoder(e.stdout)
	enc.SetEscapeHTML(false)
	for _, h := range hits {
		if *asJSON {
			if err := enc.Encode(h); err != nil {
				return err
			}
			continue
		}
		who := "(unattributed)"
		if h.Speaker != nil && h.Speaker.Name != "" {
			who = h.Speaker.Name
		}
		fmt.Fprintf(e.stdout, "%s — %s (%s)\n  «%s»\n  %s\n\n", who, h.Cue, h.Kind, h.Text, joinNonEmpty(h.Title, h.Site, pubDay(h.Published), fmt.Sprintf("article %d", h.ArticleID)))
	}
	if len(hits) == 0 && !*asJSON {
		fmt.Fprintln(e.stdout, "no quotations match")
	}
	return nil
}
