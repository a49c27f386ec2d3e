package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"github.com/marsad/marsad/internal/model"
)

// Outcome says what saving an article did.
type Outcome int

const (
	// Inserted means the article was new and is now stored.
	Inserted Outcome = iota + 1
	// Unchanged means the store already held this text (the same content
	// hash, under this or another URL); nothing was written.
	Unchanged
	// Updated means the store held an article with the same identity
	// (canonical URL) and other text; that row now holds the new version.
	Updated
	// Rejected means the article could not be stored as it is (no text, a
	// date out of range); SaveResult.Err says why. Only SaveArticles
	// reports it: SaveArticle returns the error.
	Rejected
)

// String returns "inserted", "unchanged" or "updated".
func (o Outcome) String() string {
	switch o {
	case Inserted:
		return "inserted"
	case Unchanged:
		return "unchanged"
	case Updated:
		return "updated"
	case Rejected:
		return "rejected"
	}
	return fmt.Sprintf("Outcome(%d)", int(o))
}

// MarshalText writes the outcome as String does, for JSON and logs.
func (o Outcome) MarshalText() ([]byte, error) { return []byte(o.String()), nil }

// SaveResult reports what happened to one saved article.
type SaveResult struct {
	// ID is the id of the row that holds the article's text: the new row,
	// the updated row, or the row that already held it.
	ID int64 `json:"id"`
	// Outcome says whether the article was inserted, updated, unchanged or
	// rejected.
	Outcome Outcome `json:"outcome"`
	// Err says why a Rejected article was not stored; nil otherwise.
	Err error `json:"-"`
}

// ErrNoText is returned, wrapped, for an article without text: there is
// nothing to hash, index or show.
var ErrNoText = errors.New("article has no text")

// SaveArticle stores a, or finds it already stored, in one transaction that
// writes the article row and its full-text row together. It sets a.ID, and
// a.Hash when it was empty (to ContentHash(a.Text)).
//
// Which row an article belongs to is decided in this order:
//
//  1. The same content hash is stored (under any URL): Unchanged, and the
//     stored row is left as it is. Re-ingesting a page changes nothing, and a
//     text syndicated under several URLs is stored once, under the first.
//  2. The same identity is stored — CanonicalURL of a.CanonicalURL, or of
//     a.URL when there is no canonical URL — with another hash: Updated.
//  3. Otherwise: Inserted.
//
// An update replaces the stored version in place and re-indexes it, keeping
// the id. The canonical URL names one article, and a newer text under it is
// that article corrected or developed (a fixed typo, a live story that
// grew); keeping both would return stale and current versions side by side
// in every search, and moving it to a new id would break every link,
// bookmark and annotation that refers to the article. The old text is not
// kept: annotations made from it are stale after an update, which their
// owners detect by the changed hash. (Keeping history, if it is ever wanted,
// is a separate table of superseded versions.)
func (s *Store) SaveArticle(ctx context.Context, a *model.Article) (SaveResult, error) {
	rs, err := s.SaveArticles(ctx, []*model.Article{a})
	if err != nil {
		return SaveResult{}, err
	}
	if rs[0].Err != nil {
		return SaveResult{}, rs[0].Err
	}
	return rs[0], nil
}

// SaveArticles saves many articles as SaveArticle does, in transactions of
// up to a few hundred articles each, which is much faster than one
// transaction per article. Articles later in the list see earlier ones: the
// same text twice is Inserted then Unchanged. An article that cannot be
// stored (see ErrNoText) is Rejected, with the reason in its result's Err,
// and does not stop the others.
//
// An error is a failure of the store or of ctx. Then the returned results cover the articles committed before the
// failure, in order (articles[:len(results)]), and only those have their ID
// set; nothing of the failed transaction is stored.
func (s *Store) SaveArticles(ctx context.Context, articles []*model.Article) ([]SaveResult, error) {
	results := make([]SaveResult, 0, len(articles))
	for len(articles) > 0 {
		n := min(len(articles), max(s.batchSize, 1))
		var rs []SaveResult
		err := s.retry(ctx, func() (err error) {
			rs, err = s.saveBatch(ctx, articles[:n], len(results))
			return err
		})
		if err != nil {
			return results, err
		}
		results = append(results, rs...)
		articles = articles[n:]
	}
	return results, nil
}

// prepared is an article ready to write: hashed, keyed and analysed, work
// done before the write lock is taken.
type prepared struct {
	i         int // index in the batch
	a         *model.Article
	hash, key string
	doc       ftsDoc
}

