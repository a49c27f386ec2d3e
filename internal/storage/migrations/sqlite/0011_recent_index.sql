-- 0011: nothing for SQLite (see migrations/postgres/0011_recent_index.sql;
-- FTS5 walks its doclists from the newest end).
SELECT 1;
