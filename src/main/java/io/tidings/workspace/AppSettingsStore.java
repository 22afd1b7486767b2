package io.tidings.workspace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.tidings.work.WholeFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads and writes {@link AppSettings} as a small JSON file. Writes go to a temporary file that
 * then replaces the old one, so a crash mid-write never leaves a truncated settings file. A file
 * that cannot be read is set aside (never deleted) and the defaults are used.
 */
public final class AppSettingsStore {

    private static final Logger LOG = LoggerFactory.getLogger(AppSettingsStore.class);

    private final Path file;
    private final ObjectMapper json = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private volatile String problem;

    public AppSettingsStore(Path file) {
        this.file = file;
    }

    public synchronized AppSettings load() {
        if (!Files.exists(file)) {
            return AppSettings.DEFAULT;
        }
        try {
            AppSettings settings = json.readValue(file.toFile(), AppSettings.class);
            return settings == null ? AppSettings.DEFAULT : settings;
        } catch (IOException e) {
            Path setAside = file.resolveSibling(file.getFileName() + ".unreadable-"
                    + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
            problem = "Your settings file could not be read (" + firstLine(e) + "). It was kept as "
                    + setAside.getFileName() + " and the defaults are in use.";
            LOG.warn(problem, e);
            try {
                Files.move(file, setAside);
            } catch (IOException moveFailure) {
                LOG.warn("Could not set aside {}", file, moveFailure);
            }
            return AppSettings.DEFAULT;
        }
    }

    public synchronized void save(AppSettings settings) {
        try {
            Files.createDirectories(file.getParent());
            WholeFile.writeText(file, json.writeValueAsString(settings));
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("Could not save settings to {}", file, e);
        }
    }

    /** Why the last {@link #load()} fell back to the defaults, if it did. */
    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    private static String firstLine(IOException e) {
        String message = e instanceof JsonProcessingException processing ? processing.getOriginalMessage() : e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
    }
}
