package io.tidings.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.campaign.CampaignWorkspace;
import io.tidings.wiring.OpenedWorkspace;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A journey's KPIs, in all and per activity, from its message events in a real workspace file, against the figures
 * of {@link JourneyWorkspace#recordTheWelcomeSeries} worked by hand.
 */
class JourneyKpisTest {

    private static final DateRange MAY = new DateRange(LocalDate.parse("2024-05-01"), LocalDate.parse("2024-05-10"));

    @TempDir
    Path folder;

    private OpenedWorkspace workspace;
    private JourneyWorkspace journey;

    @BeforeEach
    void open() {
        workspace = CampaignWorkspace.create(folder, 4);
        journey = new JourneyWorkspace(workspace);
        assertThat(journey.recordTheWelcomeSeries()).allMatch(EventOutcome::recorded);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private JourneyReport report() {
        JourneyCatalog.Entry entry = workspace.analytics().journeyNamed("welcome SERIES").orElseThrow();
        return workspace.analytics().journeyReport(entry, MAY);
    }

    @Test
    void theJourneysTotalsCountItsMessagesAsPinpointCountsAJourneys() {
        JourneyReport report = report();
        MessageKpis total = report.total();

        assertThat(report.journey().id()).isEqualTo(journey.journeyId());
        assertThat(total.emailsSent()).isEqualTo(3);
        // Sent minus soft and hard bounces and rejects: 3 - 1.
        assertThat(total.transactionalEmailsDelivered()).isEqualTo(2);
        // ep-00000's two opens in one hour count once; ep-00001's once.
        assertThat(total.emailOpens()).isEqualTo(2);
        assertThat(total.emailClicks()).isEqualTo(1);
        assertThat(total.bounces()).isEqualTo(1);
        assertThat(total.optOuts()).isEqualTo(2);
        assertThat(total.smsSent()).isEqualTo(1);
        // 4 messages (3 emails, 1 SMS), 3 delivered (2 emails, 1 SMS); the campaign's send is not the journey's.
        assertThat(total.messagesSent()).isEqualTo(4);
        assertThat(total.journeyDelivered()).isEqualTo(3);
        assertThat(KpiNames.journey(total, false)).containsEntry("journey-emails-sent", 3L)
                .containsEntry("journey-emails-delivered", 2L).containsEntry("journey-emails-opened", 2L)
                .containsEntry("journey-emails-clicked", 1L).containsEntry("journey-emails-softbounced", 1L)
                .containsEntry("journey-emails-unsubscribed", 1L).containsEntry("journey-sms-opted-out", 1L);
        assertThat(report.headlines()).extracting(Headline::name).containsExactly("Messages sent", "Delivery rate",
                "Open rate", "Click rate", "Bounces", "Opt-outs");
        assertThat(report.headlines().get(1).value()).isEqualTo(0.75);
    }

    @Test
    void eachActivityHasItsOwnFiguresInTheJourneysOrder() {
        List<JourneyReport.ActivityResult> activities = report().activities();

        assertThat(activities).extracting(JourneyReport.ActivityResult::key)
                .containsExactly("welcome", "wait", "reminder");
        assertThat(activities.get(0).label()).isEqualTo("welcome: Send email");
        assertThat(activities.get(0).kpis().emailsSent()).isEqualTo(3);
        assertThat(activities.get(0).kpis().uniqueEmailOpens()).isEqualTo(2);
        assertThat(activities.get(0).kpis().smsSent()).isZero();
        assertThat(activities.get(1).kpis().messagesSent()).isZero();
        assertThat(activities.get(2).kpis().smsSent()).isEqualTo(1);
        assertThat(activities.get(2).kpis().smsDelivered()).isEqualTo(1);
        assertThat(activities.get(2).kpis().smsOptOuts()).isEqualTo(1);
        assertThat(KpiNames.journey(activities.get(2).kpis(), true)).containsEntry("sms-sent", 1L)
                .containsEntry("emails-sent", 0L);
    }

    @Test
    void aDraftJourneyHasNoParticipantsAndAnotherRangeNoMessages() {
        JourneyCatalog.Entry entry = workspace.analytics().journeyNamed(JourneyWorkspace.NAME).orElseThrow();
        JourneyReport june = workspace.analytics().journeyReport(entry,
                new DateRange(LocalDate.parse("2024-06-01"), LocalDate.parse("2024-06-30")));

        assertThat(entry.state()).isEqualTo("DRAFT");
        assertThat(report().execution()).isEqualTo(JourneyExecution.NONE);
        assertThat(june.quiet()).isTrue();
        assertThat(june.total().messagesSent()).isZero();
        assertThat(report().quiet()).isFalse();
    }

    @Test
    void aJourneyOnlyImportedEventsNameIsListedByItsId() {
        workspace.eventRecorder().record(List.of(new Event("_email.send",
                java.time.Instant.parse("2024-05-03T08:00:00Z"), "ep-00000", null, null, java.util.Map.of(),
                java.util.Map.of(), new Attribution(null, null, null, "pinpoint-j1", "a1", "EMAIL", "m-x"))),
                EventLimits.FieldNames.PINPOINT);

        assertThat(workspace.analytics().journeys()).extracting(JourneyCatalog.Entry::name)
                .containsExactly(JourneyWorkspace.NAME, "Imported journey pinpoint-j1");
        JourneyCatalog.Entry imported = workspace.analytics().journeyNamed("pinpoint-j1").orElseThrow();
        JourneyReport report = workspace.analytics().journeyReport(imported, MAY);
        assertThat(report.total().emailsSent()).isEqualTo(1);
        assertThat(report.activities()).extracting(JourneyReport.ActivityResult::label).containsExactly("a1");
        assertThat(workspace.analytics().journeyNamed("no such journey")).isEmpty();
    }
}
