-- 0008: find entities by the text of their mentions (FindEntities) through
-- the aliases rollup, instead of scanning every mention.
CREATE INDEX entity_aliases_text ON entity_aliases (text);
