package io.tidings.server;

import io.tidings.tracking.TrackingBase;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a workspace's tracking server as its settings say: the app starts it when the workspace opens and restarts it
 * when the settings are saved; {@code serve} starts it on the address it is given. It also keeps the tracking base
 * current, so the engine's links lead to it: the public base URL when one is set, else the server's own address
 * while it listens, else none (tracking off).
 */
public final class ServerRunner implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ServerRunner.class);
    /** A workspace closing in the app lets go of its port within about a second (Jetty's stop, the engine's). */
    private static final int PORT_HANDOVER_TRIES = 6;
    private static final long PORT_HANDOVER_PAUSE_MILLIS = 500;

    private final ServerSettingsStore settings;
    private final List<ServerRoute> routes;
    private final ServerMeters meters;
    private final TrackingBase base;
    private final List<Consumer<ServerStatus>> listeners = new CopyOnWriteArrayList<>();
    private TrackingServer server;
    private volatile ServerStatus status = ServerStatus.STOPPED;

    public ServerRunner(ServerSettingsStore settings, List<ServerRoute> routes, ServerMeters meters, TrackingBase base) {
        this.settings = settings;
        this.routes = List.copyOf(routes);
        this.meters = meters;
        this.base = base;
    }

    /** Where the settings are kept. */
    public ServerSettingsStore settings() {
        return settings;
    }

    public ServerMeters meters() {
        return meters;
    }

    public ServerStatus status() {
        return status;
    }

    /** Where links in messages start now, or empty when tracking is off. */
    public Optional<String> trackingBase() {
        return base.current();
    }

    /**
     * Where recipients and providers reach the server: the links' base while tracking is on, else the saved public
     * base URL or the address it would listen on. Reads the settings: not on the JavaFX thread.
     */
    public String publicAddress() {
        return base.current().orElseGet(() -> {
            ServerSettings saved = settings.load();
            return saved.publicBaseUrl() != null ? saved.publicBaseUrl() : saved.ownBaseUrl(saved.port());
        });
    }

    /** Tells {@code listener} of every status from now on (on whichever thread changed it). */
    public void whenChanged(Consumer<ServerStatus> listener) {
        listeners.add(listener);
    }

    /** Points the tracking base at the saved public base URL, without starting anything (a workspace just opened). */
    public void useSavedBase() {
        base.set(settings.load().publicBaseUrl());
    }

    /**
     * Starts, restarts or stops the server as the saved settings say; returns its status. A port in use is tried
     * again for a moment: in the app, the workspace just left may still be letting go of it.
     */
    public synchronized ServerStatus applySaved() {
        ServerSettings saved = settings.load();
        stopServer();
        if (!saved.enabled()) {
            base.set(saved.publicBaseUrl());
            return changed(ServerStatus.STOPPED);
        }
        return startServer(saved, PORT_HANDOVER_TRIES);
    }

    /** Starts the server on {@code bindAddress} and {@code port} (0 for any free port), whatever is saved. */
    public synchronized ServerStatus start(String bindAddress, int port) {
        stopServer();
        return startServer(settings.load().withAddress(bindAddress, port), 1);
    }

    private ServerStatus startServer(ServerSettings wanted, int tries) {
        TrackingServer starting = null;
        for (int tried = 1; starting == null; tried++) {
            TrackingServer candidate = new TrackingServer(wanted.bindAddress(), wanted.port(), routes, meters);
            try {
                candidate.start();
                starting = candidate;
            } catch (ServerStartException e) {
                if (!e.portInUse() || tried >= tries || !pausedForHandover()) {
                    LOG.warn("The tracking server did not start: {}", e.getMessage());
                    base.set(wanted.publicBaseUrl());
                    return changed(ServerStatus.failed(e.getMessage()));
                }
            }
        }
        server = starting;
        String own = wanted.ownBaseUrl(starting.port());
        base.set(wanted.publicBaseUrl() != null ? wanted.publicBaseUrl() : own);
        return changed(ServerStatus.listening("http://" + hostForUrl(wanted.bindAddress()) + ":" + starting.port()));
    }

    /** Stops the server if it runs; the saved public base URL stays the links' base. */
    public synchronized void stop() {
        stopServer();
        base.set(settings.load().publicBaseUrl());
        changed(ServerStatus.STOPPED);
    }

    /** Waits a moment before trying a port again; false when interrupted. */
    private static boolean pausedForHandover() {
        try {
            Thread.sleep(PORT_HANDOVER_PAUSE_MILLIS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void stopServer() {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    private ServerStatus changed(ServerStatus now) {
        status = now;
        for (Consumer<ServerStatus> listener : listeners) {
            try {
                listener.accept(now);
            } catch (RuntimeException e) {
                LOG.error("A listener failed on the tracking server's status", e);
            }
        }
        return now;
    }

    private static String hostForUrl(String bindAddress) {
        return bindAddress.contains(":") && !bindAddress.startsWith("[") ? "[" + bindAddress + "]" : bindAddress;
    }

    @Override
    public synchronized void close() {
        stopServer();
        status = ServerStatus.STOPPED;
    }
}
