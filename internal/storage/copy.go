package storage

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/binary"
	"errors"
	"fmt"
	"hash"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
)

// CopyOptions configure Copy. The zero value copies with the defaults.
type CopyOptions struct {
	// BatchSize is how many articles, with all their rows, go into one
	// transaction of the target (500). Other tables go in transactions of
	// four times as many rows.
	BatchSize int
	// Progress, when set, is called after each committed transaction.
	Progress func(CopyProgress)
}

// CopyProgress says how far Copy has come.
type CopyProgress struct {
	// Table is the table being copied.
	Table string
	// Rows is how many of its rows this run has copied so far; Total is how
	// many the source has (for articles; 0 for the others).
	Rows, Total int64
	// LastID is the id of the last article copied (articles only).
	LastID int64
}

// CopyResult says what Copy did.
type CopyResult struct {
	// ResumedAfter is the largest article id the target held when Copy
	// began: 0 for a first run, else the point where an earlier run
	// stopped.
	ResumedAfter int64
	// Articles is how many articles this run copied.
	Articles int64
	// Rows counts the rows this run wrote, by table.
	Rows map[string]int64
}

// Tables that the target builds for itself and Copy does not copy: the
// full-text index (each copied article is indexed again by the target's
// own write path, since the two backends hold it differently), the
// rollups that the target's triggers keep as mentions and events arrive,
// each database's own bookkeeping, and the leases of the processes that
// ran on the source (they do not run on the target).
var derivedTables = map[string]bool{
	"articles_fts": true, "fts_stats": true, "fts_terms": true, "fts_recent": true, "fts_counts": true,
	"entity_articles": true, "entity_aliases": true, "happenings": true,
	"schema_migrations": true, "sqlite_sequence": true, "sqlite_stat1": true, "sqlite_stat4": true,
	"leases": true,
}

// articleTables hold rows that belong to one article, by article_id, and
// are copied in the article's transaction.
var articleTables = []string{"mentions", "quotes", "amounts", "dates", "events", "story_members"}

// earlyTables are copied whole before the articles, which refer to them.
var earlyTables = []string{"entities", "sources"}

// zeroColumns are columns the target's triggers compute as rows arrive:
// they start at their default and are not copied.
var zeroColumns = map[string][]string{"entities": {"articles", "mentions"}}

// copyTable is a table Copy copies, with the columns both stores have.
type copyTable struct {
	name string
	cols []string
}

// Copy copies the store src into dst, which is empty or holds an earlier,
// interrupted copy of src: every table, with the articles' ids kept. The
// articles go in id order, in transactions that each hold a batch of
// articles with their mentions, quotations, amounts, dates, events and
// story memberships and their full-text rows, so that a copy that stops
// (an error, a cancelled ctx, a killed process) leaves whole articles and
// the next run goes on after the largest id in dst. The entities'
// totals, entity_articles, entity_aliases and happenings are built by
// dst's triggers as the rows arrive; the full-text index by dst's own
// indexing. Tables that are not articles' are copied whole on every run,
// skipping the rows dst has. At the end dst's id sequences are moved
// past the ids copied, so that new articles get new ids.
//
// Copy refuses a dst that holds articles which are not a copy of src's
// first ones. Check the result with VerifyCopy.
func Copy(ctx context.Context, dst, src *Store, opts CopyOptions) (CopyResult, error) {
	res := CopyResult{Rows: map[string]int64{}}
	batch := opts.BatchSize
	if batch <= 0 {
		batch = 500
	}
	progress := func(p CopyProgress) {
		if opts.Progress != nil {
			opts.Progress(p)
		}
	}
	sv, err := src.SchemaVersion(ctx)
	if err != nil {
		return res, fmt.Errorf("storage: copy: source: %w", err)
	}
	dv, err := dst.SchemaVersion(ctx)
	if err != nil {
		return res, fmt.Errorf("storage: copy: target: %w", err)
	}
	if sv != dv {
		return res, fmt.Errorf("storage: copy: the source is at schema version %d, the target at %d: open both with the same marsad", sv, dv)
	}
	plan, err := copyPlan(ctx, dst, src)
	if err != nil {
		return res, fmt.Errorf("storage: copy: %w", err)
	}
	after, err := resumePoint(ctx, dst, src)
	if err != nil {
		return res, fmt.Errorf("storage: copy: %w", err)
	}
	res.ResumedAfter = after

	for _, t := range plan.early {
		n, err := copyWhole(ctx, dst, src, t, 4*batch, progress)
		res.Rows[t.name] += n
		if err != nil {
			return res, fmt.Errorf("storage: copy %s: %w", t.name, err)
		}
	}
	var total int64
	if err := src.db.QueryRowContext(ctx, `SELECT count(*) FROM articles`).Scan(&total); err != nil {
		return res, fmt.Errorf("storage: copy: %w", err)
	}
	done, _ := countBelow(ctx, dst, after)
	for {
		n, last, rows, err := copyArticles(ctx, dst, src, plan, after, batch)
		for k, v := range rows {
			res.Rows[k] += v
		}
		if err != nil {
			return res, fmt.Errorf("storage: copy articles after id %d: %w", after, err)
		}
		if n == 0 {
			break
		}
		res.Articles += n
		done += n
		after = last
		progress(CopyProgress{Table: "articles", Rows: done, Total: total, LastID: last})
	}
	for _, t := range plan.late {
		n, err := copyWhole(ctx, dst, src, t, 4*batch, progress)
		res.Rows[t.name] += n
		if err != nil {
			return res, fmt.Errorf("storage: copy %s: %w", t.name, err)
		}
	}
	floors, err := src.lastIDs(ctx)
	if err != nil {
		return res, fmt.Errorf("storage: copy: %w", err)
	}
	if err := dst.advanceIDs(ctx, floors); err != nil {
		return res, fmt.Errorf("storage: copy: advance id sequences: %w", err)
	}
	return res, nil
}

