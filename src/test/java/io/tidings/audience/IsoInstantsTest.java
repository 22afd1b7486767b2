package io.tidings.audience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IsoInstantsTest {

    @Test
    void writesAndReadsWhatTheJdkWritesAndReads() {
        Random random = new Random(7);
        for (int run = 0; run < 100_000; run++) {
            long seconds = random.nextLong(-70_000_000_000L, 300_000_000_000L);
            Instant instant = Instant.ofEpochSecond(seconds, run % 10 == 0 ? random.nextInt(1_000_000_000) : 0);
            String text = IsoInstants.format(instant);
            assertThat(text).isEqualTo(instant.toString());
            assertThat(IsoInstants.parse(text)).isEqualTo(instant);
        }
    }

    @Test
    void leavesTheEdgesToTheJdk() {
        assertThat(IsoInstants.parse("2024-02-29T23:59:59Z")).isEqualTo(Instant.parse("2024-02-29T23:59:59Z"));
        assertThat(IsoInstants.parse("2026-01-31T00:00:00Z")).isEqualTo(Instant.parse("2026-01-31T00:00:00Z"));
        assertThatThrownBy(() -> IsoInstants.parse("2026-02-30T00:00:00Z")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> IsoInstants.parse("2026-13-01T00:00:00Z")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> IsoInstants.parse("2026-1x-01T00:00:00Z")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> IsoInstants.parse("2026-01-01 00:00:00Z")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> IsoInstants.parse("2026-04-31T00:00:00Z")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> IsoInstants.parse("2026-01-01T00:00:00,5Z")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> IsoInstants.parse("2026-01-01T00:00:00.1234567890Z"))
                .isInstanceOf(DateTimeParseException.class);
    }

    @Test
    void readsFractionsOfAnyLengthAsTheJdkDoes() {
        for (String text : new String[] {"2026-03-01T09:30:00.5Z", "2026-03-01T09:30:00.25Z", "2026-03-01T09:30:00.398Z",
                "2026-03-01T09:30:00.0398Z", "2026-03-01T09:30:00.398767Z", "2026-03-01T09:30:00.398767588Z",
                "2026-03-01T09:30:00.000000001Z", "1999-12-31T23:59:59.999Z", "2024-02-29T12:00:00.1Z",
                "2026-03-01T09:30:00.Z", "2026-03-01T23:59:60Z"}) {
            Instant expected;
            try {
                expected = Instant.parse(text);
            } catch (DateTimeParseException refused) {
                assertThatThrownBy(() -> IsoInstants.parse(text)).as(text).isInstanceOf(DateTimeParseException.class);
                continue;
            }
            assertThat(IsoInstants.parse(text)).as(text).isEqualTo(expected);
        }
    }
}
