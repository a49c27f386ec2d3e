-- 0001: articles and their full-text index.

-- articles holds one row per article identity (see CanonicalURL in
-- canonical.go). Times are TEXT in RFC 3339, UTC, to the second
-- ("2006-01-02T15:04:05Z"), so that they sort and compare as strings;
-- NULL when unknown.
CREATE TABLE articles (
	id            INTEGER PRIMARY KEY AUTOINCREMENT, -- never reused: ids appear in URLs
	url           TEXT NOT NULL DEFAULT '',
	canonical_url TEXT NOT NULL DEFAULT '',          -- identity key; '' when the article has no URL
	title         TEXT NOT NULL DEFAULT '',
	description   TEXT NOT NULL DEFAULT '',
	byline        TEXT NOT NULL DEFAULT '',
	published     TEXT,
	lang          TEXT NOT NULL DEFAULT '',
	site          TEXT NOT NULL DEFAULT '',
	hash          TEXT NOT NULL UNIQUE,              -- ContentHash of text
	fetched       TEXT,
	format        TEXT NOT NULL DEFAULT '',
	created_at    TEXT NOT NULL,
	updated_at    TEXT,                              -- last in-place update, NULL if never
	text          TEXT NOT NULL                      -- last: columns after a long text are slow to read
) STRICT;

CREATE UNIQUE INDEX articles_canonical_url ON articles (canonical_url) WHERE canonical_url <> '';

-- Recent lists articles by publication time, falling back to storage time.
CREATE INDEX articles_recent ON articles (coalesce(published, created_at) DESC, id DESC);

-- articles_fts indexes the terms that marsad's analyzer (internal/terms)
-- made from each article, joined by single spaces; rowid = articles.id.
-- It is contentless (the terms are not stored twice) with
-- contentless_delete so that rows can be replaced when an article is
-- updated. The ascii tokenizer with every printable ASCII punctuation
-- character as a token character splits only on ASCII spaces and control
-- characters and folds only A-Z: FTS5 keeps each of marsad's terms whole
-- and as it was made.
CREATE VIRTUAL TABLE articles_fts USING fts5 (
	title_terms,
	text_terms,
	content = '',
	contentless_delete = 1,
	tokenize = "ascii tokenchars '!""#$%&''()*+,-./:;<=>?@[\]^_`{|}~'"
);
