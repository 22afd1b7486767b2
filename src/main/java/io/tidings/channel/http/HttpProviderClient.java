package io.tidings.channel.http;

import io.tidings.channel.SendResult;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The HTTP connection pool of one channel adapter, over the JDK's {@link HttpClient}; safe for concurrent use.
 * It turns every way a request can end into either a {@link ProviderResponse} or a
 * {@link ProviderUnreachableException}, so adapters never see raw I/O errors.
 */
public final class HttpProviderClient implements AutoCloseable {

    private final HttpTimeouts timeouts;
    private final Clock clock;
    private final ExecutorService executor;
    private final HttpClient client;

    public HttpProviderClient(HttpTimeouts timeouts, Clock clock) {
        this.timeouts = timeouts;
        this.clock = clock;
        // Our own daemon pool, so that close() ends the client's threads (HttpClient itself cannot be closed on 17).
        this.executor = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "tidings-http-channel");
            thread.setDaemon(true);
            return thread;
        });
        this.client = HttpClient.newBuilder()
                .connectTimeout(timeouts.connect())
                .followRedirects(HttpClient.Redirect.NEVER)
                .executor(executor)
                .build();
    }

    public HttpProviderClient(HttpTimeouts timeouts) {
        this(timeouts, Clock.systemUTC());
    }

    /** A request to the provider with this client's request timeout. */
    public HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(timeouts.request());
    }

    public ProviderResponse exchange(HttpRequest request) throws ProviderUnreachableException {
        String where = request.uri().getScheme() + "://" + request.uri().getAuthority();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new ProviderResponse(response.statusCode(), response.body(), response.headers());
        } catch (HttpConnectTimeoutException timeout) {
            throw new ProviderUnreachableException("Could not connect to " + where + " within "
                    + timeouts.connect().toSeconds() + " s.", timeout);
        } catch (HttpTimeoutException timeout) {
            throw new ProviderUnreachableException(where + " did not answer within "
                    + timeouts.request().toMillis() + " ms.", timeout);
        } catch (IOException failure) {
            throw new ProviderUnreachableException("Could not reach " + where + ": " + describe(failure), failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new ProviderUnreachableException("Stopped waiting for " + where + " (interrupted).", interrupted);
        }
    }

    /** Sends a message request and classifies the answer by the shared rules. */
    public SendResult send(HttpRequest request, ProviderDialect dialect) {
        try {
            return HttpAnswers.classify(exchange(request), dialect, clock);
        } catch (ProviderUnreachableException unreachable) {
            return HttpAnswers.unreachable(unreachable);
        }
    }

    private static String describe(IOException failure) {
        Throwable innermost = failure;
        while (innermost.getCause() != null && innermost.getMessage() == null) {
            innermost = innermost.getCause();
        }
        String message = innermost.getMessage();
        return message == null ? innermost.getClass().getSimpleName() : message;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
