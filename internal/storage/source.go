package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/marsad/marsad/internal/feeds"
)

// Polling intervals: a new source is polled every DefaultInterval; the
// interval then adapts to how often the source publishes, between
// MinInterval and MaxInterval. After errors a source waits its interval
// doubled per consecutive error, up to MaxBackoff.
const (
	DefaultInterval = 30 * time.Minute
	MinInterval     = 5 * time.Minute
	MaxInterval     = 6 * time.Hour
	MaxBackoff      = 24 * time.Hour
)

// Source is a feed, a sitemap or a page that marsad polls for links.
type Source struct {
	ID int64 `json:"id"`
	// URL is the address polled, in its canonical form (CanonicalURL); it
	// identifies the source.
	URL string `json:"url"`
	// Kind is "feed", "sitemap" or "page" (feeds.Kind).
	Kind  string `json:"kind"`
	Title string `json:"title,omitempty"`
	// Enabled sources are polled; Builtin ones came from marsad's default
	// list (feeds.DefaultSources).
	Enabled bool `json:"enabled"`
	Builtin bool `json:"builtin"`
	// Interval is the time between two polls, adapted by SourcePolled.
	Interval time.Duration `json:"-"`
	// NextPoll is when the source is due; LastPoll when it was last
	// polled, successfully or not (zero: never).
	NextPoll time.Time `json:"next_poll,omitzero"`
	LastPoll time.Time `json:"last_poll,omitzero"`
	// ETag and LastModified are the validators of the last successful
	// response, for a conditional request.
	ETag         string `json:"etag,omitempty"`
	LastModified string `json:"last_modified,omitempty"`
	// LastSuccess is the time of the last successful poll; LastErrorAt and
	// LastError those of the last failed one (kept after a success, for
	// the record); Failures counts the errors since the last success.
	LastSuccess time.Time `json:"last_success,omitzero"`
	LastErrorAt time.Time `json:"last_error_at,omitzero"`
	LastError   string    `json:"last_error,omitempty"`
	Failures    int       `json:"failures,omitempty"`
	// Added is when the source was added.
	Added time.Time `json:"added"`
}

// SourceStatus is a source with what became of the links it published.
type SourceStatus struct {
	Source
	// Queued, Done and Failed count the source's links waiting (or being
	// fetched), fetched, and given up on.
	Queued int `json:"queued"`
	Done   int `json:"done"`
	Failed int `json:"failed"`
	// ArticlesPerDay is the number of articles stored from the source's
	// links in the last 7 days, divided by 7.
	ArticlesPerDay float64 `json:"articles_per_day"`
	// LastArticle is when an article from the source was last stored.
	LastArticle time.Time `json:"last_article,omitzero"`
}

// sourceKey returns the canonical form of a source address, or an error
// for one that is not an absolute http(s) URL.
func sourceKey(raw string) (string, error) {
	c := CanonicalURL(raw)
	u, err := url.Parse(c)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return "", fmt.Errorf("%q is not an http or https URL: give the full address, as https://example.com/rss", raw)
	}
	return c, nil
}

