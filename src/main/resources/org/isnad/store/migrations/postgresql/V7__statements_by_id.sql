-- isnad store, schema version 7, PostgreSQL form (see ../V7__statements_by_id.sql for why):
-- the same tables and indexes; the copy of the rows kept keeps the first row of an id where
-- SQLite's INSERT OR REPLACE keeps the last (statement ids are unique in a linked case).
CREATE TABLE statements_by_id (
  id TEXT PRIMARY KEY,
  shown TEXT NOT NULL,
  speaker_entity TEXT,
  json TEXT NOT NULL
);
INSERT INTO statements_by_id (id, shown, speaker_entity, json)
  SELECT id, lpad(CAST(position AS TEXT), 10, '0'), speaker_entity, json FROM statements
  ON CONFLICT (id) DO UPDATE SET shown = excluded.shown,
  speaker_entity = excluded.speaker_entity, json = excluded.json;
CREATE TABLE statement_about_by_id (
  entity_id TEXT NOT NULL,
  statement_id TEXT NOT NULL,
  shown TEXT NOT NULL,
  PRIMARY KEY (entity_id, statement_id)
);
INSERT INTO statement_about_by_id (entity_id, statement_id, shown)
  SELECT a.entity_id, s.id, lpad(CAST(a.position AS TEXT), 10, '0')
  FROM statement_about a JOIN statements s ON s.position = a.position
  ON CONFLICT DO NOTHING;
DROP TABLE statement_about;
DROP TABLE statements;
ALTER TABLE statements_by_id RENAME TO statements;
ALTER TABLE statement_about_by_id RENAME TO statement_about;
CREATE INDEX statements_speaker ON statements (speaker_entity, shown);
CREATE INDEX statement_about_shown ON statement_about (entity_id, shown);
