package io.tidings.cli;

import io.tidings.channel.DeliveryChannel;
import io.tidings.channel.accounts.ChannelAccountService;
import io.tidings.channel.accounts.ChannelSenders;
import io.tidings.delivery.DeliveryEngine;
import io.tidings.delivery.DeliverySettings;
import io.tidings.delivery.JobProgress;
import io.tidings.delivery.JobState;
import io.tidings.delivery.JobSummary;
import io.tidings.delivery.Outbox;
import io.tidings.delivery.SendJob;
import io.tidings.delivery.SendJobs;
import io.tidings.delivery.UnsentMessage;
import io.tidings.wiring.OpenedWorkspace;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tidings outbox ...}: the workspace's send jobs, the messages they did not send, and resuming them. */
@Command(name = "outbox", mixinStandardHelpOptions = true,
        description = "List send jobs with their counts; 'show' lists what a job did not send, 'resume' carries on.")
final class OutboxCommand implements Callable<Integer> {

    private static final int PAGE = 1_000;

    @Spec
    private CommandSpec spec;

    @Mixin
    private WorkspaceOption workspaceOption;

    @Override
    public Integer call() {
        Path workspaceFile = workspaceOption.file();
        PrintWriter out = spec.commandLine().getOut();
        try (OpenedWorkspace workspace = workspaceOption.open()) {
            SendJobs jobs = workspace.sendJobs();
            List<SendJob> all = jobs.jobs();
            if (all.isEmpty()) {
                out.println("No send jobs yet. Start one with: tidings send --workspace " + workspaceFile
                        + " --template NAME --segment NAME");
                return 0;
            }
            out.printf("%5s  %-9s  %-7s  %10s  %10s  %8s  %10s  %8s  %15s  %15s  %s%n", "Job", "State", "Channel",
                    "Messages", "Sent", "Failed", "Suppressed", "Queued", "Opened", "Clicked", "Name");
            // The same counts as the Outbox screen, from the same query: failed includes messages the provider
            // (or the sandbox's simulated outcomes) reported bounced or failed after they were sent.
            Map<Long, JobSummary> summaries = workspace.outbox().jobs().stream()
                    .collect(Collectors.toMap(summary -> summary.job().id(), summary -> summary));
            for (SendJob job : all) {
                JobProgress progress = jobs.progress(job.id());
                JobSummary summary = summaries.get(job.id());
                if (summary == null) {
                    continue; // created after the summaries were read; the next listing shows it
                }
                out.printf("%5d  %-9s  %-7s  %,10d  %,10d  %,8d  %,10d  %,8d  %15s  %15s  %s%n", job.id(), job.state(),
                        channelWord(job.channel()), progress.total(), summary.sent(), summary.failed(),
                        summary.suppressed(), summary.queued(),
                        JobSummary.withRate(summary.opened(), summary.openRate()),
                        JobSummary.withRate(summary.clicked(), summary.clickRate()), job.name());
                if (job.state() == JobState.PAUSED && job.pauseReason() != null) {
                    out.printf("%5s  %s%n", "", job.pauseReason());
                }
            }
        }
        return 0;
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "List a job's messages that were not sent, per endpoint, with Pinpoint's reason codes.")
    int show(
            @Mixin WorkspaceOption workspaceOption,
            @Option(names = "--job", required = true, paramLabel = "ID", description = "The send job.") long jobId) {
        Path file = workspaceOption.file();
        PrintWriter out = spec.commandLine().getOut();
        try (OpenedWorkspace workspace = workspaceOption.open()) {
            SendJobs jobs = workspace.sendJobs();
            SendJob job = jobs.job(jobId).orElseThrow(() ->
                    new IllegalArgumentException("There is no send job " + jobId + " in " + file + "."));
            JobProgress progress = jobs.progress(jobId);
            out.printf("Job %d \"%s\" (%s): %s%n", job.id(), job.name(), job.state(), JobCounts.of(progress));
            Outbox outbox = workspace.outbox();
            int shown = 0;
            boolean any = false;
            for (List<UnsentMessage> page = outbox.unsent(jobId, shown, PAGE); !page.isEmpty();
                    page = outbox.unsent(jobId, shown, PAGE)) {
                if (!any) {
                    out.printf("%-24s  %-32s  %-10s  %-26s  %s%n", "Endpoint", "Address", "State", "Reason", "Detail");
                    any = true;
                }
                for (UnsentMessage message : page) {
                    out.printf("%-24s  %-32s  %-10s  %-26s  %s%n", orDash(message.endpointId()), orDash(message.address()),
                            message.state(), message.reason() == null ? "-" : message.reason(),
                            message.detail() == null ? "" : message.detail());
                    shown++;
                }
            }
            if (!any) {
                out.println("Every message with an outcome was sent.");
            }
        }
        return 0;
    }

