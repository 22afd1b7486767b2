package io.tidings.channel.accounts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tidings.channel.DeliveryChannel;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A channel account as a send job keeps it: the channel's settings JSON without the secrets kept as values (a
 * password typed in stays out; {@code env:} and {@code file:} references, which are no secrets, stay in). Enough to
 * tell the account apart from another and, when nothing was left out, to send through it again.
 */
public final class AccountRecord {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CHANNEL = "channel";
    private static final String LEFT_OUT = "secretsLeftOut";

    /**
     * An account read back from a job.
     *
     * @param accounts the channel's account (with the email From, for email), without the secrets left out
     * @param secretsLeftOut the keys of the secrets that were not kept, such as "password"; empty when it is whole
     */
    public record Kept(DeliveryChannel channel, ChannelAccounts accounts, List<String> secretsLeftOut) {

        public ChannelAccount account() {
            return accounts.account(channel);
        }

        public boolean isWhole() {
            return secretsLeftOut.isEmpty();
        }
    }

    private AccountRecord() {
    }

    /** What a job keeps about the account {@code channel} sends through in {@code accounts}. */
    public static String of(ChannelAccounts accounts, DeliveryChannel channel) {
        ObjectNode section = (ObjectNode) tree(ChannelAccountsJson.write(accounts, channel));
        ArrayNode leftOut = JSON.createArrayNode();
        ChannelAccount account = accounts.account(channel);
        if (!account.isSandbox()) {
            Providers.sections(account.provider()).forEach((name, provider) -> {
                for (RecordComponent component : provider.getClass().getRecordComponents()) {
                    if (component.getType() == Secret.class && secret(provider, component) instanceof Secret kept
                            && !kept.isReference()) {
                        ((ObjectNode) section.get(name)).remove(component.getName());
                        leftOut.add(component.getName());
                    }
                }
            });
        }
        ObjectNode record = JSON.createObjectNode();
        record.set(CHANNEL, section);
        record.set(LEFT_OUT, leftOut);
        return record.toString();
    }

    /**
     * Reads back what {@link #of} wrote; checks nothing, as the account is only compared or, when whole, checked
     * as it opens.
     */
    public static Kept read(String recorded, DeliveryChannel channel) {
        JsonNode record = tree(recorded);
        ChannelAccounts accounts = ChannelAccountsJson.parse("the account kept with the job",
                Map.of(channel, record.path(CHANNEL).toString()));
        List<String> leftOut = new ArrayList<>();
        record.path(LEFT_OUT).forEach(key -> leftOut.add(key.asText()));
        return new Kept(channel, accounts, List.copyOf(leftOut));
    }

    /**
     * Why a job that kept {@code recorded} must not be sent through the channel's account in {@code current}, or
     * empty when it is the same account (or the job kept none).
     */
    public static Optional<String> otherThan(String recorded, DeliveryChannel channel, ChannelAccounts current) {
        if (recorded == null) {
            return Optional.empty();
        }
        ChannelAccount started = read(recorded, channel).account();
        ChannelAccount now = current.account(channel);
        if (same(started, now)) {
            return Optional.empty();
        }
        return Optional.of("this job sends " + ChannelAccounts.section(channel) + " through " + started.describe()
                + ", not " + now.describe() + ". Carry on with that account: set it up in Settings, or give it to "
                + "'tidings outbox resume'.");
    }

    /** Whether two accounts are the same provider's same account: same provider, same server, same user. */
    public static boolean same(ChannelAccount one, ChannelAccount other) {
        return one.providerName().equals(other.providerName()) && one.describe().equals(other.describe());
    }

    private static Object secret(ProviderAccount provider, RecordComponent component) {
        try {
            return component.getAccessor().invoke(provider);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + component.getName() + " of " + provider.describe(), e);
        }
    }

    private static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The account kept with the job is damaged (" + e.getOriginalMessage()
                    + ").", e);
        }
    }
}
