package io.tidings.store;

import java.util.Collections;

/** Small pieces of SQL text that several repositories build. */
public final class SqlText {

    private SqlText() {
    }

    /** "?, ?, ?" for {@code count} bound values, as in {@code IN (…)}. */
    public static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }
}
