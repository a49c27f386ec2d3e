package storage

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"
)

// SearchQuery is a full-text search. The zero value of every field but Text
// means "no restriction" (or the default).
type SearchQuery struct {
	// Text is what the user typed. It is analysed like article text, and
	// every resulting term must occur in an article's title or text. It is
	// never read as FTS5 query syntax: quotes, *, -, :, OR, NEAR( … are
	// plain words or nothing. Only the first 64 distinct terms count, which
	// still finds an article from a pasted paragraph of it.
	Text string
	// Limit is the most hits to return; zero or less means 20, and more
	// than 1000 means 1000.
	Limit int
	// Offset skips that many hits, for paging.
	Offset int
	// Lang keeps only articles in this language ("ar", "en", …).
	Lang string
	// Site keeps only articles from this site, as stored in Article.Site.
	Site string
	// Entities keeps only articles that mention one of these entity ids.
	Entities []string
	// From keeps only articles published at or after From.
	From time.Time
	// To keeps only articles published before To (exclusive). With From or
	// To set, articles without a publication time are left out.
	To time.Time
}

const (
	defaultLimit = 20
	maxLimit     = 1000
	// maxQueryTerms bounds the work one query can ask for.
	maxQueryTerms = 64

	// Title terms weigh this many times as much as text terms in bm25.
	titleWeight = 4.0
	textWeight  = 1.0
)

// Hit is one search result.
type Hit struct {
	ID        int64     `json:"id"`
	URL       string    `json:"url"`
	Title     string    `json:"title"`
	Site      string    `json:"site"`
	Lang      string    `json:"lang"`
	Published time.Time `json:"published,omitzero"`
	// Score is the relevance: bm25 with title terms weighted above text
	// terms, negated so that higher is better. It only orders the hits of
	// one query.
	Score float64 `json:"score"`
	// Snippet is a passage of about thirty words of the article's text,
	// the one with the most distinct query terms, as plain text: white space
	// is collapsed to single spaces, and "…" marks where it was cut.
	Snippet string `json:"snippet"`
	// Highlights are the matched words in Snippet, as sorted,
	// non-overlapping byte ranges of Snippet. In JSON they are ranges of
	// Unicode code points instead, as every offset in marsad's JSON is
	// (what Python and most tools count); see MarshalJSON.
	Highlights []Range `json:"highlights"`
}

// MarshalJSON writes the hit with its Highlights in code points of Snippet.
func (h Hit) MarshalJSON() ([]byte, error) {
	type plain Hit
	p := plain(h)
	p.Highlights = convertRanges(h.Snippet, h.Highlights, true)
	if p.Highlights == nil {
		p.Highlights = []Range{}
	}
	return json.Marshal(p)
}

// UnmarshalJSON reads a hit written by MarshalJSON, turning its Highlights
// back into byte ranges.
func (h *Hit) UnmarshalJSON(b []byte) error {
	type plain Hit
	var p plain
	if err := json.Unmarshal(b, &p); err != nil {
		return err
	}
	p.Highlights = convertRanges(p.Snippet, p.Highlights, false)
	*h = Hit(p)
	return nil
}

// convertRanges converts ranges of s from byte offsets to code-point offsets
// (toRunes) or back. An invalid byte counts as one code point, as it becomes
// one U+FFFD in JSON.
func convertRanges(s string, rs []Range, toRunes bool) []Range {
	if len(rs) == 0 {
		return nil
	}
	// at[i] is the byte offset of code point i; at[len] = len(s).
	at := make([]int, 0, len(s)+1)
	for i := range s {
		at = append(at, i)
	}
	at = append(at, len(s))
	conv := func(off int) int {
		if toRunes {
			i, _ := slices.BinarySearch(at, off)
			return i
		}
		return at[min(max(off, 0), len(at)-1)]
	}
	out := make([]Range, len(rs))
	for i, r := range rs {
		out[i] = Range{conv(r.Start), conv(r.End)}
	}
	return out
}

// Range is a half-open byte range [Start, End) of a string.
type Range struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// SnippetMarked returns the snippet with open and close around each
// highlighted range, e.g. SnippetMarked("<mark>", "</mark>") or ANSI colour
// codes. It does not escape the snippet: for HTML, escape the pieces
// between the ranges yourself (or use Highlights directly).
func (h Hit) SnippetMarked(open, close string) string {
	var b strings.Builder
	b.Grow(len(h.Snippet) + len(h.Highlights)*(len(open)+len(close)))
	last := 0
	for _, r := range h.Highlights {
		if r.Start < last || r.End < r.Start || r.End > len(h.Snippet) {
			continue // not from Search; ignore rather than panic
		}
		b.WriteString(h.Snippet[last:r.Start])
		b.WriteString(open)
		b.WriteString(h.Snippet[r.Start:r.End])
		b.WriteString(close)
		last = r.End
	}
	b.WriteString(h.Snippet[last:])
	return b.String()
}

