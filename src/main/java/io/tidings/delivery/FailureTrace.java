package io.tidings.delivery;

import java.util.Arrays;

/**
 * A failure as the log may keep it: the kinds of failure in its chain and their stack frames, without their
 * messages, which may quote an address or a message's text. A stack overflow's thousand frames are cut short.
 */
final class FailureTrace extends RuntimeException {

    private static final int MOST_FRAMES = 40;
    private static final int MOST_CAUSES = 8;

    private FailureTrace(Throwable failure, FailureTrace cause) {
        super(failure.getClass().getName(), cause, false, true);
        StackTraceElement[] frames = failure.getStackTrace();
        setStackTrace(frames.length <= MOST_FRAMES ? frames : Arrays.copyOf(frames, MOST_FRAMES));
    }

    /** The failure and its causes, kinds and frames only. */
    static FailureTrace of(Throwable failure) {
        return of(failure, 0);
    }

    private static FailureTrace of(Throwable failure, int depth) {
        Throwable cause = failure.getCause();
        boolean more = cause != null && cause != failure && depth < MOST_CAUSES;
        return new FailureTrace(failure, more ? of(cause, depth + 1) : null);
    }

    /** The kind of failure, such as "StackOverflowError", for messages to the user. */
    static String kind(Throwable failure) {
        return failure.getClass().getSimpleName();
    }

    @Override
    public String toString() {
        return getMessage();
    }
}