// plan is what Copy copies, in its order: tables copied whole before the
// articles, the articles, the articles' tables, tables copied whole after.
type plan struct {
	early, late []copyTable
	articles    copyTable
	perArticle  []copyTable
}

// copyPlan lists src's tables and the columns to copy of each. A column
// of src that dst lacks is an error (its data would be lost); a column of
// dst that src lacks gets its default.
func copyPlan(ctx context.Context, dst, src *Store) (plan, error) {
	var p plan
	names, err := src.tables(ctx)
	if err != nil {
		return p, err
	}
	dnames, err := dst.tables(ctx)
	if err != nil {
		return p, err
	}
	for _, name := range names {
		if derivedTables[name] || strings.HasPrefix(name, "articles_fts_") || strings.HasPrefix(name, "sqlite_") {
			continue
		}
		if !slices.Contains(dnames, name) {
			return p, fmt.Errorf("the target has no table %s", name)
		}
		scols, err := src.columns(ctx, name)
		if err != nil {
			return p, err
		}
		dcols, err := dst.columns(ctx, name)
		if err != nil {
			return p, err
		}
		var cols []string
		for _, c := range scols {
			if !slices.Contains(dcols, c) {
				return p, fmt.Errorf("the target's table %s has no column %s", name, c)
			}
			if !slices.Contains(zeroColumns[name], c) {
				cols = append(cols, c)
			}
		}
		t := copyTable{name: name, cols: cols}
		switch {
		case name == "articles":
			p.articles = t
		case slices.Contains(articleTables, name):
			p.perArticle = append(p.perArticle, t)
		case slices.Contains(earlyTables, name):
			p.early = append(p.early, t)
		default:
			p.late = append(p.late, t)
		}
	}
	if p.articles.name == "" {
		return p, errors.New("the source has no articles table")
	}
	slices.SortFunc(p.early, func(a, b copyTable) int {
		return slices.Index(earlyTables, a.name) - slices.Index(earlyTables, b.name)
	})
	return p, nil
}

// tables returns the names of the store's tables.
func (s *Store) tables(ctx context.Context) ([]string, error) {
	q := `SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`
	if s.db.dialect == postgresDialect {
		q = `SELECT table_name FROM information_schema.tables
			WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`
	}
	return s.strings(ctx, q)
}

// columns returns the names of a table's columns, in their order.
func (s *Store) columns(ctx context.Context, table string) ([]string, error) {
	q := `SELECT name FROM pragma_table_info(?) ORDER BY cid`
	if s.db.dialect == postgresDialect {
		q = `SELECT column_name FROM information_schema.columns
			WHERE table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position`
	}
	return s.strings(ctx, q, table)
}

func (s *Store) strings(ctx context.Context, query string, args ...any) ([]string, error) {
	rows, err := s.db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var v string
		if err := rows.Scan(&v); err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, rows.Err()
}

