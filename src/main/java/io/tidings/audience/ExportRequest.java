package io.tidings.audience;

import java.nio.file.Path;

/**
 * One export of endpoints to a file.
 *
 * @param formulaGuard whether CSV cells that a spreadsheet could run as formulas get the guard the
 *     import takes off again ({@link CsvCells}); false writes every value as it is, for a program to read
 */
public record ExportRequest(ExportFormat format, ExportScope scope, Path file, boolean formulaGuard) {

    /** An export with the formula guard, as for a person who may open the file in a spreadsheet. */
    public ExportRequest(ExportFormat format, ExportScope scope, Path file) {
        this(format, scope, file, true);
    }
}
