package io.tidings.journey.ui.simulation;

/** One activity's totals in the simulator: entered, sent, waiting at the end, left there, and each port's count. */
public record ActivityTotalRow(String activity, String kind, long entered, long sent, long waiting, long left,
        String wentOn) {
}
