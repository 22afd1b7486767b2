-- Event-triggered campaigns (Schedule.Frequency EVENT). Each event that passes a live campaign's EventFilter gets
-- one decision row, keyed by the campaign and the event (a digest of what the event is: type, time, endpoint,
-- session, attributes, metrics), written before anything is sent: the same event recorded twice (a client's retry,
-- a replay) or seen again after a crash finds its row and sends nothing more. outcome says what became of it:
-- TRIGGERED (a message is in the send job job_id), NOT_IN_SEGMENT, NO_ENDPOINT (not in the audience), STALE (the
-- event was more than five minutes old when it arrived), OUTSIDE_SCHEDULE, PAUSED, or FAILED (problem says why).
CREATE TABLE campaign_trigger (
    campaign_id INTEGER NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    event_key   TEXT    NOT NULL,
    event_type  TEXT    NOT NULL,
    endpoint_id TEXT,
    event_at    INTEGER NOT NULL,
    arrived_at  INTEGER NOT NULL,
    outcome     TEXT    NOT NULL,
    job_id      INTEGER,
    problem     TEXT,
    PRIMARY KEY (campaign_id, event_key)
) WITHOUT ROWID;

CREATE INDEX campaign_trigger_job ON campaign_trigger (job_id) WHERE job_id IS NOT NULL;

-- A triggered run's ledger holds only the endpoints whose events fired it: expanding it again from the whole
-- segment (after a crash) would send to everyone, so such a job is marked.
ALTER TABLE send_job ADD COLUMN triggered INTEGER NOT NULL DEFAULT 0;
