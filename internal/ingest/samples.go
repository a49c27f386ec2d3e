package ingest

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"

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
