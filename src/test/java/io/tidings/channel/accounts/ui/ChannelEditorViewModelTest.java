package io.tidings.channel.accounts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.channel.DeliveryChannel;
import io.tidings.channel.accounts.ApnsAccount;
import io.tidings.channel.accounts.ApnsAndFcmAccount;
import io.tidings.channel.accounts.ApnsEnvironment;
import io.tidings.channel.accounts.ChannelAccount;
import io.tidings.channel.accounts.ChannelAccountService;
import io.tidings.channel.accounts.ChannelAccounts;
import io.tidings.channel.accounts.EmailSettings;
import io.tidings.channel.accounts.FcmAccount;
import io.tidings.channel.accounts.HttpSmsAccount;
import io.tidings.channel.accounts.Secret;
import io.tidings.channel.accounts.SmppAccount;
import io.tidings.channel.accounts.SmtpAccount;
import io.tidings.channel.email.SmtpSecurity;
import io.tidings.channel.http.FakeProvider;
import io.tidings.channel.http.FakeProvider.Answer;
import io.tidings.channel.sms.SmsProviderStyle;
import io.tidings.shell.BackgroundWork;
import io.tidings.shell.ImmediateBackgroundWork;
import io.tidings.shell.QueuedBackgroundWork;
import io.tidings.shell.RecordingDialogs;
import io.tidings.store.Database;
import io.tidings.store.Migrations;
import io.tidings.wiring.Wiring;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The channel editor without a screen: what it reads from the form, saves, tests and shows. */
class ChannelEditorViewModelTest {

    @TempDir
    Path folder;

    private Database database;
    private ChannelAccountService service;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final AtomicReference<ChannelAccounts> saved = new AtomicReference<>();

    @BeforeEach
    void openWorkspace() {
        database = Database.open(folder.resolve("editor.tidings"));
        Migrations.migrate(database);
        service = Wiring.channelAccounts(database, Map.of("TWILIO_TOKEN", "t0ken")::get, Clock.systemUTC());
    }

    @AfterEach
    void closeWorkspace() {
        database.close();
    }

    private ChannelEditorViewModel editor(DeliveryChannel channel, ChannelAccounts accounts, BackgroundWork background) {
        return new ChannelEditorViewModel(channel, accounts, service, background, dialogs, saved::set, () -> { });
    }

    private static void type(ChannelEditorViewModel editor, String path, String text) {
        Setting setting = editor.setting(path);
        if (setting instanceof SecretSetting secret) {
            secret.textProperty().set(text);
        } else {
            ((TextSetting) setting).textProperty().set(text);
        }
    }

    @Test
    void theConnectionTestIsBusyUntilItEndsAndRunsInTheBackground() throws Exception {
        try (FakeProvider twilio = new FakeProvider()) {
            twilio.answer(request -> Answer.json(200, "{\"friendly_name\": \"Shop\"}"));
            QueuedBackgroundWork background = new QueuedBackgroundWork();
            ChannelEditorViewModel editor = editor(DeliveryChannel.SMS, ChannelAccounts.SANDBOX, background);
            type(editor, "sms.httpSms.baseUrl", twilio.baseUrl());
            type(editor, "sms.httpSms.accountSid", "AC1");
            ((SecretSetting) editor.setting("sms.httpSms.authToken")).sourceProperty().set(SecretSetting.Source.ENVIRONMENT);
            type(editor, "sms.httpSms.authToken", "TWILIO_TOKEN");
            type(editor, "sms.httpSms.defaultFrom", "+15550100");

            editor.testConnection();

            assertThat(editor.testingProperty().get()).isTrue();
            assertThat(twilio.received()).isEmpty();
            background.runAll();
            assertThat(editor.testingProperty().get()).isFalse();
            assertThat(editor.testResultProperty().get().ok()).isTrue();
            assertThat(editor.testResultProperty().get().message()).isEqualTo("Signed in to account AC1 (Shop).");
            assertThat(twilio.onlyRequest().header("Authorization")).isNotBlank();
        }
    }

