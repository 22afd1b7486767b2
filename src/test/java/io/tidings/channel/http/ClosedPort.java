package io.tidings.channel.http;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** A loopback URL where nothing listens: the port was free a moment ago and its socket is closed. */
public final class ClosedPort {

    private ClosedPort() {
    }

    public static String baseUrl() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return "http://127.0.0.1:" + socket.getLocalPort();
        }
    }
}
