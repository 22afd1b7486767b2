package io.tidings.analytics;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** Days {@code from} to {@code to}, both included, in UTC: what the dashboards and the KPIs report on. */
public record DateRange(LocalDate from, LocalDate to) {

    public DateRange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("The range starts (%s) after it ends (%s).".formatted(from, to));
        }
    }

    /** The {@code days} days that end with {@code today}. */
    public static DateRange lastDays(int days, LocalDate today) {
        if (days < 1) {
            throw new IllegalArgumentException("A range has at least one day.");
        }
        return new DateRange(today.minusDays(days - 1L), today);
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** The range of the same length just before this one: what a change is measured against. */
    public DateRange previous() {
        return new DateRange(from.minusDays(days()), from.minusDays(1));
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
