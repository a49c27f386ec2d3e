// Package ingest reads news from where it lies — files, folders, archives
// of JSON articles, web archives (WARC), standard input, URLs — turns each item into an Article
// (HTML through the extractor, text dumps through the text-dump reader,
// JSON as it is) and stores it, one bad item never stopping the rest.
package ingest

import (
	"archive/zip"
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/marsad/marsad/internal/fetch"
)

// Item is one input read from a source: a page, a text dump or a JSON
// document of articles. Err is set when it could not be read; such an item
// is still reported so that the summary names it.
type Item struct {
	// Name is where the item came from: a path, "path!member" inside an
	// archive, "-" for standard input, or a URL.
	Name string
	// URL is the page's address: the fetched URL, or --url for a file.
	URL string
	// ContentType is the HTTP Content-Type, when the item was fetched.
	ContentType string
	// Kind is what the name says the item is: "html", "text", "json" or ""
	// (unknown: sniffed from the bytes).
	Kind string
	// Fetched is when the page was fetched, when known (a WARC record's
	// WARC-Date).
	Fetched time.Time
	Data    []byte
	Err     error
}

// Reader lists and reads the items of files, folders, archives, standard
// input and URLs. The zero value reads files only; set Fetcher for URLs.
type Reader struct {
	// Fetcher fetches URLs; nil refuses them.
	Fetcher *fetch.Fetcher
	// MaxBytes caps one item (default 32 MiB); a larger one is an error item.
	// In a web archive it caps each record's page; the archive itself may
	// be of any size.
	MaxBytes int64
	// Stdin is read for the input "-".
	Stdin io.Reader
	// URL is given to items read from files or stdin as their address
	// (the --url flag); it only makes sense with one input.
	URL string
}

// extensions maps the file extensions marsad reads to their kinds.
var extensions = map[string]string{
	".html": "html", ".htm": "html", ".xhtml": "html", ".shtml": "html",
	".txt": "text", ".text": "text",
	".json": "json", ".jsonl": "json", ".ndjson": "json",
	".warc": "warc",
}

// Accepts reports whether a file name has an extension marsad reads,
// possibly followed by .gz (.warc.gz included), or is a .zip archive.
func Accepts(name string) bool {
	n := strings.ToLower(name)
	if strings.HasSuffix(n, ".zip") {
		return true
	}
	n = strings.TrimSuffix(n, ".gz")
	_, ok := extensions[filepath.Ext(n)]
	return ok
}

func kindOf(name string) string {
	return extensions[filepath.Ext(strings.TrimSuffix(strings.ToLower(name), ".gz"))]
}

// Walk calls emit for every item of inputs, in order: folders are walked
// recursively in name order, skipping hidden entries and files whose
// extension marsad does not read. Walk stops early only when ctx is done or
// emit returns an error.
func (r *Reader) Walk(ctx context.Context, inputs []string, emit func(Item) error) error {
	for _, in := range inputs {
		if err := ctx.Err(); err != nil {
			return err
		}
		var err error
		switch {
		case in == "-":
			err = emit(r.readStream("-", r.Stdin, ""))
		case strings.HasPrefix(in, "http://") || strings.HasPrefix(in, "https://"):
			err = emit(r.fetch(ctx, in))
		default:
			err = r.walkPath(ctx, in, emit)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

func (r *Reader) maxBytes() int64 {
	if r.MaxBytes > 0 {
		return r.MaxBytes
	}
	return 32 << 20
}

func (r *Reader) fetch(ctx context.Context, url string) Item {
	if r.Fetcher == nil {
		return Item{Name: url, URL: url, Err: errors.New("fetching URLs is switched off")}
	}
	p, err := r.Fetcher.Get(ctx, url)
	if err != nil {
		return Item{Name: url, URL: url, Err: err}
	}
	return Item{Name: url, URL: p.URL, ContentType: p.ContentType, Kind: KindOfContentType(p.ContentType), Data: p.Body}
}

// KindOfContentType is the Item kind of an HTTP Content-Type: "html",
// "text", "json", or "" (sniffed from the bytes).
func KindOfContentType(contentType string) string {
	ct := strings.ToLower(contentType)
	switch {
	case strings.Contains(ct, "html"):
		return "html"
	case strings.Contains(ct, "text/plain"):
		return "text"
	case strings.Contains(ct, "json"):
		return "json"
	}
	return ""
}

func (r *Reader) walkPath(ctx context.Context, root string, emit func(Item) error) error {
	info, err := os.Stat(root)
	if err != nil {
		return emit(Item{Name: root, Err: cleanPathErr(err)})
	}
	if !info.IsDir() {
		return r.emitFile(ctx, root, emit)
	}
	var files []string
	err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			files = append(files, path) // reported when read
			return nil
		}
		if path != root && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if !d.IsDir() && Accepts(d.Name()) {
			files = append(files, path)
		}
		return ctx.Err()
	})
	if err != nil {
		return err
	}
	sort.Strings(files)
	for _, f := range files {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := r.emitFile(ctx, f, emit); err != nil {
			return err
		}
	}
	return nil
}

