package io.tidings.template;

import java.util.List;

/**
 * The parts of each template type, in Pinpoint's request field names. Fields marked as
 * extensions are Tidings additions to Pinpoint's shape; they are stored beside Pinpoint's fields.
 */
public final class TemplateFields {

    public static final String SUBJECT = "Subject";
    public static final String HTML_PART = "HtmlPart";
    public static final String TEXT_PART = "TextPart";
    public static final String BODY = "Body";
    /** Extension: TRANSACTIONAL or PROMOTIONAL, as in Pinpoint's SMSMessage. */
    public static final String MESSAGE_TYPE = "MessageType";
    /** Extension: the sender id, phone number or pool the SMS is sent from. */
    public static final String ORIGINATION_IDENTITY = "OriginationIdentity";
    public static final String PUSH_TITLE = "Default.Title";
    public static final String PUSH_BODY = "Default.Body";
    public static final String PUSH_ACTION = "Default.Action";
    public static final String PUSH_URL = "Default.Url";
    /** Extension: the image shown in the notification (Pinpoint keeps it per service: APNS.MediaUrl, GCM.ImageUrl). */
    public static final String PUSH_IMAGE = "Default.ImageUrl";
    public static final String PUSH_SOUND = "Default.Sound";
    /** Extension: a silent (data-only) notification. */
    public static final String PUSH_SILENT = "Default.SilentPush";
    public static final String APNS_TITLE = "APNS.Title";
    public static final String APNS_BODY = "APNS.Body";
    public static final String GCM_TITLE = "GCM.Title";
    public static final String GCM_BODY = "GCM.Body";
    public static final String LANGUAGE_CODE = "LanguageCode";
    public static final String VOICE_ID = "VoiceId";

    private static final List<TemplateField> EMAIL = List.of(
            TemplateField.line(SUBJECT, "Subject"),
            new TemplateField(HTML_PART, "HTML part", TemplateField.Kind.HTML, true, List.of()),
            TemplateField.text(TEXT_PART, "Text part (derived from the HTML when empty)"),
            TemplateField.choice(MESSAGE_TYPE, "Message type", "PROMOTIONAL", "TRANSACTIONAL"));
    private static final List<TemplateField> SMS = List.of(
            TemplateField.text(BODY, "Body"),
            TemplateField.choice(MESSAGE_TYPE, "Message type", "TRANSACTIONAL", "PROMOTIONAL"),
            TemplateField.setting(ORIGINATION_IDENTITY, "Originating identity"));
    private static final List<TemplateField> PUSH = List.of(
            TemplateField.line(PUSH_TITLE, "Title"),
            TemplateField.text(PUSH_BODY, "Body"),
            TemplateField.choice(PUSH_ACTION, "Action", "OPEN_APP", "DEEP_LINK", "URL"),
            TemplateField.line(PUSH_URL, "URL"),
            TemplateField.line(PUSH_IMAGE, "Image URL"),
            TemplateField.setting(PUSH_SOUND, "Sound"),
            new TemplateField(PUSH_SILENT, "Silent notification", TemplateField.Kind.FLAG, false, List.of()),
            TemplateField.line(APNS_TITLE, "APNs title (overrides the default)"),
            TemplateField.text(APNS_BODY, "APNs body (overrides the default)"),
            TemplateField.line(GCM_TITLE, "FCM title (overrides the default)"),
            TemplateField.text(GCM_BODY, "FCM body (overrides the default)"));
    private static final List<TemplateField> VOICE = List.of(
            TemplateField.text(BODY, "Script (SSML or plain text)"),
            TemplateField.setting(LANGUAGE_CODE, "Language code"),
            TemplateField.setting(VOICE_ID, "Voice id"));

    private TemplateFields() {
    }

    public static List<TemplateField> of(TemplateType type) {
        return switch (type) {
            case EMAIL -> EMAIL;
            case SMS -> SMS;
            case PUSH -> PUSH;
            case VOICE -> VOICE;
        };
    }
}
