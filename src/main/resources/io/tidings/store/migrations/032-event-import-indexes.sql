-- The all-campaigns KPIs read their distinct endpoints from the per-day endpoint sets now (migration 030), not from
-- event_endpoint_daily: migration 018's five indexes for those counts are read by nothing, and an import wrote every
-- endpoint row into them (or built them again at its end, a quarter of a large import's time).
DROP INDEX IF EXISTS event_endpoint_daily_campaigns;
DROP INDEX IF EXISTS event_endpoint_daily_campaigns_day;
DROP INDEX IF EXISTS event_endpoint_daily_campaigns_run;
DROP INDEX IF EXISTS event_endpoint_daily_campaigns_treatment;
DROP INDEX IF EXISTS event_endpoint_daily_transactional;
