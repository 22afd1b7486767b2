package io.tidings.delivery;

import io.tidings.audience.ChannelType;
import io.tidings.channel.DeliveryChannel;
import io.tidings.segment.MemberEndpoint;
import io.tidings.segment.Segment;
import io.tidings.segment.SegmentDefinition;
import io.tidings.segment.SegmentService;
import io.tidings.store.Database;
import io.tidings.template.TemplateContent;
import io.tidings.template.TemplateService;
import io.tidings.template.TemplateType;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Forecasts a campaign run with the engine's own rules (one implementation, no copy); see {@link PreflightReport}.
 * Members are placed as expansion places them ({@link RunAudience}) and each one the run would claim is decided by
 * {@link SendingRules} at its due instant, with the facts the ledger would give: the suppression list, today's
 * messages per endpoint and the campaign's earlier messages are loaded once, each with one query, and the addresses
 * the run takes are remembered as it goes. The members come in one streaming read, in the order the engine claims
 * them, so the first of two endpoints sharing an address is the one that gets the message in both.
 */
public final class Preflight {

    /** How far before the run's start a day on an endpoint's clock can begin (a day, and a daylight-saving hour). */
    private static final long DAY_REACH_MILLIS = Duration.ofHours(26).toMillis();

    private final Database database;
    private final SegmentService segments;
    private final TemplateService templates;

    public Preflight(Database database, SegmentService segments, TemplateService templates) {
        this.database = database;
        this.segments = segments;
        this.templates = templates;
    }

    /** The forecast of {@code plan} if its run began at {@code runStart}, with up to {@code samples} endpoint ids a line. */
    public PreflightReport check(RunPlan plan, Instant runStart, int samples) {
        List<JobTreatment> treatments = RunPlanCheck.treatments(plan, templates);
        Segment segment = segments.find(plan.segmentId()).orElseThrow(() -> new IllegalArgumentException(
                "SegmentId: segment " + plan.segmentId() + " is no longer in the workspace."));
        SegmentDefinition members = segments.membersOf(segment, plan.segmentVersion());
        Instant deadline = plan.maximumDuration() == null ? null : runStart.plus(plan.maximumDuration());
        SendJob job = new SendJob(0, plan.name(), plan.channel(), treatments.get(0).templateId(), 0, segment.id(),
                JobState.QUEUED, runStart, null, null, null, plan.options(), plan.account(), plan.campaignId());
        JobPlan[] plans = new JobPlan[treatments.size()];
        for (JobTreatment treatment : treatments) {
            TemplateContent content = treatment.inlineContent() != null
                    ? TemplateContent.parse(TemplateType.valueOf(plan.channel().name()), treatment.inlineContent())
                    : templates.version(treatment.templateId(), treatment.templateVersion());
            plans[treatment.treatment()] = new JobPlan(job, treatment.treatment(), content, null,
                    MessageComposer.promotional(plan.channel(), content), deadline);
        }
        SendingRules rules = new SendingRules();
        RunAudience audience = new RunAudience(plan.channel(), new TreatmentAssignment(plan.assignmentSeed(),
                plan.holdoutPercent(), treatments.stream().map(JobTreatment::sizePercent).toList()), plan.localTime(),
                runStart, plan.options(), rules);
        KnownFacts facts = database.read(connection -> KnownFacts.load(connection, plan, runStart));
        Forecast forecast = new Forecast(samples, runStart, deadline, plan.account().ratePerSecond());
        long count = MemberPipe.forEach(segments, members, member -> {
            RunAudience.Placement placement = audience.place(member);
            if (placement.reason() != null) {
                forecast.notSent(placement.treatment(), placement.reason(), member.id());
                return;
            }
            JobPlan treatmentPlan = plans[placement.treatment()];
            SendingRules.Decision decision;
            try {
                decision = rules.decide(facts, treatmentPlan, candidate(member, placement.treatment()),
                        Instant.ofEpochMilli(placement.dueMillis()));
            } catch (SQLException impossible) {
                throw new IllegalStateException(impossible); // the pre-flight's facts are in memory
            }
            if (decision instanceof SendingRules.Suppress suppress) {
                forecast.notSent(placement.treatment(), suppress.reason(), member.id());
                return;
            }
            facts.take(member.address());
            if (decision instanceof SendingRules.Hold) {
                forecast.later(placement.treatment(), PreflightReport.Wait.QUIET_TIME, member.id());
            } else {
                forecast.sent(placement.treatment(), placement.dueMillis(), member.id());
            }
        });
        return forecast.report(count);
    }

