package io.tidings.segment;

import io.tidings.store.Database;
import io.tidings.work.NumericIds;
import io.tidings.work.OutputCheck;
import io.tidings.work.Progress;
import io.tidings.work.Quote;
import io.tidings.work.WholeFile;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;

/**
 * The segments of one workspace: saving dynamic segments (each save a version), renaming,
 * duplicating, deleting, and evaluating any segment or unsaved definition.
 */
public final class SegmentService {

    static final int MAX_NAME_LENGTH = 100;

    private final Database database;
    private final SegmentRepository repository = new SegmentRepository();
    private final SegmentEvaluator evaluator;
    private final SegmentUsers users;

    public SegmentService(Database database) {
        this(database, SegmentUsers.NONE);
    }

    /** @param users what else needs a segment (campaigns), which refuses its deletion */
    public SegmentService(Database database, SegmentUsers users) {
        this.database = database;
        this.users = users;
        this.evaluator = new SegmentEvaluator(database, this::source);
    }

    public List<Segment> list() {
        return database.read(repository::list);
    }

    public Optional<Segment> find(long id) {
        return database.read(connection -> repository.find(connection, id));
    }

    public Optional<Segment> findByName(String name) {
        return database.read(connection -> repository.findByName(connection, name));
    }

    /** The segment {@code reference} names: by its name first, else by its id ("12"), as files and commands name them. */
    public Optional<Segment> findByNameOrId(String reference) {
        return findByName(reference.strip()).or(() -> NumericIds.of(reference).flatMap(this::find));
    }

    /** Writes {@code definition} as Pinpoint segment JSON to {@code file}, whole, never over the workspace. */
    public void exportJson(SegmentDefinition definition, Path file) {
        OutputCheck.workspace(database.file()).check(file);
        WholeFile.writeText(file, SegmentJson.write(definition));
    }

    /** Saves a new dynamic segment as version 1, after checking its name and criteria. */
    public Segment create(String name, SegmentDefinition definition) {
        String checkedName = checkName(name);
        evaluator.check(definition);
        long id = database.write(connection -> {
            if (repository.nameTaken(connection, checkedName, -1)) {
                throw new InvalidSegmentException("A segment called " + Quote.of(checkedName) + " already exists.");
            }
            return repository.insertDynamic(connection, checkedName, definition, Instant.now());
        });
        return find(id).orElseThrow();
    }

    /** Saves new criteria for a dynamic segment as its next version. */
    public Segment save(long id, SegmentDefinition definition) {
        Segment segment = existing(id);
        if (segment.type() != SegmentType.DYNAMIC) {
            throw new InvalidSegmentException(Quote.of(segment.name()) + " is an imported segment: its members come from "
                    + "a file. Import the file again to change them.");
        }
        checkWithout(id, definition);
        // Checked as if already saved, so that a cycle through other segments shows.
        new SegmentEvaluator(database, (sourceId, version) -> sourceId.equals(segment.sourceId()) && version == null
                ? Optional.of(new SegmentSources.Source.Dynamic(segment.sourceId(), definition))
                : source(sourceId, version)).check(definition);
        database.write(connection -> repository.addVersion(connection, id, definition, Instant.now()));
        return find(id).orElseThrow();
    }

    public Segment rename(long id, String name) {
        existing(id);
        String checkedName = checkName(name);
        database.write(connection -> {
            if (repository.nameTaken(connection, checkedName, id)) {
                throw new InvalidSegmentException("A segment called " + Quote.of(checkedName) + " already exists.");
            }
            repository.rename(connection, id, checkedName, Instant.now());
            return null;
        });
        return find(id).orElseThrow();
    }

    /** A copy under a new name: the criteria of a dynamic segment, or the members of an imported one. */
    public Segment duplicate(long id, String name) {
        Segment original = existing(id);
        if (original.type() == SegmentType.DYNAMIC) {
            return create(name, membersOf(original));
        }
        String checkedName = checkName(name);
        long copy = database.write(connection -> {
            if (repository.nameTaken(connection, checkedName, -1)) {
                throw new InvalidSegmentException("A segment called " + Quote.of(checkedName) + " already exists.");
            }
            return repository.copyImportedMembers(connection, id, checkedName, Instant.now());
        });
        return find(copy).orElseThrow();
    }

    /** Deletes a segment, unless another segment starts from it or a campaign uses it; the message names those. */
    public void delete(long id) {
        Segment segment = existing(id);
        List<String> campaigns = users.usersOf(id);
        if (!campaigns.isEmpty()) {
            throw new InvalidSegmentException(Quote.of(segment.name()) + " cannot be deleted: "
                    + String.join(", ", campaigns) + (campaigns.size() == 1 ? " uses" : " use") + " it. "
                    + "Cancel or finish " + (campaigns.size() == 1 ? "it" : "them") + " first.");
        }
        List<String> users = list().stream()
                .filter(other -> other.id() != id && other.definition() != null && startsFrom(other.definition(), segment))
                .map(other -> Quote.of(other.name()))
                .toList();
        if (!users.isEmpty()) {
            throw new InvalidSegmentException(Quote.of(segment.name()) + " cannot be deleted: the segment"
                    + (users.size() == 1 ? " " : "s ") + String.join(", ", users) + " start from it.");
        }
        database.write(connection -> {
            repository.delete(connection, id);
            return null;
        });
    }

    public List<SegmentVersion> versions(long id) {
        return database.read(connection -> repository.versions(connection, id));
    }

