package io.tidings.channel.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tidings.store.Database;
import io.tidings.store.Migrations;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SandboxSettingsStoreTest {

    @TempDir
    Path folder;

    private Database database;
    private SandboxSettingsStore store;

    @BeforeEach
    void open() {
        database = Database.open(folder.resolve("settings.tidings"));
        Migrations.migrate(database);
        store = new SandboxSettingsStore(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aNewWorkspaceSimulatesAtTheStandardRates() {
        SandboxSettings settings = store.load();

        assertThat(settings.simulate()).isTrue();
        assertThat(settings.rate(SandboxRate.EMAIL_DELIVERED)).isEqualTo(97.0);
        assertThat(settings.rate(SandboxRate.EMAIL_COMPLAINT)).isEqualTo(0.1);
        assertThat(settings.rate(SandboxRate.EMAIL_OPEN)).isEqualTo(40.0);
        assertThat(settings.rate(SandboxRate.EMAIL_CLICK)).isEqualTo(10.0);
    }

    @Test
    void savedSettingsReadBackFromTheFile() {
        Map<SandboxRate, Double> rates = new EnumMap<>(SandboxRate.class);
        rates.put(SandboxRate.EMAIL_DELIVERED, 90.5);
        rates.put(SandboxRate.EMAIL_HARD_BOUNCE, 5.0);
        rates.put(SandboxRate.VOICE_DELIVERED, 60.0);
        store.save(new SandboxSettings(false, rates));

        SandboxSettings reopened;
        database.close();
        database = Database.open(folder.resolve("settings.tidings"));
        reopened = new SandboxSettingsStore(database).load();

        assertThat(reopened.simulate()).isFalse();
        assertThat(reopened.rate(SandboxRate.EMAIL_DELIVERED)).isEqualTo(90.5);
        assertThat(reopened.rate(SandboxRate.EMAIL_HARD_BOUNCE)).isEqualTo(5.0);
        assertThat(reopened.rate(SandboxRate.VOICE_DELIVERED)).isEqualTo(60.0);
        assertThat(reopened.rate(SandboxRate.SMS_DELIVERED)).isEqualTo(98.0);
    }

    @Test
    void aRateOutsideZeroToHundredIsRefusedByName() {
        assertThatThrownBy(() -> new SandboxSettings(true, Map.of(SandboxRate.EMAIL_OPEN, 140.0)))
                .hasMessage("Email open must be a number from 0 to 100 (percent).");
        assertThatThrownBy(() -> new SandboxSettings(true, Map.of(SandboxRate.SMS_FAILED, -1.0)))
                .hasMessage("SMS failed must be a number from 0 to 100 (percent).");
        assertThatThrownBy(() -> new SandboxSettings(true, Map.of(SandboxRate.PUSH_FAILED, Double.NaN)))
                .hasMessage("Push failed must be a number from 0 to 100 (percent).");
    }

    @Test
    void aChannelsOutcomesCannotAddUpToMoreThanEveryMessage() {
        assertThat(SandboxSettings.problems(Map.of(SandboxRate.EMAIL_DELIVERED, 99.0, SandboxRate.EMAIL_HARD_BOUNCE, 3.0)))
                .singleElement().satisfies(problem -> {
                    assertThat(problem.rate()).isEqualTo(SandboxRate.EMAIL_SOFT_BOUNCE);
                    assertThat(problem.message()).isEqualTo("Email: delivered, hard bounce and soft bounce add up to "
                            + "103 %; together they can be at most 100 % of messages sent.");
                });
        assertThat(SandboxSettings.problems(Map.of(SandboxRate.VOICE_DELIVERED, 95.5)))
                .extracting(SandboxSettings.Problem::message)
                .containsExactly("Voice: answered and not answered add up to 105.5 %; together they can be at most "
                        + "100 % of messages sent.");
        assertThat(SandboxSettings.problems(Map.of(SandboxRate.EMAIL_OPEN, 100.0, SandboxRate.EMAIL_CLICK, 100.0)))
                .as("shares of delivered and opened emails are not outcomes of sending").isEmpty();
    }

    @Test
    void settingsChangedByHandIntoNonsenseAreReportedWithTheField() {
        database.write(connection -> {
            try (var statement = connection.createStatement()) {
                statement.execute("INSERT INTO sandbox_settings VALUES (1, '{\"rates\": {\"SMS_FAILED\": \"lots\"}}', 'now')");
            }
            return null;
        });
        assertThatThrownBy(store::load).isInstanceOf(IllegalStateException.class)
                .hasMessage("The sandbox settings in this workspace are not usable: SMS failed is not a number.");

        store.save(SandboxSettings.defaults());
        assertThat(store.load()).isEqualTo(SandboxSettings.defaults());
    }
}
