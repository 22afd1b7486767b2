package io.tidings.audience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tidings.workspace.Workspace;
import io.tidings.workspace.WorkspaceService;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving one edited endpoint, as the endpoint editor does: the same rules as an import. */
class EndpointEditingTest {

    @TempDir
    Path folder;

    private Workspace workspace;
    private AudienceService audience;

    @BeforeEach
    void workspace() {
        workspace = new WorkspaceService().create(folder.resolve("editing.tidings"), "Editing");
        audience = new AudienceService(workspace.database(), () -> "GB");
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private static Endpoint endpoint(String id, ChannelType channel, String address, String userId, Map<String, List<String>> attributes) {
        return new Endpoint(id, channel, address, EndpointStatus.ACTIVE, OptOut.NONE, Instant.parse("2026-01-01T00:00:00Z"),
                Instant.parse("2026-01-01T00:00:00Z"), Endpoint.cohortOf(id), attributes, Map.of(), null, null,
                new EndpointUser(userId, Map.of()));
    }

    @Test
    void savesAnEditNormalisingThePhoneNumberWithTheWorkspaceRegion() {
        audience.addEndpoints(List.of(endpoint("sms-1", ChannelType.SMS, "+447400123456", "u1", Map.of())));

        Endpoint saved = audience.saveEndpoint(endpoint("sms-1", ChannelType.SMS, "07400 123457", "u1",
                Map.of("Interests", List.of("running", "yoga"))));

        assertThat(saved.address()).isEqualTo("+447400123457");
        assertThat(saved.attributes().get("Interests")).containsExactly("running", "yoga");
        assertThat(audience.endpoint("sms-1").orElseThrow()).isEqualTo(saved);
    }

    @Test
    void refusesABadAddressNamingTheFieldAndChangesNothing() {
        audience.addEndpoints(List.of(endpoint("mail-1", ChannelType.EMAIL, "ann@example.com", "u1", Map.of())));

        assertThatThrownBy(() -> audience.saveEndpoint(endpoint("mail-1", ChannelType.EMAIL, "ann at example", "u1", Map.of())))
                .isInstanceOf(InvalidEndpointException.class)
                .satisfies(error -> assertThat(((InvalidEndpointException) error).problems())
                        .extracting(FieldProblem::field).containsExactly("Address"));
        assertThat(audience.endpoint("mail-1").orElseThrow().address()).isEqualTo("ann@example.com");
    }

    @Test
    void aUserCannotHaveMoreThanFifteenEndpoints() {
        List<Endpoint> fifteen = new java.util.ArrayList<>();
        for (int index = 1; index <= 15; index++) {
            fifteen.add(endpoint("full-" + index, ChannelType.EMAIL, "full" + index + "@example.com", "busy", Map.of()));
        }
        audience.addEndpoints(fifteen);
        audience.addEndpoints(List.of(endpoint("other", ChannelType.EMAIL, "other@example.com", "quiet", Map.of())));

        assertThatThrownBy(() -> audience.saveEndpoint(endpoint("other", ChannelType.EMAIL, "other@example.com", "busy", Map.of())))
                .hasMessageContaining("User.UserId: user busy already has 15 endpoints");
    }

    @Test
    void newAttributeNamesStopAtTwoHundredAndFifty() {
        Map<String, List<String>> many = new HashMap<>();
        for (int index = 0; index < 250; index++) {
            many.put("Attribute" + index, List.of("x"));
        }
        audience.addEndpoints(List.of(endpoint("wide", ChannelType.EMAIL, "wide@example.com", "u1", many),
                endpoint("narrow", ChannelType.EMAIL, "narrow@example.com", "u2", Map.of())));

        assertThatThrownBy(() -> audience.saveEndpoint(endpoint("narrow", ChannelType.EMAIL, "narrow@example.com", "u2",
                Map.of("OneTooMany", List.of("x")))))
                .hasMessageContaining("Attributes.OneTooMany: the workspace already has 250");
        assertThat(audience.endpoint("narrow").orElseThrow().attributes()).isEmpty();
    }
}
