-- Custom messages (a journey's webhook calls, DeliveryChannel.CUSTOM) count as a channel of their own in the KPIs. An
-- imported or PutEvents event names no job, so its channel comes from its type, and until now _custom.* gave none
-- (''): their daily counts move to CUSTOM, added to a CUSTOM row of the same group where the engine's calls already
-- made one. The engine's own events need no change: migration 015's trigger event_rollup takes an engine event's
-- channel from its send job first, and a custom message's job is CUSTOM, so the trigger is left as it is.
-- event_hourly_message keeps open and click types only, and event_endpoint_daily and event_endpoint_set have no
-- channel: nothing else holds a _custom.* event's channel.
INSERT INTO event_daily (day, event_type, channel, campaign_id, campaign_activity_id, treatment_id, journey_id,
                         journey_activity_id, events, hourly_messages, amount)
SELECT day, event_type, 'CUSTOM', campaign_id, campaign_activity_id, treatment_id, journey_id, journey_activity_id,
       events, hourly_messages, amount
FROM event_daily
WHERE channel = '' AND event_type LIKE '\_custom.%' ESCAPE '\'
ON CONFLICT DO UPDATE SET events = events + excluded.events, hourly_messages = hourly_messages + excluded.hourly_messages,
                          amount = amount + excluded.amount;

DELETE FROM event_daily WHERE channel = '' AND event_type LIKE '\_custom.%' ESCAPE '\';
