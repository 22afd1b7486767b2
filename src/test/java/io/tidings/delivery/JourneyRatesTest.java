package io.tidings.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.FxTesting;
import io.tidings.channel.DeliveryChannel;
import io.tidings.journey.Activity;
import io.tidings.journey.JourneyEntry;
import io.tidings.journey.JourneyGraph;
import io.tidings.journey.JourneyLimits;
import io.tidings.journey.JourneySettings;
import io.tidings.journey.MessageActivity;
import io.tidings.journey.Outlet;
import io.tidings.journey.Port;
import io.tidings.journey.TemplateChoice;
import io.tidings.store.Database;
import io.tidings.wiring.OpenedWorkspace;
import io.tidings.wiring.Wiring;
import io.tidings.work.Progress;
import io.tidings.workspace.AppDirectories;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A journey's MessagesPerSecond holds for the journey as a whole: the engine plans the messages of all its activities'
 * send jobs on one token bucket. The planned send times are read from the bucket on a clock the test holds still, so
 * that nothing depends on the machine's speed.
 */
class JourneyRatesTest {

    private static final long SECOND = 1_000_000_000L;

    @TempDir
    Path folder;

    @Test
    void theMessagesOfTwoEmailActivitiesShareTheJourneysRate() {
        try (OpenedWorkspace opened = new Wiring(Wiring.Host.COMMAND_LINE, new AppDirectories(folder.resolve("home")))
                .createSample(folder.resolve("sample.tidings"), "Sample", true, Progress.NONE)) {
            long fourPerSecond = twoEmails(opened, "Four a second", 4);
            long unlimited = twoEmails(opened, "As fast as it goes", null);
            opened.journeyRuns().publish(fourPerSecond);
            opened.journeyRuns().publish(unlimited);
            opened.journeyExecutor().runDue();
            Database database = opened.workspace().database();
            List<Long> limitedJobs = jobsOf(database, fourPerSecond);
            List<Long> unlimitedJobs = jobsOf(database, unlimited);
            assertThat(limitedJobs).as("one send job per email activity").hasSize(2);
            assertThat(unlimitedJobs).hasSize(2);
            long plain = opened.sendJobs().create("Welcome email", "North America", DeliveryChannel.EMAIL).id();

            AtomicLong now = new AtomicLong();
            JourneyRates rates = new JourneyRates(database, now::get);
            List<Long> planned = new ArrayList<>();
            for (int message = 0; message < 12; message++) {
                // The two activities' workers take turns, as the engine's do.
                planned.add(rates.of(limitedJobs.get(message % 2)).reserve());
                assertThat(rates.of(unlimitedJobs.get(message % 2)).reserve()).isZero();
                assertThat(rates.of(plain).reserve()).isZero();
            }

            assertThat(planned).as("every message a quarter of a second after the one before, whichever activity")
                    .containsExactly(0L, SECOND / 4, SECOND / 2, 3 * SECOND / 4, SECOND, 5 * SECOND / 4,
                            3 * SECOND / 2, 7 * SECOND / 4, 2 * SECOND, 9 * SECOND / 4, 5 * SECOND / 2,
                            11 * SECOND / 4);
            for (long start = 0; start <= 2 * SECOND; start += SECOND / 8) {
                long from = start;
                assertThat(planned.stream().filter(at -> at >= from && at < from + SECOND).count())
                        .as("messages planned in the second from %d ns", from).isLessThanOrEqualTo(4);
            }
        }
    }

    @Test
    void theEngineForgetsTheJobsThatEnded() throws Exception {
        try (OpenedWorkspace opened = new Wiring(Wiring.Host.COMMAND_LINE, new AppDirectories(folder.resolve("home")))
                .createSample(folder.resolve("sample.tidings"), "Sample", true, Progress.NONE)) {
            long unlimited = twoEmails(opened, "As fast as it goes", null);
            long onePerSecond = twoEmails(opened, "One a second", 1);
            DeliveryEngine engine = opened.delivery();
            opened.senders().reload();
            engine.start();
            opened.journeyRuns().publish(unlimited);
            opened.journeyExecutor().runDue();
            Database database = opened.workspace().database();
            List<Long> done = jobsOf(database, unlimited);
            assertThat(done).hasSize(2);
            for (long job : done) {
                assertThat(engine.await(job, Duration.ofMinutes(3), progress -> { })).isEqualTo(JobState.DONE);
            }
            assertThat(engine.journeyRates().jobsRemembered()).as("the jobs that are done").isEmpty();

            opened.journeyRuns().publish(onePerSecond);
            opened.journeyExecutor().runDue();
            List<Long> slow = jobsOf(database, onePerSecond);
            FxTesting.waitUntil(Duration.ofMinutes(1),
                    () -> engine.journeyRates().jobsRemembered().contains(slow.get(0)));
            slow.forEach(engine::cancel);
            FxTesting.waitUntil(Duration.ofMinutes(1),
                    () -> engine.journeyRates().jobsRemembered().stream().noneMatch(slow::contains));
            assertThat(engine.journeyRates().jobsRemembered()).isEmpty();
        }
    }

    /** North America's members get the welcome email twice in a row, as two activities. */
    private static long twoEmails(OpenedWorkspace opened, String name, Integer messagesPerSecond) {
        long segment = opened.segments().findByName("North America").orElseThrow().id();
        long welcome = opened.templates().templateNamed("Welcome email").orElseThrow().id();
        JourneySettings settings = JourneyGraph.EMPTY.settings().withLimits(
                new JourneyLimits(null, null, null, null, null, messagesPerSecond));
        return opened.journeys().create(name, JourneyGraph.EMPTY.withSettings(settings)
                .withEntry(new JourneyEntry.FromSegment(segment, null))
                .with("first", Activity.of(new MessageActivity.Email(new TemplateChoice(welcome, null), null))
                        .connect(Port.NEXT, "second"))
                .with("second", Activity.of(new MessageActivity.Email(new TemplateChoice(welcome, null), null)))
                .connect(Outlet.ENTRY, "first")).id();
    }

    private static List<Long> jobsOf(Database database, long journeyId) {
        return database.read(connection -> {
            try (var query = connection.prepareStatement("SELECT id FROM send_job WHERE journey_id = ? ORDER BY id")) {
                query.setLong(1, journeyId);
                List<Long> jobs = new ArrayList<>();
                try (var rows = query.executeQuery()) {
                    while (rows.next()) {
                        jobs.add(rows.getLong(1));
                    }
                }
                return jobs;
            }
        });
    }
}