// Search returns the articles that contain every term of q.Text, best first.
// A query with no terms (empty, or only punctuation) has no hits and is not
// an error.
func (s *Store) Search(ctx context.Context, q SearchQuery) ([]Hit, error) {
	qterms := s.queryTerms(q.Text)
	if len(qterms) == 0 && len(q.Entities) == 0 {
		return nil, nil
	}
	if len(qterms) > 0 {
		_, all, err := s.rank(ctx, q, qterms, false)
		if err != nil {
			return nil, err
		}
		return s.pageHits(ctx, q, pageOf(all, q), qterms)
	}
	query, args := filterSQL(q, true)
	return s.runSearch(ctx, q, query, args, qterms)
}

// rank ranks a query of terms on the store's backend: every article it
// ranks, best first, and, when count is set, the number of matches (see
// rankSQLite and rankPostgres; PostgreSQL counts whatever count says, as
// its counts are cheap).
func (s *Store) rank(ctx context.Context, q SearchQuery, qterms []string, count bool) (total int, all []ranked, err error) {
	if s.db.dialect == postgresDialect {
		return s.rankPostgres(ctx, q, qterms)
	}
	return s.rankSQLite(ctx, q, qterms, count)
}

// rankSQLite ranks a query on SQLite in one pass, with rankPostgres's
// answers: the newest rankLimit matches that pass q's filters (all when
// fewer), read from FTS5 newest first with their bm25, best first and
// newest first among equals; and, when count is set and q has no filters,
// the number of matches (see countSQLite; all of them when fewer than
// rankLimit match, which the pass has seen).
func (s *Store) rankSQLite(ctx context.Context, q SearchQuery, qterms []string, count bool) (total int, all []ranked, err error) {
	limit := rankLimit
	if s.rankLimit > 0 {
		limit = s.rankLimit
	}
	filter, fargs := searchFilter(q)
	join := ""
	if filter != "" {
		join = ` JOIN articles a ON a.id = articles_fts.rowid`
	}
	args := append(append([]any{matchExpr(qterms)}, fargs...), limit)
	rows, err := s.db.QueryContext(ctx, fmt.Sprintf(`SELECT articles_fts.rowid, bm25(articles_fts, %g, %g)
		FROM articles_fts%s WHERE articles_fts MATCH ?%s ORDER BY articles_fts.rowid DESC LIMIT ?`,
		titleWeight, textWeight, join, filter), args...)
	if err != nil {
		return 0, nil, fmt.Errorf("storage: search %q: %w", q.Text, err)
	}
	for rows.Next() {
		var r ranked
		if err := rows.Scan(&r.id, &r.score); err != nil {
			rows.Close()
			return 0, nil, fmt.Errorf("storage: search %q: %w", q.Text, err)
		}
		all = append(all, r)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return 0, nil, fmt.Errorf("storage: search %q: %w", q.Text, err)
	}
	if count && filter == "" {
		if len(all) < limit {
			total = len(all)
		} else if total, err = s.countSQLite(ctx, qterms); err != nil {
			return 0, nil, fmt.Errorf("storage: search %q: %w", q.Text, err)
		}
	}
	sortRanked(all)
	return total, all, nil
}

// sortRanked sorts ranked results best first (lowest score, as FTS5's
// bm25 has it), newest first among equals.
func sortRanked(all []ranked) {
	slices.SortFunc(all, func(a, b ranked) int {
		if a.score != b.score {
			if a.score < b.score {
				return -1
			}
			return 1
		}
		if a.id > b.id {
			return -1
		}
		if a.id < b.id {
			return 1
		}
		return 0
	})
}

// ranked is a search result before its text is read.
type ranked struct {
	id    int64
	score float64
}

