-- 0004: coded events. Offsets are Unicode code points of the article's
-- text (the event's sentence); rows are replaced whenever the text is.
-- happening is the deduplication key (see EventKey): mentions of one
-- happening in many sentences, articles, sources and languages share it.

CREATE TABLE events (
	article_id   INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	start        INTEGER NOT NULL,
	end          INTEGER NOT NULL,
	type         TEXT NOT NULL,
	cameo        TEXT NOT NULL DEFAULT '',
	actor_id     TEXT NOT NULL,
	actor        TEXT NOT NULL DEFAULT '',
	recipient_id TEXT NOT NULL DEFAULT '',
	recipient    TEXT NOT NULL DEFAULT '',
	date         TEXT NOT NULL DEFAULT '',
	place_id     TEXT NOT NULL DEFAULT '',
	place        TEXT NOT NULL DEFAULT '',
	trigger      TEXT NOT NULL DEFAULT '',
	text         TEXT NOT NULL,
	happening    TEXT NOT NULL,
	PRIMARY KEY (article_id, start, type, actor_id, recipient_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX events_happening ON events (happening);
CREATE INDEX events_actor ON events (actor_id, recipient_id);
CREATE INDEX events_recipient ON events (recipient_id);
