package io.tidings.channel.sandbox;

import io.tidings.channel.DeliveryChannel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How the workspace's sandbox simulates provider feedback: whether it does, and each outcome's rate
 * in percent. Every rate is between 0 and 100, and a channel's outcomes of messages sent add up to
 * at most 100 (the rest are never reported, as happens with real providers).
 */
public record SandboxSettings(boolean simulate, Map<SandboxRate, Double> rates) {

    /** Why a rate cannot be used, naming it. */
    public record Problem(SandboxRate rate, String message) {
    }

    public SandboxSettings {
        EnumMap<SandboxRate, Double> complete = new EnumMap<>(SandboxRate.class);
        for (SandboxRate rate : SandboxRate.values()) {
            complete.put(rate, rates.getOrDefault(rate, rate.standard()));
        }
        List<Problem> problems = problems(complete);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.stream().map(Problem::message).collect(Collectors.joining(" ")));
        }
        rates = Collections.unmodifiableMap(complete);
    }

    public static SandboxSettings defaults() {
        return new SandboxSettings(true, Map.of());
    }

    /** The rate in percent. */
    public double rate(SandboxRate rate) {
        return rates.get(rate);
    }

    /** The chance, from 0 to 1. */
    public double chance(SandboxRate rate) {
        return simulate ? rates.get(rate) / 100 : 0;
    }

    /** What is wrong with these rates, each problem naming its field; empty when they can be used. */
    public static List<Problem> problems(Map<SandboxRate, Double> rates) {
        List<Problem> problems = new ArrayList<>();
        for (SandboxRate rate : SandboxRate.values()) {
            Double value = rates.get(rate);
            if (value != null && !(value >= 0 && value <= 100)) {
                problems.add(new Problem(rate, rate.label() + " must be a number from 0 to 100 (percent)."));
            }
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        for (DeliveryChannel channel : DeliveryChannel.values()) {
            List<SandboxRate> ofSent = SandboxRate.of(channel).stream()
                    .filter(rate -> rate.base() == SandboxRate.Base.SENT).toList();
            double total = ofSent.stream().mapToDouble(rate -> rates.getOrDefault(rate, rate.standard())).sum();
            if (total > 100 + 1e-9) {
                List<String> names = ofSent.stream().map(rate -> rate.outcome().toLowerCase(Locale.ROOT)).toList();
                problems.add(new Problem(ofSent.get(ofSent.size() - 1), String.format(Locale.ROOT,
                        "%s: %s add up to %s %%; together they can be at most 100 %% of messages sent.",
                        SandboxRate.channelName(channel), inWords(names), Percent.format(total))));
            }
        }
        return problems;
    }

    /** "a, b and c". */
    private static String inWords(List<String> names) {
        return names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
