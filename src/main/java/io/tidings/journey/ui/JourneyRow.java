package io.tidings.journey.ui;

import io.tidings.journey.Journey;
import io.tidings.journey.JourneyFailure;
import io.tidings.journey.JourneyState;

/**
 * A journey in the Journeys list, with how many errors and warnings its validation found (null: not checked yet), and
 * what went wrong when the executor's last pass on it failed (null: it did not).
 */
public record JourneyRow(Journey journey, Integer errors, Integer warnings, JourneyFailure failure) {

    public JourneyRow(Journey journey, Integer errors, Integer warnings) {
        this(journey, errors, warnings, null);
    }

    public long id() {
        return journey.id();
    }

    public String name() {
        return journey.name();
    }

    public int activities() {
        return journey.graph().activities().size();
    }

    /** Draft, Running, Paused, Stopped, Completed; "Running · last pass failed: ..." while the executor fails. */
    public String stateWords() {
        boolean live = journey.state() == JourneyState.PUBLISHED || journey.state() == JourneyState.PAUSED;
        return stateWords(journey.state()) + (failure != null && live ? " \u00b7 " + failure.brief() : "");
    }

    static String stateWords(JourneyState state) {
        return switch (state) {
            case DRAFT -> "Draft";
            case PUBLISHED -> "Running";
            case PAUSED -> "Paused";
            case STOPPED -> "Stopped";
            case COMPLETED -> "Completed";
        };
    }

    /** "2 errors, 1 warning", "None", or empty while not checked. */
    public String problemsWords() {
        if (errors == null) {
            return "";
        }
        if (errors == 0 && warnings == 0) {
            return "None";
        }
        StringBuilder words = new StringBuilder();
        if (errors > 0) {
            words.append(errors).append(errors == 1 ? " error" : " errors");
        }
        if (warnings > 0) {
            words.append(words.length() > 0 ? ", " : "").append(warnings).append(warnings == 1 ? " warning" : " warnings");
        }
        return words.toString();
    }
}
