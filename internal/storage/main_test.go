package storage

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/marsad/marsad/internal/pgtest"
)

// backendEnv selects the backend that newStore opens: unset for SQLite,
// "postgres" for PostgreSQL. The store's tests are its contract: TestMain
// runs them all on SQLite, then, when a PostgreSQL server is configured
// (pgtest.Env), runs this test binary again with backendEnv=postgres so
// that every test that opens its store with newStore runs on PostgreSQL.
const backendEnv = "MARSAD_TEST_BACKEND"

func TestMain(m *testing.M) {
	code := m.Run()
	if os.Getenv(backendEnv) != "" {
		os.Exit(code)
	}
	switch {
	case pgtest.Available():
		fmt.Println("storage: the same tests on PostgreSQL")
		cmd := exec.Command(os.Args[0], os.Args[1:]...)
		cmd.Env = append(os.Environ(), backendEnv+"=postgres")
		cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
		if err := cmd.Run(); err != nil {
			fmt.Println("storage: FAIL on PostgreSQL:", err)
			code = max(code, 1)
		}
	case os.Getenv("CI") == "true":
		fmt.Printf("storage: %s is not set, the store's tests did not run on PostgreSQL\n", pgtest.Env)
		code = max(code, 1)
	default:
		fmt.Printf("storage: %s is not set; the store's tests ran on SQLite only\n", pgtest.Env)
	}
	os.Exit(code)
}

// onPostgres reports whether newStore opens PostgreSQL stores.
func onPostgres() bool { return os.Getenv(backendEnv) == "postgres" }

// testPath returns where a test's store lives: a fresh PostgreSQL schema
// when the suite runs on PostgreSQL, else a file in a temporary directory.
func testPath(t testing.TB) string {
	t.Helper()
	if onPostgres() {
		return pgtest.URL(t)
	}
	return filepath.Join(t.TempDir(), "marsad.db")
}

// newStore opens a store on the suite's backend and closes it when the
// test ends.
func newStore(t testing.TB) *Store {
	t.Helper()
	s, err := Open(context.Background(), testPath(t))
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}
