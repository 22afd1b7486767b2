package io.tidings.shell;

/**
 * A section's screen that reads the workspace again each time the user comes back to it, so that
 * what changed meanwhile elsewhere (a command-line import, another screen) shows without a restart.
 */
public interface ReloadsOnReturn {

    /** The user came back to this screen; it was built earlier and kept. */
    void returnedTo();
}
