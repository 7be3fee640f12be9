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
