package storage

import (
	"context"
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"
)

func embeddedMigrations(t *testing.T) []migration {
	t.Helper()
	ms, err := loadMigrations(migrationFiles, sqliteDialect)
	if err != nil {
		t.Fatalf("loadMigrations: %v", err)
	}
	return ms
}

type appliedRow struct {
	version   int
	name      string
	appliedAt string
}

func readApplied(t *testing.T, db *sqlDB) []appliedRow {
	t.Helper()
	rows, err := db.Query(`SELECT version, name, applied_at FROM schema_migrations ORDER BY version`)
	if err != nil {
		t.Fatalf("read schema_migrations: %v", err)
	}
	defer rows.Close()
	var out []appliedRow
	for rows.Next() {
		var r appliedRow
		if err := rows.Scan(&r.version, &r.name, &r.appliedAt); err != nil {
			t.Fatal(err)
		}
		out = append(out, r)
	}
	return out
}

func TestOpenMigratesOnce(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "marsad.db")
	ms := embeddedMigrations(t)

	s, err := Open(ctx, path)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	first := readApplied(t, s.db)
	if len(first) != len(ms) {
		t.Fatalf("after first Open: %d migrations recorded, want %d", len(first), len(ms))
	}
	for i, r := range first {
		if r.version != ms[i].version || r.name != ms[i].name {
			t.Errorf("migration row %d = %d %q, want %d %q", i, r.version, r.name, ms[i].version, ms[i].name)
		}
	}
	if _, err := s.SaveArticle(ctx, testArticle("https://example.com/1", "نص المقال الأول")); err != nil {
		t.Fatalf("SaveArticle: %v", err)
	}
	s.Close()

	for range 2 {
		s, err = Open(ctx, path)
		if err != nil {
			t.Fatalf("reopen: %v", err)
		}
		again := readApplied(t, s.db)
		if len(again) != len(first) {
			t.Fatalf("after reopen: %d migrations recorded, want %d", len(again), len(first))
		}
		for i := range again {
			if again[i] != first[i] {
				t.Errorf("after reopen: migration row %d = %+v, want %+v (applied again?)", i, again[i], first[i])
			}
		}
		if n, err := s.Count(ctx); err != nil || n != 1 {
			t.Errorf("after reopen: Count = %d, %v; want 1, nil", n, err)
		}
		s.Close()
	}
}

func TestOpenRefusesNewerSchema(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		name    string
		tamper  string
		wantIs  error
		wantMsg string
	}{
		{"newer version", `INSERT INTO schema_migrations VALUES (999, '0999_future.sql', '2030-01-01T00:00:00Z')`,
			ErrSchemaTooNew, "newer marsad"},
		{"edited migration list", `UPDATE schema_migrations SET name = '0001_renamed.sql' WHERE version = 1`,
			nil, "changed after release"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "marsad.db")
			s, err := Open(ctx, path)
			if err != nil {
				t.Fatalf("Open: %v", err)
			}
			if _, err := s.db.Exec(tt.tamper); err != nil {
				t.Fatal(err)
			}
			s.Close()
			s, err = Open(ctx, path)
			if err == nil {
				s.Close()
				t.Fatalf("Open succeeded, want an error")
			}
			if tt.wantIs != nil && !errors.Is(err, tt.wantIs) {
				t.Errorf("Open error = %v, want one wrapping %v", err, tt.wantIs)
			}
			if !strings.Contains(err.Error(), tt.wantMsg) {
				t.Errorf("Open error = %q, want it to contain %q", err, tt.wantMsg)
			}
		})
	}
}

func TestLoadMigrations(t *testing.T) {
	file := func(s string) *fstest.MapFile { return &fstest.MapFile{Data: []byte(s)} }
	tests := []struct {
		name     string
		fsys     fstest.MapFS
		versions int
		wantErr  string
	}{
		{"two", fstest.MapFS{
			"migrations/sqlite/0001_init.sql": file("CREATE TABLE a (x)"),
			"migrations/sqlite/0002_more.sql": file("CREATE TABLE b (x)"),
		}, 2, ""},
		{"gap", fstest.MapFS{
			"migrations/sqlite/0001_init.sql": file(""),
			"migrations/sqlite/0003_more.sql": file(""),
		}, 0, "expected number 2"},
		{"duplicate", fstest.MapFS{
			"migrations/sqlite/0001_init.sql":  file(""),
			"migrations/sqlite/0001_other.sql": file(""),
		}, 0, "expected number 2"},
		{"starts at zero", fstest.MapFS{"migrations/sqlite/0000_init.sql": file("")}, 0, "NNNN_description.sql"},
		{"no number", fstest.MapFS{"migrations/sqlite/init.sql": file("")}, 0, "NNNN_description.sql"},
		{"none", fstest.MapFS{"migrations/sqlite/README": file("")}, 0, "none embedded"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms, err := loadMigrations(tt.fsys, sqliteDialect)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("loadMigrations error = %v, want one containing %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("loadMigrations: %v", err)
			}
			if len(ms) != tt.versions {
				t.Fatalf("got %d migrations, want %d", len(ms), tt.versions)
			}
			for i, m := range ms {
				if m.version != i+1 {
					t.Errorf("migration %d has version %d, want %d", i, m.version, i+1)
				}
			}
		})
	}
}

