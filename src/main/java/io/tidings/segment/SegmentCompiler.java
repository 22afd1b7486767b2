package io.tidings.segment;

import io.tidings.country.CountryCodes;
import io.tidings.segment.SegmentDimensions.AttributeDimension;
import io.tidings.segment.SegmentDimensions.DimensionType;
import io.tidings.segment.SegmentDimensions.GpsPoint;
import io.tidings.segment.SegmentDimensions.MetricDimension;
import io.tidings.segment.SegmentDimensions.SetDimension;
import io.tidings.store.AttributeColumns;
import io.tidings.work.Quote;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns a segment definition into one SQL condition on the endpoint row {@code e}, so that
 * counting and listing members run inside SQLite. Every value is a bound parameter.
 *
 * <p>Semantics, following Pinpoint: the criteria of one dimensions object must all hold; a
 * group's dimensions combine by its type (ALL, ANY, NONE) and apply to its source segments
 * (all endpoints when it names none); groups combine by the definition's Include. An endpoint
 * without an attribute fails INCLUSIVE, CONTAINS and the date comparisons, and passes EXCLUSIVE.
 */
final class SegmentCompiler {

    private static final double EARTH_RADIUS_KM = 6371.0088;
    /** How many segments deep the compiler follows segments that start from segments. */
    static final int MOST_NESTED_SOURCES = 100;

    private static final String SEPARATOR = String.valueOf(AttributeColumns.SEPARATOR);

    private final CustomColumns names;
    private final SegmentSources sources;
    private final Instant now;
    private final int longListsFrom;
    private final Set<String> compiling = new HashSet<>();

    /** @param longListsFrom lists of more values than this are bound as one JSON array ({@link ValueList}) */
    SegmentCompiler(CustomColumns names, SegmentSources sources, Instant now, int longListsFrom) {
        this.names = names;
        this.sources = sources;
        this.now = now;
        this.longListsFrom = longListsFrom;
    }

    SqlCondition compile(SegmentDefinition definition) {
        List<SqlCondition> groups = new ArrayList<>();
        for (int index = 0; index < definition.groups().size(); index++) {
            groups.add(group(definition.groups().get(index), "Groups[" + index + "]"));
        }
        SqlCondition included = groups.isEmpty() ? SqlCondition.TRUE : switch (definition.include()) {
            case ALL -> SqlCondition.all(groups);
            case ANY -> SqlCondition.any(groups);
            case NONE -> SqlCondition.any(groups).not();
        };
        if (definition.excludeSegments().isEmpty()) {
            return included;
        }
        List<SqlCondition> excluded = new ArrayList<>();
        for (SegmentGroup.SourceSegment source : definition.excludeSegments()) {
            excluded.add(source(source, "ExcludeSegments"));
        }
        return SqlCondition.all(List.of(included, SqlCondition.any(excluded).not()));
    }

    SqlCondition group(SegmentGroup group, String path) {
        List<SqlCondition> sourceConditions = new ArrayList<>();
        for (SegmentGroup.SourceSegment source : group.sourceSegments()) {
            sourceConditions.add(source(source, path + ".SourceSegments"));
        }
        SqlCondition start = group.sourceType() == SegmentGroup.SourceType.ALL
                ? SqlCondition.all(sourceConditions)
                : sourceConditions.isEmpty() ? SqlCondition.TRUE : SqlCondition.any(sourceConditions);
        List<SqlCondition> dimensions = new ArrayList<>();
        for (int index = 0; index < group.dimensions().size(); index++) {
            dimensions.add(dimensions(group.dimensions().get(index), path + ".Dimensions[" + index + "]"));
        }
        if (dimensions.isEmpty()) {
            return start;
        }
        SqlCondition filter = switch (group.type()) {
            case ALL -> SqlCondition.all(dimensions);
            case ANY -> SqlCondition.any(dimensions);
            case NONE -> SqlCondition.any(dimensions).not();
        };
        return SqlCondition.all(List.of(start, filter));
    }

