package ui

import (
	"crypto/sha256"
	"encoding/hex"
	"io/fs"
	"net/http"
	"strings"
)

// assets serves the embedded static files. Pages link to them with a
// version (?v= a hash of the file), so that a file can be cached for a year
// and a new binary's files are still fetched; a request without the right
// version is cached for an hour. Each file has an ETag, so that a browser
// revalidates with a 304.
type assets struct {
	files  fs.FS
	hashes map[string]string // name → short hex SHA-256
	server http.Handler
}

func newAssets(fsys fs.FS, dir string) (*assets, error) {
	a := &assets{files: sub(fsys, dir), hashes: map[string]string{}}
	err := fs.WalkDir(a.files, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(a.files, path)
		if err != nil {
			return err
		}
		sum := sha256.Sum256(b)
		a.hashes[path] = hex.EncodeToString(sum[:6])
		return nil
	})
	if err != nil {
		return nil, err
	}
	a.server = http.StripPrefix("/static/", http.FileServerFS(a.files))
	return a, nil
}

// url is the versioned address of the static file name.
func (a *assets) url(name string) string {
	if v, ok := a.hashes[name]; ok {
		return "/static/" + name + "?v=" + v
	}
	return "/static/" + name
}

func (a *assets) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	name := strings.TrimPrefix(r.URL.Path, "/static/")
	v, ok := a.hashes[name]
	if !ok {
		// No directory listings, nothing that is not a file of ours.
		http.NotFound(w, r)
		return
	}
	h := w.Header()
	h.Set("ETag", `"`+v+`"`)
	if r.URL.Query().Get("v") == v {
		h.Set("Cache-Control", "public, max-age=31536000, immutable")
	} else {
		h.Set("Cache-Control", "public, max-age=3600")
	}
	a.server.ServeHTTP(w, r)
}
