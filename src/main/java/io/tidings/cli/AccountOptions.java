package io.tidings.cli;

import io.tidings.channel.DeliveryChannel;
import io.tidings.channel.accounts.ChannelAccount;
import io.tidings.channel.accounts.ChannelAccounts;
import io.tidings.channel.accounts.ChannelAccountsJson;
import io.tidings.channel.accounts.Secret;
import io.tidings.channel.accounts.SmtpAccount;
import io.tidings.channel.email.SmtpSecurity;
import io.tidings.work.FileErrors;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The channel accounts of one run: the workspace's, then the channels a {@code --settings} file names, then the
 * SMTP and From options. Nothing here is saved to the workspace unless the command says so.
 */
final class AccountOptions {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Option(names = "--settings", paramLabel = "FILE.json",
            description = "Channel accounts as JSON (the shape is in the README); each channel it names replaces "
                    + "the workspace's.")
    private Path settingsFile;

    @Option(names = "--smtp-host", paramLabel = "HOST", description = "Send email through this SMTP server.")
    private String smtpHost;

    @Option(names = "--smtp-port", paramLabel = "PORT",
            description = "The SMTP port (default: 25, 587 with starttls, 465 with smtps).")
    private Integer smtpPort;

    @Option(names = "--smtp-security", paramLabel = "none|starttls|smtps",
            description = "How the SMTP connection is protected (default: starttls).")
    private SmtpSecurity smtpSecurity;

    @Option(names = "--smtp-user", paramLabel = "USER", description = "Log in to the SMTP server as USER.")
    private String smtpUser;

    @Option(names = "--smtp-password-env", paramLabel = "VARIABLE",
            description = "Read the SMTP password from this environment variable.")
    private String smtpPasswordVariable;

    @Option(names = "--allow-plaintext-auth",
            description = "Log in to the SMTP server even with --smtp-security none, which sends the user name and "
                    + "password as plain text; kept with the account. Only for a server on a network you trust.")
    private boolean allowPlaintextAuth;

    @Option(names = "--smtp-connect-timeout", paramLabel = "SECONDS",
            description = "How long to wait for the SMTP server to take a connection (default: 10).")
    private Integer smtpConnectTimeout;

    @Option(names = "--smtp-read-timeout", paramLabel = "SECONDS",
            description = "How long to wait for the SMTP server's greeting and each answer (default: 30).")
    private Integer smtpReadTimeout;

    @Option(names = "--from", paramLabel = "ADDRESS", description = "The address email comes from.")
    private String fromAddress;

    @Option(names = "--from-name", paramLabel = "NAME", description = "The name shown beside the From address.")
    private String fromName;

    /** The channels whose account the settings file or the SMTP options give, after {@link #over}. */
    private final Set<DeliveryChannel> named = EnumSet.noneOf(DeliveryChannel.class);

    /** {@code stored} with the settings file and the options applied; checks nothing beyond the options' shape. */
    ChannelAccounts over(ChannelAccounts stored) {
        ChannelAccounts accounts = stored;
        if (settingsFile != null) {
            ChannelAccounts fromFile = ChannelAccountsJson.read(settingsFile.toString(), read(settingsFile),
                    this::withPlaintextAuthAllowed);
            named.addAll(fromFile.channels().keySet());
            accounts = accounts.overriddenBy(fromFile);
        }
        if (smtpHost != null || smtpPort != null || smtpSecurity != null || smtpUser != null
                || smtpPasswordVariable != null || smtpConnectTimeout != null || smtpReadTimeout != null) {
            named.add(DeliveryChannel.EMAIL);
            accounts = accounts.with(withSmtpOptions(accounts.account(DeliveryChannel.EMAIL)));
        }
        if (allowPlaintextAuth) {
            if (!(accounts.account(DeliveryChannel.EMAIL).provider() instanceof SmtpAccount)) {
                throw new ParameterException(spec.commandLine(), "--allow-plaintext-auth goes with an SMTP account "
                        + "(--smtp-host, the --settings file or the workspace's).");
            }
            accounts = withPlaintextAuthAllowed(accounts);
        }
        if (fromAddress != null || fromName != null) {
            accounts = accounts.withEmail(accounts.email().withFrom(fromAddress, fromName));
        }
        return accounts;
    }

    /** Whether the options give the channel's account (not only the email From), after {@link #over}. */
    boolean names(DeliveryChannel channel) {
        return named.contains(channel);
    }

    private ChannelAccount withSmtpOptions(ChannelAccount email) {
        SmtpAccount base = email.provider() instanceof SmtpAccount smtp ? smtp : null;
        if (base == null && smtpHost == null) {
            throw new ParameterException(spec.commandLine(), "The SMTP options need --smtp-host "
                    + "(or an SMTP account in the workspace or the --settings file).");
        }
        if (base == null) {
            base = new SmtpAccount(smtpHost, null, null, null, null, null);
        }
        return email.withProvider(new SmtpAccount(
                smtpHost != null ? smtpHost : base.host(),
                smtpPort != null ? smtpPort : base.port(),
                smtpSecurity != null ? smtpSecurity : base.security(),
                smtpUser != null ? smtpUser : base.username(),
                smtpPasswordVariable != null ? Secret.environment(smtpPasswordVariable) : base.password(),
                base.poolSize(), base.trustedCertificate(),
                smtpConnectTimeout != null ? smtpConnectTimeout : base.connectTimeoutSeconds(),
                smtpReadTimeout != null ? smtpReadTimeout : base.readTimeoutSeconds(),
                base.allowPlaintextAuth()));
    }

    /** With --allow-plaintext-auth, the SMTP account of {@code accounts} may log in without encryption. */
    private ChannelAccounts withPlaintextAuthAllowed(ChannelAccounts accounts) {
        ChannelAccount email = accounts.account(DeliveryChannel.EMAIL);
        if (!allowPlaintextAuth || !(email.provider() instanceof SmtpAccount smtp)) {
            return accounts;
        }
        return accounts.with(email.withProvider(smtp.withPlaintextAuthAllowed()));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("The settings file: " + FileErrors.whyUnreadable(file, e));
        }
    }
}
