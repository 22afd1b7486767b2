package io.tidings.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tidings.analytics.Attribution;
import io.tidings.analytics.Event;
import io.tidings.analytics.EventLimits;
import io.tidings.channel.DeliveryChannel;
import io.tidings.channel.sandbox.SandboxMessage;
import io.tidings.segment.SegmentDimensions.AttributeDimension;
import io.tidings.segment.SegmentDimensions.AttributeType;
import io.tidings.segment.SegmentDimensions.ComparisonOperator;
import io.tidings.segment.SegmentDimensions.DimensionType;
import io.tidings.segment.SegmentDimensions.MetricDimension;
import io.tidings.segment.SegmentDimensions.SetDimension;
import io.tidings.wiring.OpenedWorkspace;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Event-triggered campaigns over a real workspace, its sending engine and the sandbox: events recorded as PutEvents
 * records them send the campaign's message to their endpoint once, and only when they should.
 */
class TriggeredCampaignTest {

    private static final CampaignEventFilter PURCHASE_OF_GOLD_OVER_10 = new CampaignEventFilter(
            CampaignEventFilter.FilterType.ENDPOINT, new SetDimension(DimensionType.INCLUSIVE, List.of("purchase")),
            Map.of("plan", new AttributeDimension(AttributeType.INCLUSIVE, List.of("gold", "platinum"))),
            Map.of("price", new MetricDimension(ComparisonOperator.GREATER_THAN, 10)));

    @TempDir
    Path folder;

    private OpenedWorkspace workspace;

