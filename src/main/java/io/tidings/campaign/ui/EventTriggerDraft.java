package io.tidings.campaign.ui;

import io.tidings.campaign.CampaignEventFilter;
import io.tidings.segment.SegmentDimensions.AttributeDimension;
import io.tidings.segment.SegmentDimensions.AttributeType;
import io.tidings.segment.SegmentDimensions.ComparisonOperator;
import io.tidings.segment.SegmentDimensions.DimensionType;
import io.tidings.segment.SegmentDimensions.MetricDimension;
import io.tidings.segment.SegmentDimensions.SetDimension;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The "When an event occurs" fields of the editor: the event types, and an attribute and a metric the event must
 * have, in words. Filters beyond one attribute and one metric (from an imported campaign) are kept as they are.
 */
public final class EventTriggerDraft {

    /** How the attribute is compared, in words. */
    public enum AttributeMatch {
        IS("is one of", AttributeType.INCLUSIVE), IS_NOT("is none of", AttributeType.EXCLUSIVE),
        CONTAINS("contains one of", AttributeType.CONTAINS);

        private final String words;
        private final AttributeType type;

        AttributeMatch(String words, AttributeType type) {
            this.words = words;
            this.type = type;
        }

        static AttributeMatch of(AttributeType type) {
            return Arrays.stream(values()).filter(match -> match.type == type).findFirst().orElse(null);
        }

        @Override
        public String toString() {
            return words;
        }
    }

    /** How the metric is compared, in words. */
    public enum MetricMatch {
        MORE("is more than", ComparisonOperator.GREATER_THAN),
        AT_LEAST("is at least", ComparisonOperator.GREATER_THAN_OR_EQUAL),
        LESS("is less than", ComparisonOperator.LESS_THAN),
        AT_MOST("is at most", ComparisonOperator.LESS_THAN_OR_EQUAL),
        EQUAL("is", ComparisonOperator.EQUAL);

        private final String words;
        private final ComparisonOperator operator;

        MetricMatch(String words, ComparisonOperator operator) {
            this.words = words;
            this.operator = operator;
        }

        static MetricMatch of(ComparisonOperator operator) {
            return Arrays.stream(values()).filter(match -> match.operator == operator).findFirst().orElseThrow();
        }

        @Override
        public String toString() {
            return words;
        }
    }

    public static final String EVENT_TYPES = "event-types";
    public static final String ATTRIBUTE = "event-attribute";
    public static final String METRIC = "event-metric";

    private final StringProperty eventTypes = new SimpleStringProperty(this, "eventTypes", "");
    private final StringProperty attributeName = new SimpleStringProperty(this, "attributeName", "");
    private final ObjectProperty<AttributeMatch> attributeMatch =
            new SimpleObjectProperty<>(this, "attributeMatch", AttributeMatch.IS);
    private final StringProperty attributeValues = new SimpleStringProperty(this, "attributeValues", "");
    private final StringProperty metricName = new SimpleStringProperty(this, "metricName", "");
    private final ObjectProperty<MetricMatch> metricMatch = new SimpleObjectProperty<>(this, "metricMatch", MetricMatch.MORE);
    private final StringProperty metricValue = new SimpleStringProperty(this, "metricValue", "");
    private CampaignEventFilter.FilterType filterType = CampaignEventFilter.FilterType.ENDPOINT;
    private DimensionType typesDimension = DimensionType.INCLUSIVE;
    private Map<String, AttributeDimension> otherAttributes = Map.of();
    private Map<String, MetricDimension> otherMetrics = Map.of();
    private final javafx.beans.property.ReadOnlyIntegerWrapper keptFilters =
            new javafx.beans.property.ReadOnlyIntegerWrapper(this, "keptFilters");

    public StringProperty eventTypesProperty() { return eventTypes; }
    public StringProperty attributeNameProperty() { return attributeName; }
    public ObjectProperty<AttributeMatch> attributeMatchProperty() { return attributeMatch; }
    public StringProperty attributeValuesProperty() { return attributeValues; }
    public StringProperty metricNameProperty() { return metricName; }
    public ObjectProperty<MetricMatch> metricMatchProperty() { return metricMatch; }
    public StringProperty metricValueProperty() { return metricValue; }

