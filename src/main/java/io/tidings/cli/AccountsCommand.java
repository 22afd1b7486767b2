package io.tidings.cli;

import io.tidings.channel.ChannelSender.ConnectionCheck;
import io.tidings.channel.DeliveryChannel;
import io.tidings.channel.accounts.ChannelAccount;
import io.tidings.channel.accounts.ChannelAccountService;
import io.tidings.channel.accounts.ChannelAccounts;
import io.tidings.channel.accounts.EmailSettings;
import io.tidings.wiring.OpenedWorkspace;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tidings accounts ...}: which provider each channel of a workspace sends through. */
@Command(name = "accounts", mixinStandardHelpOptions = true,
        description = "Show, save and test the channel accounts a workspace sends through (the sandbox by default).")
final class AccountsCommand {

    @Spec
    private CommandSpec spec;

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Print where each channel sends; never a secret.")
    int show(@Mixin WorkspaceOption workspaceOption) {
        try (OpenedWorkspace workspace = workspaceOption.open()) {
            print(workspace.channelAccounts().load());
        }
        return 0;
    }

    @Command(name = "save", mixinStandardHelpOptions = true,
            description = "Store the accounts a --settings file and the SMTP options give in the workspace "
                    + "(channels they do not name keep theirs).")
    int save(
            @Mixin WorkspaceOption workspaceOption,
            @Mixin AccountOptions accountOptions) {
        try (OpenedWorkspace workspace = workspaceOption.open()) {
            ChannelAccountService service = workspace.channelAccounts();
            ChannelAccounts accounts = accountOptions.over(service.load());
            service.save(accounts);
            spec.commandLine().getOut().println("Saved. The workspace now sends:");
            print(accounts);
        }
        return 0;
    }

    @Command(name = "test", mixinStandardHelpOptions = true,
            description = "Connect to each channel's provider and log in, sending nothing.")
    int test(
            @Mixin WorkspaceOption workspaceOption,
            @Option(names = "--channel", paramLabel = "email|sms|push|voice|custom",
                    description = "Test only this channel (default: every channel with an account).") DeliveryChannel channel,
            @Mixin AccountOptions accountOptions) {
        PrintWriter out = spec.commandLine().getOut();
        try (OpenedWorkspace workspace = workspaceOption.open()) {
            ChannelAccountService service = workspace.channelAccounts();
            ChannelAccounts accounts = accountOptions.over(service.load());
            List<DeliveryChannel> channels = channel != null ? List.of(channel)
                    : List.copyOf(accounts.channels().keySet());
            if (channels.isEmpty()) {
                out.println("Every channel sends to the sandbox: there is nothing to connect to.");
                return 0;
            }
            boolean allOk = true;
            for (DeliveryChannel each : channels) {
                ConnectionCheck check = service.testConnection(accounts, each);
                out.printf("%-6s  %-6s  %s%n", ChannelAccounts.section(each), check.ok() ? "ok" : "FAILED", check.message());
                allOk &= check.ok();
            }
            return allOk ? 0 : TidingsCommand.FAILED;
        }
    }

    private void print(ChannelAccounts accounts) {
        PrintWriter out = spec.commandLine().getOut();
        for (DeliveryChannel channel : DeliveryChannel.values()) {
            ChannelAccount account = accounts.account(channel);
            String rate = account.ratePerSecond() == null ? ""
                    : ", at most " + BigDecimal.valueOf(account.ratePerSecond()).stripTrailingZeros().toPlainString()
                            + " a second";
            out.printf("%-6s  %s%s%n", ChannelAccounts.section(channel), account.describe(), rate);
        }
        EmailSettings email = accounts.email();
        if (email.fromAddress() != null) {
            out.printf("%-6s  %s%n", "from", email.fromName() == null ? email.fromAddress()
                    : email.fromName() + " <" + email.fromAddress() + ">");
        }
        if (email.trackingBaseUrl() != null) {
            out.printf("%-6s  %s%n", "links", email.trackingBaseUrl());
        }
    }
}
