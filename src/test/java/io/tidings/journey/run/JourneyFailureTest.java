package io.tidings.journey.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.journey.JourneyFailure;
import io.tidings.journey.Outlet;
import io.tidings.wiring.Wiring;
import io.tidings.workspace.AppDirectories;
import io.tidings.work.Progress;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A journey whose passes fail keeps what went wrong, in words, until a pass succeeds. */
class JourneyFailureTest {

    @TempDir
    Path folder;

    @Test
    void aTemplateDeletedUnderARunningJourneyIsSaidInWordsWhileItKeepsFailingAndForgottenOnceAPassSucceeds()
            throws Exception {
        try (ExecutorFixture fixture = new ExecutorFixture(new Wiring(Wiring.Host.COMMAND_LINE,
                new AppDirectories(folder.resolve("home"))).createSample(folder.resolve("sample.tidings"), "Sample",
                true, Progress.NONE))) {
            long id = fixture.opened.journeys().findByName("Welcome series").orElseThrow().id();
            fixture.runs.publish(id);
            long template = fixture.opened.templates().templateNamed("Welcome email").orElseThrow().id();
            TemplateRows.deleteKeeping(fixture, template);

            fixture.executor.runDue();
            JourneyFailure first = fixture.runs.lastFailure(id).orElseThrow();
            assertThat(first.problem()).isEqualTo("The template of activity welcomeEmail is no longer in the workspace.");
            assertThat(first.passes()).isOne();
            assertThat(first.since()).isEqualTo(ExecutorFixture.START).isEqualTo(first.last());
            assertThat(fixture.runs.counts(id).leftThrough(Outlet.ENTRY)).as("the entry and the email are one step")
                    .isZero();

            fixture.clock.advance(Duration.ofMinutes(5));
            fixture.executor.runDue();
            JourneyFailure again = fixture.runs.lastFailure(id).orElseThrow();
            assertThat(again.passes()).isEqualTo(2);
            assertThat(again.since()).isEqualTo(ExecutorFixture.START);
            assertThat(again.last()).isEqualTo(ExecutorFixture.START.plus(Duration.ofMinutes(5)));
            assertThat(again.words(ZoneOffset.UTC)).isEqualTo("The executor's last pass failed at 2 Mar 2026, 10:05: "
                    + "The template of activity welcomeEmail is no longer in the workspace. It has failed 2 passes "
                    + "in a row since 2 Mar 2026, 10:00. Nobody in the journey moves on until a pass succeeds; "
                    + "Tidings tries again by itself.").doesNotContain("Exception");

            TemplateRows.restore(fixture);
            fixture.clock.advance(Duration.ofMinutes(5));
            fixture.executor.runDue();
            fixture.awaitSent(id);
            assertThat(fixture.runs.lastFailure(id)).isEmpty();
            assertThat(fixture.runs.counts(id).activity("welcomeEmail").sent()).isPositive();
        }
    }

    /** A template's rows deleted behind the workspace's back (as another program might), and put back. */
    private static final class TemplateRows {

        static void deleteKeeping(ExecutorFixture fixture, long template) {
            fixture.database().write(connection -> {
                try (var statement = connection.createStatement()) {
                    statement.execute("CREATE TABLE kept_template AS SELECT * FROM template WHERE id = " + template);
                    statement.execute("CREATE TABLE kept_version AS SELECT * FROM template_version WHERE template_id = "
                            + template);
                    statement.execute("DELETE FROM template WHERE id = " + template);
                }
                return null;
            });
        }

        static void restore(ExecutorFixture fixture) {
            fixture.database().write(connection -> {
                try (var statement = connection.createStatement()) {
                    statement.execute("INSERT INTO template SELECT * FROM kept_template");
                    statement.execute("INSERT INTO template_version SELECT * FROM kept_version");
                }
                return null;
            });
        }
    }
}
