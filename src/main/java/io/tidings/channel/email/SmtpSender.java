package io.tidings.channel.email;

import io.tidings.channel.ChannelSender;
import io.tidings.channel.DeliveryChannel;
import io.tidings.channel.OutboundMessage;
import io.tidings.channel.SendResult;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.angus.mail.smtp.SMTPTransport;

/**
 * Sends email through an SMTP server (Angus Mail) over a small pool of reused connections. Safe to call from
 * several threads at once; at most {@link #maxConcurrency()} messages are in flight, further callers wait.
 */
public final class SmtpSender implements ChannelSender {

    private final SmtpSettings settings;
    private final EmailMessageBuilder messages;
    private final SmtpFailures failures;
    private final SmtpConnectionPool pool;

    public SmtpSender(SmtpSettings settings) {
        this.settings = settings;
        Session session = SmtpSessions.create(settings);
        this.messages = new EmailMessageBuilder(session, settings);
        this.failures = new SmtpFailures(settings);
        this.pool = new SmtpConnectionPool(session, settings);
    }

    @Override
    public DeliveryChannel channel() {
        return DeliveryChannel.EMAIL;
    }

    @Override
    public int maxConcurrency() {
        return settings.poolSize();
    }

    /** Accepted results carry our Message-ID as the provider id and the server's reply (its queue id) as detail. */
    @Override
    public SendResult send(OutboundMessage outbound) {
        MimeMessage message;
        try {
            message = messages.build(outbound);
        } catch (MessagingException e) {
            return failures.classify(e);
        }
        Transport transport;
        try {
            transport = pool.borrow();
        } catch (MessagingException e) {
            return failures.classify(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return SendResult.transientFailure("Sending was interrupted before a connection was free.", null);
        }
        boolean usable = false;
        try {
            transport.sendMessage(message, message.getAllRecipients());
            usable = true;
            return new SendResult(SendResult.Outcome.ACCEPTED, message.getMessageID(), serverReply(transport), null);
        } catch (MessagingException e) {
            usable = SmtpFailures.leavesConnectionUsable(e);
            return failures.classify(e);
        } finally {
            pool.release(transport, usable);
        }
    }

    @Override
    public ConnectionCheck testConnection() {
        try {
            pool.check();
            return new ConnectionCheck(true, "Connected to " + settings.server()
                    + (settings.logsIn() ? " and logged in as " + settings.username() + "." : "."));
        } catch (MessagingException e) {
            return new ConnectionCheck(false, failures.connectionProblem(e));
        }
    }

    @Override
    public void close() {
        pool.close();
    }

    private static String serverReply(Transport transport) {
        return transport instanceof SMTPTransport smtp && smtp.getLastServerResponse() != null
                ? smtp.getLastServerResponse().strip()
                : null;
    }
}
