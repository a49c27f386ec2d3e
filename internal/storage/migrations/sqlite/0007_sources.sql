-- 0007: the sources marsad follows and the queue of links they published.

-- sources has one row per followed address (CanonicalURL of the URL given).
-- interval_s is the current polling interval in seconds, adapted to how
-- often the source publishes; failures counts the errors since the last
-- success, for backing off.
CREATE TABLE sources (
	id            INTEGER PRIMARY KEY AUTOINCREMENT,
	url           TEXT NOT NULL UNIQUE,
	kind          TEXT NOT NULL CHECK (kind IN ('feed', 'sitemap', 'page')),
	title         TEXT NOT NULL DEFAULT '',
	enabled       INTEGER NOT NULL DEFAULT 1,
	builtin       INTEGER NOT NULL DEFAULT 0,
	interval_s    INTEGER NOT NULL,
	next_poll     TEXT NOT NULL,
	last_poll     TEXT,
	etag          TEXT NOT NULL DEFAULT '',
	last_modified TEXT NOT NULL DEFAULT '',
	last_success  TEXT,
	last_error_at TEXT,
	last_error    TEXT NOT NULL DEFAULT '',
	failures      INTEGER NOT NULL DEFAULT 0,
	added         TEXT NOT NULL
) STRICT;

CREATE INDEX sources_due ON sources (next_poll) WHERE enabled = 1;

-- queue has one row per link to fetch, keyed by its CanonicalURL. state is
-- 'queued' (claimable once due), 'claimed' (a crawler holds it until due,
-- the end of its lease; after that it is claimable again), 'done' or
-- 'failed' (for good; reason says why). A failure with a retry goes back to
-- 'queued' with due at the retry time and the reason kept.
CREATE TABLE queue (
	url        TEXT PRIMARY KEY,
	source_id  INTEGER REFERENCES sources (id) ON DELETE SET NULL,
	title      TEXT NOT NULL DEFAULT '',
	published  TEXT,
	state      TEXT NOT NULL CHECK (state IN ('queued', 'claimed', 'done', 'failed')),
	due        TEXT NOT NULL,
	attempts   INTEGER NOT NULL DEFAULT 0,
	added      TEXT NOT NULL,
	finished   TEXT,
	article_id INTEGER,
	reason     TEXT NOT NULL DEFAULT ''
) STRICT, WITHOUT ROWID;

CREATE INDEX queue_pending ON queue (due, added) WHERE state IN ('queued', 'claimed');
CREATE INDEX queue_source ON queue (source_id, state);
CREATE INDEX queue_finished ON queue (source_id, finished) WHERE state = 'done';
