package io.tidings.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * One step of the workspace schema: version {@code version} is reached by running the SQL script
 * {@code migrations/NNN-name.sql} beside this class, then {@code step} when the change needs code
 * (columns named after data, say), in the same transaction.
 */
public record Migration(int version, String name, Step step) {

    /** The part of a migration that SQL alone cannot write. */
    @FunctionalInterface
    public interface Step {
        void run(Connection connection) throws SQLException;
    }

    public Migration(int version, String name) {
        this(version, name, null);
    }

    public String resourceName() {
        return "migrations/%03d-%s.sql".formatted(version, name);
    }
}
