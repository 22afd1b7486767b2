package io.tidings.journey.ui;

import io.tidings.channel.webhook.WebhookAddress;
import io.tidings.journey.MessageActivity;
import io.tidings.journey.TemplateChoice;
import io.tidings.template.TemplateSummary;
import io.tidings.ui.preview.MessagePreviews;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.ListChangeListener;
import javafx.collections.WeakListChangeListener;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** A message activity: the template it sends (with the shared preview) and the channel's message settings. */
final class MessageForm extends VBox {

    private final ActivityPropertiesViewModel viewModel;
    private final MessagePreviews previews = new MessagePreviews(allowed -> { });
    // Held here: the view model holds them weakly, so that a form no longer shown is not kept.
    private ListChangeListener<TemplateSummary> templatesRead;
    private ChangeListener<ActivityPropertiesViewModel.Preview> rendered;

    MessageForm(ActivityPropertiesViewModel viewModel, MessageActivity message) {
        super(10);
        this.viewModel = viewModel;
        ComboBox<TemplateSummary> template = PropertyForm.choice("journey-template",
                viewModel.templatesFor(message.channel()), chosen(message), TemplateSummary::name,
                "Choose a template", picked -> {
                    viewModel.updateConfig("template", config -> ((MessageActivity) config)
                            .withTemplate(new TemplateChoice(picked.id(), null)));
                    viewModel.previewTemplate(picked.id());
                });
        // The choices arrive from the background after the form is built.
        templatesRead = change -> {
            template.getItems().setAll(viewModel.templatesFor(message.channel()));
            template.getSelectionModel().select(chosen(message));
        };
        viewModel.templates().addListener(new WeakListChangeListener<>(templatesRead));
        getChildren().add(PropertyForm.field("Template", template, viewModel, "template"));
        getChildren().add(PropertyForm.help(message.channel() == null ? "Optional: a template chosen here is "
                + "filled in for each endpoint and sent as the call's Message."
                : "Sends the template's active version when each participant gets here."));
        settings(message);
        Label previewTitle = PropertyForm.section("Preview");
        StackPane preview = new StackPane();
        preview.setId("journey-template-preview");
        preview.getStyleClass().add("journey-template-preview");
        preview.setPrefHeight(320);
        Label none = PropertyForm.help("Choose a template to see it here.");
        preview.getChildren().setAll(none);
        rendered = (observable, old, shown) -> preview.getChildren().setAll(
                shown == null ? none : previews.show(shown.type(), shown.preview(), false));
        viewModel.previewProperty().addListener(new WeakChangeListener<>(rendered));
        getChildren().addAll(previewTitle, preview);
        viewModel.previewTemplate(message.template() == null ? null : message.template().templateId());
    }

    private TemplateSummary chosen(MessageActivity message) {
        return message.template() == null ? null : viewModel.templates().stream()
                .filter(summary -> summary.id() == message.template().templateId()).findFirst().orElse(null);
    }

    private void settings(MessageActivity message) {
        if (message instanceof MessageActivity.Email email) {
            text("journey-from-address", "From address (leave empty for the account's)", email.fromAddress(),
                    (config, text) -> new MessageActivity.Email(config.template(), blank(text)),
                    MessageActivity.Email.class);
        } else if (message instanceof MessageActivity.Sms sms) {
            getChildren().add(PropertyForm.field("Kind of message", PropertyForm.choice("journey-sms-type",
                    List.of("PROMOTIONAL", "TRANSACTIONAL"), sms.messageType(), type -> type.equals("PROMOTIONAL")
                            ? "Promotional" : "Transactional", "Promotional", type -> update(
                            MessageActivity.Sms.class, config -> new MessageActivity.Sms(config.template(), type,
                                    config.originationNumber(), config.senderId(), config.entityId(),
                                    config.registeredTemplateId()))), viewModel, "sms-type"));
            text("journey-origination-number", "Sending number (leave empty for the account's)",
                    sms.originationNumber(), (config, text) -> new MessageActivity.Sms(config.template(),
                            config.messageType(), blank(text), config.senderId(), config.entityId(),
                            config.registeredTemplateId()), MessageActivity.Sms.class);
            text("journey-sender-id", "Sender ID", sms.senderId(), (config, text) -> new MessageActivity.Sms(
                    config.template(), config.messageType(), config.originationNumber(), blank(text),
                    config.entityId(), config.registeredTemplateId()), MessageActivity.Sms.class);
        } else if (message instanceof MessageActivity.Push push) {
            text("journey-time-to-live", "Time to live in seconds (how long it may wait for the device)",
                    push.timeToLive(), (config, text) -> new MessageActivity.Push(config.template(), seconds(text)),
                    MessageActivity.Push.class);
        } else if (message instanceof MessageActivity.Custom custom) {
            text("journey-delivery-uri", "Webhook address (https://...)", custom.deliveryUri(),
                    (config, text) -> new MessageActivity.Custom(config.template(), webhookAddress(text),
                            config.endpointTypes(), config.data()), MessageActivity.Custom.class);
            getChildren().add(new EndpointTypesField(viewModel, custom.endpointTypes(), types -> update(
                    "endpoint-types", MessageActivity.Custom.class, config -> new MessageActivity.Custom(
                            config.template(), config.deliveryUri(), types, config.data()))));
            TextArea data = PropertyForm.committing(new TextArea(), "journey-webhook-data", custom.data(),
                    text -> update("webhook-data", MessageActivity.Custom.class, config -> new MessageActivity.Custom(
                            config.template(), config.deliveryUri(), config.endpointTypes(), blank(text))));
            data.setPrefRowCount(4);
            data.setWrapText(true);
            getChildren().add(PropertyForm.field("Data sent with each call", data, viewModel, "webhook-data"));
            getChildren().add(PropertyForm.help("Sent as the call's Data, with the endpoint's fields under Endpoints. "
                    + "{{User.UserAttributes.FirstName}} and the template helpers are filled in for each endpoint. "
                    + "Each call is signed with the webhook secret in Settings, API keys (X-Tidings-Signature)."));
        }
    }

    /** The webhook's address as typed, refused in words when Tidings could not call it. */
    private static String webhookAddress(String text) {
        String address = blank(text);
        if (address != null) {
            WebhookAddress.of(address);
        }
        return address;
    }

    private <T extends MessageActivity> void text(String id, String label, String value,
            BiFunction<T, String, T> change, Class<T> kind) {
        String field = id.substring("journey-".length());
        TextField input = PropertyForm.committing(new TextField(), id, value,
                text -> update(field, kind, config -> change.apply(config, text)));
        getChildren().add(PropertyForm.field(label, input, viewModel, field));
    }

    private <T extends MessageActivity> void update(Class<T> kind, Function<T, T> change) {
        update("settings", kind, change);
    }

    private <T extends MessageActivity> void update(String field, Class<T> kind, Function<T, T> change) {
        viewModel.updateConfig(field, config -> change.apply(kind.cast(config)));
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String seconds(String text) {
        Integer value = PropertyForm.wholeNumber(text, "a number of seconds such as 86400 (a day)");
        if (value != null && value <= 0) {
            throw new IllegalArgumentException("Give a number of seconds above 0, such as 86400 (a day).");
        }
        return value == null ? null : value.toString();
    }
}
