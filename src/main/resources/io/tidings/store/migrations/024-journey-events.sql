-- The engine's events of a journey's messages (_email.send, _email.delivered, bounces...) name only their send job and
-- message; the job names the journey and the activity (migration 023). The trigger that queues an engine event for
-- the rollups now first copies them onto the event, so that the event and its rollups (event_daily,
-- event_endpoint_daily, event_hourly_message) carry journey_id and journey_activity_id, as Pinpoint's do.
DROP TRIGGER event_queue_rollup;

CREATE TRIGGER event_queue_rollup AFTER INSERT ON event WHEN NEW.bulk IS NULL
BEGIN
    UPDATE event SET journey_id = (SELECT CAST(j.journey_id AS TEXT) FROM send_job j WHERE j.id = NEW.job_id),
                     journey_activity_id = (SELECT j.journey_activity_id FROM send_job j WHERE j.id = NEW.job_id)
    WHERE id = NEW.id AND NEW.journey_id IS NULL AND NEW.job_id IS NOT NULL
      AND EXISTS (SELECT 1 FROM send_job j WHERE j.id = NEW.job_id AND j.journey_id IS NOT NULL);
    INSERT INTO event_rollup_pending (id) VALUES (NEW.id);
END;
