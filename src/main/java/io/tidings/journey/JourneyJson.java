package io.tidings.journey;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tidings.work.JsonErrors;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A journey as Pinpoint's {@code WriteJourneyRequest} JSON with its {@code Name}: read from a file as Pinpoint's console
 * and API write it (also wrapped, {@code {"WriteJourneyRequest": {...}}}, or a {@code get-journey} output
 * {@code {"JourneyResponse": {...}}}, whose read-only fields are ignored), and written back with Pinpoint's field
 * names. Tidings' extensions: a {@code VOICE} activity, IANA zones in {@code Schedule.Timezone}, and the canvas
 * positions in {@value JourneyJsonWriter#CANVAS}, which an export for Pinpoint leaves out. See docs/journeys.md.
 */
public final class JourneyJson {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> WRAPPERS = List.of("WriteJourneyRequest", "JourneyResponse");

    /** What a journey file holds: its Name (or null) and its definition with its layout. */
    public record Imported(String name, JourneyGraph graph) {
    }

    private JourneyJson() {
    }

    /** Reads a journey file, resolving segments and templates through {@code assets}. */
    static Imported read(String json, JourneyAssets assets) {
        return read(json, assets, true);
    }

    /** Reads what the workspace (or the clipboard) wrote: segments and templates by id, a draft's excesses kept. */
    static Imported readStored(String json) {
        return read(json, JourneyAssets.BY_ID, false);
    }

    private static Imported read(String json, JourneyAssets assets, boolean fromAFile) {
        JsonNode root;
        try {
            root = JSON.readTree(json == null ? "" : json);
        } catch (JsonProcessingException e) {
            throw new InvalidJourneyException("The journey cannot be read: " + JsonErrors.describe(e) + ".", e);
        }
        if (root == null || !root.isObject()) {
            throw new InvalidJourneyException("The journey cannot be read: it is not a JSON object "
                    + "(Pinpoint's WriteJourneyRequest, {\"Name\": ..., \"StartCondition\": ..., \"Activities\": ...}).");
        }
        for (String wrapper : WRAPPERS) {
            JsonAt wrapped = JsonAt.root(root).get(wrapper);
            if (root.size() == 1 && wrapped.node().isObject()) {
                root = wrapped.node();
            }
        }
        JsonAt top = JsonAt.root(root);
        return new Imported(top.text("Name"), new JourneyJsonReader(assets, fromAFile).graph(top));
    }

    /** The journey as a WriteJourneyRequest with its Name; with {@code canvas}, the positions too. */
    static String write(String name, JourneyGraph graph, JourneyAssets assets, boolean canvas) {
        return new JourneyJsonWriter(assets).write(name, graph, canvas).toPrettyString();
    }

    /** The graph as the workspace stores it (segments and templates by id, no layout): a published journey's snapshot. */
    public static String storedForm(JourneyGraph graph) {
        return write(null, graph, JourneyAssets.BY_ID, false);
    }

    /** Reads back {@link #storedForm}. */
    public static JourneyGraph fromStoredForm(String json) {
        return readStored(json).graph();
    }

    /** Only the layout, as {@value JourneyJsonWriter#CANVAS} holds it: the workspace stores it beside the definition. */
    static String writeLayout(JourneyLayout layout) {
        return JourneyJsonWriter.layout(layout).toString();
    }

    static JourneyLayout readLayout(String json) {
        try {
            return JourneyJsonReader.layout(JsonAt.root(JSON.readTree(json)));
        } catch (JsonProcessingException e) {
            throw new InvalidJourneyException("The journey's layout cannot be read: " + JsonErrors.describe(e) + ".", e);
        }
    }

    /**
     * What a file {@link #write} writes for this journey holds that Pinpoint's API refuses, in words: an export says
     * which.
     */
    public static List<String> extensionsIn(JourneyGraph graph) {
        List<String> extensions = new ArrayList<>();
        List<String> voice = graph.activities().entrySet().stream()
                .filter(activity -> activity.getValue().config() instanceof MessageActivity.Voice)
                .map(Map.Entry::getKey).toList();
        if (!voice.isEmpty()) {
            extensions.add("VOICE activities (" + String.join(", ", voice) + "): Pinpoint's journeys send no voice "
                    + "messages");
        }
        ZoneId zone = graph.settings().schedule().timezone();
        if (zone != null && !(zone instanceof ZoneOffset)) {
            extensions.add("the time zone " + zone.getId() + " in Schedule.Timezone (Pinpoint takes offsets such as "
                    + "UTC-05)");
        }
        return extensions;
    }
}
