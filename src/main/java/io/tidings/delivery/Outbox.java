package io.tidings.delivery;

import io.tidings.store.Database;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** What the Outbox screen reads: send jobs with their counts, the messages they did not send, one message's events. */
public final class Outbox {

    private final Database database;
    private final Clock clock;
    private final OutboxRepository ledger = new OutboxRepository();
    private final OutboxQueries queries = new OutboxQueries();

    public Outbox(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public Outbox(Database database) {
        this(database, Clock.systemUTC());
    }

    /** Every send job, newest first, with its counts as of now: reports timed later are not counted yet. */
    public List<JobSummary> jobs() {
        Instant now = clock.instant();
        return database.read(connection -> {
            List<JobSummary> summaries = new ArrayList<>();
            for (SendJob job : ledger.jobs(connection)) {
                JobProgress progress = ledger.progress(connection, job, now);
                OutboxQueries.Reported reported = queries.reportedOutcomes(connection, job.id(), now);
                summaries.add(new JobSummary(job, progress.count(MessageState.PENDING) + progress.count(MessageState.SENDING),
                        progress.count(MessageState.SENT), reported.delivered(), progress.count(MessageState.FAILED) + reported.failed(),
                        progress.count(MessageState.SUPPRESSED), reported.opened(), reported.clicked()));
            }
            summaries.sort(Comparator.comparingLong((JobSummary summary) -> summary.job().id()).reversed());
            return summaries;
        });
    }

    /**
     * How many messages of the job were not sent: failed, suppressed, or still queued when it was
     * cancelled.
     */
    public int unsentCount(long jobId) {
        return database.read(connection -> queries.unsentCount(connection, jobId));
    }

    /** A page of the job's unsent messages, in ledger order. */
    public List<UnsentMessage> unsent(long jobId, int offset, int limit) {
        return database.read(connection -> queries.unsent(connection, jobId, offset, limit));
    }

    /** What happened to a message a send job sent; empty when the id is not in the ledger. */
    public Optional<MessageHistory> history(long messageId) {
        return database.read(connection -> queries.history(connection, messageId));
    }
}
