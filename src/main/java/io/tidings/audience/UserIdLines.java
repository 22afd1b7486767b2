package io.tidings.audience;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A CSV of user ids alone, which selects those users' endpoints: Pinpoint's user guide lets a line
 * hold several ids separated by spaces. Each id becomes a row of its own, numbered by its line.
 */
final class UserIdLines {

    private UserIdLines() {
    }

    /** The column of a file whose only column is {@code User.UserId}; -1 for any other file. */
    static int column(FieldPath[] columns) {
        int found = -1;
        for (int column = 0; column < columns.length; column++) {
            if (columns[column] != null) {
                if (found >= 0) {
                    return -1;
                }
                found = column;
            }
        }
        return found >= 0 && columns[found].field() == StandardField.USER_ID ? found : -1;
    }

    /**
     * A row for each id of a line that holds several; empty when it holds one or none, to be read
     * as any row. Each row's original is its id alone, so the rows to correct list only the ids refused.
     */
    static List<ImportedRow> rows(String[] cells, int column, long line, EndpointRules rules, boolean keepOriginals) {
        String cell = column < cells.length ? CsvCells.restore(cells[column]).strip() : "";
        String[] ids = cell.split("\\s+");
        if (ids.length < 2) {
            return List.of();
        }
        FieldPath userId = FieldPath.standard(StandardField.USER_ID);
        List<ImportedRow> rows = new ArrayList<>(ids.length);
        for (String id : ids) {
            EndpointDraft draft = new EndpointDraft();
            draft.add(userId, id);
            rows.add(draft.toRow(line, rules, keepOriginals ? new OriginalRow.CsvRow(alone(cells.length, column, id)) : null));
        }
        return rows;
    }

    private static String[] alone(int width, int column, String id) {
        String[] cells = new String[Math.max(width, column + 1)];
        Arrays.fill(cells, "");
        cells[column] = id;
        return cells;
    }
}
