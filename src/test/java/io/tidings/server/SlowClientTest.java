package io.tidings.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A client that stops sending halfway is dropped after the idle timeout; it holds no thread for ever. */
class SlowClientTest {

    @Test
    void aClientSilentPastTheIdleTimeoutIsDropped() throws Exception {
        try (TrackingServer server = new TrackingServer("127.0.0.1", 0, List.of(),
                new ServerMeters(SendingFigures.NONE, Clock.systemUTC()), 500)) {
            server.start();
            try (Socket slow = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
                slow.setSoTimeout(20_000);
                slow.getOutputStream().write("POST /health HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nhalf"
                        .getBytes(StandardCharsets.US_ASCII));
                InputStream in = slow.getInputStream();

                // Whatever the server answers (408 or nothing), it then closes the connection: the read ends.
                String answer = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);

                assertThat(answer).doesNotContain("Exception", "\tat ");
            }
        }
    }
}
