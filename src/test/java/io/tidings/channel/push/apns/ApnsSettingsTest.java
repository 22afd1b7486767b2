package io.tidings.channel.push.apns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ApnsSettingsTest {

    private static final String KEY = new TestAuthKey().p8();

    private static ApnsSettings settings(String bundleId, String teamId, String keyId, String authKey) {
        return ApnsSettings.of(ApnsServer.PRODUCTION, bundleId, teamId, keyId, authKey);
    }

    @Test
    void aValidAccountKeepsItsValuesAndTidiesTheIds() {
        ApnsSettings settings = settings(" com.example.shop ", "team123456", "key1234567", KEY);

        assertThat(settings.bundleId()).isEqualTo("com.example.shop");
        assertThat(settings.teamId()).isEqualTo("TEAM123456");
        assertThat(settings.keyId()).isEqualTo("KEY1234567");
        assertThat(settings.maxConcurrency()).isEqualTo(ApnsSettings.DEFAULT_MAX_CONCURRENCY);
        assertThat(settings.withServer(ApnsServer.DEVELOPMENT).server().host()).isEqualTo("api.sandbox.push.apple.com");
    }

    @Test
    void eachBadFieldIsNamed() {
        assertThatThrownBy(() -> settings("", "TEAM123456", "KEY1234567", KEY)).hasMessage("Bundle ID is missing.");
        assertThatThrownBy(() -> settings("shop", "TEAM123456", "KEY1234567", KEY))
                .hasMessageStartingWith("Bundle ID \"shop\" is not a bundle ID");
        assertThatThrownBy(() -> settings("com.example.shop", "TEAM-1", "KEY1234567", KEY))
                .hasMessage("Team ID \"TEAM-1\" should be the 10 letters and digits shown in the Membership details "
                        + "of Apple's developer site.");
        assertThatThrownBy(() -> settings("com.example.shop", "TEAM123456", "AuthKey_KEY1234567.p8", KEY))
                .hasMessageStartingWith("Key ID \"AuthKey_KEY1234567.p8\" should be the 10 letters and digits");
        assertThatThrownBy(() -> new ApnsServer("api.push.apple.com", 0)).hasMessageStartingWith("APNs port 0");
        assertThatThrownBy(() -> new ApnsSettings(ApnsServer.PRODUCTION, "com.example.shop", "TEAM123456",
                "KEY1234567", KEY, 0)).hasMessage("Max concurrency must be between 1 and 100, not 0.");
    }

    @Test
    void onlyAnApnsAuthKeyIsTaken() {
        assertThatThrownBy(() -> settings("com.example.shop", "TEAM123456", "KEY1234567", " "))
                .hasMessageStartingWith("APNs auth key (.p8) is missing: paste the contents of the "
                        + "AuthKey_KEY1234567.p8 file");
        assertThatThrownBy(() -> settings("com.example.shop", "TEAM123456", "KEY1234567", "MIGTAgEAMBMGByqGSM49"))
                .hasMessageStartingWith("APNs auth key (.p8) could not be read: it should be the whole .p8 file");
        assertThatThrownBy(() -> settings("com.example.shop", "TEAM123456", "KEY1234567",
                "-----BEGIN PRIVATE KEY-----\nbm90IGEga2V5\n-----END PRIVATE KEY-----\n"))
                .hasMessageStartingWith("APNs auth key (.p8) could not be read");
        assertThatThrownBy(() -> settings("com.example.shop", "TEAM123456", "KEY1234567",
                new TestAuthKey("secp384r1").p8()))
                .hasMessage("APNs auth key (.p8) is an EC key on another curve; APNs auth keys are P-256.");
    }

    @Test
    void theKeyStaysOutOfTheText() {
        String text = settings("com.example.shop", "TEAM123456", "KEY1234567", KEY).toString();

        assertThat(text).isEqualTo("ApnsSettings[com.example.shop at api.push.apple.com:443, team TEAM123456, "
                + "key KEY1234567]");
    }
}
