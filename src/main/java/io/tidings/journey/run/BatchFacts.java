package io.tidings.journey.run;

import io.tidings.journey.step.EventMatch;
import io.tidings.segment.Segment;
import io.tidings.segment.SegmentDefinition;
import io.tidings.segment.SegmentJson;
import io.tidings.segment.SegmentService;
import io.tidings.store.StoreException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The facts of one batch of participants of one journey, read on one connection (one consistent snapshot): their
 * endpoints up front (or given by the caller, who read them already), the journey's messages to them the first time a
 * decision asks (only the caps ask, so a journey without caps never reads them), segments' members once per pass
 * (shared by the batches of the pass), and events when a split asks.
 */
final class BatchFacts {

    /** Segments' members by segment id (sorted keys), and attribute conditions, for one pass of the executor. */
    static final class PassCache {
        private final SegmentService segments;
        private final Map<Long, long[]> members = new HashMap<>();
        private final Map<String, SegmentDefinition> attributes = new HashMap<>();

        PassCache(SegmentService segments) {
            this.segments = segments;
        }

        long[] members(long segmentId) {
            return members.computeIfAbsent(segmentId, id -> {
                Segment segment = segments.find(id).orElse(null);
                long[] keys = segment == null ? new long[0] : segments.memberKeys(segment);
                long[] sorted = keys.clone();
                Arrays.sort(sorted);
                return sorted;
            });
        }

        boolean matches(String dimensionsJson, List<ParticipantEndpoint> endpoints) {
            SegmentDefinition definition = attributes.computeIfAbsent(dimensionsJson,
                    json -> SegmentJson.read("{\"Dimensions\": " + json + "}"));
            return !segments.membersAmong(definition, endpoints.stream().map(ParticipantEndpoint::id).toList())
                    .isEmpty();
        }
    }

    private final Connection connection;
    private final long journeyId;
    private final ParticipantReads reads;
    private final PassCache cache;
    private final Map<String, List<ParticipantEndpoint>> endpoints = new HashMap<>();
    private Collection<String> participants = List.of();
    private Map<String, List<Long>> sent;

    BatchFacts(Connection connection, long journeyId, ParticipantReads reads, PassCache cache) {
        this.connection = connection;
        this.journeyId = journeyId;
        this.reads = reads;
        this.cache = cache;
    }

    /** Reads the participants' endpoints. */
    BatchFacts load(Collection<String> participants) throws SQLException {
        return load(participants, Map.of());
    }

    /** Reads the endpoints of the participants not in {@code known}, which holds the whole list of the others. */
    BatchFacts load(Collection<String> participants, Map<String, List<ParticipantEndpoint>> known)
            throws SQLException {
        this.participants = participants;
        List<String> unknown = new ArrayList<>();
        for (String participant : participants) {
            List<ParticipantEndpoint> given = known.get(participant);
            if (given == null) {
                unknown.add(participant);
            } else {
                endpoints.put(participant, given);
            }
        }
        if (!unknown.isEmpty()) {
            endpoints.putAll(reads.endpointsOf(connection, unknown));
        }
        return this;
    }

    WorkspaceFacts of(StoredPosition position) {
        return new WorkspaceFacts(this, position, endpoints.getOrDefault(position.participant(), List.of()));
    }

    /** When the journey sent the participant its messages, over all its entries; the batch's are read on first ask. */
    List<Long> sentTimes(String participant) {
        if (sent == null) {
            try {
                sent = reads.sentTimes(connection, journeyId, participants);
            } catch (SQLException e) {
                throw new StoreException("The messages a journey sent its participants could not be read: "
                        + e.getMessage(), e);
            }
        }
        return sent.getOrDefault(participant, List.of());
    }

    boolean inSegment(long segmentId, List<ParticipantEndpoint> endpoints) {
        long[] members = cache.members(segmentId);
        return endpoints.stream().anyMatch(endpoint -> Arrays.binarySearch(members, endpoint.key()) >= 0);
    }

    boolean matchesAttributes(String dimensionsJson, List<ParticipantEndpoint> endpoints) {
        return !endpoints.isEmpty() && cache.matches(dimensionsJson, endpoints);
    }

    boolean hadEvent(StoredPosition position, String activity, List<ParticipantEndpoint> endpoints,
            EventMatch events, Instant since, Instant until) {
        try {
            return reads.hadEvent(connection, journeyId, position.participant(), position.entries(), activity,
                    endpoints, events, since, until);
        } catch (SQLException e) {
            throw new StoreException("The events of a journey's participant could not be read: " + e.getMessage(), e);
        }
    }
}
