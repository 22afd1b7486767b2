package io.tidings.channel.accounts;

import io.tidings.channel.ChannelSender;
import io.tidings.channel.ChannelSender.ConnectionCheck;
import io.tidings.channel.DeliveryChannel;
import io.tidings.channel.sms.SmsFeedback;
import io.tidings.store.Database;
import java.time.Clock;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The workspace's channel accounts: load, check, save, test a connection, and open the engine's adapters.
 * Every method may block (the database, a provider); call them off the JavaFX thread.
 */
public final class ChannelAccountService {

    private final Database database;
    private final Function<DeliveryChannel, ChannelSender> sandbox;
    private final SmsFeedback smsFeedback;
    private final UnaryOperator<String> environment;
    private final Supplier<String> webhookSecret;
    private final Clock clock;
    private final ChannelAccountRepository repository = new ChannelAccountRepository();
    private final List<Runnable> savedListeners = new CopyOnWriteArrayList<>();

    /**
     * @param sandbox the sandbox's sender for a channel, for the channels without a provider account
     * @param smsFeedback where SMS adapters hand what the provider reports (receipts, inbound keywords)
     * @param environment reads the environment variables {@code env:} secrets name ({@code System::getenv})
     * @param webhookSecret the workspace's webhook secret, which signs custom messages' calls
     */
    public ChannelAccountService(Database database, Function<DeliveryChannel, ChannelSender> sandbox,
            SmsFeedback smsFeedback, UnaryOperator<String> environment, Supplier<String> webhookSecret, Clock clock) {
        this.database = database;
        this.sandbox = sandbox;
        this.smsFeedback = smsFeedback;
        this.environment = environment;
        this.webhookSecret = webhookSecret;
        this.clock = clock;
    }

    /** The stored accounts; {@link ChannelAccounts#SANDBOX} when none were saved. */
    public ChannelAccounts load() {
        Map<DeliveryChannel, String> rows = database.read(repository::rows);
        return ChannelAccountsJson.parse("The workspace's channel accounts", rows);
    }

    /** Everything wrong with {@code accounts}, each with its JSON path; reads no secret and connects nowhere. */
    public List<AccountProblem> validate(ChannelAccounts accounts) {
        return accounts.problems();
    }

    /**
     * Stores {@code accounts} in place of the stored ones.
     *
     * @throws InvalidAccountsException with every problem; nothing is written then
     */
    public void save(ChannelAccounts accounts) {
        List<AccountProblem> problems = accounts.problems();
        if (!problems.isEmpty()) {
            throw new InvalidAccountsException("The channel accounts were not saved", problems);
        }
        Map<DeliveryChannel, String> rows = new EnumMap<>(DeliveryChannel.class);
        accounts.channels().keySet().forEach(channel -> rows.put(channel, ChannelAccountsJson.write(accounts, channel)));
        database.write(connection -> {
            repository.replace(connection, rows, clock.instant());
            return null;
        });
        savedListeners.forEach(Runnable::run);
    }

    /** Runs {@code listener} on the saving thread after each save, such as to reopen the app's adapters. */
    public void whenSaved(Runnable listener) {
        savedListeners.add(listener);
    }

    /** Connects to {@code channel}'s provider and logs in, sending nothing (the Settings screen's Test button). */
    public ConnectionCheck testConnection(ChannelAccounts accounts, DeliveryChannel channel) {
        try (ChannelSenders senders = openSenders(accounts, List.of(channel))) {
            ChannelSender sender = senders.byChannel().get(channel);
            return sender.testConnection();
        } catch (InvalidAccountsException wrong) {
            return new ConnectionCheck(false, String.join(" ", wrong.problems().stream()
                    .map(AccountProblem::describe).toList()));
        }
    }

    /**
     * The adapters for {@code channels}, for a {@code DeliveryEngine}; the caller closes them after the engine.
     *
     * @throws InvalidAccountsException when a value is wrong or a secret cannot be read
     */
    public ChannelSenders openSenders(ChannelAccounts accounts, Collection<DeliveryChannel> channels) {
        return ChannelSenders.open(accounts, channels, sandbox,
                new SenderContext(accounts.email(), environment, clock, smsFeedback, webhookSecret));
    }
}
