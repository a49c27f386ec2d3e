package storage

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"strconv"
	"strings"
	"time"
)

// migrationFiles holds the schema migrations of each dialect, an
// append-only numbered list: migrations/sqlite/0001_init.sql,
// migrations/sqlite/0002_….sql, …, and the same numbers and names under
// migrations/postgres, each file making the same schema in its dialect. A
// released migration is never edited or renumbered; a change to the schema
// is a new file in both.
//
//go:embed migrations/sqlite/*.sql migrations/postgres/*.sql
var migrationFiles embed.FS

// ErrSchemaTooNew is returned, wrapped, by Open when the database was
// migrated by a newer marsad than this one.
var ErrSchemaTooNew = errors.New("database schema is newer than this marsad")

// migration is one numbered schema change.
type migration struct {
	version int
	name    string // file name, e.g. "0001_init.sql"
	sql     string
}

// loadMigrations reads the migrations/DIALECT/*.sql files of fsys, which
// must be numbered 1, 2, 3, … without gaps or duplicates.
func loadMigrations(fsys fs.FS, d dialect) ([]migration, error) {
	names, err := fs.Glob(fsys, "migrations/"+d.String()+"/*.sql")
	if err != nil {
		return nil, fmt.Errorf("migrations: %w", err)
	}
	var ms []migration
	for _, p := range names { // fs.Glob returns names in lexical order
		name := path.Base(p)
		num, _, ok := strings.Cut(name, "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil || v <= 0 {
			return nil, fmt.Errorf("migrations: %s: name must be NNNN_description.sql", name)
		}
		if v != len(ms)+1 {
			return nil, fmt.Errorf("migrations: %s: expected number %d", name, len(ms)+1)
		}
		b, err := fs.ReadFile(fsys, p)
		if err != nil {
			return nil, fmt.Errorf("migrations: %w", err)
		}
		ms = append(ms, migration{version: v, name: name, sql: string(b)})
	}
	if len(ms) == 0 {
		return nil, errors.New("migrations: none embedded")
	}
	return ms, nil
}

// migrate brings db up to the last of ms, applying each pending migration in
// its own transaction together with its row in schema_migrations. It checks
// what the database has already applied: a version this binary does not know
// is ErrSchemaTooNew, and a version recorded under another file name means
// the migration list was edited after release.
func migrate(ctx context.Context, db *sqlDB) error {
	ms, err := loadMigrations(migrationFiles, db.dialect)
	if err != nil {
		return err
	}
	return migrateTo(ctx, db, ms)
}

// migrateTo is migrate with the list of migrations given.
func migrateTo(ctx context.Context, db *sqlDB, ms []migration) error {
	create := `CREATE TABLE IF NOT EXISTS schema_migrations (
		version    INTEGER PRIMARY KEY,
		name       TEXT NOT NULL,
		applied_at TEXT NOT NULL
	)`
	if db.dialect == sqliteDialect {
		create += ` STRICT`
	} else {
		// Processes starting together on one PostgreSQL database take
		// turns: CREATE TABLE IF NOT EXISTS is not safe to race.
		create = `SELECT pg_advisory_lock(` + migrationLock + `); ` + create + `; SELECT pg_advisory_unlock(` + migrationLock + `)`
	}
	if _, err := db.DB.ExecContext(ctx, create); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	applied, err := appliedMigrations(ctx, db)
	if err != nil {
		return err
	}
	for v, name := range applied {
		if v > len(ms) {
			return fmt.Errorf("%w: the database is at schema version %d, this marsad knows versions up to %d; use a newer marsad with this database",
				ErrSchemaTooNew, maxKey(applied), len(ms))
		}
		if v < 1 || ms[v-1].name != name {
			return fmt.Errorf("migrate: the database records migration %d as %q, this marsad has %q: the migration list was changed after release",
				v, name, ms[max(v, 1)-1].name)
		}
	}
	for _, m := range ms {
		if _, ok := applied[m.version]; ok {
			continue
		}
		if err := applyMigration(ctx, db, m); err != nil {
			return err
		}
	}
	return nil
}

// appliedMigrations returns the versions and names in schema_migrations.
func appliedMigrations(ctx context.Context, db *sqlDB) (map[int]string, error) {
	rows, err := db.QueryContext(ctx, `SELECT version, name FROM schema_migrations`)
	if err != nil {
		return nil, fmt.Errorf("migrate: read schema_migrations: %w", err)
	}
	defer rows.Close()
	applied := map[int]string{}
	for rows.Next() {
		var v int
		var name string
		if err := rows.Scan(&v, &name); err != nil {
			return nil, fmt.Errorf("migrate: read schema_migrations: %w", err)
		}
		applied[v] = name
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("migrate: read schema_migrations: %w", err)
	}
	return applied, nil
}

// applyMigration runs m in one transaction. Another process may have applied
// it since we looked, so the transaction (which holds the write lock from
// its start on SQLite, an advisory lock on PostgreSQL) checks again first.
func applyMigration(ctx context.Context, db *sqlDB, m migration) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("migrate %s: %w", m.name, err)
	}
	defer tx.Rollback()
	if db.dialect == postgresDialect {
		// A migration may build an index over every article: it is not
		// bound by the statement timeout that guards queries.
		if _, err := tx.ExecContext(ctx, `SET LOCAL statement_timeout = 0`); err != nil {
			return fmt.Errorf("migrate %s: %w", m.name, err)
		}
		if _, err := tx.ExecContext(ctx, `SET LOCAL maintenance_work_mem = '256MB'`); err != nil {
			return fmt.Errorf("migrate %s: %w", m.name, err)
		}
		if _, err := tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock(`+migrationLock+`)`); err != nil {
			return fmt.Errorf("migrate %s: %w", m.name, err)
		}
	}
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM schema_migrations WHERE version = ?`, m.version).Scan(&n); err != nil {
		return fmt.Errorf("migrate %s: %w", m.name, err)
	}
	if n > 0 {
		return nil
	}
	if _, err := tx.Tx.ExecContext(ctx, m.sql); err != nil { // as written: no placeholders
		return fmt.Errorf("migrate %s: %w", m.name, err)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)`,
		m.version, m.name, dbTime(time.Now())); err != nil {
		return fmt.Errorf("migrate %s: %w", m.name, err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("migrate %s: %w", m.name, err)
	}
	return nil
}

// migrationLock is the PostgreSQL advisory lock key that migrations hold.
const migrationLock = "7305218442"

func maxKey(m map[int]string) int {
	k := 0
	for v := range m {
		k = max(k, v)
	}
	return k
}
