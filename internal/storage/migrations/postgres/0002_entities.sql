-- 0002: entities and their mentions in articles (see migrations/sqlite).
-- NOCASE, SQLite's ASCII case folding, is lower() under COLLATE "C".

CREATE TABLE entities (
	id      TEXT COLLATE "C" PRIMARY KEY,
	name    TEXT COLLATE "C" NOT NULL,
	name_ar TEXT COLLATE "C" NOT NULL DEFAULT '',
	type    TEXT COLLATE "C" NOT NULL
);

CREATE INDEX entities_name ON entities (lower(name));
CREATE INDEX entities_name_ar ON entities (name_ar);

CREATE TABLE mentions (
	article_id BIGINT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	entity_id  TEXT COLLATE "C" NOT NULL REFERENCES entities (id),
	start      INTEGER NOT NULL,
	"end"      INTEGER NOT NULL,
	text       TEXT COLLATE "C" NOT NULL,
	PRIMARY KEY (article_id, start, "end")
);

CREATE INDEX mentions_entity ON mentions (entity_id, article_id);
