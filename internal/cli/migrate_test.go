package cli

import (
	"database/sql"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/marsad/marsad/internal/pgtest"
	"github.com/marsad/marsad/internal/storage"

	_ "modernc.org/sqlite"
)

func TestMigrate(t *testing.T) {
	db := filepath.Join(t.TempDir(), "m.db")
	code, out, errs := run(t, "", "migrate", "--db", db)
	if code != 0 {
		t.Fatalf("migrate: exit %d: %s", code, errs)
	}
	if !regexp.MustCompile(`(?m)^0001_init.sql +applied 20`).MatchString(out) || !regexp.MustCompile(`schema version \d+ \(sqlite\), up to date`).MatchString(out) {
		t.Errorf("first migrate printed %q", out)
	}
	_, again, _ := run(t, "", "migrate", "--db", db)
	if again != out {
		t.Errorf("second migrate printed %q, want %q", again, out)
	}

	// A store migrated by a newer marsad is refused, with what to do.
	sdb, err := sql.Open("sqlite", db)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := sdb.Exec(`INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, '0999_future.sql', '2030-01-01T00:00:00Z')`); err != nil {
		t.Fatal(err)
	}
	sdb.Close()
	code, _, errs = run(t, "", "migrate", "--db", db)
	if code != 1 || !strings.Contains(errs, "schema version 999") || !strings.Contains(errs, "upgrade") {
		t.Errorf("migrate of a too-new store: exit %d, %q", code, errs)
	}
}

func TestMigratePostgresHidesPassword(t *testing.T) {
	u := pgtest.URL(t)
	code, out, errs := run(t, "", "migrate", "--db", u)
	if code != 0 {
		t.Fatalf("migrate: exit %d: %s", code, errs)
	}
	if !regexp.MustCompile(`schema version \d+ \(postgres\), up to date`).MatchString(out) {
		t.Errorf("migrate printed %q", out)
	}
	if strings.Contains(out+errs, ":marsad@") || !strings.Contains(out, "xxxxx") {
		t.Errorf("the password is not hidden: %q", out+errs)
	}
	t.Setenv("MARSAD_DB", u)
	_, out, _ = run(t, "", "serve", "--print-config")
	if strings.Contains(out, ":marsad@") || !strings.Contains(out, "postgres://") {
		t.Errorf("serve --print-config shows %q", out)
	}
	// Read-only commands open an existing PostgreSQL store (there is no
	// file to look for).
	if code, _, errs := run(t, "", "list"); code != 0 {
		t.Errorf("list on PostgreSQL: exit %d: %s", code, errs)
	}
}

// testMigrateStore ingests the samples into a SQLite store, copies it into
// target with marsad migrate-store, and compares what search and
// entities print from either.
func testMigrateStore(t *testing.T, target string) {
	src := filepath.Join(t.TempDir(), "src.db")
	if code, _, errs := run(t, "", "ingest", "-q", "--db", src, "../../samples"); code != 0 {
		t.Fatalf("ingest: exit %d: %s", code, errs)
	}
	code, out, errs := run(t, "", "migrate-store", "-q", "--from", src, "--to", target, "--batch", "1")
	if code != 0 {
		t.Fatalf("migrate-store: exit %d: %s\n%s", code, errs, out)
	}
	for _, want := range []string{"copied 2 articles", "verified", "articles ", "entities ", "happenings "} {
		if !strings.Contains(out, want) {
			t.Errorf("migrate-store output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "DIFFERS") || strings.Contains(out+errs, ":marsad@") {
		t.Errorf("migrate-store output:\n%s", out)
	}
	// Again: nothing more to copy, still verified.
	code, out, errs = run(t, "", "migrate-store", "-q", "--from", src, "--to", target)
	if code != 0 || !strings.Contains(out, "copied 0 articles") || !strings.Contains(out, "resumed after article") {
		t.Errorf("second migrate-store: exit %d %s\n%s", code, errs, out)
	}
	for _, args := range [][]string{{"search", "علييف"}, {"entities", "-n", "10"}, {"list"}, {"events"}} {
		_, want, _ := run(t, "", append(args, "--db", src)...)
		_, got, errs := run(t, "", append(args, "--db", target)...)
		got = strings.ReplaceAll(got, storage.Redact(target), "STORE")
		want = strings.ReplaceAll(want, src, "STORE")
		if got != want {
			t.Errorf("%v on the copy:\n%s%s\nwant\n%s", args, got, errs, want)
		}
	}
}

func TestMigrateStoreSQLite(t *testing.T) {
	testMigrateStore(t, filepath.Join(t.TempDir(), "dst.db"))
}

func TestMigrateStorePostgres(t *testing.T) {
	testMigrateStore(t, pgtest.URL(t))
}

func TestMigrateStoreUsage(t *testing.T) {
	if code, _, _ := run(t, "", "migrate-store", "--from", "x.db"); code != 2 {
		t.Errorf("migrate-store without --to: exit %d, want 2", code)
	}
	missing := filepath.Join(t.TempDir(), "none.db")
	code, _, errs := run(t, "", "migrate-store", "--from", missing, "--to", filepath.Join(t.TempDir(), "b.db"))
	if code != 1 || !strings.Contains(errs, "no store at") {
		t.Errorf("migrate-store from a missing file: exit %d %q", code, errs)
	}
	if _, err := os.Stat(missing); err == nil {
		t.Error("migrate-store created the missing source")
	}
}
