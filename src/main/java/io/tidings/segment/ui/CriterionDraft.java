package io.tidings.segment.ui;

import io.tidings.shell.NumberText;
import io.tidings.segment.InvalidSegmentException;
import io.tidings.segment.SegmentDimensions;
import io.tidings.segment.SegmentDimensions.AttributeDimension;
import io.tidings.segment.SegmentDimensions.AttributeType;
import io.tidings.segment.SegmentDimensions.ComparisonOperator;
import io.tidings.segment.SegmentDimensions.DimensionType;
import io.tidings.segment.SegmentDimensions.RecencyDuration;
import io.tidings.segment.SegmentDimensions.SetDimension;
import io.tidings.segment.SegmentField;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import io.tidings.shell.NumberText;
import io.tidings.shell.ValueList;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One criterion as the builder edits it: a field, an operator and its values as text. It becomes
 * one Pinpoint dimensions object holding exactly this criterion.
 */
public final class CriterionDraft {

    private final ObjectProperty<SegmentField> field = new SimpleObjectProperty<>(this, "field");
    private final ObjectProperty<CriterionOperator> operator = new SimpleObjectProperty<>(this, "operator");
    private final StringProperty values = new SimpleStringProperty(this, "values", "");
    private final StringProperty latitude = new SimpleStringProperty(this, "latitude", "");
    private final StringProperty longitude = new SimpleStringProperty(this, "longitude", "");
    private final StringProperty kilometres = new SimpleStringProperty(this, "kilometres", "");
    private final ObjectProperty<RecencyDuration> recency = new SimpleObjectProperty<>(this, "recency", RecencyDuration.DAY_30);

    public CriterionDraft(SegmentField chosen) {
        field.addListener((observable, old, current) -> {
            List<CriterionOperator> fitting = CriterionOperator.fitting(current);
            if (operator.get() == null || !fitting.contains(operator.get())) {
                operator.set(fitting.isEmpty() ? null : fitting.get(0));
            }
        });
        field.set(chosen);
    }

    public ObjectProperty<SegmentField> fieldProperty() {
        return field;
    }

    public ObjectProperty<CriterionOperator> operatorProperty() {
        return operator;
    }

    /** Values separated by commas; a number for metrics; dates as 2026-03-01. */
    public StringProperty valuesProperty() {
        return values;
    }

    public StringProperty latitudeProperty() {
        return latitude;
    }

    public StringProperty longitudeProperty() {
        return longitude;
    }

    public StringProperty kilometresProperty() {
        return kilometres;
    }

    public ObjectProperty<RecencyDuration> recencyProperty() {
        return recency;
    }

    Observable[] observables() {
        return new Observable[] {field, operator, values, latitude, longitude, kilometres, recency};
    }

    /** This criterion as Pinpoint dimensions; the message of a refusal says what to fix. */
    SegmentDimensions toDimensions() {
        SegmentField chosen = field.get();
        CriterionOperator comparison = operator.get();
        if (chosen == null || comparison == null) {
            throw new InvalidSegmentException("choose a field");
        }
        return switch (chosen.kind()) {
            case ATTRIBUTE -> new SegmentDimensions(Map.of(chosen.name(), attribute(comparison)), null, null, null, null, null);
            case USER_ATTRIBUTE -> new SegmentDimensions(null, Map.of(chosen.name(), attribute(comparison)), null, null, null, null);
            case METRIC -> new SegmentDimensions(null, null, Map.of(chosen.name(),
                    new SegmentDimensions.MetricDimension(ComparisonOperator.valueOf(comparison.name()), number(values.get(), "the number"))),
                    null, null, null);
            case DISTANCE -> new SegmentDimensions(null, null, null, null, new SegmentDimensions.Location(null,
                    new SegmentDimensions.GpsPoint(new SegmentDimensions.Coordinates(number(latitude.get(), "the latitude"),
                            number(longitude.get(), "the longitude")), number(kilometres.get(), "the distance"))), null);
            case RECENCY -> new SegmentDimensions(null, null, null, null, null, new SegmentDimensions.Behavior(
                    new SegmentDimensions.Recency(recency.get(), comparison == CriterionOperator.ACTIVE_WITHIN
                            ? SegmentDimensions.RecencyType.ACTIVE : SegmentDimensions.RecencyType.INACTIVE)));
            case COUNTRY -> new SegmentDimensions(null, null, null, null, new SegmentDimensions.Location(set(comparison), null), null);
            case CHANNEL -> demographic(set(comparison), null, null, null, null);
            case PLATFORM -> demographic(null, null, null, null, set(comparison));
            case MAKE -> demographic(null, set(comparison), null, null, null);
            case MODEL -> demographic(null, null, set(comparison), null, null);
            case APP_VERSION -> demographic(null, null, null, set(comparison), null);
        };
    }

    private static SegmentDimensions demographic(SetDimension channel, SetDimension make, SetDimension model,
            SetDimension appVersion, SetDimension platform) {
        return new SegmentDimensions(null, null, null,
                new SegmentDimensions.Demographic(appVersion, channel, null, make, model, platform), null, null);
    }

