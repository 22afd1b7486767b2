-- Campaign runs. A send job may be one run of a campaign (campaign_id; no foreign key: the campaign table comes
-- with the campaign feature). run_at and deadline_at are milliseconds since the epoch: when the run starts, and
-- when it must stop delivering (Pinpoint's Limits.MaximumDuration), NULL for no limit. holdout_percent of the
-- segment gets no message (ledger treatment -1, SUPPRESSED with TREATMENT_HOLDOUT). What expansion needs to be
-- run again after a crash is kept too: the seed of the treatment hash, the segment version (NULL for the latest)
-- and the local-time start (the wall-clock time on each endpoint's own clock, NULL to send everyone at run_at).
ALTER TABLE send_job ADD COLUMN campaign_id INTEGER;
ALTER TABLE send_job ADD COLUMN run_at INTEGER;
ALTER TABLE send_job ADD COLUMN deadline_at INTEGER;
ALTER TABLE send_job ADD COLUMN holdout_percent INTEGER NOT NULL DEFAULT 0;
ALTER TABLE send_job ADD COLUMN assignment_seed INTEGER;
ALTER TABLE send_job ADD COLUMN segment_version INTEGER;
ALTER TABLE send_job ADD COLUMN local_wall_clock TEXT;
ALTER TABLE send_job ADD COLUMN local_starting_zone TEXT;

CREATE INDEX send_job_campaign ON send_job (campaign_id) WHERE campaign_id IS NOT NULL;

-- The treatments of a job, each rendering its own template version or its inline message (template content JSON
-- of the job's channel). A job without rows here (a plain send) has one treatment, 0, its own template.
CREATE TABLE send_job_treatment (
    job_id           INTEGER NOT NULL REFERENCES send_job (id) ON DELETE CASCADE,
    treatment        INTEGER NOT NULL CHECK (treatment >= 0),
    name             TEXT,
    size_percent     INTEGER NOT NULL CHECK (size_percent BETWEEN 0 AND 100),
    template_id      INTEGER REFERENCES template (id) ON DELETE SET NULL,
    template_version INTEGER,
    inline_content   TEXT,
    PRIMARY KEY (job_id, treatment)
) WITHOUT ROWID;
