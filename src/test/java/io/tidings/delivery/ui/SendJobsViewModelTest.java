package io.tidings.delivery.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.wiring.OpenedWorkspace;
import io.tidings.delivery.JobState;
import io.tidings.delivery.JobSummary;
import io.tidings.delivery.MessageState;
import io.tidings.delivery.Outbox;
import io.tidings.delivery.ReasonCode;
import io.tidings.delivery.SendJob;
import io.tidings.delivery.UnsentMessage;
import io.tidings.shell.ImmediateBackgroundWork;
import io.tidings.shell.RecordingDialogs;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SendJobsViewModelTest {

    @TempDir
    Path folder;

    private OpenedWorkspace workspace;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private SendJobsViewModel jobs;

    @BeforeEach
    void open() {
        workspace = OutboxFixture.workspace(folder);
        jobs = new SendJobsViewModel(new Outbox(workspace.workspace().database()), workspace.delivery(),
                new ImmediateBackgroundWork(), dialogs);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void aSentJobShowsItsCountsAndTheMessagesItDidNotSendWithTheirReasons() throws Exception {
        OutboxFixture.sentEmailJob(workspace);

        jobs.refresh();

        JobSummary summary = jobs.jobs().get(0);
        assertThat(summary.job().state()).isEqualTo(JobState.DONE);
        assertThat(summary.sent()).isPositive();
        assertThat(summary.suppressed()).as("the sample audience has opted-out and inactive endpoints").isPositive();
        jobs.select(summary);
        assertThat(jobs.unsentSummaryProperty().get()).isEqualTo(String.format("%,d messages were not sent.",
                summary.suppressed()));
        assertThat(jobs.unsentProperty().get()).hasSize((int) summary.suppressed());
        UnsentMessage first = loaded(jobs.unsentProperty().get(), 0);
        assertThat(first.state()).isEqualTo(MessageState.SUPPRESSED);
        assertThat(first.reason()).isIn(ReasonCode.ENDPOINT_OPT_OUT, ReasonCode.ENDPOINT_INACTIVE);
        assertThat(first.endpointId()).startsWith("ep-");
    }

    @Test
    void aRunningJobCanBePausedResumedAndCancelledAfterAQuestion() {
        SendJob push = OutboxFixture.runningPushJob(workspace);
        jobs.refresh();
        jobs.select(jobs.jobs().get(0));
        assertThat(jobs.canPause().get()).isTrue();
        assertThat(jobs.canResume().get()).isFalse();

        jobs.pause();
        assertThat(state(push)).isEqualTo(JobState.PAUSED);
        assertThat(jobs.selectedProperty().get().job().pauseReason()).isEqualTo("Paused by the user.");
        assertThat(jobs.canResume().get()).isTrue();
        assertThat(jobs.canPause().get()).isFalse();

        jobs.resume();
        assertThat(state(push)).isEqualTo(JobState.RUNNING);

        dialogs.answer(false);
        jobs.cancel();
        assertThat(state(push)).isEqualTo(JobState.RUNNING);

        dialogs.answer(true);
        jobs.cancel();
        assertThat(state(push)).isEqualTo(JobState.CANCELLED);
        assertThat(dialogs.confirmations()).hasSize(2);
        assertThat(jobs.canCancel().get()).isFalse();
        assertThat(jobs.selectedProperty().get().queued()).isZero();
        long notSent = jobs.selectedProperty().get().suppressed();
        assertThat(jobs.unsentProperty().get()).hasSize((int) notSent);
        assertThat(loaded(jobs.unsentProperty().get(), 0).reason()).isEqualTo(ReasonCode.JOB_CANCELLED);
    }

    @Test
    void beforeAnyJobNothingCanBeControlled() {
        jobs.refresh();

        assertThat(jobs.loadedProperty().get()).isTrue();
        assertThat(jobs.jobs()).isEmpty();
        assertThat(jobs.canPause().get()).isFalse();
        assertThat(jobs.canCancel().get()).isFalse();
    }

    /** The item once its page is read: the first look asks for the page, which the immediate runner reads at once. */
    static <T> T loaded(List<T> paged, int index) {
        paged.get(index);
        return paged.get(index);
    }

    private JobState state(SendJob job) {
        return OutboxFixture.jobs(workspace).job(job.id()).orElseThrow().state();
    }
}
