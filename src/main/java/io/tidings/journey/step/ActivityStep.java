package io.tidings.journey.step;

import io.tidings.delivery.QuietTime;
import io.tidings.journey.Activity;
import io.tidings.journey.ActivityConfig;
import io.tidings.journey.Condition;
import io.tidings.journey.ConditionalSplit;
import io.tidings.journey.ContactCenter;
import io.tidings.journey.Holdout;
import io.tidings.journey.JourneyGraph;
import io.tidings.journey.JourneyLimits;
import io.tidings.journey.JourneySettings;
import io.tidings.journey.MessageActivity;
import io.tidings.journey.MultiConditionSplit;
import io.tidings.journey.Port;
import io.tidings.journey.RandomSplit;
import io.tidings.journey.SimpleCondition;
import io.tidings.journey.WaitActivity;
import io.tidings.journey.WaitTime;
import io.tidings.journey.step.StepDecision.GoOn;
import io.tidings.journey.step.StepDecision.Leave;
import io.tidings.journey.step.StepDecision.LeaveReason;
import io.tidings.journey.step.StepDecision.Send;
import io.tidings.journey.step.StepDecision.Wait;
import io.tidings.journey.step.StepDecision.WaitReason;
import io.tidings.template.TemplateType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * Decides what happens to one participant at one activity of a journey at a given moment. Pure and thread-safe: the
 * same activity, visit, facts and moment always give the same decision.
 *
 * <p>The caller keeps each participant's position: the activity, when it entered the journey this time
 * ({@code enteredAt}) and when it arrived at the activity ({@code arrivedAt}). It asks when the participant arrives
 * ({@code now == arrivedAt}) and again at every {@link StepDecision.Wait#until()}; a wait is measured from
 * {@code arrivedAt}, so asking again at the wake-up moment moves the participant on.
 *
 * <p>The rules, in order: past the journey's end time everyone leaves; a message activity leaves the opted-out and
 * those over the total or timeframe cap, holds those over the daily cap until the next day on their clock, holds (or
 * skips the message, without {@code WaitForQuietTime}) in quiet time on their clock, and otherwise sends; a Wait waits
 * its duration (from arrival) or until its date (on the participant's clock with {@code LocalTime}); a split waits its
 * {@code EvaluationWaitTime} and then tests (yes/no; the first branch that holds, else Else); a random split and a
 * holdout draw from {@link StableDraw}; a contact-center activity is passed through (Tidings does not call).
 */
public final class ActivityStep {

    private final String journeyKey;
    private final JourneyGraph graph;
    private final JourneySettings settings;
    private final ConditionWords words;
    private final Map<SimpleCondition.MessageEvent, EventMatch> eventMatches = new HashMap<>();
    private final Map<String, String[]> portWords = new HashMap<>();
    /** Per activity, the reasons that do not change from one participant to the next: [waiting, done]. */
    private final Map<String, String[]> fixedWords = new HashMap<>();

    /**
     * @param journeyKey what random draws hash beside the activity and the participant: the journey's id as text,
     *     so that the executor and the simulator of one journey draw alike
     * @param segmentNames a segment's name for the reasons, by id
     */
    public ActivityStep(String journeyKey, JourneyGraph graph, LongFunction<String> segmentNames) {
        this.journeyKey = journeyKey;
        this.graph = graph;
        this.settings = graph.settings();
        this.words = new ConditionWords(segmentNames);
        graph.activities().forEach((key, activity) -> {
            for (SimpleCondition condition : SimpleCondition.in(activity.config())) {
                if (condition instanceof SimpleCondition.MessageEvent event) {
                    eventMatches.put(event, EventMatch.of(event.dimensions()));
                }
            }
            portWords.put(key, portWordsOf(activity.config()));
            fixedWords.put(key, fixedWordsOf(activity.config()));
        });
    }

    public JourneyGraph graph() {
        return graph;
    }

    /** What happens to the participant at {@code activityKey} at {@code now}. */
    public StepDecision decide(String activityKey, Instant enteredAt, Instant arrivedAt, ParticipantFacts facts,
            Instant now) {
        Activity activity = graph.activity(activityKey);
        if (activity == null) {
            return new Leave(LeaveReason.NO_SUCH_ACTIVITY, null, "the journey has no activity " + activityKey);
        }
        Instant end = settings.schedule().endTime();
        if (end != null && !now.isBefore(end)) {
            return new Leave(LeaveReason.JOURNEY_ENDED, null, "the journey ended at " + end);
        }
        ActivityConfig config = activity.config();
        if (config instanceof MessageActivity) {
            return message(activityKey, activity, facts, now);
        }
        if (config instanceof WaitActivity wait) {
            if (wait.waitTime() == null) {
                return goOn(activityKey, activity, Port.NEXT, "the wait has no duration yet");
            }
            Instant until = waitEnd(wait.waitTime(), arrivedAt, facts);
            String[] texts = fixedWords.get(activityKey);
            return now.isBefore(until) ? hold(until, WaitReason.WAIT, texts[0])
                    : goOn(activityKey, activity, Port.NEXT, texts[1]);
        }
        if (config instanceof ConditionalSplit split) {
            Wait evaluation = evaluationWait(activityKey, split.evaluationWaitTime(), arrivedAt, facts, now);
            if (evaluation != null) {
                return evaluation;
            }
            boolean holds = split.condition() != null && holds(split.condition(), facts, enteredAt, now);
            return goOn(activityKey, activity, holds ? Port.YES : Port.NO, null);
        }
        if (config instanceof MultiConditionSplit split) {
            Wait evaluation = evaluationWait(activityKey, split.evaluationWaitTime(), arrivedAt, facts, now);
            if (evaluation != null) {
                return evaluation;
            }
            List<SimpleCondition> branches = split.branches();
            for (int index = 0; index < Math.min(branches.size(), Port.MOST_BRANCHES); index++) {
                SimpleCondition branch = branches.get(index);
                if (branch != null && holds(branch, facts, enteredAt, now)) {
                    return goOn(activityKey, activity, Port.branch(index), null);
                }
            }
            return goOn(activityKey, activity, Port.ELSE, null);
        }
        if (config instanceof RandomSplit split) {
            return goOn(activityKey, activity, randomPath(split, activityKey, facts.participantKey()), null);
        }
        if (config instanceof Holdout holdout) {
            double draw = StableDraw.of(journeyKey, activityKey, facts.participantKey());
            if (draw * 100 < holdout.percentage()) {
                return new Leave(LeaveReason.HOLDOUT, null, "held out: one of the " + holdout.percentage()
                        + " % the holdout keeps from the rest of the journey");
            }
            return goOn(activityKey, activity, Port.NEXT, "not held out (the holdout keeps "
                    + holdout.percentage() + " %)");
        }
        if (config instanceof ContactCenter) {
            return goOn(activityKey, activity, Port.NEXT, "passed the contact-center call, which Tidings does not make");
        }
        throw new IllegalStateException("An activity of an unknown kind: " + config.kindName());
    }

    /** The path of a random split a participant takes; percentages that do not sum to 100 (a draft) are scaled. */
    public Port randomPath(RandomSplit split, String activityKey, String participantKey) {
        List<Integer> percentages = split.percentages();
        int paths = Math.min(percentages.size(), Port.MOST_PATHS);
        int total = 0;
        for (int index = 0; index < paths; index++) {
            total += Math.max(0, percentages.get(index));
        }
        double point = StableDraw.of(journeyKey, activityKey, participantKey) * total;
        int upTo = 0;
        for (int index = 0; index < paths; index++) {
            upTo += Math.max(0, percentages.get(index));
            if (point < upTo) {
                return Port.path(index);
            }
        }
        return Port.path(Math.max(0, paths - 1));
    }

    /** In words, what {@link ParticipantFacts} the activity asks: for implementations that load facts per batch. */
    public static String questions(ActivityConfig config) {
        if (config instanceof MessageActivity) {
            return "opted out, messages sent (today, since, in all), time zone";
        }
        if (config instanceof ConditionalSplit || config instanceof MultiConditionSplit) {
            return "the conditions' segments, attributes and events";
        }
        if (config instanceof WaitActivity) {
            return "time zone (a date with local time only)";
        }
        return "participant key";
    }

    private StepDecision message(String key, Activity activity, ParticipantFacts facts, Instant now) {
        if (facts.optedOut()) {
            return new Leave(LeaveReason.OPTED_OUT, null, "opted out of messages");
        }
        TemplateType channel = ((MessageActivity) activity.config()).channel();
        if (channel != null && !facts.reachableBy(channel)) {
            return goOn(key, activity, Port.NEXT, "not sent: none of its endpoints takes " + channel.words() + " messages");
        }
        JourneyLimits limits = settings.limits();
        if (positive(limits.totalCap()) && facts.messagesSentInJourney() >= limits.totalCap()) {
            return new Leave(LeaveReason.TOTAL_CAP, null, "reached the total cap of " + limits.totalCap()
                    + " messages from this journey");
        }
        JourneyLimits.TimeframeCap timeframe = limits.timeframeCap();
        if (timeframe != null && positive(timeframe.cap()) && positive(timeframe.days())
                && facts.messagesSentSince(now.minus(Duration.ofDays(timeframe.days()))) >= timeframe.cap()) {
            return new Leave(LeaveReason.TIMEFRAME_CAP, null, "reached the cap of " + timeframe.cap()
                    + " messages in " + timeframe.days() + " days");
        }
        ZoneId zone = zoneOf(facts);
        if (positive(limits.dailyCap())) {
            LocalDate today = now.atZone(zone).toLocalDate();
            if (facts.messagesSentOn(today, zone) >= limits.dailyCap()) {
                return hold(today.plusDays(1).atStartOfDay(zone).toInstant(), WaitReason.DAILY_CAP,
                        "reached the daily cap of " + limits.dailyCap() + " messages; sends the next day");
            }
        }
        QuietTime quiet = settings.quietTime();
        if (quiet != null) {
            Optional<Instant> quietUntil = quiet.quietUntil(now, zone);
            if (quietUntil.isPresent()) {
                String hours = "quiet time (" + quiet.start() + "–" + quiet.end() + " on " + zone.getId() + ")";
                if (quiet.action() == QuietTime.Action.HOLD) {
                    return hold(quietUntil.get(), WaitReason.QUIET_TIME, "held by " + hours);
                }
                return goOn(key, activity, Port.NEXT, "not sent: " + hours + ", and the journey drops messages then");
            }
        }
        String next = activity.target(Port.NEXT);
        String[] texts = fixedWords.get(key);
        return new Send(Port.NEXT, next, next == null ? texts[1] : texts[0]);
    }

    private boolean holds(Condition condition, ParticipantFacts facts, Instant enteredAt, Instant now) {
        List<SimpleCondition> conditions = condition.conditions();
        if (conditions.isEmpty()) {
            return false;
        }
        boolean all = condition.operator() == Condition.Operator.ALL;
        for (SimpleCondition simple : conditions) {
            if (holds(simple, facts, enteredAt, now) != all) {
                return !all;
            }
        }
        return all;
    }

    private boolean holds(SimpleCondition condition, ParticipantFacts facts, Instant enteredAt, Instant now) {
        if (condition instanceof SimpleCondition.InSegment segment) {
            return facts.inSegment(segment.segmentId());
        }
        if (condition instanceof SimpleCondition.MessageEvent event) {
            return facts.hadEvent(event.messageActivity(), eventMatches.get(event), enteredAt, now);
        }
        return facts.matchesAttributes(((SimpleCondition.Attributes) condition).segmentDimensionsJson());
    }

    private Wait evaluationWait(String key, WaitTime evaluation, Instant arrivedAt, ParticipantFacts facts,
            Instant now) {
        if (evaluation == null) {
            return null;
        }
        Instant until = waitEnd(evaluation, arrivedAt, facts);
        if (!now.isBefore(until)) {
            return null;
        }
        return hold(until, WaitReason.EVALUATION, fixedWords.get(key)[0]);
    }

    /** A wait until {@code until}, or until the journey's end when that comes first. */
    private Wait hold(Instant until, WaitReason reason, String because) {
        Instant end = settings.schedule().endTime();
        if (end != null && end.isBefore(until)) {
            return new Wait(end, WaitReason.JOURNEY_END, because + ", but the journey ends first, at " + end);
        }
        return new Wait(until, reason, because);
    }

    private Instant waitEnd(WaitTime wait, Instant arrivedAt, ParticipantFacts facts) {
        if (wait.waitFor() != null) {
            return arrivedAt.plus(wait.waitFor());
        }
        if (!settings.localTime()) {
            return wait.waitUntil();
        }
        // With LocalTime a date means that clock time where each participant is.
        return wait.waitUntil().atZone(journeyZone()).toLocalDateTime().atZone(zoneOf(facts)).toInstant();
    }

    private StepDecision goOn(String key, Activity activity, Port port, String because) {
        String reason = because != null ? because : portWords.get(key)[port.ordinal()];
        String next = activity.target(port);
        if (next == null) {
            return new Leave(LeaveReason.OPEN_END, port, reason + "; " + port.label() + " leads nowhere, so the path ends");
        }
        return new GoOn(port, next, reason);
    }

    private static String[] fixedWordsOf(ActivityConfig config) {
        if (config instanceof MessageActivity message) {
            String sent = message.kindName().replaceFirst("^Send ", "") + " sent";
            return new String[] {sent, sent + "; the path ends here"};
        }
        WaitTime wait = config instanceof WaitActivity activity ? activity.waitTime()
                : config instanceof ConditionalSplit split ? split.evaluationWaitTime()
                : config instanceof MultiConditionSplit split ? split.evaluationWaitTime() : null;
        if (wait == null) {
            return new String[2];
        }
        if (config instanceof WaitActivity) {
            return new String[] {"waits " + wait.describe(), "waited " + wait.describe()};
        }
        return new String[] {"waits " + wait.describe() + " before the split tests", null};
    }

    /** The reason for taking each port of a split, made once per activity. */
    private String[] portWordsOf(ActivityConfig config) {
        String[] texts = new String[Port.values().length];
        if (config instanceof ConditionalSplit split) {
            String condition = split.condition() == null ? "no condition is set" : words.of(split.condition());
            texts[Port.YES.ordinal()] = "the condition held: " + condition;
            texts[Port.NO.ordinal()] = split.condition() == null ? "No: " + condition
                    : "the condition did not hold: not (" + condition + ")";
        } else if (config instanceof MultiConditionSplit split) {
            for (int index = 0; index < Math.min(split.branches().size(), Port.MOST_BRANCHES); index++) {
                SimpleCondition branch = split.branches().get(index);
                texts[Port.branch(index).ordinal()] = Port.branch(index).label() + " held: "
                        + (branch == null ? "no condition" : words.of(branch));
            }
            texts[Port.ELSE.ordinal()] = "no branch held, so Else";
        } else if (config instanceof RandomSplit split) {
            for (int index = 0; index < Math.min(split.percentages().size(), Port.MOST_PATHS); index++) {
                texts[Port.path(index).ordinal()] = "drawn for " + Port.path(index).label() + " ("
                        + split.percentages().get(index) + " %)";
            }
        }
        return texts;
    }

    private ZoneId zoneOf(ParticipantFacts facts) {
        ZoneId own = facts.timeZone();
        return own != null ? own : journeyZone();
    }

    private ZoneId journeyZone() {
        ZoneId zone = settings.schedule().timezone();
        return zone != null ? zone : ZoneOffset.UTC;
    }

    private static boolean positive(Integer value) {
        return value != null && value > 0;
    }
}
