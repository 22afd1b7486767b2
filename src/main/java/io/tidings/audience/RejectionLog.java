package io.tidings.audience;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Every row an import leaves out: counted, the first {@link ImportResult#MAX_LISTED} problems kept
 * for the result, and all of them streamed to the errors file (line, field, reason) when there is one.
 */
final class RejectionLog implements AutoCloseable {

    private final CSVPrinter errors;
    private final List<RejectedRow> listed = new ArrayList<>();
    private long rows;

    RejectionLog(Path errorsFile) throws IOException {
        if (errorsFile == null) {
            errors = null;
        } else {
            Writer writer = Files.newBufferedWriter(errorsFile, StandardCharsets.UTF_8);
            errors = new CSVPrinter(writer, CSVFormat.RFC4180);
            errors.printRecord("line", "field", "reason");
        }
    }

    /** Records one rejected row with each of its problems. */
    void reject(long line, List<FieldProblem> problems) {
        rows++;
        for (FieldProblem problem : problems) {
            RejectedRow rejected = new RejectedRow(line, problem.field(), problem.reason());
            if (listed.size() < ImportResult.MAX_LISTED) {
                listed.add(rejected);
            }
            if (errors != null) {
                try {
                    errors.printRecord(line, CsvCells.neutralise(problem.field()), CsvCells.neutralise(problem.reason()));
                } catch (IOException e) {
                    throw new UncheckedIOException("Could not write the errors file: " + e.getMessage(), e);
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
    public void close() throws IOException {
        if (errors != null) {
            errors.close();
        }
    }
}
