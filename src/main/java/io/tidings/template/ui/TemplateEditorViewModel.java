package io.tidings.template.ui;

import io.tidings.shell.BackgroundJob;
import io.tidings.shell.BackgroundWork;
import io.tidings.shell.UiCommand;
import io.tidings.shell.UnsavedEdits;
import io.tidings.template.EndpointChoice;
import io.tidings.template.PreviewEndpoints;
import io.tidings.template.Template;
import io.tidings.template.TemplateContent;
import io.tidings.template.TemplateField;
import io.tidings.template.TemplatePreview;
import io.tidings.template.TemplatePreviewer;
import io.tidings.template.TemplateProblem;
import io.tidings.template.TemplateService;
import io.tidings.template.TemplateVersion;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;

/**
 * The editor of one template: opening it, saving it as a new version, and the status line. The
 * fields as typed are the {@link TemplateDraft}, the live preview and its problems the
 * {@link LivePreview}, the saved versions {@link TemplateVersions}, and test sends to the sandbox
 * outbox the {@link TestSend}; this class presents their properties where the views find them.
 */
public final class TemplateEditorViewModel implements UnsavedEdits {

    /** The path of the template's default values, edited as JSON text. */
    public static final String DEFAULTS = "DefaultSubstitutions";

    private final ObservableList<String> variables = javafx.collections.FXCollections.observableArrayList();

    private final TemplateService templates;
    private final PreviewEndpoints endpoints;
    private final BackgroundWork background;
    private final TemplateDraft draft = new TemplateDraft();
    private final LivePreview preview;
    private final TestSend testSend;

    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final TemplateVersions versions;
    private final UiCommand save;

    /** @param debounce how long after the last edit the preview renders */
    public TemplateEditorViewModel(TemplateService templates, TemplatePreviewer previewer, PreviewEndpoints endpoints,
            BackgroundWork background, Duration debounce) {
        this.templates = templates;
        this.endpoints = endpoints;
        this.background = background;
        this.preview = new LivePreview(previewer, endpoints, background, debounce, draft.contentProperty()::get, error::set);
        this.versions = new TemplateVersions(templates, background, draft.templateProperty(), error::set);
        this.testSend = new TestSend(templates, background, draft.templateProperty(), preview.previewProperty());
        this.save = new UiCommand(() -> save(() -> { }, () -> { }), Bindings.createStringBinding(() -> draft.templateProperty().get() == null
                ? "Open a template first." : draft.dirtyProperty().get() ? null : "Nothing to save: no changes yet.",
                draft.templateProperty(), draft.dirtyProperty()));
    }

    public ReadOnlyObjectProperty<Template> templateProperty() {
        return draft.templateProperty();
    }

    public ReadOnlyLongProperty openedProperty() {
        return draft.openedProperty();
    }

    public ReadOnlyObjectProperty<TemplateContent> contentProperty() {
        return draft.contentProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return draft.dirtyProperty();
    }

    @Override
    public ReadOnlyBooleanProperty unsavedProperty() {
        return draft.dirtyProperty();
    }

    @Override
    public String editedName() {
        Template current = draft.templateProperty().get();
        return current == null ? "the template" : "the template \u201c" + current.name() + "\u201d";
    }

    /** Puts back the template as saved. */
    @Override
    public void discard() {
        Template current = draft.templateProperty().get();
        if (current != null) {
            status.set("");
            show(current);
        }
    }

    public ReadOnlyObjectProperty<TemplatePreview> previewProperty() {
        return preview.previewProperty();
    }

    /** What just happened, in a sentence: "Saved as version 3." */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** What went wrong with the last command, or "". */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<EndpointChoice> previewEndpointProperty() {
        return preview.previewEndpointProperty();
    }

    public ReadOnlyBooleanProperty remoteImagesAllowedProperty() {
        return preview.remoteImagesAllowedProperty();
    }

    public ObservableList<TemplateProblem> problems() {
        return preview.problems();
    }

    /** The variables "Insert variable" offers: the endpoint's own, then the audience's fields, as a template writes them. */
    public ObservableList<String> variables() {
        return variables;
    }

