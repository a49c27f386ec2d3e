package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/marsad/marsad/internal/feeds"
)

// QueueItem is a link waiting to be fetched, as ClaimQueue hands it out.
type QueueItem struct {
	// URL is the link in its canonical form (CanonicalURL).
	URL   string
	Title string
	// SourceID is the source that published the link; 0 when it is gone.
	SourceID  int64
	Published time.Time
	// Attempts counts the claims of the link, this one included.
	Attempts int
}

// Enqueue queues the links of items published by the source sourceID (0
// for none) and returns how many it added. A link is identified by its
// canonical form (CanonicalURL): one already in the queue, in any state,
// or already stored as an article is not queued again; nor is one that is
// not an absolute http(s) URL. All the items are queued in one
// transaction.
func (s *Store) Enqueue(ctx context.Context, sourceID int64, items []feeds.Item) (added int, err error) {
	if len(items) == 0 {
		return 0, nil
	}
	var src any
	if sourceID != 0 {
		src = sourceID
	}
	now := dbTime(time.Now())
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("storage: enqueue: %w", err)
	}
	defer tx.Rollback()
	stmt, err := tx.PrepareContext(ctx, `INSERT INTO queue (url, source_id, title, published, state, due, added)
		SELECT ?1, CAST(?2 AS BIGINT), ?3, ?4, 'queued', ?5, ?5 WHERE NOT EXISTS (SELECT 1 FROM articles WHERE canonical_url = ?1)
		ON CONFLICT (url) DO NOTHING`)
	if err != nil {
		return 0, fmt.Errorf("storage: enqueue: %w", err)
	}
	defer stmt.Close()
	for _, it := range items {
		key, ok := queueKey(it.URL)
		if !ok {
			continue
		}
		pub := it.Published
		if checkTime(pub) != nil {
			pub = time.Time{}
		}
		res, err := stmt.ExecContext(ctx, key, src, cleanTitle(it.Title), dbTime(pub), now)
		if err != nil {
			return 0, fmt.Errorf("storage: enqueue %s: %w", key, err)
		}
		n, _ := res.RowsAffected()
		added += int(n)
	}
	if err := tx.Commit(); err != nil {
		return 0, fmt.Errorf("storage: enqueue: %w", err)
	}
	return added, nil
}

// queueKey returns the canonical form of an http(s) link.
func queueKey(raw string) (string, bool) {
	c := CanonicalURL(raw)
	u, err := url.Parse(c)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return "", false
	}
	return c, true
}

// ClaimQueue hands out up to limit links that are due at now, the oldest
// first, and holds them for the caller until now+lease: no other claim
// gets them meanwhile. A link whose lease has run out without QueueDone or
// QueueFailed (its crawler was killed mid-fetch) is claimable again. The
// claim is one transaction, so concurrent claimers, in this process or
// another, never get the same link: on PostgreSQL it locks the rows it
// takes and skips those another claim holds (FOR UPDATE SKIP LOCKED); on
// SQLite the transaction holds the write lock from its start (BEGIN
// IMMEDIATE).
func (s *Store) ClaimQueue(ctx context.Context, now time.Time, lease time.Duration, limit int) ([]QueueItem, error) {
	if limit <= 0 {
		return nil, nil
	}
	if lease < time.Second {
		return nil, fmt.Errorf("storage: claim queue: lease %v is shorter than a second", lease)
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("storage: claim queue: %w", err)
	}
	defer tx.Rollback()
	rows, err := tx.QueryContext(ctx, `SELECT url, title, coalesce(source_id, 0), published, attempts FROM queue
		WHERE state IN ('queued', 'claimed') AND due <= ? ORDER BY due, added, url LIMIT ?`+s.skipLocked(), dbTime(now), limit)
	if err != nil {
		return nil, fmt.Errorf("storage: claim queue: %w", err)
	}
	var out []QueueItem
	for rows.Next() {
		var it QueueItem
		var pub sql.NullString
		if err := rows.Scan(&it.URL, &it.Title, &it.SourceID, &pub, &it.Attempts); err != nil {
			rows.Close()
			return nil, fmt.Errorf("storage: claim queue: %w", err)
		}
		if it.Published, err = parseTime(pub); err != nil {
			rows.Close()
			return nil, fmt.Errorf("storage: claim queue: %w", err)
		}
		it.Attempts++
		out = append(out, it)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("storage: claim queue: %w", err)
	}
	until := dbTime(now.Add(lease))
	for _, it := range out {
		if _, err := tx.ExecContext(ctx, `UPDATE queue SET state = 'claimed', due = ?, attempts = ? WHERE url = ?`,
			until, it.Attempts, it.URL); err != nil {
			return nil, fmt.Errorf("storage: claim queue: %w", err)
		}
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("storage: claim queue: %w", err)
	}
	return out, nil
}

