package io.tidings.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import io.tidings.audience.ChannelType;
import io.tidings.audience.Endpoint;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SampleWorkspaceTest {

    private static final Instant NOW = Instant.parse("2026-11-01T12:00:00Z");

    private static List<Endpoint> audience(long seed) {
        SampleAudience people = new SampleAudience(seed, NOW);
        List<Endpoint> endpoints = new ArrayList<>();
        for (int user = 1; user <= 400; user++) {
            endpoints.addAll(people.nextUser(user));
        }
        return endpoints;
    }

    @Test
    void addressesAreValidForTheirChannel() throws NumberParseException {
        PhoneNumberUtil phones = PhoneNumberUtil.getInstance();
        for (Endpoint endpoint : audience(7)) {
            switch (endpoint.channelType()) {
                case EMAIL -> assertThat(endpoint.address()).matches("[a-z]+\\.[a-z]+\\d+@example\\.(com|org|net)");
                case SMS -> assertThat(phones.isValidNumber(phones.parse(endpoint.address(), null)))
                        .as("valid E.164 number %s", endpoint.address()).isTrue();
                case APNS -> assertThat(endpoint.address()).matches("[0-9a-f]{64}");
                case GCM -> assertThat(endpoint.address()).contains(":APA91b").hasSize(163);
                default -> throw new AssertionError("Unexpected channel " + endpoint.channelType());
            }
        }
    }

    @Test
    void everyEndpointHasAUserAPlaceAndARealTimeZone() {
        for (Endpoint endpoint : audience(11)) {
            assertThat(endpoint.user().userId()).startsWith("user-");
            assertThat(endpoint.user().userAttributes()).containsKeys("FirstName", "LastName", "LoyaltyTier");
            assertThat(endpoint.location().country()).hasSize(2);
            assertThat(ZoneId.of(endpoint.demographic().timezone())).isNotNull();
            assertThat(endpoint.cohortId()).isBetween(0, 99);
            assertThat(endpoint.attributes().get("Interests")).isNotEmpty().doesNotHaveDuplicates();
            assertThat(endpoint.creationDate()).isBefore(NOW);
        }
    }

    @Test
    void theSameSeedMakesTheSamePeople() {
        assertThat(audience(3)).isEqualTo(audience(3));
        assertThat(audience(3)).isNotEqualTo(audience(4));
    }

    @Test
    void pushEndpointsDescribeTheirDevice() {
        audience(5).stream().filter(endpoint -> endpoint.channelType().isPush()).forEach(endpoint -> {
            assertThat(endpoint.demographic().platform()).isEqualTo(
                    endpoint.channelType() == ChannelType.APNS ? "iOS" : "Android");
            assertThat(endpoint.demographic().make()).isNotBlank();
            assertThat(endpoint.metrics()).containsKey("SessionCount");
        });
    }
}
