package io.tidings.audience;

import java.io.BufferedReader;
import java.io.IOException;

/**
 * The character between a CSV file's cells, told from its header row. Pinpoint's files use commas;
 * a spreadsheet saving "CSV" where the decimal mark is a comma (much of Europe) uses semicolons, and
 * "text" exports use tabs. A header with a comma outside quotes is comma-separated; one without
 * commas but with semicolons or tabs is separated by whichever it has more of.
 */
final class CsvSeparator {

    /** Far longer than any header of field paths; a longer first line is read as comma-separated. */
    private static final int HEADER_LOOKAHEAD = 1 << 15;

    private CsvSeparator() {
    }

    /** Reads the first line of {@code reader} and puts it back; returns the separator it uses. */
    static char of(BufferedReader reader) throws IOException {
        reader.mark(HEADER_LOOKAHEAD + 1);
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        try {
            for (int read = 0; read < HEADER_LOOKAHEAD; read++) {
                int character = reader.read();
                if (character == -1 || (!quoted && (character == '\n' || character == '\r'))) {
                    break;
                }
                if (character == '"') {
                    quoted = !quoted;
                } else if (!quoted && character == ',') {
                    commas++;
                } else if (!quoted && character == ';') {
                    semicolons++;
                } else if (!quoted && character == '\t') {
                    tabs++;
                }
            }
        } finally {
            reader.reset();
        }
        if (commas > 0 || semicolons + tabs == 0) {
            return ',';
        }
        return semicolons >= tabs ? ';' : '\t';
    }
}