// AddSource adds src, or finds it already there: sources are identified by
// the canonical form of their URL, so adding one twice changes nothing and
// returns the existing id with added false. A new source is enabled and
// due at once (or at src.NextPoll when set); an empty Kind is "feed", a
// zero Interval DefaultInterval, a zero Added now. src.ID, src.Enabled and
// the polling record (LastPoll, LastSuccess, errors, validators) are
// ignored.
func (s *Store) AddSource(ctx context.Context, src Source) (id int64, added bool, err error) {
	key, err := sourceKey(src.URL)
	if err != nil {
		return 0, false, fmt.Errorf("storage: add source: %w", err)
	}
	if src.Kind == "" {
		src.Kind = string(feeds.KindFeed)
	}
	if !feeds.Kind(src.Kind).Valid() {
		return 0, false, fmt.Errorf("storage: add source %s: kind %q: want feed, sitemap or page", key, src.Kind)
	}
	now := time.Now()
	if src.Interval <= 0 {
		src.Interval = DefaultInterval
	}
	src.Interval = clampInterval(src.Interval)
	if src.Added.IsZero() {
		src.Added = now
	}
	if src.NextPoll.IsZero() {
		src.NextPoll = src.Added
	}
	if err := checkTime(src.NextPoll); err != nil {
		return 0, false, fmt.Errorf("storage: add source %s: next poll: %w", key, err)
	}
	if err := checkTime(src.Added); err != nil {
		return 0, false, fmt.Errorf("storage: add source %s: added: %w", key, err)
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, false, fmt.Errorf("storage: add source %s: %w", key, err)
	}
	defer tx.Rollback()
	// Look first: an INSERT that does nothing on conflict would still use
	// up an id.
	err = tx.QueryRowContext(ctx, `SELECT id FROM sources WHERE url = ?`, key).Scan(&id)
	if err == nil {
		return id, false, nil
	}
	if !errors.Is(err, sql.ErrNoRows) {
		return 0, false, fmt.Errorf("storage: add source %s: %w", key, err)
	}
	err = tx.QueryRowContext(ctx, `INSERT INTO sources (url, kind, title, enabled, builtin, interval_s, next_poll, added)
		VALUES (?, ?, ?, 1, ?, ?, ?, ?) RETURNING id`,
		key, src.Kind, cleanTitle(src.Title), sqlBool(src.Builtin), int64(src.Interval/time.Second), dbTime(src.NextPoll), dbTime(src.Added)).Scan(&id)
	if err != nil {
		return 0, false, fmt.Errorf("storage: add source %s: %w", key, err)
	}
	if err := tx.Commit(); err != nil {
		return 0, false, fmt.Errorf("storage: add source %s: %w", key, err)
	}
	return id, true, nil
}

