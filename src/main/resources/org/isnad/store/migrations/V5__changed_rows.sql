-- isnad store, schema version 5: a linking writes only the derived rows that changed. Each row
-- of articles, entities, events and stories keeps the digest of what it was written from
-- (digest), so a linking rewrites the rows whose digest differs and deletes the vanished ones.
-- No row keeps its place in a list any more (one new event early in time shifted every later
-- one, so every add rewrote them all): the analysis order of entities, events and stories is
-- kept as the parts order.entities, order.events and order.stories (their ids, in order), and
-- shown, the order a reader is shown events and stories in, is a text key made of the row's
-- own values (ShownOrder), so it never shifts. Parts keep a digest too. The four tables are
-- made again, empty, and a store holding documents is marked for linking, which fills them.
DROP TABLE articles;
CREATE TABLE articles (
  id TEXT PRIMARY KEY,
  document_id TEXT NOT NULL REFERENCES documents (id),
  outlet TEXT,
  published TEXT,
  story TEXT,
  title TEXT,
  copy_of TEXT,
  digest TEXT NOT NULL
);
CREATE INDEX articles_document ON articles (document_id);

DROP TABLE entities;
CREATE TABLE entities (
  id TEXT PRIMARY KEY,
  type TEXT NOT NULL,
  name TEXT NOT NULL,
  mentions INTEGER NOT NULL,
  json TEXT NOT NULL,
  digest TEXT NOT NULL
);

DELETE FROM event_actors;
DELETE FROM event_places;
DELETE FROM event_outlets;
DELETE FROM event_origins;
DROP TABLE events;
CREATE TABLE events (
  id TEXT PRIMARY KEY,
  type TEXT NOT NULL,
  status TEXT NOT NULL,
  modality TEXT NOT NULL,
  day_from TEXT,
  day_to TEXT,
  story TEXT,
  shown TEXT NOT NULL,
  json TEXT NOT NULL,
  digest TEXT NOT NULL
);
-- the indexes of schema 4 (V4__read_indexes.sql), made again with the table
CREATE INDEX events_type ON events (type);
CREATE INDEX events_id_shown ON events (id, shown);
CREATE INDEX events_status_shown ON events (status, shown);
CREATE INDEX events_type_shown ON events (type COLLATE NOCASE, shown);
CREATE INDEX events_modality_shown ON events (modality, shown);
CREATE INDEX events_days_shown ON events (day_from, day_to, shown);
CREATE INDEX events_lines ON events (shown, day_from, day_to, type, status, modality, id);

DROP TABLE stories;
CREATE TABLE stories (
  id TEXT PRIMARY KEY,
  title TEXT,
  articles INTEGER NOT NULL,
  shown TEXT NOT NULL,
  json TEXT NOT NULL,
  digest TEXT NOT NULL
);
CREATE INDEX stories_shown ON stories (shown);

DELETE FROM parts;
ALTER TABLE parts ADD COLUMN digest TEXT;
INSERT OR IGNORE INTO marks (name, value) SELECT 'needs_linking', 'schema 5'
  WHERE EXISTS (SELECT 1 FROM documents);
