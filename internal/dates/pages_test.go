package dates

import (
	"bufio"
	"flag"
	"os"
	"strings"
	"testing"
	"time"
)

var update = flag.Bool("update", false, "rewrite testdata/pages.golden from the current parser")

// pageValue is one date string taken from a real page (testdata/pages.tsv,
// made by testdata/harvest.py).
type pageValue struct {
	page, where, value string
	published          string // the page's publication day, or "-"
}

func readPageValues(t testing.TB) []pageValue {
	t.Helper()
	f, err := os.Open("testdata/pages.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []pageValue
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		cols := strings.Split(sc.Text(), "\t")
		if len(cols) != 4 {
			t.Fatalf("testdata/pages.tsv: line %q has %d columns, want 4", sc.Text(), len(cols))
		}
		out = append(out, pageValue{cols[0], cols[1], cols[2], cols[3]})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestPagesGolden parses every harvested string and compares the results
// with testdata/pages.golden. Run with -update to rewrite it, and review the
// diff.
func TestPagesGolden(t *testing.T) {
	values := readPageValues(t)
	var b strings.Builder
	for _, v := range values {
		got := "-"
		if tm, ok := Parse(v.value, nil); ok {
			got = tm.Format(time.RFC3339Nano)
		}
		b.WriteString(v.value + "\t" + got + "\n")
	}
	const golden = "testdata/pages.golden"
	if *update {
		if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -run TestPagesGolden -update to create it)", err)
	}
	gotLines := strings.Split(b.String(), "\n")
	wantLines := strings.Split(string(want), "\n")
	if len(gotLines) != len(wantLines) {
		t.Fatalf("%s has %d lines, the parser gives %d: run with -update and review the diff", golden, len(wantLines), len(gotLines))
	}
	for i := range gotLines {
		if gotLines[i] != wantLines[i] {
			t.Errorf("%s:%d: got %q, want %q", golden, i+1, gotLines[i], wantLines[i])
		}
	}
}

// TestPagesPublished checks the publication time in each page's meta
// elements against the page's expected day, allowing a day for time zones
// and for the expectation being the update day.
func TestPagesPublished(t *testing.T) {
	n := 0
	for _, v := range readPageValues(t) {
		if v.published == "-" {
			continue
		}
		n++
		want, err := time.Parse(time.DateOnly, v.published)
		if err != nil {
			t.Fatalf("%s: bad expected day %q", v.page, v.published)
		}
		got, ok := Parse(v.value, nil)
		if !ok {
			t.Errorf("%s %s: Parse(%q) found no date, want %s", v.page, v.where, v.value, v.published)
			continue
		}
		day := time.Date(got.Year(), got.Month(), got.Day(), 0, 0, 0, 0, time.UTC)
		if d := day.Sub(want); d < -24*time.Hour || d > 24*time.Hour {
			t.Errorf("%s %s: Parse(%q) = %s, want %s", v.page, v.where, v.value, got.Format(time.RFC3339), v.published)
		}
	}
	if n < 100 {
		t.Errorf("only %d checked values in testdata/pages.tsv", n)
	}
}
