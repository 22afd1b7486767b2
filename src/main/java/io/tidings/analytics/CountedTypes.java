package io.tidings.analytics;

import java.util.List;

/** The event types with counters beyond the daily count; migration 015's trigger lists the same. */
final class CountedTypes {

    /** Counted once per message and clock hour (Pinpoint's console opens and clicks). */
    static final List<String> HOURLY = List.of("_email.open", "_email.click", "_campaign.opened_notification",
            "_journey.opened_notification");

    /** Counted as distinct endpoints per day, for the unique KPIs. */
    static final List<String> UNIQUE = List.of("_email.delivered", "_SMS.SUCCESS", "_push.delivered",
            "_voice.delivered", "_email.open", "_email.click", "_campaign.opened_notification",
            "_journey.opened_notification", "_email.unsubscribe", "_SMS.OPTOUT", "_email.complaint",
            "_monetization.purchase", "_session.start");

    private CountedTypes() {
    }
}
