package io.tidings.cli;

import io.tidings.campaign.Campaign;
import io.tidings.campaign.CampaignDefinition;
import io.tidings.campaign.CampaignJson;
import io.tidings.campaign.CampaignRun;
import io.tidings.campaign.CampaignService;
import io.tidings.campaign.CampaignState;
import io.tidings.campaign.CampaignStatus;
import io.tidings.campaign.EventFilterWords;
import io.tidings.campaign.TriggerOutcome;
import io.tidings.campaign.TriggeredSends;
import io.tidings.campaign.CampaignSummary;
import io.tidings.campaign.CampaignTotals;
import io.tidings.campaign.InvalidCampaignException;
import io.tidings.campaign.Launch;
import io.tidings.campaign.MissedRun;
import io.tidings.campaign.Treatment;
import io.tidings.channel.DeliveryChannel;
import io.tidings.channel.accounts.ChannelAccountService;
import io.tidings.channel.accounts.ChannelAccounts;
import io.tidings.channel.accounts.ChannelSenders;
import io.tidings.delivery.DeliverySettings;
import io.tidings.delivery.JobState;
import io.tidings.delivery.PreflightReport;
import io.tidings.delivery.RunPlan;
import io.tidings.delivery.SendJob;
import io.tidings.wiring.OpenedWorkspace;
import io.tidings.work.Quote;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tidings campaign ...}: campaigns from Pinpoint's WriteCampaignRequest JSON, launched, followed and stopped. */
@Command(name = "campaign", mixinStandardHelpOptions = true,
        description = {"Create campaigns from Pinpoint's WriteCampaignRequest JSON, check, launch, follow, pause, resume, "
                + "cancel and export them, and fire the runs that are due.",
            "Channels without an account send to the workspace's sandbox."})
final class CampaignCommand {

    /** A busy event-triggered campaign has many runs: the status lists the latest. */
    private static final int SHOWN_TRIGGERED_RUNS = 10;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final int SAMPLES = 3;

