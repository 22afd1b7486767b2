package io.tidings.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Quiet time on the endpoint's clock, across zones and their daylight-saving changes (2026's dates). */
class QuietTimeTest {

    private static QuietTime quiet(String start, String end) {
        return QuietTime.of(LocalTime.parse(start), LocalTime.parse(end), QuietTime.Action.HOLD);
    }

    private static Instant at(String offsetDateTime) {
        return OffsetDateTime.parse(offsetDateTime).toInstant();
    }

    @ParameterizedTest(name = "{0} {1}–{2} at {3}: quiet until {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # An ordinary night, across midnight, and a daytime quiet period
            Europe/Berlin       | 21:00 | 08:00 | 2026-06-15T22:00+02:00 | 2026-06-16T08:00+02:00
            Europe/Berlin       | 21:00 | 08:00 | 2026-06-16T07:59+02:00 | 2026-06-16T08:00+02:00
            Europe/Berlin       | 21:00 | 08:00 | 2026-06-16T08:00+02:00 |
            Europe/Berlin       | 21:00 | 08:00 | 2026-06-15T20:59+02:00 |
            Europe/Berlin       | 12:00 | 14:00 | 2026-06-15T13:00+02:00 | 2026-06-15T14:00+02:00
            Europe/Berlin       | 12:00 | 14:00 | 2026-06-15T11:00+02:00 |
            # No daylight saving, half-hour offset: 08:00 in Kolkata is 02:30 UTC
            Asia/Kolkata        | 21:00 | 08:00 | 2026-01-10T23:00+05:30 | 2026-01-11T02:30Z
            # Auckland's night begins on the previous UTC day
            Pacific/Auckland    | 21:00 | 08:00 | 2026-07-01T21:30+12:00 | 2026-07-01T20:00Z
            # Spring forward: 02:30 does not exist; quiet time ends when the clocks jump past it
            America/New_York    | 21:00 | 02:30 | 2026-03-08T01:00-05:00 | 2026-03-08T03:00-04:00
            Europe/Berlin       | 01:00 | 02:30 | 2026-03-29T01:30+01:00 | 2026-03-29T03:00+02:00
            Pacific/Auckland    | 21:00 | 02:30 | 2026-09-27T01:00+12:00 | 2026-09-27T03:00+13:00
            # Lord Howe moves by 30 minutes: 02:15 falls in the gap from 02:00 to 02:30
            Australia/Lord_Howe | 22:00 | 02:15 | 2026-10-04T01:00+10:30 | 2026-10-04T02:30+11:00
            # Fall back: 01:30 happens twice; the first one ends it, or the second one from inside the repeat
            America/New_York    | 22:00 | 01:30 | 2026-11-01T00:30-04:00 | 2026-11-01T01:30-04:00
            America/New_York    | 22:00 | 01:30 | 2026-11-01T01:40-04:00 |
            America/New_York    | 22:00 | 01:30 | 2026-11-01T01:10-05:00 | 2026-11-01T01:30-05:00
            Australia/Lord_Howe | 22:00 | 01:45 | 2026-04-05T01:00+11:00 | 2026-04-05T01:45+11:00
            Australia/Lord_Howe | 22:00 | 01:45 | 2026-04-05T01:40+10:30 | 2026-04-05T01:45+10:30
            """)
    void quietTimeEndsOnTheEndpointsClock(String zone, String start, String end, String now, String until) {
        Optional<Instant> quietUntil = quiet(start, end).quietUntil(at(now), ZoneId.of(zone));

        if (until == null) {
            assertThat(quietUntil).isEmpty();
        } else {
            assertThat(quietUntil).contains(at(until));
        }
    }

    @Test
    void theEndIsAlwaysLaterThanNowSoAHeldMessageIsNeverDueAtOnce() {
        QuietTime night = quiet("22:00", "01:30");
        ZoneId newYork = ZoneId.of("America/New_York");
        // Every minute of the autumn night, including the repeated hour.
        for (Instant now = at("2026-10-31T21:00-04:00"); now.isBefore(at("2026-11-01T03:00-05:00"));
                now = now.plusSeconds(60)) {
            Instant current = now;
            night.quietUntil(now, newYork).ifPresent(end -> assertThat(end).isAfter(current));
        }
    }

    @Test
    void quietTimeNeedsALength() {
        assertThatThrownBy(() -> quiet("21:00", "21:00"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("QuietTime.Start and QuietTime.End are both 21:00");
    }

    @Test
    void transactionalMessagesAreExemptOnlyWhenQuietTimeIsForPromotionalOnes() {
        assertThat(quiet("21:00", "08:00").appliesTo(false)).isFalse();
        assertThat(quiet("21:00", "08:00").appliesTo(true)).isTrue();
        assertThat(new QuietTime(LocalTime.of(21, 0), LocalTime.of(8, 0), QuietTime.Action.DROP, false).appliesTo(false))
                .isTrue();
    }
}
