-- The purge reads the events of days before the retention's first by their day, not their instant: the index by day
-- (with the rowid after it, as every index has) takes each new event at the end of its day's entries, so that an
-- import or the engine adds to a few pages already in the cache instead of a random place in a large index of
-- timestamps for each event (an import into ten million events spent most of its time there).
DROP INDEX IF EXISTS event_timestamp;
CREATE INDEX event_day ON event (substr(timestamp, 1, 10));
