package io.tidings.template.ui;

import io.tidings.audience.Endpoint;
import io.tidings.shell.BackgroundJob;
import io.tidings.shell.BackgroundWork;
import io.tidings.template.EndpointChoice;
import io.tidings.template.PreviewEndpoints;
import io.tidings.template.Template;
import io.tidings.template.TemplateContent;
import io.tidings.template.TemplateField;
import io.tidings.template.TemplateFields;
import io.tidings.template.TemplatePreview;
import io.tidings.template.TemplatePreviewer;
import io.tidings.template.TemplateProblem;
import io.tidings.template.TemplateService;
import io.tidings.template.TemplateType;
import io.tidings.template.TemplateVersion;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The editor of one template: its fields as typed, a live preview rendered off the FX thread a
 * moment after the last keystroke (older renders are dropped), the endpoint it previews for,
 * saving as a new version, and test sends to the sandbox outbox.
 */
public final class TemplateEditorViewModel {

    /** The path of the template's default values, edited as JSON text. */
    public static final String DEFAULTS = "DefaultSubstitutions";
    static final int ENDPOINT_RESULTS = 20;

    private final TemplateService templates;
    private final TemplatePreviewer previewer;
    private final PreviewEndpoints endpoints;
    private final BackgroundWork background;
    private final Duration debounce;

    private final ReadOnlyObjectWrapper<Template> template = new ReadOnlyObjectWrapper<>(this, "template");
    private final ReadOnlyLongWrapper opened = new ReadOnlyLongWrapper(this, "opened");
    private final ReadOnlyObjectWrapper<TemplateContent> content = new ReadOnlyObjectWrapper<>(this, "content");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyObjectWrapper<TemplatePreview> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyObjectWrapper<EndpointChoice> previewEndpoint = new ReadOnlyObjectWrapper<>(this, "previewEndpoint");
    private final ReadOnlyBooleanWrapper remoteImagesAllowed = new ReadOnlyBooleanWrapper(this, "remoteImagesAllowed");
    private final ObservableList<TemplateProblem> problems = FXCollections.observableArrayList();
    private final ObservableList<EndpointChoice> endpointChoices = FXCollections.observableArrayList();
    private final ObservableList<TemplateVersion> versions = FXCollections.observableArrayList();

    private Endpoint endpoint;
    private Set<String> knownFieldPaths = Set.of();
    private volatile long renderGeneration;
    private long searchGeneration;

    /** @param debounce how long after the last edit the preview renders */
    public TemplateEditorViewModel(TemplateService templates, TemplatePreviewer previewer, PreviewEndpoints endpoints,
            BackgroundWork background, Duration debounce) {
        this.templates = templates;
        this.previewer = previewer;
        this.endpoints = endpoints;
        this.background = background;
        this.debounce = debounce;
    }

    public ReadOnlyObjectProperty<Template> templateProperty() {
        return template.getReadOnlyProperty();
    }

    /** Counts the times content was put into the editor (open, restore): the form is built anew each time. */
    public ReadOnlyLongProperty openedProperty() {
        return opened.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<TemplateContent> contentProperty() {
        return content.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<TemplatePreview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** What just happened, in a sentence: "Saved as version 3." */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** What went wrong with the last command, or "". */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The endpoint the preview renders for; null for the template's default values. */
    public ReadOnlyObjectProperty<EndpointChoice> previewEndpointProperty() {
        return previewEndpoint.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty remoteImagesAllowedProperty() {
        return remoteImagesAllowed.getReadOnlyProperty();
    }

    public ObservableList<TemplateProblem> problems() {
        return FXCollections.unmodifiableObservableList(problems);
    }

    public ObservableList<EndpointChoice> endpointChoices() {
        return FXCollections.unmodifiableObservableList(endpointChoices);
    }

    public ObservableList<TemplateVersion> versions() {
        return FXCollections.unmodifiableObservableList(versions);
    }

    public List<TemplateField> fields() {
        return template.get() == null ? List.of() : TemplateFields.of(template.get().type());
    }

    /** The current text of a field as edited. */
    public String value(String path) {
        return content.get() == null ? "" : content.get().field(path);
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
                    knownFieldPaths = opened.knownFieldPaths();
                    versions.setAll(opened.versions());
                    status.set("");
                    show(opened.template(), opened.template().content(), false);
                    if (endpointChoices.isEmpty()) {
                        searchEndpoints("");
                    }
                })
                .onFailure(failure -> error.set(failure.getMessage())));
    }

    private record Opened(Template template, Set<String> knownFieldPaths, List<TemplateVersion> versions) {
    }

    /** Closes the editor, for example when its template was deleted. */
    public void close() {
        renderGeneration++;
        template.set(null);
        content.set(null);
        opened.set(opened.get() + 1);
        preview.set(null);
        problems.clear();
        versions.clear();
        dirty.set(false);
    }

    /** The user typed into a field; the preview follows shortly. */
    public void edit(String path, String value) {
        if (content.get() == null || content.get().field(path).equals(value == null ? "" : value)) {
            return;
        }
        content.set(content.get().withField(path, value));
        dirty.set(true);
        status.set("");
        renderPreview();
    }

    /** Saves what is in the editor as the newest, active version. */
    public void save() {
        Template current = template.get();
        TemplateContent edited = content.get();
        if (current == null || edited == null) {
            return;
        }
        error.set("");
        background.run(BackgroundJob.of("Saving \"" + current.name() + "\"", progress -> {
                    int version = templates.save(current.id(), edited);
                    return new Saved(version, templates.template(current.id()).orElseThrow(), templates.versions(current.id()));
                })
                .onSuccess(saved -> {
                    template.set(saved.template());
                    versions.setAll(saved.versions());
                    if (edited.equals(content.get())) {
                        dirty.set(false);
                    }
                    status.set("Saved as version " + saved.version() + ".");
                })
                .onFailure(failure -> error.set("Not saved: " + failure.getMessage())));
    }

