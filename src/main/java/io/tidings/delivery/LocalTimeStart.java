package io.tidings.delivery;

import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * Pinpoint's {@code IsLocalTime}: the run delivers at {@code wallClock} on each endpoint's own clock
 * ({@code Demographic.Timezone}), starting in {@code startingZone} (Pinpoint's {@code Timezone}, the starting offset)
 * and walking west zone by zone. An endpoint whose local start had already passed when the run began is skipped by
 * the run (ENDPOINT_TIMEZONE_MISMATCH); one without a valid zone is not targeted (ENDPOINT_MISSING_TIMEZONE) unless
 * the job's options give a fallback zone.
 */
public record LocalTimeStart(LocalDateTime wallClock, ZoneId startingZone) {
}
