package io.tidings.journey.simulation;

import io.tidings.channel.DeliveryChannel;
import io.tidings.template.TemplateType;
import java.util.Locale;

/**
 * What happens to a simulated message, decided from the participant, the message activity and the run's seed alone,
 * like the sandbox's {@code SimulatedOutcomes}: delivered (1–20 s after sending) or failed; an email or push
 * notification opened 1 minute to 2 days after delivery (log-uniform: most early, some late); an opened email clicked
 * 5 s to 30 min after the open. Nothing is stored: asking again gives the same moment.
 */
final class SimulatedEvents {

    /** No such event. */
    static final long NEVER = Long.MAX_VALUE;

    private enum Kind {
        SENT, DELIVERED, FAILED, OPENED, CLICKED, OTHER
    }

    private static final int DELIVERY = 0;
    private static final int DELIVERY_DELAY = 1;
    private static final int OPEN = 2;
    private static final int OPEN_DELAY = 3;
    private static final int CLICK = 4;
    private static final int CLICK_DELAY = 5;

    private final SimulationRates rates;
    private final long seed;

    SimulatedEvents(SimulationRates rates, long seed) {
        this.rates = rates;
        this.seed = seed;
    }

    /**
     * The second (since 1970) at which the event {@code type} (such as {@code _email.open}) happens for the message
     * that {@code message} (an index of the journey's message activities) sent {@code participant} at {@code sentAt},
     * or {@link #NEVER}.
     */
    long at(String type, int participant, int message, TemplateType channel, long sentAt) {
        Kind kind = kindOf(type);
        if (kind == Kind.SENT) {
            return sentAt;
        }
        if (kind == Kind.OTHER) {
            return NEVER;
        }
        double delivery = rates.delivered(channel == null ? null : DeliveryChannel.valueOf(channel.name()));
        boolean delivered = draw(participant, message, DELIVERY) < delivery;
        if (kind == Kind.FAILED) {
            return delivered ? NEVER : sentAt + 1 + (long) (draw(participant, message, DELIVERY_DELAY) * 20);
        }
        if (!delivered) {
            return NEVER;
        }
        long deliveredAt = sentAt + 1 + (long) (draw(participant, message, DELIVERY_DELAY) * 20);
        if (kind == Kind.DELIVERED) {
            return deliveredAt;
        }
        boolean opens = channel == TemplateType.EMAIL || channel == TemplateType.PUSH;
        if (!opens || draw(participant, message, OPEN) >= rates.open()) {
            return NEVER;
        }
        long openedAt = deliveredAt + between(60, 2 * 86_400, draw(participant, message, OPEN_DELAY));
        if (kind == Kind.OPENED) {
            return openedAt;
        }
        if (channel != TemplateType.EMAIL || draw(participant, message, CLICK) >= rates.click()) {
            return NEVER;
        }
        return openedAt + between(5, 1_800, draw(participant, message, CLICK_DELAY));
    }

    private static Kind kindOf(String type) {
        String lower = type.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".send")) {
            return Kind.SENT;
        }
        if (lower.contains("click")) {
            return Kind.CLICKED;
        }
        if (lower.contains("open")) {
            return Kind.OPENED;
        }
        if (lower.contains("delivered") || lower.contains("success") || lower.contains("received")) {
            return Kind.DELIVERED;
        }
        if (lower.contains("bounce") || lower.contains("fail") || lower.contains("rejected")) {
            return Kind.FAILED;
        }
        return Kind.OTHER;
    }

    /** Log-uniform seconds between {@code first} and {@code last}. */
    private static long between(long first, long last, double number) {
        return Math.round(first * Math.pow((double) last / first, number));
    }

    private double draw(int participant, int message, int decision) {
        long z = seed + participant * 0x9E3779B97F4A7C15L + (message * 8L + decision + 1) * 0xD1B54A32D192ED03L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z = z ^ (z >>> 31);
        return (z >>> 11) * 0x1.0p-53;
    }
}