    private static LedgerSession.Candidate candidate(MemberEndpoint member, int treatment) {
        ChannelType type;
        try {
            type = member.channelType() == null ? null : ChannelType.valueOf(member.channelType());
        } catch (IllegalArgumentException unknown) {
            type = null;
        }
        return new LedgerSession.Candidate(0, 0, member.key(), treatment, 0, 0, member.id(), type, member.address(),
                member.active(), member.optedOut(), member.timezone());
    }

    /** The facts the sending rules ask for, loaded once, plus the addresses the run has taken so far. */
    private static final class KnownFacts implements SendingFacts {

        private final Set<String> suppressed;
        private final Map<Long, Integer> targetedInCampaign;
        private final Map<Long, long[]> sentRecently;
        private final Set<String> taken = new HashSet<>();

        private KnownFacts(Set<String> suppressed, Map<Long, Integer> targetedInCampaign, Map<Long, long[]> sentRecently) {
            this.suppressed = suppressed;
            this.targetedInCampaign = targetedInCampaign;
            this.sentRecently = sentRecently;
        }

        static KnownFacts load(Connection connection, RunPlan plan, Instant runStart) throws SQLException {
            Set<String> suppressed = new HashSet<>();
            try (var query = connection.prepareStatement("SELECT address FROM suppressed_address WHERE channel = ?")) {
                query.setString(1, plan.channel().name());
                try (var rows = query.executeQuery()) {
                    while (rows.next()) {
                        suppressed.add(rows.getString(1));
                    }
                }
            }
            Map<Long, Integer> targeted = new HashMap<>();
            if (plan.campaignId() != null && plan.options().messagesPerEndpoint() > 0) {
                try (var query = connection.prepareStatement("""
                        SELECT m.endpoint_key, count(*) FROM send_job j JOIN outbox_message m ON m.job_id = j.id
                        WHERE j.campaign_id = ?
                          AND (m.state IN ('SENT', 'SENDING') OR (m.state = 'SUPPRESSED' AND m.reason = 'QUIET_TIME'))
                        GROUP BY m.endpoint_key""")) {
                    query.setLong(1, plan.campaignId());
                    try (var rows = query.executeQuery()) {
                        while (rows.next()) {
                            targeted.put(rows.getLong(1), rows.getInt(2));
                        }
                    }
                }
            }
            Map<Long, long[]> sent = new HashMap<>();
            if (plan.options().dailyCapPerEndpoint() > 0) {
                try (var query = connection.prepareStatement("""
                        SELECT endpoint_key, group_concat(sent_at) FROM outbox_message
                        WHERE state IN ('SENT', 'SENDING') AND sent_at >= ? GROUP BY endpoint_key""")) {
                    query.setLong(1, runStart.toEpochMilli() - DAY_REACH_MILLIS);
                    try (var rows = query.executeQuery()) {
                        while (rows.next()) {
                            String[] times = rows.getString(2).split(",");
                            long[] millis = new long[times.length];
                            for (int index = 0; index < times.length; index++) {
                                millis[index] = Long.parseLong(times[index]);
                            }
                            sent.put(rows.getLong(1), millis);
                        }
                    }
                }
            }
            return new KnownFacts(suppressed, targeted, sent);
        }

        void take(String address) {
            taken.add(address);
        }

        @Override
        public boolean addressSuppressed(DeliveryChannel channel, String address) {
            return suppressed.contains(address);
        }

        @Override
        public boolean addressTakenInJob(long jobId, long endpointKey, String address) {
            // Each member is decided once, so an address taken is another endpoint's.
            return taken.contains(address);
        }