// filterRanked returns the ids of the articles that Search returns for
// q without terms (see filterSQL), in its order, without their text.
func (s *Store) filterRanked(ctx context.Context, q SearchQuery) ([]ranked, error) {
	query, args := filterSQL(q, false)
	rows, err := s.db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("storage: search %q: %w", q.Text, err)
	}
	defer rows.Close()
	var out []ranked
	for rows.Next() {
		var r ranked
		if err := rows.Scan(&r.id, &r.score); err != nil {
			return nil, fmt.Errorf("storage: search %q: %w", q.Text, err)
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// searchFilter returns the conditions on articles a of q's filters, each
// starting with " AND ", and their arguments.
func searchFilter(q SearchQuery) (string, []any) {
	var filter strings.Builder
	var args []any
	if q.Lang != "" {
		filter.WriteString(` AND a.lang = ?`)
		args = append(args, q.Lang)
	}
	if q.Site != "" {
		filter.WriteString(` AND a.site = ?`)
		args = append(args, q.Site)
	}
	if len(q.Entities) > 0 {
		filter.WriteString(` AND a.id IN (SELECT article_id FROM entity_articles WHERE entity_id IN ` + placeholders(len(q.Entities)) + `)`)
		for _, id := range q.Entities {
			args = append(args, id)
		}
	}
	if !q.From.IsZero() {
		filter.WriteString(` AND a.published >= ?`)
		args = append(args, dbTime(q.From))
	}
	if !q.To.IsZero() {
		filter.WriteString(` AND a.published < ?`)
		args = append(args, dbTime(q.To))
	}
	return filter.String(), args
}

// rankLimit is how many matching articles a query ranks by relevance: the
// newest (by id) rankLimit of those that pass its filters. Scoring costs a
// lookup per matching article; a word in every other article of a large
// store would cost a scan of the index on every query. News search wants
// the recent first anyway; older articles are found with a more precise
// query, a filter, or a date range. 2,000 (it was 5,000): at a million
// articles, scoring is most of a common query's time on PostgreSQL, which
// reads each candidate's term counts from its row (FTS5 reads them from
// its doclists), and the limit must be the same on both backends.
const rankLimit = 2000

// pageOf returns the page of q (its Limit and Offset) of ranked results.
func pageOf(all []ranked, q SearchQuery) []ranked {
	limit := q.Limit
	if limit <= 0 {
		limit = defaultLimit
	}
	limit = min(limit, maxLimit)
	offset := max(q.Offset, 0)
	return all[min(offset, len(all)):min(offset+limit, len(all))]
}

// countSQLite returns the number of articles that hold every one of
// qterms, or 0 (uncounted) for a query of several terms none of which is
// in at most countLimit articles (see countLimit).
func (s *Store) countSQLite(ctx context.Context, qterms []string) (total int, err error) {
	counted := len(qterms) == 1
	if !counted {
		rarest, err := s.rarestTermSQLite(ctx, qterms)
		if err != nil {
			return 0, err
		}
		counted = rarest <= s.countLimitOf()
	}
	if counted {
		m := s.ftsMatch(qterms)
		if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM `+m.from+` WHERE `+m.where, m.arg).Scan(&total); err != nil {
			return 0, err
		}
	}
	return total, nil
}

// countLimit: the matches of a query of several terms are counted (for the
// facets' total) only when one of its terms is in at most this many
// articles. Counting costs a walk of the rarest term's postings on
// PostgreSQL (and of every term's on SQLite); a query of common words at a
// million articles would spend most of its time counting. Uncounted, the
// total is left to the facets (Facets.AtLeast), as with filters.
const countLimit = 50000

// countLimitOf returns countLimit, or the Store's own (set by tests).
func (s *Store) countLimitOf() int64 {
	if s.countLimit > 0 {
		return s.countLimit
	}
	return countLimit
}

// rarestTermSQLite returns the number of articles holding the rarest of
// qterms, counted in FTS5's index up to countLimit+1 (all that the
// decision it serves needs: a common word's count would walk its whole
// doclist).
func (s *Store) rarestTermSQLite(ctx context.Context, qterms []string) (int64, error) {
	rarest := int64(-1)
	for _, t := range qterms {
		var n int64
		if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM (SELECT 1 FROM articles_fts WHERE articles_fts MATCH ? LIMIT ?)`,
			matchExpr([]string{t}), s.countLimitOf()+1).Scan(&n); err != nil {
			return 0, err
		}
		if rarest < 0 || n < rarest {
			rarest = n
		}
	}
	return rarest, nil
}

// SearchWithFacets is Search and SearchFacets in one pass over the index:
// the best facetWindow articles are ranked once, the page of hits is cut
// from them (with their snippets), and the facets counted over them. A
// page beyond the window is searched on its own.
func (s *Store) SearchWithFacets(ctx context.Context, q SearchQuery) ([]Hit, *Facets, error) {
	qterms := s.queryTerms(q.Text)
	empty := &Facets{Sites: []Facet{}, Langs: []Facet{}, Entities: []Facet{}}
	if len(qterms) == 0 && len(q.Entities) == 0 {
		return nil, empty, nil
	}
	limit := q.Limit
	if limit <= 0 {
		limit = defaultLimit
	}
	limit = min(limit, maxLimit)
	offset := max(q.Offset, 0)
	var total int
	var top, all []ranked
	whole := len(qterms) > 0 // all holds every ranked result, not only the window
	switch {
	case len(qterms) == 0: // only filters, with an entity among them
		wq := q
		wq.Limit, wq.Offset = facetWindow, 0
		var err error
		if top, err = s.filterRanked(ctx, wq); err != nil {
			return nil, nil, err
		}
	default:
		var err error
		if total, all, err = s.rank(ctx, q, qterms, true); err != nil {
			return nil, nil, err
		}
		top = all[:min(len(all), facetWindow)]
	}
	ids := make([]int64, len(top))
	for i, r := range top {
		ids[i] = r.id
	}
	f, err := s.facets(ctx, ids)
	if err != nil {
		return nil, nil, err
	}
	if total > f.Total {
		f.Total = total
	}
	f.AtLeast = total == 0 && len(top) == facetWindow
	if offset+limit > facetWindow {
		if whole {
			hits, err := s.pageHits(ctx, q, pageOf(all, q), qterms)
			return hits, f, err
		}
		hits, err := s.Search(ctx, q)
		return hits, f, err
	}
	page := top[min(offset, len(top)):min(offset+limit, len(top))]
	hits, err := s.pageHits(ctx, q, page, qterms)
	return hits, f, err
}

// pageHits reads the articles of a page of ranked results, in its order,
// and makes their hits.
func (s *Store) pageHits(ctx context.Context, q SearchQuery, page []ranked, qterms []string) ([]Hit, error) {
	if len(page) == 0 {
		return []Hit{}, nil // as runSearch: no hits is an empty list, not nil
	}
	var list strings.Builder
	for i, r := range page {
		if i > 0 {
			list.WriteByte(',')
		}
		fmt.Fprint(&list, r.id)
	}
	// ids made here: no injection. The CASE keeps the ranking's order.
	var order strings.Builder
	order.WriteString(`CASE a.id`)
	for i, r := range page {
		fmt.Fprintf(&order, ` WHEN %d THEN %d`, r.id, i)
	}
	order.WriteString(` END`)
	query := `SELECT a.id, a.url, a.title, a.site, a.lang, a.published, a.text, 0 FROM articles a
		WHERE a.id IN (` + list.String() + `) ORDER BY ` + order.String()
	hits, err := s.runSearch(ctx, q, query, nil, qterms)
	if err != nil {
		return nil, err
	}
	for i := range hits {
		hits[i].Score = -page[i].score
	}
	return hits, nil
}

// filterSQL returns the query and arguments of a search without terms,
// only filters with an entity among them: the articles that mention it,
// newest first, a page of them. With withText its rows are (id, url,
// title, site, lang, published, text, score), as runSearch reads them;
// without, (id, score).
func filterSQL(q SearchQuery, withText bool) (string, []any) {
	limit := q.Limit
	if limit <= 0 {
		limit = defaultLimit
	}
	limit = min(limit, maxLimit)
	filter, args := searchFilter(q)
	args = append(args, limit, max(q.Offset, 0))
	cols := `a.id, 0`
	if withText {
		cols = `a.id, a.url, a.title, a.site, a.lang, a.published, a.text, 0`
	}
	return `SELECT ` + cols + `
		FROM articles a WHERE 1 = 1` + filter + `
		ORDER BY coalesce(a.published, a.created_at) DESC, a.id DESC LIMIT ? OFFSET ?`, args
}

// runSearch runs a search query whose rows are (id, url, title, site, lang,
// published, text, score) and makes the hits, with snippets around qterms.
func (s *Store) runSearch(ctx context.Context, q SearchQuery, query string, args []any, qterms []string) ([]Hit, error) {
	rows, err := s.db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("storage: search %q: %w", q.Text, err)
	}
	defer rows.Close()
	type row struct {
		hit  Hit
		text string
	}
	var found []row
	for rows.Next() {
		var r row
		var published sql.NullString
		var score float64
		if err := rows.Scan(&r.hit.ID, &r.hit.URL, &r.hit.Title, &r.hit.Site, &r.hit.Lang, &published,
			&r.text, &score); err != nil {
			return nil, fmt.Errorf("storage: search %q: %w", q.Text, err)
		}
		if r.hit.Published, err = parseTime(published); err != nil {
			return nil, fmt.Errorf("storage: search %q: article %d: %w", q.Text, r.hit.ID, err)
		}
		r.hit.Score = -score
		found = append(found, r)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("storage: search %q: %w", q.Text, err)
	}

	want := make(map[string]bool, len(qterms))
	for _, t := range qterms {
		want[t] = true
	}
	hits := make([]Hit, len(found))
	for i, r := range found {
		hits[i] = r.hit
		hits[i].Snippet, hits[i].Highlights = s.snippet(r.text, want)
	}
	return hits, nil
}

