-- 0003: quotations, amounts and dates found in articles (see migrations/sqlite).

CREATE TABLE quotes (
	article_id BIGINT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	start      INTEGER NOT NULL,
	"end"      INTEGER NOT NULL,
	speaker_id TEXT COLLATE "C",
	speaker    TEXT COLLATE "C" NOT NULL DEFAULT '',
	text       TEXT COLLATE "C" NOT NULL,
	cue        TEXT COLLATE "C" NOT NULL DEFAULT '',
	kind       TEXT COLLATE "C" NOT NULL,
	PRIMARY KEY (article_id, start, "end")
);

CREATE INDEX quotes_speaker ON quotes (speaker_id, article_id);

CREATE TABLE amounts (
	article_id BIGINT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	start      INTEGER NOT NULL,
	"end"      INTEGER NOT NULL,
	value      DOUBLE PRECISION NOT NULL,
	unit       TEXT COLLATE "C" NOT NULL DEFAULT '',
	kind       TEXT COLLATE "C" NOT NULL,
	direction  TEXT COLLATE "C" NOT NULL DEFAULT '',
	approx     INTEGER NOT NULL DEFAULT 0,
	object     TEXT COLLATE "C" NOT NULL DEFAULT '',
	period     TEXT COLLATE "C" NOT NULL DEFAULT '',
	text       TEXT COLLATE "C" NOT NULL,
	PRIMARY KEY (article_id, start, "end")
);

CREATE TABLE dates (
	article_id BIGINT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	start      INTEGER NOT NULL,
	"end"      INTEGER NOT NULL,
	value      TEXT COLLATE "C" NOT NULL,
	precision  TEXT COLLATE "C" NOT NULL,
	text       TEXT COLLATE "C" NOT NULL,
	PRIMARY KEY (article_id, start, "end")
);

CREATE INDEX dates_value ON dates (value);
