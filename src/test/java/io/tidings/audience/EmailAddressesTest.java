package io.tidings.audience;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class EmailAddressesTest {

    /** The rule as it was first written, and as the import's messages describe it. */
    private static final Pattern RULE = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    @Test
    void agreesWithThePatternOnRandomStringsOfItsTrickyCharacters() {
        char[] alphabet = {'a', 'b', '@', '.', ' ', '\t', '\n', '\u000B', '\f', '\r', '\u00A0', 'é', '-', '+'};
        Random random = new Random(42);
        for (int sample = 0; sample < 200_000; sample++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(12);
            for (int index = 0; index < length; index++) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String candidate = text.toString();
            assertThat(EmailAddresses.isValid(candidate)).as("\"%s\"", candidate)
                    .isEqualTo(RULE.matcher(candidate).matches());
        }
    }

    @Test
    void knowsTheUsualCases() {
        assertThat(EmailAddresses.isValid("ann@example.com")).isTrue();
        assertThat(EmailAddresses.isValid("ann.lee+news@mail.example.co.uk")).isTrue();
        assertThat(EmailAddresses.isValid("ann@localhost")).isFalse();
        assertThat(EmailAddresses.isValid("ann@example.")).isFalse();
        assertThat(EmailAddresses.isValid("ann@.example.com")).isFalse();
        assertThat(EmailAddresses.isValid("ann@@example.com")).isFalse();
        assertThat(EmailAddresses.isValid("ann lee@example.com")).isFalse();
        assertThat(EmailAddresses.isValid("a".repeat(243) + "@example.com")).isFalse(); // 255 characters
        assertThat(EmailAddresses.isValid("a".repeat(242) + "@example.com")).isTrue();
    }
}
