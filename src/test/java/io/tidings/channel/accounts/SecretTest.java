package io.tidings.channel.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretTest {

    private static final Map<String, String> ENVIRONMENT = Map.of("SMTP_PASSWORD", "from-the-environment");

    @TempDir
    Path folder;

    @Test
    void readsAnEnvironmentVariableAFileOrTheTextItself() throws Exception {
        Path file = folder.resolve("token");
        Files.writeString(file, "from-a-file\n");

        assertThat(value("env:SMTP_PASSWORD")).isEqualTo("from-the-environment");
        assertThat(value("file:" + file)).isEqualTo("from-a-file");
        assertThat(value("s3cret")).isEqualTo("s3cret");
        assertThat(value("text:env:not-a-reference")).isEqualTo("env:not-a-reference");
    }

    @Test
    void whatCannotBeReadIsNamedByItsField() {
        assertThatThrownBy(() -> value("env:MISSING")).isInstanceOfSatisfying(AccountFieldException.class, wrong -> {
            assertThat(wrong.field()).isEqualTo("password");
            assertThat(wrong.getMessage()).isEqualTo("the environment variable MISSING is not set.");
        });
        Path missing = folder.resolve("missing");
        assertThatThrownBy(() -> value("file:" + missing)).isInstanceOf(AccountFieldException.class)
                .hasMessage("there is no file " + missing + ".");
    }

    @Test
    void neverShowsAValue() {
        assertThat(new Secret("s3cret").toString()).doesNotContain("s3cret").isEqualTo("(kept in the workspace)");
        assertThat(new Secret("env:SMTP_PASSWORD").toString()).isEqualTo("env:SMTP_PASSWORD");
        assertThat(new SmtpAccount("h", 25, null, "news", new Secret("s3cret"), null).toString()).doesNotContain("s3cret");
    }

    private static String value(String reference) {
        return new Secret(reference).value("password", ENVIRONMENT::get);
    }
}
