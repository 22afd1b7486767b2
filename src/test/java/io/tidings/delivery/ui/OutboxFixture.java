package io.tidings.delivery.ui;

import io.tidings.ScreenTestSetup;
import io.tidings.delivery.JobState;
import io.tidings.delivery.SendJob;
import io.tidings.delivery.SendJobs;
import io.tidings.segment.SegmentDefinition;
import io.tidings.segment.SegmentDimensions;
import io.tidings.segment.SegmentService;
import io.tidings.wiring.OpenedWorkspace;
import java.nio.file.Path;
import java.time.Duration;

/** The sample workspace with a segment of everyone, and send jobs in the states the Outbox tests need. */
final class OutboxFixture {

    static final String EMAIL_JOB = "Welcome email to Everyone";
    static final String PUSH_JOB = "Weekend sale to Everyone";

    private OutboxFixture() {
    }

    static OpenedWorkspace workspace(Path folder) {
        OpenedWorkspace workspace = ScreenTestSetup.sampleWorkspace(folder);
        new SegmentService(workspace.workspace().database()).create("Everyone", SegmentDefinition.of(SegmentDimensions.NONE));
        return workspace;
    }

    /** Sends the welcome email to everyone through the workspace's sandbox engine and waits for it. */
    static SendJob sentEmailJob(OpenedWorkspace workspace) throws InterruptedException {
        SendJob job = jobs(workspace).create("Welcome email", "Everyone", null);
        workspace.startSending();
        workspace.delivery().run(job.id());
        JobState state = workspace.delivery().await(job.id(), Duration.ofMinutes(2), progress -> { });
        if (state != JobState.DONE) {
            throw new AssertionError("The email job ended " + state);
        }
        return job;
    }

    /** A push job marked running while no engine works on it, so that it stays running until a test acts. */
    static SendJob runningPushJob(OpenedWorkspace workspace) {
        workspace.delivery().close();
        SendJob job = jobs(workspace).create("Weekend sale", "Everyone", null);
        workspace.delivery().run(job.id());
        return jobs(workspace).job(job.id()).orElseThrow();
    }

    static SendJobs jobs(OpenedWorkspace workspace) {
        return workspace.sendJobs();
    }
}
