package storage

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"time"
)

// ErrLeaseLost is returned, wrapped, when a worker reports the outcome of
// a document it no longer holds: its lease ran out and another worker
// claimed the document (or finished it) meanwhile. The other worker's
// outcome stands.
var ErrLeaseLost = errors.New("lease lost")

// Document is a document already in hand (a page, a text dump, one JSON
// article) queued for a worker to analyse and store.
type Document struct {
	// ID identifies the queued document; EnqueueDocuments ignores it.
	ID int64
	// Name is where the document came from (a path, path!member#N).
	Name string
	// URL is the page's address when known (--url), else "".
	URL string
	// Kind is "html", "text", "json" or "" (sniffed from the bytes), as
	// ingest.Item.Kind.
	Kind string
	Data []byte
	// Attempts counts the claims of the document, this one included; it
	// fences the outcome (DocumentDone, DocumentFailed) to the last claim.
	Attempts int
}

// documentKey identifies a document by its address and bytes.
func documentKey(d Document) string {
	h := sha256.New()
	h.Write([]byte(d.URL))
	h.Write([]byte{0})
	h.Write(d.Data)
	return hex.EncodeToString(h.Sum(nil))
}

// EnqueueDocuments queues docs for workers and returns how many it added:
// a document already queued (the same URL and bytes), in any state, is not
// queued again. All of docs are queued in one transaction.
func (s *Store) EnqueueDocuments(ctx context.Context, docs []Document) (added int, err error) {
	if len(docs) == 0 {
		return 0, nil
	}
	now := dbTime(time.Now())
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("storage: enqueue documents: %w", err)
	}
	defer tx.Rollback()
	stmt, err := tx.PrepareContext(ctx, `INSERT INTO documents (key, name, url, kind, data, state, due, added)
		VALUES (?1, ?2, ?3, ?4, ?5, 'queued', ?6, ?6) ON CONFLICT (key) DO NOTHING`)
	if err != nil {
		return 0, fmt.Errorf("storage: enqueue documents: %w", err)
	}
	defer stmt.Close()
	for _, d := range docs {
		if d.Data == nil {
			d.Data = []byte{}
		}
		res, err := stmt.ExecContext(ctx, documentKey(d), d.Name, d.URL, d.Kind, d.Data, now)
		if err != nil {
			return 0, fmt.Errorf("storage: enqueue document %s: %w", d.Name, err)
		}
		n, _ := res.RowsAffected()
		added += int(n)
	}
	if err := tx.Commit(); err != nil {
		return 0, fmt.Errorf("storage: enqueue documents: %w", err)
	}
	return added, nil
}

// ClaimDocuments hands out up to limit queued documents due at now, the
// oldest first, and holds them for the caller until now+lease, as
// ClaimQueue does links: concurrent claimers never get the same document,
// and a document whose worker died is claimable again once its lease has
// run out.
func (s *Store) ClaimDocuments(ctx context.Context, now time.Time, lease time.Duration, limit int) ([]Document, error) {
	if limit <= 0 {
		return nil, nil
	}
	if lease < time.Second {
		return nil, fmt.Errorf("storage: claim documents: lease %v is shorter than a second", lease)
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("storage: claim documents: %w", err)
	}
	defer tx.Rollback()
	rows, err := tx.QueryContext(ctx, `SELECT id, name, url, kind, data, attempts FROM documents
		WHERE state IN ('queued', 'claimed') AND due <= ? ORDER BY due, id LIMIT ?`+s.skipLocked(), dbTime(now), limit)
	if err != nil {
		return nil, fmt.Errorf("storage: claim documents: %w", err)
	}
	var out []Document
	for rows.Next() {
		var d Document
		if err := rows.Scan(&d.ID, &d.Name, &d.URL, &d.Kind, &d.Data, &d.Attempts); err != nil {
			rows.Close()
			return nil, fmt.Errorf("storage: claim documents: %w", err)
		}
		d.Attempts++
		out = append(out, d)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("storage: claim documents: %w", err)
	}
	until := dbTime(now.Add(lease))
	for _, d := range out {
		if _, err := tx.ExecContext(ctx, `UPDATE documents SET state = 'claimed', due = ?, attempts = ? WHERE id = ?`,
			until, d.Attempts, d.ID); err != nil {
			return nil, fmt.Errorf("storage: claim documents: %w", err)
		}
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("storage: claim documents: %w", err)
	}
	return out, nil
}

// ExtendDocuments moves the lease of each of the claimed docs that is
// still held by that claim (see Document.Attempts) to until, and returns
// how many it extended: a worker whose documents take long keeps them
// instead of seeing another worker claim them again. A document finished
// or claimed again meanwhile is left alone.
func (s *Store) ExtendDocuments(ctx context.Context, docs []Document, until time.Time) (int, error) {
	if err := checkTime(until); err != nil || until.IsZero() {
		return 0, fmt.Errorf("storage: extend documents: no lease end (%v)", err)
	}
	n := 0
	for _, d := range docs {
		res, err := s.db.ExecContext(ctx, `UPDATE documents SET due = ? WHERE id = ? AND state = 'claimed' AND attempts = ?`,
			dbTime(until), d.ID, d.Attempts)
		if err != nil {
			return n, fmt.Errorf("storage: extend document %d: %w", d.ID, err)
		}
		k, _ := res.RowsAffected()
		n += int(k)
	}
	return n, nil
}

