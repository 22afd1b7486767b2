package io.tidings.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JobOptionsJsonTest {

    @Test
    void optionsRoundTripInPinpointsShape() {
        JobOptions options = JobOptions.DEFAULTS
                .withQuietTime(new QuietTime(LocalTime.of(21, 0), LocalTime.of(8, 0), QuietTime.Action.DROP, false))
                .withMessagesPerEndpoint(1)
                .withDailyCapPerEndpoint(3)
                .withFallbackTimezone(ZoneId.of("Europe/Berlin"));

        String json = JobOptionsJson.write(options);

        assertThat(json).isEqualTo("{\"QuietTime\":{\"Start\":\"21:00\",\"End\":\"08:00\",\"Action\":\"DROP\","
                + "\"PromotionalOnly\":false},\"Limits\":{\"Total\":1,\"Daily\":3},\"FallbackTimezone\":\"Europe/Berlin\"}");
        assertThat(JobOptionsJson.read(json)).isEqualTo(options);
    }

    @Test
    void noOptionsAreAnEmptyObjectAndQuietTimeDefaultsToHoldingPromotionalMessages() {
        assertThat(JobOptionsJson.write(JobOptions.DEFAULTS)).isEqualTo("{}");
        assertThat(JobOptionsJson.read("{}")).isEqualTo(JobOptions.DEFAULTS);
        assertThat(JobOptionsJson.read("{\"QuietTime\":{\"Start\":\"22:00\",\"End\":\"06:00\"},\"Later\":1}").quietTime())
                .isEqualTo(QuietTime.of(LocalTime.of(22, 0), LocalTime.of(6, 0), QuietTime.Action.HOLD));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            {"QuietTime":{"Start":"25:00","End":"08:00"}}                  | QuietTime.Start "25:00" is not a time of day
            {"QuietTime":{"Start":"21:00"}}                                | QuietTime.End "" is not a time of day
            {"QuietTime":{"Start":"21:00","End":"08:00","Action":"WAIT"}}  | QuietTime.Action "WAIT" is neither HOLD nor DROP
            {"QuietTime":{"Start":"21:00","End":"08:00","PromotionalOnly":"yes"}} | QuietTime.PromotionalOnly must be true or false
            {"QuietTime":{"Start":"21:00","End":"21:00"}}                  | QuietTime.Start and QuietTime.End are both 21:00
            {"Limits":{"Daily":-1}}                                        | Limits.Daily is -1
            {"Limits":{"Total":1.5}}                                       | Limits.Total must be a whole number
            {"FallbackTimezone":"Mars/Olympus"}                            | FallbackTimezone "Mars/Olympus" is not a time zone name
            [1]                                                            | must be a JSON object
            {"QuietTime":                                                  | not JSON
            """)
    void badSettingsNameTheFieldAtFault(String json, String message) {
        assertThatThrownBy(() -> JobOptionsJson.read(json))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }
}
