package io.tidings.template;

import java.util.Map;

/** The content a new template starts with: a short example of each channel's parts and variables. */
public final class TemplateStarters {

    private static final Map<String, String> DEFAULTS = Map.of("User.UserAttributes.FirstName", "there");

    private TemplateStarters() {
    }

    public static TemplateContent of(TemplateType type) {
        TemplateContent empty = TemplateContent.empty(type);
        TemplateContent starter = switch (type) {
            case EMAIL -> empty
                    .withField(TemplateFields.SUBJECT, "Hello {{User.UserAttributes.FirstName}}")
                    .withField(TemplateFields.HTML_PART, """
                            <html><body style="font-family: sans-serif">
                            <h1>Hello {{User.UserAttributes.FirstName}},</h1>
                            <p>Write your message here.</p>
                            <p style="font-size: small"><a href="{{UnsubscribeUrl}}">Unsubscribe</a></p>
                            </body></html>""")
                    .withField(TemplateFields.MESSAGE_TYPE, "PROMOTIONAL");
            case SMS -> empty
                    .withField(TemplateFields.BODY, "Hi {{User.UserAttributes.FirstName}}, write your message here. "
                            + "Reply STOP to opt out.")
                    .withField(TemplateFields.MESSAGE_TYPE, "TRANSACTIONAL");
            case PUSH -> empty
                    .withField(TemplateFields.PUSH_TITLE, "Hello {{User.UserAttributes.FirstName}}")
                    .withField(TemplateFields.PUSH_BODY, "Write your message here.")
                    .withField(TemplateFields.PUSH_ACTION, "OPEN_APP");
            case VOICE -> empty
                    .withField(TemplateFields.BODY, "<speak>Hello {{User.UserAttributes.FirstName}}. "
                            + "<break time=\"500ms\"/>Write your message here.</speak>")
                    .withField(TemplateFields.LANGUAGE_CODE, "en-US")
                    .withField(TemplateFields.VOICE_ID, "Joanna");
        };
        return starter.withDefaults(DEFAULTS);
    }
}
