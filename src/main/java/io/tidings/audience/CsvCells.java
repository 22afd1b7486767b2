package io.tidings.audience;

/**
 * Guards CSV cells against formula injection, reversibly: a cell that starts with {@code =},
 * {@code +}, {@code -}, {@code @} or {@code '} is written with one more {@code '} in front, and the
 * import removes one {@code '} when it is followed by one of those five characters. So a phone
 * number {@code +14155550123} is written {@code '+14155550123} and read back exactly, and a
 * value that really starts with {@code '=} survives the round trip too.
 */
final class CsvCells {

    private static final String RISKY_STARTS = "=+-@'";

    private CsvCells() {
    }

    static String neutralise(String cell) {
        if (!cell.isEmpty() && RISKY_STARTS.indexOf(cell.charAt(0)) >= 0) {
            return "'" + cell;
        }
        return cell;
    }

    static String restore(String cell) {
        if (cell.length() >= 2 && cell.charAt(0) == '\'' && RISKY_STARTS.indexOf(cell.charAt(1)) >= 0) {
            return cell.substring(1);
        }
        return cell;
    }
}
