package io.tidings.journey.ui.simulation;

/** The simulator form's numbers as typed: whole numbers in a range, and percents (empty: not given). */
final class FormNumbers {

    private FormNumbers() {
    }

    /** The whole number typed (thousands separators allowed), or null when it is not one from least to most. */
    static Integer wholeNumber(String text, int least, int most) {
        try {
            int number = Integer.parseInt(text == null ? "" : text.strip().replace(",", ""));
            return number >= least && number <= most ? number : null;
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    /** Whether the text is empty or a percent from 0 to 100. */
    static boolean isPercentOrEmpty(String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        Double percent = percent(text);
        return percent != null && percent >= 0 && percent <= 100;
    }

    /** The percent typed ("40", "12.5 %"), or null when empty or not a number. */
    static Double percent(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Double.parseDouble(text.strip().replace("%", "").strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
