-- Events in Pinpoint's shape and the daily rollups the KPIs read. The event table is rebuilt with the columns of
-- Pinpoint's event (endpoint id as the record gave it, user, session, metrics, campaign, treatment, run, journey,
-- activity, channel), and every insert, from the engine or an import, keeps the rollups current through the
-- triggers below, in the inserting transaction. The engine's events name only their job and message: the triggers
-- take campaign, run (the job), treatment and channel from the ledger. '' stands for "none" in rollup keys, so that
-- a key is always equal to itself. Purging old events keeps the rollups.
CREATE TABLE event_daily (
    day                  TEXT    NOT NULL,
    event_type           TEXT    NOT NULL,
    channel              TEXT    NOT NULL,
    campaign_id          TEXT    NOT NULL,
    campaign_activity_id TEXT    NOT NULL,
    treatment_id         TEXT    NOT NULL,
    journey_id           TEXT    NOT NULL,
    journey_activity_id  TEXT    NOT NULL,
    events               INTEGER NOT NULL,
    -- Each message counted once an hour (Pinpoint's console opens and clicks); kept for open and click types.
    hourly_messages      INTEGER NOT NULL DEFAULT 0,
    -- Purchases: _item_price x _quantity; SMS: price_in_millicents_usd.
    amount               REAL    NOT NULL DEFAULT 0,
    PRIMARY KEY (day, event_type, channel, campaign_id, campaign_activity_id, treatment_id, journey_id,
                 journey_activity_id)
) WITHOUT ROWID;

CREATE INDEX event_daily_campaign ON event_daily (campaign_id, day);

-- The messages opened or clicked in each clock hour, so that repeated opens in the hour count once.
CREATE TABLE event_hourly_message (
    message_key          TEXT NOT NULL,
    event_type           TEXT NOT NULL,
    hour                 TEXT NOT NULL,
    day                  TEXT NOT NULL,
    channel              TEXT NOT NULL,
    campaign_id          TEXT NOT NULL,
    campaign_activity_id TEXT NOT NULL,
    treatment_id         TEXT NOT NULL,
    journey_id           TEXT NOT NULL,
    journey_activity_id  TEXT NOT NULL,
    PRIMARY KEY (message_key, event_type, hour)
) WITHOUT ROWID;

-- The endpoints that delivered, opened, clicked, opted out, complained, bought or started a session each day: the
-- distinct endpoints of a range ("unique") come from here, not from the raw events, and survive the purge.
-- endpoint is 'k' and the audience's endpoint key, or 'i' and the endpoint id of an endpoint not in the audience.
CREATE TABLE event_endpoint_daily (
    campaign_id          TEXT NOT NULL,
    event_type           TEXT NOT NULL,
    day                  TEXT NOT NULL,
    campaign_activity_id TEXT NOT NULL,
    treatment_id         TEXT NOT NULL,
    journey_id           TEXT NOT NULL,
    journey_activity_id  TEXT NOT NULL,
    endpoint             TEXT NOT NULL,
    PRIMARY KEY (campaign_id, event_type, day, campaign_activity_id, treatment_id, journey_id, journey_activity_id,
                 endpoint)
) WITHOUT ROWID;

CREATE INDEX event_endpoint_daily_endpoint ON event_endpoint_daily (endpoint);

-- Every event type the workspace has seen (Pinpoint allows 1,500 custom ones).
CREATE TABLE event_type_seen (
    event_type TEXT PRIMARY KEY
) WITHOUT ROWID;

CREATE TABLE event_new (
    id                   INTEGER PRIMARY KEY,
    event_type           TEXT    NOT NULL,
    endpoint_key         INTEGER,
    job_id               INTEGER,
    message_id           INTEGER,
    timestamp            TEXT    NOT NULL,
    attributes           TEXT    NOT NULL DEFAULT '{}',
    endpoint_id          TEXT,
    user_id              TEXT,
    session_id           TEXT,
    metrics              TEXT    NOT NULL DEFAULT '{}',
    campaign_id          TEXT,
    campaign_activity_id TEXT,
    treatment_id         TEXT,
    journey_id           TEXT,
    journey_activity_id  TEXT,
    channel              TEXT,
    message_key          TEXT,
    -- 1 for an event of an import, which rolls up its batches at once (EventRepository.rollUp), set-based: a
    -- trigger row by row costs three times the insert.
    bulk                 INTEGER
);

-- An engine's event is rolled up through a one-row queue: a trigger on the event table itself runs for every insert,
-- an import's too, and SQLite sets up a trigger's whole program each time, which made a large trigger cost three
-- times the insert. The small one below queues the engine's events; the large one rolls the queued row up.
CREATE TABLE event_rollup_pending (
    id INTEGER PRIMARY KEY
);

CREATE TRIGGER event_queue_rollup AFTER INSERT ON event_new WHEN NEW.bulk IS NULL
BEGIN
    INSERT INTO event_rollup_pending (id) VALUES (NEW.id);
END;

CREATE TRIGGER event_rollup AFTER INSERT ON event_rollup_pending
BEGIN
    INSERT OR IGNORE INTO event_type_seen (event_type) SELECT e.event_type FROM event_new e WHERE e.id = NEW.id;

    INSERT INTO event_daily (day, event_type, channel, campaign_id, campaign_activity_id, treatment_id, journey_id,
                             journey_activity_id, events, amount)
    SELECT substr(e.timestamp, 1, 10), e.event_type,
           COALESCE(e.channel, j.channel, CASE
               WHEN e.event_type LIKE '\_email.%' ESCAPE '\' THEN 'EMAIL'
               WHEN e.event_type LIKE '\_SMS.%' ESCAPE '\' THEN 'SMS'
               WHEN e.event_type LIKE '\_push.%' ESCAPE '\' THEN 'PUSH'
               WHEN e.event_type LIKE '\_voice.%' ESCAPE '\' THEN 'VOICE' END, ''),
           COALESCE(e.campaign_id, CAST(j.campaign_id AS TEXT), ''),
           COALESCE(e.campaign_activity_id, CASE WHEN j.campaign_id IS NOT NULL THEN CAST(j.id AS TEXT) END, ''),
           COALESCE(e.treatment_id, CAST(m.treatment AS TEXT), ''),
           COALESCE(e.journey_id, ''), COALESCE(e.journey_activity_id, ''), 1,
           CASE WHEN e.event_type = '_monetization.purchase'
                THEN COALESCE(json_extract(e.metrics, '$._item_price'), 0)
                     * COALESCE(json_extract(e.metrics, '$._quantity'), 1)
                WHEN e.metrics <> '{}' THEN COALESCE(json_extract(e.metrics, '$.price_in_millicents_usd'), 0)
                ELSE 0 END
    FROM event_new e LEFT JOIN send_job j ON j.id = e.job_id LEFT JOIN outbox_message m ON m.id = e.message_id
    WHERE e.id = NEW.id
    ON CONFLICT DO UPDATE SET events = events + 1, amount = amount + excluded.amount;

    INSERT OR IGNORE INTO event_hourly_message (message_key, event_type, hour, day, channel, campaign_id,
                                                campaign_activity_id, treatment_id, journey_id, journey_activity_id)
    SELECT COALESCE(e.message_key, CAST(e.message_id AS TEXT)), e.event_type, substr(e.timestamp, 1, 13),
           substr(e.timestamp, 1, 10),
           COALESCE(e.channel, j.channel, CASE
               WHEN e.event_type LIKE '\_email.%' ESCAPE '\' THEN 'EMAIL'
               WHEN e.event_type LIKE '\_SMS.%' ESCAPE '\' THEN 'SMS'
               WHEN e.event_type LIKE '\_push.%' ESCAPE '\' THEN 'PUSH'
               WHEN e.event_type LIKE '\_voice.%' ESCAPE '\' THEN 'VOICE' END, ''),
           COALESCE(e.campaign_id, CAST(j.campaign_id AS TEXT), ''),
           COALESCE(e.campaign_activity_id, CASE WHEN j.campaign_id IS NOT NULL THEN CAST(j.id AS TEXT) END, ''),
           COALESCE(e.treatment_id, CAST(m.treatment AS TEXT), ''),
           COALESCE(e.journey_id, ''), COALESCE(e.journey_activity_id, '')
    FROM event_new e LEFT JOIN send_job j ON j.id = e.job_id LEFT JOIN outbox_message m ON m.id = e.message_id
    WHERE e.id = NEW.id AND e.event_type IN ('_email.open', '_email.click', '_campaign.opened_notification',
                             '_journey.opened_notification')
      AND COALESCE(e.message_key, e.message_id) IS NOT NULL;

    INSERT OR IGNORE INTO event_endpoint_daily (campaign_id, event_type, day, campaign_activity_id, treatment_id,
                                                journey_id, journey_activity_id, endpoint)
    SELECT COALESCE(e.campaign_id, CAST(j.campaign_id AS TEXT), ''), e.event_type, substr(e.timestamp, 1, 10),
           COALESCE(e.campaign_activity_id, CASE WHEN j.campaign_id IS NOT NULL THEN CAST(j.id AS TEXT) END, ''),
           COALESCE(e.treatment_id, CAST(m.treatment AS TEXT), ''),
           COALESCE(e.journey_id, ''), COALESCE(e.journey_activity_id, ''),
           CASE WHEN e.endpoint_key IS NOT NULL THEN 'k' || e.endpoint_key ELSE 'i' || e.endpoint_id END
    FROM event_new e LEFT JOIN send_job j ON j.id = e.job_id LEFT JOIN outbox_message m ON m.id = e.message_id
    WHERE e.id = NEW.id AND e.event_type IN ('_email.delivered', '_SMS.SUCCESS', '_push.delivered', '_voice.delivered',
                             '_email.open', '_email.click', '_campaign.opened_notification',
                             '_journey.opened_notification', '_email.unsubscribe', '_SMS.OPTOUT', '_email.complaint',
                             '_monetization.purchase', '_session.start')
      AND COALESCE(e.endpoint_key, e.endpoint_id) IS NOT NULL;

    DELETE FROM event_rollup_pending WHERE id = NEW.id;
END;

-- A message's first open or click in an hour counts once more in its day's row.
CREATE TRIGGER event_hourly_rollup AFTER INSERT ON event_hourly_message
BEGIN
    UPDATE event_daily SET hourly_messages = hourly_messages + 1
    WHERE day = NEW.day AND event_type = NEW.event_type AND channel = NEW.channel AND campaign_id = NEW.campaign_id
      AND campaign_activity_id = NEW.campaign_activity_id AND treatment_id = NEW.treatment_id
      AND journey_id = NEW.journey_id AND journey_activity_id = NEW.journey_activity_id;
END;

-- The engine's events so far go through the triggers too, then the new table takes the old one's place.
INSERT INTO event_new (id, event_type, endpoint_key, job_id, message_id, timestamp, attributes)
SELECT id, event_type, endpoint_key, job_id, message_id, timestamp, attributes FROM event ORDER BY id;
DROP TABLE event;
ALTER TABLE event_new RENAME TO event;

CREATE INDEX event_job_type ON event (job_id, event_type);
CREATE INDEX event_endpoint ON event (endpoint_key);
CREATE INDEX event_message ON event (message_id);
CREATE INDEX event_timestamp ON event (timestamp);
CREATE INDEX event_user ON event (user_id) WHERE user_id IS NOT NULL;
