package io.tidings.template.ui;

import io.tidings.shell.BackgroundJob;
import io.tidings.shell.BackgroundWork;
import io.tidings.template.Template;
import io.tidings.template.TemplateContent;
import io.tidings.template.TemplateService;
import io.tidings.template.TemplateVersion;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.value.ObservableObjectValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The saved versions of the template in the editor: the list, restoring an old one, and comparing two. */
final class TemplateVersions {

    private final TemplateService templates;
    private final BackgroundWork background;
    private final ObservableObjectValue<Template> template;
    private final Consumer<String> failed;
    private final ObservableList<TemplateVersion> versions = FXCollections.observableArrayList();

    /** @param failed told, in a sentence, what went wrong */
    TemplateVersions(TemplateService templates, BackgroundWork background, ObservableObjectValue<Template> template,
            Consumer<String> failed) {
        this.templates = templates;
        this.background = background;
        this.template = template;
        this.failed = failed;
    }

    /** Newest first. */
    ObservableList<TemplateVersion> list() {
        return FXCollections.unmodifiableObservableList(versions);
    }

    void show(List<TemplateVersion> read) {
        versions.setAll(read);
    }

    void clear() {
        versions.clear();
    }

    /**
     * Saves an old version's content again as the newest version.
     *
     * @param restored given the template as restored and the new version's number, on the FX thread
     */
    void restore(int version, BiConsumer<Template, Integer> restored) {
        Template current = template.get();
        if (current == null) {
            return;
        }
        background.run(BackgroundJob.of("Restoring version " + version, progress -> {
                    int newVersion = templates.restore(current.id(), version);
                    return new Restored(newVersion, templates.template(current.id()).orElseThrow(), templates.versions(current.id()));
                })
                .onSuccess(result -> {
                    versions.setAll(result.versions());
                    restored.accept(result.template(), result.version());
                })
                .onFailure(failure -> failed.accept("Not restored: " + failure.getMessage())));
    }

    private record Restored(int version, Template template, List<TemplateVersion> versions) {
    }

    /** Reads two versions for a side-by-side comparison; {@code onLoaded} runs on the FX thread. */
    void compare(int left, int right, BiConsumer<TemplateContent, TemplateContent> onLoaded) {
        Template current = template.get();
        if (current == null) {
            return;
        }
        background.run(BackgroundJob.of("Reading versions", progress -> List.of(
                        templates.version(current.id(), left), templates.version(current.id(), right)))
                .quiet()
                .onSuccess(pair -> onLoaded.accept(pair.get(0), pair.get(1)))
                .onFailure(failure -> failed.accept(failure.getMessage())));
    }
}