    @Test
    void pushThroughApnsAndFcmIsReadFromBothSectionsWithEachProblemAtItsField() {
        ChannelEditorViewModel editor = editor(DeliveryChannel.PUSH, ChannelAccounts.SANDBOX, new ImmediateBackgroundWork());
        editor.providerProperty().set(List.of("apns", "fcm"));
        type(editor, "push.apns.bundleId", "com.shop.app");
        type(editor, "push.apns.teamId", "TEAM");
        type(editor, "push.apns.keyId", "KEY1234567");
        ((SecretSetting) editor.setting("push.apns.authKey")).sourceProperty().set(SecretSetting.Source.FILE);
        type(editor, "push.apns.authKey", "/etc/tidings/AuthKey_KEY1234567.p8");
        ((ChoiceSetting) editor.setting("push.apns.environment")).valueProperty().set(ApnsEnvironment.BOTH);

        editor.save();

        assertThat(editor.problems()).containsOnlyKeys("push.apns.teamId", "push.fcm.serviceAccountKey");
        assertThat(editor.problems().get("push.fcm.serviceAccountKey"))
                .isEqualTo("The service account key is missing: give its file as file:/path/key.json.");
        assertThat(saved.get()).isNull();

        type(editor, "push.apns.teamId", "TEAM123456");
        assertThat(editor.problems()).containsOnlyKeys("push.fcm.serviceAccountKey");
        dialogs.answer(Path.of("/etc/tidings/firebase-key.json"));
        editor.chooseFile(editor.setting("push.fcm.serviceAccountKey"));
        editor.save();

        ApnsAndFcmAccount expected = new ApnsAndFcmAccount(new ApnsAccount("com.shop.app", "TEAM123456", "KEY1234567",
                new Secret("file:/etc/tidings/AuthKey_KEY1234567.p8"), ApnsEnvironment.BOTH, null, null, null, null),
                new FcmAccount(null, null, new Secret("file:/etc/tidings/firebase-key.json"), null));
        assertThat(editor.problems()).isEmpty();
        assertThat(service.load().account(DeliveryChannel.PUSH).provider()).isEqualTo(expected);
        assertThat(ChannelSummary.of(saved.get(), DeliveryChannel.PUSH).state())
                .isEqualTo("APNs for com.shop.app, production and development; FCM, the key file's project");
    }

    @Test
    void secretsShowWhereTheyComeFromButAValueKeptInTheWorkspaceIsNeverShown() {
        ChannelAccounts accounts = ChannelAccounts.SANDBOX
                .with(new ChannelAccount(DeliveryChannel.EMAIL, new SmtpAccount("smtp.shop.example", 587,
                        SmtpSecurity.STARTTLS, "news", new Secret("s3cret"), null), null))
                .with(new ChannelAccount(DeliveryChannel.SMS, new HttpSmsAccount(SmsProviderStyle.TWILIO_FORM,
                        "https://api.twilio.com", "AC1", null, Secret.environment("TWILIO_TOKEN"), "+15550100", null, null),
                        null))
                .withEmail(new EmailSettings("news@shop.example", null, null));
        service.save(accounts);

        ChannelEditorViewModel sms = editor(DeliveryChannel.SMS, accounts, new ImmediateBackgroundWork());
        SecretSetting token = (SecretSetting) sms.setting("sms.httpSms.authToken");
        assertThat(token.sourceProperty().get()).isEqualTo(SecretSetting.Source.ENVIRONMENT);
        assertThat(token.textProperty().get()).isEqualTo("TWILIO_TOKEN");

        ChannelEditorViewModel email = editor(DeliveryChannel.EMAIL, accounts, new ImmediateBackgroundWork());
        SecretSetting password = (SecretSetting) email.setting("email.smtp.password");
        assertThat(password.textProperty().get()).isEmpty();
        assertThat(password.storedBinding().get()).isTrue();
        type(email, "email.smtp.host", "smtp2.shop.example");
        email.save();
        assertThat(service.load().account(DeliveryChannel.EMAIL).provider()).isEqualTo(new SmtpAccount(
                "smtp2.shop.example", 587, SmtpSecurity.STARTTLS, "news", new Secret("s3cret"), null));

        type(email, "email.smtp.password", "env:looks-like-a-reference");
        email.save();
        assertThat(((SmtpAccount) service.load().account(DeliveryChannel.EMAIL).provider()).password())
                .isEqualTo(new Secret("text:env:looks-like-a-reference"));
    }

