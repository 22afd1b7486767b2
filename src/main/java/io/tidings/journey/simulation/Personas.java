package io.tidings.journey.simulation;

import io.tidings.template.TemplateType;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Generated participants: persona number {@code n} draws each attribute's value and its time zone from a hash of
 * {@code n}, so nothing is stored per persona and a run of a million costs no memory here. A segment condition holds
 * for a persona with the chance of the segment's share of the workspace's endpoints (personas are not in the
 * workspace, so membership is drawn, not evaluated); attribute conditions are tested against the drawn values.
 */
final class Personas implements SimulatedAudience {

    private final int count;
    private final List<PersonaField> fields;
    private final List<ZoneId> zones;
    private final Map<Long, Double> segmentShares;
    private final Map<String, AttributeMatch> matches = new HashMap<>();
    private final List<String> notes = new ArrayList<>();

    Personas(int count, List<PersonaField> fields, List<ZoneId> zones, Map<Long, Double> segmentShares,
            List<String> notes) {
        this.count = count;
        this.fields = List.copyOf(fields);
        this.zones = List.copyOf(zones);
        this.segmentShares = Map.copyOf(segmentShares);
        this.notes.addAll(notes);
    }

    @Override
    public int size() {
        return count;
    }

    @Override
    public String participantKey(int participant) {
        return "persona:" + (participant + 1);
    }

    @Override
    public String who(int participant) {
        StringBuilder who = new StringBuilder("Persona ").append(participant + 1).append(" (");
        for (int index = 0; index < fields.size(); index++) {
            who.append(fields.get(index).name()).append(' ').append(value(participant, index)).append(", ");
        }
        return who.append(timeZone(participant).getId()).append(')').toString();
    }

    @Override
    public ZoneId timeZone(int participant) {
        return zones.get((int) (draw(participant, -1) * zones.size()));
    }

    @Override
    public boolean optedOut(int participant) {
        return false;
    }

    /** Personas have an endpoint on every channel. */
    @Override
    public boolean reachableBy(int participant, TemplateType channel) {
        return true;
    }

    @Override
    public boolean inSegment(int participant, long segmentId) {
        return draw(participant, 1_000 + segmentId) < segmentShares.getOrDefault(segmentId, 0.0);
    }

    @Override
    public boolean matchesAttributes(int participant, String segmentDimensionsJson) {
        AttributeMatch match = matches.computeIfAbsent(segmentDimensionsJson, AttributeMatch::of);
        return match.matches((user, name) -> {
            for (int index = 0; index < fields.size(); index++) {
                PersonaField field = fields.get(index);
                if (field.userAttribute() == user && field.name().equals(name)) {
                    return value(participant, index);
                }
            }
            return null;
        });
    }

    @Override
    public List<String> notes() {
        return notes;
    }

    private String value(int participant, int field) {
        List<String> values = fields.get(field).values();
        return values.get((int) (draw(participant, field) * values.size()));
    }

    private static double draw(int participant, long decision) {
        long z = participant * 0x9E3779B97F4A7C15L + (decision + 7) * 0xD1B54A32D192ED03L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z = z ^ (z >>> 31);
        return (z >>> 11) * 0x1.0p-53;
    }
}
