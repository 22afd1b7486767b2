package io.tidings.journey;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Pinpoint's rule for who travels: the user when the endpoint has a UserId, otherwise the endpoint. */
class ParticipantTest {

    @Test
    void anEndpointWithAUserTravelsAsItsUserAndOneWithoutAsItself() {
        Participant phone = Participant.of("ann-phone", "ann");
        Participant laptop = Participant.of("ann-laptop", "ann");
        Participant anonymous = Participant.of("device-7", " ");

        assertThat(phone).isEqualTo(laptop);
        assertThat(phone.key()).isEqualTo("user:ann");
        assertThat(anonymous.isUser()).isFalse();
        assertThat(anonymous.key()).isEqualTo("endpoint:device-7");
        assertThat(Participant.of("ann", null).key()).isNotEqualTo(phone.key());
    }
}
