package io.tidings.template.ui;

import io.tidings.shell.BackgroundJob;
import io.tidings.shell.BackgroundWork;
import io.tidings.shell.UiCommand;
import io.tidings.template.Template;
import io.tidings.template.TemplateFields;
import io.tidings.template.TemplatePreview;
import io.tidings.template.TemplateProblem;
import io.tidings.template.TemplateService;
import io.tidings.template.TemplateType;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableObjectValue;

/**
 * A test of the template as rendered now, captured in the sandbox outbox whatever channels are set
 * up: the address to send it to, and why no test can be sent yet.
 */
final class TestSend {

    private final TemplateService templates;
    private final BackgroundWork background;
    private final ObservableObjectValue<Template> template;
    private final ObservableObjectValue<TemplatePreview> preview;
    private final Consumer<String> sent;
    private final Consumer<String> failed;

    private final StringProperty address = new SimpleStringProperty(this, "address", "");
    private final UiCommand send;

    /**
     * @param sent told, in a sentence, where the test went
     * @param failed told, in a sentence, what went wrong; given "" when a new test starts
     */
    TestSend(TemplateService templates, BackgroundWork background, ObservableObjectValue<Template> template,
            ObservableObjectValue<TemplatePreview> preview, Consumer<String> sent, Consumer<String> failed) {
        this.templates = templates;
        this.background = background;
        this.template = template;
        this.preview = preview;
        this.sent = sent;
        this.failed = failed;
        this.send = new UiCommand(() -> send(address.get()), Bindings.createStringBinding(this::whyNot, template, preview, address));
    }

    /** An email address, a phone number or a device token, as the template's channel needs. */
    StringProperty addressProperty() {
        return address;
    }

    /** Sends a test to the address typed. */
    UiCommand sendCommand() {
        return send;
    }

    /** Sends a test to {@code to}, unless the template is not open, not yet rendered, or has errors. */
    void send(String to) {
        Template current = template.get();
        TemplatePreview rendered = preview.get();
        if (current == null || rendered == null) {
            return;
        }
        if (rendered.message().hasErrors()) {
            failed.accept("Fix the template's errors before sending a test.");
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
        failed.accept("");
        background.run(BackgroundJob.of("Sending a test", progress ->
                        templates.sendToSandbox(current.id(), type, to, subject, body, html))
                .quiet()
                .onSuccess(id -> sent.accept("Sent to the sandbox outbox for " + to.strip()
                        + ". It is in the Outbox section, under Sandbox messages."))
                .onFailure(failure -> failed.accept("Not sent: " + failure.getMessage())));
    }

    private String whyNot() {
        if (template.get() == null) {
            return "Open a template first.";
        }
        if (address.get() == null || address.get().isBlank()) {
            return "Type an address to send a test to.";
        }
        TemplatePreview rendered = preview.get();
        if (rendered == null) {
            return "The preview is not ready yet.";
        }
        if (rendered.message().hasErrors()) {
            return "Fix the problems first: " + rendered.problems().stream()
                    .filter(problem -> problem.severity() == TemplateProblem.Severity.ERROR)
                    .map(TemplateProblem::describe).findFirst().orElse("the template has errors.");
        }
        return null;
    }
}
