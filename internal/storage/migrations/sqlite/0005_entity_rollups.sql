-- 0005: rollups of mentions, kept by triggers in the same transaction as
-- the mentions themselves, so that entity pages, lists and facets read a
-- few index rows instead of every mention of an entity (an entity such as
-- Saudi Arabia is mentioned in most articles of a Saudi store).

-- entity_articles has one row per article that mentions an entity, with
-- the number of its mentions there and the article's day (publication,
-- else storage) when the first mention was written.
CREATE TABLE entity_articles (
	entity_id  TEXT NOT NULL,
	article_id INTEGER NOT NULL,
	day        TEXT NOT NULL,
	mentions   INTEGER NOT NULL,
	PRIMARY KEY (entity_id, article_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX entity_articles_day ON entity_articles (entity_id, day);
CREATE INDEX entity_articles_article ON entity_articles (article_id, entity_id);

-- entity_aliases counts the texts an entity is mentioned by.
CREATE TABLE entity_aliases (
	entity_id TEXT NOT NULL,
	text      TEXT NOT NULL,
	mentions  INTEGER NOT NULL,
	PRIMARY KEY (entity_id, text)
) STRICT, WITHOUT ROWID;

-- entities.articles and entities.mentions are the entity's totals.
ALTER TABLE entities ADD COLUMN articles INTEGER NOT NULL DEFAULT 0;
ALTER TABLE entities ADD COLUMN mentions INTEGER NOT NULL DEFAULT 0;

CREATE INDEX entities_articles ON entities (articles DESC, mentions DESC, id);
CREATE INDEX entities_type_articles ON entities (type, articles DESC, mentions DESC, id);

INSERT INTO entity_articles (entity_id, article_id, day, mentions)
	SELECT m.entity_id, m.article_id, substr(coalesce(a.published, a.created_at), 1, 10), count(*)
	FROM mentions m JOIN articles a ON a.id = m.article_id
	GROUP BY m.entity_id, m.article_id;

INSERT INTO entity_aliases (entity_id, text, mentions)
	SELECT entity_id, text, count(*) FROM mentions GROUP BY entity_id, text;

UPDATE entities SET
	articles = (SELECT count(*) FROM entity_articles WHERE entity_id = entities.id),
	mentions = (SELECT coalesce(sum(mentions), 0) FROM entity_articles WHERE entity_id = entities.id);

CREATE TRIGGER mentions_insert AFTER INSERT ON mentions BEGIN
	INSERT INTO entity_articles (entity_id, article_id, day, mentions)
		VALUES (NEW.entity_id, NEW.article_id,
			(SELECT substr(coalesce(published, created_at), 1, 10) FROM articles WHERE id = NEW.article_id), 1)
		ON CONFLICT (entity_id, article_id) DO UPDATE SET mentions = mentions + 1;
	INSERT INTO entity_aliases (entity_id, text, mentions) VALUES (NEW.entity_id, NEW.text, 1)
		ON CONFLICT (entity_id, text) DO UPDATE SET mentions = mentions + 1;
	UPDATE entities SET mentions = mentions + 1,
		articles = articles + (SELECT mentions = 1 FROM entity_articles WHERE entity_id = NEW.entity_id AND article_id = NEW.article_id)
		WHERE id = NEW.entity_id;
END;

CREATE TRIGGER mentions_delete AFTER DELETE ON mentions BEGIN
	UPDATE entities SET mentions = mentions - 1,
		articles = articles - (SELECT mentions = 1 FROM entity_articles WHERE entity_id = OLD.entity_id AND article_id = OLD.article_id)
		WHERE id = OLD.entity_id;
	UPDATE entity_articles SET mentions = mentions - 1 WHERE entity_id = OLD.entity_id AND article_id = OLD.article_id;
	DELETE FROM entity_articles WHERE entity_id = OLD.entity_id AND article_id = OLD.article_id AND mentions <= 0;
	UPDATE entity_aliases SET mentions = mentions - 1 WHERE entity_id = OLD.entity_id AND text = OLD.text;
	DELETE FROM entity_aliases WHERE entity_id = OLD.entity_id AND text = OLD.text AND mentions <= 0;
END;

-- happenings has one row per happening (events.happening, see EventKey):
-- its type and actors as its first report gives them, its day (the
-- event's own date, else its first report's publication day), the time of
-- its newest report and the number of reports. Event lists, the actor
-- graph and relations read it instead of grouping every event row.
CREATE TABLE happenings (
	key          TEXT PRIMARY KEY,
	type         TEXT NOT NULL,
	actor_id     TEXT NOT NULL,
	recipient_id TEXT NOT NULL,
	day          TEXT NOT NULL,
	latest       TEXT NOT NULL,
	reports      INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

CREATE INDEX happenings_latest ON happenings (latest DESC, key);
CREATE INDEX happenings_actor ON happenings (actor_id, latest DESC);
CREATE INDEX happenings_recipient ON happenings (recipient_id, latest DESC);
CREATE INDEX happenings_type ON happenings (type, latest DESC);
CREATE INDEX happenings_day ON happenings (day);

INSERT INTO happenings (key, type, actor_id, recipient_id, day, latest, reports)
	SELECT e.happening, min(e.type), min(e.actor_id), min(e.recipient_id),
		min(coalesce(nullif(e.date, ''), substr(coalesce(a.published, a.created_at), 1, 10))),
		max(coalesce(a.published, a.created_at)), count(*)
	FROM events e JOIN articles a ON a.id = e.article_id
	GROUP BY e.happening;

CREATE TRIGGER events_insert AFTER INSERT ON events BEGIN
	INSERT INTO happenings (key, type, actor_id, recipient_id, day, latest, reports)
		SELECT NEW.happening, NEW.type, NEW.actor_id, NEW.recipient_id,
			coalesce(nullif(NEW.date, ''), substr(coalesce(a.published, a.created_at), 1, 10)),
			coalesce(a.published, a.created_at), 1
		FROM articles a WHERE a.id = NEW.article_id
		ON CONFLICT (key) DO UPDATE SET reports = reports + 1, latest = max(latest, excluded.latest);
END;

CREATE TRIGGER events_delete AFTER DELETE ON events BEGIN
	UPDATE happenings SET reports = reports - 1,
		latest = coalesce((SELECT max(coalesce(a.published, a.created_at)) FROM events e JOIN articles a ON a.id = e.article_id
			WHERE e.happening = OLD.happening), latest)
		WHERE key = OLD.happening;
	DELETE FROM happenings WHERE key = OLD.happening AND reports <= 0;
END;