// TestMigrateFailureIsAtomic checks that a migration that fails half-way
// leaves neither its changes nor its record, and that the next run applies
// only what is pending.
func TestMigrateFailureIsAtomic(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	ms, err := loadMigrations(migrationFiles, s.db.dialect)
	if err != nil {
		t.Fatal(err)
	}
	n := len(ms)

	bad := append(ms[:n:n], migration{version: n + 1, name: "bad.sql",
		sql: `CREATE TABLE half (x INTEGER); INSERT INTO no_such_table VALUES (1);`})
	if err := migrateTo(ctx, s.db, bad); err == nil {
		t.Fatal("migrate with a failing migration succeeded, want an error")
	}
	var tables int
	schema := `SELECT count(*) FROM sqlite_schema WHERE name = 'half'`
	if onPostgres() {
		schema = `SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = 'half'`
	}
	if err := s.db.QueryRow(schema).Scan(&tables); err != nil {
		t.Fatal(err)
	}
	if tables != 0 {
		t.Errorf("table of the failed migration exists, want it rolled back")
	}
	if got := len(readApplied(t, s.db)); got != n {
		t.Errorf("%d migrations recorded after failure, want %d", got, n)
	}

	good := append(ms[:n:n], migration{version: n + 1, name: "good.sql", sql: `CREATE TABLE whole (x INTEGER);`})
	for range 2 {
		if err := migrateTo(ctx, s.db, good); err != nil {
			t.Fatalf("migrate: %v", err)
		}
	}
	if got := len(readApplied(t, s.db)); got != n+1 {
		t.Errorf("%d migrations recorded, want %d", got, n+1)
	}
}

func TestOpenPathsAndPragmas(t *testing.T) {
	ctx := context.Background()
	tests := []struct{ name, rel string }{
		{"nested directories", "a/b/c/marsad.db"},
		{"spaces and URI characters", "my dir/marsad #1?.db"},
		{"Arabic name", "مرصد/أخبار.db"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, tt.rel)
			s, err := Open(ctx, path)
			if err != nil {
				t.Fatalf("Open(%q): %v", path, err)
			}
			defer s.Close()
			if _, err := s.SaveArticle(ctx, testArticle("https://example.com/1", "نص")); err != nil {
				t.Fatalf("SaveArticle: %v", err)
			}
			if _, err := os.Stat(path); err != nil {
				t.Errorf("database file not created: %v", err)
			}

			// Every pooled connection gets the pragmas.
			var conns []*sql.Conn
			for range 3 {
				c, err := s.db.Conn(ctx)
				if err != nil {
					t.Fatal(err)
				}
				conns = append(conns, c)
			}
			for i, c := range conns {
				for pragma, want := range map[string]string{
					"journal_mode": "wal", "synchronous": "1", "foreign_keys": "1", "busy_timeout": "5000",
				} {
					var got string
					if err := c.QueryRowContext(ctx, "PRAGMA "+pragma).Scan(&got); err != nil {
						t.Fatal(err)
					}
					if got != want {
						t.Errorf("connection %d: PRAGMA %s = %s, want %s", i, pragma, got, want)
					}
				}
			}
			for _, c := range conns {
				c.Close()
			}
		})
	}
}

func TestOpenEmptyPath(t *testing.T) {
	if _, err := Open(context.Background(), ""); err == nil {
		t.Error("Open(\"\") succeeded, want an error")
	}
}

// TestTermCountsBackfill opens a PostgreSQL store whose articles were
// indexed before migration 0012 and checks that the migration fills
// fts_counts from articles_fts: the rollups agree and searches rank as
// before.
func TestTermCountsBackfill(t *testing.T) {
	if !onPostgres() {
		t.Skip("fts_counts is PostgreSQL's (migration 0012)")
	}
	ctx := context.Background()
	s := newStore(t)
	seed(t, s)
	queries := []string{"بوتين", "الرئيس", "علييف القمة", "summit", "112"}
	search := func() [][]int64 {
		var out [][]int64
		for _, q := range queries {
			hits, err := s.Search(ctx, SearchQuery{Text: q})
			if err != nil {
				t.Fatalf("Search(%q): %v", q, err)
			}
			out = append(out, ids(hits))
		}
		return out
	}
	before := search()
	for _, q := range []string{`DROP TABLE fts_counts`, `DROP FUNCTION marsad_term_hashes`,
		`DELETE FROM schema_migrations WHERE version = 12`} {
		if _, err := s.db.ExecContext(ctx, q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	if err := migrate(ctx, s.db); err != nil {
		t.Fatalf("migrate: %v", err)
	}
	var n int
	if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM fts_counts`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	if n != len(corpus()) {
		t.Errorf("fts_counts has %d rows after the migration, want %d", n, len(corpus()))
	}
	if err := s.VerifyRollups(ctx); err != nil {
		t.Error(err)
	}
	if after := search(); !reflect.DeepEqual(after, before) {
		t.Errorf("searches after the backfill = %v, want %v", after, before)
	}
}
