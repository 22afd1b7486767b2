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
import io.tidings.template.TestAddress;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
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
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper(this, "result", "");
    private final ReadOnlyBooleanWrapper succeeded = new ReadOnlyBooleanWrapper(this, "succeeded");

    private final StringProperty address = new SimpleStringProperty(this, "address", "");
    private final UiCommand send;

    TestSend(TemplateService templates, BackgroundWork background, ObservableObjectValue<Template> template,
            ObservableObjectValue<TemplatePreview> preview) {
        this.templates = templates;
        this.background = background;
        this.template = template;
        this.preview = preview;
        this.send = new UiCommand(() -> send(address.get()), Bindings.createStringBinding(this::whyNot, template, preview, address));
    }

    /** An email address, a phone number or a device token, as the template's channel needs. */
    StringProperty addressProperty() {
        return address;
    }

    /** Where the last test went, or why it did not go; empty before the first. */
    ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** True when the last test went. */
    ReadOnlyBooleanProperty succeededProperty() {
        return succeeded.getReadOnlyProperty();
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
            failed("Fix the template's errors before sending a test.");
            return;
        }
        TemplateType type = current.type();
        var wrongAddress = TestAddress.mismatch(type, to);
        if (wrongAddress.isPresent()) {
            failed("Not sent: " + wrongAddress.get());
            return;
        }
        var message = rendered.message();
        String subject = type == TemplateType.EMAIL ? message.part(TemplateFields.SUBJECT)
                : type == TemplateType.PUSH ? message.part(TemplateFields.PUSH_TITLE) : null;
        String body = switch (type) {
            case EMAIL -> message.part(TemplateFields.TEXT_PART);
            case PUSH -> message.part(TemplateFields.PUSH_BODY);
            default -> message.part(TemplateFields.BODY);
        };
        String html = type == TemplateType.EMAIL ? message.part(TemplateFields.HTML_PART) : null;
        result.set("");
        background.run(BackgroundJob.of("Sending a test", progress ->
                        templates.sendToSandbox(current.id(), type, to, subject, body, html))
                .quiet()
                .onSuccess(id -> {
                    succeeded.set(true);
                    result.set("Sent to the sandbox outbox for " + to.strip()
                            + ". It is in the Outbox section, under Sandbox messages.");
                })
                .onFailure(failure -> failed("Not sent: " + failure.getMessage())));
    }

    private void failed(String why) {
        succeeded.set(false);
        result.set(why);
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
