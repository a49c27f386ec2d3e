-- 0011: a second, small full-text index over the newest 100,000 articles.
--
-- PostgreSQL's GIN index answers a query by reading every posting of its
-- terms into a bitmap, however few of them the query keeps: a term of a
-- fifth of a million articles costs some 60 ms a scan, where FTS5 walks
-- its doclist from the newest end and stops. Search ranks the newest
-- matches (see rankLimit), so most of its scans are of recent ids only:
-- fts_recent holds the index documents of the newest articles, with a GIN
-- index of its own, whose posting lists are a tenth as long.
--
-- Invariant (kept by the trigger): every article of articles_fts whose id
-- is at least the smallest id in fts_recent is in fts_recent, with the
-- same document. Every thousandth new id prunes what fell 100,000 ids
-- behind it.

CREATE TABLE fts_recent (
	article_id BIGINT PRIMARY KEY,
	terms      TEXT[] NOT NULL,
	title_tf   INTEGER[] NOT NULL,
	text_tf    INTEGER[] NOT NULL,
	length     INTEGER NOT NULL
);

INSERT INTO fts_recent (article_id, terms, title_tf, text_tf, length)
	SELECT article_id, terms, title_tf, text_tf, length FROM articles_fts
	WHERE article_id > (SELECT coalesce(max(article_id), 0) - 100000 FROM articles_fts)
	ORDER BY article_id;

CREATE INDEX fts_recent_match ON fts_recent USING gin (marsad_terms(terms)) WITH (fastupdate = off);

CREATE OR REPLACE FUNCTION fts_stats_keep() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
	floor BIGINT;
BEGIN
	IF TG_OP = 'INSERT' THEN
		UPDATE fts_stats SET rows = rows + 1, tokens = tokens + NEW.length WHERE shard = NEW.article_id % 16;
		INSERT INTO fts_terms AS ft (term, docs) SELECT t, 1 FROM unnest(NEW.terms) t ORDER BY t
			ON CONFLICT (term) DO UPDATE SET docs = ft.docs + 1;
		SELECT min(article_id) INTO floor FROM fts_recent;
		IF floor IS NULL OR NEW.article_id >= floor THEN
			INSERT INTO fts_recent (article_id, terms, title_tf, text_tf, length)
				VALUES (NEW.article_id, NEW.terms, NEW.title_tf, NEW.text_tf, NEW.length);
			IF NEW.article_id % 1000 = 0 THEN
				DELETE FROM fts_recent WHERE article_id <= NEW.article_id - 100000;
			END IF;
		END IF;
	ELSE
		UPDATE fts_stats SET rows = rows - 1, tokens = tokens - OLD.length WHERE shard = OLD.article_id % 16;
		UPDATE fts_terms SET docs = docs - 1 WHERE term = ANY (OLD.terms);
		DELETE FROM fts_recent WHERE article_id = OLD.article_id;
	END IF;
	RETURN NULL;
END $$;
