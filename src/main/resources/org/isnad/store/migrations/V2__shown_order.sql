-- isnad store, schema version 2: the order a reader is shown events and stories in, so that a
-- timeline page is one indexed range in SQL (the analysis order stays in position).
-- events.shown: happened before negated or unrealised, dated by earliest before undated, then
-- by id; stories.shown: most articles first, then by id. A store linked before this version is
-- marked for linking again, which fills them.
ALTER TABLE events ADD COLUMN shown INTEGER;
CREATE INDEX events_shown ON events (shown);
ALTER TABLE stories ADD COLUMN shown INTEGER;
CREATE INDEX stories_shown ON stories (shown);
INSERT OR IGNORE INTO marks (name, value) SELECT 'needs_linking', 'schema 2'
  WHERE EXISTS (SELECT 1 FROM documents);

-- What the server's pages look up without reading whole documents: an article's title and the
-- article it copies, the event each event report was counted in, every statement (in article
-- and text order) with its speaker entity and the entities it names, each entity's roles.
-- Derived by linking, replaced with the rest; the audit figures go to parts as view.audit.
ALTER TABLE articles ADD COLUMN title TEXT;
ALTER TABLE articles ADD COLUMN copy_of TEXT;
CREATE TABLE event_mentions (
  mention_id TEXT PRIMARY KEY,
  event_id TEXT NOT NULL
);
CREATE TABLE statements (
  position INTEGER PRIMARY KEY,
  id TEXT NOT NULL,
  speaker_entity TEXT,
  json TEXT NOT NULL
);
CREATE INDEX statements_speaker ON statements (speaker_entity, position);
CREATE TABLE statement_about (
  entity_id TEXT NOT NULL,
  position INTEGER NOT NULL,
  PRIMARY KEY (entity_id, position)
);
CREATE TABLE entity_roles (
  entity_id TEXT PRIMARY KEY,
  json TEXT NOT NULL
);
