-- Custom messages (Pinpoint's CUSTOM channel): a journey's webhook calls are send jobs like every other message, so
-- the tables that name a channel take CUSTOM beside EMAIL, SMS, PUSH and VOICE. SQLite cannot alter a CHECK
-- constraint; the migration's code step (ChannelChecks) widens it in the stored schema, which keeps every row, index,
-- trigger and foreign key as they are.
SELECT 1;
