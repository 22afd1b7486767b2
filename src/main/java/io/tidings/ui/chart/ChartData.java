package io.tidings.ui.chart;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import io.tidings.work.WholeFile;

/** A chart's data as a table: a header and rows of text, written as CSV. */
public record ChartData(List<String> header, List<List<String>> rows) {

    public ChartData {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
    }

    /** Builds a table row by row. */
    public static final class Builder {
        private final List<String> header;
        private final List<List<String>> rows = new ArrayList<>();

        public Builder(String... header) {
            this.header = List.of(header);
        }

        public Builder row(Object... values) {
            List<String> row = new ArrayList<>();
            for (Object value : values) {
                row.add(value == null ? "" : value.toString());
            }
            rows.add(row);
            return this;
        }

        public ChartData build() {
            return new ChartData(header, rows);
        }
    }

    /** Writes the table as CSV (RFC 4180), whole or not at all. */
    public void writeCsv(Path file) throws IOException {
        WholeFile.write(file, out -> {
            try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
                csv.printRecord(header);
                for (List<String> row : rows) {
                    csv.printRecord(row);
                }
            }
            return null;
        });
    }
}