    /** Every criterion of one dimensions object, each as its own condition, in a stable order. */
    List<Criterion> criteria(SegmentDimensions dimensions, String path) {
        List<Criterion> criteria = new ArrayList<>();
        dimensions.attributes().forEach((name, dimension) -> criteria.add(new Criterion(path + ".Attributes." + name,
                attribute(names.attribute(name), dimension, path + ".Attributes." + name))));
        dimensions.userAttributes().forEach((name, dimension) -> criteria.add(new Criterion(path + ".UserAttributes." + name,
                attribute(names.userAttribute(name), dimension, path + ".UserAttributes." + name))));
        dimensions.metrics().forEach((name, dimension) -> criteria.add(new Criterion(path + ".Metrics." + name,
                metric(names.metric(name), dimension))));
        if (dimensions.demographic() != null) {
            var demographic = dimensions.demographic();
            addSet(criteria, path + ".Demographic.AppVersion", "e.app_version", demographic.appVersion(), Function.identity());
            addSet(criteria, path + ".Demographic.Channel", "e.channel_type", demographic.channel(), Function.identity());
            addSet(criteria, path + ".Demographic.Make", "e.make", demographic.make(), Function.identity());
            addSet(criteria, path + ".Demographic.Model", "e.model", demographic.model(), Function.identity());
            addSet(criteria, path + ".Demographic.Platform", "e.platform", demographic.platform(), Function.identity());
            if (demographic.deviceType() != null) {
                throw new InvalidSegmentException(path + ".Demographic.DeviceType: Tidings endpoints do not record a "
                        + "device type; use Demographic.Platform, Make or Model instead.");
            }
        }
        if (dimensions.location() != null) {
            addSet(criteria, path + ".Location.Country", "e.country", dimensions.location().country(),
                    SegmentCompiler::countryCode);
            if (dimensions.location().gpsPoint() != null) {
                criteria.add(new Criterion(path + ".Location.GPSPoint",
                        near(dimensions.location().gpsPoint(), path + ".Location.GPSPoint")));
            }
        }
        if (dimensions.behavior() != null && dimensions.behavior().recency() != null) {
            var recency = dimensions.behavior().recency();
            if (recency.duration() == null || recency.recencyType() == null) {
                throw new InvalidSegmentException(path + ".Behavior.Recency needs both Duration and RecencyType.");
            }
            String since = now.minus(recency.duration().length()).toString();
            criteria.add(new Criterion(path + ".Behavior.Recency",
                    recency.recencyType() == SegmentDimensions.RecencyType.ACTIVE
                            ? SqlCondition.of("julianday(e.effective_date) >= julianday(?)", since)
                            : SqlCondition.of("(e.effective_date IS NULL OR julianday(e.effective_date) < julianday(?))", since)));
        }
        return criteria;
    }

    /** One criterion of a segment: where it is in the definition, and its condition. */
    record Criterion(String path, SqlCondition condition) {
    }

    private SqlCondition dimensions(SegmentDimensions dimensions, String path) {
        return SqlCondition.all(criteria(dimensions, path).stream().map(Criterion::condition).toList());
    }

    private SqlCondition source(SegmentGroup.SourceSegment source, String path) {
        SegmentSources.Source found = sources.find(source.id(), source.version())
                .orElseThrow(() -> new InvalidSegmentException(path + ": there is no segment with id " + source.id() + "."));
        if (found instanceof SegmentSources.Source.Imported imported) {
            return SqlCondition.of("e.key IN (SELECT endpoint_key FROM segment_member WHERE segment_id = ?)",
                    imported.segmentId());
        }
        SegmentSources.Source.Dynamic dynamic = (SegmentSources.Source.Dynamic) found;
        if (compiling.size() >= MOST_NESTED_SOURCES) {
            throw new InvalidSegmentException(path + ": the segments it starts from start from others more than "
                    + MOST_NESTED_SOURCES + " deep, more than Tidings follows; start it from a segment nearer the top.");
        }
        if (!compiling.add(dynamic.id())) {
            throw new InvalidSegmentException(path + ": segment " + source.id() + " includes itself, directly or through others.");
        }
        try {
            return compile(dynamic.definition());
        } finally {
            compiling.remove(dynamic.id());
        }
    }

