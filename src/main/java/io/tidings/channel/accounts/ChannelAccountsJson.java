package io.tidings.channel.accounts;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tidings.channel.DeliveryChannel;
import io.tidings.work.JsonErrors;
import io.tidings.work.Quote;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Channel accounts as JSON: the shape of a {@code --settings} file, and of each channel's stored row.
 * <pre>
 * {"email": {"provider": "smtp", "ratePerSecond": 50, "fromAddress": "news@example.com", "fromName": "News",
 *            "trackingBaseUrl": "https://links.example.com",
 *            "smtp": {"host": "smtp.example.com", "port": 587, "security": "starttls",
 *                     "username": "news", "password": "env:SMTP_PASSWORD"}},
 *  "sms": {"provider": "sandbox"},
 *  "push": {"provider": ["apns", "fcm"], "apns": {...}, "fcm": {...}}}
 * </pre>
 * {@code provider} names one provider, or a list of providers that send the channel together (push through APNs
 * and FCM, each endpoint to the service of its channel type).
 * Every problem is reported with its JSON path ({@code email.smtp.port}).
 */
public final class ChannelAccountsJson {

    /** The key of a channel's provider name (or list of names). */
    public static final String PROVIDER = "provider";
    /** The key of a channel's rate limit, a number of messages a second. */
    public static final String RATE = "ratePerSecond";
    public static final String FROM_ADDRESS = "fromAddress";
    public static final String FROM_NAME = "fromName";
    public static final String TRACKING_BASE_URL = "trackingBaseUrl";
    /** The keys of the email channel's own settings, beside its provider's section. */
    public static final List<String> EMAIL_KEYS = List.of(FROM_ADDRESS, FROM_NAME, TRACKING_BASE_URL);

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
            .build();

    private ChannelAccountsJson() {
    }

    /**
     * Reads settings JSON and checks every value.
     *
     * @param source what the text is, for messages (a file name)
     * @throws InvalidAccountsException listing every problem with its JSON path
     */
    public static ChannelAccounts read(String source, String json) {
        return read(source, json, UnaryOperator.identity());
    }

    /**
     * Reads settings JSON, changes it with {@code adjust} (what a command line option adds to the file), and
     * checks every value.
     */
    public static ChannelAccounts read(String source, String json, UnaryOperator<ChannelAccounts> adjust) {
        ChannelAccounts accounts = adjust.apply(parse(source, json));
        List<AccountProblem> problems = accounts.problems();
        if (!problems.isEmpty()) {
            throw new InvalidAccountsException(source, problems);
        }
        return accounts;
    }

