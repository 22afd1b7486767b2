package io.tidings.server.ingest;

import io.tidings.server.ServerRoute;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import org.eclipse.jetty.http.pathmap.PathSpec;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.PathMappingsHandler;

/** A plain Jetty on a free loopback port with routes mounted at their path specs, as the tracking server mounts them. */
final class LoopbackServer implements AutoCloseable {

    private final Server server;

    private LoopbackServer(Server server) {
        this.server = server;
    }

    static LoopbackServer serving(List<ServerRoute> routes) throws Exception {
        Server server = new Server(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        PathMappingsHandler mappings = new PathMappingsHandler();
        for (ServerRoute route : routes) {
            mappings.addMapping(PathSpec.from(route.pathSpec()), route.handler());
        }
        server.setHandler(mappings);
        server.start();
        return new LoopbackServer(server);
    }

    int port() {
        return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port() + path);
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("The test's server did not stop", e);
        }
    }
}
