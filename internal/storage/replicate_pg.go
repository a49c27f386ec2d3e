package storage

import (
	"context"
	"fmt"
	"time"
)

// replicatePostgres is Replicate on PostgreSQL, done by sets instead of
// article by article, so that a store of a million articles is made in
// minutes: one transaction per copy number k copies every original
// article and its index document (the text is the same, so are its terms)
// and analysis, then brings the rollups and the index statistics up to
// date with a few grouped statements instead of a trigger per row. The
// copies get the ids, URLs, hashes and publication times that Replicate
// gives them on SQLite, where they are made one by one: copy k of the
// article of rank r (0, 1, … in id order) gets id max + r×copies + k.
// The tables it writes are locked meanwhile (ALTER TABLE … DISABLE
// TRIGGER): it is a tool for load tests, not for a store in service.
func (s *Store) replicatePostgres(ctx context.Context, copies int, shift time.Duration) (int, error) {
	var maxID, originals int64
	if err := s.db.QueryRowContext(ctx, `SELECT coalesce(max(id), 0), count(*) FROM articles`).Scan(&maxID, &originals); err != nil {
		return 0, fmt.Errorf("storage: replicate: %w", err)
	}
	added := 0
	for k := 1; k <= copies; k++ {
		if err := s.replicateCopy(ctx, maxID, originals, copies, k, int64(shift.Seconds())*int64(k)); err != nil {
			return added, fmt.Errorf("storage: replicate: copy %d: %w", k, err)
		}
		added += int(originals)
	}
	return added, nil
}

