package io.tidings.cli;

import io.tidings.analytics.JourneyReport;
import io.tidings.analytics.KpiNames;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code kpi --journey}'s output: the journey's KPIs under Pinpoint's names (GetJourneyDateRangeKpi), its execution
 * metrics (GetJourneyExecutionMetrics), then each activity's ({@code ...-grouped-by-journey-activity},
 * GetJourneyExecutionActivityMetrics).
 */
final class JourneyKpiOutput {

    /** Prints one group of named values with an indent. */
    interface Printer {
        void print(PrintWriter out, String indent, Map<String, Number> values);
    }

    private JourneyKpiOutput() {
    }

    static void text(PrintWriter out, JourneyReport report, Printer printer) {
        out.printf("KPIs of journey \"%s\", %s to %s (UTC)%n", report.journey().name(), report.range().from(),
                report.range().to());
        printer.print(out, "", KpiNames.journey(report.total(), false));
        out.println("Participants (the whole journey, any day)");
        printer.print(out, "  ", KpiNames.execution(report.execution()));
        for (JourneyReport.ActivityResult activity : report.activities()) {
            out.printf("Activity %s%n", activity.label());
            printer.print(out, "  ", KpiNames.journey(activity.kpis(), true));
            printer.print(out, "  ", KpiNames.execution(activity.execution()));
        }
    }

    static Map<String, Object> json(JourneyReport report) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("Journey", report.journey().name());
        json.put("JourneyId", report.journey().id());
        json.put("StartTime", report.range().from().toString());
        json.put("EndTime", report.range().to().toString());
        json.put("Kpis", KpiNames.journey(report.total(), false));
        json.put("ExecutionMetrics", KpiNames.execution(report.execution()));
        Map<String, Object> byActivity = new LinkedHashMap<>();
        for (JourneyReport.ActivityResult activity : report.activities()) {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("Kpis", KpiNames.journey(activity.kpis(), true));
            values.put("ExecutionMetrics", KpiNames.execution(activity.execution()));
            byActivity.put(activity.key(), values);
        }
        json.put("ByJourneyActivity", byActivity);
        return json;
    }
}
