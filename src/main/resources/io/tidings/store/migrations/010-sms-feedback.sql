-- What SMS providers report after a send. A long message travels as several parts, each with its
-- own provider id and its own delivery receipt, so receipts find their ledger message through the
-- ids of every part. The sending thread records the ids and the SMSC's thread records receipts, so
-- a quick receipt can come first: it waits in sms_receipt_waiting until its part is recorded.
CREATE TABLE sms_part (
    provider_message_id TEXT    NOT NULL PRIMARY KEY,
    message_id          INTEGER NOT NULL REFERENCES outbox_message (id) ON DELETE CASCADE,
    -- the first part's id names the submission: a retry of the same message is a new one
    first_part_id       TEXT    NOT NULL,
    part_number         INTEGER NOT NULL,
    part_count          INTEGER NOT NULL,
    -- the final state the part's receipt reported (DELIVERED, UNDELIVERABLE, ...), once it did
    receipt_state       TEXT,
    error_code          TEXT,
    received_at         TEXT
) WITHOUT ROWID;

CREATE INDEX sms_part_submission ON sms_part (first_part_id);
CREATE INDEX sms_part_message ON sms_part (message_id);

CREATE TABLE sms_receipt_waiting (
    provider_message_id TEXT NOT NULL PRIMARY KEY,
    receipt_state       TEXT NOT NULL,
    error_code          TEXT,
    received_at         TEXT NOT NULL
) WITHOUT ROWID;
