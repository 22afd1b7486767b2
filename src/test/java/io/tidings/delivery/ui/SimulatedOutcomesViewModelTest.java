package io.tidings.delivery.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.channel.sandbox.SandboxRate;
import io.tidings.channel.sandbox.SandboxSettings;
import io.tidings.channel.sandbox.SandboxSettingsStore;
import io.tidings.shell.ImmediateBackgroundWork;
import io.tidings.store.Database;
import io.tidings.store.Migrations;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulatedOutcomesViewModelTest {

    @TempDir
    Path folder;

    private Database database;
    private SandboxSettingsStore store;
    private SimulatedOutcomesViewModel form;

    @BeforeEach
    void open() {
        database = Database.open(folder.resolve("outcomes.tidings"));
        Migrations.migrate(database);
        store = new SandboxSettingsStore(database);
        form = new SimulatedOutcomesViewModel(store, new ImmediateBackgroundWork());
        form.load();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void theFormShowsTheWorkspacesRates() {
        assertThat(form.rateProperty(SandboxRate.EMAIL_DELIVERED).get()).isEqualTo("97");
        assertThat(form.rateProperty(SandboxRate.EMAIL_COMPLAINT).get()).isEqualTo("0.1");
        assertThat(form.simulateProperty().get()).isTrue();
        assertThat(form.dirtyProperty().get()).isFalse();
    }

    @Test
    void aFieldThatIsNotANumberIsNamedAndNothingIsSaved() {
        form.rateProperty(SandboxRate.EMAIL_OPEN).set("lots");
        assertThat(form.dirtyProperty().get()).isTrue();

        form.save();

        assertThat(form.problemProperty(SandboxRate.EMAIL_OPEN).get()).isEqualTo("Email open: enter a number from 0 to 100.");
        assertThat(form.statusProperty().get()).isEqualTo("Not saved: correct the fields marked below.");
        assertThat(store.load()).isEqualTo(SandboxSettings.defaults());
    }

    @Test
    void outcomesAddingUpToMoreThanEveryMessageAreRefusedUntilCorrected() {
        form.rateProperty(SandboxRate.EMAIL_DELIVERED).set("99");
        form.rateProperty(SandboxRate.EMAIL_HARD_BOUNCE).set("3");

        form.save();
        assertThat(form.problemProperty(SandboxRate.EMAIL_SOFT_BOUNCE).get())
                .startsWith("Email: delivered, hard bounce and soft bounce add up to 103 %");
        assertThat(store.load()).isEqualTo(SandboxSettings.defaults());

        form.rateProperty(SandboxRate.EMAIL_DELIVERED).set("95.5");
        form.simulateProperty().set(false);
        form.save();

        assertThat(form.problemProperty(SandboxRate.EMAIL_SOFT_BOUNCE).get()).isEmpty();
        assertThat(form.statusProperty().get()).startsWith("Saved.");
        assertThat(form.dirtyProperty().get()).isFalse();
        SandboxSettings saved = store.load();
        assertThat(saved.simulate()).isFalse();
        assertThat(saved.rate(SandboxRate.EMAIL_DELIVERED)).isEqualTo(95.5);
        assertThat(saved.rate(SandboxRate.EMAIL_HARD_BOUNCE)).isEqualTo(3.0);
    }

    @Test
    void theStandardRatesComeBackWithOneClickAndASave() {
        form.rateProperty(SandboxRate.SMS_DELIVERED).set("50");
        form.save();
        assertThat(store.load().rate(SandboxRate.SMS_DELIVERED)).isEqualTo(50.0);

        form.useStandardRates();
        assertThat(form.rateProperty(SandboxRate.SMS_DELIVERED).get()).isEqualTo("98");
        assertThat(form.dirtyProperty().get()).isTrue();
        form.save();

        assertThat(store.load()).isEqualTo(SandboxSettings.defaults());
    }
}
