package io.tidings.campaign.ui;

import io.tidings.campaign.Campaign;
import io.tidings.campaign.EventFilterWords;
import io.tidings.campaign.TriggerOutcome;
import io.tidings.campaign.TriggeredSends;

/** An event-triggered campaign's results so far, in a sentence or two for the run monitor. */
final class TriggeredWords {

    private TriggeredWords() {
    }

    static String of(Campaign campaign, TriggeredSends sends) {
        String trigger = "Sends when an event arrives: "
                + EventFilterWords.of(campaign.definition().schedule().eventFilter()) + ".";
        if (sends.matched() == 0) {
            return trigger + " No matching event yet.";
        }
        return trigger + (" %,d matching events: %,d messages triggered, %,d sent, %,d dropped as late (not sent "
                + "within five minutes of their event). Not sent: %,d not in the segment, %,d older than five minutes "
                + "on arrival, %,d while paused, %,d outside the schedule%s.").formatted(sends.matched(), sends.count(TriggerOutcome.TRIGGERED), sends.sent(), sends.droppedLate(),
                        sends.count(TriggerOutcome.NOT_IN_SEGMENT), sends.count(TriggerOutcome.STALE),
                        sends.count(TriggerOutcome.PAUSED), sends.count(TriggerOutcome.OUTSIDE_SCHEDULE),
                        sends.count(TriggerOutcome.FAILED) > 0
                                ? ", %,d failed (the log says why)".formatted(sends.count(TriggerOutcome.FAILED)) : "");
    }
}
