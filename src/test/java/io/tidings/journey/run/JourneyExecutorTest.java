package io.tidings.journey.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tidings.journey.InvalidJourneyException;
import io.tidings.journey.Journey;
import io.tidings.journey.JourneyCounts;
import io.tidings.journey.JourneyGraph;
import io.tidings.journey.JourneyState;
import io.tidings.journey.Outlet;
import io.tidings.journey.ParticipantPosition;
import io.tidings.journey.Port;
import io.tidings.wiring.Wiring;
import io.tidings.workspace.AppDirectories;
import io.tidings.work.Progress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The executor runs the sample's welcome series through the real engine, the sandbox and recorded opens. */
class JourneyExecutorTest {

    @TempDir
    Path folder;

    private ExecutorFixture sample() {
        return new ExecutorFixture(new Wiring(Wiring.Host.COMMAND_LINE, new AppDirectories(folder.resolve("home")))
                .createSample(folder.resolve("sample.tidings"), "Sample", true, Progress.NONE));
    }

    @Test
    void theWelcomeSeriesSendsAtOnceWaitsThreeDaysAndSplitsOnTheOpensRecorded() throws Exception {
        try (ExecutorFixture fixture = sample()) {
            Journey journey = fixture.opened.journeys().findByName("Welcome series").orElseThrow();
            long id = journey.id();

            assertThat(fixture.runs.publish(id).state()).isEqualTo(JourneyState.PUBLISHED);
            fixture.executor.runDue();
            fixture.awaitSent(id);

            JourneyCounts entered = fixture.runs.counts(id);
            long participants = entered.leftThrough(Outlet.ENTRY);
            long emails = fixture.number("SELECT count(*) FROM outbox_message m JOIN send_job j ON j.id = m.job_id "
                    + "WHERE j.journey_id = ? AND j.journey_activity_id = 'welcomeEmail'", id);
            assertThat(participants).isPositive();
            assertThat(entered.activity("welcomeEmail").entered()).isEqualTo(participants);
            assertThat(entered.activity("welcomeEmail").sent()).isPositive().isLessThanOrEqualTo(participants);
            assertThat(emails).as("a ledger row per email endpoint of the participants sent to (sent, or suppressed by the engine)")
                    .isGreaterThanOrEqualTo(entered.activity("welcomeEmail").sent());
            long optedOut = entered.activity("welcomeEmail").exited();
            assertThat(optedOut).as("the opted-out leave at the email").isLessThan(participants / 10);
            long waiting = participants - optedOut;
            assertThat(entered.activity("wait3Days").waiting()).isEqualTo(waiting);
            assertThat(fixture.runs.participants(id, "wait3Days", 5)).hasSize(5)
                    .allSatisfy(position -> assertThat(position.wakeAt())
                            .isEqualTo(ExecutorFixture.START.plus(Duration.ofDays(3))));

            assertThat(fixture.number("SELECT sum(events) FROM event_daily WHERE event_type = '_email.send' "
                    + "AND journey_id = ? AND journey_activity_id = 'welcomeEmail'", Long.toString(id)))
                    .as("the engine's events count for the journey and its activity").isPositive()
                    .isEqualTo(fixture.number("SELECT count(*) FROM event e JOIN send_job j ON j.id = e.job_id "
                            + "WHERE j.journey_id = ? AND e.event_type = '_email.send'", id));
            List<String> opened = fixture.texts("SELECT m.id FROM outbox_message m JOIN send_job j ON j.id = m.job_id "
                    + "WHERE j.journey_id = ? ORDER BY m.id LIMIT 3", id);
            fixture.clock.advance(Duration.ofDays(1));
            opened.forEach(message -> fixture.recordOf(Long.parseLong(message), "_email.open"));
            long openers = fixture.number("SELECT count(DISTINCT s.participant) FROM journey_step s "
                    + "JOIN outbox_message m ON m.job_id = s.job_id JOIN endpoint e ON e.key = m.endpoint_key "
                    + "WHERE s.journey_id = ? AND m.id IN (" + String.join(", ", opened) + ") AND s.participant = "
                    + "CASE WHEN e.user_id IS NULL THEN 'endpoint:' || e.id ELSE 'user:' || e.user_id END", id);

            fixture.clock.advance(Duration.ofHours(47).plusMinutes(59));
            fixture.executor.runDue();
            assertThat(fixture.runs.counts(id).activity("wait3Days").waiting())
                    .as("a minute before the three days are over").isEqualTo(waiting);

            fixture.clock.advance(Duration.ofMinutes(1));
            fixture.executor.runDue();
            fixture.awaitSent(id);

            JourneyCounts split = fixture.runs.counts(id);
            assertThat(split.leftThrough(Outlet.of("openedWelcome", Port.YES))).isEqualTo(openers);
            assertThat(split.leftThrough(Outlet.of("openedWelcome", Port.NO))).isEqualTo(waiting - openers);
            assertThat(split.activity("saleNudge").entered()).isEqualTo(waiting - openers);
            assertThat(split.activity("wait3Days").waiting()).isZero();
            assertThat(fixture.runs.participants(id, null, 10_000)).hasSize((int) participants)
                    .allSatisfy(position -> assertThat(position.activityKey()).isNull());
            long pushes = fixture.number("SELECT count(*) FROM send_job WHERE journey_id = ? "
                    + "AND journey_activity_id = 'saleNudge'", id);
            assertThat(pushes).as("the sale nudge went out as a send job of the journey").isPositive();

            long steps = fixture.number("SELECT count(*) FROM journey_step WHERE journey_id = ?", id);
            long ledger = fixture.number("SELECT count(*) FROM outbox_message m JOIN send_job j ON j.id = m.job_id "
                    + "WHERE j.journey_id = ?", id);
            fixture.clock.advance(Duration.ofDays(30));
            fixture.executor.runDue();
            assertThat(fixture.number("SELECT count(*) FROM journey_step WHERE journey_id = ?", id))
                    .as("nothing more happens to participants who left").isEqualTo(steps);
            assertThat(fixture.number("SELECT count(*) FROM outbox_message m JOIN send_job j ON j.id = m.job_id "
                    + "WHERE j.journey_id = ?", id)).isEqualTo(ledger);
        }
    }