// saveBatch writes articles in one transaction. offset is the index of the
// first of them in the caller's list, for error messages.
func (s *Store) saveBatch(ctx context.Context, articles []*model.Article, offset int) ([]SaveResult, error) {
	results := make([]SaveResult, len(articles))
	ps := make([]prepared, 0, len(articles))
	for i, a := range articles {
		if err := validate(a); err != nil {
			results[i] = SaveResult{Outcome: Rejected,
				Err: fmt.Errorf("storage: cannot save article %s: %w", articleName(a, offset+i), err)}
			continue
		}
		p := prepared{i: i, a: a, hash: a.Hash, key: identity(a.CanonicalURL, a.URL)}
		if p.hash == "" {
			p.hash = ContentHash(a.Text)
		}
		p.doc = s.ftsDoc(a.Title, a.Text)
		ps = append(ps, p)
	}
	if len(ps) == 0 {
		return results, nil
	}

	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("storage: save articles: %w", err)
	}
	defer tx.Rollback()
	if err := s.lockWrites(ctx, tx); err != nil {
		return nil, fmt.Errorf("storage: save articles: %w", err)
	}
	w, err := s.newWriter(ctx, tx)
	if err != nil {
		return nil, fmt.Errorf("storage: save articles: %w", err)
	}
	defer w.close()
	ew, err := newEntityWriter(ctx, tx)
	if err != nil {
		return nil, fmt.Errorf("storage: save articles: %w", err)
	}
	defer ew.close()
	now := dbTime(s.now())
	for _, p := range ps {
		r, err := w.save(ctx, &p, now)
		if err != nil {
			return nil, fmt.Errorf("storage: save article %s: %w", articleName(p.a, offset+p.i), err)
		}
		results[p.i] = r
		// The analysis goes with the text it was made from: written when
		// the text is, and kept as it is when the text is unchanged.
		if r.Outcome != Unchanged && (p.a.Analysis != nil || r.Outcome == Updated) {
			if err := ew.save(ctx, r.ID, p.a.Analysis, p.a.Published, r.Outcome == Updated); err != nil {
				return nil, fmt.Errorf("storage: save entities of article %s: %w", articleName(p.a, offset+p.i), err)
			}
		}
		if s.afterWrite != nil {
			s.afterWrite(offset + p.i)
		}
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("storage: save articles: commit: %w", err)
	}
	for _, p := range ps {
		p.a.ID = results[p.i].ID
		p.a.Hash = p.hash
	}
	return results, nil
}

// articleName names an article in messages: by its URL, or failing that by
// its place in the caller's list.
func articleName(a *model.Article, i int) string {
	if a != nil && a.URL != "" {
		return a.URL
	}
	return fmt.Sprintf("#%d", i)
}

// validate reports why a cannot be stored, or nil.
func validate(a *model.Article) error {
	if a == nil {
		return errors.New("nil article")
	}
	if strings.TrimSpace(a.Text) == "" {
		return ErrNoText
	}
	if err := checkTime(a.Published); err != nil {
		return fmt.Errorf("published: %w", err)
	}
	if err := checkTime(a.Fetched); err != nil {
		return fmt.Errorf("fetched: %w", err)
	}
	return nil
}

// writer holds the statements of one write transaction.
type writer struct {
	byHash, byKey, insert, update, ftsDelete, ftsInsert *sql.Stmt
	dialect                                             dialect
}

