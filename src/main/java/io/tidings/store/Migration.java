package io.tidings.store;

/**
 * One step of the workspace schema: version {@code version} is reached by running the SQL script
 * {@code migrations/NNN-name.sql} beside this class.
 */
public record Migration(int version, String name) {

    public String resourceName() {
        return "migrations/%03d-%s.sql".formatted(version, name);
    }
}
