package io.tidings.channel.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tidings.store.Database;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;

/**
 * Keeps the sandbox settings in the workspace file, as one JSON object:
 * {@code {"simulate": true, "rates": {"EMAIL_DELIVERED": 97.0, ...}}}. A rate not in the file takes
 * its standard value, so files written before a rate existed still read.
 */
public final class SandboxSettingsStore {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Database database;
    private final Clock clock;
    private final SandboxSettingsRepository repository = new SandboxSettingsRepository();

    public SandboxSettingsStore(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public SandboxSettingsStore(Database database) {
        this(database, Clock.systemUTC());
    }

    /**
     * The saved settings, or the defaults when none were saved.
     *
     * @throws IllegalStateException naming the field when the saved settings were changed by hand into
     *     something unusable
     */
    public SandboxSettings load() {
        return database.read(repository::settings).map(SandboxSettingsStore::parse).orElseGet(SandboxSettings::defaults);
    }

    public void save(SandboxSettings settings) {
        String json = write(settings);
        database.write(connection -> {
            repository.save(connection, json, clock.instant());
            return null;
        });
    }

    static String write(SandboxSettings settings) {
        ObjectNode root = JSON.createObjectNode();
        root.put("simulate", settings.simulate());
        ObjectNode rates = root.putObject("rates");
        settings.rates().forEach((rate, value) -> rates.put(rate.name(), value));
        return root.toString();
    }

    static SandboxSettings parse(String json) {
        try {
            JsonNode root = JSON.readTree(json);
            Map<SandboxRate, Double> rates = new EnumMap<>(SandboxRate.class);
            for (SandboxRate rate : SandboxRate.values()) {
                JsonNode value = root.path("rates").path(rate.name());
                if (value.isNumber()) {
                    rates.put(rate, value.asDouble());
                } else if (!value.isMissingNode()) {
                    throw new IllegalStateException("The sandbox settings in this workspace are not usable: "
                            + rate.label() + " is not a number.");
                }
            }
            return new SandboxSettings(root.path("simulate").asBoolean(true), rates);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The sandbox settings in this workspace are not JSON: "
                    + e.getOriginalMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The sandbox settings in this workspace are not usable: " + e.getMessage(), e);
        }
    }
}
