package io.tidings.channel.email;

import io.tidings.channel.ChannelSender;
import io.tidings.channel.DeliveryChannel;
import io.tidings.channel.OutboundMessage;
import io.tidings.channel.SendResult;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
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

    /**
     * Accepted results carry our Message-ID as the provider id and the server's reply (its queue id) as detail.
     * When a connection that sat idle turns out to be closed by the server before any of the message went out,
     * the message is sent once more over a new connection; once its content was written, it never is, since
     * the server may have taken it.
     */
    @Override
    public SendResult send(OutboundMessage outbound) {
        IdentifiedMimeMessage message;
        try {
            message = messages.build(outbound);
        } catch (MessagingException e) {
            return failures.classify(e);
        }
        SmtpConnectionPool.Lease lease;
        try {
            lease = pool.borrow();
        } catch (MessagingException e) {
            return failures.classify(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return SendResult.transientFailure("Sending was interrupted before a connection was free.", null);
        }
        Transport transport = lease.transport();
        boolean usable = false;
        try {
            try {
                transport.sendMessage(message, message.getAllRecipients());
            } catch (MessagingException e) {
                if (!lease.reused() || message.contentWritten() || !SmtpFailures.closedByServer(e)) {
                    throw e;
                }
                SmtpConnectionPool.closeQuietly(transport);
                transport = pool.open();
                transport.sendMessage(message, message.getAllRecipients());
            }
            usable = true;
            return new SendResult(SendResult.Outcome.ACCEPTED, message.getMessageID(), serverReply(transport), null);
        } catch (MessagingException e) {
            usable = SmtpFailures.leavesConnectionUsable(e);
            return failures.classify(e);
        } finally {
            pool.release(transport, usable);
        }
    }

    /** The server's host name, for a progress line such as "waiting for smtp.example.com". */
    @Override
    public String destination() {
        return settings.host();
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
