-- The channel account each send job was created with, so that resuming it sends through the same provider: the
-- channel's settings JSON with the secrets kept as values left out (env: and file: references stay), as
-- channel/accounts/AccountRecord writes it; NULL for a job created before this. And the most messages a second
-- the job sends, NULL for no limit.
ALTER TABLE send_job ADD COLUMN account TEXT;
ALTER TABLE send_job ADD COLUMN rate_per_second REAL;
