-- 0010: the full-text index over marsad_terms(terms), and a table of
-- document frequencies, so that a common term is matched and counted at a
-- million articles in milliseconds (see search_pg.go).
--
-- marsad_terms is array_to_tsvector under a name the planner is told is
-- costly (COST 1000): array_to_tsvector is cheap by its own account, and
-- for a common term the planner chose to build every row's tsvector in a
-- sequential scan (seconds at a hundred thousand articles) instead of
-- reading the index, which answers from its posting lists. fastupdate is
-- off: a search never scans a list of pending entries.
--
-- fts_terms counts the articles that hold each term (FTS5 keeps that in
-- its doclists): bm25's document frequencies, and the number of matches
-- of a one-term query, are read, not counted. Writers take turns (see
-- lockWrites), so its rows are not contended.

CREATE FUNCTION marsad_terms(terms TEXT[]) RETURNS tsvector
	LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE COST 1000
	AS $$ BEGIN RETURN array_to_tsvector(terms); END $$;

CREATE INDEX articles_fts_match ON articles_fts USING gin (marsad_terms(terms)) WITH (fastupdate = off);
DROP INDEX articles_fts_terms;

CREATE TABLE fts_terms (
	term TEXT COLLATE "C" PRIMARY KEY,
	docs BIGINT NOT NULL
);

INSERT INTO fts_terms (term, docs)
	SELECT t, count(*) FROM articles_fts, unnest(terms) t GROUP BY t;

CREATE OR REPLACE FUNCTION fts_stats_keep() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP = 'INSERT' THEN
		UPDATE fts_stats SET rows = rows + 1, tokens = tokens + NEW.length WHERE shard = NEW.article_id % 16;
		INSERT INTO fts_terms AS ft (term, docs) SELECT t, 1 FROM unnest(NEW.terms) t ORDER BY t
			ON CONFLICT (term) DO UPDATE SET docs = ft.docs + 1;
	ELSE
		UPDATE fts_stats SET rows = rows - 1, tokens = tokens - OLD.length WHERE shard = OLD.article_id % 16;
		UPDATE fts_terms SET docs = docs - 1 WHERE term = ANY (OLD.terms);
	END IF;
	RETURN NULL;
END $$;
