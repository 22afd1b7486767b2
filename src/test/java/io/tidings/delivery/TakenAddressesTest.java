package io.tidings.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TakenAddressesTest {

    @Test
    void anAddressIsTakenOnceTakenAndOnlyThen() {
        TakenAddresses taken = new TakenAddresses();
        for (int index = 0; index < 200_000; index++) {
            String address = "person" + index + "@example.com";
            assertThat(taken.contains(address)).isFalse();
            taken.add(address);
        }

        assertThat(taken.size()).isEqualTo(200_000);
        assertThat(taken.contains(new String("person123456@example.com"))).isTrue();
        assertThat(taken.contains("person200000@example.com")).isFalse();
        taken.add("person7@example.com");
        assertThat(taken.size()).isEqualTo(200_000);
    }

    @Test
    void addressesWithTheSameHashAreToldApart() {
        TakenAddresses taken = new TakenAddresses();
        taken.add("Aa");
        assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
        assertThat(taken.contains("BB")).isFalse();
        taken.add("BB");
        assertThat(taken.contains("BB")).isTrue();
        assertThat(taken.size()).isEqualTo(2);
    }
}
