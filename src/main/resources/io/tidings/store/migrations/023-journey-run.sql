-- Running journeys. journey_run holds the graph as it was published (edits to a draft copy never change a running
-- journey) and when the entry segment's members enter next (milliseconds since the epoch; NULL: no more rounds).
-- notice is what the executor last did on catching up after Tidings was closed, in words, for the app to show.
CREATE TABLE journey_run (
    journey_id    INTEGER PRIMARY KEY REFERENCES journey (id) ON DELETE CASCADE,
    definition    TEXT    NOT NULL,
    published_at  INTEGER NOT NULL,
    next_entry_at INTEGER,
    entry_rounds  INTEGER NOT NULL DEFAULT 0,
    looked_at     INTEGER,
    notice        TEXT
);

-- Where each participant (Participant.key(): user:ID or endpoint:ID) stands: the activity it is at (NULL once it
-- left), since when, and when the executor looks at it next (NULL once it left). entries counts its entries into the
-- journey (1 the first time); entered_at is when it last entered. status says in words what it waits for or why it
-- left.
CREATE TABLE journey_participant (
    journey_id  INTEGER NOT NULL REFERENCES journey (id) ON DELETE CASCADE,
    participant TEXT    NOT NULL,
    entries     INTEGER NOT NULL,
    activity    TEXT,
    since       INTEGER NOT NULL,
    wake_at     INTEGER,
    entered_at  INTEGER NOT NULL,
    status      TEXT,
    PRIMARY KEY (journey_id, participant)
) WITHOUT ROWID;

CREATE INDEX journey_participant_due ON journey_participant (journey_id, wake_at) WHERE wake_at IS NOT NULL;
CREATE INDEX journey_participant_at ON journey_participant (journey_id, activity, since) WHERE activity IS NOT NULL;

-- Every step of every participant, written in the transaction that moves it, so that counts and "why" are exact:
-- ENTERED (the journey, and so its first activity, activity), ARRIVED (at activity from another), SENT (activity's
-- message, in send job job_id), LEFT (activity through port to another), EXITED (the journey, at activity, through
-- port when it took an open one; why says why). A message activity sends a participant at most once per entry: the
-- unique index is the send's idempotency key (journey, activity, participant, entry); it also serves the look-ups of
-- a participant's messages.
CREATE TABLE journey_step (
    id          INTEGER PRIMARY KEY,
    journey_id  INTEGER NOT NULL REFERENCES journey (id) ON DELETE CASCADE,
    participant TEXT    NOT NULL,
    entry       INTEGER NOT NULL,
    activity    TEXT,
    kind        TEXT    NOT NULL CHECK (kind IN ('ENTERED', 'ARRIVED', 'SENT', 'LEFT', 'EXITED')),
    port        TEXT,
    job_id      INTEGER,
    at          INTEGER NOT NULL,
    why         TEXT
);

CREATE UNIQUE INDEX journey_step_send ON journey_step (journey_id, activity, participant, entry) WHERE kind = 'SENT';
CREATE INDEX journey_step_counts ON journey_step (journey_id, kind, activity, port);
CREATE INDEX journey_step_sent ON journey_step (journey_id, participant) WHERE kind = 'SENT';

-- A journey's messages go out as send jobs of the engine, each job one activity's messages for a batch of
-- participants; the job names the journey and activity so that its events count for them.
ALTER TABLE send_job ADD COLUMN journey_id INTEGER;
ALTER TABLE send_job ADD COLUMN journey_activity_id TEXT;

CREATE INDEX send_job_journey ON send_job (journey_id, journey_activity_id) WHERE journey_id IS NOT NULL;
