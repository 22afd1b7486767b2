package io.tidings.audience;

/** What an import does with a row it cannot accept. */
public enum ErrorPolicy {
    /** Stop at the first bad row; nothing of the import stays. */
    STOP_AT_FIRST_ERROR,
    /** Leave bad rows out, import the rest, and report every row left out. */
    SKIP_BAD_ROWS
}