// replicateCopy adds copy k of every article with an id up to maxID,
// published secs seconds later, in one transaction.
func (s *Store) replicateCopy(ctx context.Context, maxID, originals int64, copies, k int, secs int64) error {
	recentFloor := maxID + originals*int64(copies) - recentIDs
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	suffix := fmt.Sprintf("#copy-%d", k)
	steps := []struct {
		query string
		args  []any
	}{
		{`ALTER TABLE mentions DISABLE TRIGGER USER`, nil},
		{`ALTER TABLE events DISABLE TRIGGER USER`, nil},
		{`ALTER TABLE articles_fts DISABLE TRIGGER USER`, nil},
		{`CREATE TEMP TABLE replica ON COMMIT DROP AS
			SELECT id AS old, ?::bigint + (row_number() OVER (ORDER BY id) - 1) * ?::bigint + ?::bigint AS new
			FROM articles WHERE id <= ?::bigint`, []any{maxID, copies, k, maxID}},
		{`INSERT INTO articles (id, url, canonical_url, title, description, byline, published, lang, site,
				hash, fetched, format, created_at, updated_at, text)
			SELECT r.new, CASE WHEN a.url = '' THEN '' ELSE a.url || ?::text END,
				CASE WHEN a.canonical_url = '' THEN '' ELSE a.canonical_url || ?::text END,
				a.title, a.description, a.byline,
				to_char((a.published::timestamptz + make_interval(secs => ?::bigint)) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
				a.lang, a.site, a.hash || ?::text, a.fetched, a.format, a.created_at, a.updated_at, a.text
			FROM replica r JOIN articles a ON a.id = r.old ORDER BY r.new`, []any{suffix, suffix, secs, suffix}},
		{`INSERT INTO articles_fts (article_id, terms, title_tf, text_tf, length)
			SELECT r.new, f.terms, f.title_tf, f.text_tf, f.length FROM replica r JOIN articles_fts f ON f.article_id = r.old`, nil},
		{`INSERT INTO fts_counts (article_id, length, hashes, title_tf, text_tf)
			SELECT r.new, c.length, c.hashes, c.title_tf, c.text_tf FROM replica r JOIN fts_counts c ON c.article_id = r.old
			ORDER BY r.new`, nil},
		{`INSERT INTO fts_terms AS ft (term, docs)
			SELECT t, count(*) FROM replica r JOIN articles_fts f ON f.article_id = r.old, unnest(f.terms) t GROUP BY t
			ON CONFLICT (term) DO UPDATE SET docs = ft.docs + excluded.docs`, nil},
		{`INSERT INTO mentions (article_id, entity_id, start, "end", text)
			SELECT r.new, m.entity_id, m.start, m."end", m.text FROM replica r JOIN mentions m ON m.article_id = r.old`, nil},
		{`INSERT INTO quotes (article_id, start, "end", speaker_id, speaker, text, cue, kind, at)
			SELECT r.new, q.start, q."end", q.speaker_id, q.speaker, q.text, q.cue, q.kind, coalesce(a.published, a.created_at)
			FROM replica r JOIN quotes q ON q.article_id = r.old JOIN articles a ON a.id = r.new`, nil},
		{`INSERT INTO amounts (article_id, start, "end", value, unit, kind, direction, approx, object, period, text)
			SELECT r.new, m.start, m."end", m.value, m.unit, m.kind, m.direction, m.approx, m.object, m.period, m.text
			FROM replica r JOIN amounts m ON m.article_id = r.old`, nil},
		{`INSERT INTO dates (article_id, start, "end", value, precision, text)
			SELECT r.new, d.start, d."end", d.value, d.precision, d.text FROM replica r JOIN dates d ON d.article_id = r.old`, nil},
		{`INSERT INTO events (article_id, start, "end", type, cameo, actor_id, actor, recipient_id, recipient, date, place_id, place,
				trigger, text, happening)
			SELECT r.new, e.start, e."end", e.type, e.cameo, e.actor_id, e.actor, e.recipient_id, e.recipient, e.date, e.place_id, e.place,
				e.trigger, e.text, e.happening FROM replica r JOIN events e ON e.article_id = r.old`, nil},
		// The rollups the triggers would have kept (see migration 0005).
		{`INSERT INTO entity_articles (entity_id, article_id, day, mentions)
			SELECT m.entity_id, m.article_id, substr(coalesce(a.published, a.created_at), 1, 10), count(*)
			FROM replica r JOIN mentions m ON m.article_id = r.new JOIN articles a ON a.id = r.new
			GROUP BY m.entity_id, m.article_id, a.published, a.created_at`, nil},
		{`INSERT INTO entity_aliases AS al (entity_id, text, mentions)
			SELECT m.entity_id, m.text, count(*) FROM replica r JOIN mentions m ON m.article_id = r.new
			GROUP BY m.entity_id, m.text
			ON CONFLICT (entity_id, text) DO UPDATE SET mentions = al.mentions + excluded.mentions`, nil},
		{`UPDATE entities e SET articles = e.articles + x.articles, mentions = e.mentions + x.mentions
			FROM (SELECT ea.entity_id, count(*) AS articles, sum(ea.mentions) AS mentions
				FROM replica r JOIN entity_articles ea ON ea.article_id = r.new GROUP BY ea.entity_id) x
			WHERE e.id = x.entity_id`, nil},
		// A copy's event is a new report of its original's happening.
		{`UPDATE happenings h SET reports = h.reports + x.reports, latest = greatest(h.latest, x.latest)
			FROM (SELECT e.happening, count(*) AS reports, max(coalesce(a.published, a.created_at)) AS latest
				FROM replica r JOIN events e ON e.article_id = r.new JOIN articles a ON a.id = r.new
				GROUP BY e.happening) x
			WHERE h.key = x.happening`, nil},
		{`UPDATE fts_stats s SET rows = s.rows + x.rows, tokens = s.tokens + x.tokens
			FROM (SELECT r.new % 16 AS shard, count(*) AS rows, sum(f.length) AS tokens
				FROM replica r JOIN articles_fts f ON f.article_id = r.new GROUP BY 1) x
			WHERE s.shard = x.shard`, nil},
		// The copies are the newest articles (migration 0011): those among
		// the newest 100,000 ids that the whole replication makes (copies
		// interleave, so the threshold is the same for every copy number).
		{`DELETE FROM fts_recent WHERE article_id <= ?::bigint`, []any{recentFloor}},
		{`INSERT INTO fts_recent (article_id, terms, title_tf, text_tf, length)
			SELECT r.new, f.terms, f.title_tf, f.text_tf, f.length FROM replica r JOIN articles_fts f ON f.article_id = r.old
			WHERE r.new > ?::bigint ORDER BY r.new`, []any{recentFloor}},
		{`ALTER TABLE mentions ENABLE TRIGGER USER`, nil},
		{`ALTER TABLE events ENABLE TRIGGER USER`, nil},
		{`ALTER TABLE articles_fts ENABLE TRIGGER USER`, nil},
		{`SELECT setval(pg_get_serial_sequence('articles', 'id'), (SELECT max(id) FROM articles))`, nil},
	}
	for _, st := range steps {
		if _, err := tx.ExecContext(ctx, st.query, st.args...); err != nil {
			return fmt.Errorf("%.60s…: %w", st.query, err)
		}
	}
	return tx.Commit()
}
