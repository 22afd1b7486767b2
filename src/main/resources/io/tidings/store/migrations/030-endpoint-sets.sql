-- Per-day endpoint sets (io.tidings.store.EndpointSets): each group of event_endpoint_daily's endpoints as a
-- RoaringBitmap of endpoint numbers, so that the distinct endpoints of a range are a union's cardinality instead of
-- a distinct count over every row of the range. The migration's step builds them from event_endpoint_daily.
-- The bitmap is the last column, so that a scan that skips a row never reads its overflow pages.
CREATE TABLE event_endpoint_set (
    id                   INTEGER PRIMARY KEY,
    campaign_id          TEXT NOT NULL,
    event_type           TEXT NOT NULL,
    day                  TEXT NOT NULL,
    campaign_activity_id TEXT NOT NULL,
    treatment_id         TEXT NOT NULL,
    journey_id           TEXT NOT NULL,
    journey_activity_id  TEXT NOT NULL,
    endpoints            BLOB NOT NULL,
    UNIQUE (campaign_id, event_type, day, campaign_activity_id, treatment_id, journey_id, journey_activity_id)
);

CREATE INDEX event_endpoint_set_day ON event_endpoint_set (day, event_type);

-- The numbers of endpoints outside the audience ('i' || endpoint id); an audience endpoint's number is its key.
CREATE TABLE event_endpoint_number (
    number   INTEGER PRIMARY KEY,
    endpoint TEXT NOT NULL UNIQUE
);

-- The engine's events are rolled up by migration 015's trigger event_rollup, in SQL: this trigger, on the same queue
-- row, queues the endpoints it adds to event_endpoint_daily for the Java side to add to the sets.
CREATE TABLE event_endpoint_set_pending (
    campaign_id          TEXT NOT NULL,
    event_type           TEXT NOT NULL,
    day                  TEXT NOT NULL,
    campaign_activity_id TEXT NOT NULL,
    treatment_id         TEXT NOT NULL,
    journey_id           TEXT NOT NULL,
    journey_activity_id  TEXT NOT NULL,
    endpoint             TEXT NOT NULL
);

CREATE TRIGGER event_rollup_endpoint_set AFTER INSERT ON event_rollup_pending
BEGIN
    INSERT INTO event_endpoint_set_pending (campaign_id, event_type, day, campaign_activity_id, treatment_id,
                                            journey_id, journey_activity_id, endpoint)
    SELECT COALESCE(e.campaign_id, CAST(j.campaign_id AS TEXT), ''), e.event_type, substr(e.timestamp, 1, 10),
           COALESCE(e.campaign_activity_id, CASE WHEN j.campaign_id IS NOT NULL THEN CAST(j.id AS TEXT) END, ''),
           COALESCE(e.treatment_id, CAST(m.treatment AS TEXT), ''),
           COALESCE(e.journey_id, ''), COALESCE(e.journey_activity_id, ''),
           CASE WHEN e.endpoint_key IS NOT NULL THEN 'k' || e.endpoint_key ELSE 'i' || e.endpoint_id END
    FROM event e LEFT JOIN send_job j ON j.id = e.job_id LEFT JOIN outbox_message m ON m.id = e.message_id
    WHERE e.id = NEW.id AND e.event_type IN ('_email.delivered', '_SMS.SUCCESS', '_push.delivered', '_voice.delivered',
                             '_email.open', '_email.click', '_campaign.opened_notification',
                             '_journey.opened_notification', '_email.unsubscribe', '_SMS.OPTOUT', '_email.complaint',
                             '_monetization.purchase', '_session.start')
      AND COALESCE(e.endpoint_key, e.endpoint_id) IS NOT NULL;
END;
