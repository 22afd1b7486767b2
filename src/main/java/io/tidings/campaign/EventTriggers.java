package io.tidings.campaign;

import io.tidings.channel.accounts.ChannelAccounts;
import io.tidings.delivery.RunPlan;
import io.tidings.delivery.SendJob;
import io.tidings.delivery.SendJobs;
import io.tidings.segment.MemberEndpoint;
import io.tidings.segment.Segment;
import io.tidings.segment.SegmentService;
import io.tidings.segment.SegmentType;
import io.tidings.store.Database;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends an event-triggered campaign's message to the endpoint of each matching event, at most once per event.
 *
 * <p>For each live EVENT campaign, each event that passes its filter gets a decision record first
 * ({@code campaign_trigger}, keyed by the campaign and the event): an event seen before (recorded twice, replayed,
 * or seen again after a restart) finds its record and is left alone. An event more than {@link #DEADLINE} old on
 * arrival, outside the schedule's window or for a paused campaign is recorded as such and sends nothing. The rest
 * are checked against the campaign's segment for their endpoints alone; the members get one send job, a run of the
 * campaign, whose deadline is five minutes after the earliest of its events: what the engine has not sent by then
 * expires (Pinpoint drops such messages and does not retry). Quiet time, caps and opt-outs apply as for any run.
 */
final class EventTriggers {

    /** How long after its event a triggered message may still go, as in Pinpoint. */
    static final Duration DEADLINE = Duration.ofMinutes(5);

    /** The deadline of messages whose five minutes are over already: the engine expires them at its first look. */
    private static final Duration AT_ONCE = Duration.ofMillis(1);
    private static final Logger LOG = LoggerFactory.getLogger(EventTriggers.class);
    private static final Set<CampaignState> LISTENING =
            EnumSet.of(CampaignState.SCHEDULED, CampaignState.EXECUTING, CampaignState.PAUSED);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final Database database;
    private final CampaignRepository campaigns;
    private final TriggerRepository decisions = new TriggerRepository();
    private final SegmentService segments;
    private final SendJobs sendJobs;
    private final RunPlans plans;
    private final RunControl control;
    private final Supplier<ChannelAccounts> accounts;
    private final Clock clock;

    EventTriggers(Database database, CampaignRepository campaigns, SegmentService segments, SendJobs sendJobs,
            RunPlans plans, RunControl control, Supplier<ChannelAccounts> accounts, Clock clock) {
        this.database = database;
        this.campaigns = campaigns;
        this.segments = segments;
        this.sendJobs = sendJobs;
        this.plans = plans;
        this.control = control;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Handles a batch of arrived events for every live event-triggered campaign; returns the jobs created. */
    List<SendJob> handle(List<ArrivedEvent> arrived) {
        List<SendJob> jobs = new ArrayList<>();
        for (Campaign campaign : database.read(connection -> campaigns.inStates(connection, LISTENING))) {
            if (!campaign.definition().schedule().isEventTriggered()) {
                continue;
            }
            try {
                jobs.addAll(handle(campaign, arrived));
            } catch (RuntimeException failure) {
                LOG.error("Campaign {}: {} arrived events could not be checked against its event filter",
                        campaign.id(), arrived.size(), failure);
            }
        }
        return jobs;
    }

    private List<SendJob> handle(Campaign campaign, List<ArrivedEvent> arrived) {
        CampaignSchedule schedule = campaign.definition().schedule();
        List<TriggerRepository.Decision> matched = new ArrayList<>();
        for (ArrivedEvent one : arrived) {
            if (schedule.eventFilter().matches(one.event())) {
                matched.add(new TriggerRepository.Decision(campaign.id(), EventKey.of(one.event()),
                        one.event().eventType(), one.event().endpointId(), one.event().timestamp(), one.arrivedAt(),
                        outcomeBeforeSending(campaign, one)));
            }
        }
        if (matched.isEmpty()) {
            return List.of();
        }
        List<TriggerRepository.Decision> toSend = database.write(connection -> {
            List<TriggerRepository.Decision> fresh = new ArrayList<>();
            for (TriggerRepository.Decision decision : matched) {
                if (decisions.record(connection, decision) && decision.outcome() == TriggerOutcome.PENDING) {
                    fresh.add(decision);
                }
            }
            return fresh;
        });
        if (toSend.isEmpty()) {
            return List.of();
        }
        Map<String, MemberEndpoint> members = members(campaign, toSend);
        List<String> outside = toSend.stream().filter(decision -> !members.containsKey(decision.endpointId()))
                .map(TriggerRepository.Decision::eventKey).toList();
        if (!outside.isEmpty()) {
            settle(campaign.id(), outside, TriggerOutcome.NOT_IN_SEGMENT, null, null);
        }
        List<SendJob> jobs = new ArrayList<>();
        for (List<TriggerRepository.Decision> wave : waves(toSend, members)) {
            createRun(campaign, wave, members).ifPresent(jobs::add);
        }
        return jobs;
    }

    private static TriggerOutcome outcomeBeforeSending(Campaign campaign, ArrivedEvent one) {
        if (one.event().endpointId() == null) {
            return TriggerOutcome.NO_ENDPOINT;
        }
        if (one.event().timestamp().plus(DEADLINE).isBefore(one.arrivedAt())) {
            return TriggerOutcome.STALE;
        }
        if (!campaign.definition().schedule().listensAt(one.event().timestamp())) {
            return TriggerOutcome.OUTSIDE_SCHEDULE;
        }
        return campaign.state() == CampaignState.PAUSED ? TriggerOutcome.PAUSED : TriggerOutcome.PENDING;
    }

    /** The events' endpoints that are in the campaign's segment, by id, evaluated for those endpoints alone. */
    private Map<String, MemberEndpoint> members(Campaign campaign, List<TriggerRepository.Decision> decided) {
        Segment segment = segments.find(campaign.definition().segmentId()).orElse(null);
        Map<String, MemberEndpoint> byId = new HashMap<>();
        if (segment == null) {
            return byId;
        }
        Set<String> ids = new HashSet<>();
        decided.forEach(decision -> ids.add(decision.endpointId()));
        for (MemberEndpoint member : segments.membersAmong(
                segments.membersOf(segment, campaign.definition().segmentVersion()), ids)) {
            byId.put(member.id(), member);
        }
        return byId;
    }

    /**
     * The members' events split so that no endpoint is twice in one job (a job has one message per endpoint): the
     * first event of each endpoint in the first wave, its second in the next, and so on.
     */
    private static List<List<TriggerRepository.Decision>> waves(List<TriggerRepository.Decision> decided,
            Map<String, MemberEndpoint> members) {
        List<List<TriggerRepository.Decision>> waves = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (TriggerRepository.Decision decision : decided) {
            if (!members.containsKey(decision.endpointId())) {
                continue;
            }
            int wave = seen.merge(decision.endpointId(), 1, Integer::sum) - 1;
            if (wave == waves.size()) {
                waves.add(new ArrayList<>());
            }
            waves.get(wave).add(decision);
        }
        return waves;
    }

    private Optional<SendJob> createRun(Campaign campaign, List<TriggerRepository.Decision> wave,
            Map<String, MemberEndpoint> members) {
        List<String> keys = wave.stream().map(TriggerRepository.Decision::eventKey).toList();
        Instant now = clock.instant();
        Instant earliest = wave.stream().map(decision -> decision.eventAt().isBefore(decision.arrivedAt())
                ? decision.eventAt() : decision.arrivedAt()).min(Instant::compareTo).orElse(now);
        Instant deadline = earliest.plus(DEADLINE);
        Long runId = null;
        try {
            runId = claimRun(campaign.id(), now);
            RunPlan plan = plans.plan(campaign, now, accounts.get());
            Duration left = Duration.between(now, deadline);
            if (plan.maximumDuration() != null && plan.maximumDuration().compareTo(left) < 0) {
                left = plan.maximumDuration();
            }
            Map<String, MemberEndpoint> unique = new LinkedHashMap<>();
            wave.forEach(decision -> unique.put(decision.endpointId(), members.get(decision.endpointId())));
            RunPlan triggered = new RunPlan(campaign.name() + ", triggered " + TIME.format(now), plan.campaignId(),
                    plan.assignmentSeed(), plan.channel(), plan.segmentId(), plan.segmentVersion(), plan.treatments(),
                    plan.holdoutPercent(), now, null, left.compareTo(AT_ONCE) < 0 ? AT_ONCE : left, plan.options(),
                    plan.account());
            SendJob job = sendJobs.createTriggeredRun(triggered, List.copyOf(unique.values()));
            long run = runId;
            database.write(connection -> {
                campaigns.linkRun(connection, run, job.id());
                decisions.settle(connection, campaign.id(), keys, TriggerOutcome.TRIGGERED, job.id(), null);
                return null;
            });
            CampaignState state = database.read(connection -> campaigns.find(connection, campaign.id()))
                    .map(Campaign::state).orElse(CampaignState.CANCELLED);
            if (state == CampaignState.CANCELLED) {
                control.cancel(job.id());
            } else if (state != CampaignState.PAUSED) {
                control.start(job.id());
            }
            LOG.info("Campaign {}: {} events triggered send job {}", campaign.id(), wave.size(), job.id());
            return Optional.of(job);
        } catch (RuntimeException failure) {
            LOG.error("Campaign {}: the messages of {} triggering events could not be created", campaign.id(),
                    wave.size(), failure);
            String problem = "The messages could not be created: " + CampaignRuns.inWords(failure);
            Long failedRun = runId;
            database.write(connection -> {
                decisions.settle(connection, campaign.id(), keys, TriggerOutcome.FAILED, null, problem);
                if (failedRun != null) {
                    campaigns.runProblem(connection, failedRun, problem);
                }
                return null;
            });
            return Optional.empty();
        }
    }

    /** Records a run of the campaign at {@code now} (a millisecond later when one is recorded at that instant). */
    private long claimRun(long campaignId, Instant now) {
        return database.write(connection -> {
            Instant at = now;
            while (true) {
                Optional<Long> run = campaigns.insertRun(connection, campaignId, at, now);
                if (run.isPresent()) {
                    return run.get();
                }
                at = at.plusMillis(1);
            }
        });
    }

    /** Whether the segment can target an event-triggered campaign: Pinpoint's take only dynamic ones. */
    static boolean dynamic(Segment segment) {
        return segment.type() == SegmentType.DYNAMIC;
    }

    private void settle(long campaignId, List<String> keys, TriggerOutcome outcome, Long jobId, String problem) {
        database.write(connection -> {
            decisions.settle(connection, campaignId, keys, outcome, jobId, problem);
            return null;
        });
    }
}
