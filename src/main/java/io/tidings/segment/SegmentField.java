package io.tidings.segment;

import java.util.List;

/**
 * Something a criterion can test, as the builder offers it: a standard field, or a custom
 * attribute, user attribute or metric found in the workspace.
 */
public record SegmentField(Kind kind, String name) {

    /** The kinds of field, each with the operators that fit it. */
    public enum Kind {
        CHANNEL("Channel", "channel_type"),
        PLATFORM("Platform", "platform"),
        MAKE("Make", "make"),
        MODEL("Model", "model"),
        APP_VERSION("App version", "app_version"),
        COUNTRY("Country", "country"),
        ATTRIBUTE("Attribute", null),
        USER_ATTRIBUTE("User attribute", null),
        METRIC("Metric", null),
        DISTANCE("Distance from a place", null),
        RECENCY("Last active", null);

        private final String label;
        private final String column;

        Kind(String label, String column) {
            this.label = label;
            this.column = column;
        }

        public String label() {
            return label;
        }

        /** The endpoint column of a standard field; null for the others. */
        String column() {
            return column;
        }

        /** Fields compared with a list of values: one of, or none of. */
        public boolean isSet() {
            return column != null;
        }
    }

    /** The standard fields, in the order the builder lists them. */
    public static final List<SegmentField> STANDARD = List.of(
            new SegmentField(Kind.CHANNEL, "Channel"),
            new SegmentField(Kind.COUNTRY, "Country"),
            new SegmentField(Kind.PLATFORM, "Platform"),
            new SegmentField(Kind.MAKE, "Make"),
            new SegmentField(Kind.MODEL, "Model"),
            new SegmentField(Kind.APP_VERSION, "App version"),
            new SegmentField(Kind.DISTANCE, "Distance from a place"),
            new SegmentField(Kind.RECENCY, "Last active"));

    /** How the builder shows the field: "Country", "Attributes.Interests", "Metrics.Purchases". */
    public String label() {
        return switch (kind) {
            case ATTRIBUTE -> "Attributes." + name;
            case USER_ATTRIBUTE -> "User.UserAttributes." + name;
            case METRIC -> "Metrics." + name;
            default -> name;
        };
    }

    @Override
    public String toString() {
        return label();
    }
}
