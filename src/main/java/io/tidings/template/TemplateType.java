package io.tidings.template;

/** The channels a message template is written for. */
public enum TemplateType {
    EMAIL,
    SMS,
    PUSH,
    VOICE
}
