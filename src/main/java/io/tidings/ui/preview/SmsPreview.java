package io.tidings.ui.preview;

import atlantafx.base.theme.Styles;
import io.tidings.channel.sms.SmsEncoding;
import io.tidings.template.TemplateFields;
import io.tidings.template.TemplatePreview;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * An SMS on a phone: the body in a bubble with the character that forces UCS-2 highlighted, and
 * the counts a sender pays by: characters, encoding, parts.
 */
public final class SmsPreview extends VBox {

    private final TextFlow bubble = new TextFlow();
    private final Label counts = new Label();
    private final Label encoding = new Label();

    public SmsPreview() {
        super(10);
        getStyleClass().add("sms-preview");
        getStylesheets().add(PreviewStyles.STYLESHEET);
        bubble.setId("sms-preview-bubble");
        bubble.getStyleClass().add("sms-bubble");
        bubble.setMaxWidth(300);
        VBox phone = new VBox(bubble);
        phone.getStyleClass().add("phone-screen");
        counts.setId("sms-preview-counts");
        encoding.setId("sms-preview-encoding");
        encoding.setWrapText(true);
        encoding.getStyleClass().add(Styles.TEXT_MUTED);
        getChildren().addAll(phone, counts, encoding);
    }

    public void show(TemplatePreview preview) {
        String body = preview.message().part(TemplateFields.BODY);
        SmsEncoding.Analysis sms = preview.sms();
        if (!preview.message().parts().containsKey(TemplateFields.BODY)) {
            bubble.getChildren().setAll(new Text(preview.message().hasErrors() ? "The body has an error." : "(empty)"));
            bubble.setAccessibleText("");
            counts.setText("");
            encoding.setText("");
            return;
        }
        if (sms.firstUcs2Index() < 0) {
            bubble.getChildren().setAll(new Text(body));
        } else {
            int end = sms.firstUcs2Index() + sms.firstUcs2Character().length();
            Text culprit = new Text(sms.firstUcs2Character());
            culprit.setId("sms-preview-culprit");
            culprit.getStyleClass().add("sms-culprit");
            bubble.getChildren().setAll(new Text(body.substring(0, sms.firstUcs2Index())), culprit,
                    new Text(body.substring(end)));
        }
        bubble.setAccessibleText(body);
        String unit = sms.encoding() == SmsEncoding.Encoding.GSM_7 ? "septets" : "UTF-16 units";
        counts.setText("%d characters · %d %s · %d %s".formatted(sms.characters(), sms.length(), unit, sms.parts(),
                sms.parts() == 1 ? "part" : "parts"));
        encoding.setText(sms.encoding() == SmsEncoding.Encoding.GSM_7
                ? "GSM-7: 160 per message, 153 per part when split; ^ { } [ ] ~ | € and \\ count twice."
                : "UCS-2 because of \"" + sms.firstUcs2Character() + "\" at character "
                        + (body.codePointCount(0, sms.firstUcs2Index()) + 1)
                        + ": 70 per message, 67 per part when split. Replace it to send as GSM-7.");
    }
}
