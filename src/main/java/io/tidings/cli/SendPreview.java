package io.tidings.cli;

import io.tidings.channel.DeliveryChannel;
import io.tidings.delivery.ForecastWords;
import io.tidings.delivery.JobAccount;
import io.tidings.delivery.JobOptions;
import io.tidings.delivery.Preflight;
import io.tidings.delivery.PreflightReport;
import io.tidings.delivery.ReasonWords;
import io.tidings.delivery.RunPlan;
import io.tidings.delivery.RunTreatment;
import io.tidings.segment.Segment;
import io.tidings.template.Template;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * What {@code send} is about to do, before it does it: the template, the segment and who in it would get the
 * message now, later or not at all (with the reason), from the engine's own sending rules.
 */
final class SendPreview {

    private static final int SAMPLES = 3;

    private SendPreview() {
    }

    static PreflightReport forecast(Preflight preflight, Template template, Segment segment, DeliveryChannel channel,
            JobAccount account) {
        RunPlan plan = new RunPlan(template.name() + " to " + segment.name(), null, 0, channel, segment.id(), null,
                List.of(new RunTreatment(null, 100, template.id(), null, null)), 0, Instant.now(), null, null,
                JobOptions.DEFAULTS, account);
        return preflight.check(plan, Instant.now(), SAMPLES);
    }

    /** "Sending "Welcome email" by email to the segment "North America" through the sandbox.", then the counts. */
    static void print(PrintWriter out, Template template, Segment segment, DeliveryChannel channel, String account,
            PreflightReport report, boolean everyLine) {
        out.printf("Sending \"%s\" by %s to the segment \"%s\" (%,d endpoints) through %s.%n", template.name(),
                channel.name().toLowerCase(Locale.ROOT).replace("sms", "SMS"), segment.name(), report.segmentMembers(),
                account);
        long now = sum(report, PreflightReport.Timing.NOW);
        long later = sum(report, PreflightReport.Timing.LATER);
        long never = sum(report, PreflightReport.Timing.NOT_SENT);
        out.printf("%,d would get it now, %,d later, %,d not at all.%n", now, later, never);
        if (!everyLine) {
            return;
        }
        out.printf("%-10s  %-48s  %10s  %s%n", "When", "Why", "Endpoints", "For example");
        for (PreflightReport.Line line : report.lines()) {
            String why = line.timing() == PreflightReport.Timing.LATER ? ForecastWords.of(line.delay())
                    : line.reason() == null ? "" : ReasonWords.of(line.reason()) + " (" + line.reason().name() + ")";
            out.printf("%-10s  %-48s  %,10d  %s%n", ForecastWords.of(line.timing()), why, line.endpoints(),
                    String.join(", ", line.sampleEndpointIds()));
        }
    }

    private static long sum(PreflightReport report, PreflightReport.Timing timing) {
        return report.lines().stream().filter(line -> line.timing() == timing)
                .mapToLong(PreflightReport.Line::endpoints).sum();
    }
}
