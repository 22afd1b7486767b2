-- Custom attributes, user attributes and metrics move from one row per value into columns of the
-- endpoint row (attribute_name.column_name), so that an import writes one row per endpoint and a
-- segment reads one row per endpoint. A name's values are kept in one TEXT cell, each value
-- between two U+001F separators; a metric is a REAL cell. The code step of this migration
-- (AttributeColumns) adds the columns, copies the values and builds the segment index.
ALTER TABLE attribute_name ADD COLUMN column_name TEXT;

-- The segment index (user_id first) serves look-ups by user; the channel filter reads it too.
DROP INDEX endpoint_by_user;
DROP INDEX endpoint_by_channel;
