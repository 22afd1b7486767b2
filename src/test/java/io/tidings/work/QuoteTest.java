package io.tidings.work;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuoteTest {

    @Test
    void aShortValueIsQuotedAsItIs() {
        assertThat(Quote.of("Gold")).isEqualTo("\"Gold\"");
        assertThat(Quote.of("Zoë 🏃")).isEqualTo("\"Zoë 🏃\"");
    }

    @Test
    void aLongValueShowsEightyCharactersAndItsLength() {
        assertThat(Quote.of("x".repeat(1_234_567))).isEqualTo("\"" + "x".repeat(80) + "…\" (1,234,567 characters)");
        // A character outside the BMP at the cut is not split into half a surrogate pair.
        assertThat(Quote.shown("x".repeat(79) + "🏃" + "y")).isEqualTo("x".repeat(79) + "…");
    }

    @Test
    void controlCharactersAndDirectionMarksAreWrittenOut() {
        assertThat(Quote.of("\u001B[2J\u0000\t\u007F\u0085\u202Eevil")).isEqualTo("\"\\u001B[2J\\u0000\\u0009\\u007F\\u0085\\u202Eevil\"");
        assertThat(Quote.message("line one\nline \u001B two")).isEqualTo("line one\nline \\u001B two");
    }

    @Test
    void aWholeMessageIsCutAtTwoThousandCharacters() {
        assertThat(Quote.message("m".repeat(10_000))).hasSize(2_001).endsWith("m…");
    }
}