    private AttributeDimension attribute(CriterionOperator comparison) {
        AttributeType type = switch (comparison) {
            case IS_ONE_OF -> AttributeType.INCLUSIVE;
            case IS_NONE_OF -> AttributeType.EXCLUSIVE;
            default -> AttributeType.valueOf(comparison.name());
        };
        return new AttributeDimension(type, valueList());
    }

    private SetDimension set(CriterionOperator comparison) {
        return new SetDimension(comparison == CriterionOperator.IS_NONE_OF ? DimensionType.EXCLUSIVE : DimensionType.INCLUSIVE,
                valueList());
    }

    private List<String> valueList() {
        List<String> parsed;
        try {
            parsed = ValueList.parse(values.get());
        } catch (IllegalArgumentException e) {
            throw new InvalidSegmentException(e.getMessage());
        }
        if (parsed.isEmpty()) {
            throw new InvalidSegmentException("give at least one value");
        }
        return parsed;
    }

    private static double number(String text, String what) {
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidSegmentException(text.isBlank() ? "give " + what : "\"" + text.strip() + "\" is not a number");
        }
    }

    /** The draft of a dimensions object holding exactly one criterion; empty when it holds several. */
    static Optional<CriterionDraft> from(SegmentDimensions dimensions) {
        List<CriterionDraft> found = split(dimensions);
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /** A draft for each criterion of a dimensions object. */
    static List<CriterionDraft> split(SegmentDimensions dimensions) {
        List<CriterionDraft> found = new java.util.ArrayList<>();
        dimensions.attributes().forEach((name, dimension) ->
                found.add(attributeDraft(new SegmentField(SegmentField.Kind.ATTRIBUTE, name), dimension)));
        dimensions.userAttributes().forEach((name, dimension) ->
                found.add(attributeDraft(new SegmentField(SegmentField.Kind.USER_ATTRIBUTE, name), dimension)));
        dimensions.metrics().forEach((name, dimension) -> {
            CriterionDraft draft = new CriterionDraft(new SegmentField(SegmentField.Kind.METRIC, name));
            draft.operator.set(CriterionOperator.valueOf(dimension.comparisonOperator().name()));
            draft.values.set(NumberText.format(dimension.value()));
            found.add(draft);
        });
        var demographic = dimensions.demographic();
        if (demographic != null) {
            setDraft(found, SegmentField.Kind.CHANNEL, demographic.channel());
            setDraft(found, SegmentField.Kind.PLATFORM, demographic.platform());
            setDraft(found, SegmentField.Kind.MAKE, demographic.make());
            setDraft(found, SegmentField.Kind.MODEL, demographic.model());
            setDraft(found, SegmentField.Kind.APP_VERSION, demographic.appVersion());
        }
        var location = dimensions.location();
        if (location != null) {
            setDraft(found, SegmentField.Kind.COUNTRY, location.country());
            if (location.gpsPoint() != null && location.gpsPoint().coordinates() != null) {
                CriterionDraft draft = new CriterionDraft(standard(SegmentField.Kind.DISTANCE));
                draft.latitude.set(NumberText.format(location.gpsPoint().coordinates().latitude()));
                draft.longitude.set(NumberText.format(location.gpsPoint().coordinates().longitude()));
                draft.kilometres.set(NumberText.format(location.gpsPoint().rangeInKilometers()));
                found.add(draft);
            }
        }
        if (dimensions.behavior() != null && dimensions.behavior().recency() != null) {
            var recency = dimensions.behavior().recency();
            CriterionDraft draft = new CriterionDraft(standard(SegmentField.Kind.RECENCY));
            draft.operator.set(recency.recencyType() == SegmentDimensions.RecencyType.ACTIVE
                    ? CriterionOperator.ACTIVE_WITHIN : CriterionOperator.INACTIVE_WITHIN);
            draft.recency.set(recency.duration());
            found.add(draft);
        }
        return found;
    }

    private static CriterionDraft attributeDraft(SegmentField field, AttributeDimension dimension) {
        CriterionDraft draft = new CriterionDraft(field);
        draft.operator.set(switch (dimension.attributeType()) {
            case INCLUSIVE -> CriterionOperator.IS_ONE_OF;
            case EXCLUSIVE -> CriterionOperator.IS_NONE_OF;
            default -> CriterionOperator.valueOf(dimension.attributeType().name());
        });
        draft.values.set(ValueList.format(dimension.values()));
        return draft;
    }

    private static void setDraft(List<CriterionDraft> found, SegmentField.Kind kind, SetDimension dimension) {
        if (dimension == null) {
            return;
        }
        CriterionDraft draft = new CriterionDraft(standard(kind));
        draft.operator.set(dimension.dimensionType() == DimensionType.EXCLUSIVE ? CriterionOperator.IS_NONE_OF : CriterionOperator.IS_ONE_OF);
        draft.values.set(ValueList.format(dimension.values()));
        found.add(draft);
    }

    static SegmentField standard(SegmentField.Kind kind) {
        return SegmentField.STANDARD.stream().filter(field -> field.kind() == kind).findFirst().orElseThrow();
    }
}
