package server_test

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/marsad/marsad/internal/analyze"
	"github.com/marsad/marsad/internal/ingest"
	"github.com/marsad/marsad/internal/server"
	"github.com/marsad/marsad/internal/storage"
	"github.com/marsad/marsad/internal/stories"
)

// sampleDB is a store with the bundled samples ingested, made once for the
// package's tests; each test copies it so that none sees another's writes.
var sampleDB string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "marsad-server-test-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	sampleDB = filepath.Join(dir, "sample.db")
	if err := buildSampleDB(sampleDB); err != nil {
		fmt.Fprintln(os.Stderr, "building the sample store:", err)
		os.RemoveAll(dir)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

func buildSampleDB(path string) error {
	ctx := context.Background()
	st, err := storage.Open(ctx, path)
	if err != nil {
		return err
	}
	defer st.Close()
	p := ingest.NewProcessor(nil)
	if p.Analyzer, err = analyze.New(); err != nil {
		return err
	}
	sum, err := ingest.Samples(ctx, p, st)
	if err != nil {
		return err
	}
	if sum.Inserted == 0 {
		return fmt.Errorf("no sample stored: %+v", sum)
	}
	_, err = stories.Update(ctx, st, stories.Options{})
	return err
}

// copyDB copies the sample store (checkpointed: its WAL is empty once the
// store that built it is closed) into t's temporary directory.
func copyDB(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile(sampleDB)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "marsad.db")
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// testServer is a real marsad server on a loopback port over a copy of the
// sample store.
type testServer struct {
	URL string
	St  *storage.Store
	Srv *server.Server
}

func startServer(t *testing.T, opts server.Options) *testServer {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	st, err := storage.Open(ctx, copyDB(t))
	if err != nil {
		t.Fatal(err)
	}
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	if testing.Verbose() {
		log = slog.New(slog.NewTextHandler(os.Stderr, nil))
	}
	srv, err := server.New(st, log, opts)
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ctx, ln) }()
	t.Cleanup(func() {
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("Serve returned %v after shutdown, want nil", err)
			}
		case <-time.After(15 * time.Second):
			t.Error("server did not shut down")
		}
		st.Close()
	})
	return &testServer{URL: "http://" + ln.Addr().String(), St: st, Srv: srv}
}

// get fetches path and returns the response and its body.
func (ts *testServer) get(t *testing.T, path string) (*http.Response, []byte) {
	t.Helper()
	resp, err := http.Get(ts.URL + path)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp, b
}
