package io.tidings.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.campaign.Launch;
import io.tidings.channel.sandbox.SandboxMessage;
import io.tidings.delivery.JobSummary;
import io.tidings.delivery.MessageEvent;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens and clicks of tracked links, over real HTTP, belong to the message they came from: the Outbox lists them in
 * that message's history and counts them in its job's opens and clicks.
 */
class TrackedMessagesInTheOutboxTest {

    @TempDir
    Path folder;

    private TrackingWorkspace workspace;

    @BeforeEach
    void open() {
        workspace = new TrackingWorkspace(folder.resolve("tracked.tidings"), 3);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void aCampaignThatDoesNotTrackSendsItsLinksAsWrittenAndKeepsItsUnsubscribeLink() throws Exception {
        workspace.sendCampaign("Quiet sale", false);
        SandboxMessage quiet = workspace.emailsTo(TrackingWorkspace.address(0)).get(0);
        workspace.sendCampaign("Tracked sale", true);
        SandboxMessage tracked = workspace.emailsTo(TrackingWorkspace.address(0)).get(0);

        assertThat(TrackingWorkspace.links(quiet, "t/o")).isEmpty();
        assertThat(TrackingWorkspace.links(quiet, "t/c")).isEmpty();
        assertThat(quiet.html()).contains("href=\"" + TrackingWorkspace.SHOES + "\"");
        assertThat(TrackingWorkspace.links(quiet, "u")).hasSize(1);
        assertThat(TrackingWorkspace.links(tracked, "t/o")).hasSize(1);
        assertThat(TrackingWorkspace.links(tracked, "t/c")).hasSize(2);
        assertThat(tracked.html()).doesNotContain("href=\"" + TrackingWorkspace.SHOES + "\"");
    }

    @Test
    void anOpenAndAClickShowWithTheirMessageAndInTheJobsCounts() throws Exception {
        Launch launch = workspace.sendCampaign("Spring sale");
        SandboxMessage first = workspace.emailsTo(TrackingWorkspace.address(0)).get(0);
        SandboxMessage second = workspace.emailsTo(TrackingWorkspace.address(1)).get(0);

        assertThat(workspace.get(TrackingWorkspace.links(first, "t/o").get(0)).statusCode()).isEqualTo(200);
        assertThat(workspace.get(TrackingWorkspace.links(first, "t/c").get(0)).statusCode()).isEqualTo(302);
        assertThat(workspace.get(TrackingWorkspace.links(second, "t/o").get(0)).statusCode()).isEqualTo(200);

        List<String> firstsEvents = workspace.opened.outbox().history(first.messageId()).orElseThrow().events()
                .stream().map(MessageEvent::type).toList();
        assertThat(firstsEvents).contains("_email.send", "_email.open", "_email.click");
        MessageEvent click = workspace.opened.outbox().history(first.messageId()).orElseThrow().events().stream()
                .filter(event -> event.type().equals("_email.click")).findFirst().orElseThrow();
        assertThat(click.attributes()).containsEntry("link", TrackingWorkspace.SALE);
        assertThat(workspace.opened.outbox().history(second.messageId()).orElseThrow().events())
                .extracting(MessageEvent::type).contains("_email.open").doesNotContain("_email.click");
        JobSummary job = workspace.opened.outbox().jobs().stream()
                .filter(summary -> summary.job().id() == launch.run().id()).findFirst().orElseThrow();
        assertThat(job.opened()).isEqualTo(2);
        assertThat(job.clicked()).isEqualTo(1);
    }
}
