package storage

import (
	"cmp"
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/marsad/marsad/internal/model"
)

// entityWriter holds the statements that store an article's analysis
// (entities, quotations, amounts, dates, events) inside the article's write
// transaction.
type entityWriter struct {
	upsert, clear, mention                *sql.Stmt
	clearQuotes, clearAmounts, clearDates *sql.Stmt
	insertQuote, insertAmount, insertDate *sql.Stmt
	clearEvents, insertEvent              *sql.Stmt
}

func newEntityWriter(ctx context.Context, tx *sqlTx) (*entityWriter, error) {
	w := &entityWriter{}
	for _, st := range []struct {
		dst   **sql.Stmt
		query string
	}{
		// A later article may know the entity's Arabic name when the first
		// did not: keep the non-empty names. The stored row's columns are
		// named by the table's name, which PostgreSQL needs (a bare name
		// there could be excluded's).
		{&w.upsert, `INSERT INTO entities (id, name, name_ar, type) VALUES (?, ?, ?, ?)
			ON CONFLICT (id) DO UPDATE SET
				name = CASE WHEN excluded.name <> '' THEN excluded.name ELSE entities.name END,
				name_ar = CASE WHEN entities.name_ar = '' THEN excluded.name_ar ELSE entities.name_ar END`},
		{&w.clear, `DELETE FROM mentions WHERE article_id = ?`},
		{&w.mention, `INSERT INTO mentions (article_id, entity_id, start, "end", text) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`},
		{&w.clearQuotes, `DELETE FROM quotes WHERE article_id = ?`},
		{&w.clearAmounts, `DELETE FROM amounts WHERE article_id = ?`},
		{&w.clearDates, `DELETE FROM dates WHERE article_id = ?`},
		// A quotation carries its article's time (migration 0013).
		{&w.insertQuote, `INSERT INTO quotes (article_id, start, "end", speaker_id, speaker, text, cue, kind, at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, (SELECT coalesce(published, created_at) FROM articles WHERE id = ?))
			ON CONFLICT DO NOTHING`},
		{&w.insertAmount, `INSERT INTO amounts (article_id, start, "end", value, unit, kind, direction, approx, object, period, text)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`},
		{&w.insertDate, `INSERT INTO dates (article_id, start, "end", value, precision, text) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`},
		{&w.clearEvents, `DELETE FROM events WHERE article_id = ?`},
		{&w.insertEvent, `INSERT INTO events (article_id, start, "end", type, cameo, actor_id, actor, recipient_id, recipient,
			date, place_id, place, trigger, text, happening) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`},
	} {
		stmt, err := tx.PrepareContext(ctx, st.query)
		if err != nil {
			w.close()
			return nil, err
		}
		*st.dst = stmt
	}
	return w, nil
}

func (w *entityWriter) close() {
	for _, st := range []*sql.Stmt{w.upsert, w.clear, w.mention, w.clearQuotes, w.clearAmounts, w.clearDates, w.insertQuote, w.insertAmount, w.insertDate, w.clearEvents, w.insertEvent} {
		if st != nil {
			st.Close()
		}
	}
}

