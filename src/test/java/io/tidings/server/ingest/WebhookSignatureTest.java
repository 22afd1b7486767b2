package io.tidings.server.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The providers' signatures against published examples. */
class WebhookSignatureTest {

    // Twilio's published example: auth token 12345, this URL and these parameters.
    private static final String URL = "https://mycompany.com/myapp.php?foo=1&bar=2";
    private static final Map<String, String> PARAMETERS = Map.of("Digits", "1234", "CallSid", "CA1234567890ABCDE",
            "To", "+18005551212", "Caller", "+14158675309", "From", "+14158675309");
    private static final String SIGNATURE = "RSOYDt4T1cUTdK1PDd93/VVr8B8=";

    @Test
    void twiliosPublishedExampleMatches() {
        assertThat(WebhookSignature.twilio(URL, PARAMETERS, "12345")).isEqualTo(SIGNATURE);
        assertThat(WebhookSignature.twilioMatches(URL, PARAMETERS, "12345", SIGNATURE)).isTrue();
        assertThat(WebhookSignature.twilioMatches(URL, PARAMETERS, "54321", SIGNATURE)).isFalse();
        assertThat(WebhookSignature.twilioMatches(URL, Map.of("Digits", "1234"), "12345", SIGNATURE)).isFalse();
    }

    @Test
    void twilioMaySignTheUrlWithoutItsPortOrWithTheDefaultOne() {
        assertThat(WebhookSignature.twilioMatches("https://mycompany.com:1234/myapp.php?foo=1&bar=2", PARAMETERS,
                "12345", SIGNATURE)).isTrue();
        String signedWithDefaultPort = WebhookSignature.twilio("https://mycompany.com:443/myapp.php?foo=1&bar=2",
                PARAMETERS, "12345");
        assertThat(WebhookSignature.twilioMatches(URL, PARAMETERS, "12345", signedWithDefaultPort)).isTrue();
    }

    @Test
    void theGenericWebhooksSignatureIsTheHexHmacSha256OfTheBody() {
        byte[] body = "{\"messageId\":\"1\",\"status\":\"delivered\"}".getBytes(StandardCharsets.UTF_8);
        String header = WebhookSignature.tidings(body, "secret");

        assertThat(header).matches("sha256=[0-9a-f]{64}");
        assertThat(WebhookSignature.tidingsMatches(header, body, "secret")).isTrue();
        assertThat(WebhookSignature.tidingsMatches(header.toUpperCase().replace("SHA256=", "sha256="), body, "secret"))
                .isTrue();
        assertThat(WebhookSignature.tidingsMatches(header, body, "another")).isFalse();
        assertThat(WebhookSignature.tidingsMatches(header.substring(7), body, "secret")).isFalse();
        assertThat(WebhookSignature.tidingsMatches(null, body, "secret")).isFalse();
    }
}
