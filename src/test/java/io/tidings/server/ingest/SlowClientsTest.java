package io.tidings.server.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.server.ServerRoute;
import io.tidings.wiring.OpenedWorkspace;
import io.tidings.wiring.Wiring;
import io.tidings.workspace.AppDirectories;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Clients that announce a body and never send it hold at most four turns; the others are told to come back. */
class SlowClientsTest {

    @TempDir
    Path folder;

    @Test
    void fourStalledBodiesDoNotHoldTheNextRequestForever() throws Exception {
        try (OpenedWorkspace workspace = new Wiring(Wiring.Host.COMMAND_LINE, new AppDirectories(folder.resolve("home")))
                .create(folder.resolve("slow.tidings"), "Slow")) {
            String secret = workspace.apiKeys().create("App").secretAccessKey();
            String path = "/v1/apps/" + workspace.apiKeys().applicationId() + "/events";
            PutEventsHandler handler = new PutEventsHandler(workspace.apiKeys(), workspace.eventRecorder(),
                    workspace.audience(), Clock.systemUTC(), Duration.ofMillis(500));
            List<Socket> stalled = new ArrayList<>();
            try (LoopbackServer server = LoopbackServer.serving(List.of(new ServerRoute(PutEventsHandler.PATH_SPEC, handler)))) {
                for (int client = 0; client < PutEventsHandler.BODIES_AT_ONCE; client++) {
                    Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port());
                    OutputStream out = socket.getOutputStream();
                    out.write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                            + "Content-Length: 1000\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    stalled.add(socket);
                }
                // The stalled requests reach the handler on the server's own threads: wait until all four hold a turn.
                long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
                while (handler.bodiesBeingRead() < PutEventsHandler.BODIES_AT_ONCE && System.nanoTime() < deadline) {
                    Thread.onSpinWait();
                    Thread.sleep(5);
                }
                assertThat(handler.bodiesBeingRead()).isEqualTo(PutEventsHandler.BODIES_AT_ONCE);
                HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.uri(path))
                        .header("Authorization", "Bearer " + secret)
                        .POST(HttpRequest.BodyPublishers.ofString("{\"BatchItem\": {}}")).build(),
                        HttpResponse.BodyHandlers.ofString());

                assertThat(response.statusCode()).isEqualTo(429);
                assertThat(response.headers().firstValue("Retry-After")).hasValue("1");
                assertThat(response.body()).contains("send this one again in a moment");

                for (Socket socket : stalled) {
                    socket.close();
                }
                // Once the server has seen them go, their turns are free again: a retry, as an SDK makes, gets in.
                int status = 429;
                for (int attempt = 0; attempt < 40 && status == 429; attempt++) {
                    status = HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.uri(path))
                            .header("Authorization", "Bearer " + secret)
                            .POST(HttpRequest.BodyPublishers.ofString("{\"BatchItem\": {}}")).build(),
                            HttpResponse.BodyHandlers.ofString()).statusCode();
                }
                assertThat(status).isEqualTo(202);
            } finally {
                for (Socket socket : stalled) {
                    socket.close();
                }
            }
        }
    }
}
