package io.tidings.channel.sms.smpp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SmppSettingsTest {

    private static SmppSettings valid() {
        return SmppSettings.of("smpp.example.com", 2775, "tidings", "secret", "+14155550199");
    }

    @Test
    void keepsValidSettingsWithTheDefaultsAndLeavesThePasswordOutOfLogs() {
        SmppSettings settings = SmppSettings.of(" smpp.example.com ", 2775, " tidings ", "s3cret", " Tidings ");

        assertThat(settings.host()).isEqualTo("smpp.example.com");
        assertThat(settings.systemId()).isEqualTo("tidings");
        assertThat(settings.defaultFrom()).isEqualTo("Tidings");
        assertThat(settings.binds()).isEqualTo(1);
        assertThat(settings.tls()).isFalse();
        assertThat(settings.helpReply()).isEqualTo(SmppSettings.DEFAULT_HELP_REPLY);
        assertThat(settings.toString()).doesNotContain("s3cret").contains("smpp.example.com:2775");
    }

    @Test
    void namesTheFieldThatIsWrong() {
        assertThatThrownBy(() -> SmppSettings.of(" ", 2775, "tidings", "secret", "+14155550199"))
                .hasMessage("SMSC host is missing.");
        assertThatThrownBy(() -> SmppSettings.of("smpp://smpp.example.com", 2775, "tidings", "secret", "+14155550199"))
                .hasMessage("SMSC host \"smpp://smpp.example.com\" must be a host name or IP address only, such as "
                        + "smpp.example.com.");
        assertThatThrownBy(() -> SmppSettings.of("smpp.example.com", 0, "tidings", "secret", "+14155550199"))
                .hasMessage("SMSC port 0 is not between 1 and 65535.");
        assertThatThrownBy(() -> SmppSettings.of("smpp.example.com", 2775, "", "secret", "+14155550199"))
                .hasMessage("System ID is missing.");
        assertThatThrownBy(() -> SmppSettings.of("smpp.example.com", 2775, "a-very-long-system-id", "secret", "+1415"))
                .hasMessage("System ID has 21 characters; SMPP allows at most 15.");
        assertThatThrownBy(() -> SmppSettings.of("smpp.example.com", 2775, "tidings", "password1", "+14155550199"))
                .hasMessage("Password has 9 characters; SMPP allows at most 8.");
        assertThatThrownBy(() -> SmppSettings.of("smpp.example.com", 2775, "tidings", "pässwort", "+14155550199"))
                .hasMessage("Password may hold only printable ASCII characters.");
        assertThatThrownBy(() -> valid().withSystemType("marketing-bulk"))
                .hasMessage("System type has 14 characters; SMPP allows at most 12.");
        assertThatThrownBy(() -> SmppSettings.of("smpp.example.com", 2775, "tidings", "secret", ""))
                .hasMessage("Default originating number or sender ID is missing.");
        assertThatThrownBy(() -> SmppSettings.of("smpp.example.com", 2775, "tidings", "secret", "Tidings Shop Ltd"))
                .hasMessage("Default originating number or sender ID \"Tidings Shop Ltd\" is neither a phone number nor "
                        + "a sender ID: a sender ID has at most 11 characters.");
        assertThatThrownBy(() -> valid().withBinds(0))
                .hasMessage("Binds must be between 1 and 100, not 0.");
        assertThatThrownBy(() -> valid().withReplies(" ", "Welcome back"))
                .hasMessage("HELP reply is missing.");
        assertThatThrownBy(() -> valid().withReplies("Help", null))
                .hasMessage("START reply is missing.");
        assertThatThrownBy(() -> valid().withTimeouts(Duration.ZERO, Duration.ofSeconds(5)))
                .hasMessage("Keep-alive interval must be more than zero, not PT0S.");
        assertThatThrownBy(() -> valid().withTimeouts(Duration.ofSeconds(30), null))
                .hasMessage("Response timeout must be more than zero, not null.");
    }

    @Test
    void senderIdsMustBeGsmWithALetter() {
        assertThatThrownBy(() -> SmppSettings.of("smpp.example.com", 2775, "tidings", "secret", "Ласточка"))
                .hasMessageContaining("is not a valid sender ID");
        assertThatThrownBy(() -> SmppSettings.of("smpp.example.com", 2775, "tidings", "secret", "12-34"))
                .hasMessageContaining("is not a valid sender ID");
    }
}