    /** Endpoints and users in a saved segment. */
    public SegmentCount count(Segment segment) {
        return evaluator.count(membersOf(segment));
    }

    /** Endpoints and users matching unsaved criteria, for the builder's live count. */
    public SegmentCount count(SegmentDefinition definition) {
        return evaluator.count(definition);
    }

    public List<CriterionCount> criterionCounts(SegmentDefinition definition, Progress progress) {
        return evaluator.criterionCounts(definition, progress);
    }

    public List<SegmentMember> sample(SegmentDefinition definition, int limit) {
        return evaluator.sample(definition, limit);
    }

    /** Hands every member's endpoint key to {@code member} in key order; returns the count. */
    public long forEachMember(Segment segment, LongConsumer member) {
        return evaluator.forEachMember(membersOf(segment), member);
    }

    /** Every member's endpoint key, in key order: for exports and sends. */
    public long[] memberKeys(Segment segment) {
        java.util.stream.LongStream.Builder keys = java.util.stream.LongStream.builder();
        forEachMember(segment, keys::add);
        return keys.build().toArray();
    }

    /** Every member's endpoint key, in key order, of a definition (such as one version of a segment). */
    public long[] memberKeys(SegmentDefinition definition) {
        java.util.stream.LongStream.Builder keys = java.util.stream.LongStream.builder();
        evaluator.forEachMember(definition, keys::add);
        return keys.build().toArray();
    }

    /** Hands every member of {@code definition} to {@code member} with the fields sending needs; returns the count. */
    public long forEachMemberEndpoint(SegmentDefinition definition, java.util.function.Consumer<MemberEndpoint> member) {
        return evaluator.forEachMemberEndpoint(definition, member);
    }

    /** The members of {@code definition} among the endpoints with these ids, evaluated for them alone. */
    public List<MemberEndpoint> membersAmong(SegmentDefinition definition, java.util.Collection<String> endpointIds) {
        return evaluator.membersAmong(definition, endpointIds);
    }

    /**
     * The definition whose members are the segment's at {@code version} (a saved version of a dynamic segment), or
     * its members now when {@code version} is null. An imported segment has one version, its list.
     *
     * @throws InvalidSegmentException naming the version when the segment has no such version
     */
    public SegmentDefinition membersOf(Segment segment, Integer version) {
        if (version == null || segment.type() != SegmentType.DYNAMIC) {
            return membersOf(segment);
        }
        return versions(segment.id()).stream().filter(saved -> saved.version() == version).findFirst()
                .map(SegmentVersion::definition)
                .orElseThrow(() -> new InvalidSegmentException("Segment " + Quote.of(segment.name()) + " has no version "
                        + version + "."));
    }

    /** Throws {@link InvalidSegmentException}, in words, when the segment cannot be counted or sent to. */
    public void check(Segment segment) {
        evaluator.check(membersOf(segment));
    }

    /**
     * A definition whose members are exactly the segment's: its criteria, or its imported list. Throws
     * {@link InvalidSegmentException} for a segment whose saved criteria cannot be used.
     */
    public static SegmentDefinition membersOf(Segment segment) {
        if (segment.problem() != null) {
            throw new InvalidSegmentException("The segment " + Quote.of(segment.name()) + " cannot be used: " + segment.problem() + ".");
        }
        if (segment.type() == SegmentType.DYNAMIC) {
            return segment.definition();
        }
        return new SegmentDefinition(List.of(new SegmentGroup(List.of(),
                List.of(new SegmentGroup.SourceSegment(segment.sourceId(), null)),
                SegmentGroup.SourceType.ANY, SegmentGroup.GroupType.ALL)), SegmentDefinition.Include.ALL);
    }

    private Optional<SegmentSources.Source> source(String id, Integer version) {
        Optional<Segment> found = NumericIds.of(id).flatMap(this::find).or(() -> findByName(id));
        return found.map(segment -> {
            if (segment.type() == SegmentType.IMPORTED) {
                return new SegmentSources.Source.Imported(segment.id());
            }
            SegmentDefinition definition = version == null ? membersOf(segment)
                    : versions(segment.id()).stream().filter(saved -> saved.version() == version).findFirst()
                            .map(SegmentVersion::definition)
                            .orElseThrow(() -> new InvalidSegmentException("Segment " + Quote.of(segment.name()) + " has no version " + version + "."));
            return new SegmentSources.Source.Dynamic(segment.sourceId(), definition);
        });
    }

    /** Refuses a definition for segment {@code id} that names the segment itself as a source. */
    private static void checkWithout(long id, SegmentDefinition definition) {
        boolean selfReference = definition.groups().stream().flatMap(group -> group.sourceSegments().stream())
                .anyMatch(source -> source.id().equals(Long.toString(id)));
        if (selfReference) {
            throw new InvalidSegmentException("A segment cannot start from itself.");
        }
    }

    private static boolean startsFrom(SegmentDefinition definition, Segment segment) {
        return definition.groups().stream().flatMap(group -> group.sourceSegments().stream())
                .anyMatch(source -> source.id().equals(segment.sourceId()) || source.id().equalsIgnoreCase(segment.name()));
    }

    private Segment existing(long id) {
        return find(id).orElseThrow(() -> new InvalidSegmentException("There is no segment with id " + id + "."));
    }

    private static String checkName(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidSegmentException("A segment needs a name.");
        }
        String stripped = name.strip();
        if (stripped.length() > MAX_NAME_LENGTH) {
            throw new InvalidSegmentException("A segment name can be at most " + MAX_NAME_LENGTH + " characters.");
        }
        return stripped;
    }
}
