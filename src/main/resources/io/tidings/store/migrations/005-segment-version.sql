-- Every save of a dynamic segment's criteria is a version; segment.definition holds the latest.
CREATE TABLE segment_version (
    segment_id INTEGER NOT NULL REFERENCES segment (id) ON DELETE CASCADE,
    version    INTEGER NOT NULL,
    definition TEXT    NOT NULL,
    created_at TEXT    NOT NULL,
    PRIMARY KEY (segment_id, version)
) WITHOUT ROWID;
