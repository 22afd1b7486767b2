package io.tidings.channel.accounts.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tidings.channel.ChannelSender.ConnectionCheck;
import io.tidings.channel.DeliveryChannel;
import io.tidings.channel.accounts.AccountProblem;
import io.tidings.channel.accounts.ChannelAccount;
import io.tidings.channel.accounts.ChannelAccountService;
import io.tidings.channel.accounts.ChannelAccounts;
import io.tidings.channel.accounts.EmailSettings;
import io.tidings.channel.accounts.ChannelAccountsJson;
import io.tidings.channel.accounts.InvalidAccountsException;
import io.tidings.channel.accounts.Providers;
import io.tidings.shell.BackgroundJob;
import io.tidings.shell.BackgroundWork;
import io.tidings.shell.DialogService;
import io.tidings.shell.UnsavedEdits;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/**
 * The editor of one channel's account: its provider, that provider's settings, and the channel's rate limit
 * (for email also its From and tracking links). Saving and testing read the form through the settings reader, so
 * every problem comes back at its field; nothing is saved while any remain.
 */
final class ChannelEditorViewModel implements UnsavedEdits {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final DeliveryChannel channel;
    private final ChannelAccounts saved;
    private final ChannelAccountService service;
    private final BackgroundWork background;
    private final DialogService dialogs;
    private final Consumer<ChannelAccounts> whenSaved;
    private final Runnable whenClosed;

    private final ObjectProperty<List<String>> provider = new SimpleObjectProperty<>(this, "provider");
    private final Map<String, Setting> settings = new LinkedHashMap<>();
    private final Map<Setting, BooleanBinding> shown = new LinkedHashMap<>();
    private final ObservableMap<String, String> problems = FXCollections.observableHashMap();
    private final ReadOnlyStringWrapper otherProblems = new ReadOnlyStringWrapper(this, "otherProblems");
    private final ReadOnlyBooleanWrapper testing = new ReadOnlyBooleanWrapper(this, "testing");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");
    private final ReadOnlyObjectWrapper<ConnectionCheck> testResult = new ReadOnlyObjectWrapper<>(this, "testResult");
    private final ReadOnlyStringWrapper plaintextWarning = new ReadOnlyStringWrapper(this, "plaintextWarning");
    private final ReadOnlyBooleanWrapper unsaved = new ReadOnlyBooleanWrapper(this, "unsaved");
    private final ReadOnlyIntegerWrapper checks = new ReadOnlyIntegerWrapper(this, "checks");
    private boolean filling;

    /**
     * @param saved the workspace's accounts, which the other channels keep
     * @param whenSaved gets the accounts as saved
     * @param whenClosed called when the user cancels
     */
    ChannelEditorViewModel(DeliveryChannel channel, ChannelAccounts saved, ChannelAccountService service,
            BackgroundWork background, DialogService dialogs, Consumer<ChannelAccounts> whenSaved, Runnable whenClosed) {
        this.channel = channel;
        this.saved = saved;
        this.service = service;
        this.background = background;
        this.dialogs = dialogs;
        this.whenSaved = whenSaved;
        this.whenClosed = whenClosed;
        SettingsOfChannel.of(channel).forEach(setting -> {
            settings.put(setting.path(), setting);
            shown.put(setting, shownBinding(setting));
            setting.observables().forEach(observable -> observable.addListener(edit -> {
                problems.remove(setting.path());
                edited(edit);
            }));
        });
        provider.addListener(this::edited);
        show(saved);
        if (channel == DeliveryChannel.EMAIL) {
            warnOfPlaintextLogin();
        }
    }

    /** Keeps {@link #plaintextWarningProperty()} up to date with the SMTP security, user name and password. */
    private void warnOfPlaintextLogin() {
        ChoiceSetting security = (ChoiceSetting) settings.get("email.smtp.security");
        Setting username = settings.get("email.smtp.username");
        Setting password = settings.get("email.smtp.password");
        List<Observable> watched = new ArrayList<>(List.of(provider));
        for (Setting setting : List.of(security, username, password)) {
            watched.addAll(setting.observables());
        }
        plaintextWarning.bind(Bindings.createStringBinding(() -> provider.get() != null
                && provider.get().contains("smtp") && security.is("NONE")
                && (username.json() != null || password.json() != null)
                ? "Without encryption, the user name and password cross the network as plain text, where others can "
                        + "read them. Choose STARTTLS or SMTPS if the server offers it."
                : null, watched.toArray(Observable[]::new)));
    }

