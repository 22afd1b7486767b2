-- Who may send events in: the workspace's Pinpoint-style application id (the {application-id} of PutEvents' URL),
-- and API keys. A key's secret is kept sealed (AES-GCM, with a key in the app's data folder, never in this file)
-- because checking an AWS Signature Version 4 needs the secret itself; its SHA-256 finds the key of a request that
-- sends the secret as a Bearer token. A revoked key stays listed.
CREATE TABLE api_key (
    access_key_id TEXT PRIMARY KEY,
    name          TEXT NOT NULL,
    secret_hash   TEXT NOT NULL UNIQUE,
    secret_sealed BLOB NOT NULL,
    created_at    TEXT NOT NULL,
    last_used_at  TEXT,
    revoked_at    TEXT
) WITHOUT ROWID;

INSERT OR IGNORE INTO workspace_setting (key, value) VALUES ('application_id', lower(hex(randomblob(16))));

-- Providers' delivery receipts (webhooks) name a message by the provider's own id.
CREATE INDEX outbox_message_provider_id ON outbox_message (provider_message_id)
    WHERE provider_message_id IS NOT NULL;