    Observable[] observables() {
        return new Observable[] {eventTypes, attributeName, attributeMatch, attributeValues, metricName, metricMatch,
            metricValue};
    }

    /** How many filters of an imported campaign the fields do not show; they are kept. */
    public javafx.beans.property.ReadOnlyIntegerProperty keptFiltersProperty() {
        return keptFilters.getReadOnlyProperty();
    }

    void problems(List<FieldProblem> problems) {
        if (list(eventTypes.get()).isEmpty()) {
            problems.add(new FieldProblem(EVENT_TYPES, "Event: name the event type that sends the message, such as "
                    + "_session.start or purchase (several with commas)."));
        }
        boolean named = !blank(attributeName.get());
        if (named && list(attributeValues.get()).isEmpty()) {
            problems.add(new FieldProblem(ATTRIBUTE, "Attribute: give the value (or values, with commas) "
                    + attributeName.get().strip() + " must have, or clear its name."));
        }
        if (!blank(metricName.get()) && number(metricValue.get()) == null) {
            problems.add(new FieldProblem(METRIC, "Metric: give the number " + metricName.get().strip()
                    + " is compared with, such as 10 or 9.99, not " + io.tidings.work.Quote.of(metricValue.get()) + "."));
        }
    }

    /** The filter the fields make; call only when {@link #problems} found nothing. */
    CampaignEventFilter filter() {
        Map<String, AttributeDimension> attributes = new LinkedHashMap<>();
        if (!blank(attributeName.get())) {
            attributes.put(attributeName.get().strip(),
                    new AttributeDimension(attributeMatch.get().type, list(attributeValues.get())));
        }
        otherAttributes.forEach(attributes::putIfAbsent);
        Map<String, MetricDimension> metrics = new LinkedHashMap<>();
        if (!blank(metricName.get())) {
            metrics.put(metricName.get().strip(), new MetricDimension(metricMatch.get().operator, number(metricValue.get())));
        }
        otherMetrics.forEach(metrics::putIfAbsent);
        return new CampaignEventFilter(filterType, new SetDimension(typesDimension, list(eventTypes.get())), attributes,
                metrics);
    }

    void show(CampaignEventFilter filter) {
        filterType = filter == null ? CampaignEventFilter.FilterType.ENDPOINT : filter.filterType();
        typesDimension = filter == null ? DimensionType.INCLUSIVE : filter.eventTypes().dimensionType();
        eventTypes.set(filter == null ? "" : String.join(", ", filter.eventTypes().values()));
        Map<String, AttributeDimension> attributes = new LinkedHashMap<>(filter == null ? Map.of() : filter.attributes());
        Map.Entry<String, AttributeDimension> shownAttribute = attributes.entrySet().stream()
                .filter(entry -> AttributeMatch.of(entry.getValue().attributeType()) != null).findFirst().orElse(null);
        attributeName.set(shownAttribute == null ? "" : shownAttribute.getKey());
        attributeMatch.set(shownAttribute == null ? AttributeMatch.IS
                : AttributeMatch.of(shownAttribute.getValue().attributeType()));
        attributeValues.set(shownAttribute == null ? "" : String.join(", ", shownAttribute.getValue().values()));
        if (shownAttribute != null) {
            attributes.remove(shownAttribute.getKey());
        }
        otherAttributes = attributes;
        Map<String, MetricDimension> metrics = new LinkedHashMap<>(filter == null ? Map.of() : filter.metrics());
        Map.Entry<String, MetricDimension> shownMetric = metrics.entrySet().stream().findFirst().orElse(null);
        metricName.set(shownMetric == null ? "" : shownMetric.getKey());
        metricMatch.set(shownMetric == null ? MetricMatch.MORE : MetricMatch.of(shownMetric.getValue().comparisonOperator()));
        metricValue.set(shownMetric == null ? "" : number(shownMetric.getValue().value()));
        if (shownMetric != null) {
            metrics.remove(shownMetric.getKey());
        }
        otherMetrics = metrics;
        keptFilters.set(otherAttributes.size() + otherMetrics.size());
    }

    private static List<String> list(String text) {
        return text == null ? List.of() : Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .distinct().toList();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static Double number(String text) {
        try {
            return blank(text) ? null : Double.valueOf(text.strip().replace(",", ""));
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }
}
