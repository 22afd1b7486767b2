package io.tidings.journey.simulation;

import io.tidings.journey.ActivityCount;
import io.tidings.journey.JourneyCounts;
import io.tidings.journey.JourneyEntry;
import io.tidings.journey.JourneyGraph;
import io.tidings.journey.Outlet;
import io.tidings.journey.Port;
import io.tidings.journey.SimpleCondition;
import io.tidings.journey.step.ActivityStep;
import io.tidings.journey.step.EntryDecision;
import io.tidings.journey.step.EntryRule;
import io.tidings.journey.step.EventMatch;
import io.tidings.journey.step.ParticipantFacts;
import io.tidings.journey.step.StepDecision;
import io.tidings.template.TemplateType;
import io.tidings.work.Progress;
import io.tidings.work.WorkCancelledException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One simulated run of a journey over an audience: a virtual clock jumps from one moment someone is due to the next,
 * and at each moment the due participants are moved with {@link ActivityStep} (the executor's decision) until each
 * waits or leaves. Participants live in arrays indexed by number, so a million take tens of megabytes; the paths of
 * the first {@code pathsKept} are written down with their reasons.
 *
 * <p>Everyone enters at the start (on their own clock with {@code LocalTime}), as a segment entry does; an event entry
 * is simulated as everyone sending the event then, one that passes the entry's attribute and metric filters (simulated
 * participants send no real events, so who would fail them is unknown; the notes say so). Not thread-safe: one run
 * per instance.
 */
final class JourneySimulation {

    /** Steps one participant may take at one moment before the run calls it a loop without a wait. */
    private static final int MOST_STEPS_AT_ONCE = 1_000;
    private static final int CANCEL_CHECK = 1 << 16;

    private final ActivityStep step;
    private final JourneyGraph graph;
    private final SimulatedAudience audience;
    private final SentMessages messages;
    private final long start;
    private final long end;
    private final int pathsKept;

    private final String[] keys;
    private final Map<String, Integer> indexes = new HashMap<>();

    private final byte[] state;
    private final int[] at;
    private final long[] entered;
    private final long[] arrived;
    private final List<List<PathStep>> paths = new ArrayList<>();
    private final TreeMap<Long, IntBag> due = new TreeMap<>();

    private final long[] enteredCount;
    private final long[] sentCount;
    private final long[] exitedCount;
    private final long[][] portCount;
    private final Map<String, Long> notEntered = new LinkedHashMap<>();
    private long journeyEntered;

    private static final byte WAITING_TO_ENTER = 0;
    private static final byte IN_JOURNEY = 1;
    private static final byte LEFT = 2;

    JourneySimulation(ActivityStep step, SimulatedAudience audience, SimulationRates rates, long seed, Instant start,
            int days, int pathsKept) {
        this.step = step;
        this.graph = step.graph();
        this.audience = audience;
        this.start = start.getEpochSecond();
        this.end = this.start + days * 86_400L;
        this.pathsKept = Math.min(pathsKept, audience.size());
        keys = graph.activities().keySet().toArray(String[]::new);
        for (int index = 0; index < keys.length; index++) {
            indexes.put(keys[index], index);
        }
        int size = audience.size();
        messages = new SentMessages(graph, size, new SimulatedEvents(rates, seed));
        state = new byte[size];
        at = new int[size];
        entered = new long[size];
        arrived = new long[size];
        enteredCount = new long[keys.length];
        sentCount = new long[keys.length];
        exitedCount = new long[keys.length];
        portCount = new long[keys.length][Port.values().length];
        for (int participant = 0; participant < this.pathsKept; participant++) {
            paths.add(new ArrayList<>());
        }
    }

