package io.tidings.audience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class JsonProblemsTest {

    @Test
    void aLineNestedDeeperThanJacksonReadsIsRefusedInWords() {
        JsonProcessingException deep = catchThrowableOfType(JsonProcessingException.class,
                () -> new ObjectMapper().readTree("[".repeat(5_000) + "]".repeat(5_000)));

        assertThat(JsonProblems.ofLine(deep)).startsWith("the line is not valid JSON")
                .contains("nesting depth").doesNotContain("`", "StreamReadConstraints");
    }

    @Test
    void aProblemWithoutAPlaceStillSaysWhat() {
        // Found by the fuzz test: some of Jackson's refusals come without a location.
        JsonParseException placeless = new JsonParseException(null, "Unexpected end-of-input", (Throwable) null);

        assertThat(JsonProblems.ofLine(placeless)).isEqualTo("the line is not valid JSON: Unexpected end-of-input");
    }
}
