-- isnad store, schema version 4: indexes for the server's reads (issue 17's latency bench).
-- A timeline page first picks the rowids of its events in shown order from an index that holds
-- the filter's column and shown (no table row read, no sort of the events' JSON), then reads
-- those rows' JSON; a filter on a join table (actor, place, outlet, origin) finds each event's
-- shown by its id in events_id_shown. When SQLite walks the events in shown order instead (a
-- filter it expects to pass many), events_lines holds every filtered column, so the walk reads
-- no table row either (a date window on 71,268 events: 0.3 s before, a few ms after). The
-- single-column indexes these extend are dropped (every query they served is served by the new
-- one's prefix); events_type stays (binary collation). A search hit reads its statement by id.
CREATE INDEX events_id_shown ON events (id, shown);
CREATE INDEX events_status_shown ON events (status, shown);
CREATE INDEX events_type_shown ON events (type COLLATE NOCASE, shown);
CREATE INDEX events_modality_shown ON events (modality, shown);
CREATE INDEX events_days_shown ON events (day_from, day_to, shown);
CREATE INDEX events_lines ON events (shown, day_from, day_to, type, status, modality, id);
DROP INDEX events_status;
DROP INDEX events_modality;
DROP INDEX events_days;
DROP INDEX events_shown;
CREATE INDEX statements_id ON statements (id);
