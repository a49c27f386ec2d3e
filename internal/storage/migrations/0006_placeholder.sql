-- TEMP placeholder so that 0007_sources.sql numbers without a gap on this branch; dropped at merge.
SELECT 1;