// QueueDone marks the claimed link it fetched, as the article articleID
// (0 when it gave none). It returns an error wrapping ErrLeaseLost when
// its claim is no longer the last one (another crawler claimed the link
// after this one's lease ran out; its outcome stands), and one wrapping
// ErrNotFound when the link is not in the queue (its source was removed
// meanwhile, say).
func (s *Store) QueueDone(ctx context.Context, it QueueItem, articleID int64) error {
	var art any
	if articleID != 0 {
		art = articleID
	}
	return s.finishQueued(ctx, it, `UPDATE queue SET state = 'done', finished = ?, article_id = ?, reason = ''`,
		dbTime(time.Now()), art)
}

// QueueFailed records that fetching the claimed link it failed for
// reason. With a retryAt the link is queued again, due then; with a zero
// retryAt it has failed for good. The reason is kept either way. Its
// errors are QueueDone's.
func (s *Store) QueueFailed(ctx context.Context, it QueueItem, reason string, retryAt time.Time) error {
	reason = strings.TrimSpace(reason)
	if retryAt.IsZero() {
		return s.finishQueued(ctx, it, `UPDATE queue SET state = 'failed', finished = ?, reason = ?`,
			dbTime(time.Now()), reason)
	}
	if err := checkTime(retryAt); err != nil {
		return fmt.Errorf("storage: queue %s: retry: %w", it.URL, err)
	}
	return s.finishQueued(ctx, it, `UPDATE queue SET state = 'queued', due = ?, reason = ?`, dbTime(retryAt), reason)
}

// finishQueued runs the update set with args on the row of it,
// while its claim is the last one.
func (s *Store) finishQueued(ctx context.Context, it QueueItem, set string, args ...any) error {
	key := CanonicalURL(it.URL)
	res, err := s.db.ExecContext(ctx, set+` WHERE url = ? AND state = 'claimed' AND attempts = ?`, append(args, key, it.Attempts)...)
	if err != nil {
		return fmt.Errorf("storage: queue %s: %w", key, err)
	}
	if n, _ := res.RowsAffected(); n > 0 {
		return nil
	}
	var one int
	switch err := s.db.QueryRowContext(ctx, `SELECT 1 FROM queue WHERE url = ?`, key).Scan(&one); {
	case errors.Is(err, sql.ErrNoRows):
		return fmt.Errorf("storage: queue %s: %w", key, ErrNotFound)
	case err != nil:
		return fmt.Errorf("storage: queue %s: %w", key, err)
	}
	return fmt.Errorf("storage: queue %s, attempt %d: %w", key, it.Attempts, ErrLeaseLost)
}

// QueueStats counts the links of the queue by state.
type QueueStats struct {
	// Queued links wait to be fetched, including claimed ones whose lease
	// has run out.
	Queued int `json:"queued"`
	// Claimed links are held by a crawler now.
	Claimed int `json:"claimed"`
	Done    int `json:"done"`
	// Failed links were given up on.
	Failed int `json:"failed"`
}

// QueueStats counts the links of the queue by state, now.
func (s *Store) QueueStats(ctx context.Context) (QueueStats, error) {
	var st QueueStats
	now := dbTime(time.Now())
	err := s.db.QueryRowContext(ctx, `SELECT
			coalesce(`+countWhere(`state = 'queued' OR (state = 'claimed' AND due <= ?1)`)+`, 0),
			coalesce(`+countWhere(`state = 'claimed' AND due > ?1`)+`, 0),
			coalesce(`+countWhere(`state = 'done'`)+`, 0),
			coalesce(`+countWhere(`state = 'failed'`)+`, 0)
		FROM queue`, now).Scan(&st.Queued, &st.Claimed, &st.Done, &st.Failed)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return QueueStats{}, fmt.Errorf("storage: queue stats: %w", err)
	}
	return st, nil
}

// skipLocked ends a claim's SELECT: on PostgreSQL it locks the rows
// selected until the transaction ends and passes over rows another
// transaction has locked, so that concurrent claims take different rows
// without waiting for each other. SQLite has no row locks: its
// transactions take the database's write lock at BEGIN (see dsn), so one
// claim runs at a time.
func (s *Store) skipLocked() string {
	if s.db.dialect == postgresDialect {
		return " FOR UPDATE SKIP LOCKED"
	}
	return ""
}
