package io.tidings.template.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.shell.ImmediateBackgroundWork;
import io.tidings.shell.RecordingDialogs;
import io.tidings.template.TemplatePreviewer;
import io.tidings.template.TemplateRenderer;
import io.tidings.template.TemplateService;
import io.tidings.template.TemplateSummary;
import io.tidings.template.TemplateType;
import io.tidings.wiring.Wiring;
import io.tidings.workspace.Workspace;
import io.tidings.workspace.WorkspaceService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplatesViewModelTest {

    @TempDir
    Path folder;

    private Workspace workspace;
    private TemplateService templates;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private TemplatesViewModel viewModel;

    @BeforeEach
    void openWorkspace() {
        workspace = new WorkspaceService().create(folder.resolve("templates.tidings"), "Templates");
        templates = Wiring.templateService(workspace.database());
        ImmediateBackgroundWork background = new ImmediateBackgroundWork();
        viewModel = new TemplatesViewModel(templates, new TemplateEditorViewModel(templates,
                new TemplatePreviewer(new TemplateRenderer()), new FakePreviewEndpoints(List.of(), Set.of()),
                background, Duration.ZERO), background, dialogs);
    }

    @AfterEach
    void closeWorkspace() {
        workspace.close();
    }

    @Test
    void aFileThatFitsTwoKindsOfTemplateIsImportedAsTheKindTheMarketerPicks() throws Exception {
        Path file = Files.writeString(folder.resolve("Reminder.json"), "{\"Body\": \"Your table is ready\"}");
        dialogs.answer(file).answer(TemplateType.VOICE);

        viewModel.importTemplate();

        assertThat(dialogs.confirmations()).containsExactly("Which kind of template is it?: \u201cReminder.json\u201d "
                + "fits more than one kind of template. Import it as:");
        assertThat(dialogs.errors()).isEmpty();
        assertThat(templates.list()).extracting(TemplateSummary::name, TemplateSummary::type)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Reminder", TemplateType.VOICE));
    }

    @Test
    void cancellingTheChoiceImportsNothing() throws Exception {
        Path file = Files.writeString(folder.resolve("Reminder.json"), "{\"Body\": \"Your table is ready\"}");
        dialogs.answer(file).answer(null);

        viewModel.importTemplate();

        assertThat(templates.list()).isEmpty();
        assertThat(dialogs.errors()).isEmpty();
    }

    @Test
    void anotherTemplateWaitsForTheAnswerAboutUnsavedEdits() {
        dialogs.answer("Spring sale").answer("Autumn sale");
        viewModel.create(TemplateType.SMS);
        viewModel.create(TemplateType.SMS);
        TemplateSummary spring = viewModel.templates().stream().filter(t -> t.name().equals("Spring sale")).findFirst().orElseThrow();
        TemplateSummary autumn = viewModel.templates().stream().filter(t -> t.name().equals("Autumn sale")).findFirst().orElseThrow();
        viewModel.select(spring);
        viewModel.editor().edit("Body", "Spring is here");

        dialogs.answer(io.tidings.shell.UnsavedEdits.Answer.CANCEL);
        viewModel.select(autumn);
        assertThat(viewModel.selectedProperty().get().id()).as("Cancel stays").isEqualTo(spring.id());
        assertThat(viewModel.editor().value("Body")).isEqualTo("Spring is here");

        dialogs.answer(io.tidings.shell.UnsavedEdits.Answer.SAVE);
        viewModel.select(autumn);
        assertThat(viewModel.selectedProperty().get().id()).isEqualTo(autumn.id());
        assertThat(templates.template(spring.id()).orElseThrow().content().toString()).contains("Spring is here");
        assertThat(dialogs.confirmations()).containsExactly("Save the changes to the template \u201cSpring sale\u201d?",
                "Save the changes to the template \u201cSpring sale\u201d?");
    }
}