    @BeforeEach
    void open() {
        workspace = CampaignWorkspace.create(folder, 10).startSending();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private Campaign launched(CampaignEventFilter filter) {
        CampaignDefinition definition = CampaignDefinition.simple(
                CampaignWorkspace.segment(workspace, CampaignWorkspace.EVERYONE).id(), DeliveryChannel.EMAIL,
                new TreatmentMessage.Template(CampaignWorkspace.templateId(workspace, CampaignWorkspace.WELCOME), null))
                .withSchedule(CampaignSchedule.onEvent(filter, null, null));
        Campaign campaign = workspace.campaigns().create("Thanks for buying", null, definition);
        workspace.campaigns().launch(campaign.id());
        return workspace.campaigns().find(campaign.id()).orElseThrow();
    }

    private static Event purchase(String endpoint, String plan, double price, Instant at) {
        return new Event("purchase", at, endpoint, null, null, Map.of("plan", plan), Map.of("price", price),
                Attribution.NONE);
    }

    private void record(Event... events) {
        workspace.eventRecorder().record(List.of(events), EventLimits.FieldNames.PINPOINT);
    }

    private List<String> addressesSentTo() {
        return workspace.sandboxOutbox().newest(100).stream().map(SandboxMessage::address).sorted().toList();
    }

    private static void waitFor(String what, BooleanSupplier condition) {
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("Waited 30 s for " + what);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private TriggeredSends triggered(Campaign campaign) {
        return workspace.campaigns().triggeredSends(campaign.id());
    }

    @Test
    void anEventCampaignWaitsForEventsOnceLaunchedAndStaysScheduledAfterTheScheduleLooks() {
        Campaign campaign = launched(PURCHASE_OF_GOLD_OVER_10);

        workspace.campaignScheduler().fireDue(Instant.now());

        assertThat(workspace.campaigns().status(campaign.id()).campaign().state()).isEqualTo(CampaignState.SCHEDULED);
        assertThat(workspace.campaigns().runs(campaign.id())).isEmpty();
    }

    @Test
    void aMatchingEventSendsToItsEndpointOnceEvenWhenTheSameBatchIsRecordedTwice() {
        Campaign campaign = launched(PURCHASE_OF_GOLD_OVER_10);
        Event bought = purchase("ep-00001", "gold", 25, Instant.now());

        record(bought);
        record(bought);
        record(purchase("ep-00002", "platinum", 30, Instant.now()));

        waitFor("two messages sent", () -> triggered(campaign).sent() == 2);
        assertThat(addressesSentTo()).containsExactly("ep-00001@example.com", "ep-00002@example.com");
        assertThat(triggered(campaign).matched()).isEqualTo(2);
        assertThat(triggered(campaign).count(TriggerOutcome.TRIGGERED)).isEqualTo(2);
    }

    @Test
    void anEventRecordedAgainAfterARestartSendsNothingMore() {
        Campaign campaign = launched(PURCHASE_OF_GOLD_OVER_10);
        Event bought = purchase("ep-00001", "gold", 25, Instant.now());
        record(bought);
        waitFor("the first message sent", () -> triggered(campaign).sent() == 1);
        Path file = workspace.workspace().file();
        workspace.close();

        workspace = new io.tidings.wiring.Wiring(io.tidings.wiring.Wiring.Host.COMMAND_LINE).open(file).startSending();
        record(bought);
        record(purchase("ep-00002", "gold", 25, Instant.now()));

        waitFor("the new event's message sent", () -> triggered(campaign).sent() == 2);
        assertThat(addressesSentTo()).containsExactly("ep-00001@example.com", "ep-00002@example.com");
        assertThat(triggered(campaign).matched()).isEqualTo(2);
    }

    @Test
    void twoDifferentEventsOfOneEndpointSendTwoMessages() {
        Campaign campaign = launched(PURCHASE_OF_GOLD_OVER_10);
        Instant now = Instant.now();

        record(purchase("ep-00001", "gold", 25, now), purchase("ep-00001", "gold", 40, now.plusMillis(1)));

        waitFor("two messages sent", () -> triggered(campaign).sent() == 2);
        assertThat(addressesSentTo()).containsExactly("ep-00001@example.com", "ep-00001@example.com");
    }

    @Test
    void theCampaignsLimitsApplyToTriggeredMessages() {
        CampaignDefinition definition = CampaignDefinition.simple(
                CampaignWorkspace.segment(workspace, CampaignWorkspace.EVERYONE).id(), DeliveryChannel.EMAIL,
                new TreatmentMessage.Template(CampaignWorkspace.templateId(workspace, CampaignWorkspace.WELCOME), null))
                .withSchedule(CampaignSchedule.onEvent(PURCHASE_OF_GOLD_OVER_10, null, null))
                .withLimits(new CampaignLimits(null, 1, null, null));
        Campaign campaign = workspace.campaigns().create("Once per customer", null, definition);
        workspace.campaigns().launch(campaign.id());

        record(purchase("ep-00001", "gold", 25, Instant.now()));
        waitFor("the first message sent", () -> triggered(campaign).sent() == 1);
        record(purchase("ep-00001", "gold", 30, Instant.now()));
        record(purchase("ep-00002", "gold", 30, Instant.now()));

        waitFor("the other endpoint's message sent and the second to ep-00001 held back by the total limit",
                () -> triggered(campaign).sent() == 2
                        && workspace.campaigns().status(campaign.id()).totals().suppressed() == 1);
        assertThat(addressesSentTo()).containsExactly("ep-00001@example.com", "ep-00002@example.com");
        assertThat(triggered(campaign).count(TriggerOutcome.TRIGGERED)).isEqualTo(3);
    }

    @Test
    void eventsOfAnotherTypeOrWithOtherAttributesOrMetricsSendNothing() {
        Campaign campaign = launched(PURCHASE_OF_GOLD_OVER_10);
        Instant now = Instant.now();

        record(new Event("browse", now, "ep-00001", null, null, Map.of("plan", "gold"), Map.of("price", 25.0),
                        Attribution.NONE),
                purchase("ep-00002", "silver", 25, now),
                purchase("ep-00003", "gold", 10, now),
                new Event("purchase", now, "ep-00004", null, null, Map.of(), Map.of("price", 25.0), Attribution.NONE));
        record(purchase("ep-00005", "gold", 10.5, now));

        waitFor("the matching event's message sent", () -> triggered(campaign).sent() == 1);
        assertThat(addressesSentTo()).containsExactly("ep-00005@example.com");
        assertThat(triggered(campaign).matched()).isEqualTo(1);
    }

    @Test
    void anEventOlderThanFiveMinutesOnArrivalSendsNothing() {
        Campaign campaign = launched(PURCHASE_OF_GOLD_OVER_10);

        record(purchase("ep-00001", "gold", 25, Instant.now().minus(Duration.ofMinutes(6))));
        record(purchase("ep-00002", "gold", 25, Instant.now().minus(Duration.ofMinutes(4))));

        waitFor("the fresh event's message sent", () -> triggered(campaign).sent() == 1);
        assertThat(addressesSentTo()).containsExactly("ep-00002@example.com");
        assertThat(triggered(campaign).count(TriggerOutcome.STALE)).isEqualTo(1);
    }

    @Test
    void anEndpointOutsideTheSegmentGetsNothing() {
        Campaign campaign = launched(PURCHASE_OF_GOLD_OVER_10);

        record(purchase("ep-france", "gold", 25, Instant.now()), purchase("nobody-knows-me", "gold", 25, Instant.now()));
        record(purchase("ep-00003", "gold", 25, Instant.now()));

        waitFor("the member's message sent", () -> triggered(campaign).sent() == 1);
        assertThat(addressesSentTo()).containsExactly("ep-00003@example.com");
        assertThat(triggered(campaign).count(TriggerOutcome.NOT_IN_SEGMENT)).isEqualTo(2);
    }

    @Test
    void aPausedCampaignSendsNothingUntilItIsResumed() {
        Campaign campaign = launched(PURCHASE_OF_GOLD_OVER_10);
        workspace.campaigns().pause(campaign.id());

        record(purchase("ep-00001", "gold", 25, Instant.now()));
        waitFor("the event recorded as come while paused",
                () -> triggered(campaign).count(TriggerOutcome.PAUSED) == 1);
        workspace.campaigns().resume(campaign.id());
        record(purchase("ep-00002", "gold", 25, Instant.now()));

        waitFor("the message after the resume sent", () -> triggered(campaign).sent() == 1);
        assertThat(addressesSentTo()).containsExactly("ep-00002@example.com");
        assertThat(workspace.campaigns().status(campaign.id()).campaign().state())
                .isIn(CampaignState.SCHEDULED, CampaignState.EXECUTING);
    }

    @Test
    void aMessageThatCannotGoWithinFiveMinutesOfItsEventIsDroppedAndCounted() {
        Campaign campaign = launched(PURCHASE_OF_GOLD_OVER_10);
        Instant now = Instant.now();
        // Arrived four minutes after it happened, and handed over two minutes later still (a queue backed up):
        // its five minutes are over before the engine could send it.
        Event late = purchase("ep-00001", "gold", 25, now.minus(Duration.ofMinutes(6)));

        workspace.campaigns().trigger(List.of(new ArrivedEvent(late, now.minus(Duration.ofMinutes(2)))));

        waitFor("the late message dropped", () -> triggered(campaign).droppedLate() == 1);
        assertThat(triggered(campaign).sent()).isZero();
        assertThat(addressesSentTo()).isEmpty();
    }

    @Test
    void aWaitingEventCampaignsFilterCanBeChangedAndTheNewOneApplies() {
        Campaign campaign = launched(PURCHASE_OF_GOLD_OVER_10);
        CampaignDefinition signUps = campaign.definition().withSchedule(
                CampaignSchedule.onEvent(CampaignEventFilter.ofTypes(List.of("sign_up")), null, null));

        workspace.campaigns().update(campaign.id(), campaign.name(), null, signUps);
        record(purchase("ep-00001", "gold", 25, Instant.now()),
                new Event("sign_up", Instant.now(), "ep-00002", null, null, Map.of(), Map.of(), Attribution.NONE));

        waitFor("the sign-up's message sent", () -> triggered(campaign).sent() == 1);
        assertThat(addressesSentTo()).containsExactly("ep-00002@example.com");
        assertThat(workspace.campaigns().find(campaign.id()).orElseThrow().state()).isNotEqualTo(CampaignState.DRAFT);
    }

    @Test
    void aCampaignWithAnImportedSegmentOrAPastEndTimeIsNotLaunched() {
        CampaignDefinition definition = CampaignDefinition.simple(
                CampaignWorkspace.segment(workspace, CampaignWorkspace.EVERYONE).id(), DeliveryChannel.EMAIL,
                new TreatmentMessage.Template(CampaignWorkspace.templateId(workspace, CampaignWorkspace.WELCOME), null))
                .withSchedule(CampaignSchedule.onEvent(PURCHASE_OF_GOLD_OVER_10, Instant.parse("2020-01-01T00:00:00Z"),
                        Instant.parse("2020-02-01T00:00:00Z")));
        Campaign campaign = workspace.campaigns().create("Too late", null, definition);

        assertThat(workspace.campaigns().launchProblems(campaign.id()))
                .containsExactly("Schedule.EndTime 2020-02-01T00:00:00Z has passed: no event could trigger the campaign.");
        assertThatThrownBy(() -> workspace.campaigns().launch(campaign.id()))
                .isInstanceOf(InvalidCampaignException.class).hasMessageContaining("EndTime");
    }
}
