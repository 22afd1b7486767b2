package io.tidings.journey.run;

import io.tidings.analytics.Event;
import io.tidings.channel.DeliveryChannel;
import io.tidings.channel.accounts.AccountRecord;
import io.tidings.channel.accounts.ChannelAccounts;
import io.tidings.delivery.JobAccount;
import io.tidings.delivery.JobOptions;
import io.tidings.delivery.JourneyMessage;
import io.tidings.delivery.JourneyMessages;
import io.tidings.journey.Activity;
import io.tidings.journey.Journey;
import io.tidings.journey.JourneyEntry;
import io.tidings.journey.JourneyGraph;
import io.tidings.journey.JourneyJson;
import io.tidings.journey.JourneyService;
import io.tidings.journey.JourneyState;
import io.tidings.journey.MessageActivity;
import io.tidings.journey.step.ActivityStep;
import io.tidings.journey.step.EntryDecision;
import io.tidings.journey.step.EntryRule;
import io.tidings.journey.step.StepDecision;
import io.tidings.segment.Segment;
import io.tidings.segment.SegmentService;
import io.tidings.store.Database;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Advances one published journey to a moment: ends it when its end time has come, lets the entry segment's members in
 * when their round is due (again on the refresh interval), lets in those whose events match an event entry, and moves
 * every participant whose time has come, in batches, earliest first. Each batch is one transaction that writes the
 * participants' new positions, their history and the send jobs of their messages together; the jobs start once it
 * has committed. What a participant does at an activity is {@link ActivityStep}'s decision, the same the simulator
 * makes.
 */
final class JourneyAdvance {

    static final int BATCH = 5_000;
    /** Batches one journey gets in one pass, so that a large journey does not hold up the others for long. */
    private static final int MOST_BATCHES = 40;
    /** A participant this much past its time when the executor gets to it was waiting while Tidings was closed. */
    static final Duration LATE = Duration.ofMinutes(1);
    private static final Logger LOG = LoggerFactory.getLogger(JourneyAdvance.class);

    private final Database database;
    private final JourneyService journeys;
    private final SegmentService segments;
    private final JourneyMessages messages;
    private final JourneyJobs jobs;
    private final Supplier<ChannelAccounts> accounts;
    private final JourneyRunRepository repository = new JourneyRunRepository();
    private final ParticipantReads reads = new ParticipantReads();

    JourneyAdvance(Database database, JourneyService journeys, SegmentService segments, JourneyMessages messages,
            JourneyJobs jobs, Supplier<ChannelAccounts> accounts) {
        this.database = database;
        this.journeys = journeys;
        this.segments = segments;
        this.messages = messages;
        this.jobs = jobs;
        this.accounts = accounts;
    }

    /** The published journey's run as of now: its snapshot graph and how it decides. */
    private record Run(Journey journey, RunRecord record, JourneyGraph graph, ActivityStep step, EntryRule entry,
            Instant now, BatchFacts.PassCache cache) {
        long id() {
            return journey.id();
        }
    }

    PassReport advance(long journeyId, List<Event> events, Instant now, BatchFacts.PassCache cache) {
        Journey journey = journeys.find(journeyId).orElse(null);
        RunRecord record = database.read(connection -> repository.run(connection, journeyId)).orElse(null);
        if (journey == null || journey.state() != JourneyState.PUBLISHED || record == null) {
            return PassReport.NOTHING;
        }
        JourneyGraph graph = JourneyJson.fromStoredForm(record.definition());
        Run run = new Run(journey, record, graph, new ActivityStep(Long.toString(journeyId), graph,
                id -> segments.find(id).map(Segment::name).orElse("segment " + id)), new EntryRule(graph), now, cache);
        Instant end = graph.settings().schedule().endTime();
        if (end != null && !now.isBefore(end)) {
            complete(run, end);
            succeeded(record);
            return PassReport.NOTHING;
        }
        PassReport report = PassReport.NOTHING;
        if (graph.entry() instanceof JourneyEntry.FromSegment fromSegment && record.nextEntryAt() != null
                && record.nextEntryAt() <= now.toEpochMilli()) {
            report = report.plus(enterSegment(run, fromSegment.segmentId()));
        }
        if (graph.entry() instanceof JourneyEntry.OnEvent onEvent && !events.isEmpty()) {
            report = report.plus(enterOnEvents(run, onEvent, events));
        }
        for (int batch = 0; batch < MOST_BATCHES; batch++) {
            PassReport moved = moveDue(run);
            report = report.plus(moved);
            if (!moved.didSomething()) {
                break;
            }
        }
        Long nextWake = database.read(connection -> repository.nextWake(connection, journeyId));
        RunRecord after = database.read(connection -> repository.run(connection, journeyId)).orElse(record);
        Instant next = PassReport.earlier(nextWake == null ? null : Instant.ofEpochMilli(nextWake),
                after.nextEntryAt() == null ? null : Instant.ofEpochMilli(after.nextEntryAt()));
        next = PassReport.earlier(next, end);
        if (report.late() > 0) {
            String notice = catchUpNotice(report, now);
            LOG.info("Journey {}: {}", journeyId, notice);
            database.write(connection -> {
                repository.looked(connection, journeyId, now.toEpochMilli(), notice);
                return null;
            });
        }
        succeeded(record);
        return new PassReport(report.entered(), report.moved(), report.sent(), report.left(), report.late(),
                report.earliestLate(), next);
    }

