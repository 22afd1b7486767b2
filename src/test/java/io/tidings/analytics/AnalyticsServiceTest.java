package io.tidings.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.tidings.campaign.CampaignDefinition;
import io.tidings.campaign.CampaignWorkspace;
import io.tidings.campaign.Treatment;
import io.tidings.channel.DeliveryChannel;
import io.tidings.wiring.OpenedWorkspace;
import io.tidings.wiring.Wiring;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Dashboard's and Analytics' figures from events recorded into a real workspace file, against figures worked
 * out by hand (in the comments): headlines and their change against the previous period, the days, the latest
 * campaigns, breakdowns by country, and treatments against the control.
 */
class AnalyticsServiceTest {

    /** 1 to 10 May 2024; the previous period is 21 to 30 April. */
    private static final DateRange MAY = new DateRange(LocalDate.parse("2024-05-01"), LocalDate.parse("2024-05-10"));

    @TempDir
    Path folder;

    private OpenedWorkspace workspace;
    private String campaignId;
    private final List<Event> events = new ArrayList<>();

    @BeforeEach
    void open() {
        // Endpoints ep-00000 to ep-00003 in the US and ep-france; a campaign of two treatments.
        workspace = CampaignWorkspace.create(folder, 4);
        long id = workspace.campaigns().create("Spring sale", null, new CampaignDefinition(null, null,
                DeliveryChannel.EMAIL, new Treatment("Plain", null, 0, null),
                List.of(new Treatment("Bold", null, 50, null)), 0, null, null, null, false)).id();
        campaignId = Long.toString(id);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private void campaign(String type, String endpoint, String treatment, String time) {
        events.add(new Event(type, Instant.parse(time), endpoint, null, null, Map.of(), Map.of(),
                new Attribution(campaignId, "r1", treatment, null, null, "EMAIL",
                        "m-" + endpoint + "-" + treatment)));
    }

    private void record() {
        List<EventOutcome> outcomes = workspace.eventRecorder().record(events, EventLimits.FieldNames.PINPOINT);
        assertThat(outcomes).allMatch(EventOutcome::recorded);
        events.clear();
    }

    /**
     * May: 4 sends (ep-00000, ep-00001 get Plain; ep-00002 and ep-france Bold), a hard bounce of ep-00002, three
     * deliveries; ep-00000 opens twice in one hour and clicks; ep-france opens; ep-00001 unsubscribes; ep-00000 buys
     * 2 x 20.00 (not attributed). April: 2 sends, 2 deliveries, 1 click.
     */
    private void fixture() {
        campaign("_email.send", "ep-00000", "0", "2024-05-02T09:00:00Z");
        campaign("_email.send", "ep-00001", "0", "2024-05-02T09:00:00Z");
        campaign("_email.send", "ep-00002", "1", "2024-05-02T09:00:00Z");
        campaign("_email.send", "ep-france", "1", "2024-05-02T09:00:00Z");
        campaign("_email.hardbounce", "ep-00002", "1", "2024-05-02T09:01:00Z");
        campaign("_email.delivered", "ep-00000", "0", "2024-05-02T09:01:00Z");
        campaign("_email.delivered", "ep-00001", "0", "2024-05-02T09:01:00Z");
        campaign("_email.delivered", "ep-france", "1", "2024-05-02T09:01:00Z");
        campaign("_email.open", "ep-00000", "0", "2024-05-03T10:05:00Z");
        campaign("_email.open", "ep-00000", "0", "2024-05-03T10:35:00Z");
        campaign("_email.click", "ep-00000", "0", "2024-05-03T10:36:00Z");
        campaign("_email.open", "ep-france", "1", "2024-05-03T11:00:00Z");
        campaign("_email.unsubscribe", "ep-00001", "0", "2024-05-04T08:00:00Z");
        events.add(new Event("_monetization.purchase", Instant.parse("2024-05-05T12:00:00Z"), "ep-00000", null, null,
                Map.of(), Map.of("_item_price", 20.0, "_quantity", 2.0), Attribution.NONE));
        campaign("_email.send", "ep-00000", "0", "2024-04-25T09:00:00Z");
        campaign("_email.send", "ep-00001", "0", "2024-04-25T09:00:00Z");
        campaign("_email.delivered", "ep-00000", "0", "2024-04-25T09:01:00Z");
        campaign("_email.delivered", "ep-00001", "0", "2024-04-25T09:01:00Z");
        campaign("_email.click", "ep-00001", "0", "2024-04-25T12:00:00Z");
        record();
    }

    private static Headline headline(List<Headline> headlines, String name) {
        return headlines.stream().filter(headline -> headline.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theDashboardsHeadlinesCompareWithThePreviousPeriodOfTheSameLength() {
        fixture();

        WorkspaceDashboard dashboard = workspace.analytics().dashboard(MAY);

        assertThat(MAY.previous()).isEqualTo(new DateRange(LocalDate.parse("2024-04-21"), LocalDate.parse("2024-04-30")));
        Headline sent = headline(dashboard.headlines(), "Messages sent");
        assertThat(sent.value()).isEqualTo(4.0);
        assertThat(sent.previous()).isEqualTo(2.0);
        assertThat(sent.change()).isEqualTo(1.0); // 4 against 2: twice as many
        assertThat(sent.good()).isTrue();
        // Delivered: sent minus hard bounces, 3 of 4, against 2 of 2: 25 points down, bad news.
        Headline delivery = headline(dashboard.headlines(), "Delivery rate");
        assertThat(delivery.value()).isEqualTo(0.75);
        assertThat(delivery.change()).isCloseTo(-0.25, within(1e-9));
        assertThat(delivery.good()).isFalse();
        // Opens once per message and hour: 2 (ep-00000's two opens in the 10 o'clock hour count once) of 3 delivered.
        assertThat(headline(dashboard.headlines(), "Open rate").value()).isCloseTo(2.0 / 3, within(1e-9));
        // Endpoints that clicked over emails delivered: 1 of 3, against 1 of 2.
        Headline click = headline(dashboard.headlines(), "Click rate");
        assertThat(click.value()).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(click.change()).isCloseTo(1.0 / 3 - 0.5, within(1e-9));
        // One opt-out where there was none: a rise from nothing has no percentage; more opt-outs are bad.
        Headline optOuts = headline(dashboard.headlines(), "Opt-outs");
        assertThat(optOuts.value()).isEqualTo(1.0);
        assertThat(optOuts.change()).isNull();
        assertThat(new Headline("Opt-outs", Headline.Measure.COUNT, 3.0, 2.0, false).good()).isFalse();
        assertThat(headline(dashboard.headlines(), "Revenue").value()).isEqualTo(40.0);

        assertThat(dashboard.daily()).hasSize(10);
        assertThat(dashboard.daily().get(1)).isEqualTo(new DailyCounts(LocalDate.parse("2024-05-02"), 4, 3, 0, 0, 0));
        assertThat(dashboard.daily().get(2)).isEqualTo(new DailyCounts(LocalDate.parse("2024-05-03"), 0, 0, 2, 1, 0));
        assertThat(dashboard.daily().get(4).purchases()).isEqualTo(1);
        assertThat(dashboard.latestCampaigns()).singleElement().satisfies(result -> {
            assertThat(result.campaign().name()).isEqualTo("Spring sale");
            assertThat(result.kpis().messagesSent()).isEqualTo(4);
            assertThat(result.kpis().clickRate()).isCloseTo(1.0 / 3, within(1e-9));
        });
        assertThat(dashboard.anyEvents()).isTrue();
        assertThat(dashboard.quiet()).isFalse();
    }

    @Test
    void aRangeWithoutEventsIsQuietAndANewWorkspaceHasNone() {
        fixture();

        WorkspaceDashboard quiet = workspace.analytics().dashboard(
                new DateRange(LocalDate.parse("2023-01-01"), LocalDate.parse("2023-01-31")));

        assertThat(quiet.anyEvents()).isTrue();
        assertThat(quiet.quiet()).isTrue();
        assertThat(quiet.daily()).hasSize(31).allMatch(day -> day.sent() == 0 && day.clicks() == 0);
        assertThat(headline(quiet.headlines(), "Messages sent").value()).isZero();
        assertThat(headline(quiet.headlines(), "Click rate").value()).isNull();
        assertThat(headline(quiet.headlines(), "Messages sent").change()).isNull();
        try (OpenedWorkspace empty = new Wiring(Wiring.Host.COMMAND_LINE).create(folder.resolve("new.tidings"), "New")) {
            assertThat(empty.analytics().dashboard(MAY).anyEvents()).isFalse();
            assertThat(empty.analytics().dashboard(MAY).latestCampaigns()).isEmpty();
        }
    }

    @Test
    void aCampaignsReportHasItsFunnelRunsChannelsAndCountries() {
        fixture();
        campaign("_email.delivered", "stranger", "1", "2024-05-02T09:01:00Z");
        record();
        AnalyticsSubject spring = workspace.analytics().campaignNamed("spring SALE").orElseThrow();

        ScopeReport report = workspace.analytics().report(spring, MAY, AbKpi.CLICK_RATE);

        // Sent 4; delivered 3 (sent minus the hard bounce); ep-00000 and ep-france opened; ep-00000 clicked; the
        // purchase is not the campaign's.
        assertThat(report.funnel()).extracting(FunnelStep::count).containsExactly(4L, 3L, 2L, 1L, 0L);
        assertThat(report.runs()).singleElement().satisfies(run -> assertThat(run.key()).isEqualTo("r1"));
        assertThat(report.channels()).singleElement().satisfies(channel -> {
            assertThat(channel.key()).isEqualTo("EMAIL");
            assertThat(channel.label()).isEqualTo("Email");
            assertThat(channel.kpis().messagesSent()).isEqualTo(4);
            // The endpoints that clicked over emails delivered, as the campaign's: 1 of 3.
            assertThat(channel.kpis().clickRate()).isCloseTo(1.0 / 3, within(1e-9));
        });
        assertThat(report.segments()).isEmpty();
        Breakdowns breakdowns = workspace.analytics().breakdowns(spring, MAY);
        // Delivered to: ep-00000 and ep-00001 (US), ep-france (FR), "stranger" outside the audience.
        assertThat(breakdowns.byCountry()).containsExactly(new BreakdownRow("US", 2, 1, 1),
                new BreakdownRow("FR", 1, 1, 0), new BreakdownRow(null, 1, 0, 0));
        assertThat(breakdowns.byPlatform()).startsWith(new BreakdownRow("EMAIL", 3, 2, 1));
    }

    @Test
    void everyCampaignTogetherShowsPurchasesAndTheCampaignsBySegment() {
        fixture();

        ScopeReport report = workspace.analytics().report(AnalyticsSubject.ALL_CAMPAIGNS, MAY, AbKpi.CLICK_RATE);

        assertThat(report.headlines()).extracting(Headline::name).containsExactly("Messages sent", "Delivery rate",
                "Open rate", "Click rate", "Purchases", "Revenue");
        // The purchase is not a campaign's: every campaign together has none.
        assertThat(headline(report.headlines(), "Purchases").value()).isZero();
        assertThat(report.segments()).singleElement().satisfies(segment -> {
            assertThat(segment.label()).isEqualTo("No segment");
            assertThat(segment.kpis().messagesSent()).isEqualTo(4);
            assertThat(segment.kpis().uniqueEmailClicks()).isEqualTo(1);
        });
        assertThat(report.treatments().treatments()).isEmpty();
        ScopeReport everything = workspace.analytics().report(AnalyticsSubject.ALL_MESSAGES, MAY, AbKpi.CLICK_RATE);
        assertThat(headline(everything.headlines(), "Purchases").value()).isEqualTo(1.0);
    }

    @Test
    void eachTreatmentIsComparedWithTheControlOnUniqueEndpoints() {
        fixture();

        TreatmentResults results = workspace.analytics().report(
                workspace.analytics().campaignNamed("Spring sale").orElseThrow(), MAY, AbKpi.CLICK_RATE).treatments();

        assertThat(results.treatments()).extracting(TreatmentResult::name).containsExactly("Plain", "Bold");
        TreatmentResult plain = results.treatments().get(0);
        assertThat(plain.control()).isTrue();
        assertThat(plain.rate()).isEqualTo(0.5); // ep-00000 clicked of ep-00000 and ep-00001
        TreatmentResult bold = results.treatments().get(1);
        assertThat(bold.rate()).isEqualTo(0.0); // ep-france delivered, no click
        assertThat(bold.comparison().difference()).isEqualTo(-0.5);
        assertThat(bold.tooSmallToTell()).isTrue();
        assertThat(bold.sentence()).isEqualTo(
                "Bold's click rate is 50.0 points lower (95 % CI -119.3 to 19.3); too few messages to tell whether "
                        + "this is chance.");
        assertThat(results.holdoutEndpoints()).isNull();

        TreatmentResults opens = workspace.analytics().treatments(
                workspace.analytics().campaignNamed("Spring sale").orElseThrow(), MAY, AbKpi.OPEN_RATE);
        assertThat(opens.treatments()).extracting(TreatmentResult::rate).containsExactly(0.5, 1.0);
    }
}
