package ingest

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/marsad/marsad/internal/model"
	"github.com/marsad/marsad/samples"
)

// Samples ingests the samples bundled with marsad (package samples) into
// st through p, as Run does with files.
func Samples(ctx context.Context, p *Processor, st Store) (*Summary, error) {
	dir, err := os.MkdirTemp("", "marsad-samples-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	if err := WriteSamples(dir); err != nil {
		return nil, err
	}
	return Run(ctx, &Reader{}, p, st, []string{dir}, Options{})
}

// SampleArticles returns the articles of the bundled samples, made by p
// (extracted, and analysed when p has an Analyzer), followed by those of
// extra, files read as pages (.html) or text dumps; for tests that build a
// store of their own.
func SampleArticles(p *Processor, extra ...string) ([]*model.Article, error) {
	var items []Item
	err := fs.WalkDir(samples.FS, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := samples.FS.ReadFile(path)
		items = append(items, Item{Name: path, Data: b})
		return err
	})
	if err != nil {
		return nil, err
	}
	for _, path := range extra {
		b, err := os.ReadFile(path)
		if err != nil {
			return nil, err
		}
		items = append(items, Item{Name: filepath.Base(path), Data: b})
	}
	var out []*model.Article
	for _, it := range items {
		it.Kind = "text"
		if strings.HasSuffix(it.Name, ".html") {
			it.Kind = "html"
		}
		for _, r := range p.Process(it) {
			if r.Err != nil {
				return nil, fmt.Errorf("%s: %w", it.Name, r.Err)
			}
			out = append(out, r.Article)
		}
	}
	return out, nil
}

// WriteSamples writes the bundled samples into dir.
func WriteSamples(dir string) error {
	return fs.WalkDir(samples.FS, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := samples.FS.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dir, filepath.Base(path)), b, 0o644)
	})
}
