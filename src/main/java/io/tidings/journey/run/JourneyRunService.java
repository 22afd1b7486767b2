package io.tidings.journey.run;

import io.tidings.journey.InvalidJourneyException;
import io.tidings.journey.Issue;
import io.tidings.journey.Journey;
import io.tidings.journey.JourneyCounts;
import io.tidings.journey.JourneyEntry;
import io.tidings.journey.JourneyFailure;
import io.tidings.journey.JourneyGraph;
import io.tidings.journey.JourneyJson;
import io.tidings.journey.JourneyRuns;
import io.tidings.journey.JourneyService;
import io.tidings.journey.JourneyState;
import io.tidings.journey.Participant;
import io.tidings.journey.ParticipantPosition;
import io.tidings.store.Database;
import io.tidings.work.Quote;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes, pauses, resumes and stops the workspace's journeys, and says where their participants are. Publishing
 * keeps a snapshot of the graph, which the executor runs from then on; each change is one transaction, after which
 * the executor is woken and the journey's send jobs follow (paused, resumed, cancelled). Every method may block on
 * the database: call it off the JavaFX thread.
 */
public final class JourneyRunService implements JourneyRuns {

    private static final Logger LOG = LoggerFactory.getLogger(JourneyRunService.class);
    /** How many problems a refusal to publish lists before "and N more". */
    private static final int PROBLEMS_SHOWN = 3;

    private final Database database;
    private final JourneyService journeys;
    private final JourneyJobs jobs;
    private final Runnable wakeExecutor;
    private final Clock clock;
    private final JourneyRunRepository repository = new JourneyRunRepository();

    /** @param wakeExecutor tells the executor to look at the journeys again now */
    public JourneyRunService(Database database, JourneyService journeys, JourneyJobs jobs, Runnable wakeExecutor,
            Clock clock) {
        this.database = database;
        this.journeys = journeys;
        this.jobs = jobs;
        this.wakeExecutor = wakeExecutor;
        this.clock = clock;
    }

    @Override
    public Journey publish(long journeyId) {
        Journey journey = existing(journeyId);
        if (journey.state() == JourneyState.PAUSED) {
            return resume(journeyId);
        }
        if (journey.state() != JourneyState.DRAFT) {
            throw new InvalidJourneyException("The journey " + Quote.of(journey.name()) + " is " + word(journey.state())
                    + ": only a draft (or a paused journey) can be published.");
        }
        JourneyGraph graph = journey.graph();
        List<Issue> errors = journeys.validate(graph).stream().filter(Issue::isError).toList();
        if (!errors.isEmpty()) {
            throw new InvalidJourneyException(refusal(journey, errors));
        }
        Instant now = clock.instant();
        Instant end = graph.settings().schedule().endTime();
        if (end != null && !end.isAfter(now)) {
            throw new InvalidJourneyException("The journey " + Quote.of(journey.name()) + " ends at " + end
                    + ", which has passed: set a later end time before publishing it.");
        }
        Instant start = graph.settings().schedule().startTime();
        Instant firstEntry = start != null && start.isAfter(now) ? start : now;
        Long nextEntry = graph.entry() instanceof JourneyEntry.FromSegment ? firstEntry.toEpochMilli() : null;
        database.write(connection -> {
            if (!repository.changeState(connection, journeyId, EnumSet.of(JourneyState.DRAFT), JourneyState.PUBLISHED,
                    now)) {
                throw new InvalidJourneyException("The journey " + Quote.of(journey.name())
                        + " changed meanwhile: open it again.");
            }
            repository.saveRun(connection, journeyId, JourneyJson.storedForm(graph), now.toEpochMilli(), nextEntry);
            return null;
        });
        LOG.info("Journey {} published; participants enter from {}", journeyId, firstEntry);
        wakeExecutor.run();
        return existing(journeyId);
    }

    @Override
    public Journey pause(long journeyId) {
        Journey journey = change(journeyId, EnumSet.of(JourneyState.PUBLISHED), JourneyState.PAUSED, "paused",
                "only a published journey can be paused");
        for (long job : jobsIn(journeyId, "RUNNING")) {
            jobs.pause(job);
        }
        for (long job : jobsIn(journeyId, "QUEUED")) {
            jobs.pause(job);
        }
        return journey;
    }

    @Override
    public Journey resume(long journeyId) {
        Journey journey = change(journeyId, EnumSet.of(JourneyState.PAUSED), JourneyState.PUBLISHED, "resumed",
                "only a paused journey can be resumed");
        for (long job : jobsIn(journeyId, "PAUSED")) {
            jobs.start(job);
        }
        wakeExecutor.run();
        return journey;
    }

