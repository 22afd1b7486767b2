package io.tidings.cli;

import io.tidings.audience.AudienceService;
import io.tidings.audience.ChannelType;
import io.tidings.audience.Endpoint;
import io.tidings.audience.EndpointLocation;
import io.tidings.audience.EndpointStatus;
import io.tidings.audience.EndpointUser;
import io.tidings.audience.OptOut;
import io.tidings.segment.SegmentDefinition;
import io.tidings.segment.SegmentDimensions;
import io.tidings.segment.SegmentDimensions.SetDimension;
import io.tidings.segment.SegmentService;
import io.tidings.store.Database;
import io.tidings.template.TemplateService;
import io.tidings.template.TemplateType;
import io.tidings.wiring.Wiring;
import io.tidings.workspace.Workspace;
import io.tidings.workspace.WorkspaceService;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A workspace file with email endpoints, an email template "Hello" and a segment "Everyone" holding them all. */
final class SendingWorkspace {

    static final String TEMPLATE = "Hello";
    static final String SEGMENT = "Everyone";

    private SendingWorkspace() {
    }

    /** Creates the workspace; the first {@code optedOut} endpoints have opted out of everything. */
    static Path create(Path file, int endpoints, int optedOut) {
        try (Workspace workspace = new WorkspaceService().create(file, "Sending")) {
            List<Endpoint> audience = new ArrayList<>();
            for (int index = 0; index < endpoints; index++) {
                String id = String.format("ep-%05d", index);
                audience.add(new Endpoint(id, ChannelType.EMAIL, address(index), EndpointStatus.ACTIVE,
                        index < optedOut ? OptOut.ALL : OptOut.NONE, Instant.now(), Instant.now(), Endpoint.cohortOf(id),
                        Map.of(), Map.of(), null, new EndpointLocation(null, "US", null, null, null, null),
                        new EndpointUser(userOf(index), Map.of())));
            }
            new AudienceService(workspace.database()).addEndpoints(audience);
            Wiring.templateService(workspace.database()).create(TEMPLATE, TemplateType.EMAIL, null,
                    "{\"Subject\":\"Hi {{Address}}\",\"HtmlPart\":\"<p>Hello</p>\",\"TextPart\":\"Hello\"}");
            new SegmentService(workspace.database()).create(SEGMENT, SegmentDefinition.of(new SegmentDimensions(null,
                    null, null, null, new SegmentDimensions.Location(
                            new SetDimension(SegmentDimensions.DimensionType.INCLUSIVE, List.of("US")), null), null)));
        }
        return file;
    }

    static String userOf(int index) {
        return String.format("user-%05d", index);
    }

    static String address(int index) {
        return String.format("ep-%05d@shop.example", index);
    }

    /** Each ledger row of the workspace's send jobs: its id and state. */
    static Map<Long, String> ledger(Path file) {
        try (Database database = Database.open(file)) {
            return database.read(connection -> {
                Map<Long, String> states = new LinkedHashMap<>();
                try (var query = connection.prepareStatement("SELECT id, state FROM outbox_message ORDER BY id");
                        var rows = query.executeQuery()) {
                    while (rows.next()) {
                        states.put(rows.getLong(1), rows.getString(2));
                    }
                }
                return states;
            });
        }
    }

    /** The rate kept with the workspace's first send job, or null. */
    static Double jobRate(Path file) {
        try (Database database = Database.open(file)) {
            return database.read(connection -> {
                try (var query = connection.prepareStatement("SELECT rate_per_second FROM send_job ORDER BY id LIMIT 1");
                        var rows = query.executeQuery()) {
                    rows.next();
                    double rate = rows.getDouble(1);
                    return rows.wasNull() ? null : rate;
                }
            });
        }
    }

    /** The state of the workspace's first send job. */
    static String firstJobState(Path file) {
        try (Database database = Database.open(file)) {
            return database.read(connection -> {
                try (var query = connection.prepareStatement("SELECT state FROM send_job ORDER BY id LIMIT 1");
                        var rows = query.executeQuery()) {
                    return rows.next() ? rows.getString(1) : null;
                }
            });
        }
    }
}
