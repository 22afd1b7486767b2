-- Sending policies and throughput. sent_at is when a message's current attempt was handed to its
-- channel (milliseconds since the epoch), kept once it is SENT, so that "messages this endpoint got
-- today, across all jobs" (the daily cap) is one range on a small partial index.
ALTER TABLE outbox_message ADD COLUMN sent_at INTEGER;

UPDATE outbox_message SET sent_at = CAST(unixepoch(updated_at, 'subsec') * 1000 AS INTEGER)
WHERE state IN ('SENT', 'SENDING') AND updated_at IS NOT NULL;

CREATE INDEX outbox_message_endpoint_sent ON outbox_message (endpoint_key, sent_at)
    WHERE state IN ('SENT', 'SENDING');

-- A claim reads one running job's due rows in order, and progress counts a job's rows by state,
-- reason and due time: one index serves both without touching the table. It replaces the index
-- on (state, next_attempt_at), which made every claim step over the due rows of paused jobs.
DROP INDEX outbox_message_due;
DROP INDEX outbox_message_job_state;
CREATE INDEX outbox_message_job_due ON outbox_message (job_id, state, next_attempt_at, reason);

-- A cancelled job's unsent messages are never sent: say so in the ledger, as cancelling does now.
UPDATE outbox_message SET state = 'SUPPRESSED', reason = 'JOB_CANCELLED'
WHERE state = 'PENDING' AND job_id IN (SELECT id FROM send_job WHERE state = 'CANCELLED');
