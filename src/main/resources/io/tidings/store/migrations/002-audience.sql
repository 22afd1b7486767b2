-- Endpoints in Pinpoint's shape. Standard fields are columns; custom attributes, user attributes
-- and metrics are rows keyed by a small integer name id, so that a segment criterion on any of
-- them is an index lookup rather than a scan of JSON.
CREATE TABLE attribute_name (
    id    INTEGER PRIMARY KEY,
    scope TEXT    NOT NULL CHECK (scope IN ('ATTRIBUTE', 'USER_ATTRIBUTE', 'METRIC')),
    name  TEXT    NOT NULL,
    UNIQUE (scope, name)
);

CREATE TABLE endpoint (
    key              INTEGER PRIMARY KEY,
    id               TEXT    NOT NULL UNIQUE,
    channel_type     TEXT    NOT NULL,
    address          TEXT,
    endpoint_status  TEXT    NOT NULL DEFAULT 'ACTIVE' CHECK (endpoint_status IN ('ACTIVE', 'INACTIVE')),
    opt_out          TEXT    NOT NULL DEFAULT 'NONE' CHECK (opt_out IN ('ALL', 'NONE')),
    effective_date   TEXT,
    creation_date    TEXT    NOT NULL,
    cohort_id        INTEGER NOT NULL CHECK (cohort_id BETWEEN 0 AND 99),
    user_id          TEXT,
    app_version      TEXT,
    locale           TEXT,
    make             TEXT,
    model            TEXT,
    model_version    TEXT,
    platform         TEXT,
    platform_version TEXT,
    timezone         TEXT,
    city             TEXT,
    country          TEXT,
    latitude         REAL,
    longitude        REAL,
    postal_code      TEXT,
    region           TEXT
);

CREATE INDEX endpoint_by_user ON endpoint (user_id) WHERE user_id IS NOT NULL;
CREATE INDEX endpoint_by_address ON endpoint (address);
CREATE INDEX endpoint_by_channel ON endpoint (channel_type);

-- Attributes.* and User.UserAttributes.*: one row per value; position keeps the values' order.
CREATE TABLE endpoint_attribute (
    name_id      INTEGER NOT NULL REFERENCES attribute_name (id),
    value        TEXT    NOT NULL,
    endpoint_key INTEGER NOT NULL REFERENCES endpoint (key) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    PRIMARY KEY (name_id, value, endpoint_key)
) WITHOUT ROWID;

CREATE INDEX endpoint_attribute_by_endpoint ON endpoint_attribute (endpoint_key, name_id);

-- Metrics.*: one number per name.
CREATE TABLE endpoint_metric (
    endpoint_key INTEGER NOT NULL REFERENCES endpoint (key) ON DELETE CASCADE,
    name_id      INTEGER NOT NULL REFERENCES attribute_name (id),
    value        REAL    NOT NULL,
    PRIMARY KEY (endpoint_key, name_id)
) WITHOUT ROWID;

CREATE INDEX endpoint_metric_by_value ON endpoint_metric (name_id, value);
