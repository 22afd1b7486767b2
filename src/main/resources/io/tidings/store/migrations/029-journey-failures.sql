-- When the executor cannot advance a published journey (its template was deleted under it, the disk is full), it
-- keeps what went wrong beside the run, in words, for the designer, the Journeys list and `journey status`: failure
-- (NULL once a pass succeeds again), when the failing began (failing_since) and when it last failed (failed_at), both
-- in milliseconds since the epoch, and how many passes in a row failed.
ALTER TABLE journey_run ADD COLUMN failure TEXT;
ALTER TABLE journey_run ADD COLUMN failing_since INTEGER;
ALTER TABLE journey_run ADD COLUMN failed_at INTEGER;
ALTER TABLE journey_run ADD COLUMN failed_passes INTEGER NOT NULL DEFAULT 0;

-- One index of a participant's messages instead of two (each SENT step was written into both): the send's
-- idempotency key, now by participant before activity, also serves the look-ups of a participant's messages
-- (journey and participant: the caps; and activity and entry: a loop back, a split on the message's events).
DROP INDEX journey_step_sent;
DROP INDEX journey_step_send;
CREATE UNIQUE INDEX journey_step_send ON journey_step (journey_id, participant, activity, entry) WHERE kind = 'SENT';

-- A journey's MessagesPerSecond holds for the journey as a whole: each of its send jobs keeps the journey's rate, and
-- the engine has all the jobs of one journey share it (a job's own rate_per_second stays the lower of its account's
-- and the journey's).
ALTER TABLE send_job ADD COLUMN journey_rate REAL;
