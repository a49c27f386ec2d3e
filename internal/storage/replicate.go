package storage

import (
	"context"
	"database/sql"
	"fmt"
	"time"
)

// Replicate adds copies of every article stored now, for load tests at a
// size no corpus at hand has: copy k (1…copies) of an article gets a new
// id, the URL with "#copy-k", a content hash of its own, its publication
// time moved k×shift later, and the article's mentions, quotations,
// amounts, dates and events. The copies are indexed like the original
// (its terms are computed once for all its copies). It returns the number
// of articles added.
func (s *Store) Replicate(ctx context.Context, copies int, shift time.Duration) (int, error) {
	if s.db.dialect == postgresDialect {
		return s.replicatePostgres(ctx, copies, shift)
	}
	var maxID int64
	if err := s.db.QueryRowContext(ctx, `SELECT coalesce(max(id), 0) FROM articles`).Scan(&maxID); err != nil {
		return 0, fmt.Errorf("storage: replicate: %w", err)
	}
	added := 0
	const batch = 200
	for after := int64(0); after < maxID; after += batch {
		n, err := s.replicateBatch(ctx, after, min(after+batch, maxID), copies, shift)
		added += n
		if err != nil {
			return added, fmt.Errorf("storage: replicate: %w", err)
		}
	}
	return added, nil
}

func (s *Store) replicateBatch(ctx context.Context, from, to int64, copies int, shift time.Duration) (int, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, err
	}
	defer tx.Rollback()
	docs, err := s.indexedDocs(ctx, tx, `SELECT id, title, text FROM articles WHERE id > ? AND id <= ? ORDER BY id`, from, to)
	if err != nil {
		return 0, err
	}
	w, err := s.newWriter(ctx, tx)
	if err != nil {
		return 0, err
	}
	defer w.close()
	n := 0
	for _, d := range docs {
		var published sql.NullString
		if err := tx.QueryRowContext(ctx, `SELECT published FROM articles WHERE id = ?`, d.id).Scan(&published); err != nil {
			return n, err
		}
		t, err := parseTime(published)
		if err != nil {
			return n, fmt.Errorf("article %d: %w", d.id, err)
		}
		for k := 1; k <= copies; k++ {
			secs := int64(shift.Seconds()) * int64(k)
			if err := replicateOne(ctx, tx, w, d, k, shifted(t, secs)); err != nil {
				return n, err
			}
			n++
		}
	}
	return n, tx.Commit()
}

// shifted returns the stored form of t moved secs seconds later, or nil
// (NULL) when t is zero: a copy of an article without a publication time
// has none either. It is computed here, not in SQL, because SQLite's
// strftime has no PostgreSQL equivalent that writes the same text.
func shifted(t time.Time, secs int64) any {
	if t.IsZero() {
		return nil
	}
	return dbTime(t.Add(time.Duration(secs) * time.Second))
}

// replicateOne adds copy k of article d, published at published, with
// its full-text document and its analysis. Mentions and events are
// copied in key order, as entityWriter writes them: the triggers lock
// rollup rows in that order.
func replicateOne(ctx context.Context, tx *sqlTx, w *writer, d indexedDoc, k int, published any) error {
	suffix := fmt.Sprintf("#copy-%d", k)
	var id int64
	err := tx.QueryRowContext(ctx, `INSERT INTO articles (url, canonical_url, title, description, byline, published, lang, site,
			hash, fetched, format, created_at, updated_at, text)
		SELECT CASE WHEN url = '' THEN '' ELSE url || ?2 END, CASE WHEN canonical_url = '' THEN '' ELSE canonical_url || ?2 END,
			title, description, byline, ?3, lang, site, hash || ?2, fetched, format, created_at, updated_at, text
		FROM articles WHERE id = ?1
		RETURNING id`, d.id, suffix, published).Scan(&id)
	if err != nil {
		return err
	}
	if err := w.index(ctx, id, &d.doc, false); err != nil {
		return err
	}
	for _, q := range []string{
		`INSERT INTO mentions (article_id, entity_id, start, "end", text)
			SELECT ?2, entity_id, start, "end", text FROM mentions WHERE article_id = ?1
			ORDER BY entity_id, text, start, "end"`,
		`INSERT INTO quotes (article_id, start, "end", speaker_id, speaker, text, cue, kind, at)
			SELECT ?2, start, "end", speaker_id, speaker, text, cue, kind,
				(SELECT coalesce(published, created_at) FROM articles WHERE id = ?2) FROM quotes WHERE article_id = ?1`,
		`INSERT INTO amounts (article_id, start, "end", value, unit, kind, direction, approx, object, period, text)
			SELECT ?2, start, "end", value, unit, kind, direction, approx, object, period, text FROM amounts WHERE article_id = ?1`,
		`INSERT INTO dates (article_id, start, "end", value, precision, text)
			SELECT ?2, start, "end", value, precision, text FROM dates WHERE article_id = ?1`,
		`INSERT INTO events (article_id, start, "end", type, cameo, actor_id, actor, recipient_id, recipient, date, place_id, place,
				trigger, text, happening)
			SELECT ?2, start, "end", type, cameo, actor_id, actor, recipient_id, recipient, date, place_id, place,
				trigger, text, happening FROM events WHERE article_id = ?1
			ORDER BY happening, start, type, actor_id, recipient_id`,
	} {
		if _, err := tx.ExecContext(ctx, q, d.id, id); err != nil {
			return err
		}
	}
	return nil
}
