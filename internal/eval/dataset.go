package eval

import (
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Page is one gold page of an extraction data set laid out as in
// shared/eval/extraction: NAME.html.gz (or NAME.html) beside NAME.json.
type Page struct {
	// Name is the file name without extensions.
	Name string
	// HTMLPath is the page's path.
	HTMLPath string
	// Gold is the expected output.
	Gold Gold
}

// Gold is the expected extraction of a page. Body is the article text;
// With and Without are snippet lists for pages that only have snippets.
type Gold struct {
	URL     string   `json:"url"`
	Body    string   `json:"articleBody"`
	Title   string   `json:"title"`
	Authors string   `json:"authors"`
	Date    string   `json:"date"`
	With    []string `json:"with"`
	Without []string `json:"without"`
}

// Load lists the gold pages of dir, sorted by name.
func Load(dir string) ([]Page, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("read eval folder: %w", err)
	}
	var pages []Page
	for _, e := range entries {
		name := e.Name()
		if !strings.HasSuffix(name, ".json") || e.IsDir() {
			continue
		}
		base := strings.TrimSuffix(name, ".json")
		htmlPath := ""
		for _, ext := range []string{".html.gz", ".html", ".htm"} {
			if _, err := os.Stat(filepath.Join(dir, base+ext)); err == nil {
				htmlPath = filepath.Join(dir, base+ext)
				break
			}
		}
		if htmlPath == "" {
			continue
		}
		raw, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			return nil, err
		}
		var g Gold
		if err := json.Unmarshal(raw, &g); err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		pages = append(pages, Page{Name: base, HTMLPath: htmlPath, Gold: g})
	}
	sort.Slice(pages, func(i, j int) bool { return pages[i].Name < pages[j].Name })
	if len(pages) == 0 {
		return nil, fmt.Errorf("%s holds no NAME.json beside NAME.html[.gz]", dir)
	}
	return pages, nil
}

// ReadHTML returns the page's bytes, gunzipped when the file is .gz.
func (p Page) ReadHTML() ([]byte, error) {
	f, err := os.Open(p.HTMLPath)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(p.HTMLPath, ".gz") {
		gz, err := gzip.NewReader(f)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", p.HTMLPath, err)
		}
		defer gz.Close()
		r = gz
	}
	return io.ReadAll(r)
}
