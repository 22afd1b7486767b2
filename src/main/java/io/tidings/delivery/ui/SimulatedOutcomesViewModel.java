package io.tidings.delivery.ui;

import io.tidings.channel.sandbox.SandboxRate;
import io.tidings.channel.sandbox.SandboxSettings;
import io.tidings.channel.sandbox.SandboxSettingsStore;
import io.tidings.shell.BackgroundJob;
import io.tidings.shell.BackgroundWork;
import io.tidings.shell.NumberText;
import io.tidings.shell.UnsavedEdits;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The sandbox's simulated outcomes, as a form: whether to simulate, and each rate as typed, with
 * a problem next to the field that has one. Nothing is saved until every field is right.
 */
public final class SimulatedOutcomesViewModel implements UnsavedEdits {

    private final SandboxSettingsStore store;
    private final BackgroundWork background;

    private final BooleanProperty simulate = new SimpleBooleanProperty(this, "simulate", true);
    private final Map<SandboxRate, StringProperty> rates = new EnumMap<>(SandboxRate.class);
    private final Map<SandboxRate, ReadOnlyStringWrapper> problems = new EnumMap<>(SandboxRate.class);
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private boolean filling;

    public SimulatedOutcomesViewModel(SandboxSettingsStore store, BackgroundWork background) {
        this.store = store;
        this.background = background;
        for (SandboxRate rate : SandboxRate.values()) {
            rates.put(rate, new SimpleStringProperty(this, rate.name(), ""));
            problems.put(rate, new ReadOnlyStringWrapper(this, rate.name() + "Problem", ""));
            rates.get(rate).addListener((observable, old, text) -> edited());
        }
        simulate.addListener((observable, old, on) -> edited());
    }

    public BooleanProperty simulateProperty() {
        return simulate;
    }

    /** The rate as typed, in percent. */
    public StringProperty rateProperty(SandboxRate rate) {
        return rates.get(rate);
    }

    /** What is wrong with the field, or empty. */
    public ReadOnlyStringProperty problemProperty(SandboxRate rate) {
        return problems.get(rate).getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyBooleanProperty unsavedProperty() {
        return dirtyProperty();
    }

    @Override
    public String editedName() {
        return "the sandbox's simulated outcomes";
    }

    /** Reads the saved settings back into the form. */
    @Override
    public void discard() {
        dirty.set(false);
        load();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Reads the workspace's settings into the form. */
    public void load() {
        background.run(BackgroundJob.of("Reading the sandbox settings", progress -> store.load())
                .quiet()
                .onSuccess(settings -> {
                    fill(settings);
                    loaded.set(true);
                    status.set("");
                })
                .onFailure(failure -> {
                    fill(SandboxSettings.defaults());
                    loaded.set(true);
                    status.set(failure.getMessage() + " The form shows the standard rates; save to use them.");
                }));
    }

    /** Puts the standard rates in the form; they are saved with {@link #save()}. */
    public void useStandardRates() {
        fill(SandboxSettings.defaults());
        dirty.set(true);
    }

    /** Checks every field and saves when all are right; otherwise each wrong field says why. */
    public void save() {
        save(() -> { }, () -> { });
    }

    @Override
    public void save(Runnable saved, Runnable notSaved) {
        Optional<SandboxSettings> settings = checked();
        if (settings.isEmpty()) {
            status.set("Not saved: correct the fields marked below.");
            notSaved.run();
            return;
        }
        background.run(BackgroundJob.of("Saving the sandbox settings", progress -> {
                    store.save(settings.get());
                    return settings.get();
                })
                .quiet()
                .onSuccess(stored -> {
                    fill(stored);
                    status.set("Saved. Messages sent from now on get these outcomes; messages already sent keep theirs.");
                    saved.run();
                })
                .onFailure(failure -> {
                    status.set("Not saved: " + failure.getMessage());
                    notSaved.run();
                }));
    }

    private Optional<SandboxSettings> checked() {
        Map<SandboxRate, Double> values = new EnumMap<>(SandboxRate.class);
        problems.values().forEach(problem -> problem.set(""));
        for (SandboxRate rate : SandboxRate.values()) {
            Optional<Double> value = NumberText.parse(rates.get(rate).get());
            if (value.isEmpty()) {
                problems.get(rate).set(rate.label() + ": enter a number from 0 to 100.");
            } else {
                values.put(rate, value.get());
            }
        }
        if (values.size() < SandboxRate.values().length) {
            return Optional.empty();
        }
        var found = SandboxSettings.problems(values);
        found.forEach(problem -> problems.get(problem.rate()).set(problem.message()));
        return found.isEmpty() ? Optional.of(new SandboxSettings(simulate.get(), values)) : Optional.empty();
    }

    private void fill(SandboxSettings settings) {
        filling = true;
        simulate.set(settings.simulate());
        settings.rates().forEach((rate, value) -> rates.get(rate).set(NumberText.format(value)));
        problems.values().forEach(problem -> problem.set(""));
        filling = false;
        dirty.set(false);
    }

    private void edited() {
        if (!filling) {
            dirty.set(true);
            status.set("");
        }
    }
}
