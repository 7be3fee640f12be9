-- isnad store, schema version 7: statements are keyed by id and put in shown order by a text
-- key of their own place (document source and id, article and statement index; ShownOrder), not
-- by a position in the whole case's list, so a linking writes only the statements that changed
-- instead of deleting and writing every statement and every "statement about" row (on 31,030
-- SaudiNewsNet articles, 70,343 and 74,249 rows on every add). The rows kept are carried over
-- with their old position as their key, in the same order; the next linking writes each key anew.
CREATE TABLE statements_by_id (
  id TEXT PRIMARY KEY,
  shown TEXT NOT NULL,
  speaker_entity TEXT,
  json TEXT NOT NULL
);
INSERT OR REPLACE INTO statements_by_id (id, shown, speaker_entity, json)
  SELECT id, printf('%010d', position), speaker_entity, json FROM statements;
CREATE TABLE statement_about_by_id (
  entity_id TEXT NOT NULL,
  statement_id TEXT NOT NULL,
  shown TEXT NOT NULL,
  PRIMARY KEY (entity_id, statement_id)
);
INSERT OR IGNORE INTO statement_about_by_id (entity_id, statement_id, shown)
  SELECT a.entity_id, s.id, printf('%010d', a.position)
  FROM statement_about a JOIN statements s ON s.position = a.position;
DROP TABLE statement_about;
DROP TABLE statements;
ALTER TABLE statements_by_id RENAME TO statements;
ALTER TABLE statement_about_by_id RENAME TO statement_about;
CREATE INDEX statements_speaker ON statements (speaker_entity, shown);
CREATE INDEX statement_about_shown ON statement_about (entity_id, shown);
