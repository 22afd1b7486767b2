package io.tidings.channel.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HttpSmsSettingsTest {

    @Test
    void keepsAValidTwilioAccountAndDropsTheTrailingSlash() {
        HttpSmsSettings settings = HttpSmsSettings.twilioForm(
                "https://api.twilio.com/", " AC1 ", "token", "+15550001111", " ", 5);

        assertThat(settings.baseUrl()).isEqualTo("https://api.twilio.com");
        assertThat(settings.accountId()).isEqualTo("AC1");
        assertThat(settings.statusCallback()).isNull();
        assertThat(settings.toString()).doesNotContain("token");
    }

    @Test
    void namesTheFieldThatIsWrong() {
        assertThatThrownBy(() -> HttpSmsSettings.jsonWebhook(" ", "key", "+1555", 1))
                .hasMessage("Base URL is missing.");
        assertThatThrownBy(() -> HttpSmsSettings.jsonWebhook("ftp://sms.example.com", "key", "+1555", 1))
                .hasMessage("Base URL must start with https:// (or http://) and name a host: ftp://sms.example.com");
        assertThatThrownBy(() -> HttpSmsSettings.jsonWebhook("https://sms example.com", "key", "+1555", 1))
                .hasMessage("Base URL is not a valid URL: https://sms example.com");
        assertThatThrownBy(() -> HttpSmsSettings.jsonWebhook("https://sms.example.com", null, "+1555", 1))
                .hasMessage("API key is missing.");
        assertThatThrownBy(() -> HttpSmsSettings.twilioForm("https://api.twilio.com", "", "t", "+1555", null, 1))
                .hasMessage("Account SID is missing.");
        assertThatThrownBy(() -> HttpSmsSettings.twilioForm("https://api.twilio.com", "AC1", null, "+1555", null, 1))
                .hasMessage("Auth token is missing.");
        assertThatThrownBy(() -> HttpSmsSettings.twilioForm("https://api.twilio.com", "AC1", "t", "+1555", "hooks", 1))
                .hasMessageStartingWith("Status callback URL must start with https://");
        assertThatThrownBy(() -> HttpSmsSettings.jsonWebhook("https://sms.example.com", "key", "", 1))
                .hasMessage("Default originating number or sender ID is missing.");
        assertThatThrownBy(() -> HttpSmsSettings.jsonWebhook("https://sms.example.com", "key", "+1555", 0))
                .hasMessage("Max concurrency must be between 1 and 100, not 0.");
        assertThatThrownBy(() -> new HttpSmsSettings("https://sms.example.com", null, null, "k", null, "+1555", null, 1))
                .hasMessageStartingWith("Provider style is missing");
    }
}
