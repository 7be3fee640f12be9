-- isnad store, schema version 1. Standard SQL where it can be (a PostgreSQL store is to follow):
-- text ids (the engine's content-derived ids, never row numbers), JSON kept as text.
-- Statements end with a semicolon at the end of a line; comments start lines with two dashes.

-- Every document read, as read (content included, so it can be extracted again), and what the
-- article pass made of it. state: pending (read, not yet annotated), stale (the site template
-- grew over a line it was refused: to be extracted again), annotated. Small columns first and
-- the large JSON values in the order they are read (SQLite reads a row's columns in order, so
-- a value after a large one costs reading that one too): annotated at every add, linked at an
-- export, the page only when extracted again. linked_sha256 spares rewriting an unchanged
-- linked document.
CREATE TABLE documents (
  id TEXT PRIMARY KEY,
  source TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  duplicate_of TEXT,
  added_at TEXT NOT NULL,
  state TEXT NOT NULL,
  outcome TEXT,
  problems TEXT,
  linked_sha256 TEXT,
  annotated TEXT,
  linked TEXT,
  page TEXT NOT NULL
);
CREATE INDEX documents_sha256 ON documents (sha256);
-- partial: the few documents not yet annotated, found without reading every row
CREATE INDEX documents_unsettled ON documents (id) WHERE state <> 'annotated';
CREATE INDEX documents_order ON documents (source, id);

-- The site template's counts: on how many text pages each candidate line was found.
CREATE TABLE template_lines (
  line TEXT PRIMARY KEY,
  pages INTEGER NOT NULL
);

-- The short lines each document's extraction asked about and was told are not template lines:
-- when one of them joins the template, that document is extracted again.
CREATE TABLE refused_lines (
  line TEXT NOT NULL,
  document_id TEXT NOT NULL REFERENCES documents (id),
  PRIMARY KEY (line, document_id)
);
CREATE INDEX refused_lines_document ON refused_lines (document_id);

-- Input paths met but not read, with why.
CREATE TABLE skipped (
  path TEXT PRIMARY KEY,
  code TEXT NOT NULL,
  reason TEXT NOT NULL
);

-- Marks: needs_linking (the derived tables are behind the documents), generated_at.
CREATE TABLE marks (
  name TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

-- Derived from all documents together by linking; replaced whole by each linking.
CREATE TABLE articles (
  id TEXT PRIMARY KEY,
  document_id TEXT NOT NULL REFERENCES documents (id),
  position INTEGER NOT NULL,
  outlet TEXT,
  published TEXT,
  story TEXT
);
CREATE INDEX articles_document ON articles (document_id);

CREATE TABLE entities (
  id TEXT PRIMARY KEY,
  position INTEGER NOT NULL,
  type TEXT NOT NULL,
  name TEXT NOT NULL,
  mentions INTEGER NOT NULL,
  json TEXT NOT NULL
);

CREATE TABLE events (
  id TEXT PRIMARY KEY,
  position INTEGER NOT NULL,
  type TEXT NOT NULL,
  status TEXT NOT NULL,
  modality TEXT NOT NULL,
  day_from TEXT,
  day_to TEXT,
  story TEXT,
  json TEXT NOT NULL
);
CREATE INDEX events_position ON events (position);
CREATE INDEX events_days ON events (day_from, day_to);
CREATE INDEX events_type ON events (type);
CREATE INDEX events_status ON events (status);
CREATE INDEX events_modality ON events (modality);

CREATE TABLE event_actors (
  event_id TEXT NOT NULL REFERENCES events (id),
  entity_id TEXT NOT NULL,
  PRIMARY KEY (event_id, entity_id)
);
CREATE INDEX event_actors_entity ON event_actors (entity_id);

CREATE TABLE event_places (
  event_id TEXT NOT NULL REFERENCES events (id),
  entity_id TEXT NOT NULL,
  PRIMARY KEY (event_id, entity_id)
);
CREATE INDEX event_places_entity ON event_places (entity_id);

CREATE TABLE event_outlets (
  event_id TEXT NOT NULL REFERENCES events (id),
  outlet TEXT NOT NULL,
  PRIMARY KEY (event_id, outlet)
);
CREATE INDEX event_outlets_outlet ON event_outlets (outlet);

CREATE TABLE event_origins (
  event_id TEXT NOT NULL REFERENCES events (id),
  origin TEXT NOT NULL,
  PRIMARY KEY (event_id, origin)
);
CREATE INDEX event_origins_origin ON event_origins (origin);

CREATE TABLE stories (
  id TEXT PRIMARY KEY,
  position INTEGER NOT NULL,
  title TEXT,
  articles INTEGER NOT NULL,
  json TEXT NOT NULL
);
CREATE INDEX stories_position ON stories (position);

-- The rest of the timeline (event reports, copies, story of each article, corpus dates) and
-- the audit figures, each as one JSON value.
CREATE TABLE parts (
  name TEXT PRIMARY KEY,
  json TEXT NOT NULL
);
