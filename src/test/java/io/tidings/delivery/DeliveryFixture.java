package io.tidings.delivery;

import io.tidings.audience.AudienceService;
import io.tidings.audience.ChannelType;
import io.tidings.audience.Endpoint;
import io.tidings.audience.EndpointDemographic;
import io.tidings.audience.EndpointLocation;
import io.tidings.audience.EndpointStatus;
import io.tidings.audience.OptOut;
import io.tidings.segment.SegmentDefinition;
import io.tidings.segment.SegmentDimensions;
import io.tidings.segment.SegmentDimensions.SetDimension;
import io.tidings.segment.SegmentService;
import io.tidings.store.Database;
import io.tidings.template.TemplateService;
import io.tidings.template.TemplateType;
import io.tidings.wiring.Wiring;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds a workspace's audience, template and segment for sending tests. */
final class DeliveryFixture {

    static final String TEMPLATE = "Hello";
    static final String SEGMENT = "Everyone";

    private DeliveryFixture() {
    }

    static Endpoint endpoint(String id, ChannelType type, String address, EndpointStatus status, OptOut optOut) {
        return new Endpoint(id, type, address, status, optOut, Instant.now(), Instant.now(), Endpoint.cohortOf(id),
                Map.of(), Map.of(), null, new EndpointLocation(null, "US", null, null, null, null), null);
    }

    static Endpoint email(String id) {
        return endpoint(id, ChannelType.EMAIL, id + "@example.com", EndpointStatus.ACTIVE, OptOut.NONE);
    }

    /** An email endpoint whose Demographic.Timezone is {@code timezone} (null for none). */
    static Endpoint emailIn(String id, String timezone) {
        return new Endpoint(id, ChannelType.EMAIL, id + "@example.com", EndpointStatus.ACTIVE, OptOut.NONE,
                Instant.now(), Instant.now(), Endpoint.cohortOf(id), Map.of(), Map.of(),
                new EndpointDemographic(null, null, null, null, null, null, null, timezone),
                new EndpointLocation(null, "US", null, null, null, null), null);
    }

    static List<Endpoint> emails(int count) {
        List<Endpoint> endpoints = new ArrayList<>();
        for (int index = 0; index < count; index++) {
            endpoints.add(email(String.format("ep-%05d", index)));
        }
        return endpoints;
    }

    /** Adds the endpoints, an email template "Hello" and a segment "Everyone" holding every US endpoint. */
    static void workspace(Database database, List<Endpoint> endpoints) {
        new AudienceService(database).addEndpoints(endpoints);
        Wiring.templateService(database).create(TEMPLATE, TemplateType.EMAIL, null,
                "{\"Subject\":\"Hi {{Address}}\",\"HtmlPart\":\"<p>Hello</p>\",\"TextPart\":\"Hello\"}");
        new SegmentService(database).create(SEGMENT, SegmentDefinition.of(new SegmentDimensions(null, null, null, null,
                new SegmentDimensions.Location(new SetDimension(SegmentDimensions.DimensionType.INCLUSIVE, List.of("US")),
                        null), null)));
    }

    static long count(Database database, String sql) {
        return database.read(connection -> {
            try (var statement = connection.createStatement(); var rows = statement.executeQuery(sql)) {
                rows.next();
                return rows.getLong(1);
            } catch (SQLException e) {
                throw e;
            }
        });
    }

    static List<String> strings(Database database, String sql) {
        return database.read(connection -> {
            List<String> values = new ArrayList<>();
            try (var statement = connection.createStatement(); var rows = statement.executeQuery(sql)) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        });
    }
}
