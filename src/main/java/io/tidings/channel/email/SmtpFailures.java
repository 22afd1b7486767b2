package io.tidings.channel.email;

import io.tidings.channel.SendResult;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.eclipse.angus.mail.util.MailConnectException;

/**
 * Turns what went wrong while sending into the port's outcomes:
 * <ul>
 *   <li>a 4xx reply to any command: transient;</li>
 *   <li>a 5xx reply to RCPT TO saying the address is bad (enhanced status 5.1.x, or 550, 551, 553 without one):
 *       the address is rejected;</li>
 *   <li>any other 5xx reply: permanent;</li>
 *   <li>no connection, a connection dropped mid-way: transient;</li>
 *   <li>no answer within the connect or read timeout: transient and {@link SendResult#unanswered() unanswered},
 *       naming the server and the timeout;</li>
 *   <li>a refused login: permanent, pointing at Settings;</li>
 *   <li>a refused server certificate, or no STARTTLS where it is required: permanent ({@link SmtpTlsProblems}).</li>
 * </ul>
 */
final class SmtpFailures {

    static final String LOGIN_REFUSED = "The server refused the user name or password";
    private static final Pattern ENHANCED_STATUS = Pattern.compile("^\\d{3}[ -]([245])\\.(\\d{1,3})\\.\\d{1,3}");

    private final SmtpSettings settings;
    private final SmtpTlsProblems tls;

    SmtpFailures(SmtpSettings settings) {
        this.settings = settings;
        this.tls = new SmtpTlsProblems(settings);
    }

    SendResult classify(MessagingException failure) {
        if (failure instanceof AuthenticationFailedException) {
            return SendResult.permanentFailure(loginRefused());
        }
        if (failure instanceof AddressException) {
            return SendResult.addressRejected("Not a valid email address: " + failure.getMessage());
        }
        String tlsProblem = tls.describe(failure);
        if (tlsProblem != null) {
            return SendResult.permanentFailure(tlsProblem);
        }
        Refusal refusal = refusal(failure);
        if (refusal == null && find(failure, SocketTimeoutException.class) != null) {
            return SendResult.unanswered(noAnswer(failure));
        }
        if (refusal == null) {
            return SendResult.transientFailure(connectionProblem(failure), null);
        }
        if (refusal.toRecipient() && refusal.code() >= 500 && isAddressProblem(refusal.code(), refusal.reply())) {
            return SendResult.addressRejected(refusal.reply());
        }
        return refusal.code() < 500
                ? SendResult.transientFailure(refusal.reply(), null)
                : SendResult.permanentFailure(refusal.reply());
    }

    /** Whether the connection that gave this failure can still be used: only when the server answered normally. */
    static boolean leavesConnectionUsable(MessagingException failure) {
        Refusal refusal = refusal(failure);
        // 421 means the server is closing the connection.
        return refusal != null && refusal.code() != 421;
    }

    /**
     * Whether the server had closed the connection before this command: it answered with the end of the
     * stream, a reset, or 421 (closing). A timeout is not that: the server is there but slow.
     */
    static boolean closedByServer(MessagingException failure) {
        Refusal refusal = refusal(failure);
        if (refusal != null) {
            return refusal.code() == 421;
        }
        return find(failure, SocketTimeoutException.class) == null;
    }

    /** What went wrong connecting or logging in, in the user's words. */
    String connectionProblem(MessagingException failure) {
        if (failure instanceof AuthenticationFailedException) {
            return loginRefused();
        }
        String tlsProblem = tls.describe(failure);
        if (tlsProblem != null) {
            return tlsProblem;
        }
        if (find(failure, SocketTimeoutException.class) != null) {
            return noAnswer(failure);
        }
        if (find(failure, MailConnectException.class) != null || find(failure, ConnectException.class) != null
                || find(failure, UnknownHostException.class) != null) {
            return "Could not connect to " + settings.server() + ": " + reason(failure);
        }
        return "The connection to " + settings.server() + " was lost: " + firstLine(failure.getMessage());
    }

    /** Which timeout passed: a connection not accepted in time, or a reply (the greeting or to a command). */
    private String noAnswer(MessagingException failure) {
        String timeout = find(failure, SocketTimeoutException.class).getMessage();
        if (timeout != null && timeout.toLowerCase(Locale.ROOT).contains("connect")) {
            return "The server " + settings.server() + " did not accept a connection within "
                    + seconds(settings.connectTimeout()) + " (the SMTP connect timeout).";
        }
        return "The server " + settings.server() + " did not answer within " + seconds(settings.readTimeout())
                + " (the SMTP read timeout).";
    }

    private static String seconds(Duration timeout) {
        return timeout.toSeconds() >= 1 ? timeout.toSeconds() + " s" : timeout.toMillis() + " ms";
    }

    private String loginRefused() {
        return LOGIN_REFUSED + " at " + settings.server()
                + ". Check the username and password in Settings.";
    }

    private static boolean isAddressProblem(int code, String reply) {
        Matcher enhanced = ENHANCED_STATUS.matcher(reply);
        if (enhanced.find()) {
            // X.1.Y is the addressing class of RFC 3463; 5.7.1 on RCPT (relay denied, policy) is not about the address.
            return enhanced.group(2).equals("1");
        }
        return code == 550 || code == 551 || code == 553;
    }

    /** A command the server refused, with its reply code and words. */
    private record Refusal(int code, String reply, boolean toRecipient) {
    }

    /**
     * The server's refusal in this failure, or null when the conversation broke without one (Angus reports
     * return code -1 then, as for "[EOF]").
     */
    private static Refusal refusal(MessagingException failure) {
        SMTPAddressFailedException recipient = find(failure, SMTPAddressFailedException.class);
        if (recipient != null) {
            return refusal(recipient.getReturnCode(), recipient, true);
        }
        SMTPSenderFailedException sender = find(failure, SMTPSenderFailedException.class);
        if (sender != null) {
            return refusal(sender.getReturnCode(), sender, false);
        }
        SMTPSendFailedException send = find(failure, SMTPSendFailedException.class);
        return send == null ? null : refusal(send.getReturnCode(), send, false);
    }

    private static Refusal refusal(int code, MessagingException failure, boolean toRecipient) {
        return code >= 400 && code < 600 ? new Refusal(code, firstLine(failure.getMessage()), toRecipient) : null;
    }

    private static String reason(MessagingException failure) {
        if (find(failure, UnknownHostException.class) != null) {
            return "unknown host";
        }
        if (find(failure, SocketTimeoutException.class) != null) {
            return "timed out";
        }
        if (find(failure, NoRouteToHostException.class) != null) {
            return "no route to host";
        }
        if (find(failure, ConnectException.class) != null) {
            return "connection refused";
        }
        return firstLine(failure.getMessage());
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "no details";
        }
        String stripped = text.strip();
        int end = stripped.indexOf('\n');
        return end < 0 ? stripped : stripped.substring(0, end).strip();
    }

    /**
     * Finds a failure of the given type in the chain: Jakarta Mail nests recipient rejections in
     * {@link MessagingException#getNextException()} and socket errors in the cause.
     */
    static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        Throwable current = failure;
        for (int depth = 0; current != null && depth < 20; depth++) {
            if (type.isInstance(current)) {
                return type.cast(current);
            }
            Throwable next = current instanceof MessagingException messaging ? messaging.getNextException() : null;
            current = next != null ? next : current.getCause();
        }
        return null;
    }
}
