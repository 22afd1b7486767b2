package io.tidings.journey.ui;

import io.tidings.journey.Journey;
import io.tidings.journey.JourneyState;

/** A journey in the Journeys list, with how many errors and warnings its validation found (null: not checked yet). */
public record JourneyRow(Journey journey, Integer errors, Integer warnings) {

    public long id() {
        return journey.id();
    }

    public String name() {
        return journey.name();
    }

    public int activities() {
        return journey.graph().activities().size();
    }

    /** Draft, Running, Paused, Stopped, Completed. */
    public String stateWords() {
        return stateWords(journey.state());
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
