-- isnad store, schema version 3: what the event pass made of each article, kept so the next
-- add runs the pass again only on articles whose inputs changed. input_key is a digest of
-- everything the pass read (see Store.KeptEvents); json the KeptEvents record.
CREATE TABLE event_pass (
  article_id TEXT PRIMARY KEY,
  input_key TEXT NOT NULL,
  json TEXT NOT NULL
);
