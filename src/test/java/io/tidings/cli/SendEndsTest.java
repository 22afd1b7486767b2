package io.tidings.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.channel.DeliveryChannel;
import io.tidings.template.TemplateType;
import io.tidings.wiring.Wiring;
import io.tidings.workspace.Workspace;
import io.tidings.workspace.WorkspaceService;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A template that never finishes rendering (a partial that includes itself, saved before import refused such
 * templates) used to kill the delivery workers: {@code send} and {@code outbox resume} then waited for ever. Each
 * runs in a child JVM here, which must end on its own well within the bound.
 */
class SendEndsTest {

    private static final Duration BOUND = Duration.ofSeconds(90);
    private static final String LOOP = "{\"Subject\":\"Hi\",\"HtmlPart\":\"{{#*inline \\\"r\\\"}}x{{> r}}{{/inline}}{{> r}}\"}";

    @TempDir
    Path folder;

    private Path workspace;
    private Process child;

    @BeforeEach
    void workspaceWithATemplateThatNeverFinishesRendering() {
        workspace = SendingWorkspace.create(folder.resolve("loop.tidings"), 5, 0);
        try (Workspace opened = new WorkspaceService().open(workspace)) {
            Wiring.templateService(opened.database()).create("Loop", TemplateType.EMAIL, null, LOOP);
        }
    }

    @AfterEach
    void stopTheChild() {
        if (child != null && child.isAlive()) {
            child.destroyForcibly();
        }
    }

    private String run(String... args) throws Exception {
        child = ChildTidings.start(folder, "run.log", args);
        assertThat(child.waitFor(BOUND.toSeconds(), TimeUnit.SECONDS)).as(ChildTidings.log(folder, "run.log")).isTrue();
        return ChildTidings.log(folder, "run.log");
    }

    @Test
    void sendEndsWithEveryMessageFailedForItsTemplate() throws Exception {
        String printed = run("send", "--workspace", workspace.toString(), "--template", "Loop", "--segment",
                SendingWorkspace.SEGMENT);

        assertThat(child.exitValue()).as(printed).isZero();
        assertThat(printed).contains("Job 1 is done: 0 sent, 5 failed, 0 suppressed, 0 queued.")
                .contains("Not sent: TEMPLATE_ERROR 5.").doesNotContain("Exception", "StackOverflowError");
    }

    @Test
    void resumeEndsToo() throws Exception {
        try (Workspace opened = new WorkspaceService().open(workspace)) {
            Wiring.sendJobs(opened.database()).create("Loop", SendingWorkspace.SEGMENT, DeliveryChannel.EMAIL);
        }

        String printed = run("outbox", "resume", "--workspace", workspace.toString());

        assertThat(child.exitValue()).as(printed).isZero();
        assertThat(printed).contains("Job 1 is done: 0 sent, 5 failed").doesNotContain("Exception");
    }
}
