package io.tidings.delivery;

import io.tidings.template.Template;
import io.tidings.template.TemplateService;
import io.tidings.work.Quote;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;

/**
 * The delivery feature's port for journeys: writes one activity's messages as a queued send job with its ledger inside
 * the journey's own transaction, the one that moves its participants on, so that a crash leaves either both or
 * neither. The job is marked triggered (its ledger is these endpoints, never the segment) and is started by the caller
 * once the transaction has committed; a job the caller never started stays queued and is started on the next run.
 */
public final class JourneyMessages {

    private final TemplateService templates;
    private final OutboxRepository repository = new OutboxRepository();
    private final JobRunRepository runs = new JobRunRepository();

    public JourneyMessages(TemplateService templates) {
        this.templates = templates;
    }

    /**
     * Writes the job and a ledger row for each endpoint the channel reaches; returns the job's id, or -1 when none of
     * the endpoints can get the channel's messages (no job is written then).
     */
    public long write(Connection connection, JourneyMessage message, long[] endpointKeys, Instant now)
            throws SQLException {
        Template template = templates.template(message.templateId()).orElseThrow(() -> new IllegalArgumentException(
                "The template of activity " + message.activityKey() + " is no longer in the workspace."));
        int version = message.templateVersion() != null ? message.templateVersion()
                : template.summary().activeVersion();
        if (!template.type().name().equals(message.channel().name())) {
            throw new IllegalArgumentException(Quote.of(template.name()) + " is " + template.type().withArticle()
                    + "; activity " + message.activityKey() + " cannot send it.");
        }
        long job = repository.insertJob(connection, message.name(), message.channel(), template.id(), version,
                message.segmentId(), JobOptionsJson.write(message.options()), message.account(), now);
        runs.markTriggered(connection, job);
        try (var update = connection.prepareStatement(
                "UPDATE send_job SET journey_id = ?, journey_activity_id = ?, journey_rate = ? WHERE id = ?")) {
            update.setLong(1, message.journeyId());
            update.setString(2, message.activityKey());
            update.setObject(3, message.journeyRate());
            update.setLong(4, job);
            update.executeUpdate();
        }
        int added = repository.insertMessages(connection, job, message.channel(), endpointKeys, 0, endpointKeys.length,
                now);
        if (added == 0) {
            try (var delete = connection.prepareStatement("DELETE FROM send_job WHERE id = ?")) {
                delete.setLong(1, job);
                delete.executeUpdate();
            }
            return -1;
        }
        return job;
    }
}