// DocumentDone marks the claimed document d stored, as the article
// articleID (0 when it gave none), and drops its bytes. It returns an
// error wrapping ErrLeaseLost when d's claim is no longer the last one.
func (s *Store) DocumentDone(ctx context.Context, d Document, articleID int64) error {
	var art any
	if articleID != 0 {
		art = articleID
	}
	return s.finishDocument(ctx, d, `UPDATE documents SET state = 'done', finished = ?, article_id = ?, reason = '', data = ?`,
		dbTime(time.Now()), art, []byte{})
}

// DocumentFailed records that processing the claimed document d failed
// for reason. With a retryAt the document is queued again, due then; with
// a zero retryAt it has failed for good (a dead letter, bytes kept). The
// reason is kept either way. It returns an error wrapping ErrLeaseLost
// when d's claim is no longer the last one.
func (s *Store) DocumentFailed(ctx context.Context, d Document, reason string, retryAt time.Time) error {
	reason = strings.TrimSpace(reason)
	if reason == "" {
		reason = "failed without a reason"
	}
	if retryAt.IsZero() {
		return s.finishDocument(ctx, d, `UPDATE documents SET state = 'failed', finished = ?, reason = ?`,
			dbTime(time.Now()), reason)
	}
	if err := checkTime(retryAt); err != nil {
		return fmt.Errorf("storage: document %d: retry: %w", d.ID, err)
	}
	return s.finishDocument(ctx, d, `UPDATE documents SET state = 'queued', due = ?, reason = ?`, dbTime(retryAt), reason)
}

// finishDocument runs the update set with args on d's row, while d's
// claim is the last one.
func (s *Store) finishDocument(ctx context.Context, d Document, set string, args ...any) error {
	res, err := s.db.ExecContext(ctx, set+` WHERE id = ? AND state = 'claimed' AND attempts = ?`, append(args, d.ID, d.Attempts)...)
	if err != nil {
		return fmt.Errorf("storage: document %d: %w", d.ID, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return fmt.Errorf("storage: document %d (%s), attempt %d: %w", d.ID, d.Name, d.Attempts, ErrLeaseLost)
	}
	return nil
}

// DocumentStats counts the queued documents by state, now, as QueueStats
// counts links.
func (s *Store) DocumentStats(ctx context.Context) (QueueStats, error) {
	var st QueueStats
	err := s.db.QueryRowContext(ctx, `SELECT
			coalesce(`+countWhere(`state = 'queued' OR (state = 'claimed' AND due <= ?1)`)+`, 0),
			coalesce(`+countWhere(`state = 'claimed' AND due > ?1`)+`, 0),
			coalesce(`+countWhere(`state = 'done'`)+`, 0),
			coalesce(`+countWhere(`state = 'failed'`)+`, 0)
		FROM documents`, dbTime(time.Now())).Scan(&st.Queued, &st.Claimed, &st.Done, &st.Failed)
	if err != nil {
		return QueueStats{}, fmt.Errorf("storage: document stats: %w", err)
	}
	return st, nil
}

// DocumentFailure is a document given up on, and why.
type DocumentFailure struct {
	ID       int64  `json:"id"`
	Name     string `json:"name"`
	Reason   string `json:"reason"`
	Attempts int    `json:"attempts"`
}

// FailedDocuments returns up to limit of the documents given up on, the
// most recent first.
func (s *Store) FailedDocuments(ctx context.Context, limit int) ([]DocumentFailure, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, name, reason, attempts FROM documents
		WHERE state = 'failed' ORDER BY finished DESC, id DESC LIMIT ?`, limit)
	if err != nil {
		return nil, fmt.Errorf("storage: failed documents: %w", err)
	}
	defer rows.Close()
	var out []DocumentFailure
	for rows.Next() {
		var f DocumentFailure
		if err := rows.Scan(&f.ID, &f.Name, &f.Reason, &f.Attempts); err != nil {
			return nil, fmt.Errorf("storage: failed documents: %w", err)
		}
		out = append(out, f)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("storage: failed documents: %w", err)
	}
	return out, nil
}

// TryLease takes the lease name for holder until now+ttl when it is free,
// has run out, or is holder's already, and reports whether holder has it:
// one process at a time does the work it names, and a holder that dies
// frees it when the lease runs out.
func (s *Store) TryLease(ctx context.Context, name, holder string, now time.Time, ttl time.Duration) (bool, error) {
	res, err := s.db.ExecContext(ctx, `INSERT INTO leases (name, holder, until) VALUES (?1, ?2, ?3)
		ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, until = excluded.until
		WHERE leases.until <= ?4 OR leases.holder = ?2`, name, holder, dbTime(now.Add(ttl)), dbTime(now))
	if err != nil {
		return false, fmt.Errorf("storage: lease %s: %w", name, err)
	}
	n, _ := res.RowsAffected()
	return n == 1, nil
}

// ReleaseLease gives the lease name up if holder has it.
func (s *Store) ReleaseLease(ctx context.Context, name, holder string) error {
	if _, err := s.db.ExecContext(ctx, `DELETE FROM leases WHERE name = ? AND holder = ?`, name, holder); err != nil {
		return fmt.Errorf("storage: release lease %s: %w", name, err)
	}
	return nil
}
