package io.tidings.audience;

import io.tidings.country.CountryCodes;
import io.tidings.work.FileErrors;
import io.tidings.work.Quote;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads Pinpoint's CSV import format: a header row of field paths (a repeated attribute header
 * means several values), or any header with a {@link ColumnMapping}; cells separated by commas, or
 * by semicolons or tabs as spreadsheets in some countries save them ({@link CsvSeparator}). Rows are numbered by the file
 * line where they start, so a quoted value with line breaks does not shift the numbers.
 */
final class EndpointCsvReader implements EndpointSource {

    private static final Pattern UNCLOSED_QUOTE =
            Pattern.compile("\\(startline (\\d+)\\) EOF reached before encapsulated token finished");
    private static final Pattern TEXT_AFTER_QUOTE =
            Pattern.compile("Invalid character between encapsulated token and delimiter at line: (\\d+)");
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

    private final Path file;
    private final String fileName;
    private final TextFile text;
    private final char separator;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<String> headers;
    private final FieldPath[] columns;
    private final Map<FieldPath, String> fixedValues = new LinkedHashMap<>();
    private final EndpointRules rules;
    private final boolean keepOriginals;
    /** A mapped file (the wizard's mapping step) may name countries in English, as spreadsheets do. */
    private final boolean countryNames;
    /** The column of a file of user ids alone, which may give several on a line ({@link UserIdLines}); -1 otherwise. */
    private final int userIdColumn;
    private final Deque<ImportedRow> pending = new ArrayDeque<>(0);

    private EndpointCsvReader(Path file, TextFile text, ColumnMapping mapping, EndpointRules rules,
            boolean keepOriginals) throws IOException {
        this.file = file;
        this.keepOriginals = keepOriginals;
        this.fileName = file.getFileName().toString();
        this.text = text;
        this.rules = rules;
        this.separator = CsvSeparator.of(text.reader());
        this.parser = CSVParser.builder().setReader(text.reader())
                .setFormat(FORMAT.builder().setDelimiter(separator).get()).get();
        this.records = parser.iterator();
        CSVRecord header = nextRecord();
        if (header == null) {
            throw new ImportFileException(fileName + " is empty: it needs a header row of field paths");
        }
        this.headers = header.toList();
        this.columns = mapping == null ? columnsOf(headers) : columnsOf(mapping);
        this.countryNames = mapping != null;
        this.userIdColumn = UserIdLines.column(columns);
        if (mapping != null) {
            mapping.fixedValues().forEach((path, value) -> {
                try {
                    FieldPath field = FieldPath.parse(path);
                    fixedValues.put(field, cell(field, value));
                } catch (IllegalArgumentException unknown) {
                    throw new ImportFileException("The mapping's value for every row: " + unknown.getMessage());
                }
            });
        }
    }

    /** @param keepOriginals whether each row carries its cells as written, for the rejected rows file */
    static EndpointCsvReader open(Path file, ColumnMapping mapping, EndpointRules rules, boolean keepOriginals)
            throws IOException {
        TextFile text = TextFile.open(file);
        try {
            return new EndpointCsvReader(file, text, mapping, rules, keepOriginals);
        } catch (IOException | RuntimeException e) {
            text.reader().close();
            throw e;
        }
    }

    List<String> headers() {
        return headers;
    }

    /** The character between the file's cells: a comma, a semicolon or a tab (see {@link CsvSeparator}). */
    char separator() {
        return separator;
    }

    private FieldPath[] columnsOf(List<String> header) {
        List<String> paths = new ArrayList<>(header);
        return columnPaths(paths, "line 1");
    }

    private FieldPath[] columnsOf(ColumnMapping mapping) {
        if (mapping.fieldPaths().size() > headers.size()) {
            throw new ImportFileException(fileName + " has " + headers.size() + " columns but the mapping names "
                    + mapping.fieldPaths().size());
        }
        return columnPaths(mapping.fieldPaths(), "the mapping");
    }

