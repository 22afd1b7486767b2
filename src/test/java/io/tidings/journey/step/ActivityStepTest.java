package io.tidings.journey.step;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tidings.delivery.QuietTime;
import io.tidings.journey.Activity;
import io.tidings.journey.ActivityConfig;
import io.tidings.journey.Condition;
import io.tidings.journey.ConditionalSplit;
import io.tidings.journey.ContactCenter;
import io.tidings.journey.EventDimensions;
import io.tidings.journey.Holdout;
import io.tidings.journey.JourneyEntry;
import io.tidings.journey.JourneyGraph;
import io.tidings.journey.JourneyLimits;
import io.tidings.journey.JourneySchedule;
import io.tidings.journey.JourneySettings;
import io.tidings.journey.MessageActivity;
import io.tidings.journey.MultiConditionSplit;
import io.tidings.journey.Outlet;
import io.tidings.journey.Port;
import io.tidings.journey.RandomSplit;
import io.tidings.journey.SimpleCondition;
import io.tidings.journey.TemplateChoice;
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
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ActivityStepTest {

    private static final Instant ENTERED = Instant.parse("2026-03-02T10:00:00Z");
    private static final SimpleCondition OPENED = new SimpleCondition.MessageEvent("welcome",
            EventDimensions.ofEventTypes("_email.open"));

    private final Facts facts = new Facts();

    private static MessageActivity.Email email() {
        return new MessageActivity.Email(new TemplateChoice(1, null), null);
    }

    /** welcome (email) → tested (the activity under test) → after (a wait); tested's ports all lead to after. */
    private static JourneyGraph around(ActivityConfig tested, JourneySettings settings) {
        Activity activity = Activity.of(tested);
        for (Port port : tested.ports()) {
            activity = activity.connect(port, "after");
        }
        return JourneyGraph.EMPTY.withSettings(settings).withEntry(new JourneyEntry.FromSegment(1, null))
                .with("welcome", Activity.of(email()).connect(Port.NEXT, "tested"))
                .with("tested", activity)
                .with("after", Activity.of(new WaitActivity(WaitTime.waitFor(Duration.ofDays(1)))))
                .connect(Outlet.ENTRY, "welcome");
    }

    private static ActivityStep step(ActivityConfig tested) {
        return step(tested, JourneySettings.DEFAULT);
    }

    private static ActivityStep step(ActivityConfig tested, JourneySettings settings) {
        return new ActivityStep("7", around(tested, settings), id -> "Segment " + id);
    }

    private StepDecision decide(ActivityStep step, Instant now) {
        return step.decide("tested", ENTERED, ENTERED, facts, now);
    }

    @Nested
    class Messages {

        @Test
        void sendsAndGoesOn() {
            Send send = assertInstanceOf(Send.class, decide(step(email()), ENTERED));
            assertEquals("after", send.next());
            assertEquals("email sent", send.because());
        }

        @Test
        void sendsAndLeavesAtAnOpenEnd() {
            JourneyGraph graph = around(email(), JourneySettings.DEFAULT).connect(Outlet.of("welcome", Port.NEXT), null);
            Send send = assertInstanceOf(Send.class,
                    new ActivityStep("7", graph, id -> "").decide("welcome", ENTERED, ENTERED, facts, ENTERED));
            assertTrue(send.leavesAfter());
            assertEquals("email sent; the path ends here", send.because());
        }

        @Test
        void anOptedOutParticipantLeaves() {
            facts.optedOut = true;
            Leave leave = assertInstanceOf(Leave.class, decide(step(email()), ENTERED));
            assertEquals(LeaveReason.OPTED_OUT, leave.reason());
        }

        @Test
        void aParticipantWithNoEndpointForTheChannelGoesOnWithoutTheMessage() {
            facts.unreachable.add(TemplateType.EMAIL);
            GoOn goOn = assertInstanceOf(GoOn.class, decide(step(email()), ENTERED));
            assertEquals("not sent: none of its endpoints takes email messages", goOn.because());
        }

        @Test
        void theTotalCapStopsTheParticipant() {
            JourneySettings capped = JourneySettings.DEFAULT.withLimits(new JourneyLimits(null, 2, null, null, null, null));
            facts.sent.add(ENTERED.minus(Duration.ofDays(1)));
            assertInstanceOf(Send.class, decide(step(email(), capped), ENTERED));
            facts.sent.add(ENTERED.minus(Duration.ofHours(1)));
            Leave leave = assertInstanceOf(Leave.class, decide(step(email(), capped), ENTERED));
            assertEquals(LeaveReason.TOTAL_CAP, leave.reason());
            assertTrue(leave.because().contains("total cap of 2"), leave.because());
        }

        @Test
        void theTimeframeCapCountsOnlyItsDays() {
            JourneySettings capped = JourneySettings.DEFAULT.withLimits(
                    new JourneyLimits(null, null, new JourneyLimits.TimeframeCap(1, 7), null, null, null));
            facts.sent.add(ENTERED.minus(Duration.ofDays(8)));
            assertInstanceOf(Send.class, decide(step(email(), capped), ENTERED));
            facts.sent.add(ENTERED.minus(Duration.ofDays(6)));
            assertEquals(LeaveReason.TIMEFRAME_CAP,
                    assertInstanceOf(Leave.class, decide(step(email(), capped), ENTERED)).reason());
        }

        @Test
        void theDailyCapWaitsUntilTheNextDayOnTheParticipantsClock() {
            JourneySettings capped = JourneySettings.DEFAULT.withLimits(new JourneyLimits(1, null, null, null, null, null));
            facts.zone = ZoneId.of("America/New_York");
            facts.sent.add(Instant.parse("2026-03-02T06:00:00Z")); // 01:00 in New York, that day
            Wait wait = assertInstanceOf(Wait.class, decide(step(email(), capped), ENTERED));
            assertEquals(WaitReason.DAILY_CAP, wait.reason());
            assertEquals(Instant.parse("2026-03-03T05:00:00Z"), wait.until());
            assertInstanceOf(Send.class, decide(step(email(), capped), wait.until()));
        }

        @Test
        void quietTimeHoldsUntilItEndsWhereTheParticipantIs() {
            JourneySettings quiet = JourneySettings.DEFAULT.withQuietTime(
                    QuietTime.of(LocalTime.of(21, 0), LocalTime.of(8, 0), QuietTime.Action.HOLD));
            facts.zone = ZoneId.of("Asia/Tokyo"); // 10:00 UTC is 19:00 in Tokyo
            Instant late = ENTERED.plus(Duration.ofHours(3)); // 22:00 in Tokyo
            assertInstanceOf(Send.class, decide(step(email(), quiet), ENTERED));
            Wait wait = assertInstanceOf(Wait.class, decide(step(email(), quiet), late));
            assertEquals(WaitReason.QUIET_TIME, wait.reason());
            assertEquals(Instant.parse("2026-03-02T23:00:00Z"), wait.until());
            assertTrue(wait.because().contains("quiet time (21:00–08:00 on Asia/Tokyo)"), wait.because());
        }

        @Test
        void quietTimeWithoutWaitingSkipsTheMessageAndGoesOn() {
            JourneySettings quiet = JourneySettings.DEFAULT.withQuietTime(
                    QuietTime.of(LocalTime.of(9, 0), LocalTime.of(12, 0), QuietTime.Action.DROP));
            GoOn goOn = assertInstanceOf(GoOn.class, decide(step(email(), quiet), ENTERED));
            assertEquals("after", goOn.next());
            assertTrue(goOn.because().startsWith("not sent: quiet time"), goOn.because());
        }
    }

    @Nested
    class Waits {

        private final WaitActivity threeDays = new WaitActivity(WaitTime.waitFor(Duration.ofDays(3)));

        @Test
        void waitsItsDurationFromArrivalThenGoesOn() {
            Wait wait = assertInstanceOf(Wait.class, decide(step(threeDays), ENTERED));
            assertEquals(ENTERED.plus(Duration.ofDays(3)), wait.until());
            assertEquals(WaitReason.WAIT, wait.reason());
            assertEquals("waits 3 days", wait.because());
            GoOn goOn = assertInstanceOf(GoOn.class, decide(step(threeDays), wait.until()));
            assertEquals("after", goOn.next());
        }

        @Test
        void waitsUntilADateAndOnTheParticipantsClockWithLocalTime() {
            WaitActivity untilNine = new WaitActivity(WaitTime.waitUntil(Instant.parse("2026-03-05T09:00:00Z")));
            assertEquals(Instant.parse("2026-03-05T09:00:00Z"),
                    assertInstanceOf(Wait.class, decide(step(untilNine), ENTERED)).until());
            JourneySettings local = new JourneySettings(JourneySchedule.NONE, true, null, null, null, false,
                    java.util.Map.of());
            facts.zone = ZoneId.of("Europe/Paris");
            assertEquals(Instant.parse("2026-03-05T08:00:00Z"),
                    assertInstanceOf(Wait.class, decide(step(untilNine, local), ENTERED)).until());
        }

        @Test
        void aWaitPastTheEndWaitsForTheEndAndThenLeaves() {
            Instant end = ENTERED.plus(Duration.ofDays(1));
            JourneySettings ending = JourneySettings.DEFAULT.withSchedule(new JourneySchedule(null, end, null));
            Wait wait = assertInstanceOf(Wait.class, decide(step(threeDays, ending), ENTERED));
            assertEquals(end, wait.until());
            assertEquals(WaitReason.JOURNEY_END, wait.reason());
            assertEquals(LeaveReason.JOURNEY_ENDED,
                    assertInstanceOf(Leave.class, decide(step(threeDays, ending), end)).reason());
        }
    }

    @Nested
    class YesNoSplits {

        private final ConditionalSplit openedAfterADay = new ConditionalSplit(Condition.of(OPENED),
                WaitTime.waitFor(Duration.ofDays(1)));

        @Test
        void waitsItsEvaluationTimeThenTestsTheEvent() {
            Wait wait = assertInstanceOf(Wait.class, decide(step(openedAfterADay), ENTERED));
            assertEquals(WaitReason.EVALUATION, wait.reason());
            Instant tested = wait.until();
            assertEquals(Port.NO, assertInstanceOf(GoOn.class, decide(step(openedAfterADay), tested)).port());
            facts.events.add(new Facts.Event("welcome", "_email.open", ENTERED.plus(Duration.ofHours(2))));
            GoOn yes = assertInstanceOf(GoOn.class, decide(step(openedAfterADay), tested));
            assertEquals(Port.YES, yes.port());
            assertEquals("the condition held: opened the message of welcome", yes.because());
        }

        @Test
        void eventsBeforeThisEntryOrOfAnotherActivityDoNotCount() {
            facts.events.add(new Facts.Event("welcome", "_email.open", ENTERED.minus(Duration.ofDays(30))));
            facts.events.add(new Facts.Event("other", "_email.open", ENTERED.plus(Duration.ofHours(1))));
            facts.events.add(new Facts.Event("welcome", "_email.click", ENTERED.plus(Duration.ofHours(1))));
            GoOn no = assertInstanceOf(GoOn.class, decide(step(openedAfterADay), ENTERED.plus(Duration.ofDays(1))));
            assertEquals(Port.NO, no.port());
            assertEquals("the condition did not hold: not (opened the message of welcome)", no.because());
        }

        @Test
        void allNeedsEveryConditionAndAnyOne() {
            SimpleCondition vip = new SimpleCondition.InSegment(4);
            SimpleCondition gold = new SimpleCondition.Attributes("{\"Attributes\":{\"tier\":\"gold\"}}");
            ConditionalSplit all = new ConditionalSplit(new Condition(List.of(vip, gold), Condition.Operator.ALL), null);
            ConditionalSplit any = new ConditionalSplit(new Condition(List.of(vip, gold), Condition.Operator.ANY), null);
            facts.segments.add(4L);
            assertEquals(Port.NO, ((GoOn) decide(step(all), ENTERED)).port());
            assertEquals(Port.YES, ((GoOn) decide(step(any), ENTERED)).port());
            facts.attributeMatches.add("{\"Attributes\":{\"tier\":\"gold\"}}");
            GoOn yes = (GoOn) decide(step(all), ENTERED);
            assertEquals(Port.YES, yes.port());
            assertTrue(yes.because().contains("is in segment \"Segment 4\" and matches the attributes"), yes.because());
        }

        @Test
        void withoutAConditionEveryoneTakesNoAndAnOpenPortEndsThePath() {
            ConditionalSplit none = new ConditionalSplit(null, null);
            JourneyGraph graph = around(none, JourneySettings.DEFAULT).connect(Outlet.of("tested", Port.NO), null);
            Leave leave = assertInstanceOf(Leave.class,
                    new ActivityStep("7", graph, id -> "").decide("tested", ENTERED, ENTERED, facts, ENTERED));
            assertEquals(LeaveReason.OPEN_END, leave.reason());
            assertEquals(Port.NO, leave.port());
        }
    }

    @Nested
    class MultivariateSplits {

        @Test
        void theFirstBranchThatHoldsWinsElseElse() {
            MultiConditionSplit split = new MultiConditionSplit(Arrays.asList(new SimpleCondition.InSegment(1),
                    null, new SimpleCondition.InSegment(3)), null);
            assertEquals(Port.ELSE, ((GoOn) decide(step(split), ENTERED)).port());
            facts.segments.add(3L);
            GoOn third = (GoOn) decide(step(split), ENTERED);
            assertEquals(Port.BRANCH_3, third.port());
            assertEquals("Branch 3 held: is in segment \"Segment 3\"", third.because());
            facts.segments.add(1L);
            assertEquals(Port.BRANCH_1, ((GoOn) decide(step(split), ENTERED)).port());
        }
    }

    @Nested
    class RandomSplitsAndHoldouts {

        @Test
        void aParticipantAlwaysTakesTheSamePathAndThePathsTakeTheirShares() {
            RandomSplit split = new RandomSplit(List.of(20, 30, 50));
            ActivityStep step = step(split);
            int[] taken = new int[3];
            for (int number = 0; number < 20_000; number++) {
                facts.key("endpoint:p" + number);
                Port port = ((GoOn) decide(step, ENTERED)).port();
                assertEquals(port, ((GoOn) decide(step(split), ENTERED.plus(Duration.ofDays(9)))).port());
                taken[port.index()]++;
            }
            assertEquals(4_000, taken[0], 300);
            assertEquals(6_000, taken[1], 300);
            assertEquals(10_000, taken[2], 300);
        }

        @Test
        void anotherJourneyDrawsDifferently() {
            RandomSplit split = new RandomSplit(List.of(50, 50));
            int differ = 0;
            for (int number = 0; number < 200; number++) {
                facts.key("endpoint:p" + number);
                Port here = ((GoOn) decide(step(split), ENTERED)).port();
                Port there = ((GoOn) new ActivityStep("8", around(split, JourneySettings.DEFAULT), id -> "")
                        .decide("tested", ENTERED, ENTERED, facts, ENTERED)).port();
                differ += here == there ? 0 : 1;
            }
            assertNotEquals(0, differ);
        }

        @Test
        void aHoldoutKeepsItsShareBackStably() {
            ActivityStep step = step(new Holdout(25));
            int heldOut = 0;
            for (int number = 0; number < 20_000; number++) {
                facts.key("user:u" + number);
                StepDecision decision = decide(step, ENTERED);
                if (decision instanceof Leave leave) {
                    assertEquals(LeaveReason.HOLDOUT, leave.reason());
                    heldOut++;
                } else {
                    assertEquals("after", ((GoOn) decision).next());
                }
                assertEquals(decision.getClass(), decide(step, ENTERED.plusSeconds(60)).getClass());
            }
            assertEquals(5_000, heldOut, 300);
        }
    }

    @Test
    void aContactCenterCallIsPassedThrough() {
        GoOn goOn = assertInstanceOf(GoOn.class, decide(step(new ContactCenter()), ENTERED));
        assertEquals("after", goOn.next());
    }

    @Test
    void everyoneLeavesOnceTheJourneyHasEnded() {
        JourneySettings ended = JourneySettings.DEFAULT.withSchedule(new JourneySchedule(null, ENTERED, null));
        assertEquals(LeaveReason.JOURNEY_ENDED,
                assertInstanceOf(Leave.class, decide(step(email(), ended), ENTERED)).reason());
    }

    @Test
    void anActivityThatIsGoneLetsTheParticipantLeave() {
        Leave leave = assertInstanceOf(Leave.class,
                step(email()).decide("deleted", ENTERED, ENTERED, facts, ENTERED));
        assertEquals(LeaveReason.NO_SUCH_ACTIVITY, leave.reason());
    }
}