    SimulationResult run(Progress progress) {
        Cursor cursor = new Cursor();
        admit(cursor, progress);
        long span = Math.max(1, end - start);
        while (!due.isEmpty() && due.firstKey() <= end) {
            progress.checkCancelled();
            Map.Entry<Long, IntBag> moment = due.pollFirstEntry();
            long now = moment.getKey();
            Instant nowInstant = Instant.ofEpochSecond(now);
            IntBag participants = moment.getValue();
            for (int index = 0; index < participants.size(); index++) {
                if ((index & (CANCEL_CHECK - 1)) == CANCEL_CHECK - 1 && progress.isCancelled()) {
                    throw new WorkCancelledException();
                }
                move(participants.get(index), now, nowInstant, cursor);
            }
            long day = (now - start) / 86_400 + 1;
            progress.update(now - start, span, "Day " + day + " of " + (span / 86_400) + ": moved "
                    + String.format("%,d", participants.size()) + " participants");
        }
        return result();
    }

    /** Decides who enters and when; the entry itself happens when the clock reaches it. */
    private void admit(Cursor cursor, Progress progress) {
        EntryRule entry = new EntryRule(graph);
        boolean localTime = graph.settings().localTime();
        ZoneId journeyZone = graph.settings().schedule().timezone() == null ? ZoneOffset.UTC
                : graph.settings().schedule().timezone();
        Instant startInstant = Instant.ofEpochSecond(start);
        for (int participant = 0; participant < audience.size(); participant++) {
            if ((participant & (CANCEL_CHECK - 1)) == 0) {
                progress.checkCancelled();
                progress.update(0, 1, "Reading who enters: " + String.format("%,d", participant));
            }
            cursor.participant = participant;
            ZoneId zone = localTime ? audience.timeZone(participant) : null;
            Instant when = zone == null ? startInstant
                    : startInstant.atZone(journeyZone).toLocalDateTime().atZone(zone).toInstant();
            if (when.getEpochSecond() < start) {
                when = startInstant;
            }
            EntryDecision decision = entry.decide(cursor, when);
            if (decision.enters()) {
                schedule(participant, when.getEpochSecond());
            } else {
                state[participant] = LEFT;
                at[participant] = -1;
                notEntered.merge(decision.because(), 1L, Long::sum);
                if (participant < pathsKept) {
                    paths.get(participant).add(new PathStep(when, null, PathStep.What.NOT_ENTERED, null, null,
                            decision.because()));
                }
            }
        }
    }

    private void move(int participant, long now, Instant nowInstant, Cursor cursor) {
        cursor.participant = participant;
        if (state[participant] == WAITING_TO_ENTER && !enter(participant, now, nowInstant)) {
            return;
        }
        for (int steps = 0; steps < MOST_STEPS_AT_ONCE; steps++) {
            int activity = at[participant];
            StepDecision decision = step.decide(keys[activity], Instant.ofEpochSecond(entered[participant]),
                    Instant.ofEpochSecond(arrived[participant]), cursor, nowInstant);
            if (decision instanceof StepDecision.Wait wait) {
                note(participant, nowInstant, activity, PathStep.What.WAITS, null, wait.until(), wait.because());
                schedule(participant, Math.max(now + 1, wait.until().getEpochSecond()));
                return;
            }
            if (decision instanceof StepDecision.Leave leave) {
                if (leave.port() != null) {
                    portCount[activity][leave.port().ordinal()]++;
                }
                note(participant, nowInstant, activity, PathStep.What.LEFT, label(leave.port()), null,
                        leave.because());
                leave(participant, activity);
                return;
            }
            Port port;
            String next;
            if (decision instanceof StepDecision.Send send) {
                sentCount[activity]++;
                messages.record(keys[activity], participant, now);
                note(participant, nowInstant, activity, PathStep.What.SENT, null, null, send.because());
                port = send.port();
                next = send.next();
            } else {
                StepDecision.GoOn goOn = (StepDecision.GoOn) decision;
                note(participant, nowInstant, activity, PathStep.What.WENT_ON, label(goOn.port()), null,
                        goOn.because());
                port = goOn.port();
                next = goOn.next();
            }
            portCount[activity][port.ordinal()]++;
            Integer target = next == null ? null : indexes.get(next);
            if (target == null) {
                leave(participant, activity);
                return;
            }
            at[participant] = target;
            arrived[participant] = now;
            enteredCount[target]++;
        }
        note(participant, nowInstant, at[participant], PathStep.What.LEFT, null, null,
                "went round a loop without a wait " + MOST_STEPS_AT_ONCE + " times at one moment");
        leave(participant, at[participant]);
    }

