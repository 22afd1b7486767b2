package io.tidings.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.tidings.segment.SegmentDimensions.AttributeDimension;
import io.tidings.segment.SegmentDimensions.AttributeType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The validator's rules, one journey each, and which connections the canvas allows. */
class JourneyValidatorTest {

    private final JourneyValidator validator = new JourneyValidator(Journeys.WORKSPACE);

    @Test
    void aCompleteWelcomeSeriesHasNoProblemsOnlyANoteWhereOpenersLeave() {
        assertThat(validator.validate(Journeys.welcomeSeries())).containsExactly(Issue.note("opened", Port.YES,
                "Participants who take opened's Yes leave the journey there."));
    }

    @Test
    void aJourneyWithoutEntryOrFirstActivityCannotBePublished() {
        JourneyGraph graph = Journeys.welcomeSeries().withEntry(null).connect(Outlet.ENTRY, null);

        assertThat(errors(graph)).containsExactly(
                tuple(null, Port.START, "The journey has no entry: choose the segment whose members enter, or the "
                        + "event that starts it."),
                tuple(null, Port.START, "The entry leads nowhere: connect it to the first activity."));
        assertThat(errors(JourneyGraph.EMPTY)).extracting(row -> row.toList().get(2))
                .contains("The journey has no activities: add the first one and connect the entry to it.");
    }

    @Test
    void anActivityNoPortLeadsToIsAWarning() {
        JourneyGraph graph = Journeys.welcomeSeries().with("lost", Activity.of(Journeys.sms()));

        assertThat(validator.validate(graph)).contains(Issue.warning("lost", null, "lost cannot be reached from the "
                + "entry: no participant gets there. Connect a port to it, or delete it."));
        assertThat(errors(graph)).isEmpty();
    }

    @Test
    void aLoopWithoutAWaitIsAnErrorAndOneWithAWaitIsNot() {
        JourneyGraph graph = Journeys.welcomeSeries();
        JourneyGraph tightLoop = graph.connect(Outlet.of("opened", Port.YES), "welcome")
                .with("wait", graph.activity("wait"));
        JourneyGraph noWait = graph.with("welcome", graph.activity("welcome").connect(Port.NEXT, "opened"))
                .without(Set.of("wait")).connect(Outlet.of("opened", Port.YES), "welcome");

        assertThat(errors(tightLoop)).isEmpty();
        assertThat(errors(noWait)).containsExactly(tuple("welcome", null, "The activities welcome, opened make a loop "
                + "without a wait: participants would go round it at once. Put a Wait in the loop, or remove a "
                + "connection."));
    }

    @Test
    void randomSplitPercentagesMustBeWholeSharesAddingUpToOneHundredOverTwoToFivePaths() {
        assertThat(messages(randomSplit(50, 40))).containsExactly("split's paths take 90 % together: make them add up "
                + "to 100 %.");
        assertThat(messages(randomSplit(100, 0))).containsExactly("split's Path 2 takes 0 %: give every path a share, "
                + "or remove it.");
        assertThat(messages(randomSplit(100))).containsExactly("split has 1 path: a random split has 2 to 5.");
        assertThat(messages(randomSplit(20, 20, 20, 20, 10, 10))).containsExactly("split has 6 paths: a random split "
                + "has 2 to 5.");
        assertThat(messages(randomSplit(20, 20, 20, 20, 20))).isEmpty();
    }

    @Test
    void aMultivariateSplitHasOneToFourBranchesEachWithACondition() {
        SimpleCondition inSegment = new SimpleCondition.InSegment(2);
        List<SimpleCondition> five = new ArrayList<>(List.of(inSegment, inSegment, inSegment, inSegment, inSegment));
        List<SimpleCondition> withoutTest = new ArrayList<>(List.of(inSegment));
        withoutTest.add(null);

        assertThat(messages(split(new MultiConditionSplit(five, null)))).containsExactly("split has 5 branches: a "
                + "multivariate split has at most 4, and Else.");
        assertThat(errors(split(new MultiConditionSplit(withoutTest, null))))
                .containsExactly(tuple("split", Port.BRANCH_2, "split's Branch 2 has no condition."));
        assertThat(messages(split(new MultiConditionSplit(List.of(), null)))).containsExactly("split has no branches: "
                + "give at least one condition.");
    }

