package io.tidings.template;

import io.tidings.audience.ChannelType;
import io.tidings.audience.Endpoint;
import io.tidings.audience.EndpointDemographic;
import io.tidings.audience.EndpointLocation;
import io.tidings.audience.EndpointStatus;
import io.tidings.audience.EndpointUser;
import io.tidings.audience.OptOut;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Endpoints and templates the template tests share. */
final class Templates {

    private Templates() {
    }

    static Endpoint ada() {
        return new Endpoint("ep-ada", ChannelType.EMAIL, "ada@example.com", EndpointStatus.ACTIVE, OptOut.NONE,
                Instant.parse("2026-01-02T03:04:05Z"), Instant.parse("2026-01-01T00:00:00Z"), 7,
                Map.of("City", List.of("Lisbon"), "Interests", List.of("hiking", "camping", "kayaks"),
                        "RecommendationItems", List.of("tent-1", "boot-2"),
                        "Recommendations.Title", List.of("Trail tent", "Boots")),
                Map.of("Points", 42.0, "Orders", 3.5),
                new EndpointDemographic("2.1", "pt_PT", "Apple", "iPhone", "15", "iOS", "17.2", "Europe/Lisbon"),
                new EndpointLocation("Lisbon", "PT", 38.7, -9.1, "1100", "Lisboa"),
                new EndpointUser("user-ada", Map.of("FirstName", List.of("Ada"), "LastName", List.of("Lovelace"))));
    }

    static TemplateContent sms(String body) {
        return TemplateContent.empty(TemplateType.SMS).withField(TemplateFields.BODY, body);
    }
}
