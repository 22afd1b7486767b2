package io.tidings.shell;

/**
 * Opens a template in the Templates section, from another screen (the Dashboard's template list). Screens call it
 * through the shell, so that no feature's screens use another's; the app's composition implements it.
 */
@FunctionalInterface
public interface OpenTemplate {

    /** Does nothing: for screens shown without the Templates section (tests). */
    OpenTemplate NOWHERE = templateId -> { };

    void open(long templateId);
}
