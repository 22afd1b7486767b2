-- Which provider each channel sends through, one row per configured channel; a channel without a row uses
-- the sandbox. account is the channel's JSON exactly as a --settings file writes it (see ChannelAccountsJson).
-- Secrets written as env:NAME or file:PATH are references resolved when sending; any other secret is kept
-- here as typed, so the workspace file then holds it.
CREATE TABLE channel_account (
    channel    TEXT NOT NULL PRIMARY KEY CHECK (channel IN ('EMAIL', 'SMS', 'PUSH', 'VOICE')),
    account    TEXT NOT NULL,
    updated_at TEXT NOT NULL
) WITHOUT ROWID;
