package io.tidings.audience;

import io.tidings.work.FileErrors;
import io.tidings.work.WholeFile;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The rows an import left out, as the file had them, in its own format: a CSV under the file's
 * own header row, with its own separator, or NDJSON lines. Correct them and import the file again; rows already imported
 * are not in it. Cells are written with the export's formula guard, which the import removes.
 */
final class RejectedRowsFile implements AutoCloseable {

    private final Path file;
    private final OutputStream out;
    private final CSVPrinter csv;

    private RejectedRowsFile(Path file, List<String> csvHeader, char separator) {
        this.file = file;
        try {
            this.out = WholeFile.newOutputStream(file);
        } catch (IOException e) {
            throw new ImportFileException(unwritable(e), e);
        }
        this.csv = csvHeader == null ? null : csvPrinter(csvHeader, separator);
    }

    private CSVPrinter csvPrinter(List<String> header, char separator) {
        try {
            CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
                    CSVFormat.RFC4180.builder().setDelimiter(separator).get());
            printer.printRecord(header);
            return printer;
        } catch (IOException e) {
            try {
                out.close();
            } catch (IOException alsoFailed) {
                e.addSuppressed(alsoFailed);
            }
            throw new ImportFileException(unwritable(e), e);
        }
    }

    /** A file for the rejected rows of {@code source}, in the source's format. */
    static RejectedRowsFile of(Path file, EndpointSource source) {
        if (source instanceof EndpointCsvReader csvReader) {
            return new RejectedRowsFile(file, csvReader.headers(), csvReader.separator());
        }
        return new RejectedRowsFile(file, null, ',');
    }

    void write(OriginalRow row) {
        try {
            if (row instanceof OriginalRow.CsvRow csvRow) {
                writeCells(csvRow.cells());
            } else if (row instanceof OriginalRow.JsonLine line) {
                out.write(line.bytes());
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(unwritable(e), e);
        }
    }

    private void writeCells(String[] cells) throws IOException {
        for (String cell : cells) {
            csv.print(CsvCells.neutralise(CsvCells.restore(cell)));
        }
        csv.println();
    }

    @Override
    public void close() {
        try {
            if (csv != null) {
                csv.close();
            } else {
                out.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(unwritable(e), e);
        }
    }

    private String unwritable(IOException problem) {
        return "The file of rejected rows to correct: " + FileErrors.whyUnwritable(file, problem);
    }
}