    private FieldPath[] columnPaths(List<String> paths, String where) {
        FieldPath[] result = new FieldPath[paths.size()];
        Set<FieldPath> single = new HashSet<>();
        for (int column = 0; column < paths.size(); column++) {
            String path = paths.get(column);
            if (path == null) {
                continue;
            }
            String place = fileName + ", " + where + ", column " + (column + 1) + ": ";
            try {
                result[column] = FieldPath.parse(path);
            } catch (IllegalArgumentException unknown) {
                throw new ImportFileException(place + unknown.getMessage());
            }
            boolean repeatable = result[column].scope() == AttributeScope.ATTRIBUTE
                    || result[column].scope() == AttributeScope.USER_ATTRIBUTE;
            if (!repeatable && !single.add(result[column])) {
                throw new ImportFileException(place + Quote.of(path) + " appears twice; only Attributes and "
                        + "User.UserAttributes columns can repeat (one value per column)");
            }
        }
        return result;
    }

    @Override
    public ImportedRow next() throws IOException {
        if (!pending.isEmpty()) {
            return pending.poll();
        }
        while (true) {
            long line = parser.getCurrentLineNumber() + 1;
            CSVRecord record = nextRecord();
            if (record == null) {
                return null;
            }
            if (record.size() == 1 && record.get(0).isEmpty()) {
                continue;
            }
            if (userIdColumn >= 0 && fixedValues.isEmpty() && record.size() <= columns.length) {
                pending.addAll(UserIdLines.rows(record.values(), userIdColumn, line, rules, keepOriginals));
                if (!pending.isEmpty()) {
                    return pending.poll();
                }
            }
            EndpointDraft draft = new EndpointDraft();
            if (record.size() > columns.length) {
                draft.reject("", "the row has " + record.size() + " cells but the header has " + columns.length);
            }
            fixedValues.forEach(draft::add);
            int cells = Math.min(record.size(), columns.length);
            for (int column = 0; column < cells; column++) {
                FieldPath path = columns[column];
                if (path != null) {
                    draft.add(path, cell(path, CsvCells.restore(record.get(column))));
                }
            }
            return draft.toRow(line, rules, keepOriginals ? new OriginalRow.CsvRow(record.values()) : null);
        }
    }

    /** A cell's value for the field: in a mapped file, a country's English name becomes its code. */
    private String cell(FieldPath path, String value) {
        if (countryNames && path.field() == StandardField.COUNTRY) {
            String code = CountryCodes.alpha2OrName(value);
            return code != null ? code : value;
        }
        return value;
    }

    private CSVRecord nextRecord() throws IOException {
        try {
            return records.hasNext() ? records.next() : null;
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof ZipException || e.getCause() instanceof EOFException) {
                throw new ImportFileException(FileErrors.whyUnreadable(file, e.getCause()) + " (after line "
                        + parser.getCurrentLineNumber() + ")", e);
            }
            if (e.getCause() instanceof CharacterCodingException) {
                throw new ImportFileException(fileName + " is not UTF-8 text after line "
                        + parser.getCurrentLineNumber() + "; save it as CSV UTF-8", e);
            }
            throw new ImportFileException(syntaxProblem(e.getCause().getMessage()), e);
        }
    }

    /** Commons CSV's words for a quoting mistake, in the marketer's: what is wrong and on which line. */
    private String syntaxProblem(String parserMessage) {
        Matcher unclosed = UNCLOSED_QUOTE.matcher(parserMessage);
        if (unclosed.find()) {
            return fileName + ", line " + unclosed.group(1) + ": a quoted value has no closing double quote, so the"
                    + " file ends inside it";
        }
        Matcher afterQuote = TEXT_AFTER_QUOTE.matcher(parserMessage);
        if (afterQuote.find()) {
            return fileName + ", line " + afterQuote.group(1) + ": text follows a quoted value's closing double"
                    + " quote; write a double quote inside a quoted value twice (\"\")";
        }
        return fileName + " is not valid CSV after line " + parser.getCurrentLineNumber() + ": " + parserMessage;
    }

    @Override
    public long bytesRead() {
        return text.bytesRead();
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