// indexTerms returns the analyzer's terms of text as they are indexed: each
// in its FTS form (ftsTerm), joined by single spaces.
func (s *Store) indexTerms(text string) string {
	var b strings.Builder
	b.Grow(len(text))
	for _, t := range s.an.Terms(text) {
		t = ftsTerm(t)
		if t == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t)
	}
	return b.String()
}

// queryTerms returns the distinct FTS forms of the analyzer's terms of a
// query, in order, at most maxQueryTerms of them.
func (s *Store) queryTerms(text string) []string {
	var out []string
	seen := map[string]bool{}
	for _, t := range s.an.Terms(text) {
		t = ftsTerm(t)
		if t == "" || seen[t] {
			continue
		}
		if len(out) == maxQueryTerms {
			break
		}
		seen[t] = true
		out = append(out, t)
	}
	return out
}

// ftsTerm returns a term as the index holds it: ASCII letters in lower case
// (the FTS5 ascii tokenizer would fold them anyway) and without ASCII space
// and control characters (on which it would split the term). Everything
// else, all of Arabic included, passes through unchanged.
func ftsTerm(t string) string {
	clean := true
	for i := 0; i < len(t); i++ {
		if c := t[i]; c <= ' ' || c == 0x7f || 'A' <= c && c <= 'Z' {
			clean = false
			break
		}
	}
	if clean {
		return cutTerm(t)
	}
	b := make([]byte, 0, len(t))
	for i := 0; i < len(t); i++ {
		c := t[i]
		switch {
		case c <= ' ' || c == 0x7f:
		case 'A' <= c && c <= 'Z':
			b = append(b, c+'a'-'A')
		default:
			b = append(b, c)
		}
	}
	return cutTerm(string(b))
}

