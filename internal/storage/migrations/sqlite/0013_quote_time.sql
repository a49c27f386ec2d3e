-- 0013: each quotation carries its article's time (published, or stored
-- when unknown), so that a speaker's latest quotations are read in order
-- from an index instead of sorted after looking up every article of the
-- speaker's quotations. A trigger keeps the copy when an article's time
-- changes.
ALTER TABLE quotes ADD COLUMN at TEXT NOT NULL DEFAULT '';

UPDATE quotes SET at = coalesce((SELECT coalesce(a.published, a.created_at) FROM articles a WHERE a.id = quotes.article_id), '');

CREATE INDEX quotes_speaker_time ON quotes (speaker_id, at DESC, article_id DESC, start, end);
DROP INDEX quotes_speaker;

-- A quotation written without its time (by a process of an earlier
-- release still running) gets it from its article.
CREATE TRIGGER quotes_time_fill AFTER INSERT ON quotes WHEN NEW.at = ''
BEGIN
	UPDATE quotes SET at = coalesce((SELECT coalesce(published, created_at) FROM articles WHERE id = NEW.article_id), '')
		WHERE article_id = NEW.article_id AND start = NEW.start AND end = NEW.end;
END;

CREATE TRIGGER quotes_time AFTER UPDATE OF published, created_at ON articles
	WHEN coalesce(NEW.published, NEW.created_at) IS NOT coalesce(OLD.published, OLD.created_at)
BEGIN
	UPDATE quotes SET at = coalesce(NEW.published, NEW.created_at) WHERE article_id = NEW.id;
END;
