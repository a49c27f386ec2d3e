package storage

import (
	"cmp"
	"context"
	"database/sql"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/marsad/marsad/internal/stories"
)

// articleTime is the time an article is listed and clustered by: its
// publication, or when it was stored (the expression of articles_recent).
const articleTime = `coalesce(a.published, a.created_at)`

// Story is a stored story as lists show it.
type Story struct {
	// ID is the smallest article id in the story.
	ID int64 `json:"id"`
	// LeadID is the article that best represents the story; Title is its
	// title.
	LeadID int64  `json:"lead_id"`
	Title  string `json:"title"`
	// First and Last are the earliest and latest times of its articles
	// (publication, or storage when that is unknown).
	First time.Time `json:"first"`
	Last  time.Time `json:"last"`
	// Articles is the number of articles; NearDuplicates how many of them
	// are near-copies of another.
	Articles       int `json:"articles"`
	NearDuplicates int `json:"near_duplicates"`
	// Sites and Langs are those of its articles, most frequent first.
	Sites []string `json:"sites"`
	Langs []string `json:"langs"`
	// Entities characterise the story, heaviest first.
	Entities []StoryEntity `json:"entities"`
}

// StoryEntity is an entity that characterises a story.
type StoryEntity struct {
	ID     string `json:"id"`
	Name   string `json:"name"`
	NameAr string `json:"name_ar"`
	Type   string `json:"type"`
}

// StoryDetail is a story with its articles.
type StoryDetail struct {
	Story
	// Members are the story's articles, earliest first.
	Members []StoryArticle `json:"members"`
}

// StoryArticle is one article of a story.
type StoryArticle struct {
	ID        int64     `json:"id"`
	Title     string    `json:"title"`
	URL       string    `json:"url"`
	Site      string    `json:"site"`
	Lang      string    `json:"lang"`
	Published time.Time `json:"published,omitzero"`
	// NearDuplicateOf is the article of the story this one is a
	// near-copy of; 0 (absent in JSON) when it is none.
	NearDuplicateOf int64 `json:"near_duplicate_of,omitempty"`
}

// StoryQuery selects stories. Zero fields do not restrict.
type StoryQuery struct {
	// From and To keep the stories with articles in [From, To): those
	// whose last article is at or after From and whose first is before To.
	From, To time.Time
	// Entities keeps the stories with an article that mentions one of
	// these entity ids.
	Entities []string
	// MinArticles keeps stories of at least that many articles; zero or
	// less means 2 (a story of one article is just an article).
	MinArticles int
	// Limit is the most stories returned; zero or less means 20, more
	// than 1000 means 1000.
	Limit int
	// Offset skips that many stories. Cursor, the next cursor of the
	// previous page, is cheaper for deep pages; the two may be combined.
	Offset int
	Cursor string
}

