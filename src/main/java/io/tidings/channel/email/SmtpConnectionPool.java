package io.tidings.channel.email;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Semaphore;

/**
 * Up to {@code poolSize} connected transports, reused across messages. A borrower holds one transport alone
 * until it gives it back; a transport the server has closed meanwhile is reconnected on borrowing.
 */
final class SmtpConnectionPool implements AutoCloseable {

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

    /** Waits for a free slot and returns a connected transport; give it back with {@link #release}. */
    Transport borrow() throws MessagingException, InterruptedException {
        permits.acquire();
        try {
            Transport transport = takeIdle();
            if (transport == null) {
                transport = session.getTransport(SmtpSessions.protocol(settings));
            }
            // isConnected() asks the server (NOOP), so a connection the server dropped while idle is noticed here.
            if (!transport.isConnected()) {
                connect(transport);
            }
            return transport;
        } catch (MessagingException | RuntimeException e) {
            permits.release();
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
        Transport transport = session.getTransport(SmtpSessions.protocol(settings));
        try {
            connect(transport);
        } finally {
            closeQuietly(transport);
        }
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

    private static void closeQuietly(Transport transport) {
        try {
            transport.close();
        } catch (MessagingException ignored) {
            // Already broken or closed: nothing left to release.
        }
    }
}