    private boolean enter(int participant, long now, Instant nowInstant) {
        state[participant] = IN_JOURNEY;
        journeyEntered++;
        entered[participant] = now;
        arrived[participant] = now;
        Integer first = graph.startActivity() == null ? null : indexes.get(graph.startActivity());
        if (participant < pathsKept) {
            paths.get(participant).add(new PathStep(nowInstant, null, PathStep.What.ENTERED, null, null,
                    first == null ? "entered, but the entry leads nowhere" : "entered the journey"));
        }
        if (first == null) {
            state[participant] = LEFT;
            at[participant] = -1;
            return false;
        }
        at[participant] = first;
        enteredCount[first]++;
        return true;
    }

    private void leave(int participant, int activity) {
        exitedCount[activity]++;
        state[participant] = LEFT;
    }

    private void schedule(int participant, long moment) {
        due.computeIfAbsent(moment, ignored -> new IntBag()).add(participant);
    }

    private void note(int participant, Instant now, int activity, PathStep.What what, String port, Instant until,
            String because) {
        if (participant < pathsKept) {
            paths.get(participant).add(new PathStep(now, keys[activity], what, port, until, because));
        }
    }

    private static String label(Port port) {
        return port == null ? null : port.label();
    }

    private SimulationResult result() {
        long[] waiting = new long[keys.length];
        long notYet = 0;
        for (int participant = 0; participant < state.length; participant++) {
            if (state[participant] == IN_JOURNEY) {
                waiting[at[participant]]++;
            } else if (state[participant] == WAITING_TO_ENTER) {
                notYet++;
            }
        }
        Map<String, ActivityCount> activities = new LinkedHashMap<>();
        Map<Outlet, Long> outlets = new LinkedHashMap<>();
        outlets.put(Outlet.ENTRY, journeyEntered);
        for (int index = 0; index < keys.length; index++) {
            activities.put(keys[index], new ActivityCount(enteredCount[index], sentCount[index], waiting[index],
                    exitedCount[index]));
            for (Port port : graph.activity(keys[index]).config().ports()) {
                outlets.put(Outlet.of(keys[index], port), portCount[index][port.ordinal()]);
            }
        }
        List<String> notes = new ArrayList<>(audience.notes());
        String eventEntry = eventEntryNote(graph);
        if (eventEntry != null) {
            notes.add(eventEntry);
        }
        notes.addAll(messageEventFilterNotes(graph));
        notEntered.forEach((because, count) -> notes.add(String.format("%,d did not enter: %s.", count, because)));
        if (notYet > 0) {
            notes.add(String.format("%,d had not entered yet when the simulated days ended.", notYet));
        }
        List<ParticipantPath> kept = new ArrayList<>();
        for (int participant = 0; participant < pathsKept; participant++) {
            kept.add(path(participant));
        }
        return new SimulationResult(new JourneyCounts(activities, outlets), kept, audience.size(), journeyEntered,
                Instant.ofEpochSecond(start), Instant.ofEpochSecond(end), null, notes);
    }

    private ParticipantPath path(int participant) {
        List<PathStep> steps = paths.get(participant);
        PathStep last = steps.isEmpty() ? null : steps.get(steps.size() - 1);
        String endedAt = last == null ? null : last.activityKey();
        String outcome;
        if (last == null || state[participant] == WAITING_TO_ENTER) {
            outcome = "Had not entered when the simulated days ended";
        } else if (last.what() == PathStep.What.NOT_ENTERED) {
            outcome = "Did not enter: " + last.because();
        } else if (state[participant] == IN_JOURNEY) {
            outcome = "Waiting at " + endedAt + " until " + SimulationTimes.format(last.until()) + " ("
                    + last.because() + ")";
        } else if (endedAt == null) {
            outcome = "Left at the entry: " + last.because();
        } else {
            outcome = "Left at " + endedAt + ": " + last.because();
        }
        return new ParticipantPath(audience.who(participant), audience.participantKey(participant), endedAt, outcome,
                steps);
    }

