package io.tidings.campaign;

import java.time.Instant;

/**
 * A run that came due while Tidings was not running (or could not fire it in time). It is not sent late on its own:
 * the marketer chooses, per campaign, {@code CampaignScheduler.sendMissedNow} or {@code skipMissed}.
 *
 * @param dueAt when it should have fired
 * @param nextAfterSkipping the run after it, had it been skipped; null when it was the last
 */
public record MissedRun(Campaign campaign, Instant dueAt, Instant nextAfterSkipping) {
}
