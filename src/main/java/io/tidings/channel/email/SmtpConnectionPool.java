package io.tidings.channel.email;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Semaphore;

/**
 * Up to {@code poolSize} connected transports, reused across messages. A borrower holds one transport alone
 * until it gives it back. An idle transport is lent as it is, without asking the server whether it is still
 * there (a NOOP per message would cost a round trip each): a connection the server closed meanwhile shows
 * on the first command, and {@link SmtpSender} then sends once more over a {@link #open() fresh} one.
 */
final class SmtpConnectionPool implements AutoCloseable {

    /** A transport lent to one sender; {@code reused} when it sat idle in the pool and may have been closed since. */
    record Lease(Transport transport, boolean reused) {
    }

    private final Session session;
    private final SmtpSettings settings;
    private final Semaphore permits;
    private final Deque<Transport> idle = new ArrayDeque<>();
    private boolean closed;

    SmtpConnectionPool(Session session, SmtpSettings settings) {
        this.session = session;
        this.settings = settings;
        this.permits = new Semaphore(settings.poolSize(), true);
    }

    /** Waits for a free slot and lends an idle transport or a newly connected one; give it back with {@link #release}. */
    Lease borrow() throws MessagingException, InterruptedException {
        permits.acquire();
        try {
            Transport transport = takeIdle();
            return transport != null ? new Lease(transport, true) : new Lease(open(), false);
        } catch (MessagingException | RuntimeException e) {
            permits.release();
            throw e;
        }
    }

    /** A newly connected (and logged in) transport, for use under a slot the caller already holds. */
    Transport open() throws MessagingException {
        Transport transport = session.getTransport(SmtpSessions.protocol(settings));
        try {
            connect(transport);
            return transport;
        } catch (MessagingException | RuntimeException e) {
            closeQuietly(transport);
            throw e;
        }
    }

    /** Gives a transport back: kept for the next message when {@code usable}, closed otherwise. */
    void release(Transport transport, boolean usable) {
        try {
            boolean keep;
            synchronized (idle) {
                keep = usable && !closed;
                if (keep) {
                    idle.push(transport);
                }
            }
            if (!keep) {
                closeQuietly(transport);
            }
        } finally {
            permits.release();
        }
    }

    /** Connects and logs in, as a borrowed transport would, and disconnects again. */
    void check() throws MessagingException {
        closeQuietly(open());
    }

    @Override
    public void close() {
        Deque<Transport> toClose;
        synchronized (idle) {
            closed = true;
            toClose = new ArrayDeque<>(idle);
            idle.clear();
        }
        toClose.forEach(SmtpConnectionPool::closeQuietly);
    }

    private Transport takeIdle() {
        synchronized (idle) {
            if (closed) {
                throw new IllegalStateException("The SMTP sender for " + settings.server() + " is closed.");
            }
            return idle.poll();
        }
    }

    private void connect(Transport transport) throws MessagingException {
        if (settings.logsIn()) {
            transport.connect(settings.host(), settings.port(), settings.username(), settings.password());
        } else {
            transport.connect();
        }
    }

    static void closeQuietly(Transport transport) {
        try {
            transport.close();
        } catch (MessagingException ignored) {
            // Already broken or closed: nothing left to release.
        }
    }
}
