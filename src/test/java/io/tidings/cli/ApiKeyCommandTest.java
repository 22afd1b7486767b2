package io.tidings.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code apikey create|list|revoke} and the application id of {@code workspace info}, on a real workspace file. */
class ApiKeyCommandTest {

    @TempDir
    Path folder;

    @Test
    void aKeysSecretIsPrintedOnceAndTheKeyCanBeRevoked() {
        Path home = folder.resolve("home");
        Path file = folder.resolve("app.tidings");
        assertThat(CommandRun.of(home, "workspace", "create", file.toString()).exitCode()).isZero();

        CommandRun created = CommandRun.of(home, "apikey", "create", "--workspace", file.toString(), "--name", "iOS app");

        assertThat(created.exitCode()).isZero();
        Matcher id = Pattern.compile("Access key id: (TDK[A-Z2-7]{17})").matcher(created.out());
        Matcher secret = Pattern.compile("Secret access key: (\\S{40})").matcher(created.out());
        assertThat(id.find()).isTrue();
        assertThat(secret.find()).isTrue();
        assertThat(created.out()).contains("Tidings will not show it again");

        CommandRun listed = CommandRun.of(home, "apikey", "list", "--workspace", file.toString());
        assertThat(listed.out()).contains(id.group(1), "iOS app", "never", "active").doesNotContain(secret.group(1));

        CommandRun revoked = CommandRun.of(home, "apikey", "revoke", "--workspace", file.toString(), id.group(1));
        assertThat(revoked.exitCode()).isZero();
        assertThat(revoked.out()).startsWith("Revoked the API key " + id.group(1));
        assertThat(CommandRun.of(home, "apikey", "list", "--workspace", file.toString()).out()).contains("revoked 20");
    }

    @Test
    void revokingAKeyThatIsNotThereFailsInWords() {
        Path home = folder.resolve("home");
        Path file = folder.resolve("none.tidings");
        CommandRun.of(home, "workspace", "create", file.toString());

        CommandRun run = CommandRun.of(home, "apikey", "revoke", "--workspace", file.toString(), "TDKWHATEVER");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("This workspace has no API key \"TDKWHATEVER\"");
    }

    @Test
    void workspaceInfoPrintsTheApplicationIdThatListShows() {
        Path home = folder.resolve("home");
        Path file = folder.resolve("info.tidings");
        CommandRun.of(home, "workspace", "create", file.toString());

        CommandRun info = CommandRun.of(home, "workspace", "info", file.toString());
        Matcher id = Pattern.compile("Application id: ([0-9a-f]{32})").matcher(info.out());

        assertThat(id.find()).isTrue();
        assertThat(CommandRun.of(home, "apikey", "list", "--workspace", file.toString()).out())
                .contains("Application id: " + id.group(1), "This workspace has no API keys");
    }
}
