package io.tidings.server;

/** A client's value quoted in an answer or the log: short, and without control characters. */
final class Words {

    private static final int LONGEST = 40;

    private Words() {
    }

    static String printable(String value) {
        if (value == null) {
            return "nothing";
        }
        StringBuilder shown = new StringBuilder();
        for (int index = 0; index < value.length() && shown.length() < LONGEST; index++) {
            char c = value.charAt(index);
            shown.append(c < 0x20 || c == 0x7f ? '?' : c);
        }
        return value.length() > LONGEST ? shown + "…" : shown.toString();
    }
}