        @Override
        public long countedTowardsTotal(SendJob job, long endpointKey) {
            return job.campaignId() == null ? 0 : targetedInCampaign.getOrDefault(endpointKey, 0);
        }

        @Override
        public long sentToEndpointBetween(long endpointKey, long fromMillis, long toMillis) {
            long[] times = sentRecently.get(endpointKey);
            long count = 0;
            if (times != null) {
                for (long time : times) {
                    if (time >= fromMillis && time < toMillis) {
                        count++;
                    }
                }
            }
            return count;
        }
    }

    /** The lines of the report as members are decided, and where the run's rate puts those due at its start. */
    private static final class Forecast {

        private record LineKey(int treatment, PreflightReport.Timing timing, PreflightReport.Wait delay,
                ReasonCode reason) {
        }

        private static final class Tally {
            long endpoints;
            final List<String> samples = new ArrayList<>();
        }

        private final int samples;
        private final long startMillis;
        private final Instant deadline;
        private final Double rate;
        private final Map<LineKey, Tally> lines = new HashMap<>();
        private long dueAtStart;

        Forecast(int samples, Instant runStart, Instant deadline, Double rate) {
            this.samples = Math.max(0, samples);
            this.startMillis = runStart.toEpochMilli();
            this.deadline = deadline;
            this.rate = rate == null || rate <= 0 ? null : rate;
        }

        void notSent(int treatment, ReasonCode reason, String endpointId) {
            add(new LineKey(treatment, PreflightReport.Timing.NOT_SENT, null, reason), endpointId);
        }

        void later(int treatment, PreflightReport.Wait delay, String endpointId) {
            add(new LineKey(treatment, PreflightReport.Timing.LATER, delay, null), endpointId);
        }

        /** A message the rules let go at its due time; the rate decides whether that is now, later or too late. */
        void sent(int treatment, long dueMillis, String endpointId) {
            if (dueMillis > startMillis) {
                later(treatment, PreflightReport.Wait.LOCAL_TIME, endpointId);
                return;
            }
            if (rate == null) {
                add(new LineKey(treatment, PreflightReport.Timing.NOW, null, null), endpointId);
                dueAtStart++;
                return;
            }
            long sendsAtMillis = startMillis + (long) Math.floor(dueAtStart * 1000.0 / rate);
            if (deadline != null && sendsAtMillis >= deadline.toEpochMilli()) {
                notSent(treatment, ReasonCode.EXPIRED, endpointId);
                return;
            }
            dueAtStart++;
            if (dueAtStart <= rate) {
                add(new LineKey(treatment, PreflightReport.Timing.NOW, null, null), endpointId);
            } else {
                later(treatment, PreflightReport.Wait.RATE, endpointId);
            }
        }

        private void add(LineKey key, String endpointId) {
            Tally tally = lines.computeIfAbsent(key, any -> new Tally());
            tally.endpoints++;
            if (tally.samples.size() < samples) {
                tally.samples.add(endpointId);
            }
        }

        PreflightReport report(long segmentMembers) {
            Duration sendingTime = rate == null ? Duration.ZERO
                    : Duration.ofMillis((long) Math.ceil(dueAtStart * 1000.0 / rate));
            List<PreflightReport.Line> report = lines.entrySet().stream()
                    .sorted(Map.Entry.comparingByKey(Comparator.<LineKey>comparingInt(
                                    key -> key.treatment() == RunPlan.HOLDOUT ? Integer.MAX_VALUE : key.treatment())
                            .thenComparing(LineKey::timing)
                            .thenComparing(key -> key.delay() == null ? -1 : key.delay().ordinal())
                            .thenComparing(key -> key.reason() == null ? -1 : key.reason().ordinal())))
                    .map(entry -> new PreflightReport.Line(entry.getKey().treatment(), entry.getKey().timing(),
                            entry.getKey().delay(), entry.getKey().reason(), entry.getValue().endpoints,
                            entry.getValue().samples))
                    .toList();
            return new PreflightReport(segmentMembers, report, sendingTime);
        }
    }
}
