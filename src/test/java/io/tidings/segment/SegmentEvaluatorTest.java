package io.tidings.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tidings.audience.AudienceService;
import io.tidings.audience.ChannelType;
import io.tidings.audience.Endpoint;
import io.tidings.audience.EndpointLocation;
import io.tidings.audience.EndpointStatus;
import io.tidings.audience.EndpointUser;
import io.tidings.audience.OptOut;
import io.tidings.segment.SegmentDimensions.AttributeDimension;
import io.tidings.segment.SegmentDimensions.AttributeType;
import io.tidings.segment.SegmentDimensions.Coordinates;
import io.tidings.segment.SegmentDimensions.DimensionType;
import io.tidings.segment.SegmentDimensions.GpsPoint;
import io.tidings.segment.SegmentDimensions.SetDimension;
import io.tidings.work.Progress;
import io.tidings.workspace.Workspace;
import io.tidings.workspace.WorkspaceService;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SegmentEvaluatorTest {

    @TempDir
    Path folder;

    private Workspace workspace;
    private SegmentEvaluator evaluator;

    @BeforeEach
    void workspace() {
        workspace = new WorkspaceService().create(folder.resolve("segments.tidings"), "Segments");
        evaluator = new SegmentEvaluator(workspace.database(), SegmentSources.NONE);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private void add(Endpoint... endpoints) {
        new AudienceService(workspace.database()).addEndpoints(List.of(endpoints));
    }

    private static Endpoint endpoint(String id, String country, Double latitude, Double longitude, Map<String, List<String>> attributes) {
        return new Endpoint(id, ChannelType.EMAIL, id + "@example.com", EndpointStatus.ACTIVE, OptOut.NONE,
                Instant.now(), Instant.now(), Endpoint.cohortOf(id), attributes, Map.of(), null,
                new EndpointLocation(null, country, latitude, longitude, null, null), new EndpointUser("u-" + id, Map.of()));
    }

    private static SegmentDefinition near(double latitude, double longitude, double kilometres) {
        return SegmentDefinition.of(new SegmentDimensions(null, null, null, null,
                new SegmentDimensions.Location(null, new GpsPoint(new Coordinates(latitude, longitude), kilometres)), null));
    }

    @Test
    void distanceHoldsAtEveryLatitudeAndAcrossTheDateLine() {
        // Pairs about 100 km apart east-west at the equator, at 60° north, near the pole, and across 180°.
        double[][] places = {{0, 0}, {0, 0.9}, {60, 10}, {60, 11.8}, {85, 0}, {85, 10.3}, {-17, 179.6}, {-17, -179.6}};
        for (int index = 0; index < places.length; index++) {
            add(endpoint("p" + index, null, places[index][0], places[index][1], Map.of()));
        }

        for (int index = 0; index < places.length; index += 2) {
            double latitude = places[index][0];
            double longitude = places[index][1];
            double apart = InMemorySegment.distanceKm(latitude, longitude, places[index + 1][0], places[index + 1][1]);
            assertThat(evaluator.count(near(latitude, longitude, apart + 1)).endpoints())
                    .as("within %.1f km of (%s, %s)", apart + 1, latitude, longitude).isEqualTo(2);
            assertThat(evaluator.count(near(latitude, longitude, apart - 1)).endpoints())
                    .as("within %.1f km of (%s, %s)", apart - 1, latitude, longitude).isEqualTo(1);
        }
    }

    @Test
    void aPointNearTheCirclesWidestEastWestReachIsInside() {
        // 926.1 km from (50, 5): outside a box of r / cos(latitude) degrees of longitude, inside the circle.
        add(endpoint("edge", null, 51.16368431557787, -8.005891063333916, Map.of()));

        assertThat(evaluator.count(near(50, 5, 927)).endpoints()).isEqualTo(1);
        assertThat(evaluator.count(near(50, 5, 926)).endpoints()).isZero();
    }

    @Test
    void exclusiveKeepsEndpointsWithoutTheAttributeAndInclusiveDoesNot() {
        add(endpoint("a", "US", null, null, Map.of("Interests", List.of("running"))),
                endpoint("b", "US", null, null, Map.of("Interests", List.of("yoga"))),
                endpoint("c", "US", null, null, Map.of()));

        assertThat(evaluator.count(attribute("Interests", AttributeType.INCLUSIVE, "running")).endpoints()).isEqualTo(1);
        assertThat(evaluator.count(attribute("Interests", AttributeType.EXCLUSIVE, "running")).endpoints()).isEqualTo(2);
        assertThat(evaluator.count(attribute("Unheard", AttributeType.INCLUSIVE, "x")).endpoints()).isZero();
        assertThat(evaluator.count(attribute("Unheard", AttributeType.EXCLUSIVE, "x")).endpoints()).isEqualTo(3);
    }

    @Test
    void countsEachCriterionOnItsOwn() {
        add(endpoint("a", "US", null, null, Map.of("Interests", List.of("running"))),
                endpoint("b", "CA", null, null, Map.of("Interests", List.of("yoga"))),
                endpoint("c", "GB", null, null, Map.of("Interests", List.of("running"))));
        SegmentDefinition definition = SegmentDefinition.of(new SegmentDimensions(
                Map.of("Interests", new AttributeDimension(AttributeType.INCLUSIVE, List.of("running"))), null, null, null,
                new SegmentDimensions.Location(new SetDimension(SegmentDimensions.DimensionType.INCLUSIVE, List.of("US", "CA")), null),
                null));

        assertThat(evaluator.count(definition).endpoints()).isEqualTo(1);
        assertThat(evaluator.criterionCounts(definition, Progress.NONE)).containsExactly(
                new CriterionCount("Groups[0].Dimensions[0].Attributes.Interests", 2),
                new CriterionCount("Groups[0].Dimensions[0].Location.Country", 2));
        assertThat(evaluator.sample(definition, 10)).extracting(SegmentMember::endpointId).containsExactly("a");
    }

    @Test
    void refusesCriteriaItCannotEvaluateAndSaysWhere() {
        assertThatThrownBy(() -> evaluator.count(attribute("Joined", AttributeType.BETWEEN, "2026-01-01")))
                .isInstanceOf(InvalidSegmentException.class)
                .hasMessage("Groups[0].Dimensions[0].Attributes.Joined: give two dates, the start and the end (found 1).");
        add(endpoint("a", "US", null, null, Map.of("Joined", List.of("2026-02-01T00:00:00Z"))));
        assertThatThrownBy(() -> evaluator.count(attribute("Joined", AttributeType.AFTER, "last tuesday")))
                .hasMessageContaining("\"last tuesday\" is not a date");
        assertThatThrownBy(() -> evaluator.count(SegmentDefinition.of(new SegmentDimensions(null, null, null,
                new SegmentDimensions.Demographic(null, null, new SetDimension(null, List.of("PHONE")), null, null, null), null, null))))
                .hasMessageContaining("Demographic.DeviceType: Tidings endpoints do not record a device type");
    }

    /** Past 997 values a list nested SQLite's expression tree too deep, and at 60,000 its statement grew too long. */
    @Test
    void longListsOfValuesCountAsShortOnesDo() {
        add(endpoint("a", "US", null, null, Map.of("Interests", List.of("running"))),
                endpoint("b", "CA", null, null, Map.of("Interests", List.of("yoga", "trail running"))),
                endpoint("c", "GB", null, null, Map.of()));
        for (int length : List.of(997, 998, 1_001, 60_000)) {
            String[] interests = withFillers(length, "running");

            assertThat(evaluator.count(attribute("Interests", AttributeType.INCLUSIVE, interests)).endpoints())
                    .as("%,d values", length).isEqualTo(1);
            assertThat(evaluator.count(attribute("Interests", AttributeType.EXCLUSIVE, interests)).endpoints()).isEqualTo(2);
            assertThat(evaluator.count(attribute("Interests", AttributeType.CONTAINS, withFillers(length, "runn"))).endpoints())
                    .isEqualTo(2);
            assertThat(evaluator.count(country(DimensionType.INCLUSIVE, withFillers(length, "us", "GB"))).endpoints()).isEqualTo(2);
            assertThat(evaluator.count(country(DimensionType.EXCLUSIVE, withFillers(length, "US"))).endpoints()).isEqualTo(2);
            assertThat(evaluator.sample(attribute("Interests", AttributeType.INCLUSIVE, interests), 5))
                    .extracting(SegmentMember::endpointId).containsExactly("a");
        }
    }

    private static String[] withFillers(int length, String... values) {
        List<String> all = new java.util.ArrayList<>();
        for (int index = values.length; index < length; index++) {
            all.add("filler " + index);
        }
        all.addAll(List.of(values));
        return all.toArray(String[]::new);
    }

    private static SegmentDefinition country(DimensionType type, String... countries) {
        return SegmentDefinition.of(new SegmentDimensions(null, null, null, null,
                new SegmentDimensions.Location(new SetDimension(type, List.of(countries)), null), null));
    }

    private static SegmentDefinition attribute(String name, AttributeType type, String... values) {
        return SegmentDefinition.of(new SegmentDimensions(Map.of(name, new AttributeDimension(type, List.of(values))),
                null, null, null, null, null));
    }
}
