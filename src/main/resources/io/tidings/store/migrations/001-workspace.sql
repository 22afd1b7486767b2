-- The workspace itself (Pinpoint calls it a project) and the schema's own bookkeeping.
CREATE TABLE schema_migration (
    version    INTEGER PRIMARY KEY,
    name       TEXT    NOT NULL,
    applied_at TEXT    NOT NULL
);

CREATE TABLE workspace (
    singleton      INTEGER PRIMARY KEY CHECK (singleton = 1),
    id             TEXT    NOT NULL,
    name           TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    created_at     TEXT    NOT NULL,
    default_region TEXT    NOT NULL DEFAULT 'US'
);

CREATE TABLE workspace_setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