// resumePoint returns the largest article id in dst, after checking that
// dst's articles are src's first ones: as many as src has up to that id,
// the last with the same hash.
func resumePoint(ctx context.Context, dst, src *Store) (int64, error) {
	var last sql.NullInt64
	var n int64
	if err := dst.db.QueryRowContext(ctx, `SELECT max(id), count(*) FROM articles`).Scan(&last, &n); err != nil {
		return 0, err
	}
	if !last.Valid {
		return 0, nil
	}
	var sn int64
	if err := src.db.QueryRowContext(ctx, `SELECT count(*) FROM articles WHERE id <= ?`, last.Int64).Scan(&sn); err != nil {
		return 0, err
	}
	var dh, sh string
	if err := dst.db.QueryRowContext(ctx, `SELECT hash FROM articles WHERE id = ?`, last.Int64).Scan(&dh); err != nil {
		return 0, err
	}
	err := src.db.QueryRowContext(ctx, `SELECT hash FROM articles WHERE id = ?`, last.Int64).Scan(&sh)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return 0, err
	}
	if sn != n || sh != dh {
		return 0, fmt.Errorf("the target holds %d articles (up to id %d) that are not a copy of the source's: copy into an empty database", n, last.Int64)
	}
	return last.Int64, nil
}

// countBelow returns how many articles dst has with ids up to id.
func countBelow(ctx context.Context, s *Store, id int64) (int64, error) {
	var n int64
	err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM articles WHERE id <= ?`, id).Scan(&n)
	return n, err
}

// copyArticles copies up to batch articles of src with ids above after,
// with their rows, into dst in one transaction, indexes them there, and
// returns how many it copied, the last id, and the rows written by table.
func copyArticles(ctx context.Context, dst, src *Store, p plan, after int64, batch int) (n, last int64, rows map[string]int64, err error) {
	rows = map[string]int64{}
	arts, err := src.readRows(ctx, p.articles.cols, `SELECT `+columnList(p.articles.cols)+` FROM articles WHERE id > ? ORDER BY id LIMIT ?`, after, batch)
	if err != nil || len(arts) == 0 {
		return 0, after, rows, err
	}
	idCol := slices.Index(p.articles.cols, "id")
	if idCol < 0 {
		return 0, after, rows, errors.New("articles has no id column")
	}
	last, ok := arts[len(arts)-1][idCol].(int64)
	if !ok {
		return 0, after, rows, fmt.Errorf("article id %v is not an integer", arts[len(arts)-1][idCol])
	}
	tx, err := dst.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, after, rows, err
	}
	defer tx.Rollback()
	w, err := insertRows(ctx, tx, p.articles, arts)
	if err != nil {
		return 0, after, rows, err
	}
	if w != int64(len(arts)) {
		return 0, after, rows, fmt.Errorf("the target already holds %d of the articles with ids %d to %d under other ids (the same text or canonical URL): copy into an empty database",
			int64(len(arts))-w, after+1, last)
	}
	written := map[string]int64{"articles": w}
	for _, t := range p.perArticle {
		rs, err := src.readRows(ctx, t.cols, `SELECT `+columnList(t.cols)+` FROM `+quoteIdent(t.name)+
			` WHERE article_id > ? AND article_id <= ? ORDER BY article_id`, after, last)
		if err != nil {
			return 0, after, rows, fmt.Errorf("%s: %w", t.name, err)
		}
		w, err := insertRows(ctx, tx, t, rs)
		if err != nil {
			return 0, after, rows, fmt.Errorf("%s: %w", t.name, err)
		}
		written[t.name] = w
	}
	if err := dst.indexCopied(ctx, tx, after, last); err != nil {
		return 0, after, rows, fmt.Errorf("full-text index: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return 0, after, rows, err
	}
	return int64(len(arts)), last, written, nil
}

// indexCopied writes the full-text rows of dst's articles with ids in
// (after, last], in tx, through the store's own indexing.
func (s *Store) indexCopied(ctx context.Context, tx *sqlTx, after, last int64) error {
	docs, err := s.indexedDocs(ctx, tx, `SELECT id, title, text FROM articles WHERE id > ? AND id <= ? ORDER BY id`, after, last)
	if err != nil {
		return err
	}
	w, err := s.newWriter(ctx, tx)
	if err != nil {
		return err
	}
	defer w.close()
	for _, d := range docs {
		if err := w.index(ctx, d.id, &d.doc, true); err != nil {
			return err
		}
	}
	return nil
}

// copyWhole copies every row of table t from src into dst, in
// transactions of batch rows, skipping rows dst already has (by any
// unique key), and returns how many it wrote.
func copyWhole(ctx context.Context, dst, src *Store, t copyTable, batch int, progress func(CopyProgress)) (int64, error) {
	rows, err := src.db.QueryContext(ctx, `SELECT `+columnList(t.cols)+` FROM `+quoteIdent(t.name))
	if err != nil {
		return 0, err
	}
	defer rows.Close()
	var written, read int64
	buf := make([][]any, 0, batch)
	flush := func() error {
		if len(buf) == 0 {
			return nil
		}
		tx, err := dst.db.BeginTx(ctx, nil)
		if err != nil {
			return err
		}
		defer tx.Rollback()
		n, err := insertRows(ctx, tx, t, buf)
		if err != nil {
			return err
		}
		if err := tx.Commit(); err != nil {
			return err
		}
		written += n
		read += int64(len(buf))
		buf = buf[:0]
		progress(CopyProgress{Table: t.name, Rows: read})
		return nil
	}
	for rows.Next() {
		r, err := scanAny(rows, len(t.cols))
		if err != nil {
			return written, err
		}
		buf = append(buf, r)
		if len(buf) == batch {
			if err := flush(); err != nil {
				return written, err
			}
		}
	}
	if err := rows.Err(); err != nil {
		return written, err
	}
	return written, flush()
}

// readRows runs query on s and returns its rows, of n columns each.
func (s *Store) readRows(ctx context.Context, cols []string, query string, args ...any) ([][]any, error) {
	rows, err := s.db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out [][]any
	for rows.Next() {
		r, err := scanAny(rows, len(cols))
		if err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// scanAny reads one row of n columns as the driver gives them.
func scanAny(rows *sql.Rows, n int) ([]any, error) {
	vals := make([]any, n)
	ptrs := make([]any, n)
	for i := range vals {
		ptrs[i] = &vals[i]
	}
	if err := rows.Scan(ptrs...); err != nil {
		return nil, err
	}
	return vals, nil
}

// maxParams bounds the placeholders of one statement: SQLite allows
// 32766, PostgreSQL 65535.
const maxParams = 30000

// insertRows inserts rows into t in tx, a few hundred per statement,
// skipping those that conflict with a row already there, and returns how
// many it inserted.
func insertRows(ctx context.Context, tx *sqlTx, t copyTable, rows [][]any) (int64, error) {
	per := max(1, min(500, maxParams/len(t.cols)))
	var written int64
	for len(rows) > 0 {
		chunk := rows[:min(per, len(rows))]
		rows = rows[len(chunk):]
		var b strings.Builder
		b.WriteString(`INSERT INTO ` + quoteIdent(t.name) + ` (` + columnList(t.cols) + `) VALUES `)
		args := make([]any, 0, len(chunk)*len(t.cols))
		for i, r := range chunk {
			if i > 0 {
				b.WriteByte(',')
			}
			b.WriteByte('(')
			for j, v := range r {
				if j > 0 {
					b.WriteByte(',')
				}
				args = append(args, v)
				if tx.dialect == postgresDialect {
					b.WriteString("$" + strconv.Itoa(len(args)))
				} else {
					b.WriteByte('?')
				}
			}
			b.WriteByte(')')
		}
		b.WriteString(` ON CONFLICT DO NOTHING`)
		// Placeholders are written for the dialect already: the statement
		// bypasses rebind and its cache, which would keep every size.
		res, err := tx.Tx.ExecContext(ctx, b.String(), args...)
		if err != nil {
			return written, err
		}
		n, err := res.RowsAffected()
		if err != nil {
			return written, err
		}
		written += n
	}
	return written, nil
}

// quoteIdent quotes a table or column name ("end" is reserved in
// PostgreSQL).
func quoteIdent(s string) string { return `"` + strings.ReplaceAll(s, `"`, `""`) + `"` }

func columnList(cols []string) string {
	q := make([]string, len(cols))
	for i, c := range cols {
		q[i] = quoteIdent(c)
	}
	return strings.Join(q, ", ")
}

// lastIDs returns, by table, the last id that the store's sequences handed
// out, which may be above the largest id still stored: ids are never
// reused.
func (s *Store) lastIDs(ctx context.Context) (map[string]int64, error) {
	out := map[string]int64{}
	if s.db.dialect == sqliteDialect {
		rows, err := s.db.QueryContext(ctx, `SELECT name, seq FROM sqlite_sequence`)
		if err != nil {
			return nil, err
		}
		defer rows.Close()
		for rows.Next() {
			var name string
			var seq int64
			if err := rows.Scan(&name, &seq); err != nil {
				return nil, err
			}
			out[name] = seq
		}
		return out, rows.Err()
	}
	cols, err := s.identityColumns(ctx)
	if err != nil {
		return nil, err
	}
	for _, c := range cols {
		var v sql.NullInt64
		if err := s.db.QueryRowContext(ctx, `SELECT pg_sequence_last_value(pg_get_serial_sequence(?, ?))`,
			quoteIdent(c[0]), c[1]).Scan(&v); err != nil {
			return nil, err
		}
		out[c[0]] = v.Int64
	}
	return out, nil
}

// identityColumns returns the PostgreSQL store's (table, column) pairs
// whose values come from a sequence.
func (s *Store) identityColumns(ctx context.Context) ([][2]string, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT table_name, column_name FROM information_schema.columns
		WHERE table_schema = current_schema() AND (is_identity = 'YES' OR column_default LIKE 'nextval(%')
		ORDER BY table_name`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out [][2]string
	for rows.Next() {
		var c [2]string
		if err := rows.Scan(&c[0], &c[1]); err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// advanceIDs moves the store's id sequences past the largest id of each
// table and past floors[table], so that the next row of each gets an id
// never used in the source.
func (s *Store) advanceIDs(ctx context.Context, floors map[string]int64) error {
	if s.db.dialect == sqliteDialect {
		// Explicit ids move SQLite's sequences themselves; only the
		// source's ids above its largest stored one remain.
		for name, v := range floors {
			res, err := s.db.ExecContext(ctx, `UPDATE sqlite_sequence SET seq = ?1 WHERE name = ?2 AND seq < ?1`, v, name)
			if err != nil {
				return err
			}
			if n, _ := res.RowsAffected(); n > 0 {
				continue
			}
			if _, err := s.db.ExecContext(ctx, `INSERT INTO sqlite_sequence (name, seq)
				SELECT ?1, ?2 WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = ?1)`, name, v); err != nil {
				return err
			}
		}
		return nil
	}
	cols, err := s.identityColumns(ctx)
	if err != nil {
		return err
	}
	for _, c := range cols {
		var top sql.NullInt64
		if err := s.db.QueryRowContext(ctx, `SELECT max(`+quoteIdent(c[1])+`) FROM `+quoteIdent(c[0])).Scan(&top); err != nil {
			return err
		}
		v := max(top.Int64, floors[c[0]])
		if v < 1 {
			continue
		}
		if _, err := s.db.ExecContext(ctx, `SELECT setval(pg_get_serial_sequence(?, ?), greatest(?, coalesce(pg_sequence_last_value(pg_get_serial_sequence(?, ?)), 0)))`,
			quoteIdent(c[0]), c[1], v, quoteIdent(c[0]), c[1]); err != nil {
			return fmt.Errorf("%s.%s: %w", c[0], c[1], err)
		}
	}
	return nil
}

// TableCheck compares one table of two stores: its rows and a checksum of
// them, which does not depend on their order.
type TableCheck struct {
	Table                  string
	SourceRows, TargetRows int64
	// SourceSum and TargetSum are the checksums, in hex; empty for a
	// table compared by its rows only (the full-text index, which the
	// backends hold differently).
	SourceSum, TargetSum string
}

// OK reports whether the two stores agree on the table.
func (c TableCheck) OK() bool {
	return c.SourceRows == c.TargetRows && c.SourceSum == c.TargetSum
}

// ErrCopyDiffers is returned, wrapped, by VerifyCopy when the stores
// differ.
var ErrCopyDiffers = errors.New("the copy differs from the source")

// VerifyCopy compares dst with src, the store it was copied from, table by
// table: the rows and a checksum of every copied column of every copied
// table, of the rollups the target built (entity_articles,
// entity_aliases, happenings, the entities' totals) and the rows of the
// full-text index. It returns the comparisons, and an error wrapping
// ErrCopyDiffers if a table differs, or an error if dst's rollups disagree
// with its rows (VerifyRollups).
func VerifyCopy(ctx context.Context, dst, src *Store) ([]TableCheck, error) {
	p, err := copyPlan(ctx, dst, src)
	if err != nil {
		return nil, fmt.Errorf("storage: verify copy: %w", err)
	}
	var tables []copyTable
	tables = append(tables, p.early...)
	tables = append(tables, p.articles)
	tables = append(tables, p.perArticle...)
	tables = append(tables, p.late...)
	for i, t := range tables {
		if zc := zeroColumns[t.name]; zc != nil { // compare the totals too
			tables[i].cols = append(slices.Clone(t.cols), zc...)
		}
	}
	for _, name := range []string{"entity_articles", "entity_aliases", "happenings"} {
		cols, err := src.columns(ctx, name)
		if err != nil {
			return nil, fmt.Errorf("storage: verify copy: %w", err)
		}
		tables = append(tables, copyTable{name: name, cols: cols})
	}
	var checks []TableCheck
	var bad []string
	for _, t := range tables {
		c := TableCheck{Table: t.name}
		var wg sync.WaitGroup
		var serr, derr error
		wg.Add(2)
		go func() { defer wg.Done(); c.SourceRows, c.SourceSum, serr = src.tableSum(ctx, t) }()
		go func() { defer wg.Done(); c.TargetRows, c.TargetSum, derr = dst.tableSum(ctx, t) }()
		wg.Wait()
		if err := errors.Join(serr, derr); err != nil {
			return checks, fmt.Errorf("storage: verify copy: %s: %w", t.name, err)
		}
		checks = append(checks, c)
		if !c.OK() {
			bad = append(bad, t.name)
		}
	}
	c := TableCheck{Table: "articles_fts"}
	if err := src.db.QueryRowContext(ctx, `SELECT count(*) FROM articles_fts`).Scan(&c.SourceRows); err != nil {
		return checks, fmt.Errorf("storage: verify copy: articles_fts: %w", err)
	}
	if err := dst.db.QueryRowContext(ctx, `SELECT count(*) FROM articles_fts`).Scan(&c.TargetRows); err != nil {
		return checks, fmt.Errorf("storage: verify copy: articles_fts: %w", err)
	}
	checks = append(checks, c)
	if !c.OK() {
		bad = append(bad, c.Table)
	}
	if len(bad) > 0 {
		return checks, fmt.Errorf("storage: verify copy: %w in %s", ErrCopyDiffers, strings.Join(bad, ", "))
	}
	if err := dst.VerifyRollups(ctx); err != nil {
		return checks, fmt.Errorf("storage: verify copy: the target's rollups: %w", err)
	}
	return checks, nil
}

// tableSum returns the rows of t and the sum, modulo 2⁶⁴, of a hash of
// each row's columns (see hashRow), in hex.
func (s *Store) tableSum(ctx context.Context, t copyTable) (int64, string, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+columnList(t.cols)+` FROM `+quoteIdent(t.name))
	if err != nil {
		return 0, "", err
	}
	defer rows.Close()
	h := sha256.New()
	var n int64
	var sum uint64
	for rows.Next() {
		r, err := scanAny(rows, len(t.cols))
		if err != nil {
			return 0, "", err
		}
		sum += hashRow(h, r)
		n++
	}
	if err := rows.Err(); err != nil {
		return 0, "", err
	}
	return n, fmt.Sprintf("%016x", sum), nil
}

// hashRow hashes a row's values as the two drivers give them, written in
// one form whatever the backend: an integer in decimal, a float in its
// shortest form, a text with its length, a time as the store writes times.
func hashRow(h hash.Hash, vals []any) uint64 {
	h.Reset()
	var b []byte
	for _, v := range vals {
		switch x := v.(type) {
		case nil:
			b = append(b, 'n')
		case int64:
			b = strconv.AppendInt(append(b, 'i'), x, 10)
		case int32:
			b = strconv.AppendInt(append(b, 'i'), int64(x), 10)
		case bool:
			b = append(b, 'i', '0')
			if x {
				b[len(b)-1] = '1'
			}
		case float64:
			b = strconv.AppendFloat(append(b, 'f'), x, 'g', -1, 64)
		case string:
			b = append(strconv.AppendInt(append(b, 's'), int64(len(x)), 10), ':')
			b = append(b, x...)
		case []byte:
			b = append(strconv.AppendInt(append(b, 's'), int64(len(x)), 10), ':')
			b = append(b, x...)
		case time.Time:
			layout := timeLayout
			if x.Nanosecond() != 0 {
				layout = time.RFC3339Nano
			}
			s := x.UTC().Format(layout)
			b = append(strconv.AppendInt(append(b, 's'), int64(len(s)), 10), ':')
			b = append(b, s...)
		default:
			s := fmt.Sprint(x)
			b = append(strconv.AppendInt(append(b, 's'), int64(len(s)), 10), ':')
			b = append(b, s...)
		}
		b = append(b, 0)
	}
	h.Write(b)
	return binary.BigEndian.Uint64(h.Sum(nil))
}
