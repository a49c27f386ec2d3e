-- 0005: rollups of mentions and events, kept by triggers in the same
-- transaction as the rows themselves (see migrations/sqlite, which also
-- backfills them; a PostgreSQL store starts empty at this release).
-- Concurrent writers lock an entity's or a happening's rollup row until
-- they commit; marsad writes mentions and events in key order, so that
-- two writers always take such locks in the same order.

CREATE TABLE entity_articles (
	entity_id  TEXT COLLATE "C" NOT NULL,
	article_id BIGINT NOT NULL,
	day        TEXT COLLATE "C" NOT NULL,
	mentions   INTEGER NOT NULL,
	PRIMARY KEY (entity_id, article_id)
);

CREATE INDEX entity_articles_day ON entity_articles (entity_id, day);
CREATE INDEX entity_articles_article ON entity_articles (article_id, entity_id);

CREATE TABLE entity_aliases (
	entity_id TEXT COLLATE "C" NOT NULL,
	text      TEXT COLLATE "C" NOT NULL,
	mentions  INTEGER NOT NULL,
	PRIMARY KEY (entity_id, text)
);

ALTER TABLE entities ADD COLUMN articles INTEGER NOT NULL DEFAULT 0;
ALTER TABLE entities ADD COLUMN mentions INTEGER NOT NULL DEFAULT 0;

CREATE INDEX entities_articles ON entities (articles DESC, mentions DESC, id);
CREATE INDEX entities_type_articles ON entities (type, articles DESC, mentions DESC, id);

CREATE FUNCTION mentions_insert() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
	n INTEGER;
BEGIN
	INSERT INTO entity_articles AS ea (entity_id, article_id, day, mentions)
		VALUES (NEW.entity_id, NEW.article_id,
			(SELECT substr(coalesce(published, created_at), 1, 10) FROM articles WHERE id = NEW.article_id), 1)
		ON CONFLICT (entity_id, article_id) DO UPDATE SET mentions = ea.mentions + 1
		RETURNING ea.mentions INTO n;
	INSERT INTO entity_aliases AS al (entity_id, text, mentions) VALUES (NEW.entity_id, NEW.text, 1)
		ON CONFLICT (entity_id, text) DO UPDATE SET mentions = al.mentions + 1;
	UPDATE entities SET mentions = mentions + 1, articles = articles + CASE WHEN n = 1 THEN 1 ELSE 0 END
		WHERE id = NEW.entity_id;
	RETURN NULL;
END $$;

CREATE TRIGGER mentions_insert AFTER INSERT ON mentions
	FOR EACH ROW EXECUTE FUNCTION mentions_insert();

CREATE FUNCTION mentions_delete() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
	n INTEGER;
BEGIN
	UPDATE entity_articles SET mentions = mentions - 1
		WHERE entity_id = OLD.entity_id AND article_id = OLD.article_id
		RETURNING mentions INTO n;
	UPDATE entities SET mentions = mentions - 1, articles = articles - CASE WHEN n = 0 THEN 1 ELSE 0 END
		WHERE id = OLD.entity_id;
	DELETE FROM entity_articles WHERE entity_id = OLD.entity_id AND article_id = OLD.article_id AND mentions <= 0;
	UPDATE entity_aliases SET mentions = mentions - 1 WHERE entity_id = OLD.entity_id AND text = OLD.text;
	DELETE FROM entity_aliases WHERE entity_id = OLD.entity_id AND text = OLD.text AND mentions <= 0;
	RETURN NULL;
END $$;

CREATE TRIGGER mentions_delete AFTER DELETE ON mentions
	FOR EACH ROW EXECUTE FUNCTION mentions_delete();

CREATE TABLE happenings (
	key          TEXT COLLATE "C" PRIMARY KEY,
	type         TEXT COLLATE "C" NOT NULL,
	actor_id     TEXT COLLATE "C" NOT NULL,
	recipient_id TEXT COLLATE "C" NOT NULL,
	day          TEXT COLLATE "C" NOT NULL,
	latest       TEXT COLLATE "C" NOT NULL,
	reports      INTEGER NOT NULL
);

CREATE INDEX happenings_latest ON happenings (latest DESC, key);
CREATE INDEX happenings_actor ON happenings (actor_id, latest DESC);
CREATE INDEX happenings_recipient ON happenings (recipient_id, latest DESC);
CREATE INDEX happenings_type ON happenings (type, latest DESC);
CREATE INDEX happenings_day ON happenings (day);

CREATE FUNCTION events_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	INSERT INTO happenings AS h (key, type, actor_id, recipient_id, day, latest, reports)
		SELECT NEW.happening, NEW.type, NEW.actor_id, NEW.recipient_id,
			coalesce(nullif(NEW.date, ''), substr(coalesce(a.published, a.created_at), 1, 10)),
			coalesce(a.published, a.created_at), 1
		FROM articles a WHERE a.id = NEW.article_id
		ON CONFLICT (key) DO UPDATE SET reports = h.reports + 1, latest = greatest(h.latest, excluded.latest);
	RETURN NULL;
END $$;

CREATE TRIGGER events_insert AFTER INSERT ON events
	FOR EACH ROW EXECUTE FUNCTION events_insert();

CREATE FUNCTION events_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	UPDATE happenings SET reports = reports - 1,
		latest = coalesce((SELECT max(coalesce(a.published, a.created_at)) FROM events e JOIN articles a ON a.id = e.article_id
			WHERE e.happening = OLD.happening), latest)
		WHERE key = OLD.happening;
	DELETE FROM happenings WHERE key = OLD.happening AND reports <= 0;
	RETURN NULL;
END $$;

CREATE TRIGGER events_delete AFTER DELETE ON events
	FOR EACH ROW EXECUTE FUNCTION events_delete();