// Stories returns stories, the most recently active first (by their last
// article, then by id), and the cursor of the next page, "" when there is
// none.
func (s *Store) Stories(ctx context.Context, q StoryQuery) ([]Story, string, error) {
	if q.Limit <= 0 {
		q.Limit = defaultLimit
	}
	q.Limit = min(q.Limit, maxLimit)
	if q.MinArticles <= 0 {
		q.MinArticles = 2
	}
	var where strings.Builder
	args := []any{q.MinArticles}
	if !q.From.IsZero() {
		where.WriteString(` AND s.last >= ?`)
		args = append(args, dbTime(q.From))
	}
	if !q.To.IsZero() {
		where.WriteString(` AND s.first < ?`)
		args = append(args, dbTime(q.To))
	}
	if len(q.Entities) > 0 {
		where.WriteString(` AND s.id IN (SELECT m.story_id FROM mentions x JOIN story_members m ON m.article_id = x.article_id
			WHERE x.entity_id IN (?` + strings.Repeat(`, ?`, len(q.Entities)-1) + `))`)
		for _, id := range q.Entities {
			args = append(args, id)
		}
	}
	if q.Cursor != "" {
		last, id, err := parseCursor(q.Cursor)
		if err != nil {
			return nil, "", fmt.Errorf("storage: stories: %w", err)
		}
		where.WriteString(` AND (s.last, s.id) < (?, ?)`)
		args = append(args, last, id)
	}
	args = append(args, q.Limit, max(q.Offset, 0))
	rows, err := s.db.QueryContext(ctx, `SELECT `+storyColumns+` FROM stories s
		WHERE s.articles >= ?`+where.String()+`
		ORDER BY s.last DESC, s.id DESC LIMIT ? OFFSET ?`, args...)
	if err != nil {
		return nil, "", fmt.Errorf("storage: stories: %w", err)
	}
	defer rows.Close()
	var out []Story
	var ents [][]string
	for rows.Next() {
		st, ids, err := scanStory(rows)
		if err != nil {
			return nil, "", fmt.Errorf("storage: stories: %w", err)
		}
		out = append(out, st)
		ents = append(ents, ids)
	}
	if err := rows.Err(); err != nil {
		return nil, "", fmt.Errorf("storage: stories: %w", err)
	}
	rows.Close()
	if err := s.nameStoryEntities(ctx, out, ents); err != nil {
		return nil, "", err
	}
	next := ""
	if len(out) == q.Limit {
		l := out[len(out)-1]
		next = base64.RawURLEncoding.EncodeToString([]byte(l.Last.UTC().Format(timeLayout) + "/" + strconv.FormatInt(l.ID, 10)))
	}
	return out, next, nil
}

func parseCursor(c string) (string, int64, error) {
	b, err := base64.RawURLEncoding.DecodeString(c)
	if err != nil {
		return "", 0, ErrBadCursor
	}
	last, id, ok := strings.Cut(string(b), "/")
	n, err := strconv.ParseInt(id, 10, 64)
	if _, terr := time.Parse(timeLayout, last); !ok || err != nil || terr != nil {
		return "", 0, ErrBadCursor
	}
	return last, n, nil
}

// Story returns story id with its articles, or an error wrapping
// ErrNotFound.
func (s *Store) Story(ctx context.Context, id int64) (*StoryDetail, error) {
	st, err := s.storyRow(ctx, id)
	if err != nil {
		return nil, err
	}
	d := &StoryDetail{Story: *st}
	rows, err := s.db.QueryContext(ctx, `SELECT a.id, a.title, a.url, a.site, a.lang, a.published, coalesce(m.near_duplicate_of, 0)
		FROM story_members m JOIN articles a ON a.id = m.article_id
		WHERE m.story_id = ? ORDER BY `+articleTime+`, a.id`, id)
	if err != nil {
		return nil, fmt.Errorf("storage: story %d: %w", id, err)
	}
	defer rows.Close()
	for rows.Next() {
		var m StoryArticle
		var published sql.NullString
		if err := rows.Scan(&m.ID, &m.Title, &m.URL, &m.Site, &m.Lang, &published, &m.NearDuplicateOf); err != nil {
			return nil, fmt.Errorf("storage: story %d: %w", id, err)
		}
		if m.Published, err = parseTime(published); err != nil {
			return nil, fmt.Errorf("storage: story %d: %w", id, err)
		}
		d.Members = append(d.Members, m)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("storage: story %d: %w", id, err)
	}
	return d, nil
}

// ArticleStory returns the story of article id, or an error wrapping
// ErrNotFound when the article is not (yet) in one.
func (s *Store) ArticleStory(ctx context.Context, articleID int64) (*Story, error) {
	var id int64
	err := s.db.QueryRowContext(ctx, `SELECT story_id FROM story_members WHERE article_id = ?`, articleID).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("storage: story of article %d: %w", articleID, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("storage: story of article %d: %w", articleID, err)
	}
	return s.storyRow(ctx, id)
}

const storyColumns = `s.id, s.lead_id, s.title, s.first, s.last, s.articles, s.near_duplicates, s.sites, s.langs, s.entities`

