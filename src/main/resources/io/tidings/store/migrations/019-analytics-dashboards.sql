-- The dashboards count distinct endpoints of one event type (clicks, say) over a range of days for every message of
-- the workspace; event_endpoint_daily's key starts with the campaign, so without this index that count read the
-- whole table. With it, the count reads the range's rows of that type only.
CREATE INDEX event_endpoint_daily_type_day ON event_endpoint_daily (event_type, day);
