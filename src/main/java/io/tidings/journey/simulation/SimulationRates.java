package io.tidings.journey.simulation;

import io.tidings.channel.DeliveryChannel;
import io.tidings.channel.sandbox.SandboxRate;
import io.tidings.channel.sandbox.SandboxSettings;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * The chances the simulator gives each simulated message, from 0 to 1: delivered (per channel), opened (of delivered
 * emails and push notifications) and clicked (of opened emails); {@code origin} says where they came from, in words.
 */
public record SimulationRates(Map<DeliveryChannel, Double> delivered, double open, double click, String origin) {

    public SimulationRates {
        delivered = Map.copyOf(delivered);
    }

    /** The sandbox channel's simulated rates, as set in the workspace. */
    public static SimulationRates of(SandboxSettings sandbox) {
        Map<DeliveryChannel, Double> delivered = new EnumMap<>(DeliveryChannel.class);
        delivered.put(DeliveryChannel.EMAIL, sandbox.chance(SandboxRate.EMAIL_DELIVERED));
        delivered.put(DeliveryChannel.SMS, sandbox.chance(SandboxRate.SMS_DELIVERED));
        delivered.put(DeliveryChannel.PUSH, sandbox.chance(SandboxRate.PUSH_DELIVERED));
        delivered.put(DeliveryChannel.VOICE, sandbox.chance(SandboxRate.VOICE_DELIVERED));
        return new SimulationRates(delivered, sandbox.chance(SandboxRate.EMAIL_OPEN),
                sandbox.chance(SandboxRate.EMAIL_CLICK), "the sandbox's simulated rates");
    }

    /** These rates with the open and click rates (percent, each null to keep) set for the run. */
    public SimulationRates withOpenAndClick(Double openPercent, Double clickPercent) {
        if (openPercent == null && clickPercent == null) {
            return this;
        }
        check(openPercent, "The open rate");
        check(clickPercent, "The click rate");
        double opens = openPercent == null ? open : openPercent / 100;
        double clicks = clickPercent == null ? click : clickPercent / 100;
        return new SimulationRates(delivered, opens, clicks, String.format(Locale.ROOT,
                "rates set for this run (%s %% open, %s %% click)", percent(opens), percent(clicks)));
    }

    public double delivered(DeliveryChannel channel) {
        return channel == null ? 1 : delivered.getOrDefault(channel, 1.0);
    }

    /** "40 % open, 10 % click", for the summary. */
    public String describe() {
        return percent(open) + " % of delivered messages opened, " + percent(click) + " % of opened emails clicked ("
                + origin + ")";
    }

    private static void check(Double percent, String what) {
        if (percent != null && !(percent >= 0 && percent <= 100)) {
            throw new IllegalArgumentException(what + " must be a number from 0 to 100 (percent); "
                    + percent + " is not.");
        }
    }

    private static String percent(double chance) {
        double percent = chance * 100;
        return percent == Math.rint(percent) ? String.valueOf((long) percent)
                : String.format(Locale.ROOT, "%.1f", percent);
    }
}
