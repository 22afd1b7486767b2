package io.tidings.audience;

import java.util.regex.Pattern;

/**
 * Guards CSV cells against formula injection, reversibly: a cell that a spreadsheet could run as a
 * formula (one that starts with {@code =}, {@code @}, a tab, a carriage return, or {@code +} or
 * {@code -} not starting a plain number) or that starts with {@code '} is written with one more
 * {@code '} in front, and the import removes one {@code '} when it is followed by one of those
 * characters. Plain numbers, signed or not, stay as they are: a phone number {@code +14155550123}
 * is written so, as Pinpoint's own import reads it, and a value that really starts with {@code '=}
 * survives the round trip too.
 */
final class CsvCells {

    /** What may follow the guard's apostrophe: what the import takes it off before. */
    private static final String GUARDED_STARTS = "=+-@'\t\r";

    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private CsvCells() {
    }

    static String neutralise(String cell) {
        if (cell.isEmpty()) {
            return cell;
        }
        boolean guarded = switch (cell.charAt(0)) {
            case '=', '@', '\t', '\r', '\'' -> true;
            case '+', '-' -> !PLAIN_NUMBER.matcher(cell).matches();
            default -> false;
        };
        return guarded ? "'" + cell : cell;
    }

    static String restore(String cell) {
        if (cell.length() >= 2 && cell.charAt(0) == '\'' && GUARDED_STARTS.indexOf(cell.charAt(1)) >= 0) {
            return cell.substring(1);
        }
        return cell;
    }
}
