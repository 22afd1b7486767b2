package io.tidings.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.tidings.analytics.AbKpi;
import io.tidings.analytics.AnalyticsSubject;
import io.tidings.analytics.DateRange;
import io.tidings.analytics.JourneyCatalog;
import io.tidings.analytics.JourneyReport;
import io.tidings.analytics.KpiService;
import io.tidings.analytics.KpiNames;
import io.tidings.analytics.KpiQuery;
import io.tidings.analytics.KpiReport;
import io.tidings.analytics.MessageKpis;
import io.tidings.analytics.TreatmentResults;
import io.tidings.wiring.OpenedWorkspace;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tidings kpi ...}: the KPIs the dashboards show, from the daily rollups. */
@Command(name = "kpi", mixinStandardHelpOptions = true,
        description = "Print Pinpoint's campaign and transactional KPIs (and Tidings' own) for a range of days: of one "
                + "campaign, per run and per treatment with the holdout, or of all campaigns; or a journey's KPIs "
                + "in all and per activity, with its execution metrics.")
final class KpiCommand implements java.util.concurrent.Callable<Integer> {

    enum Format { TEXT, JSON }

    @Spec
    private CommandSpec spec;

    @Mixin
    private WorkspaceOption workspaceOption;

    @Option(names = "--campaign", paramLabel = "NAME", description = "One campaign (default: all campaigns).")
    private String campaign;

    @Option(names = "--journey", paramLabel = "NAME",
            description = "One journey, by name (or an imported journey's id), instead of campaigns.")
    private String journey;

    @Option(names = "--from", paramLabel = "DATE", description = "First day, yyyy-MM-dd, UTC (default: 30 days before --to).")
    private LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last day, included (default: today, UTC).")
    private LocalDate to;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", description = "Output (default: text).")
    private Format format;

    @Option(names = "--ab-kpi", paramLabel = "KPI", defaultValue = "click-rate",
            description = "With --campaign, the KPI the A/B results compare: click-rate, open-rate or conversion-rate "
                    + "(default: click-rate).")
    private String abKpi;

