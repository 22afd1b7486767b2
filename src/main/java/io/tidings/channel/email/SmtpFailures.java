package io.tidings.channel.email;

import io.tidings.channel.SendResult;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
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
 *   <li>no connection, a timeout, a connection dropped mid-way: transient;</li>
 *   <li>a refused login: permanent, pointing at Settings.</li>
 * </ul>
 */
final class SmtpFailures {

    static final String LOGIN_REFUSED = "The server refused the user name or password";
    private static final Pattern ENHANCED_STATUS = Pattern.compile("^\\d{3}[ -]([245])\\.(\\d{1,3})\\.\\d{1,3}");

    private final SmtpSettings settings;

    SmtpFailures(SmtpSettings settings) {
        this.settings = settings;
    }

    SendResult classify(MessagingException failure) {
        if (failure instanceof AuthenticationFailedException) {
            return SendResult.permanentFailure(loginRefused());
        }
        if (failure instanceof AddressException) {
            return SendResult.addressRejected("Not a valid email address: " + failure.getMessage());
        }
        SMTPAddressFailedException recipientReply = find(failure, SMTPAddressFailedException.class);
        if (recipientReply != null) {
            return classifyRecipientReply(recipientReply.getReturnCode(), reply(recipientReply));
        }
        SMTPSenderFailedException senderReply = find(failure, SMTPSenderFailedException.class);
        if (senderReply != null) {
            return classifyReply(senderReply.getReturnCode(), reply(senderReply));
        }
        SMTPSendFailedException sendReply = find(failure, SMTPSendFailedException.class);
        if (sendReply != null) {
            return classifyReply(sendReply.getReturnCode(), reply(sendReply));
        }
        return SendResult.transientFailure(connectionProblem(failure), null);
    }

    /** Whether the connection that gave this failure can still be used: only when the server answered normally. */
    static boolean leavesConnectionUsable(MessagingException failure) {
        Integer code = replyCode(failure);
        // 421 means the server is closing the connection.
        return code != null && code != 421;
    }

    /** What went wrong connecting or logging in, in the user's words. */
    String connectionProblem(MessagingException failure) {
        if (failure instanceof AuthenticationFailedException) {
            return loginRefused();
        }
        MailConnectException connect = find(failure, MailConnectException.class);
        if (connect != null || find(failure, ConnectException.class) != null
                || find(failure, UnknownHostException.class) != null) {
            return "Could not connect to " + settings.server() + ": " + reason(failure);
        }
        if (find(failure, SocketTimeoutException.class) != null) {
            return "The server " + settings.server() + " did not answer in time";
        }
        return "The connection to " + settings.server() + " was lost: " + firstLine(failure.getMessage());
    }

    private String loginRefused() {
        return LOGIN_REFUSED + " at " + settings.server()
                + ". Check the username and password in Settings.";
    }

    private static SendResult classifyRecipientReply(int code, String reply) {
        if (code >= 500 && code < 600 && isAddressProblem(code, reply)) {
            return SendResult.addressRejected(reply);
        }
        return classifyReply(code, reply);
    }

    private static boolean isAddressProblem(int code, String reply) {
        Matcher enhanced = ENHANCED_STATUS.matcher(reply);
        if (enhanced.find()) {
            // X.1.Y is the addressing class of RFC 3463; 5.7.1 on RCPT (relay denied, policy) is not about the address.
            return enhanced.group(2).equals("1");
        }
        return code == 550 || code == 551 || code == 553;
    }

    private static SendResult classifyReply(int code, String reply) {
        if (code >= 400 && code < 500) {
            return SendResult.transientFailure(reply, null);
        }
        if (code >= 500 && code < 600) {
            return SendResult.permanentFailure(reply);
        }
        // Not a reply we understand (Angus uses -1 when it had none): treat it like a broken conversation.
        return SendResult.transientFailure(reply, null);
    }

    private static Integer replyCode(MessagingException failure) {
        SMTPAddressFailedException recipient = find(failure, SMTPAddressFailedException.class);
        if (recipient != null) {
            return recipient.getReturnCode();
        }
        SMTPSenderFailedException sender = find(failure, SMTPSenderFailedException.class);
        if (sender != null) {
            return sender.getReturnCode();
        }
        SMTPSendFailedException send = find(failure, SMTPSendFailedException.class);
        return send == null ? null : send.getReturnCode();
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

    private static String reply(MessagingException failure) {
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
    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
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