// save replaces the analysis of article id (mentions, quotations, amounts,
// dates) by an. An article just inserted (replace false) has none to
// remove: five statements fewer.
func (w *entityWriter) save(ctx context.Context, id int64, an *model.Analysis, published time.Time, replace bool) error {
	for _, st := range []*sql.Stmt{w.clear, w.clearQuotes, w.clearAmounts, w.clearDates, w.clearEvents} {
		if !replace {
			break
		}
		if _, err := st.ExecContext(ctx, id); err != nil {
			return err
		}
	}
	if an == nil {
		return nil
	}
	for _, q := range an.Quotes {
		var sid any
		name := ""
		if q.Speaker != nil {
			if q.Speaker.ID != "" {
				sid = q.Speaker.ID
			}
			name = q.Speaker.Name
		}
		if _, err := w.insertQuote.ExecContext(ctx, id, q.Start, q.End, sid, name, q.Text, q.Cue, q.Kind, id); err != nil {
			return fmt.Errorf("quotation: %w", err)
		}
	}
	for _, a := range an.Amounts {
		approx := 0
		if a.Approx {
			approx = 1
		}
		if _, err := w.insertAmount.ExecContext(ctx, id, a.Start, a.End, a.Value, a.Unit, a.Kind, a.Direction, approx, a.Object, a.Period, a.Text); err != nil {
			return fmt.Errorf("amount: %w", err)
		}
	}
	for _, d := range an.Dates {
		if _, err := w.insertDate.ExecContext(ctx, id, d.Start, d.End, d.Value, d.Precision, d.Text); err != nil {
			return fmt.Errorf("date: %w", err)
		}
	}
	if err := w.saveEvents(ctx, id, an.Events, published); err != nil {
		return err
	}
	return w.saveEntities(ctx, id, an.Entities)
}

// saveEntities writes an article's entities and their mentions in key
// order: entities by id, mentions by entity id and text. The triggers on
// mentions lock the rollup rows of those keys (migration 0005) until the
// transaction commits, and writers that take such locks in one order
// cannot deadlock on PostgreSQL. What is stored is what the analysis
// order would store (see mentionsInKeyOrder).
func (w *entityWriter) saveEntities(ctx context.Context, id int64, ents []model.Entity) error {
	mentions := mentionsInKeyOrder(ents) // from the analysis order
	ents = slices.Clone(ents)
	// Stable: the names of an entity listed twice are kept as in order.
	slices.SortStableFunc(ents, func(a, b model.Entity) int { return strings.Compare(a.ID, b.ID) })
	for _, e := range ents {
		if e.ID == "" {
			continue
		}
		if _, err := w.upsert.ExecContext(ctx, e.ID, e.Name, e.NameAr, e.Type); err != nil {
			return fmt.Errorf("entity %s: %w", e.ID, err)
		}
	}
	for _, m := range mentions {
		if _, err := w.mention.ExecContext(ctx, id, m.entityID, m.Start, m.End, m.Text); err != nil {
			return fmt.Errorf("mention of %s: %w", m.entityID, err)
		}
	}
	return nil
}

// entityMention is a mention with the id of its entity.
type entityMention struct {
	model.Mention
	entityID string
}

// mentionsInKeyOrder returns the mentions of ents (those with an id) as
// they are stored: of mentions at the same span, the first in ents
// (the one the store keeps, its key being the span), sorted by entity id,
// text and span.
func mentionsInKeyOrder(ents []model.Entity) []entityMention {
	type span struct{ start, end int }
	seen := map[span]bool{}
	var out []entityMention
	for _, e := range ents {
		if e.ID == "" {
			continue
		}
		for _, m := range e.Mentions {
			if sp := (span{m.Start, m.End}); !seen[sp] {
				seen[sp] = true
				out = append(out, entityMention{Mention: m, entityID: e.ID})
			}
		}
	}
	slices.SortFunc(out, func(a, b entityMention) int {
		return cmp.Or(strings.Compare(a.entityID, b.entityID), strings.Compare(a.Text, b.Text),
			cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End))
	})
	return out
}