    @Test
    void theOldTrackingBaseUrlIsNotAskedForAndSavingTheEmailFormKeepsIt() {
        ChannelAccounts accounts = ChannelAccounts.SANDBOX
                .with(new ChannelAccount(DeliveryChannel.EMAIL, new SmtpAccount("smtp.shop.example", 587,
                        SmtpSecurity.STARTTLS, null, null, null), null))
                .withEmail(new EmailSettings("news@shop.example", null, "https://links.shop.example"));
        service.save(accounts);

        ChannelEditorViewModel email = editor(DeliveryChannel.EMAIL, accounts, new ImmediateBackgroundWork());
        assertThat(email.setting("email.trackingBaseUrl")).as("Settings › Tracking server asks for it now").isNull();
        assertThat(email.settingsOf(null)).extracting(Setting::path).contains("email.fromAddress", "email.fromName");
        type(email, "email.fromName", "Shop News");
        email.save();

        assertThat(service.load().email()).isEqualTo(
                new EmailSettings("news@shop.example", "Shop News", "https://links.shop.example"));
    }

    @Test
    void theSmsStyleDecidesWhichCredentialsAreRead() {
        ChannelEditorViewModel editor = editor(DeliveryChannel.SMS, ChannelAccounts.SANDBOX, new ImmediateBackgroundWork());
        type(editor, "sms.httpSms.baseUrl", "https://sms.shop.example");
        type(editor, "sms.httpSms.accountSid", "AC-left-over");
        type(editor, "sms.httpSms.apiKey", "k3y");
        type(editor, "sms.httpSms.defaultFrom", "Shop");
        ((ChoiceSetting) editor.setting("sms.httpSms.style")).valueProperty().set(SmsProviderStyle.JSON_WEBHOOK);

        assertThat(editor.shownBinding(editor.setting("sms.httpSms.accountSid")).get()).isFalse();
        assertThat(editor.shownBinding(editor.setting("sms.httpSms.apiKey")).get()).isTrue();
        editor.save();

        assertThat(editor.problems()).isEmpty();
        assertThat(service.load().account(DeliveryChannel.SMS).provider()).isEqualTo(new HttpSmsAccount(
                SmsProviderStyle.JSON_WEBHOOK, "https://sms.shop.example", null, new Secret("k3y"), null, "Shop", null,
                null));
    }

    @Test
    void anSmscAccountIsReadFromItsFieldsWithTheSmppDefaultsForWhatIsLeftEmpty() {
        ChannelEditorViewModel editor = editor(DeliveryChannel.SMS, ChannelAccounts.SANDBOX, new ImmediateBackgroundWork());
        editor.providerProperty().set(List.of("smpp"));
        type(editor, "sms.smpp.host", "smsc.shop.example");
        type(editor, "sms.smpp.systemId", "shop");
        type(editor, "sms.smpp.password", "env:SMSC_PASSWORD");
        ((SecretSetting) editor.setting("sms.smpp.password")).sourceProperty().set(SecretSetting.Source.ENVIRONMENT);
        type(editor, "sms.smpp.password", "SMSC_PASSWORD");
        type(editor, "sms.smpp.defaultFrom", "ShopNews");
        editor.save();

        assertThat(editor.problems()).isEmpty();
        assertThat(service.load().account(DeliveryChannel.SMS).provider()).isEqualTo(new SmppAccount(
                "smsc.shop.example", null, "shop", new Secret("env:SMSC_PASSWORD"), null, SmppAccount.SmppSecurity.NONE,
                null, "ShopNews", null, null));
        assertThat(ChannelSummary.of(saved.get(), DeliveryChannel.SMS).state()).contains("smsc.shop.example");
    }