    /** A pass went through: the failure of an earlier one, if it was kept, is over. */
    private void succeeded(RunRecord record) {
        if (record.failing()) {
            database.write(connection -> {
                repository.clearFailure(connection, record.journeyId());
                return null;
            });
            LOG.info("Journey {} advanced again after failing", record.journeyId());
        }
    }

    private void complete(Run run, Instant end) {
        int left = database.write(connection -> {
            if (!repository.changeState(connection, run.id(), EnumSet.of(JourneyState.PUBLISHED),
                    JourneyState.COMPLETED, run.now())) {
                return 0;
            }
            return repository.exitAll(connection, run.id(), run.now().toEpochMilli(), "The journey ended at " + end
                    + ".");
        });
        LOG.info("Journey {} completed: its end time {} came; {} participants left it", run.id(), end, left);
    }

    private PassReport enterSegment(Run run, long segmentId) {
        Segment segment = segments.find(segmentId).orElse(null);
        Long next = nextRound(run);
        if (segment == null) {
            LOG.warn("Journey {}: its entry segment {} is no longer in the workspace; nobody enters", run.id(),
                    segmentId);
            database.write(connection -> {
                repository.entryRoundDone(connection, run.id(), next);
                return null;
            });
            return PassReport.NOTHING;
        }
        long[] keys = segments.memberKeys(segment);
        int entered = 0;
        PassReport moved = PassReport.NOTHING;
        for (int from = 0; from < keys.length; from += BATCH) {
            int start = from;
            int to = Math.min(keys.length, from + BATCH);
            Set<String> participants = new LinkedHashSet<>();
            // An endpoint without a user is a participant of its own: its row is all its endpoints. A user's other
            // endpoints may be outside the segment, so the batch reads them.
            Map<String, List<ParticipantEndpoint>> known = new HashMap<>();
            for (ParticipantEndpoint endpoint : database.read(connection -> reads.endpointsByKey(connection, keys,
                    start, to))) {
                participants.add(endpoint.participant());
                if (endpoint.participant().startsWith("endpoint:")) {
                    known.put(endpoint.participant(), List.of(endpoint));
                }
            }
            PassReport chunk = enter(run, participants, false, known);
            entered += chunk.entered();
            // Those whose first step took them on to another activity move on at once, chunk by chunk, so that the
            // engine sends while the others enter.
            moved = moved.plus(new PassReport(0, chunk.moved(), chunk.sent(), chunk.left(), 0, null, null))
                    .plus(moveDue(run));
        }
        database.write(connection -> {
            repository.entryRoundDone(connection, run.id(), next);
            return null;
        });
        LOG.info("Journey {}: {} of the {} endpoints of its segment entered as participants", run.id(), entered,
                keys.length);
        return new PassReport(entered, 0, 0, 0, 0, null, null).plus(moved);
    }

    /** The next round of the segment entry: on Pinpoint's refresh interval, before the end; rounds missed collapse. */
    private Long nextRound(Run run) {
        Duration every = run.graph().settings().refreshFrequency();
        if (every == null || every.isZero() || every.isNegative()) {
            return null;
        }
        long next = run.record().nextEntryAt();
        while (next <= run.now().toEpochMilli()) {
            next += every.toMillis();
        }
        Instant end = run.graph().settings().schedule().endTime();
        return end != null && next >= end.toEpochMilli() ? null : next;
    }

