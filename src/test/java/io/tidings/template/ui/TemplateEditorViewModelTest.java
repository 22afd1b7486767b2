package io.tidings.template.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.audience.ChannelType;
import io.tidings.audience.Endpoint;
import io.tidings.audience.EndpointStatus;
import io.tidings.audience.EndpointUser;
import io.tidings.audience.OptOut;
import io.tidings.shell.ImmediateBackgroundWork;
import io.tidings.shell.QueuedBackgroundWork;
import io.tidings.template.TemplateContent;
import io.tidings.template.TemplateFields;
import io.tidings.template.TemplatePreviewer;
import io.tidings.template.TemplateProblem;
import io.tidings.template.TemplateRenderer;
import io.tidings.template.TemplateService;
import io.tidings.template.TemplateType;
import io.tidings.wiring.Wiring;
import io.tidings.workspace.Workspace;
import io.tidings.workspace.WorkspaceService;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateEditorViewModelTest {

    @TempDir
    Path folder;

    private Workspace workspace;
    private TemplateService templates;
    private long smsId;
    private final FakePreviewEndpoints endpoints = new FakePreviewEndpoints(List.of(new Endpoint("ep-grace",
            ChannelType.SMS, "+15550101", EndpointStatus.ACTIVE, OptOut.NONE, null, Instant.EPOCH, 3, Map.of(),
            Map.of(), null, null, new EndpointUser("u-grace", Map.of("FirstName", List.of("Grace"))))),
            Set.of("User.UserAttributes.FirstName"));

    @BeforeEach
    void openWorkspace() {
        workspace = new WorkspaceService().create(folder.resolve("editor.tidings"), "Editor");
        templates = Wiring.templateService(workspace.database());
        smsId = templates.create("Hello", TemplateContent.empty(TemplateType.SMS)
                .withField(TemplateFields.BODY, "Hi {{User.UserAttributes.FirstName}}")
                .withDefaults(Map.of("User.UserAttributes.FirstName", "there")), null);
    }

    @AfterEach
    void closeWorkspace() {
        workspace.close();
    }

    private TemplateEditorViewModel editor(io.tidings.shell.BackgroundWork background) {
        return new TemplateEditorViewModel(templates, new TemplatePreviewer(new TemplateRenderer()), endpoints,
                background, Duration.ZERO);
    }

    private static String body(TemplateEditorViewModel editor) {
        return editor.previewProperty().get().message().part(TemplateFields.BODY);
    }

    @Test
    void editsRenderForTheDefaultsThenForAChosenEndpoint() {
        TemplateEditorViewModel editor = editor(new ImmediateBackgroundWork());
        editor.open(smsId);
        assertThat(body(editor)).isEqualTo("Hi there");

        editor.edit(TemplateFields.BODY, "Hello {{User.UserAttributes.FirstName}}!");
        assertThat(body(editor)).isEqualTo("Hello there!");
        assertThat(editor.dirtyProperty().get()).isTrue();

        editor.searchEndpoints("+1555");
        assertThat(editor.endpointChoices()).extracting(choice -> choice.id()).containsExactly("ep-grace");
        editor.previewFor(editor.endpointChoices().get(0));
        assertThat(body(editor)).isEqualTo("Hello Grace!");
        assertThat(editor.previewProperty().get().sms().parts()).isEqualTo(1);

        editor.previewFor(null);
        assertThat(body(editor)).isEqualTo("Hello there!");
    }

    @Test
    void aSyntaxErrorIsAProblemWithItsPlaceAndTheEditorKeepsWorking() {
        TemplateEditorViewModel editor = editor(new ImmediateBackgroundWork());
        editor.open(smsId);
        editor.edit(TemplateFields.BODY, "Hi {{#if User.UserAttributes.FirstName}}");
        assertThat(editor.problems()).extracting(TemplateProblem::describe).singleElement().asString()
                .startsWith("Body, line 1, column ");
        editor.edit(TemplateFields.BODY, "Hi again");
        assertThat(editor.problems()).isEmpty();
        assertThat(body(editor)).isEqualTo("Hi again");
    }

    @Test
    void anOlderRenderFinishingLastIsDropped() throws Exception {
        QueuedBackgroundWork background = new QueuedBackgroundWork();
        TemplateEditorViewModel editor = editor(background);
        editor.open(smsId);
        background.runAll();
        editor.edit(TemplateFields.BODY, "first");
        editor.edit(TemplateFields.BODY, "second");
        assertThat(background.size()).isEqualTo(2);

        background.runJob(1);
        background.runJob(0);

        assertThat(body(editor)).isEqualTo("second");
    }

    @Test
    void savingAddsAVersionAndRestoringBringsTheOldContentBack() {
        TemplateEditorViewModel editor = editor(new ImmediateBackgroundWork());
        editor.open(smsId);
        editor.edit(TemplateFields.BODY, "Version two");
        editor.save();
        assertThat(editor.statusProperty().get()).isEqualTo("Saved as version 2.");
        assertThat(editor.dirtyProperty().get()).isFalse();
        assertThat(editor.versions()).hasSize(2);

        editor.restore(1);
        assertThat(editor.value(TemplateFields.BODY)).isEqualTo("Hi {{User.UserAttributes.FirstName}}");
        assertThat(editor.statusProperty().get()).isEqualTo("Version 1 restored as version 3.");
    }

    @Test
    void aTestSendIsCapturedInTheSandbox() {
        TemplateEditorViewModel editor = editor(new ImmediateBackgroundWork());
        editor.open(smsId);
        editor.sendTest("+15550199");
        assertThat(editor.testSend().resultProperty().get()).startsWith("Sent to the sandbox outbox for +15550199.");
        assertThat(templates.sandboxMessages(1)).singleElement()
                .satisfies(message -> assertThat(message.body()).isEqualTo("Hi there"));
    }

    @Test
    void aTestToAnAddressOfAnotherChannelIsRefusedSayingWhy() {
        TemplateEditorViewModel editor = editor(new ImmediateBackgroundWork());
        editor.open(smsId);
        TestSend test = editor.testSend();
        test.addressProperty().set("ada@example.com");

        test.sendCommand().run();

        assertThat(test.succeededProperty().get()).isFalse();
        assertThat(test.resultProperty().get())
                .isEqualTo("Not sent: An SMS template's test goes to a phone number, not an email address.");
        assertThat(templates.sandboxMessages(1)).isEmpty();

        test.addressProperty().set("555 0199");
        test.sendCommand().run();
        assertThat(test.resultProperty().get()).contains("with + and the country code");
        assertThat(templates.sandboxMessages(1)).isEmpty();
    }

    @Test
    void aVariableNoEndpointHasIsListed() {
        TemplateEditorViewModel editor = editor(new ImmediateBackgroundWork());
        editor.open(smsId);
        editor.edit(TemplateFields.BODY, "{{Attributes.ShoeSize}}");
        assertThat(editor.problems()).extracting(TemplateProblem::message).singleElement().asString()
                .startsWith("{{Attributes.ShoeSize}}: no endpoint in this workspace has it");
    }

    @Test
    void saveSaysWhyNotUntilTheContentChanges() {
        TemplateEditorViewModel editor = editor(new ImmediateBackgroundWork());
        assertThat(editor.saveCommand().whyNot()).isEqualTo("Open a template first.");
        editor.open(smsId);
        assertThat(editor.saveCommand().whyNot()).isEqualTo("Nothing to save: no changes yet.");

        editor.saveCommand().run();
        assertThat(editor.versions()).as("nothing saved without a change").hasSize(1);

        editor.edit(TemplateFields.BODY, "Version two");
        assertThat(editor.saveCommand().canRun()).isTrue();
        editor.saveCommand().run();
        assertThat(editor.versions()).hasSize(2);
        assertThat(editor.saveCommand().whyNot()).isEqualTo("Nothing to save: no changes yet.");
    }

    @Test
    void aTestSendSaysWhyNotUntilItCanGo() {
        TemplateEditorViewModel editor = editor(new ImmediateBackgroundWork());
        TestSend test = editor.testSend();
        assertThat(test.sendCommand().whyNot()).isEqualTo("Open a template first.");
        editor.open(smsId);
        assertThat(test.sendCommand().whyNot()).isEqualTo("Type an address to send a test to.");

        test.addressProperty().set("+15550199");
        editor.edit(TemplateFields.BODY, "Hi {{#if User.UserAttributes.FirstName}}");

        assertThat(test.sendCommand().whyNot()).startsWith("Fix the problems first: Body, line 1, column ");
        test.sendCommand().run();
        assertThat(templates.sandboxMessages(1)).isEmpty();

        editor.edit(TemplateFields.BODY, "Hi again");
        assertThat(test.sendCommand().canRun()).isTrue();
        test.sendCommand().run();
        assertThat(editor.testSend().resultProperty().get()).startsWith("Sent to the sandbox outbox for +15550199.");
        assertThat(templates.sandboxMessages(1)).singleElement()
                .satisfies(message -> assertThat(message.body()).isEqualTo("Hi again"));
    }

    @Test
    void closingDropsARenderUnderWayAndEmptiesTheEditor() throws Exception {
        QueuedBackgroundWork background = new QueuedBackgroundWork();
        TemplateEditorViewModel editor = editor(background);
        editor.open(smsId);
        background.runAll();
        editor.edit(TemplateFields.BODY, "late");

        editor.close();
        background.runAll();

        assertThat(editor.templateProperty().get()).isNull();
        assertThat(editor.previewProperty().get()).isNull();
        assertThat(editor.problems()).isEmpty();
        assertThat(editor.versions()).isEmpty();
        assertThat(editor.dirtyProperty().get()).isFalse();
    }
}
