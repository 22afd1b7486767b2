package io.tidings.analytics;

/**
 * Distinct endpoints delivered to, that opened and that clicked, for one value of a breakdown (a country, a
 * platform). {@code label} is the value as the audience holds it, "" when endpoints have none, and null for
 * endpoints outside the audience (imported events of unknown endpoints).
 */
public record BreakdownRow(String label, long delivered, long opened, long clicked) {
}
