package io.tidings.channel.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.tidings.channel.DeliveryChannel;
import io.tidings.channel.Feedback;
import io.tidings.channel.ProviderReport;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class SimulatedOutcomesTest {

    private static final Instant SENT = Instant.parse("2026-03-02T09:00:00Z");
    private static final int MESSAGES = 10_000;

    @Test
    void tenThousandEmailsFollowTheRatesWithinTolerance() {
        SandboxSettings settings = SandboxSettings.defaults();
        Map<Feedback, Long> counts = countOf(DeliveryChannel.EMAIL, settings);

        // Binomial standard deviation at n = 10,000 is below 0.5 percentage points; allow 4 of them.
        assertThat(share(counts, Feedback.DELIVERED, MESSAGES)).isCloseTo(0.97, within(0.006));
        assertThat(share(counts, Feedback.HARD_BOUNCE, MESSAGES)).isCloseTo(0.01, within(0.004));
        assertThat(share(counts, Feedback.SOFT_BOUNCE, MESSAGES)).isCloseTo(0.01, within(0.004));
        long delivered = counts.get(Feedback.DELIVERED);
        assertThat(share(counts, Feedback.OPEN, delivered)).isCloseTo(0.40, within(0.02));
        assertThat(share(counts, Feedback.CLICK, counts.get(Feedback.OPEN))).isCloseTo(0.10, within(0.025));
        assertThat(counts.getOrDefault(Feedback.COMPLAINT, 0L)).isBetween(1L, 30L);
    }

    @Test
    void otherRatesAreFollowedToo() {
        Map<SandboxRate, Double> rates = new EnumMap<>(SandboxRate.class);
        rates.put(SandboxRate.SMS_DELIVERED, 70.0);
        rates.put(SandboxRate.SMS_FAILED, 20.0);
        rates.put(SandboxRate.EMAIL_COMPLAINT, 5.0);
        SandboxSettings settings = new SandboxSettings(true, rates);

        Map<Feedback, Long> sms = countOf(DeliveryChannel.SMS, settings);
        assertThat(share(sms, Feedback.DELIVERED, MESSAGES)).isCloseTo(0.70, within(0.02));
        assertThat(share(sms, Feedback.FAILED, MESSAGES)).isCloseTo(0.20, within(0.02));
        assertThat(sms.keySet()).containsOnly(Feedback.DELIVERED, Feedback.FAILED);

        Map<Feedback, Long> email = countOf(DeliveryChannel.EMAIL, settings);
        assertThat(share(email, Feedback.COMPLAINT, email.get(Feedback.DELIVERED))).isCloseTo(0.05, within(0.01));
    }

    @Test
    void theSameMessageIdAlwaysGetsTheSameReports() {
        SandboxSettings settings = SandboxSettings.defaults();
        for (long id = 1; id <= 500; id++) {
            assertThat(SimulatedOutcomes.of(id, DeliveryChannel.EMAIL, settings, SENT))
                    .isEqualTo(SimulatedOutcomes.of(id, DeliveryChannel.EMAIL, settings, SENT));
        }
        assertThat(LongStream.rangeClosed(1, 500).mapToObj(id -> SimulatedOutcomes.of(id, DeliveryChannel.EMAIL,
                settings, SENT)).filter(reports -> !reports.isEmpty()).map(reports -> reports.get(0).at()).distinct().count())
                .as("delays differ from message to message").isGreaterThan(400);
    }

    @Test
    void reportsComeAfterTheSendAtRealisticDelays() {
        SandboxSettings settings = SandboxSettings.defaults();
        for (long id = 1; id <= 2_000; id++) {
            List<ProviderReport> reports = SimulatedOutcomes.of(id, DeliveryChannel.EMAIL, settings, SENT);
            assertThat(reports).isSortedAccordingTo(Comparator.comparing(ProviderReport::at));
            for (ProviderReport report : reports) {
                Duration after = Duration.between(SENT, report.at());
                switch (report.feedback()) {
                    case DELIVERED -> assertThat(after).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(10));
                    case HARD_BOUNCE -> assertThat(after).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(30));
                    case SOFT_BOUNCE -> assertThat(after).isBetween(Duration.ofMinutes(15), Duration.ofHours(4));
                    case OPEN, COMPLAINT -> assertThat(after).isBetween(Duration.ofMinutes(1), Duration.ofDays(2).plusSeconds(10));
                    case CLICK -> assertThat(after).isGreaterThan(Duration.ofMinutes(1));
                    default -> throw new AssertionError("An email got " + report.feedback());
                }
            }
            if (reports.stream().anyMatch(report -> report.feedback() == Feedback.CLICK)) {
                assertThat(reports).extracting(ProviderReport::feedback).contains(Feedback.OPEN);
            }
        }
    }

    @Test
    void failuresSayWhatTheProviderWouldSay() {
        ProviderReport bounce = LongStream.rangeClosed(1, MESSAGES)
                .mapToObj(id -> SimulatedOutcomes.of(id, DeliveryChannel.EMAIL, SandboxSettings.defaults(), SENT))
                .flatMap(List::stream).filter(report -> report.feedback() == Feedback.HARD_BOUNCE).findFirst().orElseThrow();
        assertThat(bounce.attributes()).containsEntry("simulated", "true")
                .containsEntry("detail", "550 5.1.1 The mailbox does not exist");
    }

    @Test
    void switchedOffOrAtZeroNothingIsReported() {
        SandboxSettings off = new SandboxSettings(false, Map.of());
        Map<SandboxRate, Double> zero = new EnumMap<>(SandboxRate.class);
        for (SandboxRate rate : SandboxRate.values()) {
            zero.put(rate, 0.0);
        }
        SandboxSettings none = new SandboxSettings(true, zero);
        for (long id = 1; id <= 1_000; id++) {
            for (DeliveryChannel channel : DeliveryChannel.values()) {
                assertThat(SimulatedOutcomes.of(id, channel, off, SENT)).isEmpty();
                assertThat(SimulatedOutcomes.of(id, channel, none, SENT)).isEmpty();
            }
        }
    }

    @Test
    void pushAndVoiceAreDeliveredOrFailedOnly() {
        for (DeliveryChannel channel : List.of(DeliveryChannel.PUSH, DeliveryChannel.VOICE)) {
            Map<Feedback, Long> counts = countOf(channel, SandboxSettings.defaults());
            assertThat(counts.keySet()).containsOnly(Feedback.DELIVERED, Feedback.FAILED);
            assertThat(counts.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(MESSAGES);
        }
    }

    private static Map<Feedback, Long> countOf(DeliveryChannel channel, SandboxSettings settings) {
        return LongStream.rangeClosed(1, MESSAGES)
                .mapToObj(id -> SimulatedOutcomes.of(id, channel, settings, SENT))
                .flatMap(List::stream)
                .collect(Collectors.groupingBy(ProviderReport::feedback, () -> new EnumMap<>(Feedback.class), Collectors.counting()));
    }

    private static double share(Map<Feedback, Long> counts, Feedback feedback, long of) {
        return counts.getOrDefault(feedback, 0L) / (double) of;
    }

}
