package io.tidings.server.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.apikey.NewApiKey;
import io.tidings.audience.Endpoint;
import io.tidings.audience.OptOut;
import io.tidings.wiring.OpenedWorkspace;
import io.tidings.wiring.Wiring;
import io.tidings.workspace.AppDirectories;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.pinpoint.PinpointClient;
import software.amazon.awssdk.services.pinpoint.model.ChannelType;
import software.amazon.awssdk.services.pinpoint.model.EndpointDemographic;
import software.amazon.awssdk.services.pinpoint.model.EndpointLocation;
import software.amazon.awssdk.services.pinpoint.model.EndpointUser;
import software.amazon.awssdk.services.pinpoint.model.Event;
import software.amazon.awssdk.services.pinpoint.model.EventsBatch;
import software.amazon.awssdk.services.pinpoint.model.ItemResponse;
import software.amazon.awssdk.services.pinpoint.model.PublicEndpoint;

/**
 * PutEvents' Endpoint part, sent by the AWS SDK's own Pinpoint client over loopback HTTP, creates or updates the
 * endpoint in the audience as Pinpoint does; a wrong field is refused naming its JSON path and changes nothing.
 */
class PutEventsEndpointTest {

    @TempDir
    Path folder;

    private OpenedWorkspace workspace;
    private LoopbackServer server;
    private PinpointClient pinpoint;
    private String applicationId;

