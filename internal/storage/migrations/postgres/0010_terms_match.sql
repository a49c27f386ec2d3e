-- 0010: a narrow table for matching and a table of document frequencies,
-- so that a common term is counted and matched at a million articles in
-- tens of milliseconds (see search_pg.go).
--
-- fts_match holds each article's terms again, stored out of line
-- (toast_tuple_target, STORAGE EXTERNAL), so that a row is some fifty
-- bytes: counting the articles that hold a term visits the rows the
-- full-text index names, and narrow rows are few pages. articles_fts keeps
-- the terms with their counts in line, for ranking the few candidates.
--
-- The index is over marsad_terms(terms), a function the planner is told
-- is costly (COST 1000): array_to_tsvector is cheap by its own account,
-- and the planner chose to build every row's tsvector in a sequential
-- scan (seconds at a hundred thousand articles) instead of reading the
-- index, which answers from its posting lists.
--
-- fts_terms counts the articles that hold each term (FTS5 keeps that in
-- its doclists): bm25's document frequencies are read, not counted.
-- Writers take turns (see lockWrites), so its rows are not contended.

CREATE FUNCTION marsad_terms(terms TEXT[]) RETURNS tsvector
	LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE COST 1000
	AS $$ BEGIN RETURN array_to_tsvector(terms); END $$;

CREATE TABLE fts_match (
	article_id BIGINT PRIMARY KEY,
	terms      TEXT[] NOT NULL
) WITH (toast_tuple_target = 128);
ALTER TABLE fts_match ALTER COLUMN terms SET STORAGE EXTERNAL;

INSERT INTO fts_match (article_id, terms) SELECT article_id, terms FROM articles_fts ORDER BY article_id;

CREATE INDEX fts_match_terms ON fts_match USING gin (marsad_terms(terms)) WITH (fastupdate = off);
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
		INSERT INTO fts_match (article_id, terms) VALUES (NEW.article_id, NEW.terms);
		INSERT INTO fts_terms AS ft (term, docs) SELECT t, 1 FROM unnest(NEW.terms) t ORDER BY t
			ON CONFLICT (term) DO UPDATE SET docs = ft.docs + 1;
	ELSE
		UPDATE fts_stats SET rows = rows - 1, tokens = tokens - OLD.length WHERE shard = OLD.article_id % 16;
		DELETE FROM fts_match WHERE article_id = OLD.article_id;
		UPDATE fts_terms SET docs = docs - 1 WHERE term = ANY (OLD.terms);
	END IF;
	RETURN NULL;
END $$;
