package io.tidings.journey.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.delivery.QuietTime;
import io.tidings.journey.Activity;
import io.tidings.journey.Journey;
import io.tidings.journey.JourneyCounts;
import io.tidings.journey.JourneyEntry;
import io.tidings.journey.JourneyGraph;
import io.tidings.journey.JourneyLimits;
import io.tidings.journey.JourneySettings;
import io.tidings.journey.MessageActivity;
import io.tidings.journey.Outlet;
import io.tidings.journey.Port;
import io.tidings.journey.TemplateChoice;
import io.tidings.wiring.Wiring;
import io.tidings.work.Progress;
import io.tidings.workspace.AppDirectories;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The journey's daily cap and quiet time hold participants in the executor, and let them go when the time comes. */
class JourneyLimitsTest {

    @TempDir
    Path folder;

    private ExecutorFixture sample() {
        return new ExecutorFixture(new Wiring(Wiring.Host.COMMAND_LINE, new AppDirectories(folder.resolve("home")))
                .createSample(folder.resolve("sample.tidings"), "Sample", true, Progress.NONE));
    }

    /** North America's members get the welcome email twice in a row (as two activities) under {@code settings}. */
    private static Journey twoEmails(ExecutorFixture fixture, String name, JourneySettings settings) {
        long segment = fixture.opened.segments().findByName("North America").orElseThrow().id();
        long welcome = fixture.opened.templates().templateNamed("Welcome email").orElseThrow().id();
        return fixture.opened.journeys().create(name, JourneyGraph.EMPTY.withSettings(settings)
                .withEntry(new JourneyEntry.FromSegment(segment, null))
                .with("first", Activity.of(new MessageActivity.Email(new TemplateChoice(welcome, null), null))
                        .connect(Port.NEXT, "second"))
                .with("second", Activity.of(new MessageActivity.Email(new TemplateChoice(welcome, null), null)))
                .connect(Outlet.ENTRY, "first"));
    }

    @Test
    void theDailyCapHoldsTheSecondEmailUntilTheNextDayOnEachParticipantsClock() throws Exception {
        try (ExecutorFixture fixture = sample()) {
            long id = twoEmails(fixture, "Capped", JourneySettings.DEFAULT.withLimits(
                    new JourneyLimits(1, null, null, null, null, null))).id();
            fixture.runs.publish(id);

            fixture.executor.runDue();
            JourneyCounts first = fixture.runs.counts(id);
            long sentFirst = first.activity("first").sent();
            assertThat(sentFirst).isPositive();
            assertThat(first.activity("second").sent()).as("the cap of 1 a day is reached").isZero();
            assertThat(first.activity("second").waiting()).as("those the first email went to").isEqualTo(sentFirst);
            assertThat(fixture.runs.participants(id, "second", 3)).allSatisfy(position -> {
                assertThat(position.status()).startsWith("reached the daily cap of 1 messages");
                assertThat(position.wakeAt()).isAfter(ExecutorFixture.START)
                        .isBeforeOrEqualTo(ExecutorFixture.START.plus(Duration.ofDays(1)));
            });

            fixture.clock.advance(Duration.ofDays(1));
            fixture.executor.runDue();
            fixture.awaitSent(id);
            JourneyCounts next = fixture.runs.counts(id);
            assertThat(next.activity("second").sent()).isEqualTo(sentFirst);
            assertThat(next.activity("second").waiting()).isZero();
        }
    }

    @Test
    void quietTimeHoldsTheMessageUntilItEndsWhereTheParticipantIs() throws Exception {
        try (ExecutorFixture fixture = sample()) {
            QuietTime night = QuietTime.of(LocalTime.of(22, 0), LocalTime.of(8, 0), QuietTime.Action.HOLD);
            long id = twoEmails(fixture, "Quiet", JourneySettings.DEFAULT.withQuietTime(night)).id();
            fixture.runs.publish(id);

            fixture.executor.runDue(); // 10:00 UTC: night in North America
            JourneyCounts atStart = fixture.runs.counts(id);
            long held = atStart.activity("first").waiting();
            long sentAtStart = atStart.activity("first").sent();
            assertThat(held).isPositive();
            assertThat(fixture.runs.participants(id, "first", 10_000)).hasSize((int) held).allSatisfy(position -> {
                assertThat(position.status()).startsWith("held by quiet time (22:00–08:00 on ");
                assertThat(position.wakeAt()).isAfter(ExecutorFixture.START)
                        .isBefore(ExecutorFixture.START.plus(Duration.ofHours(8)));
            });

            fixture.clock.advance(Duration.ofHours(8)); // 18:00 UTC: day in North America
            fixture.executor.runDue();
            long withEmail = fixture.number("SELECT count(DISTINCT p.participant) FROM journey_participant p "
                    + "JOIN endpoint e ON p.participant = CASE WHEN e.user_id IS NULL THEN 'endpoint:' || e.id "
                    + "ELSE 'user:' || e.user_id END WHERE p.journey_id = ? AND e.channel_type = 'EMAIL' "
                    + "AND coalesce(e.opt_out, '') <> 'ALL' AND coalesce(e.endpoint_status, '') <> 'INACTIVE' "
                    + "AND NOT EXISTS (SELECT 1 FROM journey_step s WHERE s.journey_id = p.journey_id "
                    + "AND s.participant = p.participant AND s.kind = 'EXITED' AND s.activity = 'first')", id);
            assertThat(fixture.runs.counts(id).activity("first").sent()).as("everyone with an email address that takes messages")
                    .isEqualTo(withEmail).isGreaterThan(sentAtStart);
            assertThat(fixture.runs.counts(id).activity("first").waiting()).isZero();
        }
    }
}