    @Test
    void savingAChannelKeepsTheLimitTheSendingLimitsPageSavedMeanwhile() {
        ChannelEditorViewModel editor = editor(DeliveryChannel.VOICE, ChannelAccounts.SANDBOX, new ImmediateBackgroundWork());
        service.save(ChannelAccounts.SANDBOX.with(ChannelAccount.sandbox(DeliveryChannel.VOICE).withRate(2.5)));
        type(editor, "voice.twilioVoice.accountSid", "AC1");
        type(editor, "voice.twilioVoice.authToken", "t0ken");
        type(editor, "voice.twilioVoice.fromNumber", "+15550100");

        editor.save();

        assertThat(editor.problems()).isEmpty();
        assertThat(service.load().account(DeliveryChannel.VOICE).isSandbox()).isFalse();
        assertThat(service.load().account(DeliveryChannel.VOICE).ratePerSecond()).isEqualTo(2.5);
    }

    @Test
    void loggingInWithoutEncryptionIsWarnedAboutAndSavedOnlyWhenAllowed() {
        ChannelEditorViewModel editor = editor(DeliveryChannel.EMAIL, ChannelAccounts.SANDBOX, new ImmediateBackgroundWork());
        editor.providerProperty().set(List.of("smtp"));
        type(editor, "email.smtp.host", "smtp.example.com");
        type(editor, "email.fromAddress", "news@shop.example");
        ChoiceSetting security = (ChoiceSetting) editor.setting("email.smtp.security");
        security.valueProperty().set(SmtpSecurity.NONE);
        assertThat(editor.plaintextWarningProperty().get()).as("no login, nothing to warn about").isNull();

        type(editor, "email.smtp.username", "sender");
        type(editor, "email.smtp.password", "s3cret");
        assertThat(editor.plaintextWarningProperty().get()).contains("plain text", "STARTTLS");
        editor.save();
        assertThat(saved.get()).isNull();
        assertThat(editor.problems()).containsKey("email.smtp.security");

        ((FlagSetting) editor.setting("email.smtp.allowPlaintextAuth")).valueProperty().set(true);
        editor.save();
        assertThat(saved.get().account(DeliveryChannel.EMAIL).provider()).isEqualTo(new SmtpAccount("smtp.example.com",
                null, SmtpSecurity.NONE, "sender", new Secret("s3cret"), null, null, true));
        assertThat(editor.plaintextWarningProperty().get()).as("still plain text, still said").isNotNull();

        security.valueProperty().set(SmtpSecurity.STARTTLS);
        assertThat(editor.plaintextWarningProperty().get()).isNull();
    }

    @Test
    void anEditIsUnsavedUntilSavedAndOpeningAnotherChannelAsksFirst() {
        ChannelAccountsViewModel accounts = new ChannelAccountsViewModel(service, new ImmediateBackgroundWork(), dialogs);
        accounts.load();
        accounts.edit(DeliveryChannel.EMAIL);
        ChannelEditorViewModel editor = accounts.editorProperty().get();
        assertThat(editor.hasUnsavedEdits()).as("just opened").isFalse();

        type(editor, "email.smtp.host", "smtp.example.com");
        assertThat(editor.hasUnsavedEdits()).isTrue();

        dialogs.answer(io.tidings.shell.UnsavedEdits.Answer.CANCEL);
        accounts.edit(DeliveryChannel.SMS);
        assertThat(accounts.editorProperty().get()).as("Cancel keeps the email editor").isSameAs(editor);
        assertThat(dialogs.confirmations()).containsExactly("Save the changes to the Email account?");

        dialogs.answer(io.tidings.shell.UnsavedEdits.Answer.DISCARD);
        accounts.edit(DeliveryChannel.SMS);
        assertThat(accounts.editorProperty().get().channel()).isEqualTo(DeliveryChannel.SMS);
        assertThat(accounts.editorProperty().get().hasUnsavedEdits()).isFalse();
    }
}
