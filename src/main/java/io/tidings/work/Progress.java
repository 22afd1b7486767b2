package io.tidings.work;

/**
 * What long-running work tells the person waiting for it, and how it learns that they gave up.
 *
 * <p>Services take a {@code Progress} so that the same code reports to the status bar in the app,
 * to a progress line on the command line, and to nothing at all in tests. Implementations must be
 * safe to call from any thread.
 */
public interface Progress {

    /** A progress that reports nowhere and is never cancelled. */
    Progress NONE = new Progress() {
        @Override
        public void update(long done, long total, String message) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /**
     * Reports how far the work has come.
     *
     * @param done units finished so far
     * @param total units in all, or a negative number when the total is not known
     * @param message what is happening now, in the user's words
     */
    void update(long done, long total, String message);

    /** Whether the user asked the work to stop. */
    boolean isCancelled();

    /** Throws {@link WorkCancelledException} when the user asked the work to stop. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new WorkCancelledException();
        }
    }
}
