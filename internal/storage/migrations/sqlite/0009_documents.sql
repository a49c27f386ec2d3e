-- 0009: documents already in hand, queued for workers (marsad enqueue), and
-- named leases.
--
-- documents has one row per document (an HTML page, a text dump, one JSON
-- article), keyed by the SHA-256 of its address and bytes, so that queueing
-- it again adds nothing. state is 'queued' (claimable once due), 'claimed'
-- (a worker holds it until due; attempts counts the claims and fences the
-- holder's outcome), 'done' (stored as article_id; the bytes are dropped)
-- or 'failed' (given up on, with the reason).
CREATE TABLE documents (
	id         INTEGER PRIMARY KEY,
	key        TEXT NOT NULL UNIQUE,
	name       TEXT NOT NULL,
	url        TEXT NOT NULL DEFAULT '',
	kind       TEXT NOT NULL DEFAULT '',
	data       BLOB NOT NULL,
	state      TEXT NOT NULL CHECK (state IN ('queued', 'claimed', 'done', 'failed')),
	due        TEXT NOT NULL,
	attempts   INTEGER NOT NULL DEFAULT 0,
	added      TEXT NOT NULL,
	finished   TEXT,
	article_id INTEGER,
	reason     TEXT NOT NULL DEFAULT ''
);

CREATE INDEX documents_pending ON documents (due, id) WHERE state IN ('queued', 'claimed');

-- leases names a piece of work that one process at a time may do (the
-- story update after workers stored articles), held by holder until
-- until; a lease that has run out may be taken by another.
CREATE TABLE leases (
	name   TEXT PRIMARY KEY,
	holder TEXT NOT NULL,
	until  TEXT NOT NULL
);
