package io.tidings.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tidings.store.Database;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tracking server's settings, kept in the workspace ({@code workspace_setting} {@value #SETTING}, JSON). Until
 * they are first saved, the public base URL is the email settings' old {@code trackingBaseUrl}, so a workspace that
 * set one keeps its links; once saved, these settings alone say where links go.
 */
public final class ServerSettingsStore {

    static final String SETTING = "tracking_server";
    private static final Logger LOG = LoggerFactory.getLogger(ServerSettingsStore.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Database database;
    private final Supplier<String> formerTrackingBaseUrl;

    /** @param formerTrackingBaseUrl the email settings' {@code trackingBaseUrl}, or null */
    public ServerSettingsStore(Database database, Supplier<String> formerTrackingBaseUrl) {
        this.database = database;
        this.formerTrackingBaseUrl = formerTrackingBaseUrl;
    }

    public ServerSettings load() {
        String stored = database.read(connection -> {
            try (var query = connection.prepareStatement("SELECT value FROM workspace_setting WHERE key = ?")) {
                query.setString(1, SETTING);
                try (var rows = query.executeQuery()) {
                    return rows.next() ? rows.getString(1) : null;
                }
            }
        });
        if (stored == null) {
            return new ServerSettings(false, ServerSettings.DEFAULT_BIND_ADDRESS, ServerSettings.DEFAULT_PORT,
                    formerTrackingBaseUrl.get());
        }
        try {
            JsonNode json = JSON.readTree(stored);
            return new ServerSettings(json.path("enabled").asBoolean(false),
                    json.path("bindAddress").asText(ServerSettings.DEFAULT_BIND_ADDRESS),
                    json.path("port").asInt(ServerSettings.DEFAULT_PORT),
                    json.path("publicBaseUrl").isTextual() ? json.path("publicBaseUrl").asText() : null);
        } catch (JsonProcessingException e) {
            LOG.warn("The tracking server's settings in the workspace cannot be read; using the defaults until they "
                    + "are saved again: {}", e.getOriginalMessage());
            return ServerSettings.DEFAULTS;
        }
    }

    /**
     * Saves the settings.
     *
     * @throws IllegalArgumentException naming the first field at fault
     */
    public void save(ServerSettings settings) {
        if (!settings.problems().isEmpty()) {
            throw new IllegalArgumentException(settings.problems().values().iterator().next());
        }
        ObjectNode json = JSON.createObjectNode();
        json.put("enabled", settings.enabled());
        json.put("bindAddress", settings.bindAddress());
        json.put("port", settings.port());
        if (settings.publicBaseUrl() != null) {
            json.put("publicBaseUrl", settings.publicBaseUrl());
        }
        database.write(connection -> {
            try (var upsert = connection.prepareStatement("""
                    INSERT INTO workspace_setting (key, value) VALUES (?, ?)
                    ON CONFLICT (key) DO UPDATE SET value = excluded.value""")) {
                upsert.setString(1, SETTING);
                upsert.setString(2, json.toString());
                return upsert.executeUpdate();
            }
        });
    }
}