    // Properties

    DeliveryChannel channel() {
        return channel;
    }

    String channelName() {
        return ChannelSummary.name(channel);
    }

    /** What the channel can send through: each provider, and for push APNs with FCM. */
    List<List<String>> providerChoices() {
        return Providers.choices(channel);
    }

    ObjectProperty<List<String>> providerProperty() {
        return provider;
    }

    /** The settings of one provider's section, or (null) of the channel itself, in their settings order. */
    List<Setting> settingsOf(String providerName) {
        return settings.values().stream().filter(setting -> providerName == null ? setting.provider() == null
                : providerName.equals(setting.provider())).toList();
    }

    /** The setting at {@code path}, such as {@code email.smtp.port}. */
    Setting setting(String path) {
        return settings.get(path);
    }

    /** True while the setting belongs to the chosen provider (and, for some, to the chosen style). */
    BooleanBinding shownBinding(Setting setting) {
        BooleanBinding known = shown.get(setting);
        if (known != null) {
            return known;
        }
        String condition = setting.words().shownWhen();
        ChoiceSetting choice = condition == null ? null
                : (ChoiceSetting) settings.get(Setting.path(channel, setting.provider(), condition.split("=")[0]));
        return Bindings.createBooleanBinding(
                () -> (setting.provider() == null || provider.get() != null && provider.get().contains(setting.provider()))
                        && (choice == null || choice.is(condition.split("=")[1])),
                choice == null ? new Observable[] {provider}
                        : new Observable[] {provider, choice.valueProperty()});
    }

    /** Each refused value's message by its setting's path. */
    ObservableMap<String, String> problems() {
        return problems;
    }

    /** Problems that belong to no field on the form (a whole section), or null. */
    ReadOnlyStringProperty otherProblemsProperty() {
        return otherProblems.getReadOnlyProperty();
    }