// ArticleEntities returns the entities mentioned in article id, with their
// mentions in text order, most-mentioned entity first.
func (s *Store) ArticleEntities(ctx context.Context, id int64) ([]model.Entity, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT e.id, e.name, e.name_ar, e.type, m.start, m."end", m.text
		FROM mentions m JOIN entities e ON e.id = m.entity_id
		WHERE m.article_id = ? ORDER BY m.start, m."end"`, id)
	if err != nil {
		return nil, fmt.Errorf("storage: entities of article %d: %w", id, err)
	}
	defer rows.Close()
	var out []model.Entity
	at := map[string]int{}
	for rows.Next() {
		var e model.Entity
		var m model.Mention
		if err := rows.Scan(&e.ID, &e.Name, &e.NameAr, &e.Type, &m.Start, &m.End, &m.Text); err != nil {
			return nil, err
		}
		i, ok := at[e.ID]
		if !ok {
			i = len(out)
			at[e.ID] = i
			out = append(out, e)
		}
		out[i].Mentions = append(out[i].Mentions, m)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	sortByMentions(out)
	return out, nil
}

func sortByMentions(es []model.Entity) {
	for i := 1; i < len(es); i++ {
		for j := i; j > 0 && len(es[j].Mentions) > len(es[j-1].Mentions); j-- {
			es[j], es[j-1] = es[j-1], es[j]
		}
	}
}

// EntityCount is an entity with how often the store mentions it.
type EntityCount struct {
	ID       string `json:"id"`
	Name     string `json:"name"`
	NameAr   string `json:"name_ar"`
	Type     string `json:"type"`
	Articles int    `json:"articles"`
	Mentions int    `json:"mentions"`
}

// TopEntities returns the most-mentioned entities, by the number of
// articles that mention them, then by mentions; typ ("PER", …) keeps one
// type, "" all.
func (s *Store) TopEntities(ctx context.Context, typ string, limit int) ([]EntityCount, error) {
	if limit <= 0 {
		limit = 20
	}
	// The totals are kept by triggers on mentions (migration 0005).
	d := s.db.dialect
	rows, err := s.db.QueryContext(ctx, `SELECT id, name, name_ar, type, articles, mentions
		FROM entities`+d.indexedBy("entities_articles")+` WHERE articles > 0 AND ?1 = ''
		UNION ALL
		SELECT id, name, name_ar, type, articles, mentions
		FROM entities`+d.indexedBy("entities_type_articles")+` WHERE articles > 0 AND type = ?1
		ORDER BY 5 DESC, 6 DESC, 1 LIMIT ?2`, typ, limit)
	if err != nil {
		return nil, fmt.Errorf("storage: top entities: %w", err)
	}
	return scanEntityCounts(rows)
}

// FindEntities returns the ids of the entities that q names: its id, its
// English or Arabic name (case-insensitive), or the text of one of its
// mentions.
func (s *Store) FindEntities(ctx context.Context, q string) ([]string, error) {
	q = strings.TrimSpace(q)
	// One indexed lookup a way of naming (an OR of them would scan); the
	// ids in their order, which UNION alone does not promise.
	rows, err := s.db.QueryContext(ctx, `SELECT id FROM entities WHERE id = ?1
		UNION SELECT id FROM entities WHERE `+s.db.dialect.nocaseEq("name", "?1")+`
		UNION SELECT id FROM entities WHERE name_ar = ?1
		UNION SELECT entity_id FROM entity_aliases WHERE text = ?1
		ORDER BY 1`, q)
	if err != nil {
		return nil, fmt.Errorf("storage: find entity %q: %w", q, err)
	}
	defer rows.Close()
	var ids []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}

// QuoteHit is a stored quotation with its article.
type QuoteHit struct {
	model.Quote
	ArticleID int64     `json:"article_id"`
	Title     string    `json:"title"`
	URL       string    `json:"url"`
	Site      string    `json:"site"`
	Published time.Time `json:"published,omitzero"`
}

// QuoteQuery selects quotations. Zero fields do not restrict.
type QuoteQuery struct {
	// Speakers keeps the quotations of these entity ids.
	Speakers []string
	// Text keeps the quotations whose text holds every term of it, as
	// marsad's analyzer reads both (so «اذربيجان» finds «أذربيجان»).
	Text     string
	From, To time.Time
	Limit    int
	// Offset skips that many quotations, for paging.
	Offset int
}

// Quotes returns stored quotations, newest article first.
func (s *Store) Quotes(ctx context.Context, q QuoteQuery) ([]QuoteHit, error) {
	if q.Limit <= 0 {
		q.Limit = 50
	}
	var where strings.Builder
	var args []any
	if len(q.Speakers) > 0 {
		where.WriteString(` AND q.speaker_id IN (?` + strings.Repeat(`, ?`, len(q.Speakers)-1) + `)`)
		for _, id := range q.Speakers {
			args = append(args, id)
		}
	}
	var want []string
	if q.Text != "" {
		want = s.queryTerms(q.Text)
		if len(want) == 0 {
			return nil, nil
		}
		// The article must hold the terms; each quotation is checked below.
		match, arg := s.matchIDs(want)
		where.WriteString(` AND q.article_id IN (` + match + `)`)
		args = append(args, arg)
	}
	if !q.From.IsZero() {
		where.WriteString(` AND a.published >= ?`)
		args = append(args, dbTime(q.From))
	}
	if !q.To.IsZero() {
		where.WriteString(` AND a.published < ?`)
		args = append(args, dbTime(q.To))
	}
	page, skip := ` LIMIT ? OFFSET ?`, 0
	if len(want) > 0 {
		// Filtered in Go below, where the offset is counted too.
		page, skip = ``, max(q.Offset, 0)
	} else {
		args = append(args, q.Limit, max(q.Offset, 0))
	}
	// A speaker's quotations are read in time order from their index
	// (quotes_speaker_time: q.at is the article's time, migration 0013);
	// all quotations, by walking the articles newest first.
	order := `coalesce(a.published, a.created_at) DESC, a.id DESC`
	if len(q.Speakers) > 0 {
		order = `q.at DESC, q.article_id DESC`
	}
	out, err := s.scanQuotes(ctx, quotesFrom(s.db.dialect, len(q.Speakers) > 0), where.String()+`
		ORDER BY `+order+`, q.start, q."end"`+page, args, want, skip, q.Limit)
	if err != nil {
		return nil, fmt.Errorf("storage: quotes: %w", err)
	}
	return out, nil
}

// scanQuotes reads the quotations of the query FROM from WHERE 1 = 1 and
// rest, keeping those whose text holds every one of want (all when want
// is empty), skipping skip of them, at most limit.
func (s *Store) scanQuotes(ctx context.Context, from, rest string, args []any, want []string, skip, limit int) ([]QuoteHit, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT q.article_id, q.start, q."end", coalesce(q.speaker_id, ''), q.speaker, q.text, q.cue, q.kind,
			a.title, a.url, a.site, a.published
		FROM `+from+`
		WHERE 1 = 1`+rest, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []QuoteHit
	for rows.Next() {
		var h QuoteHit
		var sid, speaker string
		var published sql.NullString
		if err := rows.Scan(&h.ArticleID, &h.Start, &h.End, &sid, &speaker, &h.Text, &h.Cue, &h.Kind, &h.Title, &h.URL, &h.Site, &published); err != nil {
			return nil, err
		}
		if sid != "" || speaker != "" {
			h.Speaker = &model.Speaker{ID: sid, Name: speaker}
		}
		if h.Published, err = parseTime(published); err != nil {
			return nil, err
		}
		if len(want) > 0 && !s.hasTerms(h.Text, want) {
			continue
		}
		if skip > 0 {
			skip--
			continue
		}
		out = append(out, h)
		if len(out) == limit {
			break
		}
	}
	return out, rows.Err()
}

// quotesFrom is the FROM clause of Quotes. Without a speaker, it walks
// the articles newest first (see orderedJoin: the articles_recent index
// gives the order and the LIMIT stops the walk); with one, it starts from
// the speaker's quotations.
func quotesFrom(d dialect, bySpeaker bool) string {
	if bySpeaker {
		return `quotes q JOIN articles a ON a.id = q.article_id`
	}
	return `articles a ` + d.orderedJoin() + ` quotes q ON q.article_id = a.id`
}

// hasTerms reports whether text holds every one of terms.
func (s *Store) hasTerms(text string, terms []string) bool {
	have := map[string]bool{}
	for _, t := range s.an.Terms(text) {
		have[ftsTerm(t)] = true
	}
	for _, t := range terms {
		if !have[t] {
			return false
		}
	}
	return true
}
