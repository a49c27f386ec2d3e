package storage

import (
	"context"
	"database/sql"
	"encoding/base64"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
)

// ErrBadCursor is returned, wrapped, for a paging cursor that this store
// did not make.
var ErrBadCursor = errors.New("bad cursor")

// ArticleSummary is an article without its text, for lists.
type ArticleSummary struct {
	ID          int64     `json:"id"`
	URL         string    `json:"url"`
	Title       string    `json:"title"`
	Description string    `json:"description,omitempty"`
	Byline      string    `json:"byline,omitempty"`
	Site        string    `json:"site"`
	Lang        string    `json:"lang"`
	Published   time.Time `json:"published,omitzero"`
}

// ArticleQuery lists articles, newest first. Zero fields do not restrict.
type ArticleQuery struct {
	Lang, Site string
	// Entities keeps the articles that mention one of these entity ids.
	Entities []string
	From, To time.Time
	// Limit is the page size: 20 when zero or less, at most 1000.
	Limit int
	// Cursor is the Next of the previous page; "" starts at the newest.
	Cursor string
}

// ArticlePage is one page of an article list.
type ArticlePage struct {
	Articles []ArticleSummary `json:"articles"`
	// Next is the cursor of the following page; "" on the last page.
	Next string `json:"next,omitempty"`
}

// A keyset cursor is the sort key and id of the last row of a page, so that
// the next page starts after it however many rows were added meanwhile.
func encodeCursor(key string, id int64) string {
	return base64.RawURLEncoding.EncodeToString([]byte(key + "|" + strconv.FormatInt(id, 10)))
}

func decodeCursor(c string) (key string, id int64, err error) {
	b, err := base64.RawURLEncoding.DecodeString(c)
	if err != nil {
		return "", 0, fmt.Errorf("storage: cursor %q: %w", c, ErrBadCursor)
	}
	k, n, ok := strings.Cut(string(b), "|")
	if !ok {
		return "", 0, fmt.Errorf("storage: cursor %q: %w", c, ErrBadCursor)
	}
	if id, err = strconv.ParseInt(n, 10, 64); err != nil {
		return "", 0, fmt.Errorf("storage: cursor %q: %w", c, ErrBadCursor)
	}
	return k, id, nil
}

// pageLimit returns limit as a page size: 20 when zero or less, at most
// maxLimit.
func pageLimit(limit int) int {
	if limit <= 0 {
		return defaultLimit
	}
	return min(limit, maxLimit)
}

// placeholders returns "(?, ?, …)" for n values.
func placeholders(n int) string {
	return `(?` + strings.Repeat(`, ?`, n-1) + `)`
}

// Articles returns one page of articles, newest first (by publication
// time, or storage time when that is unknown), filtered by q.
func (s *Store) Articles(ctx context.Context, q ArticleQuery) (*ArticlePage, error) {
	limit := pageLimit(q.Limit)
	var where strings.Builder
	var args []any
	if q.Lang != "" {
		where.WriteString(` AND lang = ?`)
		args = append(args, q.Lang)
	}
	if q.Site != "" {
		where.WriteString(` AND site = ?`)
		args = append(args, q.Site)
	}
	if len(q.Entities) > 0 {
		cond, cargs, err := s.entityArticles(ctx, q, limit+1)
		if err != nil {
			return nil, err
		}
		where.WriteString(cond)
		args = append(args, cargs...)
	}
	if !q.From.IsZero() {
		where.WriteString(` AND published >= ?`)
		args = append(args, dbTime(q.From))
	}
	if !q.To.IsZero() {
		where.WriteString(` AND published < ?`)
		args = append(args, dbTime(q.To))
	}
	if q.Cursor != "" {
		key, id, err := decodeCursor(q.Cursor)
		if err != nil {
			return nil, err
		}
		where.WriteString(` AND (coalesce(published, created_at) < ? OR (coalesce(published, created_at) = ? AND id < ?))`)
		args = append(args, key, key, id)
	}
	args = append(args, limit+1)
	rows, err := s.db.QueryContext(ctx, `SELECT id, url, title, description, byline, site, lang, published,
			coalesce(published, created_at)
		FROM articles WHERE 1 = 1`+where.String()+`
		ORDER BY coalesce(published, created_at) DESC, id DESC LIMIT ?`, args...)
	if err != nil {
		return nil, fmt.Errorf("storage: articles: %w", err)
	}
	defer rows.Close()
	page := &ArticlePage{Articles: []ArticleSummary{}}
	var lastKey string
	for rows.Next() {
		var a ArticleSummary
		var published sql.NullString
		var key string
		if err := rows.Scan(&a.ID, &a.URL, &a.Title, &a.Description, &a.Byline, &a.Site, &a.Lang, &published, &key); err != nil {
			return nil, fmt.Errorf("storage: articles: %w", err)
		}
		if a.Published, err = parseTime(published); err != nil {
			return nil, fmt.Errorf("storage: articles: %w", err)
		}
		if len(page.Articles) == limit {
			last := page.Articles[limit-1]
			page.Next = encodeCursor(lastKey, last.ID)
			break
		}
		page.Articles = append(page.Articles, a)
		lastKey = key
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("storage: articles: %w", err)
	}
	return page, nil
}

