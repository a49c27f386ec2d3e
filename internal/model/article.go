// Package model holds the types that marsad's stages hand to one another.
package model

import (
	"encoding/json"
	"time"
)

// Article is one news article: where it came from, what it is called, who
// wrote it, when it was published, and its clean text. Text is stored once;
// every later annotation refers to it by offsets.
type Article struct {
	// ID is the store's identifier; zero until the article is stored.
	ID int64 `json:"id,omitempty"`
	// URL is the address the page was read from, or was given with --url.
	URL string `json:"url"`
	// CanonicalURL is the page's own <link rel="canonical">, when it has one.
	CanonicalURL string `json:"canonical_url,omitempty"`
	// Title is the article's headline.
	Title string `json:"title"`
	// Description is the standfirst or summary, when the page gives one.
	Description string `json:"description,omitempty"`
	// Byline names the authors, comma-separated.
	Byline string `json:"byline"`
	// Published is the publication time; zero when unknown.
	Published time.Time `json:"published,omitzero"`
	// Lang is the ISO 639-1 code of the text's language ("ar", "en", …).
	Lang string `json:"lang"`
	// Site is the publisher's name or, failing that, its host name.
	Site string `json:"site"`
	// Text is the clean article text, paragraphs separated by blank lines.
	Text string `json:"text"`
	// Hash is the hex SHA-256 of the normalised text (see ContentHash).
	Hash string `json:"hash,omitempty"`
	// Fetched is when marsad read the page; zero for local files.
	Fetched time.Time `json:"fetched,omitzero"`
	// Format says what the input was: "html", "text" or "json".
	Format string `json:"format,omitempty"`
	// Analysis holds the entities and other layers when the article has
	// been analysed; it is stored with the article.
	Analysis *Analysis `json:"analysis,omitempty"`
}

// MarshalJSON writes the Article with "published" as RFC 3339, or null when
// the date is unknown, so that the key is always there for consumers.
func (a Article) MarshalJSON() ([]byte, error) {
	type plain Article
	var pub *time.Time
	if !a.Published.IsZero() {
		pub = &a.Published
	}
	return json.Marshal(struct {
		plain
		Published *time.Time `json:"published"`
	}{plain(a), pub})
}
