package io.tidings.template.ui;

import io.tidings.audience.Endpoint;
import io.tidings.shell.BackgroundJob;
import io.tidings.shell.BackgroundWork;
import io.tidings.template.EndpointChoice;
import io.tidings.template.PreviewEndpoints;
import io.tidings.template.TemplateContent;
import io.tidings.template.TemplatePreview;
import io.tidings.template.TemplatePreviewer;
import io.tidings.template.TemplateProblem;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The live preview of the template in the editor, with the problems its render found: rendered
 * off the FX thread a moment after the last edit (an older render is dropped), for the template's
 * default values or for an endpoint the marketer looks up.
 */
final class LivePreview {

    static final int ENDPOINT_RESULTS = 20;

    private final TemplatePreviewer previewer;
    private final PreviewEndpoints endpoints;
    private final BackgroundWork background;
    private final Duration debounce;
    private final Supplier<TemplateContent> content;
    private final Consumer<String> failed;

    private final ReadOnlyObjectWrapper<TemplatePreview> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private final ReadOnlyObjectWrapper<EndpointChoice> previewEndpoint = new ReadOnlyObjectWrapper<>(this, "previewEndpoint");
    private final ReadOnlyBooleanWrapper remoteImagesAllowed = new ReadOnlyBooleanWrapper(this, "remoteImagesAllowed");
    private final ObservableList<TemplateProblem> problems = FXCollections.observableArrayList();
    private final ObservableList<EndpointChoice> endpointChoices = FXCollections.observableArrayList();

    private Endpoint endpoint;
    private Set<String> knownFieldPaths = Set.of();
    private volatile long renderGeneration;
    private long searchGeneration;

    /**
     * @param content the content to render, as typed now
     * @param failed told, in a sentence, what went wrong
     */
    LivePreview(TemplatePreviewer previewer, PreviewEndpoints endpoints, BackgroundWork background, Duration debounce,
            Supplier<TemplateContent> content, Consumer<String> failed) {
        this.previewer = previewer;
        this.endpoints = endpoints;
        this.background = background;
        this.debounce = debounce;
        this.content = content;
        this.failed = failed;
    }

    ReadOnlyObjectProperty<TemplatePreview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** The endpoint the preview renders for; null for the template's default values. */
    ReadOnlyObjectProperty<EndpointChoice> previewEndpointProperty() {
        return previewEndpoint.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty remoteImagesAllowedProperty() {
        return remoteImagesAllowed.getReadOnlyProperty();
    }

    /** What the last render found wrong or doubtful. */
    ObservableList<TemplateProblem> problems() {
        return FXCollections.unmodifiableObservableList(problems);
    }

    ObservableList<EndpointChoice> endpointChoices() {
        return FXCollections.unmodifiableObservableList(endpointChoices);
    }

    /** The workspace's variable names, which the lint checks variables against. */
    void knowFieldPaths(Set<String> paths) {
        knownFieldPaths = paths;
    }

    /** Looks for endpoints whose address, user id or endpoint id starts with {@code text}. */
    void searchEndpoints(String text) {
        long generation = ++searchGeneration;
        background.run(BackgroundJob.of("Searching endpoints", progress -> endpoints.search(text, ENDPOINT_RESULTS))
                .quiet()
                .onSuccess(found -> {
                    if (generation == searchGeneration) {
                        endpointChoices.setAll(found);
                    }
                })
                .onFailure(failure -> failed.accept("The endpoint search failed: " + failure.getMessage())));
    }

    /** Previews for this endpoint, or for the template's default values when {@code choice} is null. */
    void previewFor(EndpointChoice choice) {
        if (choice == null) {
            endpoint = null;
            previewEndpoint.set(null);
            render();
            return;
        }
        background.run(BackgroundJob.of("Reading the endpoint", progress -> endpoints.endpoint(choice.id()))
                .quiet()
                .onSuccess(found -> {
                    if (found.isEmpty()) {
                        failed.accept("Endpoint " + choice.id() + " is no longer in the workspace.");
                        return;
                    }
                    endpoint = found.get();
                    previewEndpoint.set(choice);
                    render();
                })
                .onFailure(failure -> failed.accept(failure.getMessage())));
    }

    /** Shows or blocks remote images in the email preview. */
    void allowRemoteImages(boolean allowed) {
        remoteImagesAllowed.set(allowed);
        render();
    }

    /** Renders the content as typed now, after the debounce, unless a newer render is asked for meanwhile. */
    void render() {
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
                .onFailure(failure -> failed.accept("The preview failed: " + failure.getMessage())));
    }

    /** Drops any render under way and shows nothing. */
    void clear() {
        renderGeneration++;
        preview.set(null);
        problems.clear();
    }
}
