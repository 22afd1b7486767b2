package io.tidings.server.ingest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tidings.analytics.Event;
import io.tidings.analytics.EventOutcome;
import io.tidings.analytics.EventRecorder;
import io.tidings.apikey.ApiKeyService;
import io.tidings.audience.AudienceService;
import io.tidings.audience.EndpointUpdate;
import io.tidings.audience.EndpointUpdateOutcome;
import io.tidings.work.Quote;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pinpoint's PutEvents: {@code POST /v1/apps/{application-id}/events} with an EventsRequest, answered 202 with an
 * EventsResponse, a result per batch item and per event, as Pinpoint answers. Each item's {@code Endpoint} creates or
 * updates its endpoint through the audience first (as Pinpoint's UpdateEndpoint: given fields replace stored ones),
 * so that the events find it; a wrong field gets the item's EndpointItemResponse 400 naming its JSON path
 * ({@code BatchItem.e1.Endpoint.Location.Latitude}) and changes nothing of that endpoint. The events go through
 * {@link EventRecorder} (Pinpoint's limits, rollups, event-triggered campaigns), in one transaction with the
 * requests that arrived beside it ({@link GroupedRecording}). A body over
 * 4 MB or of more than 100 events, or not in PutEvents' shape, gets 400; a request without valid credentials 403;
 * another application id 404.
 *
 * <p>At most {@link #BODIES_AT_ONCE} bodies are held in memory at once, so memory stays bounded however many
 * clients send; the others wait their turn, up to {@link #LONGEST_WAIT}, then get 429 and send again.
 */
public final class PutEventsHandler extends Handler.Abstract {

    /** The route: PutEvents and nothing else under {@code /v1/apps/}. */
    public static final String PATH_SPEC = "/v1/apps/*";
    /** Pinpoint's limit on a PutEvents body. */
    public static final int LARGEST_BODY = 4 * 1024 * 1024;
    static final int BODIES_AT_ONCE = 4;
    /** How long a request waits for its turn to be read before it is told to come back. */
    static final Duration LONGEST_WAIT = Duration.ofSeconds(20);

    private static final Logger LOG = LoggerFactory.getLogger(PutEventsHandler.class);
    private static final Pattern PATH = Pattern.compile("(?:/.*)?/v1/apps/([^/]+)/events/?");
    // What a client may still send after an oversized body's refusal is read and dropped, so that it gets the answer.
    private static final long MOST_DROPPED = 16L * 1024 * 1024;

    private final ApiKeyService keys;
    private final AudienceService audience;
    private final Clock clock;
    private final RequestAuthentication authentication;
    private final GroupedRecording recording;
    private final Semaphore bodies = new Semaphore(BODIES_AT_ONCE, true);
    private final Duration longestWait;

    public PutEventsHandler(ApiKeyService keys, EventRecorder recorder, AudienceService audience, Clock clock) {
        this(keys, recorder, audience, clock, LONGEST_WAIT);
    }

    PutEventsHandler(ApiKeyService keys, EventRecorder recorder, AudienceService audience, Clock clock,
            Duration longestWait) {
        this.longestWait = longestWait;
        this.keys = keys;
        this.audience = audience;
        this.clock = clock;
        this.authentication = new RequestAuthentication(keys, clock);
        this.recording = new GroupedRecording(recorder);
    }

    /** How many requests are reading their bodies now. */
    int bodiesBeingRead() {
        return BODIES_AT_ONCE - bodies.availablePermits();
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        // The URI's own path: the server may mount this route with or without a context.
        String requestPath = request.getHttpURI().getPath();
        Matcher path = PATH.matcher(requestPath == null ? "" : requestPath);
        if (!path.matches()) {
            Answer.refuse(response, callback, 404, "There is nothing at " + Quote.of(requestPath)
                    + ": PutEvents is POST /v1/apps/{application-id}/events.");
            return true;
        }
        if (!"POST".equals(request.getMethod())) {
            response.getHeaders().put(HttpHeader.ALLOW, "POST");
            Answer.refuse(response, callback, 405, "PutEvents takes POST, not " + request.getMethod() + ".");
            return true;
        }
        String contentType = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        if (contentType != null && !contentType.toLowerCase(Locale.ROOT).contains("json")) {
            Answer.refuse(response, callback, 415, "PutEvents takes a JSON body (Content-Type: application/json), not "
                    + contentType + ".");
            return true;
        }
        if (!bodies.tryAcquire(longestWait.toMillis(), TimeUnit.MILLISECONDS)) {
            // Four slow clients must not hold every other one forever: AWS SDKs retry a 429 by themselves.
            response.getHeaders().put(HttpHeader.RETRY_AFTER, "1");
            Answer.refuse(response, callback, 429, "Tidings is busy reading other requests; send this one again "
                    + "in a moment.");
            return true;
        }
        try {
            answer(path.group(1), request, response, callback);
        } catch (RuntimeException failure) {
            Failures.answer(LOG, "Recording the events", failure, response, callback);
        } catch (IOException gone) {
            LOG.debug("A PutEvents client went away before its body was read: {}", gone.toString());
            callback.failed(gone);
        } finally {
            bodies.release();
        }
        return true;
    }

    private void answer(String applicationId, Request request, Response response, Callback callback)
            throws IOException, InterruptedException {
        byte[] body;
        try {
            body = RequestBody.read(request, LARGEST_BODY);
        } catch (RequestBody.TooLargeException tooLarge) {
            RequestBody.drop(request, MOST_DROPPED);
            Answer.refuse(response, callback, 400, (tooLarge.declaredLength() > 0
                    ? "The body has %,d bytes".formatted(tooLarge.declaredLength()) : "The body is larger than 4 MB")
                    + "; PutEvents takes at most 4 MB (%,d bytes) in one request: send the events in smaller batches."
                            .formatted(LARGEST_BODY));
            return;
        }
        String accessKeyId;
        try {
            accessKeyId = authentication.check(request, body);
        } catch (RequestAuthentication.RefusedException refused) {
            // Not the client's address: an app's events come from people's phones.
            LOG.info("PutEvents refused: {}", refused.getMessage());
            Answer.refuse(response, callback, 403, refused.getMessage());
            return;
        }
        if (!applicationId.equals(keys.applicationId())) {
            Answer.refuse(response, callback, 404, "There is no application " + Quote.of(applicationId)
                    + " here: the application id is in Settings, API keys, and in 'tidings workspace info'.");
            return;
        }
        EventsBatch batch;
        try {
            batch = EventsRequestReader.read(body);
        } catch (MalformedRequestException malformed) {
            Answer.refuse(response, callback, 400, malformed.getMessage());
            return;
        }
        Map<String, EndpointUpdateOutcome> endpoints = updateEndpoints(batch);
        List<Event> events = new ArrayList<>();
        for (EventsBatch.Item item : batch.items()) {
            for (EventsBatch.ItemEvent event : item.events()) {
                if (event.event() != null) {
                    events.add(event.event());
                }
            }
        }
        List<EventOutcome> outcomes = events.isEmpty() ? List.of() : recording.record(events);
        LOG.debug("PutEvents with key {}: {} events, {} recorded", accessKeyId, events.size(),
                outcomes.stream().filter(EventOutcome::recorded).count());
        Answer.json(response, callback, 202, results(batch, endpoints, outcomes.iterator()));
    }

    /** Each item's endpoint, created or updated before its events are recorded; by endpoint id. */
    private Map<String, EndpointUpdateOutcome> updateEndpoints(EventsBatch batch) {
        List<EndpointUpdate> updates = new ArrayList<>();
        for (EventsBatch.Item item : batch.items()) {
            if (item.endpoint() != null) {
                updates.add(new EndpointUpdate(item.endpointId(), item.endpoint()));
            }
        }
        Map<String, EndpointUpdateOutcome> outcomes = new HashMap<>();
        if (updates.isEmpty()) {
            return outcomes;
        }
        List<EndpointUpdateOutcome> updated = audience.updateEndpoints(updates, clock.instant());
        for (int index = 0; index < updates.size(); index++) {
            outcomes.put(updates.get(index).id(), updated.get(index));
        }
        return outcomes;
    }

    /** An item's EndpointItemResponse: 202, or 400 naming each wrong field by its JSON path. */
    private static void endpointResult(ObjectNode result, String endpointId, EndpointUpdateOutcome outcome) {
        ObjectNode item = result.putObject("EndpointItemResponse");
        if (outcome == null || outcome.stored()) {
            item.put("Message", "Accepted").put("StatusCode", 202);
        } else if (outcome.result() == EndpointUpdateOutcome.Result.NOT_IN_AUDIENCE) {
            item.put("Message", "Accepted; the endpoint is not in the audience: a new endpoint needs a ChannelType "
                    + "and an Address").put("StatusCode", 202);
        } else {
            String path = "BatchItem." + endpointId + ".Endpoint";
            item.put("Message", String.join("; ", outcome.problems().stream().map(problem ->
                    (problem.field().isEmpty() ? path : path + "." + problem.field()) + ": " + problem.reason())
                    .toList()) + ".").put("StatusCode", 400);
        }
    }

    /** Pinpoint's EventsResponse: {@code {"Results": {"<endpoint id>": {"EndpointItemResponse", "EventsItemResponse"}}}}. */
    private static ObjectNode results(EventsBatch batch, Map<String, EndpointUpdateOutcome> endpoints,
            Iterator<EventOutcome> outcomes) {
        ObjectNode response = Answer.JSON.createObjectNode();
        ObjectNode results = response.putObject("Results");
        for (EventsBatch.Item item : batch.items()) {
            ObjectNode result = results.putObject(item.endpointId());
            endpointResult(result, item.endpointId(), endpoints.get(item.endpointId()));
            ObjectNode eventResults = result.putObject("EventsItemResponse");
            String path = "BatchItem." + item.endpointId() + ".Events.";
            for (EventsBatch.ItemEvent event : item.events()) {
                String problem = event.problem();
                if (problem == null) {
                    EventOutcome outcome = outcomes.next();
                    problem = outcome.recorded() ? null : path + event.eventId() + "." + String.join("; ",
                            outcome.problems().stream().map(Object::toString).toList());
                }
                eventResults.putObject(event.eventId())
                        .put("Message", problem == null ? "Accepted" : problem)
                        .put("StatusCode", problem == null ? 202 : 400);
            }
        }
        return response;
    }
}
