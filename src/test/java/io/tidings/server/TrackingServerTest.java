package io.tidings.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workspace's tracking server on loopback: health, metrics, and garbage answered with 4xx in a sentence. */
class TrackingServerTest {

    @TempDir
    Path folder;

    private TrackingWorkspace workspace;

    @BeforeEach
    void open() {
        workspace = new TrackingWorkspace(folder.resolve("server.tidings"), 2);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void healthAnswersOkForALoadBalancer() throws Exception {
        HttpResponse<String> health = workspace.get(workspace.base + "/health");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(health.body()).isEqualTo("{\"status\":\"ok\"}");
    }

    @Test
    void metricsShowSendingEventsAndRequestsInPrometheusText() throws Exception {
        workspace.sendCampaign("Spring sale");
        workspace.get(TrackingWorkspace.links(workspace.emailsTo(TrackingWorkspace.address(0)).get(0), "t/o").get(0));
        workspace.get(workspace.base + "/nowhere");

        HttpResponse<String> metrics = workspace.get(workspace.base + "/metrics");

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        assertThat(metrics.body())
                .contains("tidings_messages_sent_total{channel=\"EMAIL\"} 2.0")
                .contains("tidings_queue_depth{channel=\"EMAIL\"} 0.0")
                .contains("tidings_send_latency_seconds_count{channel=\"EMAIL\"} 2")
                .contains("tidings_events_ingested_total 1.0")
                .contains("tidings_http_requests_total{route=\"/t/o/*\",status=\"200\"} 1.0")
                .contains("tidings_http_requests_total{route=\"unmatched\",status=\"404\"} 1.0");
    }

    @Test
    void suppressedMessagesAreCountedByReason() throws Exception {
        workspace.opened.audience().optOutAddress(io.tidings.audience.ChannelType.EMAIL, TrackingWorkspace.address(1),
                java.time.Instant.now());
        workspace.sendCampaign("Spring sale");

        String metrics = workspace.get(workspace.base + "/metrics").body();

        assertThat(metrics).contains(
                "tidings_messages_suppressed_total{channel=\"EMAIL\",reason=\"ENDPOINT_OPT_OUT\"} 1.0");
    }

    @Test
    void anUnknownPathGets404() throws Exception {
        HttpResponse<String> answer = workspace.get(workspace.base + "/wp-admin/install.php");

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.body()).isEqualTo("There is nothing at this address.\n");
    }

    @Test
    void aWrongMethodGets405WithTheMethodsItTakes() throws Exception {
        HttpResponse<String> delete = workspace.http.send(HttpRequest.newBuilder(URI.create(workspace.base + "/health"))
                .DELETE().build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> invented = workspace.http.send(HttpRequest.newBuilder(
                URI.create(workspace.base + "/t/o/1/AAAAAAAAAAAAAAAAAAAAAA.gif"))
                .method("BREW", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(delete.statusCode()).isEqualTo(405);
        assertThat(delete.headers().firstValue("Allow")).hasValue("GET, HEAD");
        assertThat(delete.body()).contains("takes GET or HEAD requests, not DELETE");
        assertThat(invented.statusCode()).isEqualTo(405);
    }

    @Test
    void aBodyOverTheLimitGets413() throws Exception {
        // Announced, not sent: a client that goes on writing after the refusal may find the connection closed before
        // it reads the answer, so the test reads the answer to the announcement alone.
        String answer = raw("POST /u/1/AAAAAAAAAAAAAAAAAAAAAA HTTP/1.1\r\nHost: localhost\r\nContent-Length: "
                + (TrackingServer.BODY_LIMIT + 1024) + "\r\nConnection: close\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 413");
        assertNoTrace(answer);
    }

    @Test
    void malformedRequestsGet400InASentence() throws Exception {
        for (String requestLine : new String[] {"GET /t/o/%zz HTTP/1.1", "GET /../../etc/passwd HTTP/1.1",
                "GET /%2e%2e/%2e%2e/secret HTTP/1.1", "GET not-a-path HTTP/1.1", "GET /u/1%00/x HTTP/1.1"}) {
            String answer = raw(requestLine + "\r\nHost: localhost\r\nConnection: close\r\n\r\n");

            assertThat(answer).as(requestLine).startsWith("HTTP/1.1 400");
            assertNoTrace(answer);
        }
    }

    @Test
    void headersPastTheLimitGet431() throws Exception {
        String answer = raw("GET /health HTTP/1.1\r\nHost: localhost\r\nX-Filler: " + "a".repeat(20_000)
                + "\r\nConnection: close\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 431");
    }

    @Test
    void aClientThatSendsNothingDoesNotStopOthers() throws Exception {
        try (Socket silent = new Socket()) {
            silent.connect(new InetSocketAddress("127.0.0.1", URI.create(workspace.base).getPort()));
            silent.getOutputStream().write("POST /u/1/AAAAAAAAAAAAAAAAAAAAAA HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));

            assertThat(workspace.get(workspace.base + "/health").statusCode()).isEqualTo(200);
        }
    }

    private String raw(String request) throws Exception {
        URI base = URI.create(workspace.base);
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout((int) Duration.ofSeconds(10).toMillis());
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    private static void assertNoTrace(String answer) {
        assertThat(answer).doesNotContain("Exception", "\tat ", "java.", "org.eclipse", "<html");
    }
}
