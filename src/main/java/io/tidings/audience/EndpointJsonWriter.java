package io.tidings.audience;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/** Writes newline-delimited JSON, one Pinpoint endpoint object per line. */
final class EndpointJsonWriter implements EndpointFileWriter {

    private static final ObjectMapper JSON = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private final Writer out;

    EndpointJsonWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void write(Endpoint endpoint) throws IOException {
        JSON.writeValue(out, toJson(endpoint));
        out.write('\n');
    }

    static ObjectNode toJson(Endpoint endpoint) {
        ObjectNode node = JSON.createObjectNode();
        for (StandardField field : StandardField.values()) {
            String value = field.textOf(endpoint);
            if (value == null) {
                continue;
            }
            String[] path = field.path().split("\\.");
            ObjectNode parent = path.length == 1 ? node : node.withObjectProperty(path[0]);
            String name = path[path.length - 1];
            switch (field) {
                case LATITUDE -> parent.put(name, endpoint.location().latitude());
                case LONGITUDE -> parent.put(name, endpoint.location().longitude());
                default -> parent.put(name, value);
            }
        }
        if (!endpoint.attributes().isEmpty()) {
            putLists(node.putObject("Attributes"), endpoint.attributes());
        }
        if (!endpoint.metrics().isEmpty()) {
            ObjectNode metrics = node.putObject("Metrics");
            endpoint.metrics().forEach(metrics::put);
        }
        if (!endpoint.user().userAttributes().isEmpty()) {
            putLists(node.withObjectProperty("User").putObject("UserAttributes"), endpoint.user().userAttributes());
        }
        return node;
    }

    private static void putLists(ObjectNode target, Map<String, List<String>> lists) {
        lists.forEach((name, values) -> {
            var array = target.putArray(name);
            values.forEach(array::add);
        });
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
