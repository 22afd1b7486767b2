package io.tidings.template;

import java.util.Optional;
import java.util.regex.Pattern;

/** Whether an address typed for a test fits the template's channel, and why not in words. */
public final class TestAddress {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");
    private static final Pattern PHONE_LIKE = Pattern.compile("\\+?[0-9 ().-]{7,}");

    private TestAddress() {
    }

    /** Why {@code address} cannot receive a test of a {@code type} template, or empty when it can. */
    public static Optional<String> mismatch(TemplateType type, String address) {
        String typed = address == null ? "" : address.strip();
        boolean email = EMAIL.matcher(typed).matches();
        boolean phone = E164.matcher(typed).matches();
        return Optional.ofNullable(switch (type) {
            case EMAIL -> email ? null : phone || PHONE_LIKE.matcher(typed).matches()
                    ? "An email template's test goes to an email address, not a phone number."
                    : "An email template's test goes to an email address, such as you@example.com.";
            case SMS, VOICE -> phone ? null : email
                    ? "An " + (type == TemplateType.SMS ? "SMS" : "voice") + " template's test goes to a phone "
                            + "number, not an email address."
                    : "A phone number in international form is needed, with + and the country code, such as "
                            + "+14155550100.";
            case PUSH -> email ? "A push template's test goes to a device token, not an email address."
                    : phone ? "A push template's test goes to a device token, not a phone number." : null;
        });
    }
}