    /**
     * An attribute criterion on the attribute's column, where each value sits between two
     * separators: "has the value v" is a substring test for separator + v + separator.
     */
    private SqlCondition attribute(Optional<String> column, AttributeDimension dimension, String path) {
        List<String> values = dimension.values();
        if (values.isEmpty()) {
            throw new InvalidSegmentException(path + ": give at least one value.");
        }
        if (values.stream().anyMatch(value -> value.contains(SEPARATOR))) {
            throw new InvalidSegmentException(path + ": a value contains the control character U+001F, which "
                    + "attribute values cannot hold.");
        }
        String cell = "e." + column.orElse("absent");
        ValueList list = new ValueList(values, longListsFrom);
        List<Object> parameters = new ArrayList<>();
        SqlCondition test = switch (dimension.attributeType()) {
            case INCLUSIVE -> list.anyEqual(cell);
            case EXCLUSIVE -> {
                SqlCondition any = list.anyEqual(cell);
                yield new SqlCondition("(" + cell + " IS NULL OR NOT " + any.sql() + ")", any.parameters());
            }
            case CONTAINS -> list.anyContained(cell);
            case BEFORE -> new SqlCondition(anyValue(cell, dateTest("julianday(value) < julianday(?)", values, 1, path, parameters)),
                    parameters);
            case AFTER -> new SqlCondition(anyValue(cell, dateTest("julianday(value) > julianday(?)", values, 1, path, parameters)),
                    parameters);
            case ON -> new SqlCondition(anyValue(cell, dateTest("date(value) = date(?)", values, 1, path, parameters)), parameters);
            case BETWEEN -> new SqlCondition(anyValue(cell, dateTest("julianday(value) BETWEEN julianday(?) AND julianday(?)",
                    values, 2, path, parameters)), parameters);
        };
        if (column.isEmpty()) {
            // No endpoint has the attribute; the values were still checked above.
            return dimension.attributeType() == SegmentDimensions.AttributeType.EXCLUSIVE ? SqlCondition.TRUE : SqlCondition.FALSE;
        }
        return test;
    }

    /** True when some value of the cell passes {@code test}, which reads the value as {@code value}. */
    static String anyValue(String cell, String test) {
        return "EXISTS (WITH RECURSIVE part(value, rest) AS (SELECT NULL, substr(" + cell + ", 2) UNION ALL"
                + " SELECT substr(rest, 1, instr(rest, char(31)) - 1), substr(rest, instr(rest, char(31)) + 1)"
                + " FROM part WHERE rest <> '') SELECT 1 FROM part WHERE value IS NOT NULL AND " + test + ")";
    }

    private static String dateTest(String test, List<String> values, int count, String path, List<Object> parameters) {
        if (values.size() != count) {
            throw new InvalidSegmentException(path + ": " + (count == 1 ? "give one date" : "give two dates, the start and the end")
                    + " (found " + values.size() + ").");
        }
        for (String value : values) {
            parameters.add(isoDate(value, path));
        }
        return test;
    }

    private static String isoDate(String value, String path) {
        try {
            return Instant.parse(value).toString();
        } catch (DateTimeParseException notAnInstant) {
            try {
                return java.time.LocalDate.parse(value).atStartOfDay(java.time.ZoneOffset.UTC).toInstant().toString();
            } catch (DateTimeParseException notADate) {
                throw new InvalidSegmentException(path + ": " + Quote.of(value) + " is not a date; write it as 2026-03-01 or "
                        + "2026-03-01T09:00:00Z.");
            }
        }
    }