// storyRow reads one story without its members.
func (s *Store) storyRow(ctx context.Context, id int64) (*Story, error) {
	st, ents, err := scanStory(s.db.QueryRowContext(ctx, `SELECT `+storyColumns+` FROM stories s WHERE s.id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("storage: story %d: %w", id, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("storage: story %d: %w", id, err)
	}
	out := []Story{st}
	if err := s.nameStoryEntities(ctx, out, [][]string{ents}); err != nil {
		return nil, err
	}
	return &out[0], nil
}

// scanStory reads one row of storyColumns, and the story's entity ids.
func scanStory(row interface{ Scan(...any) error }) (Story, []string, error) {
	var st Story
	var first, last sql.NullString
	var sites, langs, ents string
	if err := row.Scan(&st.ID, &st.LeadID, &st.Title, &first, &last, &st.Articles, &st.NearDuplicates, &sites, &langs, &ents); err != nil {
		return st, nil, err
	}
	var err error
	if st.First, err = parseTime(first); err != nil {
		return st, nil, err
	}
	if st.Last, err = parseTime(last); err != nil {
		return st, nil, err
	}
	var ids []string
	for _, f := range []struct {
		src string
		dst *[]string
	}{{sites, &st.Sites}, {langs, &st.Langs}, {ents, &ids}} {
		if err := json.Unmarshal([]byte(f.src), f.dst); err != nil {
			return st, nil, fmt.Errorf("story %d: %w", st.ID, err)
		}
		if *f.dst == nil {
			*f.dst = []string{}
		}
	}
	return st, ids, nil
}

// nameStoryEntities fills in the Entities of stories from their ids.
func (s *Store) nameStoryEntities(ctx context.Context, out []Story, ids [][]string) error {
	var all []any
	for _, l := range ids {
		for _, id := range l {
			all = append(all, id)
		}
	}
	byID := map[string]StoryEntity{}
	if len(all) > 0 {
		rows, err := s.db.QueryContext(ctx, `SELECT id, name, name_ar, type FROM entities WHERE id IN (?`+strings.Repeat(`, ?`, len(all)-1)+`)`, all...)
		if err != nil {
			return fmt.Errorf("storage: story entities: %w", err)
		}
		defer rows.Close()
		for rows.Next() {
			var e StoryEntity
			if err := rows.Scan(&e.ID, &e.Name, &e.NameAr, &e.Type); err != nil {
				return fmt.Errorf("storage: story entities: %w", err)
			}
			byID[e.ID] = e
		}
		if err := rows.Err(); err != nil {
			return fmt.Errorf("storage: story entities: %w", err)
		}
	}
	for i := range out {
		out[i].Entities = make([]StoryEntity, 0, len(ids[i]))
		for _, id := range ids[i] {
			e, ok := byID[id]
			if !ok {
				e = StoryEntity{ID: id}
			}
			out[i].Entities = append(out[i].Entities, e)
		}
	}
	return nil
}

// UnclusteredSpan returns the earliest and latest times of the articles
// that are in no story, or whose text changed since they were clustered,
// and how many there are.
func (s *Store) UnclusteredSpan(ctx context.Context) (from, to time.Time, n int, err error) {
	var lo, hi sql.NullString
	err = s.db.QueryRowContext(ctx, `SELECT min(t), max(t), count(*) FROM (
			SELECT `+articleTime+` AS t FROM articles a LEFT JOIN story_members m ON m.article_id = a.id
			WHERE m.article_id IS NULL OR m.stale <> 0) AS u`).Scan(&lo, &hi, &n)
	if err == nil {
		from, err = parseTime(lo)
	}
	if err == nil {
		to, err = parseTime(hi)
	}
	if err != nil {
		return time.Time{}, time.Time{}, 0, fmt.Errorf("storage: unclustered articles: %w", err)
	}
	return from, to, n, nil
}

// EntityStats returns the number of stored articles and, for each entity,
// the number of articles that mention it: the weights of entities in
// clustering.
func (s *Store) EntityStats(ctx context.Context) (*stories.Stats, error) {
	st := &stories.Stats{DF: map[string]int{}}
	if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM articles`).Scan(&st.Docs); err != nil {
		return nil, fmt.Errorf("storage: entity stats: %w", err)
	}
	rows, err := s.db.QueryContext(ctx, `SELECT id, articles FROM entities WHERE articles > 0`)
	if err != nil {
		return nil, fmt.Errorf("storage: entity stats: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id string
		var n int
		if err := rows.Scan(&id, &n); err != nil {
			return nil, fmt.Errorf("storage: entity stats: %w", err)
		}
		st.DF[id] = n
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("storage: entity stats: %w", err)
	}
	return st, nil
}

// StoryDocs calls fn with each article whose time (publication, else
// storage) is in [from, to], zero bounds being open, and with every other
// article of the stories those are in, in id order: its terms (title then
// text, by the store's analyzer) and its entities with their mention
// counts. An error from fn stops the reading and is returned.
func (s *Store) StoryDocs(ctx context.Context, from, to time.Time, fn func(stories.Doc) error) error {
	span, args := `SELECT a.id FROM articles a WHERE 1 = 1`, []any{}
	if !from.IsZero() {
		span += ` AND ` + articleTime + ` >= ?`
		args = append(args, dbTime(from))
	}
	if !to.IsZero() {
		span += ` AND ` + articleTime + ` <= ?`
		args = append(args, dbTime(to))
	}
	where := ` WHERE a.id IN (SELECT id FROM span)`
	if !from.IsZero() || !to.IsZero() {
		where = ` WHERE a.id IN (SELECT id FROM span UNION
			SELECT o.article_id FROM span JOIN story_members m ON m.article_id = span.id JOIN story_members o ON o.story_id = m.story_id)`
	}
	with := `WITH span AS (` + span + `) `
	ents := map[int64][]stories.Entity{}
	// In key order: each document's entities come in entity id order on
	// both backends.
	rows, err := s.db.QueryContext(ctx, with+`SELECT m.article_id, m.entity_id, count(*) FROM articles a JOIN mentions m ON m.article_id = a.id`+
		where+` GROUP BY m.article_id, m.entity_id ORDER BY m.article_id, m.entity_id`, args...)
	if err != nil {
		return fmt.Errorf("storage: story documents: %w", err)
	}
	ids := map[string]string{} // one copy of each entity id
	for rows.Next() {
		var id int64
		var e stories.Entity
		if err := rows.Scan(&id, &e.ID, &e.Mentions); err != nil {
			rows.Close()
			return fmt.Errorf("storage: story documents: %w", err)
		}
		if s, ok := ids[e.ID]; ok {
			e.ID = s
		} else {
			ids[e.ID] = e.ID
		}
		ents[id] = append(ents[id], e)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("storage: story documents: %w", err)
	}

	rows, err = s.db.QueryContext(ctx, with+`SELECT a.id, a.published, a.created_at, a.lang, a.title, a.text FROM articles a`+where+` ORDER BY a.id`, args...)
	if err != nil {
		return fmt.Errorf("storage: story documents: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var d stories.Doc
		var published, created sql.NullString
		var title, text string
		if err := rows.Scan(&d.ID, &published, &created, &d.Lang, &title, &text); err != nil {
			return fmt.Errorf("storage: story documents: %w", err)
		}
		if d.Published, err = parseTime(published); err != nil {
			return fmt.Errorf("storage: story documents: article %d: %w", d.ID, err)
		}
		if d.Stored, err = parseTime(created); err != nil {
			return fmt.Errorf("storage: story documents: article %d: %w", d.ID, err)
		}
		d.Terms = append(s.an.Terms(title), s.an.Terms(text)...)
		d.Entities = ents[d.ID]
		if err := fn(d); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("storage: story documents: %w", err)
	}
	return nil
}

// SaveStories stores the stories of a clustering in one transaction. Every
// member article leaves the story it was in; a story that loses a member
// this way is removed, and its other members (which the clustering did not
// see) are left unclustered for the next update. Saving the same stories
// again writes the same rows.
func (s *Store) SaveStories(ctx context.Context, ss []stories.Story) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("storage: save stories: %w", err)
	}
	defer tx.Rollback()
	if err := saveStories(ctx, tx, ss); err != nil {
		return fmt.Errorf("storage: save stories: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("storage: save stories: commit: %w", err)
	}
	return nil
}

func saveStories(ctx context.Context, tx *sqlTx, ss []stories.Story) error {
	prep := func(q string) (*sql.Stmt, error) { return tx.PrepareContext(ctx, q) }
	leave, err := prep(`DELETE FROM story_members WHERE article_id = ? RETURNING story_id`)
	if err != nil {
		return err
	}
	defer leave.Close()
	old := map[int64]bool{}
	for _, st := range ss {
		for _, m := range st.Members {
			rows, err := leave.QueryContext(ctx, m.ID)
			if err != nil {
				return err
			}
			for rows.Next() {
				var id int64
				if err := rows.Scan(&id); err != nil {
					rows.Close()
					return err
				}
				old[id] = true
			}
			rows.Close()
			if err := rows.Err(); err != nil {
				return err
			}
		}
	}
	for _, q := range []string{`DELETE FROM story_members WHERE story_id = ?`, `DELETE FROM stories WHERE id = ?`} {
		stmt, err := prep(q)
		if err != nil {
			return err
		}
		for _, id := range slices.Sorted(maps.Keys(old)) {
			if _, err := stmt.ExecContext(ctx, id); err != nil {
				stmt.Close()
				return err
			}
		}
		stmt.Close()
	}

	meta, err := prep(`SELECT title, site, lang FROM articles WHERE id = ?`)
	if err != nil {
		return err
	}
	defer meta.Close()
	member, err := prep(`INSERT INTO story_members (article_id, story_id, near_duplicate_of) VALUES (?, ?, ?)`)
	if err != nil {
		return err
	}
	defer member.Close()
	// An upsert: a row left by a story whose articles are all gone may
	// hold the id.
	story, err := prep(`INSERT INTO stories (id, lead_id, title, first, last, articles, near_duplicates, sites, langs, entities)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (id) DO UPDATE SET lead_id = excluded.lead_id, title = excluded.title, first = excluded.first,
			last = excluded.last, articles = excluded.articles, near_duplicates = excluded.near_duplicates,
			sites = excluded.sites, langs = excluded.langs, entities = excluded.entities`)
	if err != nil {
		return err
	}
	defer story.Close()
	for _, st := range ss {
		title := ""
		sites, langs := map[string]int{}, map[string]int{}
		near, n := 0, 0
		for _, m := range st.Members {
			var t, site, lang string
			err := meta.QueryRowContext(ctx, m.ID).Scan(&t, &site, &lang)
			if errors.Is(err, sql.ErrNoRows) {
				continue // deleted meanwhile
			}
			if err != nil {
				return err
			}
			if m.ID == st.Lead {
				title = t
			}
			if site != "" {
				sites[site]++
			}
			if lang != "" {
				langs[lang]++
			}
			var dup any
			if m.NearDuplicateOf != 0 {
				dup = m.NearDuplicateOf
				near++
			}
			if _, err := member.ExecContext(ctx, m.ID, st.ID, dup); err != nil {
				return fmt.Errorf("story %d, article %d: %w", st.ID, m.ID, err)
			}
			n++
		}
		ents := st.Entities
		if ents == nil {
			ents = []string{}
		}
		if _, err := story.ExecContext(ctx, st.ID, st.Lead, title, storyTime(st.First), storyTime(st.Last), n, near,
			jsonStrings(byCount(sites)), jsonStrings(byCount(langs)), jsonStrings(ents)); err != nil {
			return fmt.Errorf("story %d: %w", st.ID, err)
		}
	}
	return nil
}

// storyTime is t as stored, or "" when it is zero.
func storyTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(timeLayout)
}

// byCount returns the keys of m, the largest count first, then by key.
func byCount(m map[string]int) []string {
	keys := slices.Collect(maps.Keys(m))
	slices.SortFunc(keys, func(a, b string) int { return cmp.Or(cmp.Compare(m[b], m[a]), cmp.Compare(a, b)) })
	return keys
}

func jsonStrings(ss []string) string {
	if ss == nil {
		ss = []string{}
	}
	b, _ := json.Marshal(ss) // cannot fail for strings
	return string(b)
}
