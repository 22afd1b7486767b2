package io.tidings.channel.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.channel.DeliveryChannel;
import io.tidings.template.TemplateFields;
import io.tidings.workspace.Workspace;
import io.tidings.workspace.WorkspaceService;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SandboxOutboxTest {

    @TempDir
    Path folder;

    private Workspace workspace;
    private SandboxOutbox outbox;

    @BeforeEach
    void openWorkspace() {
        workspace = new WorkspaceService().create(folder.resolve("sandbox.tidings"), "Sandbox");
        outbox = new SandboxOutbox(workspace.database());
    }

    @AfterEach
    void closeWorkspace() {
        workspace.close();
    }

    @Test
    void aSentMessageIsCapturedOncePerLedgerId() {
        long first = outbox.captureSent(41, DeliveryChannel.PUSH, "token-1", "Sale", "Ends Sunday", null,
                Map.of(TemplateFields.PUSH_ACTION, "URL", TemplateFields.PUSH_URL, "https://example.com/sale"));
        long again = outbox.captureSent(41, DeliveryChannel.PUSH, "token-1", "Sale", "Ends Sunday", null, Map.of());

        assertThat(again).isEqualTo(first);
        assertThat(outbox.newest(10)).singleElement().satisfies(message -> {
            assertThat(message.messageId()).isEqualTo(41L);
            assertThat(message.isTestSend()).isFalse();
            assertThat(message.attributes()).containsEntry(TemplateFields.PUSH_URL, "https://example.com/sale");
        });
    }

    @Test
    void pagesAreNewestFirstFilteredByChannelAndStayPutWhileMessagesArrive() {
        for (int index = 1; index <= 25; index++) {
            outbox.captureSent(index, index % 5 == 0 ? DeliveryChannel.SMS : DeliveryChannel.EMAIL, "a" + index + "@example.com",
                    "Subject " + index, "Body", "<p>Body</p>", Map.of());
        }
        outbox.captureTest(null, DeliveryChannel.SMS, "+12065550100", null, "A test", null);

        SandboxOutbox.Snapshot everything = outbox.snapshot(null);
        SandboxOutbox.Snapshot texts = outbox.snapshot(DeliveryChannel.SMS);
        assertThat(everything.count()).isEqualTo(26);
        assertThat(texts.count()).isEqualTo(6);
        assertThat(outbox.page(texts, 0, 3)).extracting(SandboxMessage::body).containsExactly("A test", "Body", "Body");
        assertThat(outbox.page(texts, 0, 1)).singleElement().satisfies(message -> assertThat(message.isTestSend()).isTrue());

        List<SandboxMessage> secondPage = outbox.page(everything, 10, 10);
        outbox.captureSent(99, DeliveryChannel.EMAIL, "late@example.com", "Late", "Body", null, Map.of());

        assertThat(outbox.page(everything, 10, 10)).isEqualTo(secondPage);
        assertThat(secondPage).extracting(SandboxMessage::subject).startsWith("Subject 16", "Subject 15");
        assertThat(outbox.snapshot(null).count()).isEqualTo(27);
    }
}
