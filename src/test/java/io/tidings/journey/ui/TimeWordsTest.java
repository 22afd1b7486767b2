package io.tidings.journey.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tidings.journey.WaitTime;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class TimeWordsTest {

    private final TimeWords words = new TimeWords(ZoneId.of("Europe/Paris"));

    @Test
    void durationsAreReadAsAMarketerTypesThem() {
        assertThat(words.wait("3 days")).contains(WaitTime.waitFor(Duration.ofDays(3)));
        assertThat(words.wait("1 day 12 hours")).contains(WaitTime.waitFor(Duration.ofHours(36)));
        assertThat(words.wait("2 weeks")).contains(WaitTime.waitFor(Duration.ofDays(14)));
        assertThat(words.wait("90 minutes")).contains(WaitTime.waitFor(Duration.ofMinutes(90)));
        assertThat(words.wait("P3D")).contains(WaitTime.waitFor(Duration.ofDays(3)));
        assertThat(words.wait("  ")).isEmpty();
    }

    @Test
    void aMomentIsOnTheZonesClocksAndWrittenBackTheSameWay() {
        WaitTime until = words.wait("until 1 Dec 2026 09:00").orElseThrow();
        assertThat(until.waitUntil()).isEqualTo(Instant.parse("2026-12-01T08:00:00Z"));
        assertThat(words.words(until)).isEqualTo("until 1 Dec 2026 09:00");
        assertThat(words.words(WaitTime.waitFor(Duration.ofHours(60)))).isEqualTo("2 days 12 hours");
    }

    @Test
    void whatCannotBeReadIsRefusedSayingWhatToType() {
        assertThatThrownBy(() -> words.wait("3 dayz")).hasMessageContaining("\u201c3 dayz\u201d is not a length of time")
                .hasMessageContaining("3 days");
        assertThatThrownBy(() -> words.wait("soon")).hasMessageContaining("not a length of time");
        assertThatThrownBy(() -> words.wait("0 days")).hasMessageContaining("not a length of time");
        assertThatThrownBy(() -> words.wait("until tomorrow")).hasMessageContaining("not a date and time");
    }
}
