package io.tidings.journey.simulation;

import io.tidings.audience.AudienceFilter;
import io.tidings.audience.AudienceService;
import io.tidings.audience.Endpoint;
import io.tidings.audience.EndpointRow;
import io.tidings.channel.sandbox.SandboxSettingsStore;
import io.tidings.journey.JourneyGraph;
import io.tidings.journey.SimpleCondition;
import io.tidings.journey.step.ActivityStep;
import io.tidings.segment.Segment;
import io.tidings.segment.SegmentDefinition;
import io.tidings.segment.SegmentField;
import io.tidings.segment.SegmentFields;
import io.tidings.segment.SegmentService;
import io.tidings.work.Progress;
import io.tidings.work.Quote;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Runs journey simulations against the workspace's people: reads the source (a segment's members, a test list) or
 * generates personas from the workspace's attribute values, evaluates the segments and attribute conditions the
 * journey's splits test, takes the sandbox's simulated rates (or the run's), and runs {@link JourneySimulation}. Sends
 * nothing and writes nothing. Thread-safe: each call builds its own run.
 */
public final class JourneySimulator {

    private static final int READ_BATCH = 5_000;
    private static final int MEMBERSHIP_BATCH = 900;
    private static final int MOST_PERSONA_FIELDS = 6;
    private static final int VALUES_PER_FIELD = 12;
    private static final List<ZoneId> PERSONA_ZONES = List.of(ZoneId.of("America/New_York"),
            ZoneId.of("America/Los_Angeles"), ZoneId.of("Europe/London"), ZoneId.of("Europe/Berlin"),
            ZoneId.of("Asia/Tokyo"), ZoneId.of("Australia/Sydney"));

    private final SegmentService segments;
    private final SegmentFields fields;
    private final AudienceService audience;
    private final SandboxSettingsStore sandbox;
    private final Clock clock;

    public JourneySimulator(SegmentService segments, SegmentFields fields, AudienceService audience,
            SandboxSettingsStore sandbox, Clock clock) {
        this.segments = segments;
        this.fields = fields;
        this.audience = audience;
        this.sandbox = sandbox;
        this.clock = clock;
    }

    /**
     * Runs the simulation. Refuses in words (an {@link IllegalArgumentException}) a journey whose entry leads nowhere,
     * days outside 1–540, a segment that does not exist, an empty test list, rates outside 0–100.
     */
    public SimulationResult simulate(SimulationRequest request, Progress progress) {
        JourneyGraph graph = request.graph();
        if (graph.startActivity() == null || !graph.has(graph.startActivity())) {
            throw new IllegalArgumentException("The journey's entry leads to no activity: connect it to the first "
                    + "activity before simulating.");
        }
        if (request.days() < 1 || request.days() > SimulationRequest.MOST_DAYS) {
            throw new IllegalArgumentException("Simulate from 1 to " + SimulationRequest.MOST_DAYS + " days; "
                    + request.days() + " is not.");
        }
        SimulationRates rates = SimulationRates.of(sandbox.load())
                .withOpenAndClick(request.openPercent(), request.clickPercent());
        SimulatedAudience travellers = audienceOf(request.source(), graph, progress);
        Instant start = graph.settings().schedule().startTime() != null ? graph.settings().schedule().startTime()
                : clock.instant().truncatedTo(ChronoUnit.HOURS);
        ActivityStep step = new ActivityStep(request.journeyKey(), graph, this::segmentName);
        JourneySimulation run = new JourneySimulation(step, travellers, rates, request.journeyKey().hashCode(), start,
                request.days(), Math.max(0, request.pathsKept()));
        SimulationResult result = run.run(progress);
        return new SimulationResult(result.counts(), result.paths(), result.participants(), result.entered(),
                result.start(), result.end(), rates.describe(), result.notes());
    }

    private String segmentName(long id) {
        return segments.find(id).map(Segment::name).orElse("deleted segment " + id);
    }

    private SimulatedAudience audienceOf(SimulationSource source, JourneyGraph graph, Progress progress) {
        if (source instanceof SimulationSource.Personas personas) {
            return personas(personas.count(), graph);
        }
        List<String> notes = new ArrayList<>();
        List<Endpoint> endpoints = source instanceof SimulationSource.FromSegment segment
                ? segmentMembers(segment.segment(), progress) : listed(((SimulationSource.TestList) source).entries(),
                        notes);
        return new ListedAudience(endpoints, segmentMembers(graph, endpoints, notes), attributeMatches(graph, endpoints),
                notes);
    }

    private List<Endpoint> segmentMembers(String name, Progress progress) {
        Segment segment = findSegment(name).orElseThrow(() -> new IllegalArgumentException("There is no segment "
                + Quote.of(name) + " in this workspace (by name or id)."));
        long[] keys = segments.memberKeys(segment);
        List<Endpoint> endpoints = new ArrayList<>(keys.length);
        for (int from = 0; from < keys.length; from += READ_BATCH) {
            progress.checkCancelled();
            progress.update(from, keys.length, "Reading the members of " + Quote.of(segment.name()));
            long[] batch = Arrays.copyOfRange(keys, from, Math.min(keys.length, from + READ_BATCH));
            Map<Long, Endpoint> read = audience.endpointsByKey(batch);
            for (long key : batch) {
                Endpoint endpoint = read.get(key);
                if (endpoint != null) {
                    endpoints.add(endpoint);
                }
            }
        }
        return endpoints;
    }

    private Optional<Segment> findSegment(String name) {
        Optional<Segment> byName = segments.findByName(name);
        if (byName.isPresent() || !name.strip().matches("\\d{1,18}")) {
            return byName;
        }
        return segments.find(Long.parseLong(name.strip()));
    }

    /** The test list's entries as endpoints: by id, else by address; an unknown address travels without data. */
    private List<Endpoint> listed(List<String> entries, List<String> notes) {
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("The test list is empty: give endpoint ids or addresses, one per line.");
        }
        List<Endpoint> endpoints = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String entry : entries) {
            Optional<Endpoint> found = audience.endpoint(entry).or(() -> byAddress(entry));
            if (found.isPresent()) {
                endpoints.add(found.get());
            } else {
                unknown.add(entry);
                endpoints.add(new Endpoint(entry, null, entry, null, null, null, null, 0, null, null, null, null, null));
            }
        }
        if (!unknown.isEmpty()) {
            notes.add(unknown.size() + " of the test list " + (unknown.size() == 1 ? "is" : "are")
                    + " not in the workspace and travel" + (unknown.size() == 1 ? "s" : "")
                    + " with no attributes, segments or time zone: " + String.join(", ", unknown.subList(0,
                            Math.min(5, unknown.size()))) + (unknown.size() > 5 ? ", ..." : "") + ".");
        }
        return endpoints;
    }

    private Optional<Endpoint> byAddress(String address) {
        for (EndpointRow row : audience.page(new AudienceFilter(address, null, null), 0, 20)) {
            if (address.equalsIgnoreCase(row.address())) {
                return audience.endpoint(row.id());
            }
        }
        return Optional.empty();
    }

    private Map<Long, Set<String>> segmentMembers(JourneyGraph graph, List<Endpoint> endpoints, List<String> notes) {
        Map<Long, Set<String>> members = new HashMap<>();
        for (SimpleCondition condition : conditions(graph)) {
            if (condition instanceof SimpleCondition.InSegment inSegment && !members.containsKey(inSegment.segmentId())) {
                Optional<Segment> segment = segments.find(inSegment.segmentId());
                if (segment.isEmpty()) {
                    notes.add("A split tests segment " + inSegment.segmentId() + ", which was deleted: nobody is in it.");
                    members.put(inSegment.segmentId(), Set.of());
                } else {
                    members.put(inSegment.segmentId(), membersAmong(SegmentService.membersOf(segment.get()), endpoints));
                }
            }
        }
        return members;
    }

    private Map<String, Set<String>> attributeMatches(JourneyGraph graph, List<Endpoint> endpoints) {
        Map<String, Set<String>> matches = new HashMap<>();
        for (SimpleCondition condition : conditions(graph)) {
            if (condition instanceof SimpleCondition.Attributes attributes
                    && !matches.containsKey(attributes.segmentDimensionsJson())) {
                matches.put(attributes.segmentDimensionsJson(), membersAmong(
                        AttributeMatch.definitionOf(attributes.segmentDimensionsJson()), endpoints));
            }
        }
        return matches;
    }

    private Set<String> membersAmong(SegmentDefinition definition, List<Endpoint> endpoints) {
        Set<String> members = new HashSet<>();
        List<String> ids = endpoints.stream().map(Endpoint::id).toList();
        for (int from = 0; from < ids.size(); from += MEMBERSHIP_BATCH) {
            segments.membersAmong(definition, ids.subList(from, Math.min(ids.size(), from + MEMBERSHIP_BATCH)))
                    .forEach(member -> members.add(member.id()));
        }
        return members;
    }

    private static Set<SimpleCondition> conditions(JourneyGraph graph) {
        Set<SimpleCondition> conditions = new LinkedHashSet<>();
        graph.activities().values().forEach(activity -> conditions.addAll(SimpleCondition.in(activity.config())));
        return conditions;
    }

    private SimulatedAudience personas(int count, JourneyGraph graph) {
        if (count < 1 || count > SimulationRequest.MOST_PERSONAS) {
            throw new IllegalArgumentException(String.format("Generate from 1 to %,d personas; %,d is not.",
                    SimulationRequest.MOST_PERSONAS, count));
        }
        List<String> notes = new ArrayList<>();
        List<PersonaField> personaFields = new ArrayList<>();
        for (SegmentField field : fields.all()) {
            boolean user = field.kind() == SegmentField.Kind.USER_ATTRIBUTE;
            if ((user || field.kind() == SegmentField.Kind.ATTRIBUTE) && personaFields.size() < MOST_PERSONA_FIELDS) {
                List<String> values = fields.commonValues(field, VALUES_PER_FIELD);
                if (!values.isEmpty()) {
                    personaFields.add(new PersonaField(user, field.name(), values));
                }
            }
        }
        if (personaFields.isEmpty()) {
            personaFields.add(new PersonaField(false, "Plan", List.of("Free", "Plus", "Pro")));
            personaFields.add(new PersonaField(false, "Interest", List.of("Shoes", "Bags", "Outdoor", "Books")));
            notes.add("The workspace has no attributes, so personas got a Plan and an Interest of their own.");
        }
        Map<Long, Double> shares = new HashMap<>();
        long everyone = audience.summary().endpoints();
        for (SimpleCondition condition : conditions(graph)) {
            if (condition instanceof SimpleCondition.InSegment inSegment) {
                double share = segments.find(inSegment.segmentId()).filter(segment -> everyone > 0)
                        .map(segment -> (double) segments.count(segment).endpoints() / everyone).orElse(0.0);
                shares.put(inSegment.segmentId(), share);
                notes.add(String.format("Personas are not in the workspace: each is in segment %s with the chance of "
                        + "its share of the workspace's endpoints (%.1f %%).",
                        Quote.of(segmentName(inSegment.segmentId())), share * 100));
            }
            if (condition instanceof SimpleCondition.Attributes attributes
                    && AttributeMatch.of(attributes.segmentDimensionsJson()).testsOtherFields()) {
                notes.add("Personas have attributes only: a split condition on other fields does not hold for them.");
            }
        }
        return new Personas(count, personaFields, PERSONA_ZONES, shares, notes);
    }
}