    @Override
    public Integer call() throws JsonProcessingException {
        if (journey != null) {
            if (campaign != null) {
                throw new IllegalArgumentException("Give --campaign or --journey, not both.");
            }
            return journey();
        }
        AbKpi kpi = AbKpi.named(abKpi);
        KpiReport report;
        TreatmentResults treatments = null;
        try (OpenedWorkspace workspace = workspaceOption.open()) {
            report = workspace.kpis().report(new KpiQuery(campaign, from, to));
            if (campaign != null) {
                AnalyticsSubject subject = workspace.analytics().campaignNamed(campaign).orElseThrow(() ->
                        new IllegalArgumentException("There is no campaign named \"%s\".".formatted(campaign)));
                treatments = workspace.analytics().treatments(subject, new DateRange(report.from(), report.to()), kpi);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.JSON) {
            Map<String, Object> json = json(report);
            if (treatments != null) {
                json.put("AbResults", AbResultsOutput.json(treatments));
            }
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json));
        } else {
            text(out, report);
            if (treatments != null) {
                AbResultsOutput.text(out, treatments);
            }
        }
        return 0;
    }

    private int journey() throws JsonProcessingException {
        JourneyReport report;
        try (OpenedWorkspace workspace = workspaceOption.open()) {
            JourneyCatalog.Entry entry = workspace.analytics().journeyNamed(journey).orElseThrow(() ->
                    new IllegalArgumentException(("There is no journey named \"%s\" in the workspace, and no imported "
                            + "events of a journey with that id.").formatted(journey)));
            LocalDate last = to != null ? to : workspace.analytics().today();
            LocalDate first = from != null ? from : last.minusDays(KpiService.DEFAULT_DAYS - 1L);
            report = workspace.analytics().journeyReport(entry, new DateRange(first, last));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.JSON) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(JourneyKpiOutput.json(report)));
        } else {
            JourneyKpiOutput.text(out, report, KpiCommand::print);
        }
        return 0;
    }

    private static Map<String, Object> json(KpiReport report) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("Campaign", report.campaign());
        json.put("StartTime", report.from().toString());
        json.put("EndTime", report.to().toString());
        json.put("Kpis", KpiNames.campaign(report.total()));
        json.put("ByRun", each(report.byRun(), KpiNames::campaign));
        json.put("ByTreatment", each(report.byTreatment(), KpiNames::campaign));
        if (!report.endpointsByTreatment().isEmpty()) {
            Map<String, Long> endpoints = new LinkedHashMap<>();
            report.endpointsByTreatment().forEach((treatment, count) ->
                    endpoints.put(treatment < 0 ? "holdout" : treatment.toString(), count));
            json.put("EndpointsByTreatment", endpoints);
        }
        Map<String, Object> byDay = new LinkedHashMap<>();
        report.byDay().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(day -> byDay.put(day.getKey().toString(), KpiNames.campaign(day.getValue())));
        json.put("ByDate", byDay);
        if (report.transactional() != null) {
            json.put("Transactional", KpiNames.transactional(report.transactional()));
        }
        return json;
    }

    private static <K> Map<String, Object> each(Map<K, MessageKpis> groups, Function<MessageKpis, Map<String, Number>> names) {
        Map<String, Object> each = new LinkedHashMap<>();
        groups.entrySet().stream().sorted(Map.Entry.comparingByKey((a, b) -> a.toString().compareTo(b.toString())))
                .forEach(group -> each.put(group.getKey().toString(), names.apply(group.getValue())));
        return each;
    }

    private static void text(PrintWriter out, KpiReport report) {
        out.printf("KPIs of %s, %s to %s (UTC)%n", report.campaign() == null ? "all campaigns"
                : "campaign \"" + report.campaign() + "\"", report.from(), report.to());
        print(out, "", KpiNames.campaign(report.total()));
        if (report.byRun().size() > 1 || report.campaign() != null && !report.byRun().isEmpty()) {
            report.byRun().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(run -> {
                out.printf("Run %s%n", run.getKey());
                print(out, "  ", KpiNames.campaign(run.getValue()));
            });
        }
        if (report.campaign() != null) {
            report.byTreatment().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(treatment -> {
                out.printf("Treatment %s%s%n", treatment.getKey(), given(report, treatment.getKey()));
                print(out, "  ", KpiNames.campaign(treatment.getValue()));
            });
            Long holdout = report.endpointsByTreatment().get(-1);
            if (holdout != null) {
                out.printf("Holdout: %,d endpoints given no message%n", holdout);
            }
        }
        if (report.transactional() != null) {
            out.println("Transactional messages");
            print(out, "  ", KpiNames.transactional(report.transactional()));
        }
    }

    private static String given(KpiReport report, String treatment) {
        try {
            Long endpoints = report.endpointsByTreatment().get(Integer.parseInt(treatment));
            return endpoints == null ? "" : " (%,d endpoints)".formatted(endpoints);
        } catch (NumberFormatException e) {
            return "";
        }
    }

    /** Each KPI on a line of its own, the values in one column after the longest name. */
    static void print(PrintWriter out, String indent, Map<String, Number> values) {
        int width = values.keySet().stream().mapToInt(String::length).max().orElse(0);
        values.forEach((name, value) -> out.printf("%s%-" + width + "s  %s%n", indent, name, shown(name, value)));
    }

    private static String shown(String name, Number value) {
        if (value == null) {
            return "-";
        }
        if (name.endsWith("-rate")) {
            return String.format(Locale.ROOT, "%.2f %%", value.doubleValue() * 100);
        }
        if (value instanceof Double amount) {
            return String.format(Locale.ROOT, "%,.2f", amount);
        }
        return String.format(Locale.ROOT, "%,d", value.longValue());
    }
}
