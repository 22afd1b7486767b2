package io.tidings.audience;

import io.tidings.work.Quote;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Collects the cells (or JSON values) of one import row by field path and turns them into an
 * {@link ImportedRow}. An empty value is no value: it leaves the field as it is.
 */
final class EndpointDraft {

    private final Map<StandardField, String> values = new EnumMap<>(StandardField.class);
    private final Map<String, List<String>> attributes = new LinkedHashMap<>();
    private final Map<String, List<String>> userAttributes = new LinkedHashMap<>();
    private final Map<String, String> metrics = new LinkedHashMap<>();
    private final List<FieldProblem> problems = new ArrayList<>();

    void add(FieldPath path, String value) {
        if (value == null || value.isEmpty()) {
            return;
        }
        if (path.field() != null) {
            values.put(path.field(), value);
            return;
        }
        switch (path.scope()) {
            case ATTRIBUTE -> attributes.computeIfAbsent(path.name(), name -> new ArrayList<>(2)).add(value);
            case USER_ATTRIBUTE -> userAttributes.computeIfAbsent(path.name(), name -> new ArrayList<>(2)).add(value);
            case METRIC -> metrics.put(path.name(), value);
        }
    }

    /** Notes a problem found while reading the row, such as a value of the wrong JSON type. */
    void reject(String field, String reason) {
        problems.add(new FieldProblem(field, reason));
    }

    boolean isEmpty() {
        return values.isEmpty() && attributes.isEmpty() && userAttributes.isEmpty() && metrics.isEmpty()
                && problems.isEmpty();
    }

    /** The row as typed values, checked by {@code rules} for what can be checked without the workspace. */
    ImportedRow toRow(long line, EndpointRules rules, OriginalRow original) {
        Map<String, Double> numbers = new LinkedHashMap<>();
        metrics.forEach((name, text) -> {
            Double number = number(FieldPath.METRICS + name, text);
            if (number != null) {
                numbers.put(name, number);
            }
        });
        // The endpoint's values are as immutable as the endpoint, whatever the checks keep of them.
        attributes.replaceAll((name, values) -> List.copyOf(values));
        userAttributes.replaceAll((name, values) -> List.copyOf(values));
        String cohort = text(StandardField.COHORT_ID);
        int cohortId = cohort == null ? -1 : cohortId(cohort);
        Endpoint endpoint = new Endpoint(
                text(StandardField.ID),
                choice(StandardField.CHANNEL_TYPE, ChannelType.class),
                text(StandardField.ADDRESS),
                choice(StandardField.ENDPOINT_STATUS, EndpointStatus.class),
                choice(StandardField.OPT_OUT, OptOut.class),
                instant(StandardField.EFFECTIVE_DATE),
                instant(StandardField.CREATION_DATE),
                cohortId,
                attributes,
                numbers,
                new EndpointDemographic(text(StandardField.APP_VERSION), text(StandardField.LOCALE),
                        text(StandardField.MAKE), text(StandardField.MODEL), text(StandardField.MODEL_VERSION),
                        text(StandardField.PLATFORM), text(StandardField.PLATFORM_VERSION),
                        text(StandardField.TIMEZONE)),
                new EndpointLocation(text(StandardField.CITY), text(StandardField.COUNTRY),
                        number(StandardField.LATITUDE.path(), text(StandardField.LATITUDE)),
                        number(StandardField.LONGITUDE.path(), text(StandardField.LONGITUDE)),
                        text(StandardField.POSTAL_CODE), text(StandardField.REGION)),
                new EndpointUser(text(StandardField.USER_ID), userAttributes));
        EndpointRules.Checked checked = rules.inspect(endpoint);
        problems.addAll(checked.problems());
        if (!problems.isEmpty() && endpoint.id() == null && !isUnreadable()) {
            addMissing(endpoint);
        }
        return new ImportedRow(line, checked.endpoint(), List.copyOf(problems), original);
    }

    /** Whether the row as a whole could not be read (a broken JSON line): what it holds is not known. */
    private boolean isUnreadable() {
        return problems.stream().anyMatch(problem -> problem.field().isEmpty());
    }

    /**
     * A row already rejected lists everything wrong with it: without an Id it can only create an
     * endpoint, which needs a channel and an address (a field with a problem of its own is not named twice).
     */
    private void addMissing(Endpoint endpoint) {
        for (FieldProblem lack : EndpointRules.missing(endpoint)) {
            if (problems.stream().noneMatch(problem -> problem.field().equals(lack.field()))) {
                problems.add(lack);
            }
        }
    }

    private String text(StandardField field) {
        String value = values.get(field);
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    private <E extends Enum<E>> E choice(StandardField field, Class<E> type) {
        String value = text(field);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            List<String> names = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
            reject(field.path(), Quote.of(value) + " is not one of " + String.join(", ", names.subList(0, names.size() - 1))
                    + " or " + names.get(names.size() - 1));
            return null;
        }
    }

    private Instant instant(StandardField field) {
        String value = text(field);
        if (value == null) {
            return null;
        }
        try {
            return IsoInstants.parse(value);
        } catch (DateTimeParseException notAnInstant) {
            try {
                return OffsetDateTime.parse(value).toInstant();
            } catch (DateTimeParseException notWithAnOffset) {
                try {
                    // A spreadsheet's date column: ISO 8601 allows a date alone; it is the day's start in UTC.
                    return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
                } catch (DateTimeParseException notADate) {
                    reject(field.path(), Quote.of(value) + " is not a date and time such as 2026-03-01T09:30:00Z"
                            + " (or a date such as 2026-03-01)");
                    return null;
                }
            }
        }
    }

    private Double number(String field, String text) {
        if (text == null) {
            return null;
        }
        try {
            return Double.valueOf(text.strip());
        } catch (NumberFormatException notANumber) {
            reject(field, Quote.of(text) + " is not a number");
            return null;
        }
    }

    private int cohortId(String text) {
        try {
            int cohort = Integer.parseInt(text);
            if (cohort >= 0 && cohort <= 99) {
                return cohort;
            }
        } catch (NumberFormatException notAWholeNumber) {
            // Reported below.
        }
        reject(StandardField.COHORT_ID.path(), Quote.of(text) + " is not a whole number from 0 to 99");
        return -1;
    }
}