    @Test
    void missingDeletedAndMismatchedTemplatesAndSegmentsAreErrors() {
        JourneyGraph graph = Journeys.welcomeSeries()
                .withEntry(new JourneyEntry.FromSegment(Journeys.DELETED, null))
                .with("welcome", Activity.of(new MessageActivity.Email(null, null)).connect(Port.NEXT, "wait"))
                .with("reminder", Activity.of(new MessageActivity.Sms(new TemplateChoice(1, null), null, null, null,
                        null, null)).connect(Port.NEXT, "call"))
                .with("call", Activity.of(new MessageActivity.Voice(new TemplateChoice(Journeys.DELETED, 2))));

        assertThat(errors(graph)).extracting(row -> row.toList().get(2)).containsExactly(
                "The entry's segment has been deleted: choose another.",
                "welcome has no template: choose the email template it sends.",
                "reminder sends an email template in an SMS activity: choose an SMS template.",
                "call's template has been deleted: choose another.");
    }

    @Test
    void aSplitOnAnEventOfAMessageThatIsNotUpstreamCannotBeTrue() {
        JourneyGraph graph = Journeys.welcomeSeries();
        JourneyGraph later = graph.with("opened", graph.activity("opened").withConfig(Journeys.opened("reminder")));
        JourneyGraph wrongChannel = graph.with("opened", graph.activity("opened").withConfig(
                new ConditionalSplit(Condition.of(new SimpleCondition.MessageEvent("welcome",
                        io.tidings.journey.EventDimensions.ofEventTypes("_SMS.OPTOUT"))), null)));

        assertThat(messages(later)).containsExactly("opened tests an event of reminder, which comes after it or on "
                + "another path: participants reach opened without having been sent that message.",
                "opened tests _email.open of reminder, which sends an SMS message.");
        assertThat(messages(wrongChannel)).containsExactly("opened tests _SMS.OPTOUT of welcome, which sends an email "
                + "message.");
    }

    @Test
    void aSplitThatLooksForAnOpenAsSoonAsTheEmailIsSentWarnsThatEveryoneTakesNo() {
        JourneyGraph graph = Journeys.welcomeSeries();
        ConditionalSplit atOnce = new ConditionalSplit(((ConditionalSplit) graph.activity("opened").config()).condition(),
                null);
        JourneyGraph rightAfter = graph.with("welcome", graph.activity("welcome").connect(Port.NEXT, "opened"))
                .without(Set.of("wait")).with("opened", graph.activity("opened").withConfig(atOnce));
        JourneyGraph afterAWait = graph.with("opened", graph.activity("opened").withConfig(atOnce));

        assertThat(messages(rightAfter)).containsExactly("opened looks for _email.open as soon as welcome is sent, "
                + "before anyone can have done it, so everyone takes the No path (or Else). Let it evaluate after a "
                + "wait, such as 1 hour, or put a Wait before it.");
        assertThat(messages(afterAWait)).isEmpty();
    }

    @Test
    void anEventEntryRunsOnTheJourneysClockAndARefreshOnUpdateNeedsAFrequency() {
        JourneyGraph graph = Journeys.welcomeSeries().withEntry(new JourneyEntry.OnEvent("ENDPOINT",
                EventDimensions.ofEventTypes("signup"), null, null));
        JourneySettings settings = graph.settings();
        JourneySettings local = new JourneySettings(settings.schedule(), true, null, settings.limits(), null, true,
                settings.keptAsIs());

        assertThat(messages(graph)).isEmpty();
        assertThat(messages(graph.withEntry(new JourneyEntry.OnEvent("ENDPOINT", EventDimensions.ofEventTypes("signup"),
                2L, null)))).containsExactly("The entry's segment is an imported list: a journey that starts on an "
                + "event needs a dynamic segment (Pinpoint's rule), or none.");
        assertThat(messages(graph.withSettings(local))).containsExactly(
                "The journey starts on an event and runs on each participant's local time: Pinpoint allows local time "
                        + "only for journeys that start from a segment. Turn local time off.",
                "The segment is to be evaluated again when it changes, but that needs a refresh frequency too "
                        + "(Pinpoint's rule): give one, such as every hour.");
    }