    private record Saved(int version, Template template, List<TemplateVersion> versions) {
    }

    /** Saves an old version's content again as the newest version and opens it. */
    public void restore(int version) {
        Template current = template.get();
        if (current == null) {
            return;
        }
        background.run(BackgroundJob.of("Restoring version " + version, progress -> {
                    int restored = templates.restore(current.id(), version);
                    return new Saved(restored, templates.template(current.id()).orElseThrow(), templates.versions(current.id()));
                })
                .onSuccess(saved -> {
                    versions.setAll(saved.versions());
                    show(saved.template(), saved.template().content(), false);
                    status.set("Version " + version + " restored as version " + saved.version() + ".");
                })
                .onFailure(failure -> error.set("Not restored: " + failure.getMessage())));
    }

    /** Reads two versions for a side-by-side comparison; {@code onLoaded} runs on the FX thread. */
    public void compare(int left, int right, java.util.function.BiConsumer<TemplateContent, TemplateContent> onLoaded) {
        Template current = template.get();
        if (current == null) {
            return;
        }
        background.run(BackgroundJob.of("Reading versions", progress -> List.of(
                        templates.version(current.id(), left), templates.version(current.id(), right)))
                .quiet()
                .onSuccess(pair -> onLoaded.accept(pair.get(0), pair.get(1)))
                .onFailure(failure -> error.set(failure.getMessage())));
    }

    /** Looks for endpoints whose address, user id or endpoint id starts with {@code text}. */
    public void searchEndpoints(String text) {
        long generation = ++searchGeneration;
        background.run(BackgroundJob.of("Searching endpoints", progress -> endpoints.search(text, ENDPOINT_RESULTS))
                .quiet()
                .onSuccess(found -> {
                    if (generation == searchGeneration) {
                        endpointChoices.setAll(found);
                    }
                })
                .onFailure(failure -> error.set("The endpoint search failed: " + failure.getMessage())));
    }

    /** Previews for this endpoint, or for the template's default values when {@code choice} is null. */
    public void previewFor(EndpointChoice choice) {
        if (choice == null) {
            endpoint = null;
            previewEndpoint.set(null);
            renderPreview();
            return;
        }
        background.run(BackgroundJob.of("Reading the endpoint", progress -> endpoints.endpoint(choice.id()))
                .quiet()
                .onSuccess(found -> {
                    if (found.isEmpty()) {
                        error.set("Endpoint " + choice.id() + " is no longer in the workspace.");
                        return;
                    }
                    endpoint = found.get();
                    previewEndpoint.set(choice);
                    renderPreview();
                })
                .onFailure(failure -> error.set(failure.getMessage())));
    }

    /** Shows or blocks remote images in the email preview. */
    public void allowRemoteImages(boolean allowed) {
        remoteImagesAllowed.set(allowed);
        renderPreview();
    }

    /** Captures the message as rendered now in the sandbox outbox, whatever channels are set up. */
    public void sendTest(String address) {
        Template current = template.get();
        TemplatePreview rendered = preview.get();
        if (current == null || rendered == null) {
            return;
        }
        if (rendered.message().hasErrors()) {
            error.set("Fix the template's errors before sending a test.");
            return;
        }
        TemplateType type = current.type();
        var message = rendered.message();
        String subject = type == TemplateType.EMAIL ? message.part(TemplateFields.SUBJECT)
                : type == TemplateType.PUSH ? message.part(TemplateFields.PUSH_TITLE) : null;
        String body = switch (type) {
            case EMAIL -> message.part(TemplateFields.TEXT_PART);
            case PUSH -> message.part(TemplateFields.PUSH_BODY);
            default -> message.part(TemplateFields.BODY);
        };
        String html = type == TemplateType.EMAIL ? message.part(TemplateFields.HTML_PART) : null;
        error.set("");
        background.run(BackgroundJob.of("Sending a test", progress ->
                        templates.sendToSandbox(current.id(), type, address, subject, body, html))
                .quiet()
                .onSuccess(id -> status.set("Sent to the sandbox outbox for " + address.strip()
                        + ". It is in the Outbox section, under Sandbox messages."))
                .onFailure(failure -> error.set("Not sent: " + failure.getMessage())));
    }

    /** Shows a sentence in the editor's status line. */
    public void announce(String message) {
        status.set(message);
    }

    private void show(Template loaded, TemplateContent shown, boolean edited) {
        template.set(loaded);
        content.set(shown);
        dirty.set(edited);
        opened.set(opened.get() + 1);
        renderPreview();
    }

    private void renderPreview() {
        TemplateContent rendered = content.get();
        if (rendered == null) {
            return;
        }
        long generation = ++renderGeneration;
        Optional<Endpoint> forEndpoint = Optional.ofNullable(endpoint);
        Set<String> known = knownFieldPaths;
        boolean images = remoteImagesAllowed.get();
        background.run(BackgroundJob.of("Rendering the preview", progress -> {
                    if (!debounce.isZero()) {
                        Thread.sleep(debounce.toMillis());
                    }
                    // a newer edit has already asked for its own render: skip this one
                    return generation == renderGeneration
                            ? previewer.preview(rendered, forEndpoint, known, images) : null;
                })
                .quiet()
                .onSuccess(result -> {
                    if (result != null && generation == renderGeneration) {
                        preview.set(result);
                        problems.setAll(result.problems());
                    }
                })
                .onFailure(failure -> error.set("The preview failed: " + failure.getMessage())));
    }
}
