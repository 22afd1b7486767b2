package io.tidings.channel.webhook;

import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;

/** A webhook: a real Jetty on a free loopback port that keeps every call it gets and answers as the test says. */
public final class WebhookReceiver implements AutoCloseable {

    /** One call as the webhook got it. */
    public record Call(String method, String path, Map<String, String> headers, String body) {

        public String header(String name) {
            return headers.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
        }
    }

    /** An answer: its status, extra headers, and how long to wait before giving it. */
    public record Answer(int status, Map<String, String> headers, Duration delay) {

        public static Answer of(int status) {
            return new Answer(status, Map.of(), Duration.ZERO);
        }
    }

    private final Server server;
    private final ConcurrentLinkedQueue<Call> calls = new ConcurrentLinkedQueue<>();
    private volatile Function<Call, Answer> answers = call -> Answer.of(200);

    public WebhookReceiver() throws Exception {
        server = new Server(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        server.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws Exception {
                String body;
                try (InputStream in = Content.Source.asInputStream(request)) {
                    body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                Map<String, String> headers = new java.util.LinkedHashMap<>();
                request.getHeaders().forEach(field -> headers.put(field.getName(), field.getValue()));
                Call call = new Call(request.getMethod(), request.getHttpURI().getPath(), headers, body);
                calls.add(call);
                Answer answer = answers.apply(call);
                if (!answer.delay().isZero()) {
                    Thread.sleep(answer.delay().toMillis());
                }
                response.setStatus(answer.status());
                answer.headers().forEach((name, value) -> response.getHeaders().put(name, value));
                response.write(true, ByteBuffer.wrap("{\"message\":\"status %d\"}".formatted(answer.status())
                        .getBytes(StandardCharsets.UTF_8)), callback);
                return true;
            }
        });
        server.start();
    }

    public int port() {
        return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

    /** The webhook's address at {@code path}, on 127.0.0.1. */
    public String address(String path) {
        return "http://127.0.0.1:" + port() + path;
    }

    public void answer(Function<Call, Answer> answers) {
        this.answers = answers;
    }

    public List<Call> calls() {
        return new ArrayList<>(calls);
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