    @Command(name = "resume", mixinStandardHelpOptions = true,
            description = {"Carry on with every job that is queued, running or paused (after a crash, say) and wait.",
                "Each job sends through the account it started with; messages a crash left in flight are sent again "
                        + "with the same message id."})
    int resume(
            @Mixin WorkspaceOption workspaceOption,
            @Mixin AccountOptions accountOptions,
            @Option(names = "--rate", paramLabel = "N",
                    description = "Send at most N messages a second on each job's channel, from now on (default: "
                            + "the job's own rate).") Double rate) throws InterruptedException {
        SendCommand.checkRate(spec, rate);
        Path file = workspaceOption.file();
        PrintWriter out = spec.commandLine().getOut();
        try (OpenedWorkspace workspace = workspaceOption.open()) {
            SendJobs jobs = workspace.sendJobs();
            List<SendJob> unfinished = jobs.unfinished();
            if (unfinished.isEmpty()) {
                out.println("No unfinished send jobs.");
                return 0;
            }
            ChannelAccountService accountService = workspace.channelAccounts();
            ResumeAccounts accounts = new ResumeAccounts(accountOptions.over(accountService.load()), accountOptions::names);
            unfinished.forEach(accounts::take);
            List<SendJob> resumed = accounts.resumed();
            accounts.refusals().forEach(refusal -> spec.commandLine().getErr().println("tidings: " + refusal));
            if (resumed.isEmpty()) {
                return TidingsCommand.FAILED;
            }
            if (rate != null) {
                resumed.forEach(job -> jobs.changeRate(job.id(), rate));
            }
            List<DeliveryChannel> channels = resumed.stream().map(SendJob::channel).distinct().toList();
            ChannelSenders senders = accountService.openSenders(accounts.accounts(), channels);
            Map<DeliveryChannel, Double> rates = accounts.rates(rate);
            DeliveryEngine engine = workspace.sendingEngine(accounts.accounts(), senders.byChannel(),
                    DeliverySettings.defaults().withRates(rates));
            try (HeadlessSending sending = new HeadlessSending(engine, senders, spec.commandLine().getErr(),
                    resumeCommand(file))) {
                for (SendJob job : resumed) {
                    if (job.state() == JobState.QUEUED) {
                        // A job stopped while it was being expanded lacks some of its rows; this adds only those.
                        jobs.expand(job.id());
                    }
                }
                int released = sending.start();
                if (released > 0) {
                    out.printf("%,d messages were in flight when Tidings stopped; they are sent again with the same "
                            + "message ids.%n", released);
                }
                for (SendJob job : resumed) {
                    out.printf("Job %d \"%s\": resuming by %s through %s%s%n", job.id(), job.name(),
                            channelWord(job.channel()), accounts.accounts().account(job.channel()).describe(),
                            rateWords(rates.get(job.channel())));
                    sending.begin(job);
                }
                out.flush();
                int exitCode = accounts.refusals().isEmpty() ? 0 : TidingsCommand.FAILED;
                for (SendJob job : resumed) {
                    JobState state = sending.awaitEnd(job);
                    exitCode = Math.max(exitCode, report(out, job, state, sending.progress(job.id()), file));
                }
                return exitCode;
            }
        }
    }

    /** " at most 250 messages a second", or "" without a limit. */
    static String rateWords(Double rate) {
        if (rate == null) {
            return "";
        }
        String number = rate == Math.rint(rate) ? Long.toString(rate.longValue()) : rate.toString();
        return " at most " + number + " message" + (rate == 1 ? "" : "s") + " a second";
    }

    static String resumeCommand(Path workspaceFile) {
        return "tidings outbox resume --workspace " + workspaceFile;
    }

    /** Prints how a job ended; returns the exit code: 0 when it is done. */
    static int report(PrintWriter out, SendJob job, JobState state, JobProgress progress, Path workspaceFile) {
        switch (state) {
            case DONE -> out.printf("Job %d is done: %s.%n", job.id(), JobCounts.of(progress));
            case PAUSED -> {
                String reason = progress.job().pauseReason();
                out.printf("Job %d is paused: %s%n%s.%nTo carry on: %s%n", job.id(),
                        reason == null ? "(no reason given)" : reason, JobCounts.of(progress), resumeCommand(workspaceFile));
            }
            default -> out.printf("Job %d ended %s: %s.%n", job.id(), state.name().toLowerCase(Locale.ROOT),
                    JobCounts.of(progress));
        }
        String reasons = JobCounts.reasons(progress);
        if (!reasons.isEmpty()) {
            out.printf("Not sent: %s. Each endpoint: tidings outbox show --workspace %s --job %d%n", reasons,
                    workspaceFile, job.id());
        }
        return state == JobState.DONE ? 0 : TidingsCommand.FAILED;
    }

    private static String channelWord(DeliveryChannel channel) {
        return channel.name().toLowerCase(Locale.ROOT);
    }

    private static String orDash(String value) {
        return value == null ? "-" : value;
    }
}