func (r *Reader) emitFile(ctx context.Context, path string, emit func(Item) error) error {
	if strings.HasSuffix(strings.ToLower(path), ".zip") {
		return r.emitZip(ctx, path, emit)
	}
	f, err := os.Open(path)
	if err != nil {
		return emit(Item{Name: path, Err: cleanPathErr(err)})
	}
	defer f.Close()
	if isWARC(path) {
		return r.emitWARC(ctx, path, f, emit)
	}
	return emit(r.readStream(path, f, kindOf(path)))
}

// readStream reads one item from rd, gunzipping it when its name ends in
// .gz or its bytes start with the gzip magic number.
func (r *Reader) readStream(name string, rd io.Reader, kind string) Item {
	it := Item{Name: name, URL: r.URL, Kind: kind}
	if rd == nil {
		it.Err = errors.New("no standard input")
		return it
	}
	data, err := readLimited(rd, r.maxBytes())
	if err == nil && len(data) >= 2 && data[0] == 0x1f && data[1] == 0x8b {
		var gz *gzip.Reader
		if gz, err = gzip.NewReader(bytes.NewReader(data)); err == nil {
			data, err = readLimited(gz, r.maxBytes())
			if err != nil && !errors.Is(err, errTooLarge) {
				err = fmt.Errorf("gzip: %w", err)
			}
		} else {
			err = fmt.Errorf("gzip: %w", err)
		}
	}
	it.Data, it.Err = data, err
	return it
}

var errTooLarge = errors.New("larger than the size limit")

func readLimited(rd io.Reader, max int64) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(rd, max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > max {
		return nil, fmt.Errorf("%w of %s (raise it with --max-bytes)", errTooLarge, humanBytes(max))
	}
	return data, nil
}

func (r *Reader) emitZip(ctx context.Context, path string, emit func(Item) error) error {
	zr, err := zip.OpenReader(path)
	if err != nil {
		return emit(Item{Name: path, Err: fmt.Errorf("zip: %w", err)})
	}
	defer zr.Close()
	for _, f := range zr.File {
		if f.FileInfo().IsDir() || !Accepts(f.Name) || strings.HasSuffix(strings.ToLower(f.Name), ".zip") || hiddenMember(f.Name) {
			continue
		}
		name := path + "!" + f.Name
		rc, err := f.Open()
		if err != nil {
			if err := emit(Item{Name: name, Err: fmt.Errorf("zip: %w", err)}); err != nil {
				return err
			}
			continue
		}
		if isWARC(f.Name) {
			err := r.emitWARC(ctx, name, rc, emit)
			rc.Close()
			if err != nil {
				return err
			}
			continue
		}
		it := r.readStream(name, rc, kindOf(f.Name))
		rc.Close()
		if err := emit(it); err != nil {
			return err
		}
	}
	return nil
}

// hiddenMember reports whether a zip member lies in a hidden folder or is
// a macOS resource fork (__MACOSX/, ._name), as folders skip them.
func hiddenMember(name string) bool {
	for _, el := range strings.Split(name, "/") {
		if strings.HasPrefix(el, ".") || el == "__MACOSX" {
			return true
		}
	}
	return false
}

// cleanPathErr drops the "open PATH:" prefix that the item's name repeats.
func cleanPathErr(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// Count returns the number of items Walk would emit for the local paths
// among inputs, without reading them (a zip archive counts as one item);
// URLs and "-" count one each. It returns 0 (unknown) when a web archive
// is among them: its pages cannot be counted without reading it.
func (r *Reader) Count(ctx context.Context, inputs []string) int {
	n := 0
	warcs := false
	for _, in := range inputs {
		info, err := os.Stat(in)
		if err != nil || !info.IsDir() {
			warcs = warcs || isWARC(in)
			n++
			continue
		}
		filepath.WalkDir(in, func(path string, d fs.DirEntry, err error) error {
			if err == nil && path != in && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if err != nil || (!d.IsDir() && Accepts(d.Name())) {
				warcs = warcs || isWARC(path)
				n++
			}
			return ctx.Err()
		})
	}
	if warcs {
		return 0
	}
	return n
}

// humanBytes writes n bytes as KiB or MiB for messages.
func humanBytes(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.4g MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.4g KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}
