package io.tidings.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.SettableClock;
import io.tidings.analytics.KpiQuery;
import io.tidings.analytics.KpiReport;
import io.tidings.analytics.KpiService;
import io.tidings.channel.DeliveryChannel;
import io.tidings.segment.SegmentService;
import io.tidings.store.Database;
import io.tidings.store.Migrations;
import io.tidings.template.TemplateService;
import io.tidings.template.TemplateType;
import io.tidings.wiring.Wiring;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A campaign run through the real engine: its events are rolled up by campaign, run and treatment, with the holdout. */
class CampaignRunKpisTest {

    @TempDir
    Path folder;

    private final SettableClock clock = new SettableClock(Instant.parse("2026-06-15T10:00:00Z"));
    private final ScriptedSender sender = ScriptedSender.accepting(DeliveryChannel.EMAIL);
    private Database database;
    private DeliveryEngine engine;

    @BeforeEach
    void openWorkspace() {
        database = Database.open(folder.resolve("runs.tidings"));
        Migrations.migrate(database);
        engine = Wiring.deliveryEngine(database, Map.of(DeliveryChannel.EMAIL, sender),
                DeliverySettings.defaults().withWorkers(2), clock);
        engine.start();
    }

    @AfterEach
    void close() {
        engine.close();
        database.close();
    }

    @Test
    void theRunsSendsCountPerTreatmentAndTheHoldoutIsShownBesideThem() throws Exception {
        DeliveryFixture.workspace(database, DeliveryFixture.emails(400));
        TemplateService templates = Wiring.templateService(database, clock);
        long hello = templates.templateNamed(DeliveryFixture.TEMPLATE).orElseThrow().id();
        long welcome = templates.create("Welcome", TemplateType.EMAIL, null,
                "{\"Subject\":\"Welcome\",\"HtmlPart\":\"<p>Welcome</p>\",\"TextPart\":\"Welcome\"}");
        SendJobs jobs = Wiring.sendJobs(database, clock);
        long segment = new SegmentService(database).findByName(DeliveryFixture.SEGMENT).orElseThrow().id();
        SendJob job = jobs.createRun(new RunPlan("Spring sale", 7L, 7, DeliveryChannel.EMAIL, segment, null,
                List.of(new RunTreatment("A", 50, hello, null, null), new RunTreatment("B", 40, welcome, null, null)),
                10, clock.instant(), null, null, JobOptions.DEFAULTS, JobAccount.UNKNOWN));
        engine.run(job.id());
        assertThat(engine.await(job.id(), Duration.ofSeconds(60), progress -> { })).isEqualTo(JobState.DONE);
        Map<Integer, JobProgress> progress = jobs.progressByTreatment(job.id());

        KpiService kpis = new KpiService(database, name -> Optional.of(7L), clock);
        KpiReport report = kpis.report(new KpiQuery("Spring sale", LocalDate.parse("2026-06-15"),
                LocalDate.parse("2026-06-15")));

        long sent = progress.get(0).sent() + progress.get(1).sent();
        assertThat(report.total().emailsSent()).isEqualTo(sent).isEqualTo(sender.sent.size());
        assertThat(report.byTreatment().get("0").emailsSent()).isEqualTo(progress.get(0).sent());
        assertThat(report.byTreatment().get("1").emailsSent()).isEqualTo(progress.get(1).sent());
        assertThat(report.byRun()).containsOnlyKeys(Long.toString(job.id()));
        long heldOut = progress.get(RunPlan.HOLDOUT).byReason().get(ReasonCode.TREATMENT_HOLDOUT);
        assertThat(report.endpointsByTreatment()).containsEntry(-1, heldOut)
                .containsEntry(0, progress.get(0).total()).containsEntry(1, progress.get(1).total());
        assertThat(heldOut).isPositive();
        assertThat(sent + heldOut).isEqualTo(400);
    }
}
