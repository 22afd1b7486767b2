package io.tidings.analytics.ui;

import io.tidings.analytics.EventRetention;
import io.tidings.analytics.RetentionPeriod;
import io.tidings.shell.BackgroundJob;
import io.tidings.shell.BackgroundWork;
import io.tidings.shell.UnsavedEdits;
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
 * Settings › Analytics: how long the workspace keeps raw events, as a number of days or for ever (the same setting
 * as {@code tidings events retention}). The days are checked before anything is saved, with the problem in words.
 */
public final class EventRetentionViewModel implements UnsavedEdits {

    /** The most days the field takes: a hundred years; longer is "for ever". */
    static final int MOST_DAYS = 36_500;

    private final EventRetention retention;
    private final BackgroundWork background;

    private final StringProperty days = new SimpleStringProperty(this, "days", "");
    private final BooleanProperty unlimited = new SimpleBooleanProperty(this, "unlimited");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private boolean filling;

    public EventRetentionViewModel(EventRetention retention, BackgroundWork background) {
        this.retention = retention;
        this.background = background;
        days.addListener((observable, old, text) -> edited());
        unlimited.addListener((observable, old, on) -> edited());
    }

    /** The days as typed. */
    public StringProperty daysProperty() {
        return days;
    }

    /** Whether raw events are kept for ever. */
    public BooleanProperty unlimitedProperty() {
        return unlimited;
    }

    /** What is wrong with the days, or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyBooleanProperty unsavedProperty() {
        return dirty.getReadOnlyProperty();
    }

    @Override
    public String editedName() {
        return "the events' retention";
    }

    @Override
    public void discard() {
        dirty.set(false);
        load();
    }

    /** Reads the workspace's retention into the form. */
    public void load() {
        background.run(BackgroundJob.of("Reading the events' retention", progress -> retention.retention())
                .quiet()
                .onSuccess(period -> {
                    fill(period);
                    loaded.set(true);
                    status.set("");
                })
                .onFailure(failure -> {
                    loaded.set(true);
                    status.set("The retention could not be read: " + failure.getMessage());
                }));
    }

    /** Puts Pinpoint's 90 days in the form, saved with {@link #save}. */
    public void usePinpointsDefault() {
        days.set(Integer.toString(RetentionPeriod.DEFAULT.days().getAsInt()));
        unlimited.set(false);
    }

    public void save() {
        save(() -> { }, () -> { });
    }

    @Override
    public void save(Runnable saved, Runnable notSaved) {
        Optional<RetentionPeriod> period = checked();
        if (period.isEmpty()) {
            status.set("Not saved: correct the days.");
            notSaved.run();
            return;
        }
        background.run(BackgroundJob.of("Saving the events' retention", progress -> {
                    retention.setRetention(period.get());
                    return retention.retention();
                })
                .quiet()
                .onSuccess(stored -> {
                    fill(stored);
                    status.set(stored.unlimited() ? "Saved: raw events are kept for ever."
                            : "Saved: raw events older than %s are purged once a day while Tidings runs; the daily "
                                    .formatted(stored) + "rollups, and so every KPI, are kept.");
                    saved.run();
                })
                .onFailure(failure -> {
                    status.set("Not saved: " + failure.getMessage());
                    notSaved.run();
                }));
    }

    private Optional<RetentionPeriod> checked() {
        problem.set("");
        if (unlimited.get()) {
            return Optional.of(RetentionPeriod.UNLIMITED);
        }
        String text = days.get() == null ? "" : days.get().strip().replace(",", "");
        int value;
        try {
            value = Integer.parseInt(text);
        } catch (NumberFormatException notWhole) {
            problem.set(text.isEmpty() ? "Days: enter how many days to keep raw events, or choose Unlimited."
                    : "Days: \"%s\" is not a whole number of days; enter one from 1 to %,d, or choose Unlimited."
                            .formatted(text.length() > 20 ? text.substring(0, 20) + "…" : text, MOST_DAYS));
            return Optional.empty();
        }
        if (value < 1 || value > MOST_DAYS) {
            problem.set("Days: %,d is out of range; enter from 1 to %,d days, or choose Unlimited."
                    .formatted(value, MOST_DAYS));
            return Optional.empty();
        }
        return Optional.of(RetentionPeriod.ofDays(value));
    }

    private void fill(RetentionPeriod period) {
        filling = true;
        unlimited.set(period.unlimited());
        days.set(period.unlimited() ? "" : Integer.toString(period.days().getAsInt()));
        problem.set("");
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
