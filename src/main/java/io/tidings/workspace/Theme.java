package io.tidings.workspace;

/** The look of the window, remembered between runs. */
public enum Theme {
    LIGHT,
    DARK;

    public Theme other() {
        return this == LIGHT ? DARK : LIGHT;
    }
}