    @BeforeEach
    void start() throws Exception {
        workspace = new Wiring(Wiring.Host.COMMAND_LINE, new AppDirectories(folder.resolve("home")))
                .create(folder.resolve("endpoints.tidings"), "Endpoints");
        server = LoopbackServer.serving(workspace.ingestionRoutes());
        NewApiKey key = workspace.apiKeys().create("Phone app");
        applicationId = workspace.apiKeys().applicationId();
        pinpoint = PinpointClient.builder()
                .endpointOverride(URI.create("http://127.0.0.1:" + server.port()))
                .region(Region.EU_WEST_1)
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(key.accessKeyId(), key.secretAccessKey())))
                .build();
    }

    @AfterEach
    void stop() throws Exception {
        pinpoint.close();
        server.close();
        workspace.close();
    }

    private Map<String, ItemResponse> send(Map<String, PublicEndpoint> endpoints) {
        Map<String, EventsBatch> items = new java.util.HashMap<>();
        endpoints.forEach((id, endpoint) -> items.put(id, EventsBatch.builder().endpoint(endpoint)
                .events(Map.of("open-" + id, Event.builder().eventType("_session.start")
                        .timestamp(Instant.now().toString()).build()))
                .build()));
        return pinpoint.putEvents(request -> request.applicationId(applicationId)
                .eventsRequest(events -> events.batchItem(items))).eventsResponse().results();
    }

    private static PublicEndpoint.Builder phone() {
        return PublicEndpoint.builder().channelType(ChannelType.EMAIL).address("ana@example.com")
                .attributes(Map.of("Interests", List.of("shoes", "hats")))
                .user(EndpointUser.builder().userId("ana").userAttributes(Map.of("Plan", List.of("gold"))).build())
                .location(EndpointLocation.builder().country("FR").city("Lyon").latitude(45.76).longitude(4.83).build())
                .demographic(EndpointDemographic.builder().platform("ios").timezone("Europe/Paris").build());
    }

    @Test
    void aNewEndpointJoinsTheAudienceWithEveryPartAndItsEventsFindIt() {
        Map<String, ItemResponse> results = send(Map.of("phone-1", phone().build()));

        assertThat(results.get("phone-1").endpointItemResponse().statusCode()).isEqualTo(202);
        assertThat(results.get("phone-1").eventsItemResponse().get("open-phone-1").statusCode()).isEqualTo(202);
        Endpoint stored = workspace.audience().endpoint("phone-1").orElseThrow();
        assertThat(stored.channelType()).isEqualTo(io.tidings.audience.ChannelType.EMAIL);
        assertThat(stored.address()).isEqualTo("ana@example.com");
        assertThat(stored.optOut()).isEqualTo(OptOut.NONE);
        assertThat(stored.attributes()).containsEntry("Interests", List.of("shoes", "hats"));
        assertThat(stored.user().userId()).isEqualTo("ana");
        assertThat(stored.user().userAttributes()).containsEntry("Plan", List.of("gold"));
        assertThat(stored.location().country()).isEqualTo("FR");
        assertThat(stored.location().latitude()).isEqualTo(45.76);
        assertThat(stored.demographic().timezone()).isEqualTo("Europe/Paris");
        long eventsOfTheEndpoint = workspace.workspace().database().read(connection -> {
            try (var query = connection.prepareStatement("SELECT count(*) FROM event e JOIN endpoint p "
                    + "ON p.key = e.endpoint_key WHERE p.id = 'phone-1' AND e.event_type = '_session.start'");
                    var rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
        assertThat(eventsOfTheEndpoint).isEqualTo(1);
    }

    @Test
    void anUpdateChangesTheFieldsItGivesAndKeepsTheOthers() {
        send(Map.of("phone-1", phone().build()));

        Map<String, ItemResponse> results = send(Map.of("phone-1", PublicEndpoint.builder().optOut("ALL")
                .demographic(EndpointDemographic.builder().timezone("America/New_York").build())
                .attributes(Map.of("Interests", List.of("boots"))).build()));

        assertThat(results.get("phone-1").endpointItemResponse().statusCode()).isEqualTo(202);
        Endpoint stored = workspace.audience().endpoint("phone-1").orElseThrow();
        assertThat(stored.optOut()).isEqualTo(OptOut.ALL);
        assertThat(stored.demographic().timezone()).isEqualTo("America/New_York");
        assertThat(stored.demographic().platform()).isEqualTo("ios");
        assertThat(stored.attributes()).containsEntry("Interests", List.of("boots"));
        assertThat(stored.address()).isEqualTo("ana@example.com");
        assertThat(stored.user().userId()).isEqualTo("ana");
    }

    @Test
    void aWrongFieldIsNamedByItsJsonPathAndNothingOfThatEndpointIsWritten() {
        send(Map.of("phone-1", phone().build()));

        Map<String, ItemResponse> results = send(Map.of(
                "phone-1", PublicEndpoint.builder().address("not an address").optOut("ALL").build(),
                "phone-2", PublicEndpoint.builder().channelType("PIGEON").address("loft 3").build(),
                "phone-3", phone().address("carla@example.com").build()));

        ItemResponse first = results.get("phone-1");
        assertThat(first.endpointItemResponse().statusCode()).isEqualTo(400);
        assertThat(first.endpointItemResponse().message()).startsWith("BatchItem.phone-1.Endpoint.Address: ")
                .doesNotContain("Exception");
        assertThat(first.eventsItemResponse().get("open-phone-1").statusCode()).isEqualTo(202);
        assertThat(workspace.audience().endpoint("phone-1").orElseThrow().optOut()).isEqualTo(OptOut.NONE);
        assertThat(results.get("phone-2").endpointItemResponse().statusCode()).isEqualTo(400);
        assertThat(results.get("phone-2").endpointItemResponse().message())
                .contains("BatchItem.phone-2.Endpoint.ChannelType").contains("PIGEON");
        assertThat(workspace.audience().endpoint("phone-2")).isEmpty();
        assertThat(results.get("phone-3").endpointItemResponse().statusCode()).isEqualTo(202);
        assertThat(workspace.audience().endpoint("phone-3").orElseThrow().address()).isEqualTo("carla@example.com");
    }

    @Test
    void anEndpointWithNeitherChannelNorAddressKeepsItsEventsOutOfTheAudience() {
        Map<String, ItemResponse> results = send(Map.of("tablet-1", PublicEndpoint.builder()
                .user(EndpointUser.builder().userId("bo").build()).build()));

        assertThat(results.get("tablet-1").endpointItemResponse().statusCode()).isEqualTo(202);
        assertThat(results.get("tablet-1").endpointItemResponse().message())
                .contains("not in the audience: a new endpoint needs a ChannelType and an Address");
        assertThat(results.get("tablet-1").eventsItemResponse().get("open-tablet-1").statusCode()).isEqualTo(202);
        assertThat(workspace.audience().endpoint("tablet-1")).isEmpty();
    }
}
