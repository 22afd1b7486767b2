package io.tidings.delivery;

/** When and why later an endpoint gets its message, in the marketer's words (the reasons are ReasonWords), the same in the
 * campaign pre-flight and in {@code send --dry-run}. */
public final class ForecastWords {

    private ForecastWords() {
    }

    public static String of(PreflightReport.Wait wait) {
        if (wait == null) {
            return "";
        }
        return switch (wait) {
            case QUIET_TIME -> "Held until quiet time ends";
            case LOCAL_TIME -> "At the start time in their own time zone";
            case RATE -> "Queued behind the messages-per-second limit";
        };
    }

    public static String of(PreflightReport.Timing timing) {
        return switch (timing) {
            case NOW -> "Now";
            case LATER -> "Later";
            case NOT_SENT -> "Not sent";
        };
    }
}
