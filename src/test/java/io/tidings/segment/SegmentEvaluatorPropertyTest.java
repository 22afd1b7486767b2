package io.tidings.segment;

import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.audience.AudienceService;
import io.tidings.audience.ChannelType;
import io.tidings.audience.Endpoint;
import io.tidings.audience.EndpointDemographic;
import io.tidings.audience.EndpointLocation;
import io.tidings.audience.EndpointStatus;
import io.tidings.audience.EndpointUser;
import io.tidings.audience.OptOut;
import io.tidings.segment.SegmentDimensions.AttributeDimension;
import io.tidings.segment.SegmentDimensions.AttributeType;
import io.tidings.segment.SegmentDimensions.ComparisonOperator;
import io.tidings.segment.SegmentDimensions.Coordinates;
import io.tidings.segment.SegmentDimensions.DimensionType;
import io.tidings.segment.SegmentDimensions.GpsPoint;
import io.tidings.segment.SegmentDimensions.MetricDimension;
import io.tidings.segment.SegmentDimensions.SetDimension;
import io.tidings.workspace.Workspace;
import io.tidings.workspace.WorkspaceService;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random endpoints and random definitions: the SQL evaluator must count exactly what the plain
 * in-memory evaluator counts, every time.
 */
class SegmentEvaluatorPropertyTest {

    private static final long SEED = 424_242L;
    private static final List<String> COUNTRIES = List.of("US", "CA", "GB", "DE");
    private static final List<String> INTERESTS = List.of("running", "yoga", "cycling", "trail running");
    private static final List<String> PLATFORMS = List.of("iOS", "Android");

    @TempDir
    static Path folder;

    private static Workspace workspace;
    private static List<Endpoint> endpoints;
    private static SegmentEvaluator evaluator;
    /** Counts every audience in two user-id halves on two connections, as a large audience is counted. */
    private static SegmentEvaluator inHalves;
    /** Matches every list of values as a long list is matched: bound once, as JSON. */
    private static SegmentEvaluator asLongLists;

    @BeforeAll
    static void randomAudience() {
        workspace = new WorkspaceService().create(folder.resolve("property.tidings"), "Property");
        Random random = new Random(SEED);
        endpoints = new ArrayList<>();
        Instant now = Instant.now();
        for (int index = 0; index < 600; index++) {
            endpoints.add(randomEndpoint(random, index, now));
        }
        new AudienceService(workspace.database()).addEndpoints(endpoints);
        evaluator = new SegmentEvaluator(workspace.database(), SegmentSources.NONE);
        inHalves = new SegmentEvaluator(workspace.database(), SegmentSources.NONE, 0);
        asLongLists = new SegmentEvaluator(workspace.database(), SegmentSources.NONE, Integer.MAX_VALUE, 0);
    }

    @AfterAll
    static void close() {
        workspace.close();
    }

    @Test
    void theSqlEvaluatorAgreesWithThePlainOneOnRandomDefinitions() {
        Random random = new Random(SEED + 1);
        InMemorySegment plain = new InMemorySegment(Instant.now());
        for (int round = 0; round < 300; round++) {
            SegmentDefinition definition = randomDefinition(random);
            long expected = endpoints.stream().filter(endpoint -> plain.matches(definition, endpoint)).count();
            long expectedUsers = endpoints.stream().filter(endpoint -> plain.matches(definition, endpoint))
                    .map(endpoint -> endpoint.user().userId()).filter(java.util.Objects::nonNull).distinct().count();

            SegmentCount counted = evaluator.count(definition);

            assertThat(counted.endpoints()).as("round %d: %s", round, SegmentJson.write(definition)).isEqualTo(expected);
            assertThat(counted.users()).as("users, round %d", round).isEqualTo(expectedUsers);
            assertThat(inHalves.count(definition)).as("in halves, round %d", round).isEqualTo(counted);
            assertThat(asLongLists.count(definition)).as("as long lists, round %d", round).isEqualTo(counted);
        }
    }

