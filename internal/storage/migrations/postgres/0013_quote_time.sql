-- 0013: each quotation carries its article's time (published, or stored
-- when unknown), so that a speaker's latest quotations are read in order
-- from an index instead of sorted after looking up every article of the
-- speaker's quotations. A trigger keeps the copy when an article's time
-- changes.
-- Writers wait while the copies are made.
LOCK TABLE articles, quotes IN SHARE ROW EXCLUSIVE MODE;

ALTER TABLE quotes ADD COLUMN at TEXT COLLATE "C" NOT NULL DEFAULT '';

UPDATE quotes q SET at = coalesce(a.published, a.created_at) FROM articles a WHERE a.id = q.article_id;

CREATE INDEX quotes_speaker_time ON quotes (speaker_id, at DESC, article_id DESC, start, "end");
DROP INDEX quotes_speaker;

CREATE FUNCTION quotes_time_keep() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	UPDATE quotes SET at = coalesce(NEW.published, NEW.created_at) WHERE article_id = NEW.id;
	RETURN NULL;
END $$;

-- A quotation written without its time (by a process of an earlier
-- release still running) gets it from its article.
CREATE FUNCTION quotes_time_fill() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	SELECT coalesce(published, created_at) INTO NEW.at FROM articles WHERE id = NEW.article_id;
	NEW.at = coalesce(NEW.at, '');
	RETURN NEW;
END $$;

CREATE TRIGGER quotes_time_fill BEFORE INSERT ON quotes
	FOR EACH ROW WHEN (NEW.at = '') EXECUTE FUNCTION quotes_time_fill();

CREATE TRIGGER quotes_time AFTER UPDATE OF published, created_at ON articles
	FOR EACH ROW WHEN (coalesce(NEW.published, NEW.created_at) IS DISTINCT FROM coalesce(OLD.published, OLD.created_at))
	EXECUTE FUNCTION quotes_time_keep();
