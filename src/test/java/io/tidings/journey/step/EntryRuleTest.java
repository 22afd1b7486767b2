package io.tidings.journey.step;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tidings.journey.JourneyEntry;
import io.tidings.journey.JourneyGraph;
import io.tidings.journey.JourneyLimits;
import io.tidings.journey.JourneySchedule;
import io.tidings.journey.JourneySettings;
import io.tidings.journey.step.EntryDecision.Refusal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EntryRuleTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    private final Facts facts = new Facts();

    private static EntryRule rule(JourneySettings settings) {
        return new EntryRule(JourneyGraph.EMPTY.withSettings(settings).withEntry(new JourneyEntry.FromSegment(1, null)));
    }

    private static JourneySettings reentry(Integer cap, Duration interval) {
        return JourneySettings.DEFAULT.withLimits(new JourneyLimits(null, null, null, cap, interval, null));
    }

    @Test
    void aNewcomerEntersOnceByDefault() {
        assertTrue(rule(JourneySettings.DEFAULT).decide(facts, NOW).enters());
        facts.timesEntered = 1;
        facts.lastEntered = NOW.minus(Duration.ofDays(40));
        EntryDecision again = rule(JourneySettings.DEFAULT).decide(facts, NOW);
        assertEquals(Refusal.REENTRY_CAP, again.refusal());
        assertTrue(again.because().contains("lets each participant in once"), again.because());
    }

    @Test
    void nobodyEntersWhileInTheJourney() {
        facts.inJourney = true;
        assertEquals(Refusal.ALREADY_IN, rule(reentry(0, null)).decide(facts, NOW).refusal());
    }

    @Test
    void theReentryCapAndIntervalLimitReturns() {
        facts.timesEntered = 2;
        facts.lastEntered = NOW.minus(Duration.ofHours(1));
        assertEquals(Refusal.REENTRY_CAP, rule(reentry(2, null)).decide(facts, NOW).refusal());
        assertEquals(Refusal.TOO_SOON, rule(reentry(3, Duration.ofDays(1))).decide(facts, NOW).refusal());
        EntryDecision later = rule(reentry(3, Duration.ofDays(1))).decide(facts, NOW.plus(Duration.ofDays(1)));
        assertTrue(later.enters());
        assertEquals("entered the journey again (3 times in all)", later.because());
        assertTrue(rule(reentry(0, null)).decide(facts, NOW).enters(), "0 means no limit");
    }

    @Test
    void theScheduleBoundsEntries() {
        JourneySettings week = JourneySettings.DEFAULT.withSchedule(
                new JourneySchedule(NOW, NOW.plus(Duration.ofDays(7)), null));
        assertEquals(Refusal.NOT_STARTED, rule(week).decide(facts, NOW.minusSeconds(1)).refusal());
        assertTrue(rule(week).decide(facts, NOW).enters());
        assertEquals(Refusal.ENDED, rule(week).decide(facts, NOW.plus(Duration.ofDays(7))).refusal());
    }

    @Test
    void localTimeLeavesOutParticipantsWithoutATimeZone() {
        JourneySettings local = new JourneySettings(JourneySchedule.NONE, true, null, null, null, false, Map.of());
        assertEquals(Refusal.NO_TIME_ZONE, rule(local).decide(facts, NOW).refusal());
        facts.zone = ZoneId.of("Europe/Berlin");
        assertTrue(rule(local).decide(facts, NOW).enters());
    }
}
