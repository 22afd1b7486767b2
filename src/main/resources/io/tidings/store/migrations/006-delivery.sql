-- The sending engine. A send job is one template sent to one segment on one channel; its ledger
-- (outbox_message) holds one row per endpoint and treatment, and is the only record of what was
-- sent: a row is SENDING only while a worker holds it, so after a crash the SENDING rows are
-- exactly the messages whose outcome is unknown.
CREATE TABLE send_job (
    id               INTEGER PRIMARY KEY,
    name             TEXT    NOT NULL,
    channel          TEXT    NOT NULL CHECK (channel IN ('EMAIL', 'SMS', 'PUSH', 'VOICE')),
    template_id      INTEGER REFERENCES template (id) ON DELETE SET NULL,
    template_version INTEGER NOT NULL,
    segment_id       INTEGER,
    state            TEXT    NOT NULL DEFAULT 'QUEUED'
                     CHECK (state IN ('QUEUED', 'RUNNING', 'PAUSED', 'CANCELLED', 'DONE')),
    created_at       TEXT    NOT NULL,
    started_at       TEXT,
    finished_at      TEXT,
    pause_reason     TEXT,
    settings         TEXT    NOT NULL DEFAULT '{}'
);

CREATE INDEX send_job_state ON send_job (state);

-- next_attempt_at and first_attempt_at are milliseconds since the epoch, so that "due" is one
-- integer comparison. address is the address the message went to, kept for duplicate checks.
CREATE TABLE outbox_message (
    id                  INTEGER PRIMARY KEY,
    job_id              INTEGER NOT NULL REFERENCES send_job (id) ON DELETE CASCADE,
    endpoint_key        INTEGER NOT NULL,
    treatment           INTEGER NOT NULL DEFAULT 0,
    state               TEXT    NOT NULL DEFAULT 'PENDING'
                        CHECK (state IN ('PENDING', 'SENDING', 'SENT', 'FAILED', 'SUPPRESSED')),
    attempts            INTEGER NOT NULL DEFAULT 0,
    next_attempt_at     INTEGER NOT NULL DEFAULT 0,
    first_attempt_at    INTEGER,
    address             TEXT,
    reason              TEXT,
    provider_message_id TEXT,
    detail              TEXT,
    updated_at          TEXT,
    UNIQUE (job_id, endpoint_key, treatment)
);

CREATE INDEX outbox_message_due ON outbox_message (state, next_attempt_at);
CREATE INDEX outbox_message_job_state ON outbox_message (job_id, state);
CREATE INDEX outbox_message_job_address ON outbox_message (job_id, address);

CREATE TABLE suppressed_address (
    channel    TEXT NOT NULL CHECK (channel IN ('EMAIL', 'SMS', 'PUSH', 'VOICE')),
    address    TEXT NOT NULL,
    reason     TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (channel, address)
) WITHOUT ROWID;

-- Engagement events under Pinpoint's names (_email.send, _SMS.SUCCESS, ...).
CREATE TABLE event (
    id           INTEGER PRIMARY KEY,
    event_type   TEXT    NOT NULL,
    endpoint_key INTEGER,
    job_id       INTEGER,
    message_id   INTEGER,
    timestamp    TEXT    NOT NULL,
    attributes   TEXT    NOT NULL DEFAULT '{}'
);

CREATE INDEX event_job_type ON event (job_id, event_type);
CREATE INDEX event_endpoint ON event (endpoint_key);
