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

-- The all-campaigns KPI report counts distinct endpoints over every campaign's rows of a range, grouped four ways
-- (none, day, run, treatment), and the transactional KPIs over the rows of no campaign and no journey. The primary
-- key leads with the campaign, so each count read every campaign's rows and sorted them twice (for the groups and
-- for DISTINCT). These partial indexes hold the rows in the order each count reads them, endpoint after the group,
-- so a count is one ordered pass (KpiRepository names them with INDEXED BY).
CREATE INDEX event_endpoint_daily_campaigns ON event_endpoint_daily (event_type, endpoint, day)
    WHERE campaign_id <> '';
CREATE INDEX event_endpoint_daily_campaigns_day ON event_endpoint_daily (day, event_type, endpoint)
    WHERE campaign_id <> '';
CREATE INDEX event_endpoint_daily_campaigns_run ON event_endpoint_daily (campaign_activity_id, event_type, endpoint, day)
    WHERE campaign_id <> '';
CREATE INDEX event_endpoint_daily_campaigns_treatment ON event_endpoint_daily (treatment_id, event_type, endpoint, day)
    WHERE campaign_id <> '';
CREATE INDEX event_endpoint_daily_transactional ON event_endpoint_daily (event_type, endpoint, day)
    WHERE campaign_id = '' AND journey_id = '';

-- The engine's event indexes hold only the engine's rows: an imported event has no job and no message, and often no
-- endpoint of the audience, and writing its NULLs into three indexes was a good part of an import's cost. Every
-- query on these columns compares them with a value (=, IN, a join), which SQLite knows excludes NULL.
DROP INDEX event_job_type;
CREATE INDEX event_job_type ON event (job_id, event_type) WHERE job_id IS NOT NULL;
DROP INDEX event_message;
CREATE INDEX event_message ON event (message_id) WHERE message_id IS NOT NULL;
DROP INDEX event_endpoint;
CREATE INDEX event_endpoint ON event (endpoint_key) WHERE endpoint_key IS NOT NULL;
