package io.tidings.channel.sandbox;

import io.tidings.channel.DeliveryChannel;
import io.tidings.channel.Feedback;
import io.tidings.channel.ProviderReport;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Decides what a provider would report about a message the sandbox captured, from its message id
 * alone: the same id with the same settings always gets the same reports at the same delays, so
 * tests and demos repeat exactly.
 *
 * <p>Each decision takes its own number from a hash of the id (SplitMix64's finaliser over the id
 * and the decision's index), so one rate changing does not reshuffle the others. Delays are
 * log-uniform between a first and a last moment, so most come early and some late, as with people:
 * <ul>
 *   <li>email: delivered 1–10 s after sending, hard bounce 1–30 s, soft bounce 15 min–4 h (the
 *       provider retries before it gives up); complaint 10 min–2 days after delivery, open 1 min–2 days
 *       after delivery, click 5 s–30 min after the open;</li>
 *   <li>SMS: delivered 2–20 s, failed 5 s–2 min; push: delivered 0.2–2 s, failed 1–5 s;
 *       voice: answered 10–40 s, not answered 30–60 s.</li>
 * </ul>
 * Custom messages get no reports: the webhook's answer says it all, and the sandbox's answer is a 2xx.
 */
public final class SimulatedOutcomes {

    private static final int OUTCOME = 0;
    private static final int OUTCOME_DELAY = 1;
    private static final int COMPLAINT = 2;
    private static final int COMPLAINT_DELAY = 3;
    private static final int OPEN = 4;
    private static final int OPEN_DELAY = 5;
    private static final int CLICK = 6;
    private static final int CLICK_DELAY = 7;

    private static final Map<String, String> SIMULATED = Map.of("simulated", "true");

    private SimulatedOutcomes() {
    }

    /** The reports about message {@code messageId}, sent at {@code sentAt}; earliest first. */
    public static List<ProviderReport> of(long messageId, DeliveryChannel channel, SandboxSettings settings, Instant sentAt) {
        List<ProviderReport> reports = new ArrayList<>();
        if (!settings.simulate()) {
            return reports;
        }
        SandboxRate outcome = outcome(messageId, channel, settings);
        if (outcome == null) {
            return reports;
        }
        Instant reported = sentAt.plus(outcomeDelay(channel, outcome.feedback(), draw(messageId, OUTCOME_DELAY)));
        reports.add(report(outcome.feedback(), reported, detail(channel, outcome.feedback())));
        if (channel != DeliveryChannel.EMAIL || outcome.feedback() != Feedback.DELIVERED) {
            return reports;
        }
        if (draw(messageId, COMPLAINT) < settings.chance(SandboxRate.EMAIL_COMPLAINT)) {
            reports.add(report(Feedback.COMPLAINT, reported.plus(between(Duration.ofMinutes(10), Duration.ofDays(2),
                    draw(messageId, COMPLAINT_DELAY))), null));
        }
        if (draw(messageId, OPEN) < settings.chance(SandboxRate.EMAIL_OPEN)) {
            Instant opened = reported.plus(between(Duration.ofMinutes(1), Duration.ofDays(2), draw(messageId, OPEN_DELAY)));
            reports.add(report(Feedback.OPEN, opened, null));
            if (draw(messageId, CLICK) < settings.chance(SandboxRate.EMAIL_CLICK)) {
                reports.add(report(Feedback.CLICK, opened.plus(between(Duration.ofSeconds(5), Duration.ofMinutes(30),
                        draw(messageId, CLICK_DELAY))), null));
            }
        }
        reports.sort(Comparator.comparing(ProviderReport::at));
        return reports;
    }

    /** The outcome of messages sent that this message gets, or null for one never reported. */
    private static SandboxRate outcome(long messageId, DeliveryChannel channel, SandboxSettings settings) {
        double number = draw(messageId, OUTCOME);
        double upTo = 0;
        for (SandboxRate rate : SandboxRate.of(channel)) {
            if (rate.base() != SandboxRate.Base.SENT) {
                continue;
            }
            upTo += settings.chance(rate);
            if (number < upTo) {
                return rate;
            }
        }
        return null;
    }

    private static Duration outcomeDelay(DeliveryChannel channel, Feedback feedback, double number) {
        return switch (channel) {
            case EMAIL -> switch (feedback) {
                case HARD_BOUNCE -> between(Duration.ofSeconds(1), Duration.ofSeconds(30), number);
                case SOFT_BOUNCE -> between(Duration.ofMinutes(15), Duration.ofHours(4), number);
                default -> between(Duration.ofSeconds(1), Duration.ofSeconds(10), number);
            };
            case SMS -> feedback == Feedback.DELIVERED ? between(Duration.ofSeconds(2), Duration.ofSeconds(20), number)
                    : between(Duration.ofSeconds(5), Duration.ofMinutes(2), number);
            case PUSH -> feedback == Feedback.DELIVERED ? between(Duration.ofMillis(200), Duration.ofSeconds(2), number)
                    : between(Duration.ofSeconds(1), Duration.ofSeconds(5), number);
            case VOICE -> feedback == Feedback.DELIVERED ? between(Duration.ofSeconds(10), Duration.ofSeconds(40), number)
                    : between(Duration.ofSeconds(30), Duration.ofSeconds(60), number);
            // A webhook's answer is its only report, which the engine records with the call: nothing comes later.
            case CUSTOM -> Duration.ZERO;
        };
    }

    /** What the provider would say, for the failures. */
    private static String detail(DeliveryChannel channel, Feedback feedback) {
        return switch (feedback) {
            case HARD_BOUNCE -> "550 5.1.1 The mailbox does not exist";
            case SOFT_BOUNCE -> "452 4.2.2 The mailbox is full; gave up after retrying";
            case FAILED -> switch (channel) {
                case SMS -> "The carrier could not reach the phone";
                case VOICE -> "Nobody answered the call";
                default -> "The device did not take the notification";
            };
            default -> null;
        };
    }

    private static ProviderReport report(Feedback feedback, Instant at, String detail) {
        Map<String, String> attributes = detail == null ? SIMULATED : Map.of("simulated", "true", "detail", detail);
        return new ProviderReport(feedback, at.truncatedTo(ChronoUnit.MILLIS), attributes);
    }

    /** Log-uniform between {@code first} and {@code last}: as many between 1 and 2 minutes as between 1 and 2 hours. */
    private static Duration between(Duration first, Duration last, double number) {
        double millis = first.toMillis() * Math.pow((double) last.toMillis() / first.toMillis(), number);
        return Duration.ofMillis(Math.round(millis));
    }

    /** A number in [0, 1) that depends only on the message id and the decision. */
    static double draw(long messageId, int decision) {
        long z = messageId * 0x9E3779B97F4A7C15L + (decision + 1L) * 0xD1B54A32D192ED03L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z = z ^ (z >>> 31);
        return (z >>> 11) * 0x1.0p-53;
    }
}
