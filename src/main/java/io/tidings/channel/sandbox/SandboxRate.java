package io.tidings.channel.sandbox;

import io.tidings.channel.DeliveryChannel;
import io.tidings.channel.Feedback;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** One rate at which the sandbox simulates a provider's report, in percent of {@link Base what}. */
public enum SandboxRate {
    EMAIL_DELIVERED(DeliveryChannel.EMAIL, "Delivered", Base.SENT, Feedback.DELIVERED, 97),
    EMAIL_HARD_BOUNCE(DeliveryChannel.EMAIL, "Hard bounce", Base.SENT, Feedback.HARD_BOUNCE, 1),
    EMAIL_SOFT_BOUNCE(DeliveryChannel.EMAIL, "Soft bounce", Base.SENT, Feedback.SOFT_BOUNCE, 1),
    EMAIL_COMPLAINT(DeliveryChannel.EMAIL, "Complaint", Base.DELIVERED, Feedback.COMPLAINT, 0.1),
    EMAIL_OPEN(DeliveryChannel.EMAIL, "Open", Base.DELIVERED, Feedback.OPEN, 40),
    EMAIL_CLICK(DeliveryChannel.EMAIL, "Click", Base.OPENED, Feedback.CLICK, 10),
    SMS_DELIVERED(DeliveryChannel.SMS, "Delivered", Base.SENT, Feedback.DELIVERED, 98),
    SMS_FAILED(DeliveryChannel.SMS, "Failed", Base.SENT, Feedback.FAILED, 2),
    PUSH_DELIVERED(DeliveryChannel.PUSH, "Delivered", Base.SENT, Feedback.DELIVERED, 99),
    PUSH_FAILED(DeliveryChannel.PUSH, "Failed", Base.SENT, Feedback.FAILED, 1),
    VOICE_DELIVERED(DeliveryChannel.VOICE, "Answered", Base.SENT, Feedback.DELIVERED, 90),
    VOICE_FAILED(DeliveryChannel.VOICE, "Not answered", Base.SENT, Feedback.FAILED, 10);

    /** What a rate is a share of. */
    public enum Base {
        SENT("of messages sent"),
        DELIVERED("of delivered emails"),
        OPENED("of opened emails");

        private final String words;

        Base(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    private final DeliveryChannel channel;
    private final String outcome;
    private final Base base;
    private final Feedback feedback;
    private final double standard;

    SandboxRate(DeliveryChannel channel, String outcome, Base base, Feedback feedback, double standard) {
        this.channel = channel;
        this.outcome = outcome;
        this.base = base;
        this.feedback = feedback;
        this.standard = standard;
    }

    public DeliveryChannel channel() {
        return channel;
    }

    /** The outcome in the marketer's words, such as "Hard bounce". */
    public String outcome() {
        return outcome;
    }

    public Base base() {
        return base;
    }

    public Feedback feedback() {
        return feedback;
    }

    /** The rate a new workspace starts with, in percent. */
    public double standard() {
        return standard;
    }

    /** The field's name in messages, such as "Email hard bounce". */
    public String label() {
        return channelName(channel) + " " + outcome.toLowerCase(Locale.ROOT);
    }

    /** The rates of one channel, in the order the simulation applies them. */
    public static List<SandboxRate> of(DeliveryChannel channel) {
        return Arrays.stream(values()).filter(rate -> rate.channel == channel).toList();
    }

    /** "Email", "SMS", "Push", "Voice", "Custom (webhook)". */
    public static String channelName(DeliveryChannel channel) {
        return channel.words();
    }
}
