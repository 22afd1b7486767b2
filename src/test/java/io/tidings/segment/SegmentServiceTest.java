package io.tidings.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tidings.audience.AudienceImport;
import io.tidings.audience.ErrorPolicy;
import io.tidings.audience.ImportFormat;
import io.tidings.audience.ImportRequest;
import io.tidings.sample.SampleWorkspace;
import io.tidings.segment.ImportedSegmentRepository;
import io.tidings.segment.SegmentDimensions.AttributeDimension;
import io.tidings.segment.SegmentDimensions.AttributeType;
import io.tidings.segment.SegmentDimensions.SetDimension;
import io.tidings.wiring.Wiring;
import io.tidings.work.Progress;
import io.tidings.workspace.Workspace;
import io.tidings.workspace.WorkspaceService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SegmentServiceTest {

    @TempDir
    Path folder;

    private Workspace workspace;
    private SegmentService segments;

    @BeforeEach
    void sampleWorkspace() {
        workspace = new WorkspaceService().create(folder.resolve("segments.tidings"), "Segments");
        segments = new SegmentService(workspace.database());
        new SampleWorkspace(new io.tidings.audience.AudienceService(workspace.database()),
                Wiring.templateService(workspace.database()), segments).populate(Progress.NONE);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private static SegmentDefinition country(String... countries) {
        return SegmentDefinition.of(new SegmentDimensions(null, null, null, null,
                new SegmentDimensions.Location(new SetDimension(SegmentDimensions.DimensionType.INCLUSIVE, List.of(countries)), null),
                null));
    }

    private static SegmentDefinition interest(String interest) {
        return SegmentDefinition.of(new SegmentDimensions(
                Map.of("Interests", new AttributeDimension(AttributeType.INCLUSIVE, List.of(interest))), null, null, null, null, null));
    }

    private static SegmentDefinition startingFrom(SegmentGroup.SourceType type, SegmentDimensions dimensions, Segment... sources) {
        return new SegmentDefinition(List.of(new SegmentGroup(dimensions == null ? List.of() : List.of(dimensions),
                java.util.Arrays.stream(sources).map(source -> new SegmentGroup.SourceSegment(source.sourceId(), null)).toList(),
                type, SegmentGroup.GroupType.ALL)), SegmentDefinition.Include.ALL);
    }

    @Test
    void everySaveIsANewVersion() {
        Segment created = segments.create("North America", country("US"));
        Segment saved = segments.save(created.id(), country("US", "CA"));

        assertThat(created.version()).isEqualTo(1);
        assertThat(saved.version()).isEqualTo(2);
        assertThat(segments.versions(created.id())).extracting(SegmentVersion::version).containsExactly(2, 1);
        assertThat(segments.versions(created.id()).get(1).definition()).isEqualTo(country("US"));
        assertThat(segments.count(saved).endpoints()).isGreaterThan(segments.count(created.definition()).endpoints());
    }

    @Test
    void namesAreUniqueAndRequired() {
        segments.create("Runners", interest("running"));

        assertThatThrownBy(() -> segments.create("runners", interest("yoga"))).hasMessage("A segment called \"runners\" already exists.");
        assertThatThrownBy(() -> segments.create(" ", interest("yoga"))).hasMessage("A segment needs a name.");
        Segment renamed = segments.rename(segments.findByName("Runners").orElseThrow().id(), "Joggers");
        assertThat(renamed.name()).isEqualTo("Joggers");
    }

    @Test
    void aSegmentIsFoundByItsNameFirstThenByItsId() {
        Segment runners = segments.create("Runners", interest("running"));
        Segment named = segments.create(Long.toString(runners.id() + 100), interest("yoga"));

        assertThat(segments.findByNameOrId(" runners ")).map(Segment::id).contains(runners.id());
        assertThat(segments.findByNameOrId(" " + runners.id())).map(Segment::id).contains(runners.id());
        assertThat(segments.findByNameOrId(named.name())).map(Segment::id).as("a name that looks like an id").contains(named.id());
        assertThat(segments.findByNameOrId("Walkers")).isEmpty();
    }

    @Test
    void sourceSegmentsCombineByTheirTypeAndExclusionLeavesEndpointsOut() {
        Segment us = segments.create("US", country("US"));
        Segment runners = segments.create("Runners", interest("running"));
        long usCount = segments.count(us).endpoints();
        long runnerCount = segments.count(runners).endpoints();
        long both = segments.count(new SegmentDefinition(List.of(
                SegmentGroup.of(country("US").groups().get(0).dimensions().get(0)),
                SegmentGroup.of(interest("running").groups().get(0).dimensions().get(0))), SegmentDefinition.Include.ALL)).endpoints();

        assertThat(segments.count(startingFrom(SegmentGroup.SourceType.ALL, null, us, runners)).endpoints()).isEqualTo(both);
        assertThat(segments.count(startingFrom(SegmentGroup.SourceType.ANY, null, us, runners)).endpoints())
                .isEqualTo(usCount + runnerCount - both);
        SegmentDefinition usWithoutRunners = new SegmentDefinition(country("US").groups(), SegmentDefinition.Include.ALL,
                List.of(new SegmentGroup.SourceSegment(runners.sourceId(), null)));
        assertThat(segments.count(usWithoutRunners).endpoints()).isEqualTo(usCount - both);
        assertThat(usWithoutRunners.fitsPinpoint()).isFalse();
    }

    @Test
    void aSegmentUsedByAnotherCannotBeDeletedAndTheMessageSaysWhich() {
        Segment us = segments.create("US", country("US"));
        segments.create("US runners", startingFrom(SegmentGroup.SourceType.ANY, interest("running").groups().get(0).dimensions().get(0), us));

        assertThatThrownBy(() -> segments.delete(us.id()))
                .hasMessage("\"US\" cannot be deleted: the segment \"US runners\" start from it.");
        segments.delete(segments.findByName("US runners").orElseThrow().id());
        segments.delete(us.id());
        assertThat(segments.list()).isEmpty();
    }

    @Test
    void aDefinitionPastPinpointsLimitsIsRefusedBeforeAnythingIsSaved() {
        Map<String, AttributeDimension> many = new java.util.LinkedHashMap<>();
        for (int index = 0; index < 101; index++) {
            many.put("Tier" + index, new AttributeDimension(AttributeType.INCLUSIVE, List.of("Gold")));
        }
        SegmentDefinition tooMany = SegmentDefinition.of(new SegmentDimensions(null, many, null, null, null, null));
        List<String> values = java.util.stream.IntStream.range(0, 700_000).mapToObj(index -> "Tier " + index).toList();
        SegmentDefinition tooLarge = SegmentDefinition.of(new SegmentDimensions(
                Map.of("Tier", new AttributeDimension(AttributeType.INCLUSIVE, values)), null, null, null, null, null));
        Segment runners = segments.create("Runners", interest("running"));
        List<Segment> before = segments.list();

        assertThatThrownBy(() -> segments.create("Many", tooMany)).isInstanceOf(InvalidSegmentException.class)
                .hasMessage("The segment has 101 criteria; Pinpoint allows at most 100 dimensions in a segment.");
        assertThatThrownBy(() -> segments.create("Large", tooLarge)).isInstanceOf(InvalidSegmentException.class)
                .hasMessageStartingWith("The segment's definition is ").hasMessageEndingWith(
                        " as Pinpoint JSON; Pinpoint takes segment definitions of at most 7 MB.");
        assertThatThrownBy(() -> segments.save(runners.id(), tooMany)).isInstanceOf(InvalidSegmentException.class);
        assertThat(segments.list()).isEqualTo(before);
        assertThat(segments.versions(runners.id())).hasSize(1);
    }

    /**
     * Each segment of a chain starts from the one before, as a file written elsewhere may hold them. Followed
     * all the way down, 1,200 of them overflowed Java's stack (and from 997 SQLite refused the SQL): a segment
     * more than 100 deep is refused in words, before it is saved, and a saved one says so when counted.
     */
    @Test
    void aChainOfSegmentsTooDeepToFollowIsRefusedInWords() {
        Segment first = segments.create("Link 0", interest("running"));
        long last = workspace.database().write(connection -> {
            long previous = first.id();
            try (var insert = connection.prepareStatement("INSERT INTO segment (name, type, definition, created_at, updated_at)"
                    + " VALUES (?, 'DYNAMIC', ?, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z') RETURNING id")) {
                for (int link = 1; link <= 1_200; link++) {
                    insert.setString(1, "Link " + link);
                    insert.setString(2, "{\"SegmentGroups\": {\"Groups\": [{\"SourceSegments\": [{\"Id\": \"" + previous + "\"}]}]}}");
                    try (var rows = insert.executeQuery()) {
                        rows.next();
                        previous = rows.getLong(1);
                    }
                }
            }
            return previous;
        });
        Segment deepest = segments.find(last).orElseThrow();
        int saved = segments.list().size();

        assertThatThrownBy(() -> segments.create("Too deep", startingFrom(SegmentGroup.SourceType.ANY, null, deepest)))
                .isInstanceOf(InvalidSegmentException.class)
                .hasMessageEndingWith(": the segments it starts from start from others more than 100 deep, more than "
                        + "Tidings follows; start it from a segment nearer the top.");
        assertThat(segments.list()).hasSize(saved);
        assertThatThrownBy(() -> segments.count(deepest)).isInstanceOf(InvalidSegmentException.class);
        assertThat(segments.count(segments.findByName("Link 90").orElseThrow())).isEqualTo(segments.count(first));
    }

    /** A thousand groups that each start from a segment: no criteria to speak of, but SQL nested past what SQLite takes. */
    @Test
    void aDefinitionSqliteCannotTakeIsRefusedInWordsBeforeItIsSaved() {
        Segment runners = segments.create("Runners", interest("running"));
        List<SegmentGroup> groups = java.util.Collections.nCopies(1_001, new SegmentGroup(List.of(),
                List.of(new SegmentGroup.SourceSegment(runners.sourceId(), null)), SegmentGroup.SourceType.ANY,
                SegmentGroup.GroupType.ALL));
        int saved = segments.list().size();

        assertThatThrownBy(() -> segments.create("Many groups", new SegmentDefinition(groups, SegmentDefinition.Include.ANY)))
                .isInstanceOf(InvalidSegmentException.class)
                .hasMessage("Tidings cannot evaluate this segment: with the segments it starts from, its criteria nest too "
                        + "deeply; start it from fewer segments, or give it fewer groups.");
        assertThat(segments.list()).hasSize(saved);
    }

    @Test
    void aSavedDefinitionThatCannotBeReadIsListedWithItsProblemAndSaysWhyWhenCounted() {
        Segment runners = segments.create("Runners", interest("running"));
        workspace.database().write(connection -> {
            try (var insert = connection.prepareStatement("INSERT INTO segment (name, type, definition, created_at, updated_at)"
                    + " VALUES ('Broken', 'DYNAMIC', '{\"Dimensions\": {\"Attributes\": []}}', '2026-01-01T00:00:00Z',"
                    + " '2026-01-01T00:00:00Z')")) {
                insert.executeUpdate();
            }
            return null;
        });

        Segment broken = segments.findByName("Broken").orElseThrow();

        assertThat(segments.list()).extracting(Segment::name).contains("Broken", "Runners");
        assertThat(broken.problem()).startsWith("its saved criteria cannot be read (the segment JSON has a problem at "
                + "Attributes: expected an object");
        assertThatThrownBy(() -> segments.count(broken)).isInstanceOf(InvalidSegmentException.class)
                .hasMessageStartingWith("The segment \"Broken\" cannot be used: its saved criteria cannot be read");
        assertThat(segments.count(runners).endpoints()).isPositive();
        Segment mended = segments.save(broken.id(), interest("yoga"));
        assertThat(mended.problem()).isNull();
        assertThat(segments.count(mended).endpoints()).isPositive();
    }

    @Test
    void aSegmentCannotStartFromItself() {
        Segment us = segments.create("US", country("US"));

        assertThatThrownBy(() -> segments.save(us.id(), startingFrom(SegmentGroup.SourceType.ANY, null, us)))
                .hasMessage("A segment cannot start from itself.");
        Segment other = segments.create("Other", startingFrom(SegmentGroup.SourceType.ANY, null, us));
        assertThatThrownBy(() -> segments.save(us.id(), startingFrom(SegmentGroup.SourceType.ANY, null, other)))
                .hasMessageContaining("includes itself");
    }

    @Test
    void anImportedSegmentCountsExactlyTheImportedEndpointsAndCanBeDuplicated() throws Exception {
        Path file = Files.writeString(folder.resolve("vip.csv"), """
                ChannelType,Address,User.UserId
                EMAIL,vip1@example.com,vip-1
                EMAIL,vip2@example.com,vip-2
                SMS,+14155550123,vip-2
                """);
        new AudienceImport(workspace.database(), new ImportedSegmentRepository(), () -> "US", false).run(new ImportRequest(file, ImportFormat.CSV, null,
                ErrorPolicy.STOP_AT_FIRST_ERROR, "VIPs", null), Progress.NONE);

        Segment vips = segments.findByName("VIPs").orElseThrow();
        Segment copy = segments.duplicate(vips.id(), "VIPs copy");

        assertThat(vips.type()).isEqualTo(SegmentType.IMPORTED);
        assertThat(segments.count(vips)).isEqualTo(new SegmentCount(3, 2));
        assertThat(segments.count(copy)).isEqualTo(new SegmentCount(3, 2));
        assertThat(segments.memberKeys(vips)).hasSize(3);
        assertThatThrownBy(() -> segments.save(vips.id(), country("US"))).hasMessageContaining("is an imported segment");
    }
}
