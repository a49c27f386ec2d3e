-- 0012: nothing for SQLite (see migrations/postgres/0012_term_counts.sql;
-- FTS5 keeps its own term counts).
SELECT 1;