    private PassReport enterOnEvents(Run run, JourneyEntry.OnEvent entry, List<Event> events) {
        Set<String> endpointIds = new LinkedHashSet<>();
        for (Event event : events) {
            if (run.entry().admits(event)) {
                endpointIds.add(event.endpointId());
            }
        }
        if (endpointIds.isEmpty()) {
            return PassReport.NOTHING;
        }
        Set<String> participants = new LinkedHashSet<>();
        Map<String, List<ParticipantEndpoint>> byParticipant = database.read(connection -> reads.endpointsOf(
                connection, endpointIds.stream().map(id -> "endpoint:" + id).toList()));
        byParticipant.values().forEach(endpoints -> endpoints.forEach(endpoint -> {
            if (entry.segmentId() == null
                    || java.util.Arrays.binarySearch(run.cache().members(entry.segmentId()), endpoint.key()) >= 0) {
                participants.add(endpoint.participant());
            }
        }));
        return enter(run, participants, true, byParticipant);
    }

    /**
     * Lets in those of {@code participants} that the entry rule admits and takes their first step at once, in one
     * transaction: each entrant's position is written once, where that step leaves it (a participant that enters, is
     * sent the first email and ends its path is never due, so it is never read back).
     *
     * @param knownEndpoints the whole list of endpoints of some of the participants, already read by the caller
     */
    private PassReport enter(Run run, Set<String> participants, boolean onEvent,
            Map<String, List<ParticipantEndpoint>> knownEndpoints) {
        if (participants.isEmpty() || run.graph().startActivity() == null) {
            return PassReport.NOTHING;
        }
        long now = run.now().toEpochMilli();
        String start = run.graph().startActivity();
        List<Step> entered = new ArrayList<>();
        List<Decided> firstSteps = new ArrayList<>();
        database.read(connection -> {
            Map<String, StoredPosition> known = repository.positionsOf(connection, run.id(), participants);
            BatchFacts facts = new BatchFacts(connection, run.id(), reads, run.cache()).load(participants,
                    knownEndpoints);
            for (String participant : participants) {
                StoredPosition before = known.getOrDefault(participant,
                        new StoredPosition(participant, 0, null, now, null, now, null));
                EntryDecision decision = run.entry().decide(facts.of(before), run.now());
                if (decision.enters()) {
                    StoredPosition after = new StoredPosition(participant, before.entries() + 1, start, now, now, now,
                            (onEvent ? "Its event arrived: " : "") + decision.because());
                    entered.add(Step.of(after, StepKind.ENTERED, null, now, decision.because()));
                    WorkspaceFacts own = facts.of(after);
                    firstSteps.add(new Decided(after, run.step().decide(start, run.now(), run.now(), own, run.now()),
                            own.endpoints(), true));
                }
            }
            return null;
        });
        if (entered.isEmpty()) {
            return PassReport.NOTHING;
        }
        BatchOutcome outcome = database.write(connection -> {
            if (!published(connection, run.id())) {
                return null;
            }
            repository.insertSteps(connection, run.id(), entered);
            return write(connection, run, firstSteps);
        });
        if (outcome == null) {
            return PassReport.NOTHING;
        }
        outcome.jobs().forEach(jobs::start);
        return new PassReport(entered.size(), outcome.moved(), outcome.sent(), outcome.left(), 0, null, null);
    }

    /**
     * A participant at an activity with what happens to it now; {@code justEntered}: it entered in this transaction,
     * so nothing was sent to it on this entry yet.
     */
    private record Decided(StoredPosition position, StepDecision decision, List<ParticipantEndpoint> endpoints,
            boolean justEntered) {
    }

