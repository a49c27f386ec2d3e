-- 0006: stories (see migrations/sqlite).

CREATE TABLE stories (
	id              BIGINT PRIMARY KEY,
	lead_id         BIGINT NOT NULL,
	title           TEXT COLLATE "C" NOT NULL,
	first           TEXT COLLATE "C" NOT NULL,
	last            TEXT COLLATE "C" NOT NULL,
	articles        INTEGER NOT NULL,
	near_duplicates INTEGER NOT NULL,
	sites           TEXT COLLATE "C" NOT NULL,
	langs           TEXT COLLATE "C" NOT NULL,
	entities        TEXT COLLATE "C" NOT NULL
);

CREATE INDEX stories_recent ON stories (last DESC, id DESC);

CREATE TABLE story_members (
	article_id        BIGINT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
	story_id          BIGINT NOT NULL,
	near_duplicate_of BIGINT,
	stale             INTEGER NOT NULL DEFAULT 0
);

CREATE INDEX story_members_story ON story_members (story_id);

CREATE FUNCTION story_members_stale() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	UPDATE story_members SET stale = 1 WHERE article_id = NEW.id;
	RETURN NULL;
END $$;

CREATE TRIGGER story_members_stale AFTER UPDATE OF hash ON articles
	FOR EACH ROW EXECUTE FUNCTION story_members_stale();
