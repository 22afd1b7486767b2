package io.tidings.ui.preview;

import atlantafx.base.theme.Styles;
import io.tidings.template.TemplateFields;
import io.tidings.template.TemplatePreview;
import io.tidings.template.VoiceScript;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;

/** A voice message: the script as it will be spoken, its check, and how long it takes to say. */
public final class VoicePreview extends VBox {

    private final Label duration = new Label();
    private final Label voice = new Label();
    private final TextArea script = new TextArea();

    public VoicePreview() {
        super(8);
        getStyleClass().add("voice-preview");
        getStylesheets().add(PreviewStyles.STYLESHEET);
        duration.setId("voice-preview-duration");
        duration.getStyleClass().add(Styles.TITLE_4);
        voice.getStyleClass().add(Styles.TEXT_MUTED);
        duration.setWrapText(true);
        voice.setWrapText(true);
        script.setId("voice-preview-script");
        script.setEditable(false);
        script.setWrapText(true);
        script.setPrefRowCount(10);
        getChildren().addAll(duration, voice, script);
    }

    public void show(TemplatePreview preview) {
        VoiceScript.Analysis analysis = preview.voice();
        var message = preview.message();
        duration.setText("About %.1f seconds · %d words%s".formatted(analysis.seconds(), analysis.words(),
                analysis.ssml() ? (analysis.problems().isEmpty() ? " · SSML checked" : " · SSML has errors") : " · plain text"));
        String language = message.part(TemplateFields.LANGUAGE_CODE);
        String voiceId = message.part(TemplateFields.VOICE_ID);
        voice.setText("Voice " + (voiceId.isBlank() ? "(not set)" : voiceId) + ", language "
                + (language.isBlank() ? "(not set)" : language) + ". Estimated at " + VoiceScript.WORDS_PER_MINUTE
                + " words a minute plus pauses.");
        script.setText(message.part(TemplateFields.BODY));
    }
}
