package io.tidings.channel.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SmtpSettingsTest {

    private static SmtpSettings withHostPortFrom(String host, int port, String from) {
        return SmtpSettings.of(host, port, SmtpSecurity.STARTTLS, "user", "pw", from);
    }

    @Test
    void acceptsAndTidiesGoodValues() {
        SmtpSettings settings = SmtpSettings.of(" smtp.example.com ", 587, SmtpSecurity.STARTTLS, " ", null,
                " news@shop.example ");

        assertThat(settings.host()).isEqualTo("smtp.example.com");
        assertThat(settings.username()).isNull();
        assertThat(settings.logsIn()).isFalse();
        assertThat(settings.fromAddress()).isEqualTo("news@shop.example");
        assertThat(settings.fromDomain()).isEqualTo("shop.example");
        assertThat(settings.poolSize()).isEqualTo(SmtpSettings.DEFAULT_POOL_SIZE);
        assertThat(settings.server()).isEqualTo("smtp.example.com:587");
    }

    @Test
    void refusesABlankHost() {
        assertThatThrownBy(() -> withHostPortFrom("  ", 587, "news@shop.example"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("SMTP host is empty: enter the server name, such as smtp.example.com.");
    }

    @Test
    void refusesAPortOutsideTheRange() {
        assertThatThrownBy(() -> withHostPortFrom("smtp.example.com", 0, "news@shop.example"))
                .hasMessage("SMTP port 0 is not between 1 and 65535.");
        assertThatThrownBy(() -> withHostPortFrom("smtp.example.com", 65536, "news@shop.example"))
                .hasMessage("SMTP port 65536 is not between 1 and 65535.");
        assertThat(withHostPortFrom("smtp.example.com", 65535, "news@shop.example").port()).isEqualTo(65535);
    }

    @Test
    void refusesAnInvalidFromAddress() {
        assertThatThrownBy(() -> withHostPortFrom("smtp.example.com", 587, "news at shop"))
                .hasMessageStartingWith("From address \"news at shop\" is not a valid email address");
        assertThatThrownBy(() -> withHostPortFrom("smtp.example.com", 587, "news"))
                .hasMessageStartingWith("From address \"news\" is not a valid email address");
        assertThatThrownBy(() -> withHostPortFrom("smtp.example.com", 587, "News <news@shop.example>"))
                .hasMessageStartingWith("From address \"News <news@shop.example>\" is not a valid email address");
        assertThatThrownBy(() -> withHostPortFrom("smtp.example.com", 587, ""))
                .hasMessage("From address is empty: enter the address your messages come from.");
    }

    @Test
    void refusesAPoolSizeOrTimeoutThatCannotWork() {
        SmtpSettings settings = withHostPortFrom("smtp.example.com", 587, "news@shop.example");

        assertThatThrownBy(() -> settings.withPoolSize(0))
                .hasMessage("Connection pool size 0 is not between 1 and 50.");
        assertThatThrownBy(() -> settings.withTimeouts(Duration.ZERO, Duration.ofSeconds(1)))
                .hasMessage("Connect timeout must be more than zero, not PT0S.");
        assertThatThrownBy(() -> settings.withTimeouts(Duration.ofSeconds(1), null))
                .hasMessage("Read timeout must be more than zero, not null.");
    }

    @Test
    void keepsThePasswordOutOfItsText() {
        assertThat(withHostPortFrom("smtp.example.com", 587, "news@shop.example").toString())
                .doesNotContain("pw")
                .contains("smtp.example.com:587");
    }
}
