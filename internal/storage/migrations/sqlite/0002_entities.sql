-- 0002: entities and their mentions in articles.

-- entities holds one row per linked entity; its id is stable across
-- articles (a lexicon id, or one derived from the name for names the
-- lexicon lacks).
CREATE TABLE entities (
	id      TEXT PRIMARY KEY,
	name    TEXT NOT NULL,
	name_ar TEXT NOT NULL DEFAULT '',
	type    TEXT NOT NULL                -- PER, ORG, GPE, LOC
) STRICT;

CREATE INDEX entities_name ON entities (name COLLATE NOCASE);
CREATE INDEX entities_name_ar ON entities (name_ar);

-- mentions are the spans of an article's text that refer to an entity, in
-- Unicode code points of the text (start inclusive, end exclusive). They
-- are replaced whenever the article's text is.
CREATE TABLE mentions (
	article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	entity_id  TEXT NOT NULL REFERENCES entities (id),
	start      INTEGER NOT NULL,
	end        INTEGER NOT NULL,
	text       TEXT NOT NULL,
	PRIMARY KEY (article_id, start, end)
) STRICT, WITHOUT ROWID;

CREATE INDEX mentions_entity ON mentions (entity_id, article_id);
