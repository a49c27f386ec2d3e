-- 0008: find entities by the text of their mentions (see migrations/sqlite).
CREATE INDEX entity_aliases_text ON entity_aliases (text);
