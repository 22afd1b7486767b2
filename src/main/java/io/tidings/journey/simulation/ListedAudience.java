package io.tidings.journey.simulation;

import io.tidings.audience.Endpoint;
import io.tidings.audience.EndpointStatus;
import io.tidings.audience.OptOut;
import io.tidings.channel.DeliveryChannel;
import io.tidings.delivery.ChannelFit;
import io.tidings.journey.Participant;
import io.tidings.template.TemplateType;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Participants read from the workspace (a segment's members, or a test list): endpoints with a user id travel as
 * their user, the others alone. Segment membership and attribute conditions are answered from sets of endpoint ids
 * the workspace evaluated beforehand; a participant holds when any of its endpoints does (Pinpoint ORs them).
 */
final class ListedAudience implements SimulatedAudience {

    private final String[] keys;
    private final String[] names;
    private final ZoneId[] zones;
    private final boolean[] optedOut;
    /** Per participant, a bit per {@link DeliveryChannel} (by ordinal) that one of its endpoints takes. */
    private final int[] reachable;
    private final String[][] endpointIds;
    private final Map<Long, Set<String>> segmentMembers;
    private final Map<String, Set<String>> attributeMatches;
    private final List<String> notes;

    /**
     * @param segmentMembers per segment a split tests, the ids of its members among these endpoints
     * @param attributeMatches per attribute condition (its JSON), the ids of the endpoints that match it
     */
    ListedAudience(List<Endpoint> endpoints, Map<Long, Set<String>> segmentMembers,
            Map<String, Set<String>> attributeMatches, List<String> notes) {
        Map<String, List<Endpoint>> byParticipant = new LinkedHashMap<>();
        for (Endpoint endpoint : endpoints) {
            byParticipant.computeIfAbsent(Participant.of(endpoint.id(), endpoint.user().userId()).key(),
                    ignored -> new ArrayList<>()).add(endpoint);
        }
        int size = byParticipant.size();
        keys = new String[size];
        names = new String[size];
        zones = new ZoneId[size];
        optedOut = new boolean[size];
        reachable = new int[size];
        endpointIds = new String[size][];
        Map<String, ZoneId> knownZones = new HashMap<>();
        int index = 0;
        for (Map.Entry<String, List<Endpoint>> participant : byParticipant.entrySet()) {
            List<Endpoint> own = participant.getValue();
            keys[index] = participant.getKey();
            Endpoint first = own.get(0);
            String address = first.address() == null ? first.id() : first.address();
            names[index] = first.user().userId() == null ? address
                    : "User " + first.user().userId() + " (" + address + (own.size() > 1 ? " and " + (own.size() - 1)
                            + " more" : "") + ")";
            endpointIds[index] = own.stream().map(Endpoint::id).toArray(String[]::new);
            optedOut[index] = own.stream().allMatch(ListedAudience::takesNoMessages);
            reachable[index] = own.stream().filter(endpoint -> !takesNoMessages(endpoint))
                    .mapToInt(ListedAudience::channelsTaken).reduce(0, (one, other) -> one | other);
            zones[index] = own.stream().map(endpoint -> endpoint.demographic().timezone())
                    .filter(zone -> zone != null && !zone.isBlank()).findFirst()
                    .map(zone -> knownZones.computeIfAbsent(zone, ListedAudience::zoneOrNull)).orElse(null);
            index++;
        }
        this.segmentMembers = Map.copyOf(segmentMembers);
        this.attributeMatches = Map.copyOf(attributeMatches);
        this.notes = List.copyOf(notes);
    }

    private static boolean takesNoMessages(Endpoint endpoint) {
        return endpoint.optOut() == OptOut.ALL || endpoint.endpointStatus() == EndpointStatus.INACTIVE;
    }

    /** The channels an endpoint takes; an address of a test list that is not in the workspace takes them all. */
    private static int channelsTaken(Endpoint endpoint) {
        int channels = 0;
        for (DeliveryChannel channel : DeliveryChannel.values()) {
            if (endpoint.channelType() == null || ChannelFit.fits(channel, endpoint.channelType())) {
                channels |= 1 << channel.ordinal();
            }
        }
        return channels;
    }

    private static ZoneId zoneOrNull(String zone) {
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException notAZone) {
            return null;
        }
    }

    @Override
    public int size() {
        return keys.length;
    }

    @Override
    public String participantKey(int participant) {
        return keys[participant];
    }

    @Override
    public String who(int participant) {
        return names[participant];
    }

    @Override
    public boolean reachableBy(int participant, TemplateType channel) {
        return (reachable[participant] & 1 << DeliveryChannel.valueOf(channel.name()).ordinal()) != 0;
    }

    @Override
    public ZoneId timeZone(int participant) {
        return zones[participant];
    }

    @Override
    public boolean optedOut(int participant) {
        return optedOut[participant];
    }

    @Override
    public boolean inSegment(int participant, long segmentId) {
        return anyIn(participant, segmentMembers.getOrDefault(segmentId, Set.of()));
    }

    @Override
    public boolean matchesAttributes(int participant, String segmentDimensionsJson) {
        return anyIn(participant, attributeMatches.getOrDefault(segmentDimensionsJson, Set.of()));
    }

    @Override
    public List<String> notes() {
        return notes;
    }

    private boolean anyIn(int participant, Set<String> members) {
        for (String id : endpointIds[participant]) {
            if (members.contains(id)) {
                return true;
            }
        }
        return false;
    }
}
