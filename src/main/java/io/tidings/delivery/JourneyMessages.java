package io.tidings.delivery;

import io.tidings.audience.ChannelType;
import io.tidings.channel.DeliveryChannel;
import io.tidings.template.Template;
import io.tidings.template.TemplateService;
import io.tidings.work.Quote;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The delivery feature's port for journeys: writes one activity's messages as a queued send job with its ledger inside
 * the journey's own transaction, the one that moves its participants on, so that a crash leaves either both or
 * neither. The job is marked triggered (its ledger is these endpoints, never the segment) and is started by the caller
 * once the transaction has committed; a job the caller never started stays queued and is started on the next run.
 */
public final class JourneyMessages {

    private final TemplateService templates;
    private final Supplier<String> applicationId;
    private final OutboxRepository repository = new OutboxRepository();
    private final JobRunRepository runs = new JobRunRepository();

    /** @param applicationId the workspace's application id, which custom messages' webhook calls carry */
    public JourneyMessages(TemplateService templates, Supplier<String> applicationId) {
        this.templates = templates;
        this.applicationId = applicationId;
    }

    /**
     * Writes the job and a ledger row for each endpoint the channel reaches; returns the job's id, or -1 when none of
     * the endpoints can get the channel's messages (no job is written then).
     */
    public long write(Connection connection, JourneyMessage message, long[] endpointKeys, Instant now)
            throws SQLException {
        Template template = template(message);
        int version = message.templateVersion() != null ? message.templateVersion()
                : template.summary().activeVersion();
        if (!template.type().name().equals(message.channel().name())) {
            throw new IllegalArgumentException(Quote.of(template.name()) + " is " + template.type().withArticle()
                    + "; activity " + message.activityKey() + " cannot send it.");
        }
        long job = insertJob(connection, message, template.id(), version, now);
        return ledger(connection, job, Arrays.stream(ChannelType.values())
                .filter(type -> ChannelFit.fits(message.channel(), type)).toList(), endpointKeys, now);
    }

    /**
     * Writes a custom message's job (a webhook call for each endpoint) and its ledger: the endpoints of the types the
     * activity names, all of them when it names none. The activity's template, when it has one, goes along rendered
     * for each endpoint; {@code message}'s template id is 0 when it has none. Returns the job's id, or -1 when none of
     * the endpoints is of those types.
     */
    public long writeCustom(Connection connection, JourneyMessage message, String deliveryUri,
            List<String> endpointTypes, String data, long[] endpointKeys, Instant now) throws SQLException {
        if (message.channel() != DeliveryChannel.CUSTOM) {
            throw new IllegalArgumentException("Activity " + message.activityKey() + " sends " + message.channel()
                    + " messages, not custom ones.");
        }
        Long templateId = null;
        Integer version = null;
        if (message.templateId() > 0) {
            Template template = template(message);
            templateId = template.id();
            version = message.templateVersion() != null ? message.templateVersion() : template.summary().activeVersion();
        }
        long job = insertJob(connection, message, templateId, version == null ? 0 : version, now);
        CustomMessage custom = new CustomMessage(applicationId.get(), Long.toString(message.journeyId()),
                message.activityKey(), now.truncatedTo(ChronoUnit.MILLIS), deliveryUri, endpointTypes, data);
        runs.insertTreatment(connection, job, new JobTreatment(0, null, 100, templateId, version, custom.toJson()));
        return ledger(connection, job, reachable(endpointTypes), endpointKeys, now);
    }

    /** Pinpoint's {@code EndpointTypes} as channel types: {@code PUSH} stands for every push service; none for all. */
    static List<ChannelType> reachable(List<String> endpointTypes) {
        if (endpointTypes == null || endpointTypes.isEmpty()) {
            return List.of(ChannelType.values());
        }
        Set<ChannelType> types = EnumSet.noneOf(ChannelType.class);
        for (String name : endpointTypes) {
            String type = name == null ? "" : name.strip().toUpperCase(Locale.ROOT);
            if (type.equals("PUSH")) {
                Arrays.stream(ChannelType.values()).filter(ChannelType::isPush).forEach(types::add);
            } else {
                Arrays.stream(ChannelType.values()).filter(each -> each.name().equals(type)).forEach(types::add);
            }
        }
        return List.copyOf(types);
    }

    private Template template(JourneyMessage message) {
        return templates.template(message.templateId()).orElseThrow(() -> new IllegalArgumentException(
                "The template of activity " + message.activityKey() + " is no longer in the workspace."));
    }

    private long insertJob(Connection connection, JourneyMessage message, Long templateId, int version, Instant now)
            throws SQLException {
        long job = repository.insertJob(connection, message.name(), message.channel(), templateId, version,
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
        return job;
    }

    /** Writes the job's ledger; a job none of whose endpoints it reaches is removed again (-1). */
    private long ledger(Connection connection, long job, List<ChannelType> types, long[] endpointKeys, Instant now)
            throws SQLException {
        int added = repository.insertMessages(connection, job, types, endpointKeys, 0, endpointKeys.length, now);
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