    private PassReport moveDue(Run run) {
        long now = run.now().toEpochMilli();
        List<Decided> decided = database.read(connection -> {
            List<StoredPosition> due = repository.due(connection, run.id(), now, BATCH);
            List<Decided> all = new ArrayList<>();
            if (due.isEmpty()) {
                return all;
            }
            BatchFacts facts = new BatchFacts(connection, run.id(), reads, run.cache())
                    .load(due.stream().map(StoredPosition::participant).toList());
            for (StoredPosition position : due) {
                WorkspaceFacts own = facts.of(position);
                StepDecision decision = run.step().decide(position.activity(),
                        java.time.Instant.ofEpochMilli(position.enteredAt()),
                        java.time.Instant.ofEpochMilli(position.since()), own, run.now());
                all.add(new Decided(position, decision, own.endpoints(), false));
            }
            return all;
        });
        if (decided.isEmpty()) {
            return PassReport.NOTHING;
        }
        BatchOutcome outcome = database.write(connection -> published(connection, run.id())
                ? write(connection, run, decided) : BatchOutcome.NONE);
        for (long job : outcome.jobs()) {
            jobs.start(job);
        }
        int late = 0;
        Instant earliestLate = null;
        for (Decided one : decided) {
            Long wake = one.position().wakeAt();
            if (wake != null && wake < now - LATE.toMillis()) {
                late++;
                earliestLate = PassReport.earlier(earliestLate, Instant.ofEpochMilli(wake));
            }
        }
        if (outcome == BatchOutcome.NONE) {
            return PassReport.NOTHING;
        }
        return new PassReport(0, outcome.moved(), outcome.sent(), outcome.left(), late, earliestLate, null);
    }

    /** What a batch's transaction wrote: the send jobs to start, and how many moved on, were sent to, left. */
    private record BatchOutcome(List<Long> jobs, int moved, int sent, int left) {
        static final BatchOutcome NONE = new BatchOutcome(List.of(), 0, 0, 0);
    }

    private BatchOutcome write(Connection connection, Run run, List<Decided> decided) throws SQLException {
        long now = run.now().toEpochMilli();
        List<Step> steps = new ArrayList<>();
        Map<String, StoredPosition> positions = new LinkedHashMap<>();
        Map<String, List<Decided>> sends = new LinkedHashMap<>();
        int moved = 0;
        int left = 0;
        for (Decided one : decided) {
            StoredPosition position = one.position();
            StepDecision decision = one.decision();
            String activity = position.activity();
            if (decision instanceof StepDecision.Wait wait) {
                positions.put(position.participant(), new StoredPosition(position.participant(), position.entries(),
                        activity, position.since(), Math.max(wait.until().toEpochMilli(), now + 1),
                        position.enteredAt(), wait.because()));
            } else if (decision instanceof StepDecision.GoOn goOn) {
                steps.add(Step.of(position, StepKind.LEFT, goOn.port(), now, goOn.because()));
                StoredPosition next = position.at(goOn.next(), now, now, goOn.because());
                steps.add(Step.of(next, StepKind.ARRIVED, null, now, null));
                positions.put(position.participant(), next);
                moved++;
            } else if (decision instanceof StepDecision.Leave leave) {
                steps.add(Step.of(position, StepKind.EXITED, leave.port(), now, leave.because()));
                positions.put(position.participant(), position.left(now, leave.because()));
                left++;
            } else if (decision instanceof StepDecision.Send send) {
                sends.computeIfAbsent(activity, key -> new ArrayList<>()).add(one);
                if (send.next() == null) {
                    steps.add(Step.of(position, StepKind.EXITED, send.port(), now, send.because()));
                    positions.put(position.participant(), position.left(now, send.because()));
                    left++;
                } else {
                    steps.add(Step.of(position, StepKind.LEFT, send.port(), now, send.because()));
                    StoredPosition next = position.at(send.next(), now, now, send.because());
                    steps.add(Step.of(next, StepKind.ARRIVED, null, now, null));
                    positions.put(position.participant(), next);
                    moved++;
                }
            }
        }
        List<Long> started = new ArrayList<>();
        int sent = 0;
        for (Map.Entry<String, List<Decided>> activity : sends.entrySet()) {
            SentMessages written = send(connection, run, activity.getKey(), activity.getValue());
            if (written.jobId() > 0) {
                started.add(written.jobId());
            }
            steps.addAll(written.steps());
            sent += written.steps().size();
        }
        repository.savePositions(connection, run.id(), positions.values());
        repository.insertSteps(connection, run.id(), steps);
        return new BatchOutcome(started, moved, sent, left);
    }

