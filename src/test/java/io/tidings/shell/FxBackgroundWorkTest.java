package io.tidings.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class FxBackgroundWorkTest {

    private final FxBackgroundWork background = new FxBackgroundWork(2);

    @AfterEach
    void stop() {
        background.close();
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }

    @Test
    void aJobTheUserWaitsOnShowsItsProgressAndCanBeCancelled(FxRobot robot) throws Exception {
        CountDownLatch reported = new CountDownLatch(1);
        AtomicReference<String> outcome = new AtomicReference<>();
        robot.interact(() -> background.run(BackgroundJob.of("Importing contacts.csv", progress -> {
            progress.update(25, 100, "Read 25 of 100 rows");
            reported.countDown();
            while (true) {
                progress.checkCancelled();
                Thread.sleep(5);
            }
        }).onSuccess(result -> outcome.set("succeeded")).onCancelled(() -> outcome.set("cancelled"))));

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(
                () -> !background.runningJobs().isEmpty()
                        && background.runningJobs().get(0).progressProperty().get() == 0.25));
        RunningJob job = onFx(() -> background.runningJobs().get(0));
        assertThat(job.title()).isEqualTo("Importing contacts.csv");
        assertThat(onFx(() -> job.messageProperty().get())).isEqualTo("Read 25 of 100 rows");

        robot.interact(job::stop);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "cancelled".equals(outcome.get()));
        assertThat(onFx(() -> background.runningJobs().isEmpty())).isTrue();
    }

    @Test
    void aJobThatReportsWhenStoppedEndsWithWhatItDid(FxRobot robot) throws Exception {
        AtomicReference<String> outcome = new AtomicReference<>();
        robot.interact(() -> background.run(BackgroundJob.of("Importing contacts.csv", progress -> {
            int batches = 0;
            while (!progress.isCancelled()) {
                batches++;
                progress.update(batches, 1_000_000, "Imported " + batches + " batches");
                Thread.sleep(5);
            }
            return batches;
        }).reportsWhenStopped().onSuccess(batches -> outcome.set("stopped after " + batches + " batches"))
                .onCancelled(() -> outcome.set("abandoned"))));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(
                () -> !background.runningJobs().isEmpty() && background.runningJobs().get(0).progressProperty().get() > 0));

        RunningJob job = onFx(() -> background.runningJobs().get(0));
        robot.interact(job::stop);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> outcome.get() != null);
        assertThat(outcome.get()).startsWith("stopped after ");
        assertThat(onFx(() -> background.runningJobs().isEmpty())).isTrue();
    }

    @Test
    void resultsAndFailuresArriveOnTheFxThread(FxRobot robot) throws Exception {
        AtomicReference<String> result = new AtomicReference<>();
        AtomicReference<Boolean> onFxThread = new AtomicReference<>();
        robot.interact(() -> background.run(BackgroundJob.of("Counting", progress -> 42)
                .onSuccess(count -> {
                    onFxThread.set(javafx.application.Platform.isFxApplicationThread());
                    result.set("count " + count);
                })));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> result.get() != null);
        assertThat(result.get()).isEqualTo("count 42");
        assertThat(onFxThread.get()).isTrue();

        robot.interact(() -> background.run(BackgroundJob.of("Opening the workspace", progress -> {
            throw new IllegalStateException("the disk is full");
        })));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> background.lastFailureProperty().get() != null));
        assertThat(onFx(() -> background.lastFailureProperty().get())).isEqualTo("Opening the workspace failed: the disk is full");
    }
}
