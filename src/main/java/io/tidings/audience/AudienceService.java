package io.tidings.audience;

import io.tidings.store.Database;
import java.util.List;

/** The audience of one workspace: its endpoints and users. */
public final class AudienceService {

    private final Database database;
    private final AudienceRepository repository = new AudienceRepository();

    public AudienceService(Database database) {
        this.database = database;
    }

    /** Adds endpoints that are not yet in the workspace, all or none. */
    public void addEndpoints(List<Endpoint> endpoints) {
        database.write(connection -> {
            repository.insert(connection, endpoints);
            return null;
        });
    }

    public AudienceSummary summary() {
        return database.read(repository::summary);
    }
}
