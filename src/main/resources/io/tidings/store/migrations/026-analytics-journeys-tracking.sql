-- A journey's reports read its rollup rows only: without these partial indexes a journey's range read every row of
-- the range (campaign rows included). They hold journey rows alone, so campaigns and imports pay nothing for them.
CREATE INDEX event_daily_journey ON event_daily (journey_id, day) WHERE journey_id <> '';
CREATE INDEX event_endpoint_daily_journey ON event_endpoint_daily (journey_id, event_type, day, journey_activity_id)
    WHERE journey_id <> '';

-- Whether a campaign's emails get tracked links and the open pixel ("Track opens and clicks" in the editor); on
-- unless the marketer turned it off. The unsubscribe link is always there.
ALTER TABLE campaign ADD COLUMN track_opens_and_clicks INTEGER NOT NULL DEFAULT 1;
