package io.tidings.campaign.ui;

import java.util.List;

/**
 * One line of the review step's pre-flight: endpoints of one treatment that get it now, later or not at all, for one
 * reason.
 *
 * @param treatment "Default treatment", "Treatment 2 (Short subject)" or "Holdout"
 * @param when "Now", "Later" or "Not sent"
 * @param why the reason in words; empty for "Now"
 * @param samples a few of their endpoint ids
 */
public record PreflightLine(String treatment, String when, String why, long endpoints, List<String> samples) {

    public PreflightLine {
        samples = List.copyOf(samples);
    }
}
