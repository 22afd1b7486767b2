package io.tidings.work;

import java.util.Locale;

/**
 * Shows text the user gave (a cell, a name, a value from a file) inside a message: at most {@value #MOST}
 * characters of it, and every control character written out visibly (ESC as {@code \u001B}), so that a 100 MB
 * cell is not echoed whole and an escape sequence in a file does not reach the terminal as one.
 */
public final class Quote {

    /** The most characters of a value a message shows. */
    public static final int MOST = 80;
    /** The most characters of a whole message shown on a terminal, however many values it names. */
    static final int MOST_IN_A_MESSAGE = 2_000;

    private Quote() {
    }

    /** The value in double quotes, shortened and escaped; a shortened value says how long it is. */
    public static String of(String value) {
        if (value == null) {
            return "nothing";
        }
        String quoted = "\"" + shown(value) + "\"";
        return value.length() > MOST ? quoted + String.format(Locale.ROOT, " (%,d characters)", value.length()) : quoted;
    }

    /** The text shortened to {@value #MOST} characters (with … after) and escaped, without quotes: for a field's name. */
    public static String shown(String text) {
        return escaped(shortened(text, MOST), false);
    }

    /** A whole message as a terminal should get it: control characters but line breaks escaped, and not too long. */
    public static String message(String message) {
        return message == null ? "" : escaped(shortened(message, MOST_IN_A_MESSAGE), true);
    }

    private static String shortened(String text, int most) {
        if (text.length() <= most) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(most - 1)) ? most - 1 : most;
        return text.substring(0, end) + "…";
    }

    private static String escaped(String text, boolean keepLines) {
        StringBuilder shown = null;
        for (int index = 0; index < text.length(); index++) {
            char character = text.charAt(index);
            boolean escape = isControl(character) && !(keepLines && character == '\n');
            if (escape && shown == null) {
                shown = new StringBuilder(text.length() + 16).append(text, 0, index);
            }
            if (escape) {
                shown.append(String.format(Locale.ROOT, "\\u%04X", (int) character));
            } else if (shown != null) {
                shown.append(character);
            }
        }
        return shown == null ? text : shown.toString();
    }

    /** C0 and C1 controls, DEL, and the marks that reverse the direction of the text after them. */
    private static boolean isControl(char character) {
        return character < 0x20 || (character >= 0x7F && character <= 0x9F)
                || (character >= '\u202A' && character <= '\u202E') || (character >= '\u2066' && character <= '\u2069');
    }
}