    @Test
    void aJourneyRunsAtMost540Days() {
        Instant start = Instant.parse("2027-01-01T00:00:00Z");
        JourneyGraph graph = Journeys.welcomeSeries();

        assertThat(messages(graph.withSettings(graph.settings().withSchedule(new JourneySchedule(start,
                start.plus(Duration.ofDays(540)), null))))).isEmpty();
        assertThat(messages(graph.withSettings(graph.settings().withSchedule(new JourneySchedule(start,
                start.plus(Duration.ofDays(541)), null))))).containsExactly("The journey runs from 2027-01-01T00:00:00Z "
                + "to 2028-06-25T00:00:00Z, more than 540 days: end it sooner.");
        assertThat(messages(graph.withSettings(graph.settings().withSchedule(new JourneySchedule(start,
                start.minusSeconds(1), null))))).hasSize(1);
    }

    @Test
    void moreActivitiesThanPinpointRunsAndVoiceMessagesAreWarningsNotErrors() {
        JourneyGraph graph = Journeys.welcomeSeries();
        String last = "reminder";
        for (int index = 0; index < 37; index++) {
            graph = graph.with("wait" + index, Activity.of(Journeys.waitDays(1))).connect(Outlet.of(last, Port.NEXT),
                    "wait" + index);
            last = "wait" + index;
        }
        graph = graph.with("call", Activity.of(new MessageActivity.Voice(new TemplateChoice(3, null))))
                .connect(Outlet.of(last, Port.NEXT), "call");

        assertThat(errors(graph)).isEmpty();
        assertThat(validator.validate(graph)).filteredOn(issue -> issue.severity() == Issue.Severity.WARNING)
                .extracting(Issue::message).containsExactly(
                        "call sends voice messages, which Tidings does but Pinpoint's journeys do not: an export to "
                                + "Pinpoint would be refused.",
                        "The journey has 42 activities: Tidings runs it, but Pinpoint takes at most 40, so an export to "
                                + "Pinpoint would be refused.");
    }

    @Test
    void theCanvasMayConnectAPortToAnyOtherActivityButNotToMakeALoopWithoutAWait() {
        JourneyGraph graph = Journeys.welcomeSeries();

        assertThat(JourneyValidator.canConnect(graph, Outlet.of("reminder", Port.NEXT), "reminder"))
                .isEqualTo(ConnectionCheck.refused("An activity cannot lead to itself."));
        assertThat(JourneyValidator.canConnect(graph, Outlet.of("reminder", Port.NEXT), "opened"))
                .isEqualTo(ConnectionCheck.refused("That would make a loop without a wait: participants would go round "
                        + "it at once. Put a Wait in the loop."));
        assertThat(JourneyValidator.canConnect(graph, Outlet.of("reminder", Port.NEXT), "welcome"))
                .isEqualTo(ConnectionCheck.ALLOWED);
        assertThat(JourneyValidator.canConnect(graph, Outlet.of("welcome", Port.YES), "reminder"))
                .isEqualTo(ConnectionCheck.refused("welcome (send email) has no Yes port; its ports are Next."));
        assertThat(JourneyValidator.canConnect(graph, Outlet.ENTRY, "opened")).isEqualTo(ConnectionCheck.ALLOWED);
        assertThat(JourneyValidator.canConnect(graph, Outlet.ENTRY, "nowhere"))
                .isEqualTo(ConnectionCheck.refused("There is no activity \"nowhere\"."));
    }

    @Test
    void anEntryFilterThatCannotMatchIsAnErrorAndAMessageEventsFilterIsTakenAsItIs() {
        EventDimensions filtered = EventDimensions.ofEventTypes("purchase").withFilters(Map.of(
                "boughtAt", new AttributeDimension(AttributeType.BETWEEN, List.of("2026-12-01")),
                "plan", new AttributeDimension(AttributeType.INCLUSIVE, List.of("gold")),
                "since", new AttributeDimension(AttributeType.AFTER, List.of("last week"))), Map.of());
        JourneyGraph onEvent = Journeys.welcomeSeries().withEntry(new JourneyEntry.OnEvent("ENDPOINT", filtered, null,
                null));

        assertThat(errors(onEvent)).extracting(row -> row.toList().get(2)).containsExactlyInAnyOrder(
                "The entry's filter on \"boughtAt\" is between 1 dates: give two, the first and the last, such as "
                        + "2026-12-01, 2026-12-31.",
                "The entry's filter on \"since\" compares dates, and \"last week\" is not one: type a date such as "
                        + "2026-12-01, or a time such as 2026-12-01T09:00:00Z.");

        JourneyGraph graph = Journeys.welcomeSeries();
        JourneyGraph clicksOnSale = graph.with("opened", graph.activity("opened").withConfig(new ConditionalSplit(
                Condition.of(new SimpleCondition.MessageEvent("welcome", EventDimensions.ofEventTypes("_email.click")
                        .withFilters(Map.of("link", new AttributeDimension(AttributeType.CONTAINS, List.of("sale"))),
                                Map.of()))), null)));
        assertThat(messages(clicksOnSale)).as("a message event's filters are tested as the entry's are")
                .isEqualTo(messages(graph));
    }