    private static SqlCondition metric(Optional<String> column, MetricDimension dimension) {
        if (dimension.comparisonOperator() == null) {
            throw new InvalidSegmentException("A metric criterion needs a ComparisonOperator.");
        }
        if (column.isEmpty()) {
            return SqlCondition.FALSE;
        }
        String operator = switch (dimension.comparisonOperator()) {
            case GREATER_THAN -> ">";
            case GREATER_THAN_OR_EQUAL -> ">=";
            case LESS_THAN -> "<";
            case LESS_THAN_OR_EQUAL -> "<=";
            case EQUAL -> "=";
        };
        return SqlCondition.of("e." + column.get() + " " + operator + " ?", dimension.value());
    }

    /** Endpoints store two-letter codes; Pinpoint's own definitions may give three (USA) as well. */
    private static String countryCode(String value) {
        String code = CountryCodes.alpha2(value);
        return code != null ? code : value.toUpperCase(java.util.Locale.ROOT);
    }

    private void addSet(List<Criterion> criteria, String path, String column, SetDimension dimension,
            Function<String, String> normalise) {
        if (dimension == null) {
            return;
        }
        if (dimension.values().isEmpty()) {
            throw new InvalidSegmentException(path + ": give at least one value.");
        }
        SqlCondition in = new ValueList(dimension.values().stream().map(normalise).toList(), longListsFrom).in(column);
        criteria.add(new Criterion(path, dimension.dimensionType() == DimensionType.INCLUSIVE ? in
                : new SqlCondition("(" + column + " IS NULL OR NOT " + in.sql() + ")", in.parameters())));
    }

    private static SqlCondition near(GpsPoint point, String path) {
        if (point.coordinates() == null) {
            throw new InvalidSegmentException(path + " needs Coordinates.");
        }
        double latitude = point.coordinates().latitude();
        double longitude = point.coordinates().longitude();
        double range = point.rangeInKilometers();
        if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) {
            throw new InvalidSegmentException(path + ": the coordinates must be a latitude from -90 to 90 and a longitude from -180 to 180.");
        }
        if (!(range > 0)) {
            throw new InvalidSegmentException(path + ": RangeInKilometers must be more than 0.");
        }
        // A box around the point lets most endpoints be ruled out before the exact distance. The circle's
        // widest east-west reach is poleward of its centre: asin(sin r / cos latitude), wider than r / cos latitude.
        double angle = range / EARTH_RADIUS_KM;
        double latitudeSpan = Math.toDegrees(angle);
        double reach = Math.sin(Math.min(angle, Math.PI / 2)) / Math.cos(Math.toRadians(latitude));
        double longitudeSpan = angle >= Math.PI / 2 || !(reach < 1) ? 180 : Math.toDegrees(Math.asin(reach));
        String box = "e.latitude BETWEEN ? AND ?";
        List<Object> parameters = new ArrayList<>(List.of(latitude - latitudeSpan, latitude + latitudeSpan));
        if (longitudeSpan < 180 && Math.abs(latitude) + latitudeSpan < 90) {
            box += " AND e.longitude BETWEEN ? AND ?";
            double west = longitude - longitudeSpan;
            double east = longitude + longitudeSpan;
            if (west < -180 || east > 180) {
                box = "e.latitude BETWEEN ? AND ? AND (e.longitude >= ? OR e.longitude <= ?)";
                parameters.add(west < -180 ? west + 360 : west);
                parameters.add(east > 180 ? east - 360 : east);
            } else {
                parameters.add(west);
                parameters.add(east);
            }
        }
        String distance = "2 * " + EARTH_RADIUS_KM + " * asin(sqrt(pow(sin(radians(e.latitude - ?) / 2), 2)"
                + " + cos(radians(?)) * cos(radians(e.latitude)) * pow(sin(radians(e.longitude - ?) / 2), 2))) <= ?";
        parameters.addAll(List.of(latitude, latitude, longitude, range));
        return new SqlCondition(box + " AND " + distance, parameters);
    }

}