    @Test
    void publishingIsRefusedInWordsForAJourneyWithErrorsAndEachChangeForTheWrongState() {
        try (ExecutorFixture fixture = sample()) {
            Journey empty = fixture.opened.journeys().create("Nothing yet", JourneyGraph.EMPTY);

            assertThatThrownBy(() -> fixture.runs.publish(empty.id())).isInstanceOf(InvalidJourneyException.class)
                    .hasMessageStartingWith("The journey \"Nothing yet\" cannot be published: ");
            assertThatThrownBy(() -> fixture.runs.pause(empty.id()))
                    .hasMessage("The journey \"Nothing yet\" is draft: only a published journey can be paused.");
            assertThat(fixture.opened.journeys().find(empty.id()).orElseThrow().state()).isEqualTo(JourneyState.DRAFT);

            long id = fixture.opened.journeys().findByName("Welcome series").orElseThrow().id();
            fixture.runs.publish(id);
            fixture.executor.runDue();
            assertThatThrownBy(() -> fixture.runs.publish(id)).hasMessageContaining("is published: only a draft");
            assertThat(fixture.runs.pause(id).state()).isEqualTo(JourneyState.PAUSED);

            fixture.clock.advance(Duration.ofDays(4));
            fixture.executor.runDue();
            assertThat(fixture.runs.counts(id).activity("openedWelcome").entered()).as("paused: nobody moves")
                    .isZero();

            assertThat(fixture.runs.resume(id).state()).isEqualTo(JourneyState.PUBLISHED);
            PassReport caughtUp = fixture.executor.runDue();
            assertThat(caughtUp.late()).isPositive();
            assertThat(fixture.runs.catchUpNotice(id)).get().asString().startsWith("Caught up at ")
                    .contains("whose next step fell due while Tidings was closed");
            assertThat(fixture.runs.counts(id).activity("openedWelcome").entered()).isPositive();

            Journey stopped = fixture.runs.stop(id);
            assertThat(stopped.state()).isEqualTo(JourneyState.STOPPED);
            assertThat(fixture.runs.participants(id, null, 10_000)).extracting(ParticipantPosition::activityKey)
                    .containsOnlyNulls();
            assertThatThrownBy(() -> fixture.runs.resume(id)).hasMessageContaining("is stopped");
        }
    }
}
