package io.tidings.server;

import java.io.IOException;
import java.net.BindException;
import java.nio.channels.UnresolvedAddressException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jetty.http.pathmap.PathSpec;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.PathMappingsHandler;
import org.eclipse.jetty.server.handler.SizeLimitHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded HTTP server (Jetty 12's core handlers) for tracking and ingestion: it mounts the routes the
 * composition root gives it beside {@code /health} and {@code /metrics}, and stands up to garbage. Bodies over
 * {@link #BODY_LIMIT} get 413, a client silent for {@link #IDLE_TIMEOUT_MILLIS} is dropped, addresses and headers
 * Jetty cannot read get 400 (or 414, 431), a wrong method 405, an unknown path 404, and a handler's failure is logged
 * and answered 500 with one sentence.
 */
public final class TrackingServer implements AutoCloseable {

    /** Above PutEvents' 4 MB, so that its own handler can say in words that a batch is too large. */
    public static final long BODY_LIMIT = 5L * 1024 * 1024;
    static final long IDLE_TIMEOUT_MILLIS = 30_000;
    private static final int REQUEST_HEADER_BYTES = 16 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(TrackingServer.class);

    private final String bindAddress;
    private final int port;
    private final Server server;

    /**
     * @param port the port to listen on; 0 for any free port ({@link #port()} says which)
     * @param routes what the server answers besides {@code /health} and {@code /metrics}
     */
    public TrackingServer(String bindAddress, int port, List<ServerRoute> routes, ServerMeters meters) {
        this(bindAddress, port, routes, meters, IDLE_TIMEOUT_MILLIS);
    }

    /** @param idleTimeoutMillis how long a client may send nothing before it is dropped */
    TrackingServer(String bindAddress, int port, List<ServerRoute> routes, ServerMeters meters, long idleTimeoutMillis) {
        this.bindAddress = bindAddress;
        this.port = port;
        QueuedThreadPool threads = new QueuedThreadPool(16, 2);
        threads.setName("tidings-server");
        threads.setDaemon(true);
        server = new Server(threads);
        HttpConfiguration configuration = new HttpConfiguration();
        configuration.setSendServerVersion(false);
        configuration.setSendXPoweredBy(false);
        configuration.setRequestHeaderSize(REQUEST_HEADER_BYTES);
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(configuration));
        connector.setHost(bindAddress);
        connector.setPort(port);
        connector.setIdleTimeout(idleTimeoutMillis);
        server.addConnector(connector);

        List<ServerRoute> all = new ArrayList<>();
        all.add(new ServerRoute("/health", new HealthHandler()));
        all.add(new ServerRoute("/metrics", new MetricsHandler(meters)));
        all.addAll(routes);
        PathMappingsHandler mappings = new PathMappingsHandler();
        for (ServerRoute route : all) {
            mappings.addMapping(PathSpec.from(route.pathSpec()), new GuardedRoute(route.pathSpec(), route.handler(),
                    meters));
        }
        // The servlet-style default path "/" takes every path no route matched.
        mappings.addMapping(PathSpec.from("/"), new GuardedRoute("unmatched", new NotFoundHandler(), meters));
        SizeLimitHandler bodyLimit = new SizeLimitHandler(BODY_LIMIT, -1);
        bodyLimit.setHandler(mappings);
        server.setHandler(bodyLimit);
        server.setErrorHandler(new PlainErrors());
        server.setStopTimeout(5_000);
    }

    /**
     * Starts listening.
     *
     * @throws ServerStartException saying in words why it cannot, such as a port in use
     */
    public void start() {
        try {
            server.start();
            LOG.info("The tracking server listens on {}:{}", bindAddress, port());
        } catch (Exception e) {
            stopQuietly();
            throw new ServerStartException(whyNot(e), portInUse(e), e);
        }
    }

    /** The port it listens on (the one chosen for it when asked for port 0); -1 before it starts. */
    public int port() {
        return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

    public boolean isRunning() {
        return server.isRunning();
    }

    /** Stops taking requests, lets those under way finish for a few seconds, and frees the port. */
    @Override
    public void close() {
        if (server.isRunning() || server.isStarting()) {
            stopQuietly();
            LOG.info("The tracking server on {}:{} stopped", bindAddress, port);
        }
    }

    private void stopQuietly() {
        try {
            server.stop();
        } catch (Exception e) {
            LOG.warn("The tracking server did not stop cleanly", e);
        }
    }

    private static boolean portInUse(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BindException && cause.getMessage() != null && cause.getMessage().contains("in use")) {
                return true;
            }
        }
        return false;
    }

    private String whyNot(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BindException bind) {
                String message = bind.getMessage() == null ? "" : bind.getMessage();
                if (message.contains("in use")) {
                    return "Port " + port + " on " + bindAddress + " is in use by another program: choose another "
                            + "port, or stop the program that holds it.";
                }
                if (message.contains("assign") || message.contains("not available")) {
                    return bindAddress + " is not an address of this computer: use 127.0.0.1 for this computer only, "
                            + "or 0.0.0.0 for every network it is on.";
                }
                if (message.contains("denied")) {
                    return "Port " + port + " needs administrator rights on this computer: choose a port above 1023.";
                }
                return "The server cannot listen on " + bindAddress + " port " + port + ": " + message + ".";
            }
            if (cause instanceof UnresolvedAddressException || cause instanceof java.net.UnknownHostException) {
                return bindAddress + " is not an address this computer knows: use 127.0.0.1 for this computer only, "
                        + "or 0.0.0.0 for every network it is on.";
            }
        }
        return "The server cannot start on " + bindAddress + " port " + port + " ("
                + (failure instanceof IOException ? failure.getMessage() : failure.getClass().getSimpleName())
                + "); the log has the details.";
    }

    /** 404 for a path no route takes. */
    private static final class NotFoundHandler extends Handler.Abstract.NonBlocking {
        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            Answers.notFound(response, callback);
            return true;
        }
    }
}
