-- 0003: quotations, amounts and dates found in articles. Offsets are
-- Unicode code points of the article's text; rows are replaced whenever the
-- article's text is.

CREATE TABLE quotes (
	article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	start      INTEGER NOT NULL,
	end        INTEGER NOT NULL,
	speaker_id TEXT,                    -- an entities.id, NULL when unknown
	speaker    TEXT NOT NULL DEFAULT '',
	text       TEXT NOT NULL,
	cue        TEXT NOT NULL DEFAULT '',
	kind       TEXT NOT NULL,            -- direct, indirect
	PRIMARY KEY (article_id, start, end)
) STRICT, WITHOUT ROWID;

CREATE INDEX quotes_speaker ON quotes (speaker_id, article_id);

CREATE TABLE amounts (
	article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	start      INTEGER NOT NULL,
	end        INTEGER NOT NULL,
	value      REAL NOT NULL,
	unit       TEXT NOT NULL DEFAULT '',
	kind       TEXT NOT NULL,
	direction  TEXT NOT NULL DEFAULT '',
	approx     INTEGER NOT NULL DEFAULT 0,
	object     TEXT NOT NULL DEFAULT '',
	period     TEXT NOT NULL DEFAULT '',
	text       TEXT NOT NULL,
	PRIMARY KEY (article_id, start, end)
) STRICT, WITHOUT ROWID;

CREATE TABLE dates (
	article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	start      INTEGER NOT NULL,
	end        INTEGER NOT NULL,
	value      TEXT NOT NULL,
	precision  TEXT NOT NULL,
	text       TEXT NOT NULL,
	PRIMARY KEY (article_id, start, end)
) STRICT, WITHOUT ROWID;

CREATE INDEX dates_value ON dates (value);
