package io.tidings.ui.preview;

import io.tidings.template.TemplatePreview;
import io.tidings.template.TemplateType;
import java.util.function.Consumer;
import javafx.scene.Node;

/** The four previews of a message, one for each kind; a screen shows the one for the message it has. */
public final class MessagePreviews {

    private final EmailPreview email;
    private final SmsPreview sms = new SmsPreview();
    private final PushPreview push = new PushPreview();
    private final VoicePreview voice = new VoicePreview();

    /** @param allowRemoteImages what the email preview's "show remote images" asks for */
    public MessagePreviews(Consumer<Boolean> allowRemoteImages) {
        this.email = new EmailPreview(allowRemoteImages);
    }

    /** Shows {@code preview} in the view for {@code type} and returns that view, for the screen to put in place. */
    public Node show(TemplateType type, TemplatePreview preview, boolean remoteImagesAllowed) {
        return switch (type) {
            case EMAIL -> {
                email.show(preview, remoteImagesAllowed);
                yield email;
            }
            case SMS -> {
                sms.show(preview);
                yield sms;
            }
            case PUSH -> {
                push.show(preview);
                yield push;
            }
            case VOICE -> {
                voice.show(preview);
                yield voice;
            }
        };
    }
}
