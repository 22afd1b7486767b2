-- Segments. An imported segment is a fixed list of endpoints (segment_member); a dynamic one is a
-- Pinpoint SegmentGroupList kept as JSON in definition and evaluated when used.
CREATE TABLE segment (
    id         INTEGER PRIMARY KEY,
    name       TEXT    NOT NULL UNIQUE COLLATE NOCASE,
    type       TEXT    NOT NULL CHECK (type IN ('DYNAMIC', 'IMPORTED')),
    definition TEXT,
    created_at TEXT    NOT NULL,
    updated_at TEXT    NOT NULL
);

CREATE TABLE segment_member (
    segment_id   INTEGER NOT NULL REFERENCES segment (id) ON DELETE CASCADE,
    endpoint_key INTEGER NOT NULL REFERENCES endpoint (key) ON DELETE CASCADE,
    PRIMARY KEY (segment_id, endpoint_key)
) WITHOUT ROWID;

CREATE INDEX segment_member_by_endpoint ON segment_member (endpoint_key);
