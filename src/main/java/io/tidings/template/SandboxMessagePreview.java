package io.tidings.template;

import io.tidings.channel.sandbox.SandboxMessage;
import io.tidings.channel.sms.SmsEncoding;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Prepares a captured message for the same preview components the template editor uses. */
public final class SandboxMessagePreview {

    private SandboxMessagePreview() {
    }

    /**
     * The message as a preview; for email, remote images are held back unless allowed. Null for a custom message,
     * a webhook call whose body is JSON to be read as it is.
     */
    public static TemplatePreview of(SandboxMessage message, boolean allowRemoteImages) {
        if (message.channel() == io.tidings.channel.DeliveryChannel.CUSTOM) {
            return null;
        }
        Map<String, String> parts = new LinkedHashMap<>(message.attributes());
        String body = message.body() == null ? "" : message.body();
        SmsEncoding.Analysis sms = null;
        VoiceScript.Analysis voice = null;
        EmailPreviewHtml.Prepared email = null;
        switch (message.channel()) {
            case EMAIL -> {
                parts.put(TemplateFields.SUBJECT, nonNull(message.subject()));
                parts.put(TemplateFields.HTML_PART, nonNull(message.html()));
                parts.put(TemplateFields.TEXT_PART, body);
                email = EmailPreviewHtml.prepare(message.html(), allowRemoteImages);
            }
            case SMS -> {
                parts.put(TemplateFields.BODY, body);
                sms = SmsEncoding.analyse(body);
            }
            case PUSH -> {
                parts.put(TemplateFields.PUSH_TITLE, nonNull(message.subject()));
                parts.put(TemplateFields.PUSH_BODY, body);
            }
            case VOICE -> {
                parts.put(TemplateFields.BODY, body);
                voice = VoiceScript.analyse(body, TemplateFields.of(TemplateType.VOICE).get(0).label());
            }
        }
        RenderedMessage rendered = new RenderedMessage(TemplateType.valueOf(message.channel().name()), parts, List.of(), false);
        return new TemplatePreview(rendered, voice == null ? List.of() : voice.problems(), sms, voice, email);
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
