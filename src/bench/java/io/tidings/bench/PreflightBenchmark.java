package io.tidings.bench;

import io.tidings.channel.DeliveryChannel;
import io.tidings.delivery.JobAccount;
import io.tidings.delivery.JobOptions;
import io.tidings.delivery.LocalTimeStart;
import io.tidings.delivery.Preflight;
import io.tidings.delivery.PreflightReport;
import io.tidings.delivery.QuietTime;
import io.tidings.delivery.RunPlan;
import io.tidings.delivery.RunTreatment;
import io.tidings.segment.Segment;
import io.tidings.segment.SegmentDefinition;
import io.tidings.segment.SegmentJson;
import io.tidings.segment.SegmentService;
import io.tidings.template.TemplateService;
import io.tidings.template.TemplateType;
import io.tidings.wiring.Wiring;
import io.tidings.workspace.Workspace;
import io.tidings.workspace.WorkspaceService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Times the campaign pre-flight over the audience benchmark's 1,000,000-endpoint workspace (run the import benchmark
 * first: it leaves {@code target/bench/bench.tidings}): an email run of three treatments and a 10 % holdout to every
 * endpoint, with quiet time, a daily cap, a rate and a MaximumDuration, once sending at its start and once in local
 * time. Beside it, in the same run, the floor: the same streaming read of the members' rows with no rules applied.
 *
 * <p>Arguments: the workspace file (default target/bench/bench.tidings). The goal: at most 2 s.
 */
public final class PreflightBenchmark {

    private static final int WARM_UP = 3;
    private static final int RUNS = 9;
    private static final String EVERYONE = """
            {"SegmentGroups": {"Include": "ALL", "Groups": [{"Type": "ALL", "Dimensions": [{
              "Location": {"Country": {"DimensionType": "INCLUSIVE", "Values": ["US", "GB", "DE", "FR"]}}}]}]}}""";

    private PreflightBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "target/bench/bench.tidings");
        if (!Files.exists(file)) {
            System.err.println(file + " does not exist: run the audience import benchmark first (mvn -Pbench verify).");
            System.exit(1);
        }
        try (Workspace workspace = new WorkspaceService().open(file)) {
            SegmentService segments = new SegmentService(workspace.database());
            TemplateService templates = Wiring.templateService(workspace.database());
            Segment segment = segments.findByName("Pre-flight audience")
                    .orElseGet(() -> segments.create("Pre-flight audience", SegmentJson.read(EVERYONE)));
            long[] ids = new long[3];
            for (int index = 0; index < ids.length; index++) {
                String name = "Pre-flight " + (char) ('A' + index);
                int number = index;
                ids[index] = templates.templateNamed(name).map(template -> template.id()).orElseGet(() -> templates.create(
                        name, TemplateType.EMAIL, null, "{\"Subject\":\"Offer " + number + "\",\"HtmlPart\":\"<p>Hi "
                                + "{{User.UserAttributes.FirstName}}</p>\",\"TextPart\":\"Hi\"}"));
            }
            Preflight preflight = new Preflight(workspace.database(), segments, templates);
            SegmentDefinition members = SegmentService.membersOf(segment);
            Instant start = Instant.parse("2026-06-15T19:30:00Z");
            JobOptions options = JobOptions.DEFAULTS
                    .withQuietTime(QuietTime.of(LocalTime.of(21, 0), LocalTime.of(8, 0), QuietTime.Action.HOLD))
                    .withDailyCapPerEndpoint(2);
            List<RunTreatment> treatments = List.of(new RunTreatment("A", 30, ids[0], null, null),
                    new RunTreatment("B", 30, ids[1], null, null), new RunTreatment("C", 30, ids[2], null, null));
            RunPlan now = new RunPlan("Pre-flight benchmark", 1L, 1, DeliveryChannel.EMAIL, segment.id(), null,
                    treatments, 10, start, null, Duration.ofHours(2), options, new JobAccount(null, 50.0));
            RunPlan local = new RunPlan("Pre-flight benchmark, local time", 1L, 1, DeliveryChannel.EMAIL, segment.id(),
                    null, treatments, 10, start, new LocalTimeStart(LocalDateTime.parse("2026-06-15T21:00"),
                            ZoneId.of("Europe/Berlin")), null, options, new JobAccount(null, 50.0));

            PreflightReport report = preflight.check(now, start, 5);
            System.out.printf(Locale.ROOT, "Segment members: %,d; the report, sending at the start:%n",
                    report.segmentMembers());
            report.lines().forEach(line -> System.out.printf(Locale.ROOT, "  treatment %2d %-8s %-10s %-26s %,9d%n",
                    line.treatment(), line.timing(), line.delay() == null ? "" : line.delay(),
                    line.reason() == null ? "" : line.reason(), line.endpoints()));
            System.out.println("Sending time at 50 a second: " + report.sendingTime());

            double floor = median(() -> segments.forEachMemberEndpoint(members, member -> { }));
            double atStart = median(() -> preflight.check(now, start, 5).segmentMembers());
            double localTime = median(() -> preflight.check(local, start, 5).segmentMembers());
            System.out.printf(Locale.ROOT, "Floor: the members' rows in one streaming read, no rules:  %6.0f ms%n", floor);
            System.out.printf(Locale.ROOT, "Pre-flight, sending at the start:                         %6.0f ms%n", atStart);
            System.out.printf(Locale.ROOT, "Pre-flight, in local time:                                %6.0f ms%n",
                    localTime);
            System.out.printf(Locale.ROOT, "Ratio pre-flight / floor: %.2f, %.2f. Goal: <= 2,000 ms%n",
                    atStart / floor, localTime / floor);
        }
    }

    /** The median of {@value #RUNS} timed runs after {@value #WARM_UP} untimed ones, in milliseconds. */
    private static double median(LongSupplier run) {
        for (int index = 0; index < WARM_UP; index++) {
            run.getAsLong();
        }
        double[] times = new double[RUNS];
        for (int index = 0; index < RUNS; index++) {
            long started = System.nanoTime();
            run.getAsLong();
            times[index] = (System.nanoTime() - started) / 1e6;
        }
        Arrays.sort(times);
        return times[RUNS / 2];
    }
}
