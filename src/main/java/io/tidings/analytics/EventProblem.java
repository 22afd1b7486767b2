package io.tidings.analytics;

/** Why an event was refused: the field as the file names it, and what is wrong with it. */
public record EventProblem(String field, String reason) {

    @Override
    public String toString() {
        return field.isEmpty() ? reason : field + ": " + reason;
    }
}
