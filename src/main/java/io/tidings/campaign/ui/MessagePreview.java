package io.tidings.campaign.ui;

import io.tidings.shell.BackgroundJob;
import io.tidings.shell.BackgroundWork;
import io.tidings.template.Template;
import io.tidings.template.TemplatePreview;
import io.tidings.template.TemplatePreviewer;
import io.tidings.template.TemplateService;
import io.tidings.template.TemplateType;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** The chosen template of a treatment rendered with its default values, for the shared message preview. */
final class MessagePreview {

    /** A rendered template and the channel it is written for. */
    record Shown(TemplateType type, TemplatePreview preview) {
    }

    private final TemplateService templates;
    private final TemplatePreviewer previewer;
    private final BackgroundWork background;
    private final ReadOnlyObjectWrapper<Shown> shown = new ReadOnlyObjectWrapper<>(this, "shown");
    private long generation;

    MessagePreview(TemplateService templates, TemplatePreviewer previewer, BackgroundWork background) {
        this.templates = templates;
        this.previewer = previewer;
        this.background = background;
    }

    /** The rendered template; null while none is chosen. */
    ReadOnlyObjectProperty<Shown> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    void show(Long templateId) {
        long mine = ++generation;
        if (templateId == null) {
            shown.set(null);
            return;
        }
        background.run(BackgroundJob.of("Rendering the preview", progress -> {
                    Template template = templates.template(templateId).orElse(null);
                    return template == null ? null : new Shown(template.summary().type(),
                            previewer.preview(template.content(), Optional.empty(), Set.of(), false));
                })
                .quiet()
                .onSuccess(result -> {
                    if (mine == generation) {
                        shown.set(result);
                    }
                })
                .onFailure(failure -> {
                    if (mine == generation) {
                        shown.set(null);
                    }
                }));
    }
}
