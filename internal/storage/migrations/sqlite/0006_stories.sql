-- 0006: stories, the groups of articles about one happening (see
-- internal/stories), as the last clustering left them. An article's time
-- is coalesce(published, created_at), as in articles_recent.

-- stories holds what a list of stories shows. sites, langs and entities
-- are JSON arrays of strings: sites and languages of the members, most
-- frequent first; the ids of the entities that characterise the story,
-- heaviest first.
CREATE TABLE stories (
	id              INTEGER PRIMARY KEY,   -- the smallest article id in the story
	lead_id         INTEGER NOT NULL,      -- the article that best represents it
	title           TEXT NOT NULL,         -- the lead article's title
	first           TEXT NOT NULL,         -- earliest and latest article times
	last            TEXT NOT NULL,
	articles        INTEGER NOT NULL,
	near_duplicates INTEGER NOT NULL,      -- members that are near-copies of another
	sites           TEXT NOT NULL,
	langs           TEXT NOT NULL,
	entities        TEXT NOT NULL
) STRICT;

CREATE INDEX stories_recent ON stories (last DESC, id DESC);

-- story_members puts each clustered article in one story. stale is set
-- when the article's text changes: it is clustered again by the next
-- update.
CREATE TABLE story_members (
	article_id        INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
	story_id          INTEGER NOT NULL,
	near_duplicate_of INTEGER,              -- an article id of the same story, NULL when none
	stale             INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE INDEX story_members_story ON story_members (story_id);

CREATE TRIGGER story_members_stale AFTER UPDATE OF hash ON articles
BEGIN
	UPDATE story_members SET stale = 1 WHERE article_id = NEW.id;
END;
