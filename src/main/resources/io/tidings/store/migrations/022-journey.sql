-- Journeys. definition is the journey's WriteJourneyRequest JSON with segments and templates named by id; layout is
-- the canvas positions ({"Entry": {"X":, "Y":}, "Activities": {...}}), which Pinpoint does not have. version counts
-- the saves: a save names the version it edited and is refused when another save came first.
CREATE TABLE journey (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL UNIQUE COLLATE NOCASE,
    definition  TEXT    NOT NULL,
    layout      TEXT    NOT NULL DEFAULT '{}',
    state       TEXT    NOT NULL DEFAULT 'DRAFT'
                CHECK (state IN ('DRAFT', 'PUBLISHED', 'PAUSED', 'STOPPED', 'COMPLETED')),
    version     INTEGER NOT NULL DEFAULT 1,
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL
);

-- What each journey uses, repeated from its definition, so that deleting a segment or template a journey uses can
-- be refused naming it.
CREATE TABLE journey_segment (
    journey_id INTEGER NOT NULL REFERENCES journey (id) ON DELETE CASCADE,
    segment_id INTEGER NOT NULL,
    PRIMARY KEY (journey_id, segment_id)
) WITHOUT ROWID;

CREATE INDEX journey_segment_by_segment ON journey_segment (segment_id);

CREATE TABLE journey_template (
    journey_id  INTEGER NOT NULL REFERENCES journey (id) ON DELETE CASCADE,
    template_id INTEGER NOT NULL,
    PRIMARY KEY (journey_id, template_id)
) WITHOUT ROWID;

CREATE INDEX journey_template_by_template ON journey_template (template_id);
