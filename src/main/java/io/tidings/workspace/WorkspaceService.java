package io.tidings.workspace;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import io.tidings.store.AttributeColumns;
import io.tidings.store.Database;
import io.tidings.store.Migrations;
import io.tidings.store.SqliteFailures;
import io.tidings.store.StoreException;
import io.tidings.work.Quote;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Creates, opens and renames workspaces: one SQLite file each. */
public final class WorkspaceService {

    /** The extension of a workspace file. */
    public static final String EXTENSION = ".tidings";

    private static final int MAX_NAME_LENGTH = 100;
    private static final Logger LOG = LoggerFactory.getLogger(WorkspaceService.class);

    private final WorkspaceRepository repository = new WorkspaceRepository();

    /**
     * Creates a new workspace file at {@code file} named {@code name}. Refuses to touch a file
     * that already exists. A failure part-way removes what was written.
     */
    public Workspace create(Path file, String name) {
        String checkedName = checkName(name);
        Path target = file.toAbsolutePath().normalize();
        if (Files.exists(target)) {
            throw new WorkspaceException("A file already exists at " + target
                    + ". Choose another name or folder; Tidings never overwrites a file.");
        }
        createParentFolder(target);
        Database database = null;
        try {
            database = Database.open(target);
            Migrations.migrate(database);
            Instant createdAt = Instant.now();
            String id = UUID.randomUUID().toString();
            database.write(connection -> {
                repository.insert(connection, id, checkedName, createdAt);
                return null;
            });
            LOG.info("Created workspace '{}' at {}", checkedName, target);
            return new Workspace(database, readInfo(database));
        } catch (RuntimeException e) {
            if (database != null) {
                database.close();
            }
            deleteQuietly(target);
            if (e instanceof WorkspaceException) {
                throw e;
            }
            throw new WorkspaceException("Could not create a workspace at " + target + ": " + e.getMessage(), e);
        }
    }

    /**
     * Opens the workspace file at {@code file}, bringing an older schema up to date. A file that
     * is not a workspace, or comes from a newer Tidings, is refused and left unchanged. A file that
     * cannot be written (read-only, in a read-only folder, on a full disk) opens read-only.
     */
    public Workspace open(Path file) {
        Path target = file.toAbsolutePath().normalize();
        String readOnly = SqliteFailures.whyNotWritable(target);
        int version = WorkspaceFileCheck.check(target, readOnly != null);
        if (readOnly != null) {
            return openReadOnly(target, version, readOnly);
        }
        Database database = Database.open(target);
        try {
            int applied = Migrations.migrate(database);
            if (applied > 0) {
                LOG.info("Brought {} up to workspace format {}", target, Migrations.latestVersion());
            }
            if (database.read(AttributeColumns::indexesIncomplete)) {
                // An import into an empty audience that committed as it went was stopped before its end.
                LOG.info("Building the endpoint indexes of {}, which an import stopped before its end", target);
                database.write(connection -> {
                    AttributeColumns.completeIndexes(connection);
                    return null;
                });
            }
            return new Workspace(database, readInfo(database));
        } catch (RuntimeException e) {
            database.close();
            throw new WorkspaceException("Could not open " + target.getFileName() + ": " + e.getMessage(), e);
        }
    }

    private Workspace openReadOnly(Path target, int version, String why) {
        if (version < Migrations.latestVersion()) {
            throw new WorkspaceException(target.getFileName() + " was saved by an older version of Tidings and must be "
                    + "brought up to date before it opens, but " + why + ". Make it writable (or copy it to a folder "
                    + "you can write to) and open it again; the file was not changed.");
        }
        Database database = Database.openReadOnly(target, why);
        try {
            LOG.info("Opened {} read-only: {}", target, why);
            if (database.read(AttributeColumns::indexesIncomplete)) {
                LOG.info("{} lacks endpoint indexes an import stopped before building; reading without them", target);
            }
            return new Workspace(database, readInfo(database));
        } catch (RuntimeException e) {
            database.close();
            throw new WorkspaceException("Could not open " + target.getFileName() + ": " + e.getMessage(), e);
        }
    }

    /** Reads what a workspace file says about itself, without keeping it open. */
    public WorkspaceInfo inspect(Path file) {
        try (Workspace workspace = open(file)) {
            return workspace.info();
        }
    }

    /** Gives the workspace a new name; the file keeps its path. */
    public WorkspaceInfo rename(Workspace workspace, String newName) {
        String checkedName = checkName(newName);
        workspace.database().write(connection -> {
            repository.rename(connection, checkedName);
            return null;
        });
        WorkspaceInfo renamed = readInfo(workspace.database());
        workspace.replaceInfo(renamed);
        return renamed;
    }

    /**
     * Sets the region used for phone numbers written without a country code, as an ISO 3166
     * two-letter code that the phone number library knows (for example US, GB, DE).
     */
    public WorkspaceInfo setDefaultRegion(Workspace workspace, String region) {
        String code = region == null ? "" : region.strip().toUpperCase(Locale.ROOT);
        if (!PhoneNumberUtil.getInstance().getSupportedRegions().contains(code)) {
            throw new WorkspaceException(Quote.of(region) + " is not a region with phone numbers; use a two-letter "
                    + "country code such as US, GB or DE.");
        }
        workspace.database().write(connection -> {
            repository.setDefaultRegion(connection, code);
            return null;
        });
        WorkspaceInfo changed = readInfo(workspace.database());
        workspace.replaceInfo(changed);
        return changed;
    }

    /** A file name for a workspace called {@code name} inside {@code folder}, not yet taken. */
    public static Path suggestFile(Path folder, String name) {
        String slug = name.strip().toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{Alnum}]+", "-")
                .replaceAll("(^-+|-+$)", "");
        if (slug.isEmpty()) {
            slug = "workspace";
        }
        Path candidate = folder.resolve(slug + EXTENSION);
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = folder.resolve(slug + "-" + n + EXTENSION);
        }
        return candidate;
    }

    static String checkName(String name) {
        if (name == null || name.isBlank()) {
            throw new WorkspaceException("A workspace needs a name.");
        }
        String stripped = name.strip();
        if (stripped.length() > MAX_NAME_LENGTH) {
            throw new WorkspaceException("A workspace name can be at most " + MAX_NAME_LENGTH
                    + " characters; this one has " + stripped.length() + ".");
        }
        if (stripped.chars().anyMatch(Character::isISOControl)) {
            throw new WorkspaceException("A workspace name cannot contain line breaks or control characters.");
        }
        return stripped;
    }

    private WorkspaceInfo readInfo(Database database) {
        try {
            return database.read(connection -> repository.info(connection, database.file()));
        } catch (StoreException e) {
            throw new WorkspaceException("The workspace file is damaged: " + e.getMessage(), e);
        }
    }

    private static void createParentFolder(Path target) {
        try {
            Files.createDirectories(target.getParent());
        } catch (IOException e) {
            throw new WorkspaceException("Could not create the folder " + target.getParent() + ": " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path target) {
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
            try {
                Files.deleteIfExists(Path.of(target + suffix));
            } catch (IOException e) {
                LOG.warn("Could not remove {} after a failed create", target + suffix, e);
            }
        }
    }
}
