package extract

import (
	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"

	"github.com/marsad/marsad/internal/model"
)

func fillMeta(a *model.Article, doc *html.Node, m trafilatura.Metadata, opts Options) {
	a.Title = m.Title
	a.Byline = m.Author
	a.Published = m.Date
	a.Lang = m.Language
	a.Site = m.Sitename
	a.Description = m.Description
}
