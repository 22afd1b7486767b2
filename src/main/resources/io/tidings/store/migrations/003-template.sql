-- Message templates. Each save is a version; the content is the template in Pinpoint's request
-- JSON (EmailTemplateRequest, SMSTemplateRequest, PushNotificationTemplateRequest,
-- VoiceTemplateRequest), so that import and export are lossless.
CREATE TABLE template (
    id             INTEGER PRIMARY KEY,
    name           TEXT    NOT NULL UNIQUE COLLATE NOCASE,
    type           TEXT    NOT NULL CHECK (type IN ('EMAIL', 'SMS', 'PUSH', 'VOICE')),
    description    TEXT,
    created_at     TEXT    NOT NULL,
    updated_at     TEXT    NOT NULL,
    active_version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE template_version (
    template_id INTEGER NOT NULL REFERENCES template (id) ON DELETE CASCADE,
    version     INTEGER NOT NULL,
    content     TEXT    NOT NULL,
    created_at  TEXT    NOT NULL,
    PRIMARY KEY (template_id, version)
) WITHOUT ROWID;

-- Test sends. Real channels come with the sending engine; until then "Send test" writes the
-- rendered message here, and the sandbox channel will read the same table.
CREATE TABLE sandbox_message (
    id          INTEGER PRIMARY KEY,
    channel     TEXT    NOT NULL CHECK (channel IN ('EMAIL', 'SMS', 'PUSH', 'VOICE')),
    address     TEXT    NOT NULL,
    template_id INTEGER REFERENCES template (id) ON DELETE SET NULL,
    subject     TEXT,
    body        TEXT,
    html        TEXT,
    created_at  TEXT    NOT NULL
);
