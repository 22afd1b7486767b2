package io.tidings.channel.accounts.ui;

import io.tidings.channel.accounts.ApnsEnvironment;
import io.tidings.channel.accounts.SmppAccount;
import io.tidings.channel.email.SmtpSecurity;
import io.tidings.channel.sms.SmsProviderStyle;
import io.tidings.shell.DialogService.FileType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the Settings screen calls each provider, setting and choice, in the marketer's words. A setting the
 * catalogue does not know (a provider added later) is labelled from its JSON key.
 *
 * @param hint shown under the field, or null
 * @param advanced kept under "More settings" until it has a value or a problem
 * @param file the kind of file a chooser offers for it, or null when it is not a file
 * @param shownWhen the key and value of the choice this setting belongs to ("style=TWILIO_FORM"), or null
 */
record SettingWords(String label, String hint, boolean advanced, FileType file, String shownWhen) {

    // In the order the form shows them; settings not listed come after, in their record's order.
    private static final Map<String, SettingWords> SETTINGS = new LinkedHashMap<>();
    private static final Map<String, String> PROVIDERS = Map.of(
            "smtp", "SMTP server",
            "httpSms", "HTTP SMS provider",
            "smpp", "SMSC over SMPP",
            "apns", "APNs (iPhone and iPad)",
            "fcm", "Firebase Cloud Messaging (Android)",
            "twilioVoice", "Twilio-compatible voice API",
            "webhook", "Call each activity's webhook");
    private static final Map<Enum<?>, String> CHOICES = Map.of(
            SmtpSecurity.STARTTLS, "STARTTLS (usually port 587)",
            SmtpSecurity.SMTPS, "SMTPS, TLS from the start (usually port 465)",
            SmtpSecurity.NONE, "None: plain text (usually port 25)",
            SmsProviderStyle.TWILIO_FORM, "Twilio-compatible API",
            SmsProviderStyle.JSON_WEBHOOK, "JSON webhook with an API key",
            ApnsEnvironment.PRODUCTION, "Production (App Store and TestFlight builds)",
            ApnsEnvironment.DEVELOPMENT, "Development (builds run from Xcode)",
            ApnsEnvironment.BOTH, "Both production and development",
            SmppAccount.SmppSecurity.NONE, "None: plain TCP",
            SmppAccount.SmppSecurity.TLS, "TLS");
    private static final Map<Class<?>, Enum<?>> FIRST_CHOICES = Map.of(
            SmtpSecurity.class, SmtpSecurity.STARTTLS,
            SmsProviderStyle.class, SmsProviderStyle.TWILIO_FORM,
            ApnsEnvironment.class, ApnsEnvironment.PRODUCTION,
            SmppAccount.SmppSecurity.class, SmppAccount.SmppSecurity.NONE);
    private static final FileType P8 = new FileType("APNs auth keys", "*.p8");
    private static final FileType JSON = new FileType("Service account keys", "*.json");
    private static final FileType CERTIFICATE = new FileType("Certificates", "*.pem", "*.crt", "*.cer");