// matchExpr returns the FTS5 query that requires every term: each term a
// string in double quotes (inner quotes doubled), so that no character of
// it is read as FTS5 syntax, and the strings side by side, which FTS5 reads
// as AND.
func matchExpr(qterms []string) string {
	var b strings.Builder
	for i, t := range qterms {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteByte('"')
		b.WriteString(strings.ReplaceAll(t, `"`, `""`))
		b.WriteByte('"')
	}
	return b.String()
}

// matchIDs returns a query whose rows are the ids of the articles that
// hold every one of qterms (as queryTerms makes them), and its argument.
func (s *Store) matchIDs(qterms []string) (string, any) {
	m := s.ftsMatch(qterms)
	return `SELECT ` + m.id + ` FROM ` + m.from + ` WHERE ` + m.where, m.arg
}

// ftsMatchSQL is how a backend's full-text table is asked for the articles
// that hold every query term: the table, its article id column, the
// condition, and the condition's one argument.
type ftsMatchSQL struct {
	from, id, where string
	arg             any
}

// ftsMatch returns the full-text condition for qterms: FTS5's MATCH on
// SQLite; on PostgreSQL, its full-text index of the terms (see migration
// 0010).
func (s *Store) ftsMatch(qterms []string) ftsMatchSQL {
	if s.db.dialect == postgresDialect {
		return pgMatch(`articles_fts`, qterms)
	}
	return ftsMatchSQL{from: `articles_fts`, id: `articles_fts.rowid`, where: `articles_fts MATCH ?`, arg: matchExpr(qterms)}
}

// tsQuery returns the PostgreSQL tsquery that requires every term: each
// term a quoted lexeme (quotes doubled, backslashes escaped), so that no
// character of it is read as tsquery syntax, joined by &.
func tsQuery(qterms []string) string {
	var b strings.Builder
	for i, t := range qterms {
		if i > 0 {
			b.WriteString(" & ")
		}
		b.WriteByte('\'')
		for _, c := range []byte(t) {
			switch c {
			case '\'':
				b.WriteString("''")
			case '\\':
				b.WriteString(`\\`)
			default:
				b.WriteByte(c)
			}
		}
		b.WriteByte('\'')
	}
	return b.String()
}