    private static Endpoint randomEndpoint(Random random, int index, Instant now) {
        Map<String, List<String>> attributes = new LinkedHashMap<>();
        List<String> interests = new ArrayList<>();
        for (String interest : INTERESTS) {
            if (random.nextInt(3) == 0) {
                interests.add(interest);
            }
        }
        if (!interests.isEmpty()) {
            attributes.put("Interests", interests);
        }
        if (random.nextBoolean()) {
            String signedUp = now.minus(Duration.ofDays(random.nextInt(100))).toString();
            // A second date for some, drawn apart so that the other fields stay as the seed made them.
            Random second = new Random(SEED + index);
            attributes.put("SignupDate", second.nextInt(4) == 0
                    ? List.of(signedUp, now.minus(Duration.ofDays(second.nextInt(100))).toString()) : List.of(signedUp));
        }
        Map<String, Double> metrics = new LinkedHashMap<>();
        if (random.nextInt(4) > 0) {
            metrics.put("Purchases", (double) random.nextInt(6));
        }
        Double latitude = random.nextInt(5) == 0 ? null : 40 + random.nextDouble() * 20;
        Double longitude = latitude == null ? null : -10 + random.nextDouble() * 30;
        ChannelType channel = List.of(ChannelType.EMAIL, ChannelType.SMS, ChannelType.GCM).get(random.nextInt(3));
        String id = "ep-" + index;
        return new Endpoint(id, channel, id + "@example.com", EndpointStatus.ACTIVE, OptOut.NONE,
                now.minus(Duration.ofHours(random.nextInt(24 * 40))), now.minus(Duration.ofDays(200)), Endpoint.cohortOf(id),
                attributes, metrics,
                new EndpointDemographic(null, null, null, null, null,
                        random.nextInt(4) == 0 ? null : PLATFORMS.get(random.nextInt(2)), null, "Europe/Berlin"),
                new EndpointLocation(null, random.nextInt(5) == 0 ? null : COUNTRIES.get(random.nextInt(COUNTRIES.size())),
                        latitude, longitude, null, null),
                new EndpointUser(random.nextInt(6) == 0 ? null : "user-" + random.nextInt(150),
                        random.nextBoolean() ? Map.of("Tier", List.of(random.nextBoolean() ? "Gold" : "Silver")) : Map.of()));
    }

    private static SegmentDefinition randomDefinition(Random random) {
        List<SegmentGroup> groups = new ArrayList<>();
        for (int group = 0, count = 1 + random.nextInt(2); group < count; group++) {
            List<SegmentDimensions> dimensions = new ArrayList<>();
            for (int dimension = 0, dimensionCount = 1 + random.nextInt(2); dimension < dimensionCount; dimension++) {
                dimensions.add(randomDimensions(random));
            }
            groups.add(new SegmentGroup(dimensions, List.of(), SegmentGroup.SourceType.ANY,
                    SegmentGroup.GroupType.values()[random.nextInt(3)]));
        }
        return new SegmentDefinition(groups, SegmentDefinition.Include.values()[random.nextInt(3)]);
    }

    private static SegmentDimensions randomDimensions(Random random) {
        Map<String, AttributeDimension> attributes = new LinkedHashMap<>();
        Map<String, AttributeDimension> userAttributes = new LinkedHashMap<>();
        Map<String, MetricDimension> metrics = new LinkedHashMap<>();
        SegmentDimensions.Demographic demographic = null;
        SegmentDimensions.Location location = null;
        SegmentDimensions.Behavior behavior = null;
        for (int criterion = 0, count = 1 + random.nextInt(3); criterion < count; criterion++) {
            switch (random.nextInt(8)) {
                case 0 -> attributes.put("Interests", new AttributeDimension(
                        random.nextBoolean() ? AttributeType.INCLUSIVE : AttributeType.EXCLUSIVE,
                        List.of(INTERESTS.get(random.nextInt(INTERESTS.size())), INTERESTS.get(random.nextInt(INTERESTS.size())))));
                case 1 -> attributes.put("Interests", new AttributeDimension(AttributeType.CONTAINS, List.of("run", "cyc")));
                case 2 -> {
                    Instant pivot = Instant.now().minus(Duration.ofDays(random.nextInt(100)));
                    AttributeType type = List.of(AttributeType.BEFORE, AttributeType.AFTER, AttributeType.BETWEEN, AttributeType.ON)
                            .get(random.nextInt(4));
                    List<String> values = type == AttributeType.BETWEEN
                            ? List.of(pivot.minus(Duration.ofDays(20)).toString(), pivot.toString())
                            : List.of(pivot.toString());
                    attributes.put("SignupDate", new AttributeDimension(type, values));
                }
                case 3 -> metrics.put("Purchases", new MetricDimension(
                        ComparisonOperator.values()[random.nextInt(5)], random.nextInt(6)));
                case 4 -> demographic = new SegmentDimensions.Demographic(null,
                        random.nextBoolean() ? new SetDimension(DimensionType.values()[random.nextInt(2)], List.of("SMS", "GCM")) : null,
                        null, null, null, new SetDimension(DimensionType.values()[random.nextInt(2)], List.of("iOS")));
                case 5 -> location = new SegmentDimensions.Location(
                        new SetDimension(DimensionType.values()[random.nextInt(2)], List.of("us", "DE")),
                        random.nextBoolean() ? new GpsPoint(new Coordinates(50, 5), 300 + random.nextInt(900)) : null);
                case 6 -> behavior = new SegmentDimensions.Behavior(new SegmentDimensions.Recency(
                        SegmentDimensions.RecencyDuration.values()[random.nextInt(4)],
                        SegmentDimensions.RecencyType.values()[random.nextInt(2)]));
                default -> userAttributes.put("Tier", new AttributeDimension(
                        random.nextBoolean() ? AttributeType.INCLUSIVE : AttributeType.EXCLUSIVE, List.of("Gold")));
            }
        }
        return new SegmentDimensions(attributes, userAttributes, metrics, demographic, location, behavior);
    }
}
