package io.tidings.audience;

import io.tidings.segment.ImportedSegmentRepository;
import io.tidings.work.Progress;
import io.tidings.workspace.Workspace;
import io.tidings.workspace.WorkspaceService;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A fresh workspace in a temporary folder, with shortcuts to import and export files. */
final class AudienceFixture implements AutoCloseable {

    final Path folder;
    final Workspace workspace;
    final AudienceImport importer;
    final AudienceExport exporter;

    AudienceFixture(Path folder, String name, int batchRows) {
        this.folder = folder;
        this.workspace = new WorkspaceService().create(folder.resolve(name + ".tidings"), name);
        this.importer = new AudienceImport(workspace.database(), new ImportedSegmentRepository(), () -> "US", batchRows, false);
        this.exporter = new AudienceExport(workspace.database());
    }

    Path file(String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
    }

    ImportResult importFile(Path file, ErrorPolicy policy) {
        return importer.run(new ImportRequest(file, null, null, policy, null, null), Progress.NONE);
    }

    ImportResult importCsv(String content) throws IOException {
        return importFile(file("audience.csv", content), ErrorPolicy.SKIP_BAD_ROWS);
    }

    Path export(ExportFormat format, ExportScope scope, String name) {
        Path out = folder.resolve(name);
        exporter.run(new ExportRequest(format, scope, out), Progress.NONE);
        return out;
    }

    /** The endpoint table's own indexes, by name (not SQLite's automatic one for the unique id). */
    List<String> endpointIndexes() {
        return workspace.database().read(connection -> {
            List<String> names = new ArrayList<>();
            try (var statement = connection.createStatement();
                    var rows = statement.executeQuery("SELECT name FROM sqlite_schema WHERE type = 'index'"
                            + " AND tbl_name = 'endpoint' AND name NOT LIKE 'sqlite_autoindex%' ORDER BY name")) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
            return names;
        });
    }

    /** Every endpoint of the workspace, by id, as the export reads them. */
    Map<String, Endpoint> endpoints() {
        return workspace.database().read(connection -> {
            Map<String, Endpoint> all = new TreeMap<>();
            try {
                StoredEndpoints stored = new StoredEndpoints(connection, new ExportScope.All());
                long after = 0;
                Map<Long, Endpoint> page;
                while (!(page = stored.page(after)).isEmpty()) {
                    for (var entry : page.entrySet()) {
                        all.put(entry.getValue().id(), entry.getValue());
                        after = entry.getKey();
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return all;
        });
    }

    Endpoint endpoint(String id) {
        return endpoints().get(id);
    }

    List<String> segmentMembers(String segment) {
        return workspace.database().read(connection -> {
            List<String> ids = new ArrayList<>();
            try (var query = connection.prepareStatement("""
                    SELECT e.id FROM segment_member m JOIN segment s ON s.id = m.segment_id
                    JOIN endpoint e ON e.key = m.endpoint_key WHERE s.name = ? ORDER BY e.id""")) {
                query.setString(1, segment);
                try (var rows = query.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getString(1));
                    }
                }
            }
            return ids;
        });
    }

    @Override
    public void close() {
        workspace.close();
    }
}
