package io.tidings.audience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tidings.workspace.Workspace;
import io.tidings.workspace.WorkspaceService;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audience by person, as the People view reads it, and a new endpoint added from the editor. */
class PeopleTest {

    @TempDir
    Path folder;

    private Workspace workspace;
    private AudienceService audience;

    @BeforeEach
    void workspace() {
        workspace = new WorkspaceService().create(folder.resolve("people.tidings"), "People");
        audience = new AudienceService(workspace.database(), () -> "GB");
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private static Endpoint endpoint(String id, ChannelType channel, String address, String userId, OptOut optOut,
            Map<String, List<String>> userAttributes) {
        return new Endpoint(id, channel, address, EndpointStatus.ACTIVE, optOut, Instant.parse("2026-01-01T00:00:00Z"),
                Instant.parse("2026-01-01T00:00:00Z"), Endpoint.cohortOf(id), Map.of(), Map.of(), null, null,
                new EndpointUser(userId, userAttributes));
    }

    private void annBenAndAnEndpointWithoutAUser() {
        audience.addEndpoints(List.of(
                endpoint("ann-mail", ChannelType.EMAIL, "ann@example.com", "ann", OptOut.NONE,
                        Map.of("FirstName", List.of("Ann"), "LastName", List.of("Lee"))),
                endpoint("ann-sms", ChannelType.SMS, "+447400123456", "ann", OptOut.ALL, Map.of()),
                endpoint("ben-mail", ChannelType.EMAIL, "ben@example.com", "ben", OptOut.ALL, Map.of()),
                endpoint("nobody", ChannelType.EMAIL, "nobody@example.com", null, OptOut.NONE, Map.of())));
    }

    @Test
    void onePersonPerUserWithTheirNameChannelsAndOptOuts() {
        annBenAndAnEndpointWithoutAUser();

        List<PersonRow> people = audience.people(AudienceFilter.ALL, "", 50);

        assertThat(people).containsExactly(
                new PersonRow("ann", "Ann", "Lee", Set.of(ChannelType.EMAIL, ChannelType.SMS), 2, 1),
                new PersonRow("ben", null, null, Set.of(ChannelType.EMAIL), 1, 1));
        assertThat(people.get(0).name()).isEqualTo("Ann Lee");
        assertThat(people.get(0).allOptedOut()).isFalse();
        assertThat(people.get(1).allOptedOut()).isTrue();
        assertThat(audience.countPeople(AudienceFilter.ALL)).isEqualTo(2);
    }

    @Test
    void aFilterListsThePeopleWithAMatchingEndpointWithAllTheirChannels() {
        annBenAndAnEndpointWithoutAUser();

        AudienceFilter sms = new AudienceFilter("", ChannelType.SMS, null);
        assertThat(audience.people(sms, "", 50)).extracting(PersonRow::userId, PersonRow::channels)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ann", Set.of(ChannelType.EMAIL, ChannelType.SMS)));
        assertThat(audience.countPeople(sms)).isEqualTo(1);
        assertThat(audience.people(new AudienceFilter("ben@", null, null), "", 50))
                .extracting(PersonRow::userId).containsExactly("ben");
    }

    @Test
    void pagesCoverEveryPersonOnceInOrder() {
        List<Endpoint> endpoints = new ArrayList<>();
        IntStream.range(0, 250).forEach(person -> {
            endpoints.add(endpoint("m" + person, ChannelType.EMAIL, "p" + person + "@example.com", "user-" + person,
                    OptOut.NONE, Map.of()));
            endpoints.add(endpoint("s" + person, ChannelType.SMS, "+4474001" + (10000 + person), "user-" + person,
                    OptOut.NONE, Map.of()));
        });
        audience.addEndpoints(endpoints);

        PeopleIndex index = audience.peopleIndex(AudienceFilter.ALL, 40);
        List<String> seen = new ArrayList<>();
        for (int page = 0; page < index.pages(); page++) {
            audience.people(AudienceFilter.ALL, index.startOf(page), 40).forEach(person -> seen.add(person.userId()));
        }

        assertThat(index.total()).isEqualTo(250);
        assertThat(index.pages()).isEqualTo(7);
        assertThat(seen).hasSize(250).doesNotHaveDuplicates().isSorted();
    }

    @Test
    void anAddedEndpointIsStoredWithItsPhoneNumberInE164() {
        Endpoint added = audience.addEndpoint(endpoint("new-1", ChannelType.SMS, "07400 123457", "cleo", OptOut.NONE,
                Map.of("FirstName", List.of("Cleo"))));

        assertThat(added.address()).isEqualTo("+447400123457");
        assertThat(audience.people(AudienceFilter.ALL, "", 10)).extracting(PersonRow::name).containsExactly("Cleo");
    }

    @Test
    void anAddressThatDoesNotFitTheChannelIsRefusedNamingTheField() {
        assertThatThrownBy(() -> audience.addEndpoint(endpoint("new-1", ChannelType.EMAIL, "+447400123457", "cleo",
                OptOut.NONE, Map.of())))
                .isInstanceOfSatisfying(InvalidEndpointException.class, refused -> assertThat(refused.problems())
                        .extracting(FieldProblem::field).containsExactly("Address"));
        assertThatThrownBy(() -> audience.addEndpoint(endpoint("new-2", ChannelType.SMS, "cleo@example.com", "cleo",
                OptOut.NONE, Map.of())))
                .isInstanceOfSatisfying(InvalidEndpointException.class, refused -> assertThat(refused.problems())
                        .extracting(FieldProblem::reason).singleElement().asString().contains("not a valid phone number"));
        assertThat(audience.summary().endpoints()).isZero();
    }

    @Test
    void anIdAlreadyTakenIsRefused() {
        annBenAndAnEndpointWithoutAUser();

        assertThatThrownBy(() -> audience.addEndpoint(endpoint("ann-mail", ChannelType.EMAIL, "other@example.com", "x",
                OptOut.NONE, Map.of())))
                .isInstanceOf(InvalidEndpointException.class).hasMessageContaining("already has an endpoint with the id");
        assertThat(audience.endpoint("ann-mail").orElseThrow().address()).isEqualTo("ann@example.com");
    }

    @Test
    void matchesSaysWhetherTheFilterKeepsAnEndpoint() {
        annBenAndAnEndpointWithoutAUser();

        assertThat(audience.matches(new AudienceFilter("ann", null, null), "ann-sms")).isTrue();
        assertThat(audience.matches(new AudienceFilter("ben", null, null), "ann-sms")).isFalse();
    }
}
