package eval

import (
	"bytes"
	nurl "net/url"

	trafilatura "github.com/markusmobius/go-trafilatura"

	"github.com/marsad/marsad/internal/model"
)

// Trafilatura extracts a page with go-trafilatura and its fallback
// (readability and DOM distiller), as published: the baseline that marsad's
// extractor is compared with in the same run.
func Trafilatura(page []byte, url string) (*model.Article, error) {
	opts := trafilatura.Options{EnableFallback: true, ExcludeComments: true}
	if u, err := nurl.Parse(url); err == nil && u.Host != "" {
		opts.OriginalURL = u
	}
	res, err := trafilatura.Extract(bytes.NewReader(page), opts)
	if err != nil {
		return nil, err
	}
	return &model.Article{Title: res.Metadata.Title, Text: res.ContentText, Published: res.Metadata.Date}, nil
}
