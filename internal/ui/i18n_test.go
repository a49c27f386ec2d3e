package ui

import (
	"io/fs"
	"regexp"
	"strings"
	"testing"
	"time"
)

// TestMessages checks that every interface string a template or the code
// asks for is in the table, in both languages.
func TestMessages(t *testing.T) {
	for k, m := range messages {
		if strings.TrimSpace(m[0]) == "" || strings.TrimSpace(m[1]) == "" {
			t.Errorf("message %q lacks a language: %q", k, m)
		}
	}
	used := map[string]bool{}
	key := regexp.MustCompile(`\.T "([^"]+)"`)
	err := fs.WalkDir(templateFS, "templates", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(templateFS, path)
		for _, m := range key.FindAllStringSubmatch(string(b), -1) {
			used[m[1]] = true
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	// Keys made from a prefix and a value.
	for _, k := range []string{"home", "search", "entities", "quotes", "events", "graph", "stories"} {
		used["nav."+k] = true
	}
	for _, q := range quadClasses {
		used["quad."+q] = true
	}
	for _, k := range []string{"direct", "indirect"} {
		used["kind."+k] = true
	}
	for _, u := range []string{"day", "week", "month", "year"} {
		used["entity.by."+u] = true
	}
	for _, typ := range ploverTypes {
		used["ev."+typ] = true
	}
	for _, typ := range entityTypes {
		used["type."+typ] = true
	}
	if len(used) < 50 {
		t.Fatalf("found only %d keys in the templates: is the pattern right?", len(used))
	}
	for k := range used {
		if _, ok := messages[k]; !ok {
			t.Errorf("message %q is used but not in the table", k)
		}
	}
}

func TestFormats(t *testing.T) {
	d := time.Date(2025, 10, 10, 9, 30, 0, 0, time.UTC)
	for _, tc := range []struct{ got, want string }{
		{arabic.Date(d), "10 أكتوبر 2025"},
		{english.Date(d), "10 October 2025"},
		{arabic.Date(time.Time{}), ""},
		{arabic.Day("2025-10"), "أكتوبر 2025"},
		{english.Day("2026/2030"), "2026/2030"},
		{english.Day(""), "Undated"},
		{english.Number(2520000000), "2,520,000,000"},
		{english.Number(-1234.5), "-1,234.5"},
		{arabic.Number(16.2), "16.2"},
		{arabic.Name("Vladimir Putin", "فلاديمير بوتين"), "فلاديمير بوتين"},
		{english.Name("Vladimir Putin", "فلاديمير بوتين"), "Vladimir Putin"},
		{english.Name("", "نيسان"), "نيسان"},
		{arabic.Name("Nissan", ""), "Nissan"},
		{arabic.OtherName("Vladimir Putin", "فلاديمير بوتين"), "Vladimir Putin"},
		{arabic.OtherName("x", "x"), ""},
		{english.T("no such key"), "[no such key]"},
	} {
		if tc.got != tc.want {
			t.Errorf("got %q, want %q", tc.got, tc.want)
		}
	}
}
