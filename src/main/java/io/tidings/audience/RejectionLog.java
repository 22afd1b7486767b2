package io.tidings.audience;

import io.tidings.work.FileErrors;
import io.tidings.work.WholeFile;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Every row an import leaves out: counted, the first {@link ImportResult#MAX_LISTED} problems kept
 * for the result, all of them streamed to the errors file (line, field, reason) when there is one,
 * and the rows themselves, as the file had them, to the rejected rows file when there is one.
 */
final class RejectionLog implements AutoCloseable {

    private final Path errorsFile;
    private final CSVPrinter errors;
    private final RejectedRowsFile rejectedRows;
    private final List<RejectedRow> listed = new ArrayList<>();
    private long rows;

    /** @param rejectedRows where the rejected rows go as the file had them; null for nowhere */
    RejectionLog(Path errorsFile, RejectedRowsFile rejectedRows) {
        this.errorsFile = errorsFile;
        this.rejectedRows = rejectedRows;
        if (errorsFile == null) {
            errors = null;
        } else {
            try {
                Writer writer = new OutputStreamWriter(WholeFile.newOutputStream(errorsFile), StandardCharsets.UTF_8);
                errors = new CSVPrinter(writer, CSVFormat.RFC4180);
                errors.printRecord("line", "field", "reason");
            } catch (IOException e) {
                if (rejectedRows != null) {
                    rejectedRows.close();
                }
                throw new ImportFileException(unwritable(e), e);
            }
        }
    }

    /**
     * Records one rejected row with each of its problems, and the row as the file had it when it is
     * known (a row found over a limit only once the whole file is in knows its line alone).
     */
    void reject(long line, List<FieldProblem> problems, OriginalRow original) {
        rows++;
        if (rejectedRows != null && original != null) {
            rejectedRows.write(original);
        }
        for (FieldProblem problem : problems) {
            RejectedRow rejected = new RejectedRow(line, problem.field(), problem.reason());
            if (listed.size() < ImportResult.MAX_LISTED) {
                listed.add(rejected);
            }
            if (errors != null) {
                try {
                    errors.printRecord(line, CsvCells.neutralise(problem.field()), CsvCells.neutralise(problem.reason()));
                } catch (IOException e) {
                    throw new UncheckedIOException(unwritable(e), e);
                }
            }
        }
    }

    long rows() {
        return rows;
    }

    List<RejectedRow> listed() {
        return listed;
    }

    @Override
    public void close() {
        try (rejectedRows) {
            closeErrors();
        }
    }

    private void closeErrors() {
        if (errors != null) {
            try {
                errors.close();
            } catch (IOException e) {
                throw new UncheckedIOException(unwritable(e), e);
            }
        }
    }

    private String unwritable(IOException problem) {
        return "The list of rejected rows: " + FileErrors.whyUnwritable(errorsFile, problem);
    }
}
