package storage

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"net/url"
	"runtime"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/stdlib"

	"github.com/marsad/marsad/internal/terms"
)

// IsPostgres reports whether a store path names a PostgreSQL database (a
// postgres:// or postgresql:// URL) rather than a SQLite file.
func IsPostgres(path string) bool {
	return strings.HasPrefix(path, "postgres://") || strings.HasPrefix(path, "postgresql://")
}

// Defaults for a PostgreSQL store, each overridable in its URL: the pool's
// size (pool_max_conns, marsad's own parameter, removed before the URL
// reaches the server) and the server's limit on one statement
// (statement_timeout, a PostgreSQL setting), so that no query runs for
// ever whatever the caller's context says; work_mem, the memory a sort or
// a bitmap may take, is 32 MB in marsad's sessions — over the server's own
// setting (PostgreSQL's default is 4 MB; give work_mem in the URL to choose
// another) — so that the bitmap of a search's window of ids stays exact: a lossy one makes the server
// rebuild and re-test the terms of every row of its pages (at a million
// articles that was a quarter of a common query's time);
// max_parallel_workers_per_gather is 0 (the server's default is 2):
// marsad's reads are short and many run at once, and a query's parallel
// workers took cores from the others — on two cores at a million
// articles, search's p99 fell from 147 to 96 ms without them (give it in
// the URL to allow them).
const (
	pgStatementTimeout = 60 * time.Second
	pgLockTimeout      = 20 * time.Second
	pgWorkMem          = "32MB"
)

// openPostgres opens the PostgreSQL database at the URL u (see IsPostgres)
// through the pgx driver and brings its schema up to date. Several
// processes may open it at once: migrations take an advisory lock.
func openPostgres(ctx context.Context, u string) (*Store, error) {
	redacted := redactURL(u)
	conns := max(4, 2*runtime.GOMAXPROCS(0))
	pu, err := url.Parse(u)
	if err != nil {
		return nil, fmt.Errorf("storage: open %s: %w", redacted, err)
	}
	q := pu.Query()
	if v := q.Get("pool_max_conns"); v != "" {
		if _, err := fmt.Sscan(v, &conns); err != nil || conns < 1 {
			return nil, fmt.Errorf("storage: open %s: pool_max_conns=%q is not a positive number", redacted, v)
		}
		q.Del("pool_max_conns")
		pu.RawQuery = q.Encode()
	}
	cfg, err := pgx.ParseConfig(pu.String())
	if err != nil {
		return nil, fmt.Errorf("storage: open %s: %w", redacted, err)
	}
	if cfg.RuntimeParams == nil {
		cfg.RuntimeParams = map[string]string{}
	}
	setDefault := func(k, v string) {
		if _, ok := cfg.RuntimeParams[k]; !ok {
			cfg.RuntimeParams[k] = v
		}
	}
	setDefault("statement_timeout", fmt.Sprint(pgStatementTimeout.Milliseconds()))
	setDefault("lock_timeout", fmt.Sprint(pgLockTimeout.Milliseconds()))
	setDefault("work_mem", pgWorkMem)
	setDefault("max_parallel_workers_per_gather", "0")
	setDefault("application_name", "marsad")
	if cfg.ConnectTimeout == 0 {
		cfg.ConnectTimeout = 10 * time.Second
	}
	sdb := stdlib.OpenDB(*cfg)
	sdb.SetMaxOpenConns(conns)
	sdb.SetMaxIdleConns(conns)
	sdb.SetConnMaxIdleTime(5 * time.Minute)
	sdb.SetConnMaxLifetime(time.Hour)
	db := &sqlDB{DB: sdb, dialect: postgresDialect}
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("storage: open %s: %w", redacted, err)
	}
	if err := migrate(ctx, db); err != nil {
		db.Close()
		return nil, fmt.Errorf("storage: open %s: %w", redacted, err)
	}
	return &Store{db: db, an: terms.New(), batchSize: 256}, nil
}

// redactURL returns u with its password replaced by "xxxxx", for messages.
func redactURL(u string) string {
	pu, err := url.Parse(u)
	if err != nil {
		return "postgres://…"
	}
	return pu.Redacted()
}

// retry runs a write transaction, and on PostgreSQL runs it again when it
// failed only because of another writer: a lock not had in lock_timeout
// (the article writes' turn, see lockWrites, behind a long transaction), a
// deadlock, a serialization failure, or a unique key another transaction
// took first — the last three cannot happen to writers that take turns,
// but a writer that does not (a future one) would be cured the same way.
// SQLite serializes writers, so there fn runs once.
func (s *Store) retry(ctx context.Context, fn func() error) error {
	const attempts = 6
	for i := 1; ; i++ {
		err := fn()
		if err == nil || s.db.dialect != postgresDialect || i == attempts || !transient(err) {
			return err
		}
		wait := time.Duration(rand.Int64N(int64(10*time.Millisecond) << i))
		select {
		case <-ctx.Done():
			return err
		case <-time.After(wait):
		}
	}
}

// transient reports whether err is a PostgreSQL error that running the
// transaction again can cure.
func transient(err error) bool {
	var pe *pgconn.PgError
	if !errors.As(err, &pe) {
		return false
	}
	switch pe.Code {
	case "40001", "40P01", "23505", "55P03": // serialization, deadlock, unique, lock timeout
		return true
	}
	return false
}

// writeLock is the key of the PostgreSQL advisory lock that article
// writes hold until they commit.
const writeLock = 7305218443

// lockWrites makes the article-writing transaction tx wait for the others
// on PostgreSQL, as SQLite's write lock does. The work of many workers
// (fetching, extracting, analysing) runs in parallel; only the short
// transactions that store its results take turns. Taking turns is what
// keeps them correct and cheap: the rollup rows of a popular entity or
// happening are shared by most articles, and writers that updated them in
// different orders would deadlock; two writers of one article would race
// for its unique keys (the second now finds the first's row).
func (s *Store) lockWrites(ctx context.Context, tx *sqlTx) error {
	if s.db.dialect != postgresDialect {
		return nil
	}
	_, err := tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock(?)`, int64(writeLock))
	return err
}