    @Test
    void aCustomMessagesWebhookMustBeAnHttpAddressAndItsEndpointTypesPinpointsOwn() {
        JourneyGraph graph = Journeys.welcomeSeries();
        java.util.function.BiFunction<String, List<String>, JourneyGraph> reminder = (address, types) -> graph.with(
                "reminder", Activity.of(new MessageActivity.Custom(null, address, types, "{}")));

        assertThat(errors(reminder.apply("https://hooks.example.com/tidings", List.of("EMAIL", "PUSH")))).isEmpty();
        assertThat(errors(reminder.apply("arn:aws:lambda:us-east-1:123456789012:function:deliver", List.of())))
                .containsExactly(tuple("reminder", null, "reminder's webhook: arn:aws:lambda:us-east-1:123456789012:"
                        + "function:deliver is a Lambda function: Tidings calls webhooks, not Lambda functions. Give the "
                        + "https:// address of a webhook."));
        assertThat(errors(reminder.apply("mailto:crm@example.com", List.of()))).containsExactly(tuple("reminder",
                null, "reminder's webhook: mailto:crm@example.com is not a web address: a webhook's address starts "
                        + "with https:// (or http://)."));
        assertThat(errors(reminder.apply(" ", List.of()))).containsExactly(tuple("reminder", null,
                "reminder has no web address to send to: give its DeliveryUri."));
        assertThat(errors(reminder.apply("https://hooks.example.com/t", List.of("EMAIL", "FAX")))).containsExactly(
                tuple("reminder", null, "reminder calls its webhook about endpoints of type FAX, which Pinpoint does "
                        + "not have: choose among PUSH, GCM, APNS, APNS_SANDBOX, APNS_VOIP, APNS_VOIP_SANDBOX, ADM, SMS, "
                        + "VOICE, EMAIL, BAIDU, CUSTOM, IN_APP."));
        JourneyGraph webhookFirst = graph.with("welcome", Activity.of(new MessageActivity.Custom(null,
                "https://hooks.example.com/t", List.of(), null)).connect(Port.NEXT, "wait"));
        assertThat(errors(webhookFirst)).containsExactly(tuple("opened", null, "opened tests _email.open of welcome, "
                + "which sends a custom message."));
        assertThat(validator.validate(reminder.apply("http://localhost:8080/hook", List.of()))).contains(
                Issue.warning("reminder", null, "reminder calls its webhook over plain http: Tidings does, but "
                        + "Pinpoint calls https:// webhooks only, so an export to Pinpoint would be refused."));
    }

    private List<org.assertj.core.groups.Tuple> errors(JourneyGraph graph) {
        return validator.validate(graph).stream().filter(Issue::isError)
                .map(issue -> tuple(issue.activityKey(), issue.port(), issue.message())).toList();
    }

    /** The errors' and warnings' messages. */
    private List<String> messages(JourneyGraph graph) {
        return validator.validate(graph).stream().filter(issue -> issue.severity() != Issue.Severity.NOTE)
                .map(Issue::message).toList();
    }

    private static JourneyGraph randomSplit(Integer... percentages) {
        return split(new RandomSplit(List.of(percentages)));
    }

    private static JourneyGraph split(ActivityConfig config) {
        return JourneyGraph.EMPTY.withEntry(new JourneyEntry.FromSegment(1, null)).with("split", Activity.of(config))
                .connect(Outlet.ENTRY, "split");
    }
}
