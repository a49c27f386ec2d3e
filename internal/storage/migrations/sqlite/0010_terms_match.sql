-- 0010: nothing for SQLite. PostgreSQL's full-text index changed (see
-- migrations/postgres/0010_terms_match.sql); the numbers of the two lists
-- stay the same.
SELECT 1;
