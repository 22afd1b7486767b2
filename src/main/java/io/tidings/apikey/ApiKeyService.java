package io.tidings.apikey;

import io.tidings.store.Database;
import io.tidings.work.Quote;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workspace's application id, its API keys, and the secret that signs the generic delivery-receipt webhook.
 * A key's secret is returned once, by {@link #create}; afterwards it is only opened to check a request. Revoking a
 * key stops it at once, in every process that has the workspace open: each request reads the key's row. Safe for
 * concurrent use.
 */
public final class ApiKeyService {

    /** The longest name a key may have. */
    public static final int NAME_LENGTH = 100;

    private static final Logger LOG = LoggerFactory.getLogger(ApiKeyService.class);
    private static final String APPLICATION_ID = "application_id";
    private static final String WEBHOOK_SECRET = "webhook_secret_sealed";
    private static final String ID_PREFIX = "TDK";
    private static final char[] ID_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();
    private static final int ID_LENGTH = 20;
    private static final int SECRET_BYTES = 30;
    // "Last used" is for people: written once a minute a key at most, not on every request.
    private static final Duration USE_RESOLUTION = Duration.ofMinutes(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Database database;
    private final SealingKey sealingKey;
    private final Clock clock;
    private final ApiKeyRepository repository = new ApiKeyRepository();
    private final Map<String, Instant> lastUseWritten = new ConcurrentHashMap<>();
    private volatile String applicationId;

    public ApiKeyService(Database database, SealingKey sealingKey, Clock clock) {
        this.database = database;
        this.sealingKey = sealingKey;
        this.clock = clock;
    }

    /** The workspace's Pinpoint-style application id: 32 lowercase hexadecimal characters, made with the workspace. */
    public String applicationId() {
        String known = applicationId;
        if (known == null) {
            known = database.read(connection -> repository.setting(connection, APPLICATION_ID)).orElseThrow(
                    () -> new IllegalStateException("The workspace has no application id; its migration 17 did not run."));
            applicationId = known;
        }
        return known;
    }

    /**
     * Makes a key; its secret is in the result and nowhere else in clear.
     *
     * @param name what the key is for, such as "Android app"; null or blank for "API key"
     */
    public NewApiKey create(String name) {
        String keyName = name == null || name.isBlank() ? "API key" : name.strip();
        if (keyName.length() > NAME_LENGTH) {
            throw new IllegalArgumentException("The key's name has " + keyName.length() + " characters; at most "
                    + NAME_LENGTH + " fit.");
        }
        String secret = Base64.getEncoder().encodeToString(randomBytes(SECRET_BYTES));
        ApiKey key = new ApiKey(newAccessKeyId(), keyName, clock.instant(), null, null);
        byte[] sealed = sealingKey.seal(secret.getBytes(StandardCharsets.UTF_8), context(key.accessKeyId()));
        database.write(connection -> {
            repository.insert(connection, key, hash(secret), sealed);
            return null;
        });
        LOG.info("Created API key {} ({})", key.accessKeyId(), Quote.of(keyName));
        return new NewApiKey(key, secret);
    }

    /** Every key, revoked ones too, oldest first. */
    public List<ApiKey> list() {
        return database.read(repository::list);
    }

    /**
     * Revokes the key: from now on no request authenticates with it. Revoking a revoked key changes nothing.
     *
     * @throws IllegalArgumentException when the workspace has no such key
     */
    public ApiKey revoke(String accessKeyId) {
        ApiKey revoked = database.write(connection -> {
            if (repository.byId(connection, accessKeyId).isEmpty()) {
                throw new IllegalArgumentException("This workspace has no API key " + Quote.of(accessKeyId)
                        + "; 'apikey list' shows its keys.");
            }
            repository.revoke(connection, accessKeyId, clock.instant());
            return repository.byId(connection, accessKeyId).orElseThrow().key();
        });
        LOG.info("Revoked API key {}", accessKeyId);
        return revoked;
    }

    /**
     * The id and secret of an active key, to check a signature made with it; empty when the workspace has no such
     * key or it is revoked.
     *
     * @throws UnreadableSecretException when the secret was sealed on another computer
     */
    public Optional<SigningKey> signingKey(String accessKeyId) {
        Optional<ApiKeyRepository.StoredKey> stored = database.read(connection -> repository.byId(connection, accessKeyId));
        if (stored.isEmpty() || stored.get().key().revoked()) {
            return Optional.empty();
        }
        byte[] secret = sealingKey.open(stored.get().sealedSecret(), context(accessKeyId));
        return Optional.of(new SigningKey(accessKeyId, new String(secret, StandardCharsets.UTF_8)));
    }

    /** The key with this id, revoked or not. */
    public Optional<ApiKey> key(String accessKeyId) {
        return database.read(connection -> repository.byId(connection, accessKeyId)).map(ApiKeyRepository.StoredKey::key);
    }

    /** The active key whose secret this is (a Bearer token), if any. */
    public Optional<ApiKey> keyWithSecret(String secretAccessKey) {
        return database.read(connection -> repository.bySecretHash(connection, hash(secretAccessKey)))
                .map(ApiKeyRepository.StoredKey::key)
                .filter(key -> !key.revoked());
    }

    /** Notes that a request authenticated with the key now. */
    public void used(String accessKeyId) {
        Instant now = clock.instant();
        Instant written = lastUseWritten.get(accessKeyId);
        if (written != null && written.plus(USE_RESOLUTION).isAfter(now)) {
            return;
        }
        lastUseWritten.put(accessKeyId, now);
        database.write(connection -> {
            repository.used(connection, accessKeyId, now);
            return null;
        });
    }

    /**
     * Why the workspace's keys cannot be used on this computer (their secrets were sealed with another key file),
     * or empty when they can, or there are none.
     */
    public Optional<String> unreadableReason() {
        Optional<ApiKeyRepository.StoredKey> active = database.read(repository::anyActive);
        if (active.isEmpty()) {
            return Optional.empty();
        }
        try {
            sealingKey.open(active.get().sealedSecret(), context(active.get().key().accessKeyId()));
            return Optional.empty();
        } catch (UnreadableSecretException unreadable) {
            return Optional.of(unreadable.getMessage() + " The API keys must be created again on this computer.");
        }
    }

    /** The secret that signs the generic webhook, made on first use. */
    public String webhookSecret() {
        Optional<String> sealed = database.read(connection -> repository.setting(connection, WEBHOOK_SECRET));
        if (sealed.isPresent()) {
            byte[] secret = sealingKey.open(Base64.getDecoder().decode(sealed.get()), webhookContext());
            return new String(secret, StandardCharsets.UTF_8);
        }
        return database.write(connection -> {
            Optional<String> madeMeanwhile = repository.setting(connection, WEBHOOK_SECRET);
            if (madeMeanwhile.isPresent()) {
                return new String(sealingKey.open(Base64.getDecoder().decode(madeMeanwhile.get()), webhookContext()),
                        StandardCharsets.UTF_8);
            }
            return storeWebhookSecret(connection);
        });
    }

    /** Replaces the webhook secret with a new one (the old one stops working); returns the new one. */
    public String renewWebhookSecret() {
        String secret = database.write(this::storeWebhookSecret);
        LOG.info("Made a new webhook secret");
        return secret;
    }

    private String storeWebhookSecret(Connection connection) throws SQLException {
        String secret = HexFormat.of().formatHex(randomBytes(32));
        byte[] sealed = sealingKey.seal(secret.getBytes(StandardCharsets.UTF_8), webhookContext());
        repository.putSetting(connection, WEBHOOK_SECRET, Base64.getEncoder().encodeToString(sealed));
        return secret;
    }

    private String context(String accessKeyId) {
        return "api-key:" + applicationId() + ":" + accessKeyId;
    }

    private String webhookContext() {
        return "webhook-secret:" + applicationId();
    }

    private static String newAccessKeyId() {
        StringBuilder id = new StringBuilder(ID_PREFIX);
        while (id.length() < ID_LENGTH) {
            id.append(ID_LETTERS[RANDOM.nextInt(ID_LETTERS.length)]);
        }
        return id.toString();
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every JDK has SHA-256.", impossible);
        }
    }
}
