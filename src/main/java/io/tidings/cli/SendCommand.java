package io.tidings.cli;

import io.tidings.segment.Segment;
import io.tidings.template.TemplateSummary;
import io.tidings.work.KnownNames;
import io.tidings.channel.DeliveryChannel;
import io.tidings.channel.accounts.AccountRecord;
import io.tidings.channel.accounts.ChannelAccountService;
import io.tidings.channel.accounts.ChannelAccounts;
import io.tidings.channel.accounts.ChannelSenders;
import io.tidings.delivery.DeliverySettings;
import io.tidings.delivery.JobAccount;
import io.tidings.delivery.JobOptions;
import io.tidings.delivery.SendJob;
import io.tidings.delivery.SendJobs;
import io.tidings.template.Template;
import io.tidings.wiring.OpenedWorkspace;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code tidings send ...}: one template to one segment, now, waiting until it is done. */
@Command(name = "send", mixinStandardHelpOptions = true,
        description = {"Send a template to a segment now and wait until every message has an outcome.",
            "Channels without an account send to the workspace's sandbox. Ctrl+C pauses the job; "
                    + "'outbox resume' carries on."})
final class SendCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private WorkspaceOption workspaceOption;

    @Option(names = "--template", required = true, paramLabel = "NAME", description = "The template to send.")
    private String templateName;

    @Option(names = "--segment", required = true, paramLabel = "NAME", description = "Who to send it to.")
    private String segmentName;

    @Option(names = "--channel", paramLabel = "email|sms|push|voice",
            description = "The channel (default: the template's type).")
    private DeliveryChannel channel;

    @Option(names = "--rate", paramLabel = "N", description = "Send at most N messages a second on this channel.")
    private Double rate;

    @Option(names = "--dry-run", description = "Show who would get the message and who would not, and why; send nothing.")
    private boolean dryRun;

    @Option(names = {"-y", "--yes"}, description = "Send without asking first (it asks only when run in a terminal).")
    private boolean yes;

    /** Asks the person at the terminal; replaced in tests. Empty when there is no one to ask. */
    static java.util.function.Function<String, java.util.Optional<String>> terminal = question -> {
        java.io.Console console = System.console();
        return console == null ? java.util.Optional.empty() : java.util.Optional.ofNullable(console.readLine("%s", question));
    };

    @Mixin
    private AccountOptions accountOptions;

    @Override
    public Integer call() throws InterruptedException {
        checkRate(spec, rate);
        PrintWriter out = spec.commandLine().getOut();
        Path workspaceFile = workspaceOption.file();
        try (OpenedWorkspace workspace = workspaceOption.open()) {
            Template template = workspace.templates().templateNamed(templateName).orElseThrow(() ->
                    new IllegalArgumentException(KnownNames.notFound("template", templateName,
                            workspace.templates().list().stream().map(TemplateSummary::name).toList())));
            DeliveryChannel chosen = channel != null ? channel : DeliveryChannel.valueOf(template.type().name());
            SendJobs.checkChannel(template, chosen);
            ChannelAccountService accountService = workspace.channelAccounts();
            ChannelAccounts accounts = accountOptions.over(accountService.load());
            DeliverySettings settings = DeliverySettings.defaults().withRates(accounts.ratesPerSecond());
            if (rate != null) {
                settings = settings.withRate(chosen, rate);
            }
            Double jobRate = settings.ratePerSecond().get(chosen);
            Segment segment = workspace.segments().findByName(segmentName).orElseThrow(() ->
                    new IllegalArgumentException(KnownNames.notFound("segment", segmentName,
                            workspace.segments().list().stream().map(Segment::name).toList())));
            JobAccount jobAccount = new JobAccount(AccountRecord.of(accounts, chosen), jobRate);
            var forecast = SendPreview.forecast(workspace.preflight(), template, segment, chosen, jobAccount);
            SendPreview.print(out, template, segment, chosen, accounts.account(chosen).describe(), forecast, dryRun);
            if (dryRun) {
                out.println("Nothing was sent (--dry-run).");
                return 0;
            }
            if (!yes) {
                var answer = terminal.apply("Send it now? [y/N] ");
                if (answer.isPresent() && !answer.get().strip().toLowerCase(Locale.ROOT).matches("y|yes")) {
                    out.println("Nothing was sent.");
                    return 0;
                }
            }
            out.flush();
            // The accounts are checked and opened before the job exists, so a mistake leaves no job behind.
            ChannelSenders senders = accountService.openSenders(accounts, List.of(chosen));
            try (HeadlessSending sending = new HeadlessSending(workspace.sendingEngine(accounts, senders.byChannel(), settings),
                    senders, spec.commandLine().getErr(), OutboxCommand.resumeCommand(workspaceFile))) {
                sending.start(); // takes the workspace's sending lock before the job exists
                // The job keeps its account and rate, so that resuming it sends through the same provider.
                SendJob job = workspace.sendJobs().create(template.name(), segment.name(), chosen, JobOptions.DEFAULTS,
                        jobAccount);
                out.printf("Job %d \"%s\": %,d messages by %s through %s%s%n", job.id(), job.name(),
                        sending.progress(job.id()).total(), chosen.name().toLowerCase(Locale.ROOT),
                        accounts.account(chosen).describe(), OutboxCommand.rateWords(jobRate));
                out.flush();
                sending.begin(job);
                return OutboxCommand.report(out, job, sending.awaitEnd(job), sending.progress(job.id()), workspaceFile);
            }
        }
    }

    /** Refuses a {@code --rate} that is not more than 0 and at most {@link ChannelAccounts#MOST_PER_SECOND}. */
    static void checkRate(CommandSpec spec, Double rate) {
        if (rate != null && !(rate > 0 && rate <= ChannelAccounts.MOST_PER_SECOND)) {
            throw new ParameterException(spec.commandLine(),
                    "--rate must be more than 0 and at most " + (long) ChannelAccounts.MOST_PER_SECOND + ", not " + rate + ".");
        }
    }
}