    @Spec
    private CommandSpec spec;

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Save a draft campaign from Pinpoint's WriteCampaignRequest JSON (with its Name).")
    int create(
            @Mixin WorkspaceOption workspaceOption,
            @Option(names = "--definition", required = true, paramLabel = "FILE.json",
                    description = "The campaign: a WriteCampaignRequest, SegmentId and template names as in this "
                            + "workspace.") Path definition,
            @Option(names = "--name", paramLabel = "NAME", description = "The campaign's name (default: the file's Name).")
            String name) {
        try (OpenedWorkspace workspace = workspaceOption.open()) {
            CampaignService campaigns = workspace.campaigns();
            Campaign campaign = campaigns.importJson(definition, name);
            PrintWriter out = spec.commandLine().getOut();
            out.printf("Created campaign \"%s\" (id %d): %s; a draft.%n", campaign.name(), campaign.id(),
                    describe(workspace, campaign.definition()));
            List<String> problems = campaigns.launchProblems(campaign.id());
            if (!problems.isEmpty()) {
                out.println("Before it can be launched:");
                problems.forEach(problem -> out.println("  " + problem));
            }
        }
        return 0;
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the campaigns with their results.")
    int list(@Mixin WorkspaceOption workspaceOption) {
        PrintWriter out = spec.commandLine().getOut();
        try (OpenedWorkspace workspace = workspaceOption.open()) {
            List<CampaignSummary> summaries = workspace.campaigns().list();
            if (summaries.isEmpty()) {
                out.println("No campaigns yet. Create one with: tidings campaign create --workspace "
                        + workspaceOption.file() + " --definition FILE.json");
                return 0;
            }
            out.printf("%-5s  %-9s  %-7s  %-20s  %9s  %9s  %9s  %9s  %-20s  %s%n", "Id", "State", "Channel", "Next run",
                    "Sent", "Delivered", "Opened", "Clicked", "Segment", "Name");
            for (CampaignSummary summary : summaries) {
                Campaign campaign = summary.campaign();
                CampaignTotals totals = summary.totals();
                out.printf("%-5d  %-9s  %-7s  %-20s  %,9d  %,9d  %,9d  %,9d  %-20s  %s%n", campaign.id(),
                        word(campaign.state()), word(campaign.definition().channel()), time(campaign.nextRunAt()),
                        totals.sent(), totals.delivered(), totals.opened(), totals.clicked(),
                        summary.segmentName() == null ? "-" : summary.segmentName(), campaign.name());
            }
        }
        return 0;
    }

    @Command(name = "preflight", mixinStandardHelpOptions = true,
            description = "Show who the campaign's next run (or a launch now) would send to, when, and who it would "
                    + "not, with the reason and a few endpoints each.")
    int preflight(
            @Mixin WorkspaceOption workspaceOption,
            @Option(names = "--name", required = true, paramLabel = "NAME", description = "The campaign.") String name) {
        PrintWriter out = spec.commandLine().getOut();
        try (OpenedWorkspace workspace = workspaceOption.open()) {
            CampaignService campaigns = workspace.campaigns();
            Campaign campaign = named(campaigns, name);
            PreflightReport report = campaigns.preflight(campaign.id(), SAMPLES);
            out.printf("Campaign \"%s\": %,d endpoints in the segment.%n", campaign.name(), report.segmentMembers());
            out.printf("%-24s  %-9s  %-28s  %10s  %s%n", "Treatment", "When", "Why", "Endpoints", "For example");
            List<Treatment> treatments = campaign.definition().treatments();
            for (PreflightReport.Line line : report.lines()) {
                String why = line.delay() != null ? word(line.delay().name()) : line.reason() != null
                        ? line.reason().name() : "";
                out.printf("%-24s  %-9s  %-28s  %,10d  %s%n", treatmentLabel(treatments, line.treatment()),
                        word(line.timing().name()), why, line.endpoints(), String.join(", ", line.sampleEndpointIds()));
            }
            if (!report.sendingTime().isZero()) {
                out.printf("Sending the messages due now takes about %s.%n", duration(report.sendingTime()));
            }
            List<String> problems = campaigns.launchProblems(campaign.id());
            if (!problems.isEmpty() && campaign.state() == CampaignState.DRAFT) {
                out.println("Before it can be launched:");
                problems.forEach(problem -> out.println("  " + problem));
            }
        }
        return 0;
    }

    @Command(name = "launch", mixinStandardHelpOptions = true,
            description = {"Launch a draft campaign: an IMMEDIATE one starts its run now, a scheduled one waits for "
                    + "its start (the app, or 'campaign run-due', fires it).",
                "Without --wait the run is left to the app's engine (or 'outbox resume'); with --wait it is sent from "
                        + "here, with progress on stderr, and the command returns when it ends."})
    int launch(
            @Mixin WorkspaceOption workspaceOption,
            @Mixin AccountOptions accountOptions,
            @Option(names = "--name", required = true, paramLabel = "NAME", description = "The campaign.") String name,
            @Option(names = "--wait", description = "Send an immediate run from here and return when it ends.")
            boolean wait) throws InterruptedException {
        Path file = workspaceOption.file();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (OpenedWorkspace workspace = workspaceOption.open()) {
            CampaignService campaigns = workspace.campaigns();
            Campaign campaign = named(campaigns, name);
            List<String> problems = campaigns.launchProblems(campaign.id());
            if (!problems.isEmpty()) {
                problems.forEach(problem -> err.println("tidings: " + Quote.message(problem)));
                return TidingsCommand.FAILED;
            }
            ChannelAccountService accountService = workspace.channelAccounts();
            ChannelAccounts accounts = accountOptions.over(accountService.load());
            if (campaign.definition().schedule().isEventTriggered()) {
                Launch launch = campaigns.launch(campaign.id());
                out.printf("Campaign \"%s\" is %s: it sends to an endpoint when an event arrives for it: %s.%n",
                        campaign.name(), word(launch.campaign().state()),
                        EventFilterWords.of(campaign.definition().schedule().eventFilter()));
                out.println("Events trigger it while the app is open or 'tidings serve --workspace " + file
                        + "' runs (PutEvents, the tracking server); imported history does not.");
                return 0;
            }
            if (!campaign.definition().schedule().isImmediate()) {
                Launch launch = campaigns.launch(campaign.id());
                out.printf("Campaign \"%s\" is %s: its first run is at %s.%n", campaign.name(),
                        word(launch.campaign().state()), time(launch.campaign().nextRunAt()));
                out.println("The app fires it while it is open; or run: tidings campaign run-due --workspace " + file);
                return 0;
            }
            if (!wait) {
                Launch launch = campaigns.sendingThrough(accounts, workspace.delivery()::run).launch(campaign.id());
                out.printf("Campaign \"%s\": run started as job %d, %,d messages. The app sends it while it is open; "
                        + "or run: %s%n", campaign.name(), launch.run().id(),
                        workspace.sendJobs().progress(launch.run().id()).total(), OutboxCommand.resumeCommand(file));
                return 0;
            }
            DeliveryChannel channel = campaign.definition().channel();
            ChannelSenders senders = accountService.openSenders(accounts, List.of(channel));
            try (HeadlessSending sending = new HeadlessSending(workspace.sendingEngine(accounts, senders.byChannel(),
                    DeliverySettings.defaults().withRates(accounts.ratesPerSecond())), senders, err,
                    OutboxCommand.resumeCommand(file))) {
                sending.start();
                SendJob job = campaigns.sendingThrough(accounts, sending::begin).launch(campaign.id()).run();
                out.printf("Campaign \"%s\": job %d, %,d messages by %s through %s%n", campaign.name(), job.id(),
                        sending.progress(job.id()).total(), word(channel), accounts.account(channel).describe());
                out.flush();
                JobState state = sending.awaitEnd(job);
                int code = OutboxCommand.report(out, job, state, sending.progress(job.id()), file);
                out.printf("Campaign \"%s\" is %s.%n", campaign.name(),
                        word(campaigns.status(campaign.id()).campaign().state()));
                return code;
            }
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true,
            description = "Print a campaign's state, its next run, and each run's counts.")
    int status(
            @Mixin WorkspaceOption workspaceOption,
            @Option(names = "--name", required = true, paramLabel = "NAME", description = "The campaign.") String name) {
        PrintWriter out = spec.commandLine().getOut();
        try (OpenedWorkspace workspace = workspaceOption.open()) {
            CampaignService campaigns = workspace.campaigns();
            CampaignStatus status = campaigns.status(named(campaigns, name).id());
            Campaign campaign = status.campaign();
            out.printf("Campaign \"%s\": %s%n", campaign.name(), word(campaign.state()));
            if (campaign.nextRunAt() != null) {
                out.printf("Next run: %s%n", time(campaign.nextRunAt()));
            }
            List<CampaignRun> runs = status.runs();
            if (campaign.definition().schedule().isEventTriggered()) {
                TriggeredSends triggered = campaigns.triggeredSends(campaign.id());
                out.printf("Triggered by: %s%n", EventFilterWords.of(campaign.definition().schedule().eventFilter()));
                out.printf("Events matched: %,d; messages triggered: %,d, sent: %,d, dropped as late (not sent within "
                        + "five minutes of the event): %,d%n", triggered.matched(),
                        triggered.count(TriggerOutcome.TRIGGERED), triggered.sent(), triggered.droppedLate());
                out.printf("Not sent: %,d not in the segment, %,d without an endpoint, %,d older than five minutes "
                        + "on arrival, %,d outside the schedule, %,d while paused, %,d failed%n",
                        triggered.count(TriggerOutcome.NOT_IN_SEGMENT), triggered.count(TriggerOutcome.NO_ENDPOINT),
                        triggered.count(TriggerOutcome.STALE), triggered.count(TriggerOutcome.OUTSIDE_SCHEDULE),
                        triggered.count(TriggerOutcome.PAUSED), triggered.count(TriggerOutcome.FAILED));
                if (runs.size() > SHOWN_TRIGGERED_RUNS) {
                    out.printf("%,d triggered runs; the latest %d:%n", runs.size(), SHOWN_TRIGGERED_RUNS);
                    runs = runs.subList(runs.size() - SHOWN_TRIGGERED_RUNS, runs.size());
                }
            }
            for (CampaignRun run : runs) {
                if (run.job() == null) {
                    out.printf("Run due %s: %s%n", time(run.scheduledAt()), run.problem());
                } else {
                    out.printf("Run due %s: job %d, %s: %s%n", time(run.scheduledAt()), run.job().id(),
                            word(run.job().state()), JobCounts.of(run.progress()));
                }
            }
            CampaignTotals totals = status.totals();
            if (totals.hasResults()) {
                out.printf("Totals: %,d sent, %,d delivered, %,d opened, %,d clicked, %,d failed, %,d suppressed%n",
                        totals.sent(), totals.delivered(), totals.opened(), totals.clicked(), totals.failed(),
                        totals.suppressed());
            }
        }
        return 0;
    }

    @Command(name = "pause", mixinStandardHelpOptions = true,
            description = "Pause a campaign: its running run stops after the messages in flight; no run fires until "
                    + "it is resumed.")
    int pause(@Mixin WorkspaceOption workspaceOption,
            @Option(names = "--name", required = true, paramLabel = "NAME", description = "The campaign.") String name) {
        return change(workspaceOption, name, (campaigns, campaign) -> campaigns.pause(campaign.id()));
    }

    @Command(name = "resume", mixinStandardHelpOptions = true,
            description = "Resume a paused campaign; runs that came due while it was paused are skipped.")
    int resume(@Mixin WorkspaceOption workspaceOption,
            @Option(names = "--name", required = true, paramLabel = "NAME", description = "The campaign.") String name) {
        return change(workspaceOption, name, (campaigns, campaign) -> campaigns.resume(campaign.id()));
    }

    @Command(name = "cancel", mixinStandardHelpOptions = true,
            description = "Cancel a campaign for good: its unfinished run is cancelled and no run fires again.")
    int cancel(@Mixin WorkspaceOption workspaceOption,
            @Option(names = "--name", required = true, paramLabel = "NAME", description = "The campaign.") String name) {
        return change(workspaceOption, name, (campaigns, campaign) -> campaigns.cancel(campaign.id()));
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write a campaign as Pinpoint's WriteCampaignRequest JSON, with its Name.")
    int export(
            @Mixin WorkspaceOption workspaceOption,
            @Option(names = "--name", required = true, paramLabel = "NAME", description = "The campaign.") String name,
            @Parameters(paramLabel = "OUT.json", description = "The file to write.") Path out) {
        try (OpenedWorkspace workspace = workspaceOption.open()) {
            CampaignService campaigns = workspace.campaigns();
            Campaign campaign = named(campaigns, name);
            campaigns.exportJson(campaign.id(), out, null);
            spec.commandLine().getOut().printf("Exported \"%s\" to %s%n", campaign.name(), out);
            List<String> extensions = CampaignJson.extensionsIn(campaign.definition());
            if (!extensions.isEmpty()) {
                spec.commandLine().getErr().println("The file holds Tidings' own settings, which Pinpoint's API does "
                        + "not accept; remove them before giving it to Pinpoint: " + String.join("; ", extensions) + ".");
            }
        }
        return 0;
    }

    @Command(name = "delete", mixinStandardHelpOptions = true,
            description = "Delete a campaign that is not running; its runs stay in the outbox.")
    int delete(@Mixin WorkspaceOption workspaceOption,
            @Option(names = "--name", required = true, paramLabel = "NAME", description = "The campaign.") String name) {
        try (OpenedWorkspace workspace = workspaceOption.open()) {
            CampaignService campaigns = workspace.campaigns();
            Campaign campaign = named(campaigns, name);
            campaigns.delete(campaign.id());
            spec.commandLine().getOut().printf("Deleted \"%s\"%n", campaign.name());
        }
        return 0;
    }

    /** What to do with runs that came due while Tidings was not running. */
    static final class Missed {
        @Option(names = "--send-missed", description = "Send the runs that were missed now, too.")
        boolean send;
        @Option(names = "--skip-missed", description = "Skip the runs that were missed; each campaign's next run is "
                + "its first from now on.")
        boolean skip;
    }

    @Command(name = "run-due", mixinStandardHelpOptions = true,
            description = {"Fire the campaign runs that are due, send them from here and return when they end.",
                "Runs that came due while nothing was running (more than 5 minutes ago) are named and not sent, "
                        + "unless --send-missed or --skip-missed says what to do."})
    int runDue(
            @Mixin WorkspaceOption workspaceOption,
            @Mixin AccountOptions accountOptions,
            @ArgGroup(exclusive = true) Missed missed) throws InterruptedException {
        Path file = workspaceOption.file();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (OpenedWorkspace workspace = workspaceOption.open()) {
            CampaignService campaigns = workspace.campaigns();
            ChannelAccountService accountService = workspace.channelAccounts();
            // Read first, so that a wrong --settings file is told even when nothing is due.
            ChannelAccounts accounts = accountOptions.over(accountService.load());
            Instant now = Instant.now();
            List<MissedRun> late = campaigns.missedRuns(now);
            List<Long> sendLate = new ArrayList<>();
            for (MissedRun run : late) {
                if (missed != null && missed.skip) {
                    campaigns.skipMissed(run.campaign().id());
                    out.printf("Skipped the run of \"%s\" due %s.%n", run.campaign().name(), time(run.dueAt()));
                } else if (missed != null && missed.send) {
                    sendLate.add(run.campaign().id());
                } else {
                    err.printf("tidings: the run of \"%s\" due %s was missed (nothing was running); it is not sent "
                            + "late unless you say so: --send-missed or --skip-missed.%n", run.campaign().name(),
                            time(run.dueAt()));
                }
            }
            List<Campaign> due = campaigns.dueRuns(now);
            if (due.isEmpty() && sendLate.isEmpty()) {
                out.println("No campaign runs are due.");
                return late.isEmpty() || missed != null ? 0 : TidingsCommand.FAILED;
            }
            List<DeliveryChannel> channels = new ArrayList<>();
            for (Campaign campaign : due) {
                channels.add(campaign.definition().channel());
            }
            for (long id : sendLate) {
                channels.add(campaigns.find(id).orElseThrow().definition().channel());
            }
            ChannelSenders senders = accountService.openSenders(accounts, channels.stream().distinct().toList());
            try (HeadlessSending sending = new HeadlessSending(workspace.sendingEngine(accounts, senders.byChannel(),
                    DeliverySettings.defaults().withRates(accounts.ratesPerSecond())), senders, err,
                    OutboxCommand.resumeCommand(file))) {
                sending.start();
                CampaignService here = campaigns.sendingThrough(accounts, sending::begin);
                List<SendJob> fired = new ArrayList<>(here.fireDue(now));
                for (long id : sendLate) {
                    here.sendMissedNow(id).ifPresent(fired::add);
                }
                int code = late.isEmpty() || missed != null ? 0 : TidingsCommand.FAILED;
                for (SendJob job : fired) {
                    out.printf("Job %d \"%s\": %,d messages%n", job.id(), job.name(), sending.progress(job.id()).total());
                    out.flush();
                    JobState state = sending.awaitEnd(job);
                    code = Math.max(code, OutboxCommand.report(out, job, state, sending.progress(job.id()), file));
                }
                campaigns.reconcileStates();
                return code;
            }
        }
    }

    @FunctionalInterface
    private interface Change {
        Campaign apply(CampaignService campaigns, Campaign campaign);
    }

    private int change(WorkspaceOption workspaceOption, String name, Change change) {
        try (OpenedWorkspace workspace = workspaceOption.open()) {
            CampaignService campaigns = workspace.campaigns();
            Campaign changed = change.apply(campaigns, named(campaigns, name));
            spec.commandLine().getOut().printf("Campaign \"%s\" is %s.%n", changed.name(), word(changed.state()));
        }
        return 0;
    }

    private static Campaign named(CampaignService campaigns, String name) {
        return campaigns.findByName(name).orElseThrow(() ->
                new InvalidCampaignException("There is no campaign called " + Quote.of(name) + "."));
    }

    /** "email to "Everyone", 2 treatments and a 10 % holdout, daily from ...". */
    private static String describe(OpenedWorkspace workspace, CampaignDefinition definition) {
        String segment = definition.segmentId() == null ? "no segment yet"
                : "to " + workspace.segments().find(definition.segmentId()).map(found -> Quote.of(found.name()))
                        .orElse("a deleted segment");
        String treatments = definition.isABTest() ? ", " + definition.treatments().size() + " treatments" : "";
        String holdout = definition.holdoutPercent() > 0 ? ", a " + definition.holdoutPercent() + " % holdout" : "";
        String when = definition.schedule().isEventTriggered()
                ? "when an event arrives: " + EventFilterWords.of(definition.schedule().eventFilter())
                : definition.schedule().isImmediate() ? "immediately when launched"
                : word(definition.schedule().frequency().name()) + " from " + time(definition.schedule().startTime());
        return word(definition.channel()) + " " + segment + treatments + holdout + ", " + when;
    }

    private static String treatmentLabel(List<Treatment> treatments, int treatment) {
        if (treatment == RunPlan.HOLDOUT) {
            return "Holdout";
        }
        String label = treatment == 0 ? "Default" : "Treatment " + treatment;
        String name = treatment < treatments.size() ? treatments.get(treatment).name() : null;
        return name == null || name.isBlank() ? label : label + " (" + Quote.shown(name) + ")";
    }

    private static String duration(Duration duration) {
        long seconds = Math.max(1, duration.toSeconds());
        return seconds < 120 ? seconds + " s" : seconds < 7200 ? seconds / 60 + " min" : seconds / 3600 + " h";
    }

    private static String time(Instant instant) {
        return instant == null ? "-" : TIME.format(instant);
    }

    private static String word(Enum<?> value) {
        return word(value.name());
    }

    private static String word(String name) {
        return name.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
