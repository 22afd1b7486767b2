package io.tidings.audience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EndpointRulesTest {

    private final EndpointRules rules = new EndpointRules("GB");

    private static Endpoint endpoint(ChannelType channel, String address) {
        return new Endpoint("e1", channel, address, EndpointStatus.ACTIVE, OptOut.NONE, null, null, 1,
                null, null, null, null, null);
    }

    private static Endpoint withAttributes(Map<String, List<String>> attributes) {
        return new Endpoint("e1", ChannelType.EMAIL, "a@example.com", EndpointStatus.ACTIVE, OptOut.NONE, null, null,
                1, attributes, null, null, null, null);
    }

    @Test
    void normalisesPhoneNumbersToE164WithTheWorkspaceRegion() {
        assertThat(rules.check(endpoint(ChannelType.SMS, "07400 123456")).address()).isEqualTo("+447400123456");
        assertThat(rules.check(endpoint(ChannelType.VOICE, "+1 (415) 555-0132")).address()).isEqualTo("+14155550132");
    }

    @Test
    void refusesAnInvalidPhoneNumberOrEmailNamingTheAddress() {
        assertThat(rules.problems(endpoint(ChannelType.SMS, "12345"))).containsExactly(new FieldProblem("Address",
                "\"12345\" is not a valid phone number; write it as + and the country code (E.164, such as "
                        + "+14155550123) or as a GB number"));
        assertThat(rules.problems(endpoint(ChannelType.EMAIL, "ann@example")))
                .containsExactly(new FieldProblem("Address", "\"ann@example\" is not a valid email address"));
    }

    @Test
    void refusesAnEndpointWithoutChannelOrAddress() {
        assertThatThrownBy(() -> rules.check(endpoint(null, " ")))
                .isInstanceOf(InvalidEndpointException.class)
                .hasMessage("ChannelType: a new endpoint needs a channel type, such as EMAIL or SMS; "
                        + "Address: a new endpoint needs an address");
    }

    @Test
    void limitsNamesValuesAndValuesPerAttribute() {
        String longName = "n".repeat(51);
        List<String> tooMany = java.util.stream.IntStream.range(0, 51).mapToObj(Integer::toString).toList();

        List<FieldProblem> problems = rules.problems(withAttributes(Map.of(longName, List.of("x"),
                "Interests", tooMany, "Bio", List.of("b".repeat(101)))));

        assertThat(problems).containsExactlyInAnyOrder(
                new FieldProblem("Attributes." + longName, "the name is 51 characters long; Pinpoint allows at most 50"),
                new FieldProblem("Attributes.Interests", "has 51 values; Pinpoint allows at most 50 per attribute"),
                new FieldProblem("Attributes.Bio", "a value is 101 characters long; Pinpoint allows at most 100"));
        assertThat(rules.problems(withAttributes(Map.of("n".repeat(50), Collections.nCopies(1, "v".repeat(100))))))
                .isEmpty();
    }

    @Test
    void refusesTheSeparatorThatKeepsAnAttributesValuesApartAndKeepsEachValueOnce() {
        assertThat(rules.problems(withAttributes(Map.of("Tags", List.of("a\u001Fb")))))
                .containsExactly(new FieldProblem("Attributes.Tags",
                        "a value holds the control character U+001F, which attribute values cannot hold"));
        assertThat(rules.check(withAttributes(Map.of("Tags", List.of(" yoga", "run", "yoga ", "run")))).attributes())
                .isEqualTo(Map.of("Tags", List.of("yoga", "run")));
    }

    @Test
    void checksTimezoneCountryAndCoordinates() {
        Endpoint placed = new Endpoint("e1", ChannelType.EMAIL, "a@example.com", null, null, null, null, 1, null, null,
                new EndpointDemographic(null, null, null, null, null, null, null, "Mars/Olympus"),
                new EndpointLocation(null, "Germany", 90.5, -180.01, null, null), null);

        assertThat(rules.problems(placed)).containsExactly(
                new FieldProblem("Demographic.Timezone",
                        "\"Mars/Olympus\" is not a time zone; use a tz database name such as America/New_York"),
                new FieldProblem("Location.Country", "\"Germany\" is not a two-letter ISO country code such as US or DE"),
                new FieldProblem("Location.Latitude", "90.5 is out of range; it must be from -90 to 90"),
                new FieldProblem("Location.Longitude", "-180.01 is out of range; it must be from -180 to 180"));
    }

    @Test
    void anUnknownChannelTypeIsRefusedOnImportNamingTheField() {
        EndpointDraft draft = new EndpointDraft();
        draft.add(FieldPath.parse("ChannelType"), "FAX");
        draft.add(FieldPath.parse("Address"), "x");

        assertThat(draft.toRow(2, rules, null).problems()).containsExactly(new FieldProblem("ChannelType",
                "\"FAX\" is not one of EMAIL, SMS, VOICE, APNS, APNS_SANDBOX, APNS_VOIP, APNS_VOIP_SANDBOX, GCM, "
                        + "BAIDU, ADM, CUSTOM or IN_APP"));
    }

    @Test
    void aLongValueIsQuotedShortAndSaysHowLongItIs() {
        String address = "y".repeat(5_000_000);

        assertThat(rules.problems(endpoint(ChannelType.EMAIL, address))).containsExactly(new FieldProblem("Address",
                "\"" + "y".repeat(80) + "…\" (5,000,000 characters) is not a valid email address"));
        assertThat(rules.problems(withAttributes(Map.of("n".repeat(5_000), List.of("x"))))).singleElement()
                .satisfies(problem -> assertThat(problem.field()).isEqualTo("Attributes." + "n".repeat(69) + "…"));
    }

    @Test
    void controlCharactersInAValueAreWrittenOutNotPassedOn() {
        Endpoint placed = new Endpoint("e1", ChannelType.EMAIL, "a@example.com", null, null, null, null, 1, null, null,
                null, new EndpointLocation(null, "\u001B[31mRED\u001B[0m", null, null, null, null), null);

        assertThat(rules.problems(placed)).containsExactly(new FieldProblem("Location.Country",
                "\"\\u001B[31mRED\\u001B[0m\" is not a two-letter ISO country code such as US or DE"));
    }

    @Test
    void aNulCharacterIsRefusedAtItsField() {
        Endpoint endpoint = new Endpoint("e\u00001", ChannelType.EMAIL, "ann@exam\u0000ple.com", null, null, null, null, 1,
                Map.of("Tier", List.of("Go\u0000ld"), "Na\u0000me", List.of("x")), Map.of("Vis\u0000its", 1.0),
                new EndpointDemographic(null, null, null, null, null, "i\u0000OS", null, null),
                new EndpointLocation("Ber\u0000lin", null, null, null, null, null),
                new EndpointUser("ann\u0000", Map.of("First\u0000Name", List.of("Ann"), "Nick", List.of("\u0000"))));

        assertThat(rules.problems(endpoint)).contains(
                new FieldProblem("Id", "holds the NUL character (\\u0000), which Tidings cannot store"),
                new FieldProblem("Address", "holds the NUL character (\\u0000), which Tidings cannot store"),
                new FieldProblem("Attributes.Tier", "a value holds the NUL character (\\u0000), which Tidings cannot store"),
                new FieldProblem("Attributes.Na\\u0000me", "the name holds the NUL character (\\u0000), which Tidings cannot store"),
                new FieldProblem("Metrics.Vis\\u0000its", "the name holds the NUL character (\\u0000), which Tidings cannot store"),
                new FieldProblem("Demographic.Platform", "holds the NUL character (\\u0000), which Tidings cannot store"),
                new FieldProblem("Location.City", "holds the NUL character (\\u0000), which Tidings cannot store"),
                new FieldProblem("User.UserId", "holds the NUL character (\\u0000), which Tidings cannot store"),
                new FieldProblem("User.UserAttributes.First\\u0000Name",
                        "the name holds the NUL character (\\u0000), which Tidings cannot store"),
                new FieldProblem("User.UserAttributes.Nick", "a value holds the NUL character (\\u0000), which Tidings cannot store"));
    }
}
