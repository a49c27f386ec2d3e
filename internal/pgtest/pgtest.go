// Package pgtest gives tests a PostgreSQL database of their own: a fresh
// schema in the server named by MARSAD_TEST_POSTGRES (a postgres:// URL;
// .ci/postgres starts one and prints it), dropped when the test ends.
//
// Without MARSAD_TEST_POSTGRES a test that asks for one is skipped, so
// that `go test ./...` passes on a machine without PostgreSQL; with CI=true
// it fails instead, so that CI cannot pass without running it.
package pgtest

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"testing"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // registers the "pgx" database/sql driver
)

// Env names the variable that holds the server's URL.
const Env = "MARSAD_TEST_POSTGRES"

// Available reports whether a server is configured.
func Available() bool { return os.Getenv(Env) != "" }

// Require skips the test (fails it under CI=true) when no server is
// configured.
func Require(t testing.TB) {
	t.Helper()
	if Available() {
		return
	}
	if os.Getenv("CI") == "true" {
		t.Fatalf("%s is not set: PostgreSQL tests cannot run (.ci/run starts a server with .ci/postgres)", Env)
	}
	t.Skipf("%s is not set: skipping the PostgreSQL test (start a server with .ci/postgres and export %s)", Env, Env)
}

// URL returns the URL of a new, empty schema of the test server, made the
// connection's search_path, and drops the schema when the test ends.
func URL(t testing.TB) string {
	t.Helper()
	Require(t)
	base := os.Getenv(Env)
	var b [6]byte
	rand.Read(b[:])
	schema := "t_" + hex.EncodeToString(b[:])
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	db, err := sql.Open("pgx", base)
	if err != nil {
		t.Fatalf("pgtest: %v", err)
	}
	defer db.Close()
	if _, err := db.ExecContext(ctx, `CREATE SCHEMA `+schema); err != nil {
		t.Fatalf("pgtest: create schema: %v", err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		db, err := sql.Open("pgx", base)
		if err != nil {
			return
		}
		defer db.Close()
		if _, err := db.ExecContext(ctx, `DROP SCHEMA `+schema+` CASCADE`); err != nil {
			t.Logf("pgtest: drop schema %s: %v", schema, err)
		}
	})
	u, err := url.Parse(base)
	if err != nil {
		t.Fatalf("pgtest: %s: %v", Env, err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}
