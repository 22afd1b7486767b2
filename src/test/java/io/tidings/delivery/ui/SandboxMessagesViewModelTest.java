package io.tidings.delivery.ui;

import static io.tidings.delivery.ui.SendJobsViewModelTest.loaded;
import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.channel.DeliveryChannel;
import io.tidings.channel.sandbox.SandboxMessage;
import io.tidings.channel.sandbox.SandboxOutbox;
import io.tidings.delivery.Outbox;
import io.tidings.shell.ImmediateBackgroundWork;
import io.tidings.template.TemplateFields;
import io.tidings.template.TemplateType;
import io.tidings.wiring.OpenedWorkspace;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SandboxMessagesViewModelTest {

    @TempDir
    Path folder;

    private OpenedWorkspace workspace;
    private SandboxOutbox sandbox;

    @BeforeEach
    void open() {
        workspace = OutboxFixture.workspace(folder);
        sandbox = new SandboxOutbox(workspace.workspace().database());
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private SandboxMessagesViewModel viewModel(Clock clock) {
        return new SandboxMessagesViewModel(sandbox, new Outbox(workspace.workspace().database()),
                new ImmediateBackgroundWork(), clock);
    }

    @Test
    void aJobsEmailShowsAsSentWithItsEventsAndUpcomingReportsMarked() throws Exception {
        OutboxFixture.sentEmailJob(workspace);
        SandboxMessagesViewModel messages = viewModel(Clock.systemUTC());
        messages.channelProperty().set(DeliveryChannel.EMAIL);

        SandboxMessage newest = loaded(messages.messagesProperty().get(), 0);
        messages.select(newest);

        SandboxMessagesViewModel.Shown shown = messages.shownProperty().get();
        assertThat(shown.preview().message().part(TemplateFields.SUBJECT)).startsWith("Welcome to Northwind Outfitters, ");
        assertThat(shown.preview().email().html()).contains("Content-Security-Policy");
        assertThat(shown.source()).startsWith("Sent by the job \u201cWelcome email to Everyone\u201d to endpoint ep-");
        assertThat(shown.events()).first().satisfies(sent -> {
            assertThat(sent.what()).isEqualTo("Sent");
            assertThat(sent.eventType()).isEqualTo("_email.send");
            assertThat(sent.afterSending()).isEqualTo("at sending");
            assertThat(sent.upcoming()).isFalse();
        });

        SandboxMessagesViewModel twoDaysOn = viewModel(Clock.offset(Clock.systemUTC(), Duration.ofDays(3)));
        twoDaysOn.select(newest);
        assertThat(twoDaysOn.shownProperty().get().events()).noneMatch(MessageEventRow::upcoming);
    }

    @Test
    void aTestSendSaysItHasNoEventsAndTheFilterCountsPerChannel() {
        workspace.templates().sendToSandbox(null, TemplateType.SMS, "+12065550100", null, "Your order shipped", null);
        workspace.templates().sendToSandbox(null, TemplateType.EMAIL, "ada@example.com", "Hello Ada", "Hi", "<p>Hi</p>");
        SandboxMessagesViewModel messages = viewModel(Clock.systemUTC());

        messages.reload();
        assertThat(messages.summaryProperty().get()).isEqualTo("2 messages");
        messages.channelProperty().set(DeliveryChannel.SMS);
        assertThat(messages.summaryProperty().get()).isEqualTo("1 message");

        messages.select(loaded(messages.messagesProperty().get(), 0));
        SandboxMessagesViewModel.Shown shown = messages.shownProperty().get();
        assertThat(shown.preview().sms().parts()).isEqualTo(1);
        assertThat(shown.source()).isEqualTo("Test send from the template editor: not counted as a send, so no events.");
        assertThat(shown.events()).isEmpty();
    }

    @Test
    void aSearchFindsMessagesByAddressOrTextWhateverTheCase() {
        workspace.templates().sendToSandbox(null, TemplateType.SMS, "+12065550100", null, "Your order shipped", null);
        workspace.templates().sendToSandbox(null, TemplateType.EMAIL, "ada@example.com", "Hello Ada", "Hi", "<p>Hi</p>");
        workspace.templates().sendToSandbox(null, TemplateType.EMAIL, "grace@example.com", "50% off_today", "Sale", null);
        SandboxMessagesViewModel messages = viewModel(Clock.systemUTC());
        messages.reload();
        assertThat(messages.summaryProperty().get()).isEqualTo("3 messages");

        messages.searchProperty().set("ADA@");
        assertThat(messages.summaryProperty().get()).isEqualTo("1 message");
        assertThat(loaded(messages.messagesProperty().get(), 0).address()).isEqualTo("ada@example.com");

        messages.searchProperty().set("order ship");
        assertThat(loaded(messages.messagesProperty().get(), 0).address()).isEqualTo("+12065550100");
        messages.searchProperty().set("50%");
        assertThat(messages.summaryProperty().get()).isEqualTo("1 message");
        messages.searchProperty().set("0% off_");
        assertThat(messages.summaryProperty().get()).as("% and _ are the user's letters, not wildcards").isEqualTo("1 message");
        messages.searchProperty().set("%");
        assertThat(messages.summaryProperty().get()).isEqualTo("1 message");
        messages.searchProperty().set("nobody");
        assertThat(messages.summaryProperty().get()).isEqualTo("0 messages");
        messages.searchProperty().set("");
        assertThat(messages.summaryProperty().get()).isEqualTo("3 messages");
    }

    @Test
    void newMessagesAreAnnouncedUntilShownSoThatTheListDoesNotJump() {
        workspace.templates().sendToSandbox(null, TemplateType.EMAIL, "ada@example.com", "One", "Hi", "<p>Hi</p>");
        SandboxMessagesViewModel messages = viewModel(Clock.systemUTC());
        messages.reload();

        workspace.templates().sendToSandbox(null, TemplateType.EMAIL, "ada@example.com", "Two", "Hi", "<p>Hi</p>");
        messages.checkForNew();

        assertThat(messages.arrivedProperty().get()).isEqualTo(1);
        assertThat(messages.messagesProperty().get()).hasSize(1);
        messages.reload();
        assertThat(messages.arrivedProperty().get()).isZero();
        assertThat(loaded(messages.messagesProperty().get(), 0).subject()).isEqualTo("Two");
    }

    @Test
    void anEmptyOutboxFillsByItselfWhenTheFirstMessageArrives() {
        SandboxMessagesViewModel messages = viewModel(Clock.systemUTC());
        messages.reload();
        assertThat(messages.loadedProperty().get()).isTrue();
        assertThat(messages.messagesProperty().get()).isEmpty();

        workspace.templates().sendToSandbox(null, TemplateType.VOICE, "+12065550100", null, "Hello", null);
        messages.checkForNew();

        assertThat(messages.messagesProperty().get()).hasSize(1);
    }

    @Test
    void remoteImagesAreHeldBackUntilAllowed() {
        workspace.templates().sendToSandbox(null, TemplateType.EMAIL, "ada@example.com", "Pictures", "Hi",
                "<p><img src=\"https://example.com/a.png\"></p>");
        SandboxMessagesViewModel messages = viewModel(Clock.fixed(java.time.Instant.now(), ZoneOffset.UTC));
        messages.reload();
        messages.select(loaded(messages.messagesProperty().get(), 0));
        assertThat(messages.shownProperty().get().preview().email().blockedImages()).isEqualTo(1);

        messages.allowRemoteImages(true);

        assertThat(messages.shownProperty().get().remoteImagesAllowed()).isTrue();
        assertThat(messages.shownProperty().get().preview().email().blockedImages()).isZero();
    }
}