    /** The template's default for {@code variable}, or null (also while the defaults are not valid JSON). */
    public String defaultOf(String variable) {
        TemplateContent content = contentProperty().get();
        try {
            return content == null ? null : content.defaults().get(variable);
        } catch (IllegalArgumentException notJson) {
            return null;
        }
    }

    public ObservableList<EndpointChoice> endpointChoices() {
        return preview.endpointChoices();
    }

    public ObservableList<TemplateVersion> versions() {
        return versions.list();
    }

    public List<TemplateField> fields() {
        return draft.fields();
    }

    public String value(String path) {
        return draft.value(path);
    }

    /** Saves what is in the editor as the newest, active version. */
    public UiCommand saveCommand() {
        return save;
    }

    /** The address for a test send, and the command that sends it. */
    TestSend testSend() {
        return testSend;
    }

    /** Opens a template; the workspace's variable names are read once, for the lint. */
    public void open(long id) {
        error.set("");
        background.run(BackgroundJob.of("Opening the template", progress -> {
                    Template found = templates.template(id).orElseThrow(() ->
                            new IllegalArgumentException("The template is no longer in the workspace."));
                    return new Opened(found, endpoints.knownFieldPaths(), templates.versions(id));
                })
                .quiet()
                .onSuccess(opened -> {
                    preview.knowFieldPaths(opened.knownFieldPaths());
                    variables.setAll(TemplateVariables.offered(opened.knownFieldPaths()));
                    versions.show(opened.versions());
                    status.set("");
                    show(opened.template());
                    if (preview.endpointChoices().isEmpty()) {
                        preview.searchEndpoints("");
                    }
                })
                .onFailure(failure -> error.set(failure.getMessage())));
    }

    private record Opened(Template template, Set<String> knownFieldPaths, List<TemplateVersion> versions) {
    }

    /** Closes the editor, for example when its template was deleted. */
    public void close() {
        preview.clear();
        draft.close();
        versions.clear();
    }

    /** The user typed into a field; the preview follows shortly. */
    public void edit(String path, String value) {
        if (draft.edit(path, value)) {
            status.set("");
            preview.render();
        }
    }

    public void save() {
        save.run();
    }

    @Override
    public void save(Runnable whenSaved, Runnable notSaved) {
        Template current = draft.templateProperty().get();
        TemplateContent edited = draft.contentProperty().get();
        error.set("");
        background.run(BackgroundJob.of("Saving \"" + current.name() + "\"", progress -> {
                    int version = templates.save(current.id(), edited);
                    return new Saved(version, templates.template(current.id()).orElseThrow(), templates.versions(current.id()));
                })
                .onSuccess(saved -> {
                    draft.saved(saved.template(), edited);
                    versions.show(saved.versions());
                    status.set("Saved as version " + saved.version() + ".");
                    whenSaved.run();
                })
                .onFailure(failure -> {
                    error.set("Not saved: " + failure.getMessage());
                    notSaved.run();
                }));
    }

    private record Saved(int version, Template template, List<TemplateVersion> versions) {
    }

    /** Saves an old version's content again as the newest version and opens it. */
    public void restore(int version) {
        versions.restore(version, (restored, newVersion) -> {
            show(restored);
            status.set("Version " + version + " restored as version " + newVersion + ".");
        });
    }

    /** Reads two versions for a side-by-side comparison; {@code onLoaded} runs on the FX thread. */
    public void compare(int left, int right, BiConsumer<TemplateContent, TemplateContent> onLoaded) {
        versions.compare(left, right, onLoaded);
    }

    public void searchEndpoints(String text) {
        preview.searchEndpoints(text);
    }

    public void previewFor(EndpointChoice choice) {
        preview.previewFor(choice);
    }

    public void allowRemoteImages(boolean allowed) {
        preview.allowRemoteImages(allowed);
    }

    /** Captures the message as rendered now in the sandbox outbox, whatever channels are set up. */
    public void sendTest(String address) {
        testSend.send(address);
    }

    /** Shows a sentence in the editor's status line. */
    public void announce(String message) {
        status.set(message);
    }

    private void show(Template loaded) {
        draft.show(loaded, loaded.content());
        preview.render();
    }
}