    static {
        setting("ratePerSecond", "Rate limit", "Messages a second at most; empty for no limit.");
        setting("fromAddress", "From address", "The address your messages come from, such as news@example.com.");
        setting("fromName", "From name", "Shown beside the address, such as Example News.");
        setting("trackingBaseUrl", "Tracking base URL", "Open and click tracking links start with it, such as "
                + "https://links.example.com.");
        setting("smtp.host", "Host", "Such as smtp.example.com.");
        setting("smtp.port", "Port", "Empty for the usual port of the security below.");
        setting("smtp.security", "Security", null);
        setting("smtp.username", "User name", "Empty to send without logging in.");
        setting("smtp.password", "Password", null);
        advanced("smtp.poolSize", "Connections", "How many connections are kept open and used at once (4 when empty).");
        advanced("smtp.allowPlaintextAuth", "Log in without encryption", "With security None, send the user name and "
                + "password as plain text. Only for a server on a network you trust.");
        advanced("smtp.connectTimeoutSeconds", "Connect timeout (seconds)",
                "How long to wait for the server to take a connection (10 when empty).");
        advanced("smtp.readTimeoutSeconds", "Answer timeout (seconds)",
                "How long to wait for the server's greeting and each answer (30 when empty).");
        words("smtp.trustedCertificate", new SettingWords("Trusted certificate", "For a server whose certificate "
                + "your company signs itself: that authority's certificate (PEM). Empty for the usual authorities.",
                true, CERTIFICATE, null));
        setting("httpSms.style", "Style", null);
        setting("httpSms.baseUrl", "Base URL", "Such as https://api.twilio.com.");
        words("httpSms.accountSid", new SettingWords("Account SID", null, false, null, "style=TWILIO_FORM"));
        words("httpSms.authToken", new SettingWords("Auth token", null, false, null, "style=TWILIO_FORM"));
        words("httpSms.apiKey", new SettingWords("API key", null, false, null, "style=JSON_WEBHOOK"));
        setting("httpSms.defaultFrom", "From", "The number (+15550100) or sender ID messages come from.");
        words("httpSms.statusCallback", new SettingWords("Status callback URL",
                "Where the provider reports deliveries.", true, null, "style=TWILIO_FORM"));
        setting("smpp.host", "SMSC host", "Such as smpp.example.com.");
        advanced("smpp.port", "Port", "Empty for 2775.");
        setting("smpp.systemId", "System ID", "Your account at the SMSC, at most 15 characters.");
        setting("smpp.password", "Password", "At most 8 characters, as SMPP 3.4 allows.");
        setting("smpp.defaultFrom", "From", "The number (+15550100), short code or sender ID messages come from.");
        advanced("smpp.systemType", "System type", "Only if the SMSC asks for one.");
        advanced("smpp.security", "Security", "TLS needs the SMSC's certificate to be trusted by Java.");
        advanced("smpp.binds", "Binds", "Connections kept bound and used at once (1 when empty).");
        advanced("smpp.helpReply", "HELP reply", "Sent to whoever texts HELP.");
        advanced("smpp.startReply", "START reply", "Sent to whoever texts START to receive messages again.");
        setting("apns.bundleId", "Bundle ID", "Your app's, such as com.example.shop.");
        setting("apns.teamId", "Team ID", "10 letters and digits, under Membership details on Apple's developer site.");
        setting("apns.keyId", "Key ID", "10 letters and digits, in the Keys list on Apple's developer site.");
        words("apns.authKey", new SettingWords("Auth key (.p8)", "The AuthKey_KEYID.p8 file Apple let you download once.",
                false, P8, null));
        setting("apns.environment", "Server", null);
        advanced("apns.host", "Host", "Empty for Apple's server; a proxy's host name otherwise.");
        advanced("apns.port", "Port", "Empty for 443 (Apple also listens on 2197).");
        words("apns.trustedCertificate", new SettingWords("Trusted certificate",
                "A proxy's certificate (PEM), trusted instead of the usual authorities.", true, CERTIFICATE, null));
        words("fcm.serviceAccountKey", new SettingWords("Service account key",
                "The JSON key file Firebase offers under Project settings, Service accounts.", false, JSON, null));
        setting("fcm.projectId", "Project ID", "Empty for the key file's project.");
        advanced("fcm.baseUrl", "Base URL", "Empty for https://fcm.googleapis.com.");
        setting("twilioVoice.accountSid", "Account SID", null);
        setting("twilioVoice.authToken", "Auth token", null);
        setting("twilioVoice.fromNumber", "From number", "The number calls come from, such as +15550100.");
        advanced("twilioVoice.baseUrl", "Base URL", "Empty for Twilio's own API.");
        setting("webhook.maxConcurrency", "Calls at once", "How many webhook calls are in flight at once (empty "
                + "for 4). Each call is signed with the webhook secret in Settings, API keys.");
    }

    private static void setting(String key, String label, String hint) {
        words(key, new SettingWords(label, hint, false, null, null));
    }

    private static void advanced(String key, String label, String hint) {
        words(key, new SettingWords(label, hint, true, null, null));
    }

    private static void words(String key, SettingWords words) {
        SETTINGS.put(key, words);
    }

    /**
     * The words of a setting.
     *
     * @param provider the provider's name, or null for a setting of the channel itself
     */
    static SettingWords of(String provider, String key) {
        SettingWords known = SETTINGS.get(provider == null ? key : provider + "." + key);
        if (known != null) {
            return known;
        }
        if (key.equals("maxConcurrency")) {
            return new SettingWords("Sent at once", "How many messages are in flight at once (empty for the usual).",
                    true, null, null);
        }
        return new SettingWords(fromKey(key), null, false, null, null);
    }

    /** Where a setting comes on the form: its place in this catalogue, unknown ones last. */
    static int rank(String provider, String key) {
        int rank = new ArrayList<>(SETTINGS.keySet()).indexOf(provider == null ? key : provider + "." + key);
        return rank < 0 ? Integer.MAX_VALUE : rank;
    }

    /** A provider choice: one provider's name, or several sending together. */
    static String provider(List<String> names) {
        if (names.equals(List.of("apns", "fcm"))) {
            return "APNs and FCM (iPhone and Android)";
        }
        return String.join(" and ", names.stream().map(name -> PROVIDERS.getOrDefault(name, fromKey(name))).toList());
    }

    static String choice(Object value) {
        if (value instanceof Enum<?> constant) {
            String known = CHOICES.get(constant);
            return known != null ? known : fromKey(constant.name().toLowerCase(Locale.ROOT));
        }
        return String.valueOf(value);
    }

    /** The choice a new form starts with: what the provider does when the setting is left out. */
    static Object firstChoice(Class<?> type) {
        Enum<?> known = FIRST_CHOICES.get(type);
        return known != null ? known : type.getEnumConstants()[0];
    }

    /** "maxConcurrency" -> "Max concurrency". */
    private static String fromKey(String key) {
        String spaced = key.replaceAll("([a-z])([A-Z])", "$1 $2").replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