// entityArticles returns the condition (and its arguments) that keeps the
// articles mentioning q.Entities. An entity in tens of thousands of
// articles would make the list sort them all; entity_articles knows each
// article's day, in the order of the list's key, so the condition keeps
// only the days that can hold the page: the cursor's whole day, and the
// earlier days down to the one that holds the need-th article before it.
// Other filters may drop candidates, so with them every article counts.
func (s *Store) entityArticles(ctx context.Context, q ArticleQuery, need int) (string, []any, error) {
	in := placeholders(len(q.Entities))
	var ids []any
	for _, id := range q.Entities {
		ids = append(ids, id)
	}
	cond := ` AND id IN (SELECT article_id FROM entity_articles WHERE entity_id IN ` + in
	if q.Lang != "" || q.Site != "" || !q.From.IsZero() || !q.To.IsZero() {
		return cond + `)`, ids, nil
	}
	before := ""
	bargs := append([]any{}, ids...)
	if q.Cursor != "" {
		key, _, err := decodeCursor(q.Cursor)
		if err != nil {
			return "", nil, err
		}
		if len(key) >= 10 {
			before = ` AND day < ?`
			bargs = append(bargs, key[:10])
		}
	}
	bargs = append(bargs, need-1)
	var cutoff sql.NullString
	err := s.db.QueryRowContext(ctx, `SELECT day FROM entity_articles WHERE entity_id IN `+in+before+`
		ORDER BY day DESC LIMIT 1 OFFSET ?`, bargs...).Scan(&cutoff)
	if errors.Is(err, sql.ErrNoRows) {
		return cond + `)`, ids, nil // fewer articles than a page: all of them
	}
	if err != nil {
		return "", nil, fmt.Errorf("storage: articles of %v: %w", q.Entities, err)
	}
	return cond + ` AND day >= ?)`, append(ids, cutoff.String), nil
}

// EntityInfo is an entity with the names it is mentioned by.
type EntityInfo struct {
	ID     string `json:"id"`
	Name   string `json:"name"`
	NameAr string `json:"name_ar"`
	Type   string `json:"type"`
	// Articles and Mentions count the stored articles that mention it and
	// its mentions in them.
	Articles int `json:"articles"`
	Mentions int `json:"mentions"`
	// Aliases are the texts of its mentions, most frequent first.
	Aliases []Alias `json:"aliases"`
}

// Alias is one way an entity is written, with how often.
type Alias struct {
	Text  string `json:"text"`
	Count int    `json:"count"`
}

// maxAliases bounds the aliases returned with an entity.
const maxAliases = 30

// Entity returns the entity with id, or an error wrapping ErrNotFound.
func (s *Store) Entity(ctx context.Context, id string) (*EntityInfo, error) {
	e := EntityInfo{Aliases: []Alias{}}
	err := s.db.QueryRowContext(ctx, `SELECT id, name, name_ar, type, articles, mentions FROM entities WHERE id = ?`, id).
		Scan(&e.ID, &e.Name, &e.NameAr, &e.Type, &e.Articles, &e.Mentions)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("storage: entity %q: %w", id, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("storage: entity %q: %w", id, err)
	}
	rows, err := s.db.QueryContext(ctx, `SELECT text, mentions FROM entity_aliases
		WHERE entity_id = ? ORDER BY mentions DESC, text LIMIT ?`, id, maxAliases)
	if err != nil {
		return nil, fmt.Errorf("storage: entity %q: %w", id, err)
	}
	defer rows.Close()
	for rows.Next() {
		var a Alias
		if err := rows.Scan(&a.Text, &a.Count); err != nil {
			return nil, fmt.Errorf("storage: entity %q: %w", id, err)
		}
		e.Aliases = append(e.Aliases, a)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("storage: entity %q: %w", id, err)
	}
	return &e, nil
}

