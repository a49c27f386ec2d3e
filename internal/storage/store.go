// Package storage is marsad's store: articles in one SQLite file (through
// the pure-Go modernc.org/sqlite driver) by default, or in a PostgreSQL
// database (through the pure-Go pgx driver) when many processes on many
// machines share the work, with full-text search over the terms that
// marsad's own analyzer (internal/terms) makes from them. Both backends
// have the same schema, answer every method the same way, and rank search
// hits by the same bm25.
//
// An article is stored once per text (its ContentHash) and once per identity
// (CanonicalURL of its canonical URL, or of its URL); SaveArticle explains
// the rules. The article row and its full-text row are always written in
// one transaction. The schema is an append-only list of numbered
// migrations, embedded in the binary and applied by Open.
//
// A Store is safe for concurrent use by many goroutines, and several
// processes may open the same file: the database runs in WAL mode, so
// readers never wait for the writer, and writers take the write lock when
// their transaction begins and wait up to five seconds for it. With
// synchronous=NORMAL a committed transaction survives a crash of the
// process; a power failure may lose the last few commits, never the
// database's consistency.
package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"time"

	"github.com/marsad/marsad/internal/terms"

	_ "modernc.org/sqlite" // registers the "sqlite" database/sql driver
)

// ErrNotFound is returned, wrapped, when a requested article, entity,
// source or queued link does not exist.
var ErrNotFound = errors.New("not found")

// Store is marsad's embedded article store. Build one with Open.
type Store struct {
	db *sqlDB
	an *terms.Analyzer

	// batchSize is how many articles SaveArticles writes per transaction.
	batchSize int
	// rankLimit, when set (by tests), replaces the package's rankLimit.
	rankLimit int
	// countLimit, when set (by tests), replaces the package's countLimit.
	countLimit int64
	// afterWrite, when set (by tests), is called inside the write
	// transaction after each article's rows are written.
	afterWrite func(i int)
	// clock, when set (by tests), replaces time.Now as the time articles
	// are stored at.
	clock func() time.Time
}

// now returns the time to store as "now".
func (s *Store) now() time.Time {
	if s.clock != nil {
		return s.clock()
	}
	return time.Now()
}

// pragmas are set on every pooled connection through the DSN. busy_timeout
// comes first so that the others wait for locks instead of failing.
var pragmas = []string{
	"busy_timeout(5000)",
	"journal_mode(WAL)",
	"synchronous(NORMAL)",
	"foreign_keys(ON)",
	// A page cache of 16 MiB per connection (SQLite's default is 2 MiB):
	// the search index's lookups are many.
	"cache_size(-16384)",
}

// Open opens the store named by path and brings its schema up to date: a
// PostgreSQL database when path is a postgres:// or postgresql:// URL (see
// openPostgres), else the SQLite database in the file path, creating it
// and its parent directories if they do not exist. It fails if the
// database was written by a newer marsad (ErrSchemaTooNew). SQLite's
// ":memory:" is not supported, because every pooled connection would get
// a database of its own.
func Open(ctx context.Context, path string) (*Store, error) {
	if path == "" {
		return nil, errors.New("storage: open: empty database path")
	}
	if IsPostgres(path) {
		return openPostgres(ctx, path)
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("storage: open %s: %w", path, err)
	}
	if err := os.MkdirAll(filepath.Dir(abs), 0o755); err != nil {
		return nil, fmt.Errorf("storage: open %s: create directory: %w", path, err)
	}
	sdb, err := sql.Open("sqlite", dsn(abs))
	if err != nil {
		return nil, fmt.Errorf("storage: open %s: %w", path, err)
	}
	db := &sqlDB{DB: sdb, dialect: sqliteDialect}
	// Readers run in parallel in WAL mode; keep their connections (and
	// their parsed schema and pragmas) instead of reopening them.
	n := max(4, runtime.GOMAXPROCS(0))
	db.SetMaxOpenConns(n)
	db.SetMaxIdleConns(n)
	db.SetConnMaxIdleTime(5 * time.Minute)

	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("storage: open %s: %w", path, err)
	}
	if err := migrate(ctx, db); err != nil {
		db.Close()
		return nil, fmt.Errorf("storage: open %s: %w", path, err)
	}
	return &Store{db: db, an: terms.New(), batchSize: 256}, nil
}

// Backend returns "sqlite" or "postgres".
func (s *Store) Backend() string { return s.db.dialect.String() }

// dsn returns the driver's data source name for the database file at the
// absolute path abs: a file: URI, so that any character may appear in the
// path, with the pragmas every connection runs and BEGIN IMMEDIATE for
// transactions (they all write; taking the write lock at BEGIN lets SQLite
// wait for it instead of failing when a read lock cannot be upgraded).
func dsn(abs string) string {
	q := url.Values{}
	for _, p := range pragmas {
		q.Add("_pragma", p)
	}
	q.Set("_txlock", "immediate")
	u := url.URL{Scheme: "file", Path: filepath.ToSlash(abs), RawQuery: q.Encode()}
	if u.Path[0] != '/' { // Windows: C:/x → /C:/x
		u.Path = "/" + u.Path
	}
	return u.String()
}

// Close closes the database. It waits for nothing: callers stop using the
// Store first.
func (s *Store) Close() error {
	if err := s.db.Close(); err != nil {
		return fmt.Errorf("storage: close: %w", err)
	}
	return nil
}

// Timestamps are stored as TEXT in one fixed-width RFC 3339 form, in UTC and
// to the second, so that SQL can sort and compare them as strings.
const timeLayout = "2006-01-02T15:04:05Z"

// dbTime returns t as stored, or nil (NULL) when t is zero.
func dbTime(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t.UTC().Format(timeLayout)
}

// checkTime reports an error for a time that cannot be stored: one outside
// the years 1 to 9999, which RFC 3339 cannot write.
func checkTime(t time.Time) error {
	if t.IsZero() {
		return nil
	}
	if y := t.UTC().Year(); y < 1 || y > 9999 {
		return fmt.Errorf("year %d is outside 1–9999; fix or clear the date", y)
	}
	return nil
}

// parseTime reads a stored timestamp; NULL is the zero time.
func parseTime(ns sql.NullString) (time.Time, error) {
	if !ns.Valid || ns.String == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse(time.RFC3339Nano, ns.String)
	if err != nil {
		return time.Time{}, fmt.Errorf("bad stored time %q: %w", ns.String, err)
	}
	return t.UTC(), nil
}
