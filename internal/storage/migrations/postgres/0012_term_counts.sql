-- 0012: each indexed article's term counts in a narrow table that ranking
-- reads instead of articles_fts's arrays.
--
-- Ranking scores the newest 2,000 matches of a query by bm25 and needs,
-- for each, how often it holds each query term. articles_fts keeps its
-- terms as text, compressed and often in the TOAST table: finding a term
-- there cost about 45 µs an article (decompress, fetch, compare text).
-- fts_counts keeps, in the order of articles_fts.terms, each term's 64-bit
-- hash (hashtextextended(term, 0)) beside the two counts, and is stored
-- uncompressed in the row up to a page (toast_tuple_target): the counts of
-- a window's articles are a few buffers away, in id order. A hash stands
-- for its term only inside one article, where two of a few hundred terms
-- sharing a 64-bit hash is not to be expected.
-- Writers wait while the table is filled (an article indexed meanwhile
-- would have no counts, and ranking joins them).
LOCK TABLE articles_fts IN SHARE MODE;

CREATE TABLE fts_counts (
	article_id BIGINT PRIMARY KEY,
	length     INTEGER NOT NULL,
	hashes     BIGINT[] NOT NULL,
	title_tf   INTEGER[] NOT NULL,
	text_tf    INTEGER[] NOT NULL
) WITH (toast_tuple_target = 8160);

CREATE FUNCTION marsad_term_hashes(terms TEXT[]) RETURNS BIGINT[]
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	AS $$ SELECT coalesce(array_agg(hashtextextended(t, 0) ORDER BY n), '{}') FROM unnest(terms) WITH ORDINALITY u(t, n) $$;

-- The counts are rebuilt (|| '{}'), not copied: a copied array keeps the
-- compression it had in articles_fts, and ranking would decompress it.
INSERT INTO fts_counts (article_id, length, hashes, title_tf, text_tf)
	SELECT article_id, length, marsad_term_hashes(terms), title_tf || '{}'::int[], text_tf || '{}'::int[]
	FROM articles_fts ORDER BY article_id;

CREATE OR REPLACE FUNCTION fts_stats_keep() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
	floor BIGINT;
BEGIN
	IF TG_OP = 'INSERT' THEN
		UPDATE fts_stats SET rows = rows + 1, tokens = tokens + NEW.length WHERE shard = NEW.article_id % 16;
		INSERT INTO fts_terms AS ft (term, docs) SELECT t, 1 FROM unnest(NEW.terms) t ORDER BY t
			ON CONFLICT (term) DO UPDATE SET docs = ft.docs + 1;
		INSERT INTO fts_counts (article_id, length, hashes, title_tf, text_tf)
			VALUES (NEW.article_id, NEW.length, marsad_term_hashes(NEW.terms), NEW.title_tf, NEW.text_tf);
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
		DELETE FROM fts_counts WHERE article_id = OLD.article_id;
		DELETE FROM fts_recent WHERE article_id = OLD.article_id;
	END IF;
	RETURN NULL;
END $$;
