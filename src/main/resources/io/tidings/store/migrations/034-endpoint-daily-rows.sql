-- The distinct endpoints behind the "unique" KPIs come from the per-day endpoint sets (migration 030).
-- event_endpoint_daily, a row for each endpoint of each group and day, in four B-trees, was kept only for erasure to
-- find a user's groups, which it now finds in the sets themselves (EndpointSets.removeEverywhere); writing it cost an
-- events import a fifth of its time and every one of the engine's events four random index inserts.
-- The trigger is migration 015's, as later migrations left it, without its insert into event_endpoint_daily and with
-- the custom messages' channel (migration 033) in its fall-back by event type.
DROP TRIGGER event_rollup;

CREATE TRIGGER event_rollup AFTER INSERT ON event_rollup_pending
BEGIN
    INSERT OR IGNORE INTO event_type_seen (event_type) SELECT e.event_type FROM event e WHERE e.id = NEW.id;
    INSERT INTO event_daily (day, event_type, channel, campaign_id, campaign_activity_id, treatment_id, journey_id,
                             journey_activity_id, events, amount)
    SELECT substr(e.timestamp, 1, 10), e.event_type,
           COALESCE(e.channel, j.channel, CASE
               WHEN e.event_type LIKE '\_email.%' ESCAPE '\' THEN 'EMAIL'
               WHEN e.event_type LIKE '\_SMS.%' ESCAPE '\' THEN 'SMS'
               WHEN e.event_type LIKE '\_push.%' ESCAPE '\' THEN 'PUSH'
               WHEN e.event_type LIKE '\_voice.%' ESCAPE '\' THEN 'VOICE'
               WHEN e.event_type LIKE '\_custom.%' ESCAPE '\' THEN 'CUSTOM' END, ''),
           COALESCE(e.campaign_id, CAST(j.campaign_id AS TEXT), ''),
           COALESCE(e.campaign_activity_id, CASE WHEN j.campaign_id IS NOT NULL THEN CAST(j.id AS TEXT) END, ''),
           COALESCE(e.treatment_id, CAST(m.treatment AS TEXT), ''),
           COALESCE(e.journey_id, ''), COALESCE(e.journey_activity_id, ''), 1,
           CASE WHEN e.event_type = '_monetization.purchase'
                THEN COALESCE(json_extract(e.metrics, '$._item_price'), 0)
                     * COALESCE(json_extract(e.metrics, '$._quantity'), 1)
                WHEN e.metrics <> '{}' THEN COALESCE(json_extract(e.metrics, '$.price_in_millicents_usd'), 0)
                ELSE 0 END
    FROM event e LEFT JOIN send_job j ON j.id = e.job_id LEFT JOIN outbox_message m ON m.id = e.message_id
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
               WHEN e.event_type LIKE '\_voice.%' ESCAPE '\' THEN 'VOICE'
               WHEN e.event_type LIKE '\_custom.%' ESCAPE '\' THEN 'CUSTOM' END, ''),
           COALESCE(e.campaign_id, CAST(j.campaign_id AS TEXT), ''),
           COALESCE(e.campaign_activity_id, CASE WHEN j.campaign_id IS NOT NULL THEN CAST(j.id AS TEXT) END, ''),
           COALESCE(e.treatment_id, CAST(m.treatment AS TEXT), ''),
           COALESCE(e.journey_id, ''), COALESCE(e.journey_activity_id, '')
    FROM event e LEFT JOIN send_job j ON j.id = e.job_id LEFT JOIN outbox_message m ON m.id = e.message_id
    WHERE e.id = NEW.id AND e.event_type IN ('_email.open', '_email.click', '_campaign.opened_notification',
                             '_journey.opened_notification')
      AND COALESCE(e.message_key, e.message_id) IS NOT NULL;
    DELETE FROM event_rollup_pending WHERE id = NEW.id;
END;

DROP TABLE event_endpoint_daily;
