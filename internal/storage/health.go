package storage

import (
	"context"
	"fmt"
	"time"
)

// Health is what a Store knows of its database at one moment, for
// /healthz and marsad migrate.
type Health struct {
	// Backend is "sqlite" or "postgres".
	Backend string `json:"backend"`
	// Schema is the database's schema version (its last applied migration);
	// SchemaKnown is the last one this marsad has.
	Schema      int `json:"schema"`
	SchemaKnown int `json:"schema_known"`
	// Latency is how long the database took to answer.
	Latency time.Duration `json:"latency_ns"`
	// OpenConns, InUse and MaxConns describe the connection pool: the
	// connections open, those busy with a query or a transaction, and the
	// limit (pool_max_conns on PostgreSQL).
	OpenConns int `json:"open_conns"`
	InUse     int `json:"in_use"`
	MaxConns  int `json:"max_conns"`
	// WaitCount is how many times, since the store was opened, a query
	// waited for a free connection.
	WaitCount int64 `json:"wait_count"`
}

// Health asks the database for its schema version, which also shows that it
// answers, and returns it with the pool's figures. An error means the
// database did not answer within ctx.
func (s *Store) Health(ctx context.Context) (Health, error) {
	h := Health{Backend: s.Backend()}
	start := time.Now()
	v, err := s.SchemaVersion(ctx)
	h.Latency = time.Since(start)
	st := s.db.Stats()
	h.OpenConns, h.InUse, h.MaxConns, h.WaitCount = st.OpenConnections, st.InUse, st.MaxOpenConnections, st.WaitCount
	if ms, err := loadMigrations(migrationFiles, s.db.dialect); err == nil {
		h.SchemaKnown = len(ms)
	}
	if err != nil {
		return h, err
	}
	h.Schema = v
	return h, nil
}

// SchemaVersion returns the number of the last migration applied to the
// database.
func (s *Store) SchemaVersion(ctx context.Context) (int, error) {
	var v int
	if err := s.db.QueryRowContext(ctx, `SELECT coalesce(max(version), 0) FROM schema_migrations`).Scan(&v); err != nil {
		return 0, fmt.Errorf("storage: schema version: %w", err)
	}
	return v, nil
}

// Migration is one applied schema migration.
type Migration struct {
	Version int
	Name    string
	Applied time.Time
}

// Migrations returns the migrations applied to the database, in order.
func (s *Store) Migrations(ctx context.Context) ([]Migration, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT version, name, applied_at FROM schema_migrations ORDER BY version`)
	if err != nil {
		return nil, fmt.Errorf("storage: migrations: %w", err)
	}
	defer rows.Close()
	var ms []Migration
	for rows.Next() {
		var m Migration
		var at string
		if err := rows.Scan(&m.Version, &m.Name, &at); err != nil {
			return nil, fmt.Errorf("storage: migrations: %w", err)
		}
		m.Applied, _ = time.Parse(timeLayout, at)
		ms = append(ms, m)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("storage: migrations: %w", err)
	}
	return ms, nil
}