func (s *Store) newWriter(ctx context.Context, tx *sqlTx) (*writer, error) {
	w := &writer{dialect: s.db.dialect}
	ftsDelete, ftsInsert := s.ftsStatements()
	for _, st := range []struct {
		dst   **sql.Stmt
		query string
	}{
		{&w.byHash, `SELECT id FROM articles WHERE hash = ?`},
		// "canonical_url <> ''" lets SQLite use the partial unique index.
		{&w.byKey, `SELECT id FROM articles WHERE canonical_url = ? AND canonical_url <> ''`},
		{&w.insert, `INSERT INTO articles (url, canonical_url, title, description, byline, published,
			lang, site, text, hash, fetched, format, created_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`},
		{&w.update, `UPDATE articles SET url = ?, title = ?, description = ?, byline = ?, published = ?,
			lang = ?, site = ?, text = ?, hash = ?, fetched = ?, format = ?, updated_at = ?
			WHERE id = ?`},
		{&w.ftsDelete, ftsDelete},
		{&w.ftsInsert, ftsInsert},
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

func (w *writer) close() {
	for _, st := range []*sql.Stmt{w.byHash, w.byKey, w.insert, w.update, w.ftsDelete, w.ftsInsert} {
		if st != nil {
			st.Close()
		}
	}
}

// save writes one prepared article; see SaveArticle for the rules.
func (w *writer) save(ctx context.Context, p *prepared, now any) (SaveResult, error) {
	var id int64
	err := w.byHash.QueryRowContext(ctx, p.hash).Scan(&id)
	switch {
	case err == nil:
		return SaveResult{ID: id, Outcome: Unchanged}, nil
	case !errors.Is(err, sql.ErrNoRows):
		return SaveResult{}, err
	}
	a := p.a
	if p.key != "" {
		err := w.byKey.QueryRowContext(ctx, p.key).Scan(&id)
		switch {
		case err == nil:
			if _, err := w.update.ExecContext(ctx, a.URL, a.Title, a.Description, a.Byline, dbTime(a.Published),
				a.Lang, a.Site, a.Text, p.hash, dbTime(a.Fetched), a.Format, now, id); err != nil {
				return SaveResult{}, err
			}
			if err := w.index(ctx, id, &p.doc, true); err != nil {
				return SaveResult{}, err
			}
			return SaveResult{ID: id, Outcome: Updated}, nil
		case !errors.Is(err, sql.ErrNoRows):
			return SaveResult{}, err
		}
	}
	if err := w.insert.QueryRowContext(ctx, a.URL, p.key, a.Title, a.Description, a.Byline, dbTime(a.Published),
		a.Lang, a.Site, a.Text, p.hash, dbTime(a.Fetched), a.Format, now).Scan(&id); err != nil {
		return SaveResult{}, err
	}
	if err := w.index(ctx, id, &p.doc, false); err != nil {
		return SaveResult{}, err
	}
	return SaveResult{ID: id, Outcome: Inserted}, nil
}

// articleColumns are the columns scanArticle reads, in its order.
const articleColumns = `id, url, canonical_url, title, description, byline, published,
	lang, site, text, hash, fetched, format`

// scanArticle reads one row of articleColumns.
func scanArticle(row interface{ Scan(...any) error }) (*model.Article, error) {
	var a model.Article
	var published, fetched sql.NullString
	if err := row.Scan(&a.ID, &a.URL, &a.CanonicalURL, &a.Title, &a.Description, &a.Byline, &published,
		&a.Lang, &a.Site, &a.Text, &a.Hash, &fetched, &a.Format); err != nil {
		return nil, err
	}
	var err error
	if a.Published, err = parseTime(published); err != nil {
		return nil, fmt.Errorf("article %d: published: %w", a.ID, err)
	}
	if a.Fetched, err = parseTime(fetched); err != nil {
		return nil, fmt.Errorf("article %d: fetched: %w", a.ID, err)
	}
	return &a, nil
}

// Article returns the article with the given id, or an error wrapping
// ErrNotFound. Its CanonicalURL is the identity it is stored under (see
// SaveArticle), and its times are in UTC, to the second.
func (s *Store) Article(ctx context.Context, id int64) (*model.Article, error) {
	row := s.db.QueryRowContext(ctx, `SELECT `+articleColumns+` FROM articles WHERE id = ?`, id)
	a, err := scanArticle(row)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("storage: article %d: %w", id, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("storage: article %d: %w", id, err)
	}
	return a, nil
}

// Count returns the number of stored articles.
func (s *Store) Count(ctx context.Context) (int, error) {
	var n int
	if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM articles`).Scan(&n); err != nil {
		return 0, fmt.Errorf("storage: count articles: %w", err)
	}
	return n, nil
}

// Recent returns up to limit articles, newest first: by publication time,
// or by the time they were stored when that is unknown. A limit of zero or
// less means 20.
func (s *Store) Recent(ctx context.Context, limit int) ([]*model.Article, error) {
	if limit <= 0 {
		limit = 20
	}
	rows, err := s.db.QueryContext(ctx, `SELECT `+articleColumns+` FROM articles
		ORDER BY coalesce(published, created_at) DESC, id DESC LIMIT ?`, limit)
	if err != nil {
		return nil, fmt.Errorf("storage: recent articles: %w", err)
	}
	defer rows.Close()
	var as []*model.Article
	for rows.Next() {
		a, err := scanArticle(rows)
		if err != nil {
			return nil, fmt.Errorf("storage: recent articles: %w", err)
		}
		as = append(as, a)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("storage: recent articles: %w", err)
	}
	return as, nil
}
