package io.tidings.channel.sms.smpp;

import io.tidings.channel.http.SettingsChecks;
import java.time.Duration;

/**
 * The SMSC account an {@link SmppSender} binds to. The constructor refuses bad values with an
 * {@link IllegalArgumentException} whose message names the field, so no invalid settings exist.
 *
 * @param systemType the ESME type some SMSCs ask for; empty when they do not
 * @param tls connect over TLS (the SMSC's certificate must be trusted by Java and name the host)
 * @param binds how many transceiver binds are kept open and used at once ({@code maxConcurrency})
 * @param defaultFrom the originating number, short code or sender ID of messages that name none
 * @param helpReply the answer to an inbound HELP
 * @param startReply the answer to an inbound START, which opts the sender in again
 * @param keepAlive how long a bind may stay quiet before an enquire_link checks it
 * @param responseTimeout how long to wait to connect, and for the SMSC to answer a bind or a submit_sm
 */
public record SmppSettings(
        String host,
        int port,
        String systemId,
        String password,
        String systemType,
        boolean tls,
        int binds,
        String defaultFrom,
        String helpReply,
        String startReply,
        Duration keepAlive,
        Duration responseTimeout) {

    public static final String DEFAULT_HELP_REPLY = "Reply STOP to stop receiving messages, START to receive them again.";
    public static final String DEFAULT_START_REPLY = "You will receive our messages again. Reply STOP to stop.";
    public static final Duration DEFAULT_KEEP_ALIVE = Duration.ofSeconds(30);
    public static final Duration DEFAULT_RESPONSE_TIMEOUT = Duration.ofSeconds(10);
    // SMPP 3.4 section 4.1.1: C-octet strings of at most 16, 9 and 13 octets with their terminating NUL.
    private static final int LONGEST_SYSTEM_ID = 15;
    private static final int LONGEST_PASSWORD = 8;
    private static final int LONGEST_SYSTEM_TYPE = 12;

    public SmppSettings {
        host = SettingsChecks.required("SMSC host", host);
        if (host.contains("://") || host.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("SMSC host \"" + host + "\" must be a host name or IP address only, "
                    + "such as smpp.example.com.");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("SMSC port " + port + " is not between 1 and 65535.");
        }
        systemId = limited("System ID", SettingsChecks.required("System ID", systemId), LONGEST_SYSTEM_ID);
        password = limited("Password", password == null ? "" : password, LONGEST_PASSWORD);
        systemType = limited("System type", systemType == null ? "" : systemType.strip(), LONGEST_SYSTEM_TYPE);
        SettingsChecks.concurrency("Binds", binds);
        try {
            SmppAddress.sender(defaultFrom);
        } catch (IllegalArgumentException invalid) {
            throw new IllegalArgumentException("Default originating number or sender ID " + invalid.getMessage(), invalid);
        }
        defaultFrom = defaultFrom.strip();
        helpReply = SettingsChecks.required("HELP reply", helpReply);
        startReply = SettingsChecks.required("START reply", startReply);
        keepAlive = positive("Keep-alive interval", keepAlive);
        responseTimeout = positive("Response timeout", responseTimeout);
    }

    /** Plain-text settings with one bind, the default replies and timeouts. */
    public static SmppSettings of(String host, int port, String systemId, String password, String defaultFrom) {
        return new SmppSettings(host, port, systemId, password, "", false, 1, defaultFrom, DEFAULT_HELP_REPLY,
                DEFAULT_START_REPLY, DEFAULT_KEEP_ALIVE, DEFAULT_RESPONSE_TIMEOUT);
    }

    public SmppSettings withSystemType(String type) {
        return new SmppSettings(host, port, systemId, password, type, tls, binds, defaultFrom, helpReply, startReply,
                keepAlive, responseTimeout);
    }

    public SmppSettings withTls(boolean useTls) {
        return new SmppSettings(host, port, systemId, password, systemType, useTls, binds, defaultFrom, helpReply,
                startReply, keepAlive, responseTimeout);
    }

    public SmppSettings withBinds(int count) {
        return new SmppSettings(host, port, systemId, password, systemType, tls, count, defaultFrom, helpReply,
                startReply, keepAlive, responseTimeout);
    }

    public SmppSettings withReplies(String help, String start) {
        return new SmppSettings(host, port, systemId, password, systemType, tls, binds, defaultFrom, help, start,
                keepAlive, responseTimeout);
    }

    public SmppSettings withTimeouts(Duration keepAliveInterval, Duration response) {
        return new SmppSettings(host, port, systemId, password, systemType, tls, binds, defaultFrom, helpReply,
                startReply, keepAliveInterval, response);
    }

    /** "host:port", as messages to the user name the SMSC. */
    public String server() {
        return host + ":" + port;
    }

    /** Keeps the password out of logs. */
    @Override
    public String toString() {
        return "SmppSettings[" + server() + (tls ? " over TLS" : "") + ", system ID " + systemId + ", " + binds
                + " binds, from " + defaultFrom + "]";
    }

    private static String limited(String field, String value, int longest) {
        if (value.length() > longest) {
            throw new IllegalArgumentException(field + " has " + value.length() + " characters; SMPP allows at most "
                    + longest + ".");
        }
        if (!value.chars().allMatch(character -> character >= 0x20 && character < 0x7F)) {
            throw new IllegalArgumentException(field + " may hold only printable ASCII characters.");
        }
        return value;
    }

    private static Duration positive(String field, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(field + " must be more than zero, not " + value + ".");
        }
        return value;
    }
}
