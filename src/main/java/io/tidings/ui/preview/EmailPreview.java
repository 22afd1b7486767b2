package io.tidings.ui.preview;

import atlantafx.base.theme.Styles;
import io.tidings.template.TemplateFields;
import io.tidings.template.TemplatePreview;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.web.WebView;

/**
 * An email as a reader sees it: subject, the HTML in a WebView with JavaScript off and remote
 * images held back until allowed, at desktop or mobile width, and the text part below. The
 * template editor and the Outbox's sandbox messages show it.
 */
public final class EmailPreview extends VBox {

    private static final double DESKTOP_WIDTH = 640;
    private static final double MOBILE_WIDTH = 375;

    private final Label subject = new Label();
    private final WebView web = new WebView();
    private final TextArea text = new TextArea();
    private final Label textHeading = new Label("Text part");
    private final Label blocked = new Label();
    private final Button allowImages = new Button("Show remote images");
    private String shownHtml;
    private boolean shownImagesAllowed;

    /** @param allowRemoteImages called with true when the reader asks for remote images, false to block them again */
    public EmailPreview(Consumer<Boolean> allowRemoteImages) {
        super(8);
        getStyleClass().add("email-preview");
        getStylesheets().add(PreviewStyles.STYLESHEET);
        subject.setId("email-preview-subject");
        subject.getStyleClass().addAll(Styles.TITLE_4, "preview-subject");
        subject.setWrapText(true);

        web.setId("email-preview-web");
        web.getEngine().setJavaScriptEnabled(false);
        web.setContextMenuEnabled(false);
        web.setPrefHeight(420);
        web.setMinHeight(200);
        web.setPrefWidth(DESKTOP_WIDTH);
        web.setMaxWidth(DESKTOP_WIDTH);
        StackPane frame = new StackPane(web);
        frame.getStyleClass().add("email-frame");
        StackPane.setAlignment(web, Pos.TOP_CENTER);
        VBox.setVgrow(frame, Priority.ALWAYS);

        ToggleGroup widths = new ToggleGroup();
        ToggleButton desktop = new ToggleButton("Desktop");
        ToggleButton mobile = new ToggleButton("Mobile");
        desktop.setId("email-preview-desktop");
        mobile.setId("email-preview-mobile");
        desktop.setToggleGroup(widths);
        mobile.setToggleGroup(widths);
        desktop.setSelected(true);
        desktop.getStyleClass().add(Styles.LEFT_PILL);
        mobile.getStyleClass().add(Styles.RIGHT_PILL);
        desktop.setMinWidth(Region.USE_PREF_SIZE);
        mobile.setMinWidth(Region.USE_PREF_SIZE);
        allowImages.setMinWidth(Region.USE_PREF_SIZE);
        blocked.setMinWidth(Region.USE_PREF_SIZE);
        Tooltip blockedInFull = new Tooltip();
        blockedInFull.textProperty().bind(blocked.textProperty());
        blocked.setTooltip(blockedInFull);
        widths.selectedToggleProperty().addListener((observable, old, chosen) -> {
            if (chosen == null) {
                old.setSelected(true);
                return;
            }
            double width = chosen == mobile ? MOBILE_WIDTH : DESKTOP_WIDTH;
            web.setPrefWidth(width);
            web.setMaxWidth(width);
        });

        blocked.getStyleClass().add(Styles.TEXT_MUTED);
        allowImages.setId("email-preview-allow-images");
        allowImages.getStyleClass().add(Styles.SMALL);
        allowImages.setOnAction(event -> allowRemoteImages.accept(!shownImagesAllowed));
        // In a narrow preview the words about images go to a line of their own instead of being cut.
        FlowPane tools = new FlowPane(8, 6, new HBox(desktop, mobile), blocked, allowImages);
        tools.setAlignment(Pos.CENTER_LEFT);

        text.setId("email-preview-text");
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(6);
        textHeading.getStyleClass().add(Styles.TEXT_MUTED);
        getChildren().addAll(subject, tools, frame, textHeading, text);
    }

    /** Shows the preview's email; {@code imagesAllowed} says whether the preview was prepared with remote images. */
    public void show(TemplatePreview preview, boolean imagesAllowed) {
        shownImagesAllowed = imagesAllowed;
        var message = preview.message();
        String subjectText = message.part(TemplateFields.SUBJECT);
        subject.setText(subjectText.isBlank() ? "(no subject)" : subjectText);
        String html = preview.email().html();
        if (!html.equals(shownHtml)) {
            shownHtml = html;
            web.getEngine().loadContent(html, "text/html");
        }
        int held = preview.email().blockedImages();
        blocked.setText(imagesAllowed ? "Remote images shown." : held == 0 ? "No remote images."
                : held + (held == 1 ? " remote image blocked." : " remote images blocked."));
        allowImages.setText(imagesAllowed ? "Block remote images" : "Show remote images");
        allowImages.setVisible(imagesAllowed || held > 0);
        textHeading.setText(message.textPartDerived() ? "Text part (derived from the HTML part)" : "Text part");
        text.setText(message.part(TemplateFields.TEXT_PART));
    }
}
