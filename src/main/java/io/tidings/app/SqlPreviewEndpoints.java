package io.tidings.app;

import io.tidings.audience.AudienceFilter;
import io.tidings.audience.AudienceService;
import io.tidings.audience.Endpoint;
import io.tidings.store.Database;
import io.tidings.template.EndpointChoice;
import io.tidings.template.PreviewEndpoints;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * TEMPORARY: the template editor's endpoints. Search and whole endpoints go through
 * {@link AudienceService}; the workspace's attribute names are read here with SQL because the
 * audience service does not offer them yet. Replace with an adapter over AudienceService (and an
 * {@code attributeNames()} there) when the audience work is merged.
 */
final class SqlPreviewEndpoints implements PreviewEndpoints {

    private final AudienceService audience;
    private final Database database;

    SqlPreviewEndpoints(AudienceService audience, Database database) {
        this.audience = audience;
        this.database = database;
    }

    @Override
    public List<EndpointChoice> search(String text, int limit) {
        return audience.page(new AudienceFilter(text, null, null), Long.MIN_VALUE, limit).stream()
                .map(row -> new EndpointChoice(row.id(), row.address(), row.channelType().name(), row.userId()))
                .toList();
    }

    @Override
    public Optional<Endpoint> endpoint(String id) {
        return audience.endpoint(id);
    }

    @Override
    public Set<String> knownFieldPaths() {
        return database.read(connection -> {
            Set<String> paths = new TreeSet<>();
            try (var statement = connection.createStatement();
                    var rows = statement.executeQuery("SELECT scope, name FROM attribute_name")) {
                while (rows.next()) {
                    String prefix = switch (rows.getString(1)) {
                        case "USER_ATTRIBUTE" -> "User.UserAttributes.";
                        case "METRIC" -> "Metrics.";
                        default -> "Attributes.";
                    };
                    paths.add(prefix + rows.getString(2));
                }
            }
            return paths;
        });
    }
}