    /** The send job of one activity's messages in a batch (-1: none), and a SENT step for each participant in it. */
    private record SentMessages(long jobId, List<Step> steps) {
    }

    private SentMessages send(Connection connection, Run run, String activityKey, List<Decided> decided)
            throws SQLException {
        long now = run.now().toEpochMilli();
        Activity activity = run.graph().activity(activityKey);
        MessageActivity message = (MessageActivity) activity.config();
        Set<String> alreadySent = repository.sentAt(connection, run.id(), activityKey,
                decided.stream().filter(one -> !one.justEntered()).map(Decided::position).toList());
        List<Long> keys = new ArrayList<>();
        List<Decided> toSend = new ArrayList<>();
        for (Decided one : decided) {
            if (alreadySent.contains(one.position().participant())) {
                continue; // a loop back to the activity in the same entry: its message went out once already
            }
            toSend.add(one);
            one.endpoints().forEach(endpoint -> keys.add(endpoint.key()));
        }
        if (toSend.isEmpty()) {
            return new SentMessages(-1, List.of());
        }
        // A custom message is a webhook call for each endpoint, sent by the engine like every other message.
        MessageActivity.Custom custom = message instanceof MessageActivity.Custom webhook ? webhook : null;
        DeliveryChannel channel = custom != null ? DeliveryChannel.CUSTOM
                : DeliveryChannel.valueOf(message.channel().name());
        long segmentId = run.graph().entry() instanceof JourneyEntry.FromSegment fromSegment ? fromSegment.segmentId()
                : run.graph().entry() instanceof JourneyEntry.OnEvent onEvent && onEvent.segmentId() != null
                        ? onEvent.segmentId() : 0;
        JourneyMessage spec = new JourneyMessage(run.journey().name() + ", " + activityKey, run.id(), activityKey,
                channel, message.template() == null ? 0 : message.template().templateId(),
                message.template() == null ? null : message.template().version(), segmentId, JobOptions.DEFAULTS,
                account(channel, run.graph().settings().limits().messagesPerSecond()),
                run.graph().settings().limits().messagesPerSecond());
        long[] endpointKeys = keys.stream().mapToLong(Long::longValue).toArray();
        long job = custom != null
                ? messages.writeCustom(connection, spec, custom.deliveryUri(), custom.endpointTypes(), custom.data(),
                        endpointKeys, run.now())
                : messages.write(connection, spec, endpointKeys, run.now());
        Set<Long> inJob = job > 0 ? repository.endpointsInJob(connection, job) : Set.of();
        List<Step> steps = new ArrayList<>();
        for (Decided one : toSend) {
            if (one.endpoints().stream().anyMatch(endpoint -> inJob.contains(endpoint.key()))) {
                StoredPosition position = one.position();
                steps.add(new Step(position.participant(), position.entries(), activityKey, StepKind.SENT, null, job,
                        now, null));
            }
        }
        return new SentMessages(job, steps);
    }

    private JobAccount account(DeliveryChannel channel, Integer messagesPerSecond) {
        ChannelAccounts saved;
        try {
            saved = accounts.get();
        } catch (RuntimeException unreadable) {
            LOG.warn("The channel accounts could not be read; the journey's messages keep no account: {}",
                    unreadable.getMessage());
            return messagesPerSecond == null ? JobAccount.UNKNOWN : new JobAccount(null, messagesPerSecond.doubleValue());
        }
        Double rate = saved.account(channel).ratePerSecond();
        if (messagesPerSecond != null && messagesPerSecond > 0) {
            rate = rate == null ? messagesPerSecond.doubleValue() : Math.min(rate, messagesPerSecond);
        }
        return new JobAccount(AccountRecord.of(saved, channel), rate);
    }

    private boolean published(Connection connection, long journeyId) throws SQLException {
        return repository.stateOf(connection, journeyId) == JourneyState.PUBLISHED;
    }

    private static String catchUpNotice(PassReport report, Instant now) {
        return "Caught up at " + now + ": " + report.late() + (report.late() == 1 ? " participant" : " participants")
                + " whose next step fell due while Tidings was closed (the earliest at " + report.earliestLate()
                + ") moved on in order; " + report.sent() + " messages were sent, " + report.moved()
                + " participants went on to their next activity and " + report.left() + " left the journey.";
    }
}
