-- The sandbox channel. A message a send job sends through the sandbox is captured with its ledger
-- id (outbox_message.id), at most once, so that a message sent again after a crash is not captured
-- twice; test sends from the template editor have none. attributes holds the channel's extras
-- (push action and URL, voice and language) as a JSON object of strings.
ALTER TABLE sandbox_message ADD COLUMN message_id INTEGER;
ALTER TABLE sandbox_message ADD COLUMN attributes TEXT NOT NULL DEFAULT '{}';

CREATE UNIQUE INDEX sandbox_message_ledger ON sandbox_message (message_id) WHERE message_id IS NOT NULL;
CREATE INDEX sandbox_message_channel ON sandbox_message (channel, id);

-- What providers report about a message (and what the sandbox simulates) is found by message.
CREATE INDEX event_message ON event (message_id);

-- The rates at which the sandbox simulates provider feedback, one JSON object per workspace.
CREATE TABLE sandbox_settings (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    settings   TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