    @Override
    public Journey stop(long journeyId) {
        Journey before = existing(journeyId);
        if (before.state() != JourneyState.PUBLISHED && before.state() != JourneyState.PAUSED) {
            throw new InvalidJourneyException("The journey " + Quote.of(before.name()) + " is " + word(before.state())
                    + ": only a published or paused journey can be stopped.");
        }
        Instant now = clock.instant();
        int left = database.write(connection -> {
            if (!repository.changeState(connection, journeyId, EnumSet.of(JourneyState.PUBLISHED,
                    JourneyState.PAUSED), JourneyState.STOPPED, now)) {
                throw new InvalidJourneyException("The journey " + Quote.of(before.name())
                        + " changed meanwhile: look at it again.");
            }
            repository.clearFailure(connection, journeyId);
            return repository.exitAll(connection, journeyId, now.toEpochMilli(), "The journey was stopped.");
        });
        for (String state : List.of("QUEUED", "RUNNING", "PAUSED")) {
            for (long job : jobsIn(journeyId, state)) {
                jobs.cancel(job);
            }
        }
        LOG.info("Journey {} stopped; {} participants left it", journeyId, left);
        return existing(journeyId);
    }

    @Override
    public JourneyCounts counts(long journeyId) {
        return database.read(connection -> repository.counts(connection, journeyId));
    }

    @Override
    public List<ParticipantPosition> participants(long journeyId, String activityKey, int limit) {
        return database.read(connection -> repository.at(connection, journeyId, activityKey, Math.max(0, limit)))
                .stream().map(JourneyRunService::position).toList();
    }

    @Override
    public Optional<String> catchUpNotice(long journeyId) {
        return database.read(connection -> repository.run(connection, journeyId)).map(RunRecord::notice);
    }

    @Override
    public Optional<JourneyFailure> lastFailure(long journeyId) {
        return database.read(connection -> repository.failure(connection, journeyId));
    }

    private Journey change(long journeyId, EnumSet<JourneyState> from, JourneyState to, String done, String rule) {
        Journey journey = existing(journeyId);
        if (!from.contains(journey.state())) {
            throw new InvalidJourneyException("The journey " + Quote.of(journey.name()) + " is " + word(journey.state())
                    + ": " + rule + ".");
        }
        boolean changed = database.write(connection -> repository.changeState(connection, journeyId, from, to,
                clock.instant()));
        if (!changed) {
            throw new InvalidJourneyException("The journey " + Quote.of(journey.name())
                    + " changed meanwhile: look at it again.");
        }
        LOG.info("Journey {} {}", journeyId, done);
        return existing(journeyId);
    }

    private List<Long> jobsIn(long journeyId, String state) {
        return database.read(connection -> repository.unfinishedJobs(connection, journeyId, state));
    }

    private Journey existing(long journeyId) {
        return journeys.find(journeyId).orElseThrow(() -> new InvalidJourneyException(
                "There is no journey with id " + journeyId + " (deleted meanwhile?)."));
    }

    private static String refusal(Journey journey, List<Issue> errors) {
        StringBuilder text = new StringBuilder("The journey " + Quote.of(journey.name()) + " cannot be published: ");
        text.append(errors.size() == 1 ? "1 problem stands in the way: " : errors.size() + " problems stand in the way: ");
        for (int index = 0; index < Math.min(PROBLEMS_SHOWN, errors.size()); index++) {
            Issue issue = errors.get(index);
            text.append(index == 0 ? "" : " ").append(issue.activityKey() == null ? "" : issue.activityKey() + ": ")
                    .append(issue.message());
        }
        if (errors.size() > PROBLEMS_SHOWN) {
            text.append(" And ").append(errors.size() - PROBLEMS_SHOWN).append(" more.");
        }
        return text.toString();
    }

    static Participant participant(String key) {
        return key.startsWith("user:") ? new Participant(key.substring(5), null)
                : new Participant(null, key.substring(key.indexOf(':') + 1));
    }

    private static ParticipantPosition position(StoredPosition stored) {
        return new ParticipantPosition(participant(stored.participant()), stored.activity(),
                Instant.ofEpochMilli(stored.since()), stored.wakeAt() == null ? null : Instant.ofEpochMilli(stored.wakeAt()),
                stored.status());
    }

    static String word(JourneyState state) {
        return state.name().toLowerCase(Locale.ROOT);
    }
}
