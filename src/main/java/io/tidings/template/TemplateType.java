package io.tidings.template;

/** The channels a message template is written for. */
public enum TemplateType {
    EMAIL,
    SMS,
    PUSH,
    VOICE;

    /** The kind in a sentence: "email", "SMS", "push", "voice". */
    public String words() {
        return this == SMS ? "SMS" : name().toLowerCase(java.util.Locale.ROOT);
    }

    /** "an email template", "an SMS template", "a push template", "a voice template". */
    public String withArticle() {
        return (this == EMAIL || this == SMS ? "an " : "a ") + words() + " template";
    }
}
