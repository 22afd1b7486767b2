package io.tidings.channel.sms.smpp;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.SessionState;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.MessageReceiverListener;
import org.jsmpp.session.SMPPSession;
import org.jsmpp.session.Session;
import org.jsmpp.session.connection.ConnectionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The transceiver binds of one SMSC account: at most {@code binds} of them, each used by one sender
 * at a time. jSMPP keeps each one alive with enquire_link when it has been quiet for the keep-alive
 * interval and closes it when that goes unanswered or the connection drops. A bind that is closed is
 * bound again when it is next borrowed, and, once it has been bound, also in the background (after 1
 * s, doubling to a minute while the SMSC refuses), so that receipts and inbound messages keep arriving
 * when nothing is being sent.
 */
final class SmppBinds implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SmppBinds.class);
    private static final Duration FIRST_REBIND_DELAY = Duration.ofSeconds(1);
    private static final Duration LONGEST_REBIND_DELAY = Duration.ofMinutes(1);
    private static final Duration UNBIND_WAIT = Duration.ofSeconds(2);

    private final SmppSettings settings;
    private final ConnectionFactory connections;
    private final MessageReceiverListener inbox;
    private final List<Bind> all = new ArrayList<>();
    private final BlockingQueue<Bind> free;
    private final ScheduledExecutorService keeper;
    private volatile boolean closed;

    SmppBinds(SmppSettings settings, ConnectionFactory connections, MessageReceiverListener inbox) {
        this.settings = settings;
        this.connections = connections;
        this.inbox = inbox;
        this.free = new ArrayBlockingQueue<>(settings.binds());
        for (int index = 0; index < settings.binds(); index++) {
            Bind bind = new Bind(index + 1);
            all.add(bind);
            free.add(bind);
        }
        this.keeper = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "tidings-smpp-rebind");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * A bound session to use alone until {@link #release}; a bind that dropped is bound again first.
     *
     * @throws IOException when no bind is free within the response timeout, or binding failed
     */
    Bind borrow() throws IOException, InterruptedException {
        Bind bind = free.poll(settings.responseTimeout().toMillis(), TimeUnit.MILLISECONDS);
        if (bind == null) {
            throw new IOException("All " + settings.binds() + " binds to the SMSC stayed busy for "
                    + settings.responseTimeout().toSeconds() + " s.");
        }
        try {
            bind.session();
            return bind;
        } catch (IOException | RuntimeException failed) {
            free.add(bind);
            throw failed;
        }
    }

    void release(Bind bind) {
        free.add(bind);
    }

    /** Binds every connection that is not bound now; returns how many are bound. Failed ones keep being retried. */
    int bindAll() {
        int bound = 0;
        for (Bind bind : all) {
            if (bind.keepBound()) {
                bound++;
            }
        }
        return bound;
    }

    /** A bind_transceiver with the account's credentials. */
    static BindParameter transceiver(SmppSettings settings) {
        return new BindParameter(BindType.BIND_TRX, settings.systemId(), settings.password(), settings.systemType(),
                TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, null);
    }

    /** Unbinds and closes every connection, and stops binding again. */
    @Override
    public void close() {
        closed = true;
        keeper.shutdownNow();
        for (Bind bind : all) {
            bind.close();
        }
    }

    /** One transceiver bind, replaced by a new session whenever the old one closed. */
    final class Bind {

        private final int number;
        private SMPPSession session;
        private int failedRebinds;

        private Bind(int number) {
            this.number = number;
        }

        /** The bound session, binding a new one when there is none or it closed. */
        synchronized SMPPSession session() throws IOException {
            if (session != null && session.getSessionState().isBound()) {
                return session;
            }
            if (closed) {
                throw new IOException("The connection to the SMSC was closed.");
            }
            if (session != null) {
                session.close();
            }
            session = open();
            return session;
        }

        private SMPPSession open() throws IOException {
            SMPPSession fresh = new SMPPSession(connections);
            fresh.setEnquireLinkTimer(Math.toIntExact(settings.keepAlive().toMillis()));
            fresh.setTransactionTimer(settings.responseTimeout().toMillis());
            fresh.setMessageReceiverListener(inbox);
            fresh.connectAndBind(settings.host(), settings.port(), transceiver(settings),
                    settings.responseTimeout().toMillis());
            fresh.addSessionStateListener(this::stateChanged);
            LOG.info("Bind {} to {} is up", number, settings.server());
            return fresh;
        }

        private void stateChanged(SessionState newState, SessionState oldState, Session source) {
            if (newState == SessionState.CLOSED && !closed && isCurrent(source)) {
                LOG.warn("Bind {} to {} dropped; binding again", number, settings.server());
                scheduleRebind();
            }
        }

        private synchronized boolean isCurrent(Session source) {
            return source == session;
        }

        /** Binds if needed; on failure, tries again later. Returns whether it is bound now. */
        private boolean keepBound() {
            try {
                session();
                synchronized (this) {
                    failedRebinds = 0;
                }
                return true;
            } catch (IOException | RuntimeException failed) {
                LOG.warn("Bind {} to {} failed: {}", number, settings.server(), failed.getMessage());
                scheduleRebind();
                return false;
            }
        }

        private void scheduleRebind() {
            Duration delay;
            synchronized (this) {
                delay = FIRST_REBIND_DELAY.multipliedBy(1L << Math.min(failedRebinds, 6));
                failedRebinds++;
            }
            if (delay.compareTo(LONGEST_REBIND_DELAY) > 0) {
                delay = LONGEST_REBIND_DELAY;
            }
            try {
                if (!closed) {
                    keeper.schedule(this::keepBound, delay.toMillis(), TimeUnit.MILLISECONDS);
                }
            } catch (RejectedExecutionException closing) {
                // close() stopped the keeper meanwhile: nothing to bind for.
            }
        }

        private synchronized void close() {
            if (session != null) {
                // The unbind is a courtesy to the SMSC; closing must not wait long for its answer.
                session.setTransactionTimer(Math.min(UNBIND_WAIT.toMillis(), settings.responseTimeout().toMillis()));
                session.unbindAndClose();
                session = null;
            }
        }
    }
}
