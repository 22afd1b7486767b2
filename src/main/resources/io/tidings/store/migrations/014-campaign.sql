-- Campaigns. definition is the campaign's WriteCampaignRequest JSON with segments and templates named by id;
-- segment_id and campaign_template repeat what it uses, so that deleting a segment or template a live campaign
-- uses can be refused. next_run_at (milliseconds since the epoch) is when the next run fires: the scheduler reads
-- it, so nothing depends on a timer surviving a restart.
CREATE TABLE campaign (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL UNIQUE COLLATE NOCASE,
    description TEXT,
    definition  TEXT    NOT NULL,
    state       TEXT    NOT NULL DEFAULT 'DRAFT'
                CHECK (state IN ('DRAFT', 'SCHEDULED', 'EXECUTING', 'PAUSED', 'COMPLETED', 'CANCELLED')),
    segment_id  INTEGER,
    next_run_at INTEGER,
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL
);

CREATE INDEX campaign_due ON campaign (state, next_run_at);
CREATE INDEX campaign_segment ON campaign (segment_id);

CREATE TABLE campaign_template (
    campaign_id INTEGER NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    template_id INTEGER NOT NULL,
    PRIMARY KEY (campaign_id, template_id)
) WITHOUT ROWID;

CREATE INDEX campaign_template_by_template ON campaign_template (template_id);

-- One row per run, written in the same transaction that moves next_run_at on: a run is fired once, whatever
-- stops Tidings between claiming it and creating its send job (job_id, filled in after). problem says why a
-- run has no job: it could not be created, or Tidings stopped before it began and it was not sent late.
CREATE TABLE campaign_run (
    id           INTEGER PRIMARY KEY,
    campaign_id  INTEGER NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    scheduled_at INTEGER NOT NULL,
    job_id       INTEGER,
    problem      TEXT,
    created_at   TEXT    NOT NULL,
    UNIQUE (campaign_id, scheduled_at)
);
