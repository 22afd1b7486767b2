package io.tidings.channel.accounts.ui;

import io.tidings.channel.DeliveryChannel;
import io.tidings.channel.accounts.ApnsAccount;
import io.tidings.channel.accounts.ApnsAndFcmAccount;
import io.tidings.channel.accounts.ChannelAccount;
import io.tidings.channel.accounts.ChannelAccounts;
import io.tidings.channel.accounts.EmailSettings;
import io.tidings.channel.accounts.FcmAccount;
import io.tidings.channel.accounts.HttpSmsAccount;
import io.tidings.channel.accounts.ProviderAccount;
import io.tidings.channel.accounts.SmtpAccount;
import io.tidings.channel.accounts.TwilioVoiceAccount;
import io.tidings.channel.accounts.WebhookAccount;
import io.tidings.channel.email.SmtpSecurity;
import io.tidings.channel.sms.SmsProviderStyle;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One channel as the Channels panel lists it.
 *
 * @param state where its messages go, such as "SMTP smtp.example.com:587, STARTTLS, as news@example.com", with a
 *     very long host name cut in the middle so that the line breaks between words
 * @param description the same in full
 * @param details the From and the rate limit, or empty
 */
record ChannelSummary(DeliveryChannel channel, String name, String state, String description, String details,
        boolean sandbox) {

    static final String SANDBOX = "Sandbox — messages stay in this workspace";
    static final String SANDBOX_CUSTOM = "Sandbox — webhook calls are kept here, not made";
    private static final int LONGEST_NAME = 44;

    static ChannelSummary of(ChannelAccounts accounts, DeliveryChannel channel) {
        ChannelAccount account = accounts.account(channel);
        List<String> details = new ArrayList<>();
        EmailSettings email = accounts.email();
        if (channel == DeliveryChannel.EMAIL && email.fromAddress() != null) {
            details.add("From " + (email.fromName() == null ? email.fromAddress()
                    : email.fromName() + " <" + email.fromAddress() + ">"));
        }
        if (account.ratePerSecond() != null) {
            details.add("At most " + BigDecimal.valueOf(account.ratePerSecond()).stripTrailingZeros().toPlainString()
                    + " messages a second");
        }
        String sandbox = channel == DeliveryChannel.CUSTOM ? SANDBOX_CUSTOM : SANDBOX;
        return new ChannelSummary(channel, name(channel), account.isSandbox() ? sandbox : state(account.provider()),
                account.describe(), String.join(" · ", details), account.isSandbox());
    }

    static String name(DeliveryChannel channel) {
        return channel == DeliveryChannel.SMS ? "SMS" : channel == DeliveryChannel.CUSTOM ? "Custom (webhooks)"
                : channel.name().charAt(0) + channel.name().substring(1).toLowerCase(Locale.ROOT);
    }

    private static String state(ProviderAccount provider) {
        if (provider instanceof SmtpAccount smtp) {
            return "SMTP " + shortened(smtp.host()) + ":" + smtp.chosenPort() + ", " + security(smtp.chosenSecurity())
                    + (smtp.username() == null ? ", without logging in" : ", as " + smtp.username());
        }
        if (provider instanceof HttpSmsAccount sms) {
            return (sms.style() == SmsProviderStyle.JSON_WEBHOOK ? "SMS webhook at " : "Twilio-compatible API at ")
                    + shortened(sms.baseUrl()) + ", from " + sms.defaultFrom();
        }
        if (provider instanceof ApnsAndFcmAccount both) {
            return state(both.apns()) + "; " + state(both.fcm());
        }
        if (provider instanceof ApnsAccount apns) {
            String servers = switch (apns.chosenEnvironment()) {
                case PRODUCTION -> "production";
                case DEVELOPMENT -> "development";
                case BOTH -> "production and development";
            };
            return "APNs for " + apns.bundleId() + ", " + servers
                    + (apns.host() == null ? "" : " through " + shortened(apns.host())
                            + (apns.port() == null ? "" : ":" + apns.port()));
        }
        if (provider instanceof FcmAccount fcm) {
            return "FCM" + (fcm.projectId() == null ? ", the key file's project" : " project " + fcm.projectId());
        }
        if (provider instanceof WebhookAccount webhook) {
            return "Calls each activity's webhook, " + (webhook.maxConcurrency() == null ? 4 : webhook.maxConcurrency())
                    + " at once, signed with the webhook secret";
        }
        if (provider instanceof TwilioVoiceAccount voice) {
            return "Twilio-compatible voice API" + (voice.baseUrl() == null ? "" : " at " + shortened(voice.baseUrl()))
                    + ", calling from " + voice.fromNumber();
        }
        String described = provider.describe();
        return Character.toUpperCase(described.charAt(0)) + described.substring(1);
    }

    /** A host name or address too long for one line, cut in the middle. */
    private static String shortened(String name) {
        if (name == null || name.length() <= LONGEST_NAME) {
            return name;
        }
        int half = (LONGEST_NAME - 1) / 2;
        return name.substring(0, half) + "…" + name.substring(name.length() - half);
    }

    private static String security(SmtpSecurity security) {
        return switch (security) {
            case STARTTLS -> "STARTTLS";
            case SMTPS -> "SMTPS";
            case NONE -> "no encryption";
        };
    }
}