    /** Counts the times the form was checked (a save or a test); each check shows its problems afresh. */
    ReadOnlyIntegerProperty checksProperty() {
        return checks.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty testingProperty() {
        return testing.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    /** Why the form's login would cross the network as plain text, or null when it would not. */
    ReadOnlyStringProperty plaintextWarningProperty() {
        return plaintextWarning.getReadOnlyProperty();
    }

    /** What the last connection test found, or null before one ends. */
    ReadOnlyObjectProperty<ConnectionCheck> testResultProperty() {
        return testResult.getReadOnlyProperty();
    }

    // Commands

    /** True once the user changed a field since the editor opened. */
    @Override
    public ReadOnlyBooleanProperty unsavedProperty() {
        return unsaved.getReadOnlyProperty();
    }

    @Override
    public String editedName() {
        return "the " + channelName() + " account";
    }

    /** Closes the editor, leaving the account as saved. */
    @Override
    public void discard() {
        cancel();
    }

    /** Checks the form and saves it in place of the channel's account; problems show at their fields instead. */
    void save() {
        save(() -> { }, () -> { });
    }

    @Override
    public void save(Runnable whenDone, Runnable notSaved) {
        if (saving.get()) {
            notSaved.run();
            return;
        }
        ChannelAccounts edited = edited();
        if (edited == null) {
            notSaved.run();
            return;
        }
        saving.set(true);
        background.run(BackgroundJob.of("Saving the " + channelName() + " account", progress -> {
            // Read afresh: the Sending limits page may have changed this channel's limit since the editor opened.
            ChannelAccounts current = service.load();
            ChannelAccounts merged = current.with(edited.account(channel)
                    .withRate(current.account(channel).ratePerSecond()));
            if (channel == DeliveryChannel.EMAIL) {
                // the old tracking base URL is not in the form: kept as stored, for the tracking server to read
                merged = merged.withEmail(new EmailSettings(edited.email().fromAddress(), edited.email().fromName(),
                        current.email().trackingBaseUrl()));
            }
            service.save(merged);
            return merged;
        }).quiet().onSuccess(accounts -> {
            saving.set(false);
            unsaved.set(false);
            whenSaved.accept(accounts);
            whenDone.run();
        }).onFailure(error -> {
            saving.set(false);
            if (error instanceof InvalidAccountsException invalid) {
                showProblems(invalid.problems());
            } else {
                otherProblems.set("Not saved: " + error.getMessage());
            }
            notSaved.run();
        }));
    }

    void cancel() {
        whenClosed.run();
    }

    /** Connects and signs in with the settings as the form has them, in the background; sends nothing. */
    void testConnection() {
        if (testing.get()) {
            return;
        }
        testResult.set(null);
        ChannelAccounts edited = edited();
        if (edited == null) {
            return;
        }
        testing.set(true);
        background.run(BackgroundJob.of("Testing the " + channelName() + " connection",
                progress -> service.testConnection(edited, channel)).quiet().onSuccess(check -> {
                    testing.set(false);
                    testResult.set(check);
                }).onFailure(error -> {
                    testing.set(false);
                    testResult.set(new ConnectionCheck(false, "The test failed: " + error.getMessage()));
                }));
    }

    /** Fills the SMTP host, port and security from a well-known relay; the user name and password stay. */
    void useRelay(SmtpRelay relay) {
        ((TextSetting) settings.get("email.smtp.host")).textProperty().set(relay.host());
        ((TextSetting) settings.get("email.smtp.port")).textProperty().set(Integer.toString(relay.port()));
        ((ChoiceSetting) settings.get("email.smtp.security")).valueProperty().set(relay.security());
    }

    /** Lets the user pick the file a setting names (a key file, a certificate). */
    void chooseFile(Setting setting) {
        SettingWords words = setting.words();
        dialogs.chooseFileToOpen("Choose the " + words.label().toLowerCase(Locale.ROOT) + " file",
                words.file() == null ? List.of() : List.of(words.file())).ifPresent(file -> {
                    String path = file.toAbsolutePath().toString();
                    if (setting instanceof SecretSetting secret) {
                        secret.sourceProperty().set(SecretSetting.Source.FILE);
                        secret.textProperty().set(path);
                    } else if (setting instanceof TextSetting text) {
                        text.textProperty().set(path);
                    }
                });
    }

    private void edited(Observable changed) {
        if (!filling) {
            unsaved.set(true);
        }
    }

    private void show(ChannelAccounts accounts) {
        filling = true;
        try {
            fill(accounts);
        } finally {
            filling = false;
        }
        unsaved.set(false);
    }

    private void fill(ChannelAccounts accounts) {
        JsonNode stored;
        try {
            stored = JSON.readTree(ChannelAccountsJson.write(accounts));
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("The settings writer wrote JSON it cannot read.", impossible);
        }
        settings.values().forEach(setting -> setting.show(stored.at(Setting.pointer(setting.path()))));
        ChannelAccount account = accounts.account(channel);
        provider.set(account.isSandbox() ? providerChoices().get(0)
                : List.copyOf(Providers.sections(account.provider()).keySet()));
    }

    /** The workspace's accounts with this channel as the form has it, or null after showing the form's problems. */
    private ChannelAccounts edited() {
        problems.clear();
        otherProblems.set(null);
        checks.set(checks.get() + 1);
        ObjectNode root = JSON.createObjectNode();
        ObjectNode node = root.putObject(ChannelAccounts.section(channel));
        List<String> chosen = provider.get();
        if (chosen.size() == 1) {
            node.put(ChannelAccountsJson.PROVIDER, chosen.get(0));
        } else {
            chosen.forEach(node.putArray(ChannelAccountsJson.PROVIDER)::add);
        }
        chosen.forEach(node::putObject);
        settings.values().forEach(setting -> {
            JsonNode value = setting.json();
            if (value != null && shown.get(setting).get()) {
                (setting.provider() == null ? node : (ObjectNode) node.get(setting.provider())).set(setting.key(), value);
            }
        });
        try {
            return saved.overriddenBy(ChannelAccountsJson.read("The " + channelName() + " settings", root.toString()));
        } catch (InvalidAccountsException invalid) {
            showProblems(invalid.problems());
            return null;
        }
    }

    private void showProblems(List<AccountProblem> found) {
        List<String> elsewhere = new ArrayList<>();
        Map<String, List<String>> byField = new LinkedHashMap<>();
        for (AccountProblem problem : found) {
            Setting setting = settings.get(problem.field());
            if (setting != null && shown.get(setting).get()) {
                byField.computeIfAbsent(problem.field(), field -> new ArrayList<>()).add(sentence(problem.message()));
            } else {
                elsewhere.add(sentence(problem.message()));
            }
        }
        byField.forEach((field, messages) -> problems.put(field, String.join(" ", messages)));
        otherProblems.set(elsewhere.isEmpty() ? null : elsewhere.stream().collect(Collectors.joining("\n")));
    }

    private static String sentence(String message) {
        return message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }
}