// Entities returns the entities whose English or Arabic name, or id,
// contains q (all entities when q is empty), most-mentioned first, with
// their counts, at most limit of them.
func (s *Store) Entities(ctx context.Context, q, typ string, limit int) ([]EntityCount, error) {
	if q == "" {
		return s.TopEntities(ctx, typ, limit)
	}
	limit = pageLimit(limit)
	pattern := "%" + strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(strings.TrimSpace(q)) + "%"
	like := s.db.dialect.like()
	rows, err := s.db.QueryContext(ctx, `SELECT id, name, name_ar, type, articles, mentions FROM entities
		WHERE (name `+like+` ?1 ESCAPE '\' OR name_ar `+like+` ?1 ESCAPE '\' OR id `+like+` ?1 ESCAPE '\')
			AND (?2 = '' OR type = ?2)
		ORDER BY articles DESC, mentions DESC, id LIMIT ?3`, pattern, typ, limit)
	if err != nil {
		return nil, fmt.Errorf("storage: entities %q: %w", q, err)
	}
	return scanEntityCounts(rows)
}

// DayCount is a number of articles on one day (YYYY-MM-DD).
type DayCount struct {
	Day      string `json:"day"`
	Articles int    `json:"articles"`
}

// EntityTimeline returns, for each day on which stored articles mention
// the entity, how many do: by publication day, or storage day when the
// publication time is unknown (the day when the mention was stored);
// oldest first.
func (s *Store) EntityTimeline(ctx context.Context, id string) ([]DayCount, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT day, count(*) FROM entity_articles
		WHERE entity_id = ? GROUP BY day ORDER BY day`, id)
	if err != nil {
		return nil, fmt.Errorf("storage: entity %q timeline: %w", id, err)
	}
	defer rows.Close()
	out := []DayCount{}
	for rows.Next() {
		var d DayCount
		if err := rows.Scan(&d.Day, &d.Articles); err != nil {
			return nil, err
		}
		out = append(out, d)
	}
	return out, rows.Err()
}

// relatedWindow is how many of an entity's most recent articles
// RelatedEntities reads: related means related in recent coverage, and the
// cost of an entity page stays bounded for entities in every article.
const relatedWindow = 200

// RelatedEntities returns the entities mentioned most often in the same
// articles as id (in its most recent relatedWindow articles), with the
// number of those articles as Articles and their mentions in the whole
// store as Mentions.
func (s *Store) RelatedEntities(ctx context.Context, id string, limit int) ([]EntityCount, error) {
	limit = pageLimit(limit)
	// Grouping reads only the covering index (article_id, entity_id); the
	// names are read for the few entities kept.
	rows, err := s.db.QueryContext(ctx, `WITH recent AS (
			SELECT article_id FROM entity_articles WHERE entity_id = ?1
			ORDER BY article_id DESC LIMIT ?2),
		co AS (
			SELECT ea.entity_id AS id, count(*) AS n
			FROM recent r JOIN entity_articles ea`+s.db.dialect.indexedBy("entity_articles_article")+` ON ea.article_id = r.article_id
			WHERE ea.entity_id <> ?1
			GROUP BY ea.entity_id ORDER BY n DESC, ea.entity_id LIMIT ?3)
		SELECT e.id, e.name, e.name_ar, e.type, co.n, e.mentions
		FROM co JOIN entities e ON e.id = co.id
		ORDER BY co.n DESC, e.mentions DESC, e.id`, id, relatedWindow, limit)
	if err != nil {
		return nil, fmt.Errorf("storage: entities related to %q: %w", id, err)
	}
	return scanEntityCounts(rows)
}

// Facet is one value of a search facet with its number of articles.
type Facet struct {
	Value string `json:"value"`
	Label string `json:"label,omitempty"`
	Count int    `json:"count"`
}

// Facets are the counts of a search's matching articles by site,
// language and entity.
type Facets struct {
	Total int `json:"total"`
	// AtLeast says that Total is a lower bound: the matches were not all
	// counted (a query with filters, or of common words only; see
	// countLimit), and the facets counted the best facetWindow of them.
	AtLeast  bool    `json:"at_least,omitempty"`
	Sites    []Facet `json:"sites"`
	Langs    []Facet `json:"langs"`
	Entities []Facet `json:"entities"`
}

// facetWindow bounds how many matching articles the facets count: the best
// ranked ones. Total is exact up to it, and says so by equalling it.
const facetWindow = 500

// SearchFacets counts the articles that match q (its Text and filters;
// Limit and Offset are ignored), among the best facetWindow of them, by
// site, language and most-mentioned entities.
func (s *Store) SearchFacets(ctx context.Context, q SearchQuery) (*Facets, error) {
	_, f, err := s.SearchWithFacets(ctx, SearchQuery{Text: q.Text, Lang: q.Lang, Site: q.Site, Entities: q.Entities,
		From: q.From, To: q.To, Limit: 1, Offset: facetWindow})
	return f, err
}

// facets counts the articles ids by site, language and entity.
func (s *Store) facets(ctx context.Context, ids []int64) (*Facets, error) {
	f := &Facets{Total: len(ids), Sites: []Facet{}, Langs: []Facet{}, Entities: []Facet{}}
	if len(ids) == 0 {
		return f, nil
	}
	var list strings.Builder
	for i, id := range ids {
		if i > 0 {
			list.WriteByte(',')
		}
		list.WriteString(strconv.FormatInt(id, 10))
	}
	in := `(` + list.String() + `)` // integers made here: no injection
	rows, err := s.db.QueryContext(ctx, `SELECT site, lang, count(*) FROM articles WHERE id IN `+in+` GROUP BY site, lang`)
	if err != nil {
		return nil, fmt.Errorf("storage: facets: %w", err)
	}
	sites, langs := map[string]int{}, map[string]int{}
	for rows.Next() {
		var site, lang string
		var n int
		if err := rows.Scan(&site, &lang, &n); err != nil {
			rows.Close()
			return nil, fmt.Errorf("storage: facets: %w", err)
		}
		sites[site] += n
		langs[lang] += n
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("storage: facets: %w", err)
	}
	f.Sites, f.Langs = topFacets(sites, 20), topFacets(langs, 20)
	// Counted before the names are joined: joined first, PostgreSQL
	// hashed every entity (38 ms at a million articles, 5 ms this way).
	rows, err = s.db.QueryContext(ctx, `SELECT e.id, CASE WHEN e.name_ar <> '' THEN e.name_ar ELSE e.name END, x.n
		FROM (SELECT ea.entity_id, count(*) AS n FROM entity_articles ea`+s.db.dialect.indexedBy("entity_articles_article")+`
			WHERE ea.article_id IN `+in+` GROUP BY ea.entity_id ORDER BY 2 DESC, 1 LIMIT 20) x
		JOIN entities e ON e.id = x.entity_id ORDER BY x.n DESC, e.id`)
	if err != nil {
		return nil, fmt.Errorf("storage: facets: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var fc Facet
		if err := rows.Scan(&fc.Value, &fc.Label, &fc.Count); err != nil {
			return nil, fmt.Errorf("storage: facets: %w", err)
		}
		f.Entities = append(f.Entities, fc)
	}
	return f, rows.Err()
}

// topFacets returns the n largest counts, largest first, then by value.
func topFacets(counts map[string]int, n int) []Facet {
	out := make([]Facet, 0, len(counts))
	for v, c := range counts {
		out = append(out, Facet{Value: v, Count: c})
	}
	slices.SortFunc(out, func(a, b Facet) int {
		if a.Count != b.Count {
			return b.Count - a.Count
		}
		return strings.Compare(a.Value, b.Value)
	})
	if len(out) > n {
		out = out[:n]
	}
	return out
}

// Stats are the sizes of the store.
type Stats struct {
	Articles int `json:"articles"`
	Entities int `json:"entities"`
	Mentions int `json:"mentions"`
	Quotes   int `json:"quotes"`
	Events   int `json:"events"`
}

// Stats counts the store's rows.
func (s *Store) Stats(ctx context.Context) (Stats, error) {
	var st Stats
	err := s.db.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM entities),
		(SELECT coalesce(sum(mentions), 0) FROM entities), (SELECT count(*) FROM quotes), (SELECT count(*) FROM happenings)`).
		Scan(&st.Articles, &st.Entities, &st.Mentions, &st.Quotes, &st.Events)
	if err != nil {
		return st, fmt.Errorf("storage: stats: %w", err)
	}
	return st, nil
}

