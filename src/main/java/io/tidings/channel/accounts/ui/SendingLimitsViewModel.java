package io.tidings.channel.accounts.ui;

import io.tidings.channel.DeliveryChannel;
import io.tidings.channel.accounts.AccountProblem;
import io.tidings.channel.accounts.ChannelAccountService;
import io.tidings.channel.accounts.ChannelAccounts;
import io.tidings.channel.accounts.InvalidAccountsException;
import io.tidings.shell.BackgroundJob;
import io.tidings.shell.BackgroundWork;
import io.tidings.shell.NumberText;
import io.tidings.shell.UnsavedEdits;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Settings › Sending limits: the most messages a second each channel sends, empty for no limit. Saving reads the
 * accounts afresh and changes only the limits, so a provider saved on the Channels page meanwhile is kept.
 */
public final class SendingLimitsViewModel implements UnsavedEdits {

    private final ChannelAccountService service;
    private final BackgroundWork background;

    private final Map<DeliveryChannel, StringProperty> rates = new EnumMap<>(DeliveryChannel.class);
    private final Map<DeliveryChannel, ReadOnlyStringWrapper> problems = new EnumMap<>(DeliveryChannel.class);
    private final ReadOnlyBooleanWrapper unsaved = new ReadOnlyBooleanWrapper(this, "unsaved");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private boolean filling;

    public SendingLimitsViewModel(ChannelAccountService service, BackgroundWork background) {
        this.service = service;
        this.background = background;
        for (DeliveryChannel channel : DeliveryChannel.values()) {
            rates.put(channel, new SimpleStringProperty(this, channel.name(), ""));
            problems.put(channel, new ReadOnlyStringWrapper(this, channel.name() + "Problem", ""));
            rates.get(channel).addListener((observable, old, text) -> {
                if (!filling) {
                    unsaved.set(true);
                    message.set("");
                }
            });
        }
    }

    /** The limit as typed, in messages a second; empty for no limit. */
    StringProperty rateProperty(DeliveryChannel channel) {
        return rates.get(channel);
    }

    /** What is wrong with the channel's limit, or empty. */
    ReadOnlyStringProperty problemProperty(DeliveryChannel channel) {
        return problems.get(channel).getReadOnlyProperty();
    }

    /** What the last save did, or empty. */
    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Why the limits could not be read or saved, or empty. */
    ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyBooleanProperty unsavedProperty() {
        return unsaved.getReadOnlyProperty();
    }

    @Override
    public String editedName() {
        return "the sending limits";
    }

    /** Reads the saved limits, unless the form holds edits. */
    public void load() {
        if (unsaved.get()) {
            return;
        }
        background.run(BackgroundJob.of("Reading the sending limits", progress -> service.load()).quiet()
                .onSuccess(this::fill)
                .onFailure(error -> problem.set("The sending limits could not be read: " + error.getMessage())));
    }

    @Override
    public void discard() {
        unsaved.set(false);
        load();
    }

    void save() {
        save(() -> { }, () -> { });
    }

    @Override
    public void save(Runnable saved, Runnable notSaved) {
        Map<DeliveryChannel, Double> limits = checked();
        if (limits == null) {
            notSaved.run();
            return;
        }
        background.run(BackgroundJob.of("Saving the sending limits", progress -> {
            ChannelAccounts accounts = service.load();
            for (DeliveryChannel channel : DeliveryChannel.values()) {
                accounts = accounts.with(accounts.account(channel).withRate(limits.get(channel)));
            }
            service.save(accounts);
            return accounts;
        }).quiet().onSuccess(accounts -> {
            fill(accounts);
            message.set("Saved. Sends that start from now on keep to these limits.");
            saved.run();
        }).onFailure(error -> {
            if (error instanceof InvalidAccountsException invalid) {
                showProblems(invalid);
            } else {
                problem.set("Not saved: " + error.getMessage());
            }
            notSaved.run();
        }));
    }

    /** Each channel's limit (null for none), or null after marking the fields that are not numbers. */
    private Map<DeliveryChannel, Double> checked() {
        problem.set("");
        message.set("");
        Map<DeliveryChannel, Double> limits = new EnumMap<>(DeliveryChannel.class);
        boolean right = true;
        for (DeliveryChannel channel : DeliveryChannel.values()) {
            problems.get(channel).set("");
            String typed = rates.get(channel).get().strip();
            if (typed.isEmpty()) {
                limits.put(channel, null);
                continue;
            }
            Optional<Double> rate = NumberText.parse(typed);
            if (rate.isEmpty() || rate.get() <= 0 || rate.get() > ChannelAccounts.MOST_PER_SECOND) {
                problems.get(channel).set("Enter a number of messages a second from more than 0 to "
                        + NumberText.format(ChannelAccounts.MOST_PER_SECOND) + ", or leave it empty for no limit.");
                right = false;
            } else {
                limits.put(channel, rate.get());
            }
        }
        return right ? limits : null;
    }

    private void showProblems(InvalidAccountsException invalid) {
        StringBuilder elsewhere = new StringBuilder();
        for (AccountProblem found : invalid.problems()) {
            DeliveryChannel channel = channelOf(found.field());
            if (channel != null && found.field().endsWith(".ratePerSecond")) {
                problems.get(channel).set(found.message());
            } else {
                elsewhere.append(elsewhere.isEmpty() ? "" : " ").append(found.message());
            }
        }
        if (!elsewhere.isEmpty()) {
            problem.set("Not saved: the saved channel accounts have problems of their own (" + elsewhere
                    + "). Correct them on the Channels page first.");
        }
    }

    private static DeliveryChannel channelOf(String field) {
        for (DeliveryChannel channel : DeliveryChannel.values()) {
            if (field.startsWith(ChannelAccounts.section(channel) + ".")) {
                return channel;
            }
        }
        return null;
    }

    private void fill(ChannelAccounts accounts) {
        filling = true;
        try {
            for (DeliveryChannel channel : DeliveryChannel.values()) {
                Double rate = accounts.account(channel).ratePerSecond();
                rates.get(channel).set(rate == null ? "" : NumberText.format(rate));
                problems.get(channel).set("");
            }
        } finally {
            filling = false;
        }
        problem.set("");
        unsaved.set(false);
    }
}