    /** The facts of the participant being moved, answered from the arrays; one instance, pointed at each in turn. */
    private final class Cursor implements ParticipantFacts {

        int participant;

        @Override
        public String participantKey() {
            return audience.participantKey(participant);
        }

        @Override
        public boolean inSegment(long segmentId) {
            return audience.inSegment(participant, segmentId);
        }

        @Override
        public boolean matchesAttributes(String segmentDimensionsJson) {
            return audience.matchesAttributes(participant, segmentDimensionsJson);
        }

        @Override
        public boolean hadEvent(String messageActivity, EventMatch events, Instant since, Instant until) {
            // Simulated opens and clicks carry no attributes or metrics: a condition's filters pass (said in the notes).
            return messages.hadEvent(participant, messageActivity, events.eventTypes(), since, until);
        }

        @Override
        public int messagesSentOn(LocalDate day, ZoneId zone) {
            return messages.sentOn(participant, day, zone);
        }

        @Override
        public int messagesSentSince(Instant since) {
            return messages.sentSince(participant, since);
        }

        @Override
        public int messagesSentInJourney() {
            return messages.total(participant);
        }

        @Override
        public boolean optedOut() {
            return audience.optedOut(participant);
        }

        @Override
        public boolean reachableBy(TemplateType channel) {
            return audience.reachableBy(participant, channel);
        }

        @Override
        public ZoneId timeZone() {
            return audience.timeZone(participant);
        }

        @Override
        public int timesEntered() {
            return 0;
        }

        @Override
        public Instant lastEntered() {
            return null;
        }

        @Override
        public boolean inJourneyNow() {
            return false;
        }
    }

    /** What the simulation assumes of splits whose message events are filtered (a click's link, say). */
    static List<String> messageEventFilterNotes(JourneyGraph graph) {
        List<String> notes = new ArrayList<>();
        graph.activities().forEach((key, activity) -> {
            for (SimpleCondition condition : SimpleCondition.in(activity.config())) {
                if (condition instanceof SimpleCondition.MessageEvent event) {
                    EventMatch filter = EventMatch.of(event.dimensions());
                    if (filter.hasFilters()) {
                        notes.add(key + " tests " + String.join(" or ", filter.eventTypes()) + " where "
                                + filter.filterWords() + ": simulated opens and clicks carry no attributes or metrics, "
                                + "so every one counts as passing; a published journey counts only those that pass.");
                    }
                }
            }
        });
        return notes;
    }

    /**
     * What the simulation assumes of an event entry, or null for a segment entry. Simulated participants send no real
     * events, so everyone counts as sending a matching one at the start; with attribute or metric filters, the real
     * journey lets in only those whose events pass them, which the simulation cannot know.
     */
    static String eventEntryNote(JourneyGraph graph) {
        if (!(graph.entry() instanceof JourneyEntry.OnEvent onEvent)) {
            return null;
        }
        String types = String.join(" or ", onEvent.dimensions().eventTypes());
        EventMatch filter = EventMatch.of(onEvent.dimensions());
        if (!filter.hasFilters()) {
            return "The journey starts on an event (" + types + "): everyone simulated sends it at the start.";
        }
        return "The journey starts on an event (" + types + ", where " + filter.filterWords() + "): everyone "
                + "simulated sends one that passes the filter at the start. Simulated events carry no attributes or "
                + "metrics, so the simulation cannot tell who would fail the filter; a published journey lets in only "
                + "those whose events pass it.";
    }
}
