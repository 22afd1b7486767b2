package io.tidings.wiring;

import io.tidings.audience.AudienceService;
import io.tidings.audience.Endpoint;
import io.tidings.template.EndpointChoice;
import io.tidings.template.PreviewEndpoints;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The template editor's endpoints, from the audience feature's service. */
final class AudiencePreviewEndpoints implements PreviewEndpoints {

    private final AudienceService audience;

    AudiencePreviewEndpoints(AudienceService audience) {
        this.audience = audience;
    }

    @Override
    public List<EndpointChoice> search(String text, int limit) {
        return audience.findByAddressOrName(text, limit).stream()
                .map(row -> new EndpointChoice(row.id(), row.address(), row.channelType().name(), row.userId(),
                        audience.endpoint(row.id()).map(AudiencePreviewEndpoints::name).orElse(null)))
                .toList();
    }

    /** "Ada Lovelace" from the user's FirstName and LastName attributes, or null. */
    private static String name(Endpoint endpoint) {
        var attributes = endpoint.user() == null ? null : endpoint.user().userAttributes();
        if (attributes == null) {
            return null;
        }
        String name = (first(attributes.get("FirstName")) + " " + first(attributes.get("LastName"))).strip();
        return name.isEmpty() ? null : name;
    }

    private static String first(List<String> values) {
        return values == null || values.isEmpty() || values.get(0) == null ? "" : values.get(0).strip();
    }

    @Override
    public Optional<Endpoint> endpoint(String id) {
        return audience.endpoint(id);
    }

    @Override
    public Set<String> knownFieldPaths() {
        return audience.customFieldPaths();
    }
}
