package io.tidings.audience;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes Pinpoint's CSV import format: every standard field, then one column per attribute
 * value (the header repeated as often as the most values any endpoint has), then metrics. Cells
 * are guarded against formula injection by {@link CsvCells}, which the import undoes, unless the
 * file is for a program rather than a spreadsheet.
 */
final class EndpointCsvWriter implements EndpointFileWriter {

    private final CSVPrinter printer;
    private final List<FieldPath> custom = new ArrayList<>();
    private final List<Integer> widths = new ArrayList<>();
    private final List<String> cells = new ArrayList<>();
    private final boolean formulaGuard;

    EndpointCsvWriter(Writer out, Map<FieldPath, Integer> columns, boolean formulaGuard) throws IOException {
        this.printer = new CSVPrinter(out, CSVFormat.RFC4180);
        this.formulaGuard = formulaGuard;
        List<String> header = new ArrayList<>();
        for (StandardField field : StandardField.values()) {
            header.add(field.path());
        }
        for (var column : columns.entrySet()) {
            custom.add(column.getKey());
            widths.add(column.getValue());
            for (int repeat = 0; repeat < column.getValue(); repeat++) {
                header.add(column.getKey().toString());
            }
        }
        printer.printRecord(header);
    }

    @Override
    public void write(Endpoint endpoint) throws IOException {
        cells.clear();
        for (StandardField field : StandardField.values()) {
            cells.add(cell(field.textOf(endpoint)));
        }
        for (int index = 0; index < custom.size(); index++) {
            FieldPath path = custom.get(index);
            List<String> values = valuesOf(endpoint, path);
            for (int slot = 0; slot < widths.get(index); slot++) {
                cells.add(slot < values.size() ? cell(values.get(slot)) : "");
            }
        }
        printer.printRecord(cells);
    }

    private static List<String> valuesOf(Endpoint endpoint, FieldPath path) {
        return switch (path.scope()) {
            case ATTRIBUTE -> endpoint.attributes().getOrDefault(path.name(), List.of());
            case USER_ATTRIBUTE -> endpoint.user().userAttributes().getOrDefault(path.name(), List.of());
            case METRIC -> {
                Double value = endpoint.metrics().get(path.name());
                yield value == null ? List.of() : List.of(NumberText.of(value));
            }
        };
    }

    private String cell(String value) {
        if (value == null) {
            return "";
        }
        return formulaGuard ? CsvCells.neutralise(value) : value;
    }

    @Override
    public void close() throws IOException {
        printer.close();
    }
}