    /** Reads the shape of settings JSON without checking the values; throws on what does not fit the shape. */
    static ChannelAccounts parse(String source, String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "JSON"
                    : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw new InvalidAccountsException(source, List.of(new AccountProblem(where,
                    "this is not valid JSON (" + JsonErrors.syntax(e) + ").")));
        }
        return fromTree(source, root);
    }

    /** Reads stored rows: each channel's JSON object. */
    static ChannelAccounts parse(String source, Map<DeliveryChannel, String> channelRows) {
        ObjectNode root = JSON.createObjectNode();
        List<AccountProblem> problems = new ArrayList<>();
        channelRows.forEach((channel, row) -> {
            try {
                root.set(ChannelAccounts.section(channel), JSON.readTree(row));
            } catch (JsonProcessingException e) {
                problems.add(new AccountProblem(ChannelAccounts.section(channel), "the stored account is damaged ("
                        + e.getOriginalMessage() + ")."));
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidAccountsException(source, problems);
        }
        return fromTree(source, root);
    }

    /** The whole settings document, as a {@code --settings} file holds it. */
    public static String write(ChannelAccounts accounts) {
        ObjectNode root = JSON.createObjectNode();
        accounts.channels().keySet().forEach(channel ->
                root.set(ChannelAccounts.section(channel), channelNode(accounts, channel)));
        return text(root);
    }

    /** One channel's object, as its stored row holds it. */
    static String write(ChannelAccounts accounts, DeliveryChannel channel) {
        return text(channelNode(accounts, channel));
    }

    private static ObjectNode channelNode(ChannelAccounts accounts, DeliveryChannel channel) {
        ChannelAccount account = accounts.account(channel);
        ObjectNode node = JSON.createObjectNode();
        Map<String, ProviderAccount> sections = account.isSandbox() ? Map.of() : Providers.sections(account.provider());
        if (sections.size() > 1) {
            sections.keySet().forEach(node.putArray(PROVIDER)::add);
        } else {
            node.put(PROVIDER, account.providerName());
        }
        if (account.ratePerSecond() != null) {
            node.put(RATE, account.ratePerSecond());
        }
        if (channel == DeliveryChannel.EMAIL) {
            EmailSettings email = accounts.email();
            putIfSet(node, FROM_ADDRESS, email.fromAddress());
            putIfSet(node, FROM_NAME, email.fromName());
            putIfSet(node, TRACKING_BASE_URL, email.trackingBaseUrl());
        }
        sections.forEach((name, section) -> node.set(name, JSON.valueToTree(section)));
        return node;
    }

    private static void putIfSet(ObjectNode node, String key, String value) {
        if (value != null) {
            node.put(key, value);
        }
    }

    private static String text(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Channel accounts cannot be written as JSON", e);
        }
    }

    private static ChannelAccounts fromTree(String source, JsonNode root) {
        List<AccountProblem> problems = new ArrayList<>();
        if (!root.isObject()) {
            throw new InvalidAccountsException(source, List.of(new AccountProblem("JSON",
                    "the settings must be one JSON object with the keys email, sms, push and voice.")));
        }
        Map<DeliveryChannel, ChannelAccount> channels = new EnumMap<>(DeliveryChannel.class);
        EmailSettings email = EmailSettings.NONE;
        for (Map.Entry<String, JsonNode> field : root.properties()) {
            DeliveryChannel channel = channelNamed(field.getKey());
            if (channel == null) {
                problems.add(new AccountProblem(field.getKey(), "not a channel: the settings hold email, sms, push and voice."));
                continue;
            }
            ChannelReader reader = new ChannelReader(channel, field.getValue(), problems);
            channels.put(channel, reader.account());
            if (channel == DeliveryChannel.EMAIL) {
                email = reader.emailSettings();
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidAccountsException(source, problems);
        }
        return new ChannelAccounts(channels, email);
    }

    private static DeliveryChannel channelNamed(String key) {
        return Arrays.stream(DeliveryChannel.values())
                .filter(channel -> ChannelAccounts.section(channel).equals(key)).findFirst().orElse(null);
    }

    /** Reads one channel's object, adding what is wrong to {@code problems}. */
    private static final class ChannelReader {

        private final DeliveryChannel channel;
        private final String section;
        private final JsonNode node;
        private final List<AccountProblem> problems;

        ChannelReader(DeliveryChannel channel, JsonNode node, List<AccountProblem> problems) {
            this.channel = channel;
            this.section = ChannelAccounts.section(channel);
            this.node = node;
            this.problems = problems;
        }

        ChannelAccount account() {
            if (!node.isObject()) {
                problems.add(new AccountProblem(section, "must be an object such as {\"provider\": \"sandbox\"}."));
                return ChannelAccount.sandbox(channel);
            }
            List<String> providers = providerNames();
            checkKeys(providers);
            ProviderAccount account = null;
            if (providers != null && !providers.isEmpty()) {
                Map<String, ProviderAccount> sections = new LinkedHashMap<>();
                for (String provider : providers) {
                    ProviderAccount section = providerAccount(provider);
                    if (section != null) {
                        sections.put(provider, section);
                    }
                }
                if (sections.size() == providers.size()) {
                    account = Providers.together(channel, sections);
                }
            }
            return new ChannelAccount(channel, account, rate());
        }

        EmailSettings emailSettings() {
            return node.isObject()
                    ? new EmailSettings(text(FROM_ADDRESS), text(FROM_NAME), text(TRACKING_BASE_URL))
                    : EmailSettings.NONE;
        }

        /** The providers chosen (none for the sandbox), or null when the choice is missing or wrong. */
        private List<String> providerNames() {
            JsonNode value = node.get(PROVIDER);
            List<String> choices = new ArrayList<>(List.of(Providers.SANDBOX));
            Providers.choices(channel).forEach(choice -> choices.add(choice.size() == 1 ? choice.get(0)
                    : choice.stream().map(name -> "\"" + name + "\"").collect(Collectors.joining(", ", "[", "]"))));
            String choose = "choose one of " + String.join(", ", choices) + ".";
            if (value != null && value.isTextual()) {
                String name = value.asText();
                if (name.equals(Providers.SANDBOX)) {
                    return List.of();
                }
                if (Providers.named(channel, name).isEmpty()) {
                    problems.add(new AccountProblem(section + "." + PROVIDER,
                            Quote.of(name) + " cannot send " + section + "; " + choose));
                    return null;
                }
                return List.of(name);
            }
            if (value != null && value.isArray()) {
                List<String> names = new ArrayList<>();
                value.forEach(name -> names.add(name.asText()));
                if (Providers.choices(channel).stream().noneMatch(choice -> Set.copyOf(choice).equals(Set.copyOf(names))
                        && choice.size() == names.size())) {
                    problems.add(new AccountProblem(section + "." + PROVIDER,
                            value + " cannot send " + section + " together; " + choose));
                    return null;
                }
                return names;
            }
            problems.add(new AccountProblem(section + "." + PROVIDER, "missing: " + choose));
            return null;
        }

        private void checkKeys(List<String> providers) {
            for (Iterator<String> keys = node.fieldNames(); keys.hasNext(); ) {
                String key = keys.next();
                boolean known = key.equals(PROVIDER) || key.equals(RATE)
                        || channel == DeliveryChannel.EMAIL && EMAIL_KEYS.contains(key);
                if (known) {
                    continue;
                }
                if (Providers.named(channel, key).isPresent()) {
                    if (providers != null && !providers.contains(key)) {
                        problems.add(new AccountProblem(section + "." + key, "given, but the provider is "
                                + node.get(PROVIDER) + ": set \"provider\": \"" + key + "\" to use it, or remove this section."));
                    }
                    continue;
                }
                problems.add(new AccountProblem(section + "." + key, "not a setting of " + section + " (known: "
                        + knownKeys() + ")."));
            }
        }

        private String knownKeys() {
            List<String> keys = new ArrayList<>(List.of(PROVIDER, RATE));
            if (channel == DeliveryChannel.EMAIL) {
                keys.addAll(List.of(FROM_ADDRESS, FROM_NAME, TRACKING_BASE_URL));
            }
            Providers.of(channel).forEach(provider -> keys.add(provider.name()));
            return String.join(", ", keys);
        }

        private ProviderAccount providerAccount(String provider) {
            String path = section + "." + provider;
            JsonNode details = node.get(provider);
            if (details == null || !details.isObject()) {
                problems.add(new AccountProblem(path, "missing: the " + provider + " account's settings, as an object."));
                return null;
            }
            try {
                return JSON.treeToValue(details, Providers.named(channel, provider).orElseThrow().account());
            } catch (JsonMappingException e) {
                problems.add(new AccountProblem(path + pathOf(e), describe(e)));
            } catch (JsonProcessingException e) {
                problems.add(new AccountProblem(path, e.getOriginalMessage()));
            }
            return null;
        }

        private Double rate() {
            JsonNode value = node.get(RATE);
            if (value == null || value.isNull()) {
                return null;
            }
            if (!value.isNumber()) {
                problems.add(new AccountProblem(section + "." + RATE, "must be a number of messages a second, not " + value + "."));
                return null;
            }
            return value.asDouble();
        }

        private String text(String key) {
            JsonNode value = node.get(key);
            if (value == null || value.isNull()) {
                return null;
            }
            if (!value.isTextual()) {
                problems.add(new AccountProblem(section + "." + key, "must be text, not " + value + "."));
                return null;
            }
            return value.asText();
        }
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            path.append(reference.getFieldName() != null ? "." + reference.getFieldName() : "[" + reference.getIndex() + "]");
        }
        return path.toString();
    }

    private static String describe(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "not a setting Tidings knows here (known: " + unknown.getKnownPropertyIds().stream()
                    .map(Object::toString).sorted().collect(Collectors.joining(", ")) + ").";
        }
        if (e instanceof ValueInstantiationException invalid && invalid.getCause() != null) {
            return invalid.getCause().getMessage();
        }
        if (e instanceof InvalidFormatException format) {
            return Quote.of(String.valueOf(format.getValue())) + " is not " + kind(format.getTargetType()) + ".";
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "must be " + kind(mismatch.getTargetType()) + ".";
        }
        return e.getOriginalMessage();
    }

    private static String kind(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants())
                    .map(constant -> constant.toString().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class) {
            return "a number";
        }
        if (type == String.class || type == Secret.class) {
            return "text";
        }
        return "a " + type.getSimpleName();
    }
}
