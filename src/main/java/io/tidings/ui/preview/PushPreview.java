package io.tidings.ui.preview;

import atlantafx.base.theme.Styles;
import io.tidings.template.RenderedMessage;
import io.tidings.template.TemplateFields;
import io.tidings.template.TemplatePreview;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** A push notification as an iOS and an Android card, each with its service's overrides applied. */
public final class PushPreview extends VBox {

    private final Card ios = new Card("ios", "iOS (APNs)");
    private final Card android = new Card("android", "Android (FCM)");
    private final Label action = new Label();

    public PushPreview() {
        super(12);
        getStyleClass().add("push-preview");
        getStylesheets().add(PreviewStyles.STYLESHEET);
        action.setId("push-preview-action");
        action.setWrapText(true);
        action.getStyleClass().add(Styles.TEXT_MUTED);
        getChildren().addAll(ios, android, action);
    }

    public void show(TemplatePreview preview) {
        RenderedMessage message = preview.message();
        ios.show(either(message, TemplateFields.APNS_TITLE, TemplateFields.PUSH_TITLE),
                either(message, TemplateFields.APNS_BODY, TemplateFields.PUSH_BODY));
        android.show(either(message, TemplateFields.GCM_TITLE, TemplateFields.PUSH_TITLE),
                either(message, TemplateFields.GCM_BODY, TemplateFields.PUSH_BODY));
        String kind = message.part(TemplateFields.PUSH_ACTION);
        String url = message.part(TemplateFields.PUSH_URL);
        String image = message.part(TemplateFields.PUSH_IMAGE);
        StringBuilder text = new StringBuilder("Tapping it: ");
        text.append(switch (kind) {
            case "DEEP_LINK" -> "opens " + (url.isBlank() ? "a deep link (no URL set)" : url) + " in the app";
            case "URL" -> "opens " + (url.isBlank() ? "a web page (no URL set)" : url) + " in the browser";
            default -> "opens the app";
        }).append('.');
        if (!image.isBlank()) {
            text.append(" Image: ").append(image).append('.');
        }
        if ("true".equals(message.part(TemplateFields.PUSH_SILENT))) {
            text.append(" Silent: delivered to the app without showing a notification.");
        }
        action.setText(text.toString());
    }

    private static String either(RenderedMessage message, String override, String fallback) {
        String value = message.part(override);
        return value.isBlank() ? message.part(fallback) : value;
    }

    /** One platform's notification card. */
    private static final class Card extends VBox {

        private final Label title = new Label();
        private final Label body = new Label();

        Card(String id, String platform) {
            super(4);
            setId("push-preview-" + id);
            getStyleClass().addAll("push-card", "push-card-" + id);
            Label app = new Label(platform + " · now");
            app.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            title.getStyleClass().add(Styles.TEXT_BOLD);
            title.setId("push-preview-" + id + "-title");
            body.setId("push-preview-" + id + "-body");
            title.setWrapText(true);
            body.setWrapText(true);
            setMaxWidth(360);
            getChildren().addAll(app, title, body);
        }

        void show(String titleText, String bodyText) {
            title.setText(titleText.isBlank() ? "(no title)" : titleText);
            body.setText(bodyText);
        }
    }
}