// RemoveSource removes the source with the id or the URL idOrURL, and its
// links still waiting in the queue; the record of the links fetched or
// given up on stays (without a source). It returns an error wrapping
// ErrNotFound when there is no such source.
func (s *Store) RemoveSource(ctx context.Context, idOrURL string) error {
	where, arg, err := sourceWhere(idOrURL)
	if err != nil {
		return fmt.Errorf("storage: remove source: %w", err)
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("storage: remove source %s: %w", idOrURL, err)
	}
	defer tx.Rollback()
	var id int64
	if err := tx.QueryRowContext(ctx, `SELECT id FROM sources WHERE `+where, arg).Scan(&id); err != nil {
		if errors.Is(err, sql.ErrNoRows) {
			return fmt.Errorf("storage: source %s: %w", idOrURL, ErrNotFound)
		}
		return fmt.Errorf("storage: remove source %s: %w", idOrURL, err)
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM queue WHERE source_id = ? AND state IN ('queued', 'claimed')`, id); err != nil {
		return fmt.Errorf("storage: remove source %s: %w", idOrURL, err)
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM sources WHERE id = ?`, id); err != nil {
		return fmt.Errorf("storage: remove source %s: %w", idOrURL, err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("storage: remove source %s: %w", idOrURL, err)
	}
	return nil
}

// sourceWhere returns the condition that selects a source by id (a
// decimal number) or by URL.
func sourceWhere(idOrURL string) (string, any, error) {
	idOrURL = strings.TrimSpace(idOrURL)
	if id, err := strconv.ParseInt(idOrURL, 10, 64); err == nil {
		return "id = ?", id, nil
	}
	key, err := sourceKey(idOrURL)
	if err != nil {
		return "", nil, fmt.Errorf("%q is neither a source id nor a URL", idOrURL)
	}
	return "url = ?", key, nil
}

// SetSourceEnabled switches the source id on or off. A source switched on
// is due at once if it was due while off. It returns an error wrapping
// ErrNotFound when there is no such source.
func (s *Store) SetSourceEnabled(ctx context.Context, id int64, on bool) error {
	res, err := s.db.ExecContext(ctx, `UPDATE sources SET enabled = ? WHERE id = ?`, sqlBool(on), id)
	if err != nil {
		return fmt.Errorf("storage: source %d: %w", id, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return fmt.Errorf("storage: source %d: %w", id, ErrNotFound)
	}
	return nil
}

const sourceCols = `s.id, s.url, s.kind, s.title, s.enabled, s.builtin, s.interval_s, s.next_poll, s.last_poll,
	s.etag, s.last_modified, s.last_success, s.last_error_at, s.last_error, s.failures, s.added`

// scanSource reads the sourceCols of a row, followed by the dest.
func scanSource(sc interface{ Scan(...any) error }, src *Source, dest ...any) error {
	var interval int64
	var next, last, success, errAt, added sql.NullString
	err := sc.Scan(append([]any{&src.ID, &src.URL, &src.Kind, &src.Title, &src.Enabled, &src.Builtin, &interval,
		&next, &last, &src.ETag, &src.LastModified, &success, &errAt, &src.LastError, &src.Failures, &added}, dest...)...)
	if err != nil {
		return err
	}
	src.Interval = time.Duration(interval) * time.Second
	for _, f := range []struct {
		t  *time.Time
		ns sql.NullString
	}{{&src.NextPoll, next}, {&src.LastPoll, last}, {&src.LastSuccess, success}, {&src.LastErrorAt, errAt}, {&src.Added, added}} {
		if *f.t, err = parseTime(f.ns); err != nil {
			return err
		}
	}
	return nil
}

// Source returns the source id, or an error wrapping ErrNotFound.
func (s *Store) Source(ctx context.Context, id int64) (Source, error) {
	var src Source
	err := scanSource(s.db.QueryRowContext(ctx, `SELECT `+sourceCols+` FROM sources s WHERE s.id = ?`, id), &src)
	if errors.Is(err, sql.ErrNoRows) {
		return Source{}, fmt.Errorf("storage: source %d: %w", id, ErrNotFound)
	}
	if err != nil {
		return Source{}, fmt.Errorf("storage: source %d: %w", id, err)
	}
	return src, nil
}

// Sources returns every source, by id, with the state of its links.
func (s *Store) Sources(ctx context.Context) ([]SourceStatus, error) {
	since := time.Now().Add(-7 * 24 * time.Hour)
	rows, err := s.db.QueryContext(ctx, `SELECT `+sourceCols+`,
			coalesce(q.queued, 0), coalesce(q.done, 0), coalesce(q.failed, 0), coalesce(w.recent, 0), w.last
		FROM sources s
		LEFT JOIN (SELECT source_id,
				`+countWhere(`state IN ('queued', 'claimed')`)+` AS queued, `+countWhere(`state = 'done'`)+` AS done,
				`+countWhere(`state = 'failed'`)+` AS failed
			FROM queue WHERE source_id IS NOT NULL GROUP BY source_id) q ON q.source_id = s.id
		LEFT JOIN (SELECT source_id, `+countWhere(`finished >= ?`)+` AS recent, max(finished) AS last
			FROM queue WHERE state = 'done' AND article_id IS NOT NULL AND source_id IS NOT NULL
			GROUP BY source_id) w ON w.source_id = s.id
		ORDER BY s.id`, dbTime(since))
	if err != nil {
		return nil, fmt.Errorf("storage: sources: %w", err)
	}
	defer rows.Close()
	var out []SourceStatus
	for rows.Next() {
		var st SourceStatus
		var recent int
		var last sql.NullString
		if err := scanSource(rows, &st.Source, &st.Queued, &st.Done, &st.Failed, &recent, &last); err != nil {
			return nil, fmt.Errorf("storage: sources: %w", err)
		}
		st.ArticlesPerDay = float64(recent) / 7
		if st.LastArticle, err = parseTime(last); err != nil {
			return nil, fmt.Errorf("storage: sources: %w", err)
		}
		out = append(out, st)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("storage: sources: %w", err)
	}
	return out, nil
}

// DueSources returns up to limit enabled sources whose next poll is at or
// before now, the longest overdue first.
func (s *Store) DueSources(ctx context.Context, now time.Time, limit int) ([]Source, error) {
	if limit <= 0 {
		return nil, nil
	}
	rows, err := s.db.QueryContext(ctx, `SELECT `+sourceCols+` FROM sources s
		WHERE s.enabled = 1 AND s.next_poll <= ? ORDER BY s.next_poll, s.id LIMIT ?`, dbTime(now), limit)
	if err != nil {
		return nil, fmt.Errorf("storage: due sources: %w", err)
	}
	defer rows.Close()
	var out []Source
	for rows.Next() {
		var src Source
		if err := scanSource(rows, &src); err != nil {
			return nil, fmt.Errorf("storage: due sources: %w", err)
		}
		out = append(out, src)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("storage: due sources: %w", err)
	}
	return out, nil
}

// ClaimSources hands out up to limit enabled sources whose next poll is at
// or before now, the longest overdue first, and holds them for the caller
// until now+lease: their next poll is put off to then in the claiming
// transaction, so that no other scheduler, in this process or another,
// polls them meanwhile. SourcePolled then sets the next poll for real; a
// scheduler killed mid-poll leaves its sources due again once the lease
// runs out. On PostgreSQL the claim locks the rows it takes and skips
// those another claim holds (FOR UPDATE SKIP LOCKED); on SQLite the
// transaction holds the write lock from its start.
func (s *Store) ClaimSources(ctx context.Context, now time.Time, lease time.Duration, limit int) ([]Source, error) {
	if limit <= 0 {
		return nil, nil
	}
	if lease < time.Second {
		return nil, fmt.Errorf("storage: claim sources: lease %v is shorter than a second", lease)
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("storage: claim sources: %w", err)
	}
	defer tx.Rollback()
	rows, err := tx.QueryContext(ctx, `SELECT `+sourceCols+` FROM sources s
		WHERE s.enabled = 1 AND s.next_poll <= ? ORDER BY s.next_poll, s.id LIMIT ?`+s.skipLocked(), dbTime(now), limit)
	if err != nil {
		return nil, fmt.Errorf("storage: claim sources: %w", err)
	}
	var out []Source
	for rows.Next() {
		var src Source
		if err := scanSource(rows, &src); err != nil {
			rows.Close()
			return nil, fmt.Errorf("storage: claim sources: %w", err)
		}
		out = append(out, src)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("storage: claim sources: %w", err)
	}
	until := now.Add(lease)
	for i := range out {
		if _, err := tx.ExecContext(ctx, `UPDATE sources SET next_poll = ? WHERE id = ?`, dbTime(until), out[i].ID); err != nil {
			return nil, fmt.Errorf("storage: claim sources: %w", err)
		}
		out[i].NextPoll = until.UTC().Truncate(time.Second)
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("storage: claim sources: %w", err)
	}
	return out, nil
}

// PollResult is what one poll of a source found.
type PollResult struct {
	// At is when the poll was made (zero: now).
	At time.Time
	// NewItems is the number of links the poll queued that were not
	// queued or stored before (what Enqueue returned).
	NewItems int
	// NotModified is true when the server answered 304 to a conditional
	// request.
	NotModified bool
	// ETag and LastModified are the response's validators, kept for the
	// next conditional request (ignored when NotModified or Err).
	ETag, LastModified string
	// Title is the title the document gives; it becomes the source's
	// title when the source has none.
	Title string
	// Err is why the poll failed; nil for a success.
	Err error
}

// SourcePolled records the poll r of the source id and sets when it is
// next due. A success clears the error count, keeps the validators and
// adapts the interval to how often the source publishes: new items move it
// halfway towards the time the source took to publish two of them, a poll
// that found none lengthens it by half; it stays within MinInterval and
// MaxInterval. An error leaves the interval as it was and puts the next
// poll off by the interval doubled for each error since the last success,
// up to MaxBackoff. It returns an error wrapping ErrNotFound when there is
// no such source.
func (s *Store) SourcePolled(ctx context.Context, id int64, r PollResult) error {
	if r.At.IsZero() {
		r.At = time.Now()
	}
	if err := checkTime(r.At); err != nil {
		return fmt.Errorf("storage: source %d polled: %w", id, err)
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("storage: source %d polled: %w", id, err)
	}
	defer tx.Rollback()
	var src Source
	err = scanSource(tx.QueryRowContext(ctx, `SELECT `+sourceCols+` FROM sources s WHERE s.id = ?`, id), &src)
	if errors.Is(err, sql.ErrNoRows) {
		return fmt.Errorf("storage: source %d: %w", id, ErrNotFound)
	}
	if err != nil {
		return fmt.Errorf("storage: source %d polled: %w", id, err)
	}
	src = applyPoll(src, r)
	_, err = tx.ExecContext(ctx, `UPDATE sources SET title = ?, interval_s = ?, next_poll = ?, last_poll = ?,
			etag = ?, last_modified = ?, last_success = ?, last_error_at = ?, last_error = ?, failures = ?
		WHERE id = ?`,
		src.Title, int64(src.Interval/time.Second), dbTime(src.NextPoll), dbTime(src.LastPoll),
		src.ETag, src.LastModified, dbTime(src.LastSuccess), dbTime(src.LastErrorAt), src.LastError, src.Failures, id)
	if err != nil {
		return fmt.Errorf("storage: source %d polled: %w", id, err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("storage: source %d polled: %w", id, err)
	}
	return nil
}

// applyPoll returns src after the poll r (see SourcePolled).
func applyPoll(src Source, r PollResult) Source {
	prev := src.LastPoll
	src.LastPoll = r.At
	if r.Err != nil {
		src.Failures++
		src.LastErrorAt = r.At
		src.LastError = r.Err.Error()
		wait := src.Interval << min(src.Failures, 10)
		if wait <= 0 || wait > MaxBackoff {
			wait = MaxBackoff
		}
		src.NextPoll = r.At.Add(wait)
		return src
	}
	src.Failures = 0
	src.LastSuccess = r.At
	if !r.NotModified {
		src.ETag, src.LastModified = r.ETag, r.LastModified
	}
	if src.Title == "" {
		src.Title = cleanTitle(r.Title)
	}
	switch {
	case r.NewItems > 0 && !prev.IsZero() && r.At.After(prev):
		perTwo := r.At.Sub(prev) * 2 / time.Duration(r.NewItems)
		src.Interval = (src.Interval + perTwo) / 2
	case r.NewItems > 0:
		// The first poll, or a clock gone back: nothing to measure by.
	default:
		src.Interval = src.Interval * 3 / 2
	}
	src.Interval = clampInterval(src.Interval)
	src.NextPoll = r.At.Add(src.Interval)
	return src
}

func clampInterval(d time.Duration) time.Duration {
	return min(max(d, MinInterval), MaxInterval).Truncate(time.Second)
}

func cleanTitle(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// HasBuiltinSources reports whether marsad's default sources were ever
// added to the store (switched off or not): serve adds them once, and a
// user who switched them off keeps them off.
func (s *Store) HasBuiltinSources(ctx context.Context) (bool, error) {
	var ok bool
	if err := s.db.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM sources WHERE builtin = 1)`).Scan(&ok); err != nil {
		return false, fmt.Errorf("storage: sources: %w", err)
	}
	return ok, nil
}

// sqlBool is b as the INTEGER columns of the schema hold it, 0 or 1: pgx
// does not write a Go bool into an integer column.
func sqlBool(b bool) int {
	if b {
		return 1
	}
	return 0
}

// countWhere is an aggregate counting the rows where cond holds, in the
// SQL both dialects understand (PostgreSQL has no sum of booleans).
func countWhere(cond string) string {
	return "sum(CASE WHEN " + cond + " THEN 1 ELSE 0 END)"
}
