package io.tidings.segment;

/**
 * A value a criterion names that no endpoint has, and the value the marketer probably meant.
 *
 * @param likely a value the data has that is close to it (US for "United States"), or null
 */
public record UnknownValue(String value, String likely) {

    /** "no endpoint has "USA"; did you mean US?" */
    public String sentence() {
        return "no endpoint has \"" + value + "\"" + (likely == null ? "" : "; did you mean " + likely + "?");
    }
}
