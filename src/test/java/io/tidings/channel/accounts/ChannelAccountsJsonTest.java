package io.tidings.channel.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tidings.channel.DeliveryChannel;
import io.tidings.channel.email.SmtpSecurity;
import io.tidings.channel.sms.SmsProviderStyle;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChannelAccountsJsonTest {

    private static final String EVERY_CHANNEL = """
            {"email": {"provider": "smtp", "ratePerSecond": 50, "fromAddress": "news@shop.example",
                       "fromName": "Shop News", "trackingBaseUrl": "https://links.shop.example",
                       "smtp": {"host": "smtp.shop.example", "security": "smtps", "username": "news",
                                "password": "env:SMTP_PASSWORD", "poolSize": 8}},
             "sms": {"provider": "httpSms", "httpSms": {"style": "twilio_form", "baseUrl": "https://api.twilio.com",
                     "accountSid": "AC1", "authToken": "file:/etc/tidings/twilio-token", "defaultFrom": "+15550100"}},
             "push": {"provider": "fcm", "ratePerSecond": 500,
                      "fcm": {"projectId": "shop-app", "serviceAccountKey": "file:/etc/tidings/fcm.json"}},
             "voice": {"provider": "sandbox"}}
            """;

    @Test
    void readsEveryChannelAndWritesTheSameSettingsBack() {
        ChannelAccounts accounts = ChannelAccountsJson.read("settings.json", EVERY_CHANNEL);

        assertThat(accounts.account(DeliveryChannel.EMAIL).provider()).isEqualTo(new SmtpAccount("smtp.shop.example",
                null, SmtpSecurity.SMTPS, "news", Secret.environment("SMTP_PASSWORD"), 8));
        assertThat(accounts.email()).isEqualTo(new EmailSettings("news@shop.example", "Shop News",
                "https://links.shop.example"));
        assertThat(accounts.account(DeliveryChannel.SMS).provider()).isInstanceOfSatisfying(HttpSmsAccount.class,
                sms -> assertThat(sms.style()).isEqualTo(SmsProviderStyle.TWILIO_FORM));
        assertThat(accounts.account(DeliveryChannel.VOICE).isSandbox()).isTrue();
        assertThat(accounts.ratesPerSecond()).containsExactlyInAnyOrderEntriesOf(
                java.util.Map.of(DeliveryChannel.EMAIL, 50.0, DeliveryChannel.PUSH, 500.0));
        assertThat(accounts.account(DeliveryChannel.EMAIL).describe())
                .isEqualTo("the SMTP server smtp.shop.example:465 as news");

        assertThat(ChannelAccountsJson.read("again", ChannelAccountsJson.write(accounts))).isEqualTo(accounts);
    }

    @Test
    void aChannelLeftOutSendsToTheSandbox() {
        ChannelAccounts accounts = ChannelAccountsJson.read("settings.json", "{}");

        for (DeliveryChannel channel : DeliveryChannel.values()) {
            assertThat(accounts.account(channel).isSandbox()).isTrue();
        }
        assertThat(accounts.account(DeliveryChannel.PUSH).describe())
                .isEqualTo("the sandbox (messages stay in this workspace)");
    }

    @Test
    void valuesOfTheWrongKindAreNamedByTheirPath() {
        assertThat(problems("""
                {"email": {"provider": "smtp", "fromAddress": "news@shop.example",
                           "smtp": {"host": "smtp.shop.example", "port": "five", "security": "tls"}}}"""))
                .containsExactly(new AccountProblem("email.smtp.port", "\"five\" is not a whole number."));
        assertThat(problems("""
                {"email": {"provider": "smtp", "fromAddress": "news@shop.example",
                           "smtp": {"host": "smtp.shop.example", "security": "tls"}}}"""))
                .containsExactly(new AccountProblem("email.smtp.security", "\"tls\" is not one of none, starttls, smtps."));
        assertThat(problems("{\"sms\": {\"provider\": \"sandbox\", \"ratePerSecond\": \"fast\"}}"))
                .containsExactly(new AccountProblem("sms.ratePerSecond", "must be a number of messages a second, not \"fast\"."));
    }

    @Test
    void misspelledKeysAndChannelsAreNamedWithWhatIsKnown() {
        assertThat(problems("""
                {"emial": {"provider": "sandbox"},
                 "email": {"provider": "smtp", "form": "x", "smtp": {"hots": "smtp.shop.example"}}}"""))
                .containsExactly(
                        new AccountProblem("emial", "not a channel: the settings hold email, sms, push and voice."),
                        new AccountProblem("email.form", "not a setting of email (known: provider, ratePerSecond, "
                                + "fromAddress, fromName, trackingBaseUrl, smtp)."),
                        new AccountProblem("email.smtp.hots", "not a setting Tidings knows here (known: "
                                + "allowPlaintextAuth, connectTimeoutSeconds, host, password, poolSize, port, "
                                + "readTimeoutSeconds, security, trustedCertificate, username)."));
    }

    @Test
    void theProviderMustBeChosenAndFitTheChannel() {
        assertThat(problems("{\"sms\": {\"httpSms\": {}}}"))
                .containsExactly(new AccountProblem("sms.provider", "missing: choose one of sandbox, httpSms, smpp."));
        assertThat(problems("{\"push\": {\"provider\": \"smtp\"}}"))
                .containsExactly(new AccountProblem("push.provider",
                        "\"smtp\" cannot send push; choose one of sandbox, apns, fcm, [\"apns\", \"fcm\"]."));
        assertThat(problems("{\"email\": {\"provider\": \"sandbox\", \"smtp\": {\"host\": \"h\"}}}"))
                .containsExactly(new AccountProblem("email.smtp", "given, but the provider is \"sandbox\": "
                        + "set \"provider\": \"smtp\" to use it, or remove this section."));
        assertThat(problems("{\"email\": {\"provider\": \"smtp\"}}")).containsExactly(
                new AccountProblem("email.smtp", "missing: the smtp account's settings, as an object."));
    }

    @Test
    void valuesAreCheckedAsTheAdaptersCheckThem() {
        assertThat(problems("""
                {"email": {"provider": "smtp", "smtp": {"host": "smtp.shop.example", "port": 70000, "username": "news"},
                           "trackingBaseUrl": "links.shop.example", "ratePerSecond": 0}}"""))
                .containsExactly(
                        new AccountProblem("email.fromAddress",
                                "the From address is missing: enter the address your messages come from."),
                        new AccountProblem("email.trackingBaseUrl", "The tracking base URL must start with https:// "
                                + "(or http://) and name a host: links.shop.example"),
                        new AccountProblem("email.ratePerSecond",
                                "the rate must be more than 0 and at most 100000.0 messages a second, not 0.0."),
                        new AccountProblem("email.smtp.password", "the password for news is missing: "
                                + "write it as env:VARIABLE, file:PATH or the password itself."));
        assertThat(problems("""
                {"email": {"provider": "smtp", "fromAddress": "News <news@shop.example>",
                           "smtp": {"host": "smtp.shop.example", "port": 70000}}}"""))
                .extracting(AccountProblem::describe).containsExactly(
                        "email.fromAddress: \"News <news@shop.example>\" is not an email address (give a plain address "
                                + "such as news@example.com; the name goes in fromName).",
                        "email.smtp.port: SMTP port 70000 is not between 1 and 65535.");
        assertThat(problems("""
                {"voice": {"provider": "twilioVoice", "twilioVoice": {"accountSid": "AC1", "authToken": "env:",
                           "fromNumber": "+15550100"}},
                 "push": {"provider": "fcm", "fcm": {"projectId": "shop"}}}"""))
                .extracting(AccountProblem::describe).containsExactlyInAnyOrder(
                        "voice.twilioVoice.authToken: \"env:\" does not name an environment variable "
                                + "(letters, digits and _ after env:).",
                        "push.fcm.serviceAccountKey: the service account key is missing: give its file as "
                                + "file:/path/key.json.");
    }

    @Test
    void pushThroughApnsAndFcmTogetherReadsAndWritesTheSameSettingsBack() throws Exception {
        ChannelAccounts accounts = ChannelAccountsJson.read("settings.json", """
                {"push": {"provider": ["apns", "fcm"], "ratePerSecond": 200,
                          "apns": {"bundleId": "com.shop.app", "teamId": "TEAM123456", "keyId": "KEY1234567",
                                   "authKey": "file:/etc/tidings/AuthKey_KEY1234567.p8", "environment": "both"},
                          "fcm": {"serviceAccountKey": "file:/etc/tidings/fcm.json"}}}""");

        assertThat(accounts.account(DeliveryChannel.PUSH).provider()).isEqualTo(new ApnsAndFcmAccount(
                new ApnsAccount("com.shop.app", "TEAM123456", "KEY1234567",
                        new Secret("file:/etc/tidings/AuthKey_KEY1234567.p8"), ApnsEnvironment.BOTH, null, null, null, null),
                new FcmAccount(null, null, new Secret("file:/etc/tidings/fcm.json"), null)));
        assertThat(accounts.account(DeliveryChannel.PUSH).describe())
                .isEqualTo("APNs for com.shop.app (both) and Firebase Cloud Messaging");

        String written = ChannelAccountsJson.write(accounts);
        assertThat(new ObjectMapper().readTree(written).at("/push/provider").toString()).isEqualTo("[\"apns\",\"fcm\"]");
        assertThat(ChannelAccountsJson.read("again", written)).isEqualTo(accounts);
    }

    @Test
    void pushThroughOneServiceKeepsItsSingleProviderName() {
        ChannelAccounts android = ChannelAccountsJson.read("settings.json",
                "{\"push\": {\"provider\": \"fcm\", \"fcm\": {\"serviceAccountKey\": \"file:/etc/tidings/fcm.json\"}}}");
        ChannelAccounts apple = ChannelAccountsJson.read("settings.json", """
                {"push": {"provider": "apns", "apns": {"bundleId": "com.shop.app", "teamId": "TEAM123456",
                          "keyId": "KEY1234567", "authKey": "env:APNS_KEY", "host": "apns-proxy.shop.example"}}}""");

        assertThat(android.account(DeliveryChannel.PUSH).provider()).isInstanceOf(FcmAccount.class);
        assertThat(apple.account(DeliveryChannel.PUSH).provider()).isInstanceOfSatisfying(ApnsAccount.class,
                apns -> assertThat(apns.chosenEnvironment()).isEqualTo(ApnsEnvironment.PRODUCTION));
        assertThat(apple.account(DeliveryChannel.PUSH).describe())
                .isEqualTo("APNs for com.shop.app (production, through apns-proxy.shop.example:443)");
        assertThat(ChannelAccountsJson.write(android)).contains("\"provider\" : \"fcm\"");
        assertThat(ChannelAccountsJson.read("again", ChannelAccountsJson.write(apple))).isEqualTo(apple);
    }

    @Test
    void apnsProblemsAreNamedByTheirFieldWithinTheirService() {
        String valid = "\"bundleId\": \"com.shop.app\", \"teamId\": \"TEAM123456\", \"keyId\": \"KEY1234567\"";
        assertThat(problems("{\"push\": {\"provider\": \"apns\", \"apns\": {" + valid + "}}}"))
                .containsExactly(new AccountProblem("push.apns.authKey", "the auth key is missing: choose the "
                        + "AuthKey_KEY1234567.p8 file downloaded from Apple's developer site."));
        assertThat(problems("""
                {"push": {"provider": ["fcm", "apns"], "fcm": {"projectId": "shop"},
                          "apns": {"bundleId": "com.shop.app", "teamId": "TEAM", "keyId": "KEY1234567",
                                   "authKey": "file:/etc/tidings/AuthKey.p8"}}}"""))
                .containsExactlyInAnyOrder(
                        new AccountProblem("push.fcm.serviceAccountKey",
                                "the service account key is missing: give its file as file:/path/key.json."),
                        new AccountProblem("push.apns.teamId", "Team ID \"TEAM\" should be the 10 letters and digits "
                                + "shown in the Membership details of Apple's developer site."));
        assertThat(problems("{\"push\": {\"provider\": \"apns\", \"apns\": {" + valid
                + ", \"authKey\": \"env:APNS_KEY\", \"port\": 70000}}}"))
                .extracting(AccountProblem::field).containsExactly("push.apns.port");
        assertThat(problems("{\"push\": {\"provider\": \"apns\", \"apns\": {" + valid
                + ", \"authKey\": \"pasted, but not a key\"}}}"))
                .extracting(AccountProblem::describe).singleElement().asString()
                .startsWith("push.apns.authKey: APNs auth key (.p8) could not be read");
        assertThat(problems("{\"push\": {\"provider\": [\"apns\", \"smtp\"]}}"))
                .containsExactly(new AccountProblem("push.provider", "[\"apns\",\"smtp\"] cannot send push together; "
                        + "choose one of sandbox, apns, fcm, [\"apns\", \"fcm\"]."));
        assertThat(problems("{\"push\": {\"provider\": \"fcm\", \"fcm\": {\"serviceAccountKey\": \"file:/k.json\"}, "
                + "\"apns\": {" + valid + "}}}"))
                .containsExactly(new AccountProblem("push.apns", "given, but the provider is \"fcm\": "
                        + "set \"provider\": \"apns\" to use it, or remove this section."));
    }

    @Test
    void textThatIsNotJsonIsPlacedByLineAndColumn() {
        assertThatThrownBy(() -> ChannelAccountsJson.read("settings.json", "{\"email\": {\"provider\": \"smtp\",\n}"))
                .isInstanceOf(InvalidAccountsException.class)
                .hasMessageStartingWith("settings.json: line 2, column 1: this is not valid JSON");
    }

    @Test
    void aSecondValueAfterTheFirstIsNamedInWordsWithoutJavaNames() {
        assertThatThrownBy(() -> ChannelAccountsJson.read("settings.json",
                "{\"sms\": {\"provider\": \"sandbox\"}}\n\"sms\": {}"))
                .isInstanceOf(InvalidAccountsException.class)
                .hasMessage("settings.json: line 2, column 1: this is not valid JSON (more follows where the JSON value "
                        + "ends; one value belongs in the file).");
    }

    private static List<AccountProblem> problems(String json) {
        try {
            ChannelAccountsJson.read("settings.json", json);
        } catch (InvalidAccountsException invalid) {
            return invalid.problems();
        }
        throw new AssertionError("The settings were accepted: " + json);
    }
}
