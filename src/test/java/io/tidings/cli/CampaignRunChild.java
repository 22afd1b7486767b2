package io.tidings.cli;

import io.tidings.channel.DeliveryChannel;
import io.tidings.channel.accounts.AccountRecord;
import io.tidings.channel.accounts.ChannelAccounts;
import io.tidings.channel.accounts.ChannelSenders;
import io.tidings.delivery.DeliveryEngine;
import io.tidings.delivery.DeliverySettings;
import io.tidings.delivery.JobAccount;
import io.tidings.delivery.JobOptions;
import io.tidings.delivery.RunPlan;
import io.tidings.delivery.RunTreatment;
import io.tidings.delivery.SendJob;
import io.tidings.template.TemplateContent;
import io.tidings.template.TemplateType;
import io.tidings.wiring.OpenedWorkspace;
import io.tidings.wiring.Wiring;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A campaign run in a child JVM, for the crash test: three treatments (two templates and an inline message) and a
 * 10 % holdout, sent through the workspace's accounts (the sandbox) at a rate slow enough to be killed mid-way.
 * The campaign's own command belongs to the campaign feature; this starts the same engine API it calls.
 */
public final class CampaignRunChild {

    static final long CAMPAIGN = 31;
    static final double RATE = 250;

    private CampaignRunChild() {
    }

    public static void main(String[] args) throws Exception {
        try (OpenedWorkspace workspace = new Wiring(Wiring.Host.COMMAND_LINE).open(Path.of(args[0]))) {
            ChannelAccounts accounts = workspace.channelAccounts().load();
            ChannelSenders senders = workspace.channelAccounts().openSenders(accounts, List.of(DeliveryChannel.EMAIL));
            try (DeliveryEngine engine = workspace.sendingEngine(accounts, senders.byChannel(),
                    DeliverySettings.defaults().withRate(DeliveryChannel.EMAIL, RATE))) {
                engine.start();
                long hello = workspace.templates().templateNamed(SendingWorkspace.TEMPLATE).orElseThrow().id();
                long segment = workspace.segments().findByName(SendingWorkspace.SEGMENT).orElseThrow().id();
                SendJob job = workspace.sendJobs().createRun(new RunPlan("Crash run", CAMPAIGN, CAMPAIGN,
                        DeliveryChannel.EMAIL, segment, null, List.of(new RunTreatment("A", 40, hello, null, null),
                                new RunTreatment("B", 30, hello, 1, null),
                                new RunTreatment("C", 20, null, null, TemplateContent.parse(TemplateType.EMAIL,
                                        "{\"Subject\":\"Inline\",\"HtmlPart\":\"<p>x</p>\",\"TextPart\":\"x\"}"))),
                        10, Instant.now(), null, null, JobOptions.DEFAULTS,
                        new JobAccount(AccountRecord.of(accounts, DeliveryChannel.EMAIL), RATE)));
                System.out.println("Run " + job.id() + " created");
                engine.run(job.id());
                engine.await(job.id(), Duration.ofMinutes(10), progress -> { });
            } finally {
                senders.close();
            }
        }
    }
}