// Ping checks that the database answers.
func (s *Store) Ping(ctx context.Context) error {
	return s.db.PingContext(ctx)
}

// VerifyRollups checks that the rollups the triggers keep (entity_articles,
// entity_aliases, the entities' totals, happenings) agree with the
// mentions and events, and says where they do not.
func (s *Store) VerifyRollups(ctx context.Context) error {
	// Each subquery in FROM has a name (x), which PostgreSQL 15 requires.
	checks := []struct{ what, query string }{
		{"entity_articles", `SELECT count(*) FROM (
			SELECT entity_id, article_id, count(*) AS n FROM mentions GROUP BY 1, 2
			EXCEPT SELECT entity_id, article_id, mentions FROM entity_articles) AS x`},
		{"entity_articles (extra rows)", `SELECT count(*) FROM (
			SELECT entity_id, article_id, mentions FROM entity_articles
			EXCEPT SELECT entity_id, article_id, count(*) FROM mentions GROUP BY 1, 2) AS x`},
		{"entity_aliases", `SELECT count(*) FROM (
			SELECT entity_id, text, count(*) FROM mentions GROUP BY 1, 2
			EXCEPT SELECT entity_id, text, mentions FROM entity_aliases) AS x`},
		{"entity_aliases (extra rows)", `SELECT count(*) FROM (
			SELECT entity_id, text, mentions FROM entity_aliases
			EXCEPT SELECT entity_id, text, count(*) FROM mentions GROUP BY 1, 2) AS x`},
		{"happenings", `SELECT count(*) FROM (
			SELECT happening, count(*) FROM events GROUP BY 1 EXCEPT SELECT key, reports FROM happenings) AS x`},
		{"happenings (extra rows)", `SELECT count(*) FROM (
			SELECT key, reports FROM happenings EXCEPT SELECT happening, count(*) FROM events GROUP BY 1) AS x`},
		// A quotation's copy of its article's time (migration 0013).
		{"quotations' times", `SELECT count(*) FROM quotes q JOIN articles a ON a.id = q.article_id
			WHERE q.at <> coalesce(a.published, a.created_at)`},
		{"entity totals", `SELECT count(*) FROM entities e WHERE e.articles <> (SELECT count(DISTINCT article_id) FROM mentions WHERE entity_id = e.id)
			OR e.mentions <> (SELECT count(*) FROM mentions WHERE entity_id = e.id)`},
	}
	if s.db.dialect == postgresDialect {
		// The search index's own rollups (migrations 0001 and 0010).
		checks = append(checks, []struct{ what, query string }{
			{"fts_stats", `SELECT count(*) FROM (SELECT sum(rows) AS r, sum(tokens) AS t FROM fts_stats) s,
				(SELECT count(*) AS r, coalesce(sum(length), 0) AS t FROM articles_fts) f WHERE s.r <> f.r OR s.t <> f.t`},
			{"fts_terms", `SELECT count(*) FROM (SELECT t, count(*) AS n FROM articles_fts, unnest(terms) t GROUP BY t) c
				FULL JOIN (SELECT term, docs FROM fts_terms WHERE docs <> 0) d ON d.term = c.t
				WHERE c.n IS DISTINCT FROM d.docs`},
			// Every indexed article from fts_recent's smallest id on is in
			// it, with the same document (migration 0011).
			{"fts_recent", `SELECT count(*) FROM (SELECT * FROM articles_fts
					WHERE article_id >= (SELECT coalesce(min(article_id), 0) FROM fts_recent)) f
				FULL JOIN fts_recent r ON r.article_id = f.article_id
				WHERE f.article_id IS NULL OR r.article_id IS NULL OR r.terms <> f.terms
					OR r.title_tf <> f.title_tf OR r.text_tf <> f.text_tf OR r.length <> f.length`},
			// Every indexed article has its counts, hashed from its terms
			// (migration 0012).
			{"fts_counts", `SELECT count(*) FROM articles_fts f
				FULL JOIN fts_counts c ON c.article_id = f.article_id
				WHERE f.article_id IS NULL OR c.article_id IS NULL OR c.hashes <> marsad_term_hashes(f.terms)
					OR c.title_tf <> f.title_tf OR c.text_tf <> f.text_tf OR c.length <> f.length`},
		}...)
	}
	for _, c := range checks {
		var n int
		if err := s.db.QueryRowContext(ctx, c.query).Scan(&n); err != nil {
			return fmt.Errorf("storage: verify %s: %w", c.what, err)
		}
		if n > 0 {
			return fmt.Errorf("storage: %s disagree with mentions in %d rows", c.what, n)
		}
	}
	return nil
}

// scanEntityCounts reads rows of (id, name, name_ar, type, articles,
// mentions) and closes them.
func scanEntityCounts(rows *sql.Rows) ([]EntityCount, error) {
	defer rows.Close()
	out := []EntityCount{}
	for rows.Next() {
		var c EntityCount
		if err := rows.Scan(&c.ID, &c.Name, &c.NameAr, &c.Type, &c.Articles, &c.Mentions); err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}
