-- 0004: coded events (see migrations/sqlite).

CREATE TABLE events (
	article_id   BIGINT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	start        INTEGER NOT NULL,
	"end"        INTEGER NOT NULL,
	type         TEXT COLLATE "C" NOT NULL,
	cameo        TEXT COLLATE "C" NOT NULL DEFAULT '',
	actor_id     TEXT COLLATE "C" NOT NULL,
	actor        TEXT COLLATE "C" NOT NULL DEFAULT '',
	recipient_id TEXT COLLATE "C" NOT NULL DEFAULT '',
	recipient    TEXT COLLATE "C" NOT NULL DEFAULT '',
	date         TEXT COLLATE "C" NOT NULL DEFAULT '',
	place_id     TEXT COLLATE "C" NOT NULL DEFAULT '',
	place        TEXT COLLATE "C" NOT NULL DEFAULT '',
	trigger      TEXT COLLATE "C" NOT NULL DEFAULT '',
	text         TEXT COLLATE "C" NOT NULL,
	happening    TEXT COLLATE "C" NOT NULL,
	PRIMARY KEY (article_id, start, type, actor_id, recipient_id)
);

CREATE INDEX events_happening ON events (happening);
CREATE INDEX events_actor ON events (actor_id, recipient_id);
CREATE INDEX events_recipient ON events (recipient_id);
